export declare const STATUS_ARGS: readonly string[];
export declare function startStatusPrefetch(cwd: string): void;
export declare function takeStatusPrefetch(): { cwd: string; result: Promise<Buffer | null> } | null;

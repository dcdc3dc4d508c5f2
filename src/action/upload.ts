import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

export interface UploadRequest {
  /** Artifact name. With `single`, the file is uploaded under this name, unzipped. */
  name: string;
  /** Absolute paths of the files (for a zipped artifact, inside rootDirectory). */
  files: string[];
  rootDirectory: string;
  /** Upload one file as is, not zipped: the browser opens it straight from the run page. */
  single?: boolean;
  retentionDays?: number;
}

export interface Uploaded {
  name: string;
  id: number;
  size: number;
}

/** Uploads one artifact of the workflow run. The index action takes one; tests inject their own. */
export type Uploader = (req: UploadRequest) => Promise<Uploaded>;

/** Every file under a folder (for a zipped artifact). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * "Uploads" into a local folder (ETK_UPLOAD_DIR): `<dir>/<name>/<files>` for a zipped artifact,
 * `<dir>/<name>` for a single file; ids count from 1. For running the index action outside GitHub
 * (act, a self-hosted test) and for tests: there is no runner token there.
 */
export function directoryUploader(dir: string): Uploader {
  let next = 1;
  return async (req) => {
    let size = 0;
    if (req.single) {
      if (req.files.length !== 1) throw new Error(`a single-file artifact takes one file (got ${req.files.length})`);
      mkdirSync(dir, { recursive: true });
      copyFileSync(req.files[0]!, join(dir, req.name));
      size = statSync(req.files[0]!).size;
    } else {
      for (const f of req.files) {
        const to = join(dir, req.name, relative(req.rootDirectory, f));
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(f, to);
        size += statSync(f).size;
      }
    }
    return { name: req.name, id: next++, size };
  };
}

/**
 * The real upload, through @actions/artifact (loaded only when used). A single file goes up with
 * `skipArchive`, which names the artifact after the file: it is copied under the artifact's name first.
 */
export function githubUploader(): Uploader {
  return async (req) => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    let files = req.files;
    let root = req.rootDirectory;
    if (req.single) {
      const file = req.files[0]!;
      if (basename(file) !== req.name) {
        root = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'etk-upload-'));
        copyFileSync(file, join(root, req.name));
        files = [join(root, req.name)];
      } else root = dirname(file);
    }
    const r = await client.uploadArtifact(req.name, files, root, {
      ...(req.retentionDays !== undefined ? { retentionDays: req.retentionDays } : {}),
      ...(req.single ? { skipArchive: true } : {}),
    });
    if (r.id === undefined) throw new Error(`the artifact service did not return an id for ${req.name}`);
    return { name: req.name, id: r.id, size: r.size ?? 0 };
  };
}

/** The uploader to use: ETK_UPLOAD_DIR (a local folder) when set, else GitHub's artifact service. */
export function defaultUploader(env: NodeJS.ProcessEnv = process.env): Uploader {
  return env.ETK_UPLOAD_DIR ? directoryUploader(env.ETK_UPLOAD_DIR) : githubUploader();
}

/** The run page's link to an artifact (what actions/upload-artifact outputs as artifact-url). */
export function artifactUrl(env: NodeJS.ProcessEnv, id: number): string | null {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return null;
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}

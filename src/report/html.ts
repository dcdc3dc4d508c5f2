import { escapeAttr } from './escape.ts';

/** Markup that is already safe: built by `html` or marked with `raw` (charts, the page's own code). */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** Marks trusted markup (never text that came from a file). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function piece(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(piece).join('');
  // Attribute escaping is also right for element content, so one rule covers both places.
  return escapeAttr(String(value));
}

/**
 * Tagged template for markup: every interpolated value is escaped unless it is SafeHtml; arrays are
 * joined; null, undefined and false print nothing. Attribute values must be quoted in the template.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

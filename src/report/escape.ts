/**
 * Escaping for everything the report takes from Markdown (titles, names, tags, metric names,
 * messages, paths). One module, so there is one place to get it right:
 * - `escapeText` for element content, `escapeAttr` for a double-quoted attribute value;
 * - `jsonForScript` for JSON inside `<script type="application/json">`: besides `<`, `>` and `&`
 *   (so no `</script>` or `<!--` can end or bend the element), U+2028 and U+2029 are escaped as
 *   well, so the text is also a valid JavaScript literal everywhere;
 * - `hrefFor` builds a relative link to a repository file that no path can turn into a
 *   `javascript:` (or any other scheme) URL.
 */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** Element content: `&`, `<` and `>` become character references. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** A quoted attribute value (either quote): also `"` and `'`. */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTR[c]!);
}

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON to embed in a `<script type="application/json">` element. JSON.parse of the element's text
 * gives `value` back; the text contains no `<`, `>`, `&`, U+2028 or U+2029.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, hex4);
}

/**
 * A URL for a repository path (POSIX, as the index stores it) under `base` (a prefix such as
 * `../`, `/files/`, a web address ending in `/`, or '' for "relative to the report"). Every
 * segment is percent-encoded: `#`, `?`, spaces and non-ASCII characters stay part of the name,
 * and `:` becomes `%3A`, so no file name can make the link a `javascript:` (or any other scheme)
 * URL. The result still needs `escapeAttr` (`&` and `'` are left as they are).
 */
export function hrefFor(path: string, base = ''): string {
  return `${base}${wellFormed(path).split('/').map(encodeURIComponent).join('/')}`;
}

/** Lone surrogates (which encodeURIComponent refuses) become U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

import content from '../../schema/content/eds-1.0.json' with { type: 'json' };
import type { Finding } from './diagnostic.ts';
import { RULES, type RuleSetting } from './ruleCatalog.ts';

/** The content rules of the profile: phrases (with a rewrite hint each) and the sections per type. */
export interface ContentProfile {
  phrases: Readonly<Record<PhraseRule, Readonly<Record<string, string>>>>;
  sections: Readonly<Record<string, { required?: Readonly<Record<string, string>>; prohibited?: readonly string[]; exemptSubtypes?: readonly string[] }>>;
}

export type PhraseRule = 'prohibited-phrase' | 'tutorial-phrase';

export const EDS_CONTENT: ContentProfile = content;

/** What one file's body is checked for, compiled once per rule settings. */
export interface ContentCheck {
  /** Phrases (one group each) and, when `emoji` is on, emoji (the last group); null when neither is on. */
  pattern: RegExp | null;
  phrases: readonly { rule: PhraseRule; phrase: string; hint: string }[];
  emojiGroup: number;
  required: boolean;
  prohibited: boolean;
  profile: ContentProfile;
}

/**
 * An emoji: a character shown as emoji by default (Emoji_Presentation), a pictograph asked to show as
 * emoji (Extended_Pictographic + U+FE0F), a keycap or a flag, with its modifiers and ZWJ parts.
 * Plain pictographs that read as text (©, ™, ↔, ✔ without U+FE0F) are not emoji here.
 */
const EMOJI = String.raw`(?:\p{Regional_Indicator}{2}|\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[#*0-9]\uFE0F?\u20E3)(?:\p{Emoji_Modifier}|\uFE0F|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})\uFE0F?)*`;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: whole words, any run of spaces or tabs between them, ' or ’ for an apostrophe. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/'/g, "['\u2019]"))
    .join('[ \\t]+');
}

const DEFAULTS: Readonly<Record<string, RuleSetting>> = Object.fromEntries(Object.entries(RULES).map(([id, info]) => [id, info.severity]));
const compiled = new WeakMap<object, ContentCheck | null>();

/** The check for these rule settings (the config's `rules`), or null when every content rule is off: then nothing is done per file. */
export function contentCheckFor(rules: Readonly<Record<string, RuleSetting>> = DEFAULTS, profile: ContentProfile = EDS_CONTENT): ContentCheck | null {
  const cacheable = profile === EDS_CONTENT;
  if (cacheable && compiled.has(rules)) return compiled.get(rules)!;
  const on = (id: string) => (rules[id] ?? 'error') !== 'off';
  const phrases: { rule: PhraseRule; phrase: string; hint: string }[] = [];
  for (const rule of ['prohibited-phrase', 'tutorial-phrase'] as const) {
    if (!on(rule)) continue;
    for (const [phrase, hint] of Object.entries(profile.phrases[rule] ?? {})) phrases.push({ rule, phrase, hint });
  }
  const emoji = on('emoji');
  const parts = phrases.map((p) => `(${phrasePattern(p.phrase)})`);
  const words = parts.length > 0 ? `\\b(?:${parts.join('|')})\\b` : '';
  const source = emoji ? (words ? `${words}|(${EMOJI})` : `(${EMOJI})`) : words;
  const check: ContentCheck | null =
    source === '' && !on('required-section') && !on('prohibited-section')
      ? null
      : { pattern: source === '' ? null : new RegExp(source, emoji ? 'giu' : 'gi'), phrases, emojiGroup: emoji ? phrases.length + 1 : 0, required: on('required-section'), prohibited: on('prohibited-section'), profile };
  if (cacheable) compiled.set(rules, check);
  return check;
}

/**
 * The key a heading or a section name is compared by: lowercase; emphasis and code marks, a leading
 * number ("2.", "2.1", "3)") and a trailing colon or "(...)" dropped; runs of spaces, "_" and "-" as one "_".
 */
export function sectionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*`]+/g, '')
    .trim()
    .replace(/^\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s*:\s*$/, '')
    .replace(/[\s_-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** "failure_clusters" -> "Failure Clusters". */
const sectionTitle = (name: string) => name.replace(/_/g, ' ').replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** The line with inline code spans (matching backtick runs, within the line) blanked out, columns kept. */
export function maskInlineCode(line: string): string {
  let out = '';
  let last = 0;
  let i = line.indexOf('`');
  while (i !== -1) {
    let end = i;
    while (line.charCodeAt(end) === 96) end++;
    const run = end - i;
    let close = -1;
    for (let j = line.indexOf('`', end); j !== -1; ) {
      let k = j;
      while (line.charCodeAt(k) === 96) k++;
      if (k - j === run) {
        close = k;
        break;
      }
      j = line.indexOf('`', k);
    }
    if (close === -1) {
      i = line.indexOf('`', end); // an unmatched run is literal text
      continue;
    }
    out += line.slice(last, i) + ' '.repeat(close - i);
    last = close;
    i = line.indexOf('`', close);
  }
  return last === 0 ? line : out + line.slice(last);
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * Content findings of one artifact's body: prohibited and tutorial phrases and emoji (each once per
 * line, at its column), headings against the type's required and prohibited sections. Fenced code
 * blocks and inline code are not prose and are skipped. Lines are file lines (`bodyStartLine` is the
 * body's first). Pure.
 */
export function contentFindings(body: string, bodyStartLine: number, data: Readonly<Record<string, unknown>> | null, check: ContentCheck): Finding[] {
  const type = typeof data?.type === 'string' ? data.type : undefined;
  const subtype = typeof data?.subtype === 'string' ? data.subtype : undefined;
  const spec = type === undefined || !Object.hasOwn(check.profile.sections, type) ? undefined : check.profile.sections[type];
  const required = check.required && spec?.required && !(subtype !== undefined && spec.exemptSubtypes?.includes(subtype)) ? spec.required : undefined;
  const prohibited = check.prohibited && spec?.prohibited && spec.prohibited.length > 0 ? new Set(spec.prohibited.map(sectionKey)) : undefined;
  const re = check.pattern;
  const wantHeadings = required !== undefined || prohibited !== undefined;
  if (!wantHeadings) {
    if (re === null) return [];
    re.lastIndex = 0;
    if (!re.test(body)) return []; // the common case: one pass over the body, nothing found
  }

  const out: Finding[] = [];
  const seen = new Set<string>();
  let fence: string | null = null;
  let line = bodyStartLine - 1;
  for (let start = 0; start <= body.length; ) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    let text = body.slice(start, end);
    start = end + 1;
    line++;
    if (nl === -1 && text === '') break;
    if (text.endsWith('\r')) text = text.slice(0, -1);

    const f = FENCE_OPEN.exec(text);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]![0] === fence[0] && f[1]!.length >= fence.length && FENCE_CLOSE.test(text)) fence = null;
      continue;
    }
    if (fence !== null) continue;

    if (wantHeadings) {
      const h = HEADING.exec(text);
      if (h && h[1] !== undefined) {
        const title = h[1].replace(/(?:^|[ \t]+)#+$/, '').trim();
        const key = sectionKey(title);
        seen.add(key);
        if (prohibited?.has(key)) {
          out.push({
            line,
            column: text.indexOf('#') + 1,
            rule: 'prohibited-section',
            message: `"${title}" section: EDS v1.0 does not allow it in ${/^[aeiou]/.test(type!) ? 'an' : 'a'} ${type}`,
            hint: 'state the findings as tables and lists under the required sections and drop background or conceptual prose',
          });
        }
      }
    }

    if (re === null) continue;
    const prose = text.includes('`') ? maskInlineCode(text) : text;
    re.lastIndex = 0;
    let reported: number[] | null = null; // phrase groups already reported on this line
    let emojiAt = -1;
    let emojiText = '';
    let emojiMore = 0;
    for (let m = re.exec(prose); m !== null; m = re.exec(prose)) {
      if (check.emojiGroup !== 0 && m[check.emojiGroup] !== undefined) {
        if (emojiAt === -1) {
          emojiAt = m.index;
          emojiText = m[0];
        } else emojiMore++;
        continue;
      }
      let g = 1;
      while (m[g] === undefined) g++;
      if (reported?.includes(g)) continue;
      (reported ??= []).push(g);
      const p = check.phrases[g - 1]!;
      out.push({
        line,
        column: m.index + 1,
        rule: p.rule,
        message: p.rule === 'prohibited-phrase' ? `user-oriented phrase "${m[0]}": EDS documents state facts and commands, not advice to a reader` : `tutorial phrase "${m[0]}": EDS documents are records, not tutorials`,
        hint: p.hint,
      });
    }
    if (emojiAt !== -1) {
      out.push({
        line,
        column: emojiAt + 1,
        rule: 'emoji',
        message: `emoji ${emojiText}${emojiMore > 0 ? ` (and ${emojiMore} more on this line)` : ''}: EDS v1.0 allows no emoji in artifacts`,
        hint: 'write the word instead (done, failed, warning) or drop it',
      });
    }
  }

  if (required !== undefined) {
    for (const [name, what] of Object.entries(required)) {
      if (seen.has(sectionKey(name))) continue;
      const title = sectionTitle(name);
      out.push({ line: 1, column: 1, rule: 'required-section', message: `${type} has no "${title}" section`, hint: `add a heading "## ${title}" with ${what}` });
    }
  }
  return out;
}

import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { UsageError } from '../errors.ts';
import type { QueryResult } from './output.ts';
import type { BuiltQuery } from './runStatement.ts';
import { fill, frag, inList, joinFrags, type Frag } from './sqlFragment.ts';

/**
 * `etk search`: FTS5 over titles and bodies, ranked by bm25 (a title hit weighs 10 body hits), with
 * a snippet and the line of the first hit in the file.
 *
 * The index holds Porter stems of unicode61 tokens (diacritics folded), so `correct` finds
 * `correction` and `evaluate` finds `evaluation`; words in other scripts are stored as written.
 *
 * What a person types is never passed to FTS5 as syntax: each word, or "quoted phrase", becomes an
 * FTS5 string, so quotes, AND/OR/NOT/NEAR, colons and parentheses are just text; a trailing * asks
 * for a prefix. `raw` passes FTS5's own query syntax through instead.
 */

/** Marks around matched terms in snippets (Markdown bold: snippets come from Markdown). */
export const HIT_OPEN = '**';
export const HIT_CLOSE = '**';
const MARK_OPEN = '\u0001';
const MARK_CLOSE = '\u0002';

/**
 * Scripts whose words carry attached particles or endings, or are not separated by spaces (Hangul,
 * Han, Hiragana, Katakana): unicode61 keeps `실험을` whole, so a word in them is matched as a prefix
 * (`실험` finds `실험을`, `실험은`).
 */
const PREFIX_SCRIPTS = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * English suffixes (Porter's, inflectional and derivational). The index holds Porter stems, and
 * FTS5 stems a prefix too, so `correcti*` asks for stems beginning `correcti`, while `correction` is
 * stored as `correct`. A prefix is therefore also searched as each word it may begin: the prefix
 * completed by a suffix (`correcti` + `on`), which FTS5 stems as it stemmed the indexed words.
 */
const SUFFIXES = ['e', 's', 'es', 'ed', 'ing', 'ings', 'ion', 'ions', 'ation', 'ations', 'ational', 'ate', 'ated', 'ates', 'ating', 'ator', 'ators', 'al', 'ally', 'ly', 'er', 'ers', 'ness', 'ment', 'ments', 'ence', 'ences', 'ance', 'ances', 'ive', 'ively', 'ity', 'ities', 'ize', 'ized', 'izes', 'izing', 'ization', 'izations', 'ise', 'ised', 'isation', 'ful', 'ism', 'ist', 'ists', 'able', 'ible', 'ous', 'ic', 'ical', 'y', 'ies', 'ied'];

/** The words a Latin-letter prefix may begin, as FTS5 strings (the prefix itself first, as a prefix). */
export function prefixForms(prefix: string): string[] {
  const forms = new Set<string>();
  if (/^[a-z]{3,}$/i.test(prefix)) {
    const p = prefix.toLowerCase();
    for (const suffix of SUFFIXES) {
      for (let k = 0; k < suffix.length; k++) if (k === 0 || p.endsWith(suffix.slice(0, k))) forms.add(p + suffix.slice(k));
    }
  }
  return [`"${prefix}"*`, ...[...forms].map((f) => `"${f}"`)];
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** One word or phrase of user text to FTS5. */
function ftsTerm(term: string, prefix: boolean, phrase: boolean): string {
  if (phrase && PREFIX_SCRIPTS.test(term)) {
    // Each word of the phrase may carry a particle: a chain of prefix strings, in order and adjacent.
    const words = term.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length > 1) return words.map((w, i) => `${quote(w)}${PREFIX_SCRIPTS.test(w) || (prefix && i === words.length - 1) ? '*' : ''}`).join(' + ');
  }
  if (!phrase && PREFIX_SCRIPTS.test(term)) prefix = true;
  if (prefix && !phrase) {
    const forms = prefixForms(term.replaceAll('"', '""'));
    return forms.length === 1 ? forms[0]! : `(${forms.join(' OR ')})`;
  }
  return `${quote(term)}${prefix ? '*' : ''}`;
}

/** User text to an FTS5 MATCH expression; null when it holds nothing searchable. */
export function ftsQuery(text: string, any = false): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)("\*?)?|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let term = m[1] ?? m[3] ?? '';
    let prefix = m[2] === '"*';
    if (m[3] !== undefined && term.length > 1 && term.endsWith('*')) {
      prefix = true;
      term = term.replace(/\*+$/, '');
    }
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    parts.push(ftsTerm(term, prefix, m[1] !== undefined && /\s/.test(term.trim())));
  }
  if (parts.length === 0) return null;
  return parts.join(any ? ' OR ' : ' ');
}

export interface SearchOptions {
  text: string;
  raw?: boolean;
  /** Any word may match (OR) instead of every word (AND). */
  any?: boolean;
  types?: string[];
  experiments?: string[];
  tags?: string[];
  limit: number;
  /** What to put around matched terms in snippets (default: Markdown bold). */
  marks?: [string, string];
}

export function matchExpression(o: SearchOptions): string {
  if (o.raw) {
    if (o.text.trim() === '') throw new UsageError('etk search: nothing to search for');
    return o.text;
  }
  const q = ftsQuery(o.text, o.any);
  if (q === null) throw new UsageError(`etk search: nothing to search for in "${o.text}"`, 'search for words: etk search "affine trap"');
  return q;
}

/**
 * The ranked page of hits: ids and scores only (snippets are made for this page alone).
 *
 * Without filters, FTS5 ranks first and only the page is joined to artifacts: a common word matches
 * most files, and reading every match's (large) artifacts row for its file_path cost about twice the
 * ranking itself (10k artifacts: 15 -> 7 ms). The cut keeps every hit tied with the page's last
 * score, so the page is exactly what ORDER BY score, file_path over all hits gives.
 */
export function searchQuery(o: SearchOptions): BuiltQuery {
  const match = matchExpression(o);
  if (!o.types?.length && !o.experiments?.length && !o.tags?.length) {
    return fill(
      `WITH ranked AS MATERIALIZED (
  SELECT rowid AS id, bm25(artifacts_fts, 10.0, 1.0) AS score FROM artifacts_fts WHERE artifacts_fts MATCH {}
)
SELECT a.id, r.score
FROM ranked r JOIN artifacts a ON a.id = r.id
WHERE r.score <= COALESCE((SELECT score FROM ranked ORDER BY score LIMIT 1 OFFSET {}), 9e999)
ORDER BY r.score, a.file_path
LIMIT {}`,
      frag('?', match),
      frag('?', Math.max(0, o.limit - 1)),
      frag('?', o.limit),
    );
  }
  const conds: Frag[] = [frag('artifacts_fts MATCH ?', match)];
  if (o.types?.length) conds.push(fill('a.type IN {}', inList(o.types)));
  if (o.experiments?.length) conds.push(fill('a.experiment_id IN {}', inList(o.experiments)));
  for (const tag of o.tags ?? []) conds.push(frag('EXISTS (SELECT 1 FROM tags t WHERE t.file_path = a.file_path AND t.tag_name = ? COLLATE NOCASE)', tag));
  return fill(
    `SELECT a.id, bm25(artifacts_fts, 10.0, 1.0) AS score
FROM artifacts_fts JOIN artifacts a ON a.id = artifacts_fts.rowid
WHERE {}
ORDER BY score, a.file_path
LIMIT {}`,
    joinFrags(conds, ' AND '),
    frag('?', o.limit),
  );
}

function detailQuery(match: string, ids: number[]): BuiltQuery {
  return fill(
    `SELECT a.id, a.artifact_id, a.experiment_id, a.type, a.title, a.file_path, a.body_line, a.yaml_line, a.frontmatter_yaml,
  snippet(artifacts_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 16) AS snippet,
  highlight(artifacts_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}') AS marked
FROM artifacts_fts JOIN artifacts a ON a.id = artifacts_fts.rowid
WHERE artifacts_fts MATCH {} AND artifacts_fts.rowid IN {}`,
    frag('?', match),
    inList(ids),
  );
}

const countLines = (s: string, end: number) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/** The file line of the first hit: in the body when there is one, else the title line of the frontmatter. */
export function hitLine(row: { marked: string; body_line: number; yaml_line: number; frontmatter_yaml: string }): number {
  const at = row.marked.indexOf(MARK_OPEN);
  if (at !== -1) return row.body_line + countLines(row.marked, at);
  const title = /^title\s*:/m.exec(row.frontmatter_yaml);
  return title ? row.yaml_line + countLines(row.frontmatter_yaml, title.index) : row.body_line;
}

export const SEARCH_COLUMNS = ['rank', 'score', 'file_path', 'line', 'artifact_id', 'experiment_id', 'type', 'title', 'snippet'];

export function runSearch(db: DatabaseSync, o: SearchOptions): QueryResult {
  const page = searchQuery(o);
  let ranked: { id: number; score: number }[];
  try {
    ranked = db.prepare(page.sql).all(...page.params) as unknown as { id: number; score: number }[];
  } catch (err) {
    if (o.raw) throw new UsageError(`etk search: ${(err as Error).message}`, 'check the FTS5 query syntax, or drop --raw to search for the words as typed');
    throw err;
  }
  if (ranked.length === 0) return { columns: SEARCH_COLUMNS, rows: [] };
  const match = page.params[0] as SQLInputValue;
  const detail = detailQuery(match as string, ranked.map((r) => r.id));
  const byId = new Map<number, Record<string, unknown>>();
  for (const row of db.prepare(detail.sql).all(...detail.params) as unknown as Record<string, unknown>[]) byId.set(row.id as number, row);
  const [open, close] = o.marks ?? [HIT_OPEN, HIT_CLOSE];
  const rows = ranked.map((r, i) => {
    const d = byId.get(r.id) as Record<string, unknown> & { marked: string; body_line: number; yaml_line: number; frontmatter_yaml: string; snippet: string };
    return {
      rank: i + 1,
      // Three significant digits, not three decimals: in a corpus of a few files bm25 weighs a word
      // held by most of them near zero (its idf), and a score shown as 0 reads as "no match".
      score: Number((-r.score).toPrecision(3)),
      file_path: d.file_path,
      line: hitLine(d),
      artifact_id: d.artifact_id,
      experiment_id: d.experiment_id,
      type: d.type,
      title: d.title,
      snippet: d.snippet.replace(/\s*\r?\n\s*/g, ' ').trim().replaceAll(MARK_OPEN, open).replaceAll(MARK_CLOSE, close),
    };
  });
  return { columns: SEARCH_COLUMNS, rows };
}

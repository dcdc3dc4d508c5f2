import { html, type SafeHtml } from './html.ts';

/** How a cell is shown and sorted (the page's script knows each kind). */
export type ColumnKind = 'text' | 'num' | 'date' | 'status' | 'exp' | 'title' | 'file' | 'where' | 'severity' | 'tags' | 'delta' | 'pct' | 'value';

export interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
}

export interface TableSpec {
  caption: string;
  columns: Column[];
  /** Columns with a select filter (values from the rows). */
  filters: { key: string; label: string }[];
  sort: [string, 'asc' | 'desc'];
  /** What a row is called in the count line. */
  noun: [string, string];
}

export type TableId = 'experiments' | 'artifacts' | 'metrics' | 'problems';

export const TABLES: Record<TableId, TableSpec> = {
  experiments: {
    caption: 'Experiments',
    columns: [
      { key: 'name', label: 'Experiment', kind: 'exp' },
      { key: 'status', label: 'Status', kind: 'status' },
      { key: 'start', label: 'Started', kind: 'date' },
      { key: 'end', label: 'Last update', kind: 'date' },
      { key: 'artifacts', label: 'Files', kind: 'num' },
      { key: 'reports', label: 'Reports', kind: 'num' },
      { key: 'errors', label: 'Errors', kind: 'num' },
      { key: 'warnings', label: 'Warnings', kind: 'num' },
      { key: 'tags', label: 'Tags', kind: 'tags' },
    ],
    filters: [{ key: 'status', label: 'Status' }],
    sort: ['end', 'desc'],
    noun: ['experiment', 'experiments'],
  },
  artifacts: {
    caption: 'Artifacts',
    columns: [
      { key: 'title', label: 'Title', kind: 'title' },
      { key: 'type', label: 'Type', kind: 'text' },
      { key: 'status', label: 'Status', kind: 'status' },
      { key: 'expName', label: 'Experiment', kind: 'exp' },
      { key: 'updated', label: 'Updated', kind: 'date' },
      { key: 'problems', label: 'Problems', kind: 'num' },
      { key: 'tags', label: 'Tags', kind: 'tags' },
    ],
    filters: [
      { key: 'type', label: 'Type' },
      { key: 'status', label: 'Status' },
    ],
    sort: ['updated', 'desc'],
    noun: ['artifact', 'artifacts'],
  },
  metrics: {
    caption: 'Latest metrics against their baselines',
    columns: [
      { key: 'expName', label: 'Experiment', kind: 'exp' },
      { key: 'metric', label: 'Metric', kind: 'text' },
      { key: 'value', label: 'Value', kind: 'value' },
      { key: 'baseline', label: 'Baseline', kind: 'value' },
      { key: 'delta', label: 'Δ', kind: 'delta' },
      { key: 'pct', label: 'Δ %', kind: 'pct' },
      { key: 'unit', label: 'Unit', kind: 'text' },
      { key: 'date', label: 'Reported', kind: 'date' },
      { key: 'file', label: 'Report', kind: 'file' },
    ],
    filters: [{ key: 'metric', label: 'Metric' }],
    sort: ['date', 'desc'],
    noun: ['metric', 'metrics'],
  },
  problems: {
    caption: 'Problems (file:line)',
    columns: [
      { key: 'where', label: 'Where', kind: 'where' },
      { key: 'severity', label: 'Severity', kind: 'severity' },
      { key: 'rule', label: 'Rule', kind: 'text' },
      { key: 'message', label: 'Message', kind: 'text' },
      { key: 'expName', label: 'Experiment', kind: 'exp' },
    ],
    filters: [
      { key: 'severity', label: 'Severity' },
      { key: 'rule', label: 'Rule' },
    ],
    sort: ['severity', 'asc'],
    noun: ['problem', 'problems'],
  },
};

const NUMERIC = new Set<ColumnKind>(['num', 'delta', 'pct', 'value']);

/**
 * A table's frame: caption, filters, sortable headers (buttons in `th` with aria-sort), an empty
 * body the page's script fills from the embedded data, a count line and a "show more" button.
 * `omit` drops columns (an experiment's page has no experiment column).
 */
export function tableShell(id: TableId, options: { omit?: string[]; caption?: string } = {}): SafeHtml {
  const spec = TABLES[id];
  const columns = spec.columns.filter((c) => !options.omit?.includes(c.key));
  return html`<div class="table" data-table="${id}">
<div class="controls">${spec.filters.filter((f) => !options.omit?.includes(f.key)).map((f) => html`<label>${f.label} <select data-filter="${f.key}"><option value="">all</option></select></label>`)}<span class="count" id="count-${id}" aria-live="polite"></span></div>
<div class="scroll"><table id="table-${id}">
<caption>${options.caption ?? spec.caption}</caption>
<thead><tr>${columns.map((c) => html`<th scope="col" data-key="${c.key}" data-kind="${c.kind}"${NUMERIC.has(c.kind) ? html` class="n"` : ''} aria-sort="${spec.sort[0] === c.key ? (spec.sort[1] === 'asc' ? 'ascending' : 'descending') : 'none'}"><button type="button">${c.label}</button></th>`)}</tr></thead>
<tbody></tbody>
</table></div>
<button type="button" class="more" hidden>Show more</button>
<noscript><p class="note">Sorting, filtering and the rows of this table need JavaScript.</p></noscript>
</div>`;
}

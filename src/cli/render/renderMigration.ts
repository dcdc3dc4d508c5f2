import type { Inspection, Move } from '../../db/dbObjects.ts';
import type { MigrationDone } from '../../db/openDb.ts';
import { plural } from '../../util/plural.ts';

const rowsOf = (rows: number | null) => (rows === null ? 'rows not countable' : plural(rows, 'row'));

/** One line per object another tool made: what moves where, and that the rest stays as it is. */
export function describeMoves(moves: readonly Move[], inspection: Inspection): string[] {
  const lines = moves.map((m) => `move ${m.type} ${m.name}${m.type === 'table' ? ` (${rowsOf(m.rows)})` : ''} -> ${m.to}`);
  const kept = inspection.objects.filter((o) => o.owner === 'other' && o.action === 'keep' && o.type === 'table');
  if (kept.length > 0) lines.push(`keep ${kept.map((o) => `${o.name} (${rowsOf(o.rows)})`).join(', ')} as they are`);
  if (inspection.etkIndex) lines.push(`rebuild etk's own tables (schema version ${inspection.userVersion}) from the files`);
  return lines;
}

/** What an open that migrated did, in sentences (for `etk sync` and `etk db migrate`). */
export function describeMigration(m: MigrationDone, shownDb: string, show: (path: string) => string): string[] {
  const lines: string[] = [];
  const backup = m.backup ? `; backup: ${show(m.backup)}` : '';
  if (m.etkIndex) lines.push(`upgraded ${shownDb} from schema version ${m.from}: etk's tables rebuilt from the files${backup}`);
  else lines.push(`${shownDb} was made by another tool: etk's tables were added to it${backup}`);
  for (const x of m.moved) lines.push(`moved ${x.type} ${x.name}${x.type === 'table' ? ` (${rowsOf(x.rows)})` : ''} aside as ${x.to}`);
  if (m.kept.length > 0) lines.push(`left as they are: ${m.kept.join(', ')}`);
  return lines;
}

import { blockingMoves, movesOf, type DbObject, type Inspection } from '../../db/dbObjects.ts';
import { SCHEMA_VERSION } from '../../db/schema.ts';
import { plural } from '../../util/plural.ts';

function what(o: DbObject): string {
  switch (o.action) {
    case 'etk':
      return "etk's own (rebuilt from the files)";
    case 'move':
      return `another tool's; etk needs the name: moves aside as ${o.movesTo}`;
    case 'with-table':
      return `another tool's; goes with ${o.shadowOf ?? o.table}`;
    default:
      return "another tool's; left as it is";
  }
}

/** What `etk sync` would do with this file, in one sentence. */
export function syncVerdict(i: Inspection): string {
  if (i.etkIndex && i.userVersion === SCHEMA_VERSION) return 'this is etk\'s index: `etk sync` updates it';
  if (i.etkIndex && i.userVersion > SCHEMA_VERSION) return `a newer etk made this index (schema version ${i.userVersion}): this etk (${SCHEMA_VERSION}) will not write it`;
  const moves = movesOf(i);
  const blocking = blockingMoves(moves);
  if (blocking.length > 0) return `\`etk sync\` refuses this file (${blocking.map((m) => m.name).join(', ')} hold${blocking.length === 1 ? 's' : ''} rows under names etk needs): \`etk db migrate\` backs it up and moves them aside, or give etk a file of its own with --db`;
  if (i.objects.length === 0) return '`etk sync` builds etk\'s index in it';
  const upgrade = i.etkIndex ? `rebuilds etk's tables (schema version ${i.userVersion} -> ${SCHEMA_VERSION})` : "adds etk's tables";
  return `\`etk sync\` backs it up, ${moves.length > 0 ? `moves ${plural(moves.length, 'empty object')} aside, ` : ''}${upgrade} and leaves every other object as it is`;
}

/** The inspection as aligned text: one line per object, its foreign keys below it. */
export function renderInspection(shownDb: string, i: Inspection): string {
  const out: string[] = [];
  const kind = i.etkIndex ? `etk index, schema version ${i.userVersion}` : i.objects.length === 0 ? 'empty' : `another tool's database (user_version ${i.userVersion})`;
  out.push(`${shownDb}: ${kind}, ${plural(i.objects.length, 'object')}`);
  const nameWidth = Math.min(40, Math.max(4, ...i.objects.map((o) => o.name.length)));
  const sizeOf = (o: DbObject) => (o.type === 'table' ? (o.rows === null ? '? rows' : plural(o.rows, 'row')) : o.type === 'index' || o.type === 'trigger' ? `on ${o.table}` : '');
  const sizeWidth = Math.min(40, Math.max(0, ...i.objects.map((o) => sizeOf(o).length)));
  for (const o of i.objects) {
    out.push(`  ${o.type.padEnd(7)} ${o.name.padEnd(nameWidth)}  ${sizeOf(o).padEnd(sizeWidth)}  ${what(o)}`);
    for (const fk of o.foreignKeys) out.push(`  ${' '.repeat(7)} ${' '.repeat(nameWidth)}  ${' '.repeat(sizeWidth)}  foreign key (${fk.from.join(', ')}) -> ${fk.table}${fk.to.length ? `(${fk.to.join(', ')})` : ''}${fk.onDelete !== 'NO ACTION' ? ` ON DELETE ${fk.onDelete}` : ''}`);
  }
  out.push(syncVerdict(i));
  return `${out.join('\n')}\n`;
}

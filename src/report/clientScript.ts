/**
 * The page's only script (inline, allowed by its hash in the page's Content-Security-Policy): the
 * search box, the tag and experiment filters, heatmap cells, and the sortable, filterable tables,
 * all over the JSON embedded in `#etk-data` (see shapeClientData.ts). It makes no request, and it
 * puts text into the page with textContent and setAttribute only, never as markup.
 * Plain ES2017, no template literals (this file is itself a template literal).
 */
export const CLIENT_SCRIPT = String.raw`(function () {
'use strict';
var dataEl = document.getElementById('etk-data');
if (!dataEl) return;
var D = JSON.parse(dataEl.textContent);
var collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
function pick(list, i) { return i >= 0 ? list[i] : '(none)'; }
function pathOf(e, p, d, b) { return (p >= 0 ? D.prefixes[p] + D.exps[e][0] + '/' : '') + D.dirs[d] + b; }
function hrefOf(path) { return D.linkBase + path.split('/').map(encodeURIComponent).join('/'); }
function lower(parts) { return parts.join(' ').toLowerCase(); }
function fmt(v) {
  if (v === null || v === undefined || !isFinite(v)) return '\u2013';
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
}
function plural(n, one, many) { return n.toLocaleString('en-US') + ' ' + (n === 1 ? one : many); }

var EXPS = D.exps.map(function (r) {
  return { id: r[0], name: r[1], status: pick(D.statuses, r[2]), start: r[3], end: r[4], artifacts: r[5], reports: r[6], errors: r[7], warnings: r[8], tags: r[9].map(function (i) { return D.tags[i]; }) };
});
var NONE_EXP = { id: null, name: '', tags: [] };
var COLORS = {};
EXPS.forEach(function (e, i) { if (D.colors && D.colors[i]) COLORS[e.id] = D.colors[i]; });
function expAt(i) { return i >= 0 ? EXPS[i] : NONE_EXP; }

var ROWS = {
  experiments: EXPS.map(function (e) {
    return { exp: e.id, name: e.name, expName: e.name, status: e.status, start: e.start, end: e.end, artifacts: e.artifacts, reports: e.reports, errors: e.errors, warnings: e.warnings, tags: e.tags, text: lower([e.name, e.id, e.status, e.tags.join(' ')]) };
  }),
  artifacts: D.arts.map(function (r) {
    var e = expAt(r[0]);
    var file = pathOf(r[0], r[1], r[2], r[3]);
    var tags = r[10].map(function (i) { return D.tags[i]; });
    var type = pick(D.types, r[5]);
    var status = pick(D.statuses, r[6]);
    return { exp: e.id, expName: e.name, title: r[4], type: type, status: status, updated: r[7], errors: r[8], warnings: r[9], problems: r[8] + r[9], tags: tags, file: file, text: lower([r[4], type, status, file, e.name, tags.join(' ')]) };
  }),
  metrics: D.latest.map(function (r) {
    var e = expAt(r[0]);
    var value = r[2];
    var base = r[3];
    var delta = value !== null && base !== null ? value - base : null;
    var metric = D.metrics[r[1]];
    var file = pathOf(r[0], r[6], r[7], r[8]);
    return { exp: e.id, expName: e.name, metric: metric, value: value, baseline: base, delta: delta, pct: delta !== null && base !== 0 ? (delta / Math.abs(base)) * 100 : null, unit: r[4] >= 0 ? D.units[r[4]] : '', date: r[5], file: file, tags: e.tags, text: lower([metric, e.name, e.id || '', file]) };
  }),
  problems: D.problems.map(function (r) {
    var e = expAt(r[0]);
    var file = pathOf(r[0], r[1], r[2], r[3]);
    var rule = D.rules[r[6]];
    var shown = r[1] >= 0 ? D.dirs[r[2]] + r[3] : file;
    return { exp: e.id, expName: e.name, file: file, where: shown + ':' + r[4] + ':' + r[5], line: r[4], severity: r[7] ? 'error' : 'warning', rule: rule, message: r[8], tags: e.tags, text: lower([file, rule, r[8], e.name]) };
  })
};
var TOTAL = { experiments: EXPS.length, artifacts: D.totals.arts, metrics: D.totals.latest, problems: D.totals.problems };
var NOUN = { experiments: ['experiment', 'experiments'], artifacts: ['artifact', 'artifacts'], metrics: ['metric', 'metrics'], problems: ['problem', 'problems'] };
var PAGE = 50;
var state = { q: [], qText: '', tag: null, exp: null, cell: null };
var tables = [];

function matches(row, t) {
  if (state.exp !== null && row.exp !== state.exp) return false;
  if (state.tag !== null && row.tags.indexOf(state.tag) < 0) return false;
  if (state.cell !== null && t.id === 'problems' && (row.exp !== state.cell.exp || row.rule !== state.cell.rule)) return false;
  for (var i = 0; i < state.q.length; i++) if (row.text.indexOf(state.q[i]) < 0) return false;
  for (var k in t.filters) if (t.filters[k] !== '' && String(row[k]) !== t.filters[k]) return false;
  return true;
}

function compare(kind, a, b) {
  var an = a === null || a === undefined || a === '';
  var bn = b === null || b === undefined || b === '';
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (kind === 'tags') return collator.compare(a.join(' '), b.join(' '));
  return collator.compare(String(a), String(b));
}

function text(tag, value, cls) {
  var n = document.createElement(tag);
  n.textContent = value;
  if (cls) n.className = cls;
  return n;
}

function link(href, label, title) {
  var a = text('a', label);
  a.setAttribute('href', href);
  if (title) a.setAttribute('title', title);
  return a;
}

function cell(col, row) {
  var td = document.createElement('td');
  var v = row[col.key];
  switch (col.kind) {
    case 'num':
      td.className = 'n' + (v > 0 && (col.key === 'errors' || (col.key === 'problems' && row.errors > 0)) ? ' err' : v > 0 && (col.key === 'warnings' || col.key === 'problems') ? ' warn' : '');
      td.textContent = String(v);
      break;
    case 'value': td.className = 'n'; td.textContent = fmt(v); break;
    case 'delta': td.className = 'n'; td.textContent = v === null ? '\u2013' : (v > 0 ? '+' : '') + fmt(v); break;
    case 'pct': td.className = 'n'; td.textContent = v === null ? '\u2013' : (v > 0 ? '+' : '') + fmt(v) + ' %'; break;
    case 'date': td.className = 'date'; td.textContent = v; break;
    case 'status': td.appendChild(text('span', v, 'badge s-' + v.replace(/[^a-z0-9_-]/gi, '_'))); break;
    case 'severity': td.appendChild(text('span', v, v === 'error' ? 'err' : 'warn')); break;
    case 'tags': td.textContent = v.join(', '); break;
    case 'title': td.appendChild(link(hrefOf(row.file), v, row.file)); break;
    case 'file': td.appendChild(link(hrefOf(v), v.slice(v.lastIndexOf('/') + 1), v)); break;
    case 'where': td.className = 'path'; td.appendChild(link(hrefOf(row.file), v, row.file + ':' + row.line)); break;
    case 'exp':
      if (row.exp !== null) {
        var b = text('button', v || row.exp, 'linkish');
        if (COLORS[row.exp]) {
          // The experiment's colour in the charts, inside the button so that it wraps with the name.
          var sw = text('span', '', 'sw');
          sw.style.background = COLORS[row.exp];
          sw.setAttribute('aria-hidden', 'true');
          b.insertBefore(sw, b.firstChild);
        }
        b.type = 'button';
        b.setAttribute('data-exp', row.exp);
        b.setAttribute('title', 'Show only ' + row.exp);
        td.appendChild(b);
        if (D.live) {
          td.appendChild(document.createTextNode(' '));
          var a = link('/experiments/' + encodeURIComponent(row.exp), '\u2197', 'Open the page of ' + row.exp);
          a.setAttribute('aria-label', 'Open the page of ' + (v || row.exp));
          td.appendChild(a);
        }
      }
      break;
    default: td.textContent = v === null || v === undefined ? '' : String(v);
  }
  return td;
}

function render(t) {
  var rows = ROWS[t.id].filter(function (r) { return matches(r, t); });
  var col = t.columns.filter(function (c) { return c.key === t.sort.key; })[0];
  var dir = t.sort.dir === 'asc' ? 1 : -1;
  if (col) rows.sort(function (a, b) {
    var an = a[col.key];
    var bn = b[col.key];
    var empty = (an === null || an === '') - (bn === null || bn === '');
    return empty || dir * compare(col.kind, an, bn);
  });
  var n = Math.min(t.shown, rows.length);
  var frag = document.createDocumentFragment();
  for (var i = 0; i < n; i++) {
    var tr = document.createElement('tr');
    for (var j = 0; j < t.columns.length; j++) tr.appendChild(cell(t.columns[j], rows[i]));
    frag.appendChild(tr);
  }
  if (n === 0) {
    var empty = document.createElement('tr');
    var td = text('td', ROWS[t.id].length === 0 ? 'None recorded.' : 'Nothing matches the filters.', 'muted');
    td.colSpan = t.columns.length;
    empty.appendChild(td);
    frag.appendChild(empty);
  }
  t.body.replaceChildren(frag);
  var noun = NOUN[t.id];
  var line = n < rows.length ? 'Showing ' + n.toLocaleString('en-US') + ' of ' + plural(rows.length, noun[0], noun[1]) : plural(rows.length, noun[0], noun[1]);
  if (rows.length !== ROWS[t.id].length) line += ' (filtered from ' + ROWS[t.id].length.toLocaleString('en-US') + ')';
  if (TOTAL[t.id] > ROWS[t.id].length) line += '; the page holds ' + ROWS[t.id].length.toLocaleString('en-US') + ' of the ' + TOTAL[t.id].toLocaleString('en-US') + ' in the index' + (t.id === 'problems' ? ' (etk validate lists them all)' : ' (the most recent)');
  t.count.textContent = line;
  t.count.setAttribute('data-matching', String(rows.length));
  t.more.hidden = n >= rows.length;
  t.more.textContent = 'Show ' + Math.min(PAGE * 4, rows.length - n).toLocaleString('en-US') + ' more';
}

function chip(label, clear) {
  var b = text('button', label + ' \u00d7', 'chip');
  b.type = 'button';
  b.setAttribute('aria-label', 'Remove the filter ' + label);
  b.addEventListener('click', function () { clear(); update(); });
  return b;
}

function expName(id) {
  for (var i = 0; i < EXPS.length; i++) if (EXPS[i].id === id) return EXPS[i].name;
  return id;
}

function update() {
  for (var i = 0; i < tables.length; i++) { tables[i].shown = PAGE; render(tables[i]); }
  var bar = document.getElementById('active-filters');
  if (bar) {
    var chips = [];
    if (state.qText) chips.push(chip('search: ' + state.qText, function () { state.q = []; state.qText = ''; var q = document.getElementById('q'); if (q) q.value = ''; }));
    if (state.tag !== null) chips.push(chip('tag: ' + state.tag, function () { state.tag = null; }));
    if (state.exp !== null) chips.push(chip('experiment: ' + expName(state.exp), function () { state.exp = null; }));
    if (state.cell !== null) chips.push(chip('problems: ' + expName(state.cell.exp) + ' \u00b7 ' + state.cell.rule, function () { state.cell = null; }));
    bar.replaceChildren.apply(bar, chips);
  }
  document.querySelectorAll('.tag[data-tag]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-tag') === state.tag)); });
  document.querySelectorAll('.heat-cell').forEach(function (c) {
    c.setAttribute('aria-pressed', String(state.cell !== null && c.getAttribute('data-experiment') === state.cell.exp && c.getAttribute('data-rule') === state.cell.rule));
  });
  if (D.live) try { sessionStorage.setItem('etk-dashboard-state', JSON.stringify(state)); } catch (e) { /* private mode */ }
}

document.querySelectorAll('.table[data-table]').forEach(function (root) {
  var id = root.getAttribute('data-table');
  if (!ROWS[id]) return;
  var ths = Array.prototype.slice.call(root.querySelectorAll('th[data-key]'));
  var t = { id: id, root: root, body: root.querySelector('tbody'), count: root.querySelector('.count'), more: root.querySelector('.more'), shown: PAGE, filters: {}, sort: { key: null, dir: 'asc' },
    columns: ths.map(function (th) { return { key: th.getAttribute('data-key'), kind: th.getAttribute('data-kind') }; }) };
  ths.forEach(function (th) {
    var s = th.getAttribute('aria-sort');
    if (s !== 'none') t.sort = { key: th.getAttribute('data-key'), dir: s === 'ascending' ? 'asc' : 'desc' };
    th.querySelector('button').addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      var kind = th.getAttribute('data-kind');
      t.sort = t.sort.key === key ? { key: key, dir: t.sort.dir === 'asc' ? 'desc' : 'asc' } : { key: key, dir: kind === 'num' || kind === 'date' || kind === 'value' ? 'desc' : 'asc' };
      ths.forEach(function (o) { o.setAttribute('aria-sort', o === th ? (t.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'); });
      t.shown = PAGE;
      render(t);
    });
  });
  root.querySelectorAll('select[data-filter]').forEach(function (sel) {
    var key = sel.getAttribute('data-filter');
    t.filters[key] = '';
    var values = {};
    ROWS[id].forEach(function (r) { values[String(r[key])] = true; });
    Object.keys(values).sort(collator.compare).forEach(function (v) { var o = text('option', v); o.value = v; sel.appendChild(o); });
    sel.addEventListener('change', function () { t.filters[key] = sel.value; t.shown = PAGE; render(t); });
  });
  t.more.addEventListener('click', function () { t.shown += PAGE * 4; render(t); });
  tables.push(t);
});

document.addEventListener('click', function (ev) {
  var target = ev.target instanceof Element ? ev.target : null;
  var tag = target && target.closest('.tag[data-tag]');
  if (tag) { var v = tag.getAttribute('data-tag'); state.tag = state.tag === v ? null : v; update(); return; }
  var exp = target && target.closest('[data-exp]');
  if (exp) { var id = exp.getAttribute('data-exp'); state.exp = state.exp === id ? null : id; update(); return; }
  var heat = target && target.closest('.heat-cell');
  if (heat) pickCell(heat);
});

function pickCell(c) {
  var next = { exp: c.getAttribute('data-experiment'), rule: c.getAttribute('data-rule') };
  state.cell = state.cell !== null && state.cell.exp === next.exp && state.cell.rule === next.rule ? null : next;
  update();
  if (state.cell !== null) {
    var list = document.getElementById('table-problems');
    if (list) { list.setAttribute('tabindex', '-1'); list.focus(); }
  }
}
document.querySelectorAll('.heat-cell').forEach(function (c) {
  c.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pickCell(c); }
  });
});

var q = document.getElementById('q');
if (q) {
  var timer = 0;
  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.qText = q.value.trim(); state.q = state.qText.toLowerCase().split(/\s+/).filter(Boolean); update(); }, 120);
  });
  document.addEventListener('keydown', function (ev) {
    var inField = ev.target instanceof Element && ev.target.closest('input,select,textarea');
    if (ev.key === '/' && !inField) { ev.preventDefault(); q.focus(); }
  });
}

if (D.live) {
  try {
    var saved = JSON.parse(sessionStorage.getItem('etk-dashboard-state') || 'null');
    if (saved) { state = saved; if (q) q.value = state.qText || ''; }
  } catch (e) { /* nothing saved */ }
  var source = new EventSource('/events');
  source.addEventListener('rebuilt', function () { location.reload(); });
}
update();
})();`;

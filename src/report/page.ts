import { createHash } from 'node:crypto';
import { CLIENT_SCRIPT } from './clientScript.ts';
import { jsonForScript } from './escape.ts';
import { html, raw, type SafeHtml } from './html.ts';
import type { IndexInfo } from './loadReportData.ts';
import { statusColor } from './palette.ts';
import type { ClientData } from './shapeClientData.ts';
import { STYLES } from './styles.ts';

const SCRIPT_HASH = `sha256-${createHash('sha256').update(CLIENT_SCRIPT).digest('base64')}`;

/**
 * The Content-Security-Policy of every page: nothing may be loaded from anywhere (no scripts,
 * styles, fonts, images or connections), and the only script that may run is the page's own
 * (by its hash). So even a payload that got past escaping could not run or phone home.
 * The live dashboard may also connect to its own server (for the reload events).
 */
export function contentSecurityPolicy(live: boolean): string {
  return [
    "default-src 'none'",
    `script-src '${SCRIPT_HASH}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    `connect-src ${live ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** "the work tree on 1a2b3c4d5e6f with changes, synced 2025-12-18 10:00 UTC" */
export function describeIndex(index: IndexInfo): string {
  const commit = index.commit ? index.commit.slice(0, 12) : null;
  const what =
    index.source === 'rev' ? `commit ${commit}` : index.source === 'index' ? `the git index${commit ? ` on ${commit}` : ''}` : `the work tree${commit ? ` on ${commit}${index.dirty ? ' with changes' : ''}` : ''}`;
  return `${what}${index.syncedAt ? `, synced ${utc(index.syncedAt)}` : ''}`;
}

/** An ISO or index timestamp as "YYYY-MM-DD HH:MM UTC". */
export function utc(value: string | Date): string {
  const d = value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? String(value) : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A coloured dot and the status name (never colour alone). */
export function statusBadge(status: string | null): SafeHtml {
  const s = status ?? '(none)';
  return html`<span class="badge s-${s.replace(/[^a-z0-9_-]/gi, '_')}">${s}</span>`;
}

/** A legend naming each experiment of a chart by its colour (at most `max`, then how many more). */
export function experimentLegend(ids: readonly string[], names: ReadonlyMap<string, string>, colors: ReadonlyMap<string, string>, max = 12): SafeHtml {
  const shown = ids.slice(0, max);
  return html`<ul class="legend exp-legend" aria-label="Experiments">${shown.map((id) => html`<li data-exp-color="${id}"><span class="sw" style="background:${colors.get(id) ?? ''}"></span>${names.get(id) ?? id}</li>`)}${ids.length > max ? html`<li class="muted">and ${String(ids.length - max)} more (colours repeat: hover a point)</li>` : ''}</ul>`;
}

/** An HTML legend for the status colours used by the charts. */
export function statusLegend(statuses: readonly string[]): SafeHtml {
  return html`<ul class="legend" aria-label="Colours">${statuses.map((s) => html`<li><span class="sw" data-c="${statusColor(s, statuses)}" style="background:${statusColor(s, statuses)}"></span>${s}</li>`)}</ul>`;
}

export interface PageParts {
  title: string;
  heading: string;
  subtitle: SafeHtml | string;
  nav: [string, string][];
  body: SafeHtml;
  data: ClientData;
  live: boolean;
  footer: SafeHtml | string;
}

/** The whole document: head with the policy and styles, sticky header with search, body, data, script. */
export function renderPage(p: PageParts): string {
  const data = { ...p.data, live: p.live };
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(p.live)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="etk">
<title>${p.title}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="top"><div class="wrap">
<h1>${p.heading}</h1>
<nav aria-label="Sections"><ul>${p.nav.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>
<div class="search" role="search"><label for="q">Search</label><input id="q" type="search" placeholder="titles, experiments, tags, files, metrics, rules" autocomplete="off" spellcheck="false" aria-describedby="q-help"></div>
<p class="sub">${p.subtitle} <span id="q-help">Search, tags and experiment names filter the tables; press / to search.</span></p>
<div id="active-filters" aria-label="Active filters"></div>
</div></header>
<main id="main" class="wrap">
${p.body}
</main>
<footer class="wrap">${p.footer}</footer>
<script type="application/json" id="etk-data">${raw(jsonForScript(data))}</script>
<script>${raw(CLIENT_SCRIPT)}</script>
</body>
</html>
`.value;
}

import { GREY, OKABE_ITO, statusCss } from './palette.ts';

/** The page's stylesheet: system fonts only (no font files, no requests), light and dark. */
export const STYLES = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d8dee4;--card:#f6f8fa;--accent:#0061a0;--err:#b42318;--warn:#8a5300;--hl:#fff3c4}
@media (prefers-color-scheme:dark){:root{--bg:#14171b;--fg:#e6e9ed;--muted:#9da7b3;--line:#30363d;--card:#1c2128;--accent:#6cc0f0;--err:#ff8f85;--warn:#f2c35b;--hl:#3a3220}}
*{box-sizing:border-box}
html{scroll-padding-top:7.5rem}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.wrap{max-width:1200px;margin:0 auto;padding:0 1.25rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;z-index:10;background:var(--bg);padding:.25rem .5rem}
header.top{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line)}
header.top .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.25rem;padding-top:.6rem;padding-bottom:.6rem}
h1{font-size:1.25rem;margin:0}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-top:.4rem;border-top:1px solid var(--line)}
h3{font-size:1.02rem;margin:1.2rem 0 .4rem}
.sub,.note,figcaption p,.muted{color:var(--muted)}
.sub{margin:0;font-size:.85rem;flex-basis:100%}
nav ul{display:flex;flex-wrap:wrap;gap:.2rem .9rem;list-style:none;margin:0;padding:0;font-size:.92rem}
.search{display:flex;align-items:center;gap:.4rem;margin-left:auto}
input[type=search],select{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:.3rem .5rem}
input[type=search]{width:19rem;max-width:60vw}
button{font:inherit;color:inherit;cursor:pointer}
#active-filters{flex-basis:100%;display:flex;flex-wrap:wrap;gap:.4rem;font-size:.88rem}
#active-filters:empty{display:none}
.chip{border:1px solid var(--line);background:var(--card);border-radius:999px;padding:.05rem .6rem}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.6rem;list-style:none;padding:0;margin:0}
.stats li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.55rem .75rem}
.stats .num{display:block;font-size:1.6rem;font-weight:650;font-variant-numeric:tabular-nums}
.stats .bad .num{color:var(--err)}.stats .warn .num{color:var(--warn)}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,30rem),1fr));gap:0 2rem}
.grid2>*{min-width:0}
.smalls{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,24rem),1fr));gap:1rem}
figure{margin:0}
figure.chart{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
figcaption h3{margin:0}
figcaption p{margin:.1rem 0 .3rem;font-size:.85rem}
.chart svg{--plot-background:var(--card);color:var(--fg);max-width:100%;height:auto}
.scroll{overflow-x:auto}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;margin:.2rem 0 .5rem;font-size:.85rem}
.sw{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.35rem;vertical-align:-.1rem}
.sw.diamond{background:none;border:1.5px solid currentColor;transform:rotate(45deg) scale(.8);border-radius:0}
.sw.dash{height:0;border-top:2px dashed currentColor;border-radius:0}
.badge{display:inline-flex;align-items:center;gap:.3rem;white-space:nowrap}
.badge::before{content:"";width:.6rem;height:.6rem;border-radius:50%;background:var(--c,${GREY})}
${statusCss([])}
.cloud{display:flex;flex-wrap:wrap;align-items:baseline;gap:.35rem .6rem;margin:.5rem 0}
.tag{border:1px solid var(--line);background:var(--card);border-radius:999px;padding:.1rem .6rem;line-height:1.3}
.tag[aria-pressed=true]{background:var(--accent);border-color:var(--accent);color:var(--bg)}
.tag .n{font-size:.75em;opacity:.75;margin-left:.25rem}
.t1{font-size:.8rem}.t2{font-size:.9rem}.t3{font-size:1rem}.t4{font-size:1.15rem}.t5{font-size:1.35rem}.t6{font-size:1.6rem}
.heat-cell{cursor:pointer}.heat-cell:focus-visible,.heat-cell:hover{stroke:var(--fg);stroke-width:2.5;outline:none}
.heat-cell[aria-pressed=true]{stroke:var(--accent);stroke-width:3}
.controls{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:.4rem 0;font-size:.9rem}
.count{color:var(--muted);font-size:.88rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{text-align:left;padding:.32rem .55rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--card);white-space:nowrap}
td.n,th.n{text-align:right}
td.n{white-space:nowrap}
td.date,.badge{white-space:nowrap}
tbody tr:hover{background:var(--card)}
th button{border:0;background:none;padding:0;font-weight:600}
th button::after{content:" ↕";opacity:.35}
th[aria-sort=ascending] button::after{content:" ▲";opacity:.9}
th[aria-sort=descending] button::after{content:" ▼";opacity:.9}
td.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.82rem;word-break:break-all}
.err{color:var(--err)}.warn{color:var(--warn)}.up{color:${OKABE_ITO.blue}}.down{color:${OKABE_ITO.vermillion}}
@media (prefers-color-scheme:dark){.up{color:${OKABE_ITO.skyBlue}}.down{color:#ff9b5e}}
.linkish{border:0;background:none;padding:0;color:var(--accent);text-decoration:underline;text-align:left}
.more{margin:.5rem 0;border:1px solid var(--line);background:var(--card);border-radius:6px;padding:.25rem .8rem}
.recent{padding-left:2.2rem}.recent li{margin:.15rem 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
.ok{padding:.6rem .8rem;border:1px solid var(--line);border-radius:8px;background:var(--card)}
table.grid td.v{white-space:nowrap}table.grid .d{font-size:.85em;margin-left:.2rem}table.grid th[scope=row]{font-weight:500;white-space:normal;min-width:12rem}
table.grid td.best{font-weight:700}.star{color:var(--fg)}.same{color:var(--muted)}.dir{color:var(--muted);font-weight:400}
table.grid td.note-cell{color:var(--muted);font-size:.8rem;min-width:14rem}
article.cmp{margin:1.4rem 0 2rem}article.cmp h3 .sw{width:.9rem;height:.9rem}
.winners{margin:.3rem 0 .6rem;padding-left:1.2rem}.winners li{margin:.1rem 0}
figcaption h4{margin:0;font-size:.95rem}
footer{margin:3rem 0 2rem;color:var(--muted);font-size:.85rem}
@media print{header.top{position:static}.more,.search,#active-filters{display:none}}
`;

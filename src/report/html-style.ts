// The HTML report's stylesheet: light and dark (the system's choice, or the page's toggle), readable from a phone
// to a wide screen, visible focus for keyboard users.

export const HTML_STYLE = `
:root { color-scheme: light dark; --bg:#ffffff; --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --card:#f6f8fa;
  --accent:#0969da; --critical:#a40e26; --high:#d1242f; --medium:#bc4c00; --low:#9a6700; --info:#59636e; --ok:#1a7f37; }
:root[data-theme="dark"] { --bg:#0d1117; --fg:#e6edf3; --muted:#9198a1; --line:#3d444d; --card:#151b23;
  --accent:#4493f8; --critical:#ff7b72; --high:#f85149; --medium:#db6d28; --low:#d29922; --info:#9198a1; --ok:#3fb950; }
@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { --bg:#0d1117; --fg:#e6edf3; --muted:#9198a1;
  --line:#3d444d; --card:#151b23; --accent:#4493f8; --critical:#ff7b72; --high:#f85149; --medium:#db6d28; --low:#d29922;
  --info:#9198a1; --ok:#3fb950; } }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--fg); font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif; }
main { max-width:1400px; margin:0 auto; padding:16px; }
header.top { display:flex; flex-wrap:wrap; gap:8px 16px; align-items:baseline; justify-content:space-between; }
h1 { font-size:20px; margin:0; } h2 { font-size:16px; margin:24px 0 8px; } h3 { font-size:14px; margin:12px 0 4px; }
.muted { color:var(--muted); } code, .mono { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:12.5px; }
.cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(150px,1fr)); gap:8px; margin-top:12px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:6px; padding:8px 12px; }
.card .n { font-size:22px; font-weight:600; } .card .t { color:var(--muted); font-size:12px; }
.grid2 { display:grid; grid-template-columns:repeat(auto-fit,minmax(320px,1fr)); gap:16px; }
.panel { background:var(--card); border:1px solid var(--line); border-radius:6px; padding:8px 12px; overflow:hidden; }
svg text { fill:var(--fg); font-size:11px; } svg .bar { fill:var(--accent); } svg .axis { stroke:var(--line); }
.filters { display:flex; flex-wrap:wrap; gap:8px; align-items:end; margin:8px 0; }
.filters label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); }
input, select, button { font:inherit; color:var(--fg); background:var(--bg); border:1px solid var(--line); border-radius:6px; padding:4px 8px; }
button { cursor:pointer; } button:disabled { opacity:.5; cursor:default; }
:focus-visible { outline:2px solid var(--accent); outline-offset:1px; }
.tablewrap { overflow-x:auto; border:1px solid var(--line); border-radius:6px; }
table { border-collapse:collapse; width:100%; }
th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th button { border:0; background:none; padding:0; font-weight:600; }
tbody tr.row { cursor:pointer; } tbody tr.row:hover, tbody tr.row:focus { background:var(--card); }
td.path { word-break:break-all; min-width:180px; }
.sev { font-weight:600; text-transform:capitalize; } .sev-critical { color:var(--critical); } .sev-high { color:var(--high); }
.sev-medium { color:var(--medium); } .sev-low { color:var(--low); } .sev-info { color:var(--info); }
.present-yes { color:var(--high); } .present-no { color:var(--ok); }
tr.detail td { background:var(--card); } pre { white-space:pre-wrap; word-break:break-word; margin:4px 0; }
.pager { display:flex; gap:8px; align-items:center; margin:8px 0; flex-wrap:wrap; }
ol.steps li { margin:2px 0; } .clean { font-size:16px; color:var(--ok); font-weight:600; }
.noscript { padding:16px; }
@media (max-width:700px) { th.opt, td.opt { display:none; } main { padding:8px; } }
`;

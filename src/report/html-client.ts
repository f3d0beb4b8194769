// @ts-nocheck: this function runs in the browser (its source text is inlined into the HTML report), not in Node.
// The script of the HTML report. It reads the JSON data element and draws the page with DOM calls and text nodes
// only: nothing from the data is ever parsed as markup. Rows are drawn a page at a time, so 100,000 findings stay
// usable.

function leakgateReport() {
  'use strict';
  const data = JSON.parse(document.getElementById('leakgate-data').textContent);
  const app = document.getElementById('app');
  const SEV = data.severities;
  const CONF = ['high', 'medium', 'low'];
  const PAGE = 100;
  const state = { q: '', sev: '', rule: '', conf: '', present: '', path: '', author: '', sort: 'sev', desc: false, page: 0, open: -1 };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) node.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
    return node;
  }
  const svgEl = (tag, attrs, text) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const fmt = (n) => Number(n).toLocaleString('en-US');
  const bytes = (n) => (n >= 1048576 ? (n / 1048576).toFixed(1) + ' MiB' : n >= 1024 ? (n / 1024).toFixed(1) + ' KiB' : n + ' B');
  const presence = (f) => (f.h === true ? 'present' : f.h === false ? 'history' : 'unknown');
  const presenceLabel = { present: 'still present', history: 'history only', unknown: 'not known' };
  const safeUrl = (u) => (/^https?:\/\//i.test(u) ? u : undefined);
  const count = (items, key) => {
    const m = new Map();
    for (const it of items) {
      const k = key(it);
      if (k !== undefined && k !== '') m.set(k, (m.get(k) || 0) + 1);
    }
    return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const findings = data.findings;
  findings.forEach((f, i) => {
    f.i = i;
    f.hay = [f.r, f.p, f.a || '', f.m || '', f.ci || '', f.sn, f.fp].join('\n').toLowerCase();
  });

  // --- theme: the system's by default; the toggle remembers the reader's choice where storage works (file://) ---
  const root = document.documentElement;
  try {
    const saved = localStorage.getItem('leakgate-theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch (e) {}
  function toggleTheme() {
    const dark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    root.dataset.theme = dark ? 'light' : 'dark';
    try {
      localStorage.setItem('leakgate-theme', root.dataset.theme);
    } catch (e) {}
  }

  // --- summary -------------------------------------------------------------------------------------------------
  function card(n, t, cls) {
    return el('div', { class: 'card' }, el('div', { class: 'n ' + (cls || '') }, typeof n === 'number' ? fmt(n) : n), el('div', { class: 't' }, t));
  }
  function summary() {
    const s = data.stats;
    const bySev = new Map(count(findings, (f) => f.s));
    const byConf = new Map(count(findings, (f) => f.c));
    const byPresence = new Map(count(findings, presence));
    const suppressed = Object.values(data.suppressed).reduce((a, b) => a + b, 0);
    const incomplete = data.diagnostics.filter((d) => d.incomplete).length;
    const scope = [s.commits ? fmt(s.commits) + ' commits' : '', fmt(s.blobs) + ' blobs', bytes(s.bytes), (s.durationMs / 1000).toFixed(1) + ' s'].filter(Boolean).join(' · ');
    return el(
      'section',
      { 'aria-label': 'Summary' },
      el('p', { class: 'muted' }, data.kind + ' scan of ', el('code', {}, data.target), ' · ' + scope + ' · leakgate ' + data.tool + (data.redacted ? ' · secrets redacted' : ' · SECRETS SHOWN IN CLEAR')),
      findings.length === 0 ? el('p', { class: 'clean' }, 'No findings.') : null,
      el(
        'div',
        { class: 'cards' },
        card(findings.length, 'findings'),
        SEV.filter((v) => bySev.get(v)).map((v) => card(bySev.get(v), v, 'sev sev-' + v)),
        CONF.filter((v) => byConf.get(v)).map((v) => card(byConf.get(v), v + ' confidence')),
        byPresence.get('present') ? card(byPresence.get('present'), 'still present in the scanned tree', 'present-yes') : null,
        byPresence.get('history') ? card(byPresence.get('history'), 'in history only', 'present-no') : null,
        card(suppressed, 'suppressed (baseline, allowed, ignored, examples)'),
        card(data.diagnostics.length, incomplete ? 'diagnostics (' + incomplete + ' not fully scanned)' : 'diagnostics'),
      ),
    );
  }

  // --- charts (SVG drawn here) ---------------------------------------------------------------------------------
  function bars(title, rows, label) {
    const top = rows.slice(0, 10);
    const max = Math.max(1, ...top.map((r) => r[1]));
    const h = 18;
    const svg = svgEl('svg', { width: '100%', height: top.length * h + 4, role: 'img', 'aria-label': title, viewBox: '0 0 400 ' + (top.length * h + 4), preserveAspectRatio: 'none' });
    top.forEach(([name, n], i) => {
      const w = Math.max(2, (n / max) * 150);
      svg.append(svgEl('rect', { class: 'bar', x: 0, y: i * h + 2, width: w, height: h - 5, rx: 2 }));
      svg.append(svgEl('text', { x: w + 4, y: i * h + 13 }, fmt(n) + '  ' + (label ? label(name) : name)));
    });
    return el('div', { class: 'panel' }, el('h3', {}, title), top.length ? svg : el('p', { class: 'muted' }, 'nothing to show'));
  }
  function timeline() {
    const counted = new Map(count(findings, (f) => (/^\d{4}-\d{2}/.test(f.d || '') ? f.d.slice(0, 7) : undefined)));
    const keys = [...counted.keys()].sort();
    // Every month from the first to the last, empty ones included (at most 50 years of them).
    const months = [];
    if (keys.length) {
      let [y, m] = keys[0].split('-').map(Number);
      const last = keys[keys.length - 1];
      for (let guard = 0; guard < 600; guard++) {
        const key = y + '-' + String(m).padStart(2, '0');
        months.push([key, counted.get(key) || 0]);
        if (key >= last) break;
        m = m === 12 ? 1 : m + 1;
        y = m === 1 ? y + 1 : y;
      }
    }
    if (months.length === 0) return el('div', { class: 'panel' }, el('h3', {}, 'Introduced, by month'), el('p', { class: 'muted' }, 'no commit dates in this scan'));
    const max = Math.max(...months.map((m) => m[1]));
    const W = 600, H = 120, bw = (W - 20) / months.length;
    const svg = svgEl('svg', { width: '100%', height: H + 20, viewBox: '0 0 ' + W + ' ' + (H + 20), role: 'img', 'aria-label': 'Findings introduced by month' });
    svg.append(svgEl('line', { class: 'axis', x1: 0, y1: H, x2: W, y2: H }));
    months.forEach(([m, n], i) => {
      if (!n) return;
      const bh = Math.max(1, (n / max) * (H - 10));
      const r = svgEl('rect', { class: 'bar', x: 10 + i * bw, y: H - bh, width: Math.max(0.5, bw * 0.85), height: bh });
      r.append(svgEl('title', {}, m + ': ' + n));
      svg.append(r);
    });
    svg.append(svgEl('text', { x: 10, y: H + 14 }, months[0][0]));
    svg.append(svgEl('text', { x: W - 10, y: H + 14, 'text-anchor': 'end' }, months[months.length - 1][0]));
    return el('div', { class: 'panel' }, el('h3', {}, 'Introduced, by month (' + months.length + ' months, peak ' + max + ')'), svg);
  }

  // --- filters and table ---------------------------------------------------------------------------------------
  function matches(f) {
    return (
      (!state.sev || f.s === state.sev) &&
      (!state.rule || f.r === state.rule) &&
      (!state.conf || f.c === state.conf) &&
      (!state.present || presence(f) === state.present) &&
      (!state.path || f.p.toLowerCase().includes(state.path)) &&
      (!state.author || (f.a || '').toLowerCase().includes(state.author)) &&
      (!state.q || f.hay.includes(state.q))
    );
  }
  const sorters = {
    sev: (a, b) => SEV.indexOf(a.s) - SEV.indexOf(b.s),
    conf: (a, b) => CONF.indexOf(a.c) - CONF.indexOf(b.c),
    rule: (a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0),
    path: (a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : a.l - b.l),
    date: (a, b) => ((a.d || '') < (b.d || '') ? -1 : (a.d || '') > (b.d || '') ? 1 : 0),
    author: (a, b) => ((a.a || '') < (b.a || '') ? -1 : (a.a || '') > (b.a || '') ? 1 : 0),
    present: (a, b) => presence(a).localeCompare(presence(b)),
  };
  function filtered() {
    const rows = findings.filter(matches);
    const by = sorters[state.sort];
    rows.sort((a, b) => (state.desc ? -1 : 1) * (by(a, b) || a.i - b.i));
    return rows;
  }
  function options(values, all) {
    return [el('option', { value: '' }, all), ...values.map(([v, n]) => el('option', { value: v }, v + ' (' + fmt(n) + ')'))];
  }
  const tableHost = el('div', { id: 'findings-table' });
  function filters() {
    const on = (key, lower) => (e) => {
      state[key] = lower ? e.target.value.trim().toLowerCase() : e.target.value;
      state.page = 0;
      state.open = -1;
      drawTable();
    };
    const sevRows = SEV.map((v) => [v, findings.filter((f) => f.s === v).length]).filter((r) => r[1]);
    return el(
      'div',
      { class: 'filters', role: 'search' },
      el('label', {}, 'Search', el('input', { type: 'search', id: 'f-search', placeholder: 'rule, path, author, commit…', oninput: on('q', true) })),
      el('label', {}, 'Severity', el('select', { id: 'f-severity', onchange: on('sev') }, options(sevRows, 'all'))),
      el('label', {}, 'Rule', el('select', { id: 'f-rule', onchange: on('rule') }, options(count(findings, (f) => f.r), 'all'))),
      el('label', {}, 'Confidence', el('select', { id: 'f-confidence', onchange: on('conf') }, options(count(findings, (f) => f.c), 'all'))),
      el('label', {}, 'Present', el('select', { id: 'f-present', onchange: on('present') }, el('option', { value: '' }, 'all'), el('option', { value: 'present' }, 'still present'), el('option', { value: 'history' }, 'history only'))),
      el('label', {}, 'Path', el('input', { type: 'text', id: 'f-path', oninput: on('path', true) })),
      el('label', {}, 'Author', el('input', { type: 'text', id: 'f-author', oninput: on('author', true) })),
    );
  }
  function header(key, text, cls) {
    const arrow = state.sort === key ? (state.desc ? ' ▼' : ' ▲') : '';
    const sortBy = () => {
      state.desc = state.sort === key ? !state.desc : false;
      state.sort = key;
      drawTable();
    };
    return el('th', { class: cls, scope: 'col', 'aria-sort': state.sort === key ? (state.desc ? 'descending' : 'ascending') : 'none' }, el('button', { onclick: sortBy }, text + arrow));
  }
  function detail(f) {
    const rule = data.rules[f.r];
    return el(
      'tr',
      { class: 'detail' },
      el(
        'td',
        { colspan: 8 },
        rule ? el('div', {}, el('strong', {}, f.r), ' — ', rule.d) : null,
        f.x ? el('div', {}, 'Secret: ', el('code', {}, f.x)) : null,
        f.z !== undefined ? el('div', {}, 'Size: ' + bytes(f.z)) : null,
        el('pre', { class: 'mono' }, f.sn),
        f.ls ? el('div', {}, 'Also at line' + (f.ls.length === 1 ? ' ' : 's ') + f.ls.slice(0, 10).join(', ') + (f.ls.length > 10 ? ', and ' + (f.ls.length - 10) + ' more' : '')) : null,
        f.ci ? el('div', { class: 'muted' }, 'Commit ', el('code', {}, f.ci), ' · ' + (f.d || '') + ' · ' + (f.a || '') + ' · ', f.m || '') : null,
        el('div', { class: 'muted' }, 'Fingerprint ', el('code', {}, f.fp), f.o ? ' · also in ' + fmt(f.o) + ' other place' + (f.o === 1 ? '' : 's') : ''),
        f.rm ? el('div', {}, 'Removed from this path in ', el('code', {}, f.rm[0].slice(0, 10)), ' (' + f.rm[1].slice(0, 10) + ': ', f.rm[2], ')') : null,
        f.refs ? el('div', {}, f.refs.length ? 'Held by ' + f.refs.length + ' ref' + (f.refs.length === 1 ? '' : 's') + ': ' : 'Held by no branch or tag', f.refs.slice(0, 8).map((r, j) => [j ? ', ' : '', el('code', {}, r.replace(/^refs\/(heads|remotes)\//, '').replace(/^refs\/tags\//, 'tag '))]), f.refs.length > 8 ? ' and ' + (f.refs.length - 8) + ' more' : '') : null,
        el('div', {}, el('strong', {}, 'Next: '), f.k === 'hygiene' ? (presence(f) === 'history' ? 'purge the path from history (leakgate remediate writes paths.txt), or allow it.' : 'remove it or move it to Git LFS, or allow it.') : presence(f) === 'present' ? '1. rotate or revoke it (see Remediation); 2. remove it from the tree; 3. purge the history, or allow it if it is not a secret.' : '1. rotate or revoke it (see Remediation); 2. purge the history (leakgate remediate), or allow it if it is not a secret.'),
      ),
    );
  }
  function drawTable() {
    const rows = filtered();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    const shown = rows.slice(state.page * PAGE, state.page * PAGE + PAGE);
    const body = el('tbody', {});
    for (const f of shown) {
      const toggle = () => {
        state.open = state.open === f.i ? -1 : f.i;
        drawTable();
        const again = document.querySelector('tr.row[data-i="' + f.i + '"]');
        if (again) again.focus();
      };
      body.append(
        el(
          'tr',
          { class: 'row', tabindex: 0, 'data-i': f.i, 'aria-expanded': state.open === f.i ? 'true' : 'false', onclick: toggle, onkeydown: (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), toggle()) },
          el('td', { class: 'sev sev-' + f.s }, f.s),
          el('td', { class: 'opt' }, f.c),
          el('td', {}, el('code', {}, f.r)),
          el('td', { class: 'path' }, el('code', {}, f.p + (f.l ? ':' + f.l : ''))),
          el('td', { class: 'opt' }, f.ci ? el('code', {}, f.ci.slice(0, 10)) : ''),
          el('td', { class: 'opt' }, f.d ? f.d.slice(0, 10) : ''),
          el('td', { class: 'opt' }, f.a || ''),
          el('td', { class: 'present-' + (f.h === true ? 'yes' : 'no') }, presenceLabel[presence(f)]),
        ),
      );
      if (state.open === f.i) body.append(detail(f));
    }
    const go = (p) => () => {
      state.page = p;
      drawTable();
    };
    const pager = el(
      'div',
      { class: 'pager', 'aria-live': 'polite' },
      el('span', { id: 'shown-count' }, 'showing ' + fmt(shown.length) + ' of ' + fmt(rows.length) + ' matching (' + fmt(findings.length) + ' in all)'),
      el('button', { onclick: go(state.page - 1), disabled: state.page === 0 }, '‹ previous'),
      el('span', {}, 'page ' + (state.page + 1) + ' of ' + pages),
      el('button', { onclick: go(state.page + 1), disabled: state.page >= pages - 1 }, 'next ›'),
    );
    const table = el(
      'table',
      {},
      el('thead', {}, el('tr', {}, header('sev', 'Severity'), header('conf', 'Confidence', 'opt'), header('rule', 'Rule'), header('path', 'Location'), el('th', { class: 'opt', scope: 'col' }, 'Commit'), header('date', 'Date', 'opt'), header('author', 'Author', 'opt'), header('present', 'Present'))),
      body,
    );
    tableHost.replaceChildren(pager, el('div', { class: 'tablewrap' }, table));
  }

  // --- hygiene, remediation, diagnostics -----------------------------------------------------------------------
  function hygiene() {
    const files = findings.filter((f) => f.k === 'hygiene');
    if (files.length === 0 && data.largest.length === 0) return null;
    const list = data.largest.length ? data.largest.map((b) => ({ p: b.p, z: b.z, h: b.h })) : files.filter((f) => f.z !== undefined).sort((a, b) => b.z - a.z);
    return el(
      'section',
      {},
      el('h2', {}, 'Hygiene and largest blobs'),
      el('p', { class: 'muted' }, fmt(files.length) + ' hygiene finding' + (files.length === 1 ? '' : 's') + ' (large, binary or junk files, committed dependency folders).'),
      list.length
        ? el('div', { class: 'tablewrap' }, el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Size'), el('th', {}, 'Path'), el('th', {}, 'Present'))), el('tbody', {}, list.slice(0, 20).map((b) => el('tr', {}, el('td', {}, bytes(b.z)), el('td', { class: 'path' }, el('code', {}, b.p)), el('td', {}, b.h === undefined ? '' : b.h ? 'still present' : 'history only'))))))
        : null,
    );
  }
  function remediation() {
    const ids = Object.keys(data.rules).filter((id) => data.rules[id].k !== 'hygiene');
    if (ids.length === 0) return null;
    const byRule = new Map(count(findings, (f) => f.r));
    return el(
      'section',
      {},
      el('h2', {}, 'Remediation'),
      el(
        'ol',
        { class: 'steps' },
        el('li', {}, el('strong', {}, 'Rotate or revoke every secret first.'), ' Removing it from the repository does not un-leak it: every clone, fork and cache keeps the old history.'),
        el('li', {}, 'Then, for each finding: a false positive or test value is allowed (baseline, ignore file or an allow comment); a real secret still present is removed from the tree; a secret only in history is purged with ', el('code', {}, 'leakgate remediate --out DIR'), ', which writes the git filter-repo plan.'),
        el('li', {}, 'Finally scan again to prove the rewritten history clean.'),
      ),
      ids.map((id) => {
        const r = data.rules[id];
        return el(
          'details',
          {},
          el('summary', {}, el('code', {}, id), ' — ' + fmt(byRule.get(id) || 0) + ' finding' + (byRule.get(id) === 1 ? '' : 's') + ': ' + r.d),
          r.rem ? el('pre', {}, r.rem) : null,
          r.refs.length ? el('ul', {}, r.refs.map((u) => el('li', {}, safeUrl(u) ? el('a', { href: safeUrl(u), rel: 'noreferrer noopener', target: '_blank' }, u) : u))) : null,
        );
      }),
    );
  }
  function diagnostics() {
    if (data.diagnostics.length === 0) return null;
    return el(
      'section',
      {},
      el('h2', {}, 'Diagnostics (' + fmt(data.diagnostics.length) + ')'),
      el('div', { class: 'tablewrap' }, el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Code'), el('th', {}, 'Path'), el('th', {}, 'Detail'))), el('tbody', {}, data.diagnostics.slice(0, 500).map((d) => el('tr', {}, el('td', {}, el('code', {}, d.code + (d.incomplete ? ' (not fully scanned)' : ''))), el('td', { class: 'path' }, d.path), el('td', {}, d.detail)))))),
      data.diagnostics.length > 500 ? el('p', { class: 'muted' }, 'the first 500 are shown; the JSON report has them all') : null,
    );
  }

  const started = performance.now();
  app.replaceChildren(
    el(
      'main',
      {},
      el('header', { class: 'top' }, el('h1', {}, 'leakgate report'), el('button', { id: 'theme', onclick: toggleTheme, 'aria-label': 'Switch light or dark theme' }, 'light / dark')),
      summary(),
      findings.length
        ? el(
            'section',
            {},
            el('div', { class: 'grid2' }, timeline(), bars('Top paths', count(findings, (f) => f.p)), bars('Top authors', count(findings, (f) => f.a)), bars('Rules', count(findings, (f) => f.r))),
            el('h2', {}, 'Findings'),
            filters(),
            tableHost,
          )
        : null,
      remediation(),
      hygiene(),
      diagnostics(),
    ),
  );
  if (findings.length) drawTable();
  document.body.dataset.renderMs = String(Math.round(performance.now() - started));
  document.body.dataset.readyAt = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
}

/** The page's script: the function above, called once. */
export const HTML_CLIENT = `(${leakgateReport.toString()})();`;

// parley dashboard: compare dyads on one time axis (#compare/BY/A,B/C,D[/...][/goldstein][?filters]).
// GET /api/compare?dyad=A,B&dyad=C,D&by=BY and the dashboard's filters: each dyad's
// events (both directions) per period; one line per dyad, events or the Goldstein mean.
'use strict';

(() => {
  const COLORS = ['#2f5fb3', '#d64545', '#2e8b57', '#f2a541', '#7b4fc9', '#1aa3a3', '#8a5a2b', '#d45fa0'];
  const MAX = 8;
  let seq = 0;

  function hashFor(by, dyads, metric) {
    const path = dyads.map(([a, b]) => `${encodeURIComponent(a)},${encodeURIComponent(b)}`).join('/');
    return `#compare/${by}${path ? `/${path}` : ''}${metric === 'goldstein' ? '/goldstein' : ''}${ParleyFilters.hashQuery()}`;
  }

  function parse(route) {
    const by = PV.byOr(route.parts[0], PV.currentBy());
    const rest = route.parts.slice(1).filter(Boolean);
    const dyads = rest.filter((p) => p.includes(',')).map((p) => p.toUpperCase().split(',')).filter((d) => d.length === 2 && d[0] && d[1]);
    return { by, dyads, metric: rest.includes('goldstein') ? 'goldstein' : 'events' };
  }

  function form(state) {
    const rows = el('div', { class: 'compare-rows' });
    const addRow = (a = '', b = '') => {
      if (rows.children.length >= MAX) return;
      const row = el('div', { class: 'row compare-row', dataset: { testid: 'compare-row' } },
        el('input', { value: a, placeholder: 'A', class: 'code-input', dataset: { testid: 'compare-a' }, spellcheck: false, attrs: { 'aria-label': 'actor A' } }),
        el('span', { class: 'dyad-sep', text: '↔' }),
        el('input', { value: b, placeholder: 'B', class: 'code-input', dataset: { testid: 'compare-b' }, spellcheck: false, attrs: { 'aria-label': 'actor B' } }),
        el('button', { type: 'button', text: '×', title: 'remove', on: { click: () => row.remove() } }));
      rows.append(row);
    };
    const list = state.dyads.length ? state.dyads : [['', ''], ['', '']];
    for (const [a, b] of list) addRow(a, b);
    if (list.length < 2) addRow();
    const metric = el('select', { dataset: { testid: 'compare-metric' } },
      el('option', { value: 'events', text: 'events', selected: state.metric === 'events' }),
      el('option', { value: 'goldstein', text: 'Goldstein mean', selected: state.metric === 'goldstein' }));
    const f = el('form', { class: 'compare-form', autocomplete: 'off' }, rows,
      el('div', { class: 'row' },
        el('button', { type: 'button', text: '+ dyad', dataset: { testid: 'compare-add' }, on: { click: () => addRow() } }),
        el('label', { class: 'field narrow' }, el('span', { text: 'Show' }), metric),
        el('button', { type: 'submit', class: 'primary', text: 'Compare', dataset: { testid: 'compare-submit' } })));
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      const dyads = [...rows.children].map((r) => [...r.querySelectorAll('input')].map((i) => i.value.trim().toUpperCase()))
        .filter(([a, b]) => a && b);
      location.hash = hashFor(PV.currentBy(), dyads, metric.value);
    });
    return f;
  }

  async function show(route) {
    const state = parse(route);
    document.getElementById('by').value = state.by;
    const card = PV.viewCard('view-compare', 'compare');
    card.hidden = false;
    const mine = ++seq;
    const status = el('p', { class: 'muted small', dataset: { testid: 'compare-status' } });
    const out = el('div', {});
    card.replaceChildren(el('div', { class: 'card-head' }, el('h2', { text: 'Compare dyads' })), form(state), status, out);
    if (state.dyads.length < 2) {
      status.textContent = 'Enter two or more dyads (actor codes, e.g. ARM ↔ AZE and RUS ↔ UKR).';
      return;
    }
    status.textContent = 'Loading…';
    let r;
    try {
      const q = new URLSearchParams({ by: state.by, ...ParleyFilters.apiParams() });
      for (const [a, b] of state.dyads) q.append('dyad', `${a},${b}`);
      r = await api(`/api/compare?${q}`);
    } catch (e) {
      if (mine !== seq) return;
      status.replaceWith(el('p', { class: 'error', role: 'alert', text: String(e), dataset: { testid: 'compare-error' } }));
      return;
    }
    if (mine !== seq) return;
    render(out, status, r, state);
  }

  function render(out, status, r, state) {
    const { by, metric } = state;
    const labels = PV.allPeriods(r.periods, by);
    const value = (row) => (metric === 'goldstein' ? row.goldstein_mean : row.events);
    const series = r.dyads.map((d, i) => {
      const byPeriod = new Map(d.rows.map((row) => [row.period, row]));
      return {
        label: `${d.a} ↔ ${d.b}`,
        color: COLORS[i % COLORS.length],
        scale: metric === 'goldstein' ? 'g' : 'n',
        // Counts are 0 in empty periods; a mean has no value there (the line breaks).
        values: labels.map((p) => (byPeriod.has(p) ? value(byPeriod.get(p)) : metric === 'goldstein' ? null : 0)),
        byPeriod,
      };
    });
    status.textContent = `${r.dyads.map((d) => `${d.a} ↔ ${d.b}: ${PV.plural(d.events, 'event')}`).join(' · ')} · by ${by}, both directions.`;
    const chartBox = el('div', { class: 'chart view-chart', dataset: { testid: 'compare-chart' } });
    const table = el('table', { class: 'data mini', dataset: { testid: 'compare-table' } },
      el('thead', {}, el('tr', {}, el('th', { text: 'Period' }),
        ...r.dyads.map((d, i) => el('th', { class: 'num' }, el('span', { class: 'swatch', style: `background:${COLORS[i % COLORS.length]}` }),
          PV.dyadLink(d.a, d.b, by))))),
      el('tbody', {}, ...r.periods.slice().reverse().map((p) => el('tr', { dataset: { period: p } },
        el('td', { text: periodLabel(p, by) }),
        ...series.map((s) => {
          const row = s.byPeriod.get(p);
          if (!row) return el('td', { class: 'num muted', text: '·' });
          return el('td', { class: 'num' }, fmtInt(row.events), ' ',
            el('span', { class: `goldstein ${goldsteinClass(row.goldstein_mean)}`, text: `(${fmtGoldstein(row.goldstein_mean)})` }));
        })))));
    out.replaceChildren(chartBox,
      el('p', { class: 'muted small', text: metric === 'goldstein'
        ? 'Goldstein mean per period (−10 … +10); the line breaks where a dyad has no events.'
        : 'Events per period (both directions).' }),
      el('h3', { text: 'Per period' }, el('small', { text: 'events (Goldstein mean)' })),
      el('div', { class: 'table-wrap' }, table));
    PV.periodChart(chartBox, labels, series, { labelOf: (p) => periodLabel(p, by) });
  }

  window.parleyViews.compare = {
    show,
    hide() { const c = document.getElementById('view-compare'); if (c) c.hidden = true; },
  };
  PV.followPeriodSelector('compare', (route, by) => {
    const s = parse(route);
    return hashFor(by, s.dyads, s.metric);
  });
})();

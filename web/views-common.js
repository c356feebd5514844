// parley dashboard: what the overview, actor, network and compare views share
// (overview.js, actor.js, network.js, compare.js). Plain deferred scripts loaded
// before app.js; they use app.js's helpers (el, api, query, $ ...) only when a view
// is shown, after every script has run. The shared pieces are `PV.*`. Views register
// in window.parleyViews:
//   name -> { show(route), hide() }   (route: {hash, parts, params} of the URL hash)
'use strict';

window.parleyViews = window.parleyViews || {};

// eslint-disable-next-line no-unused-vars
const PV = (() => {
  /** '#network/a/b?x=1' -> {name: 'network', parts: ['a', 'b'], params: URLSearchParams}. */
  function parseViewHash(hash) {
    const h = (hash || '').replace(/^#/, '');
    const q = h.indexOf('?');
    const path = q < 0 ? h : h.slice(0, q);
    const parts = path.split('/').map((p) => decodeURIComponent(p));
    return { name: parts[0], parts: parts.slice(1), params: new URLSearchParams(q < 0 ? '' : h.slice(q + 1)) };
  }

  const BY_VALUES = ['day', 'week', 'month'];
  const byOr = (s, fallback) => (BY_VALUES.includes(s) ? s : fallback);
  const currentBy = () => byOr(document.getElementById('by').value, 'day');

  /** The card a view draws into, created on first use inside #views-extra. */
  function viewCard(id, testid) {
    let card = document.getElementById(id);
    if (!card) {
      card = el('section', { class: 'card view-card', id, dataset: { testid } });
      card.hidden = true;
      document.getElementById('views-extra').append(card);
    }
    return card;
  }

  /** Goldstein mean -> a colour from red (-10) through grey (0) to green (+10). */
  function goldsteinColor(g) {
    if (g == null || Number.isNaN(g)) return '#9aa3b2';
    const t = Math.max(-1, Math.min(1, g / 10));
    const grey = [154, 163, 178];
    const end = t < 0 ? [200, 40, 40] : [30, 140, 70];
    const k = Math.abs(t) ** 0.7;
    const c = grey.map((v, i) => Math.round(v + (end[i] - v) * k));
    return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
  }

  /** A small table: columns [{label, num, cell(row) -> Node|string}], rows. */
  function miniTable(testid, columns, rows, empty) {
    const body = rows.length
      ? rows.map((r) => el('tr', { dataset: r._data || {} },
        ...columns.map((c) => {
          const v = c.cell(r);
          return el('td', { class: c.num ? 'num' : '' }, v instanceof Node ? v : String(v == null ? '–' : v));
        })))
      : [el('tr', {}, el('td', { colSpan: columns.length, class: 'muted', text: empty || 'None.' }))];
    return el('table', { class: 'data mini', dataset: { testid } },
      el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { class: c.num ? 'num' : '', text: c.label })))),
      el('tbody', {}, ...body));
  }

  /** "1 event", "3 events". */
  const plural = (n, word) => `${fmtInt(n)} ${word}${n === 1 ? '' : 's'}`;
  const fmtChange = (n) => (n == null ? '–' : (n > 0 ? `+${fmtInt(n)}` : fmtInt(n)));
  const fmtGoldsteinChange = (g) => (g == null ? '–' : `${g > 0 ? '+' : ''}${Number(g).toFixed(1)}`);
  const actorLink = (code, by) => el('a', { href: `#actor/${encodeURIComponent(code)}/${by}${ParleyFilters.hashQuery()}`, class: 'code', text: code });
  const dyadLink = (a, b, by, text) => el('a', { href: dyadHash(a, b, by), text: text || `${a} ↔ ${b}`, class: 'code' });

  /**
   * A uPlot chart over period labels (x = index). series: [{label, color, values,
   * bars (stacked with the other bar series, in order), scale: 'n' (left) | 'g'
   * (Goldstein, right, -10..+10)}]. Lines break where a value is null.
   * Returns the plot (or null when there is nothing to draw).
   */
  function periodChart(box, labels, series, { onClick, height = 260, labelOf = (p) => p } = {}) {
    if (box._plot) { box._plot.destroy(); box._plot = null; }
    box.replaceChildren();
    if (!labels.length || typeof uPlot === 'undefined') {
      if (labels.length) box.append(el('p', { class: 'muted small', text: 'The chart library is not loaded (make web).' }));
      return null;
    }
    const n = labels.length;
    const barSeries = series.filter((s) => s.bars);
    // Bars stack: the first bar series draws the sum of all, the last only itself.
    const stackedValues = new Map();
    for (let k = 0; k < barSeries.length; k++) {
      stackedValues.set(barSeries[k], labels.map((_, i) => barSeries.slice(k).reduce((acc, s) => acc + (s.values[i] || 0), 0)));
    }
    const barsPath = uPlot.paths.bars({ size: [0.72, 40, 2], align: 0 });
    const hasG = series.some((s) => s.scale === 'g');
  const hasN = series.some((s) => (s.scale || 'n') === 'n');
    const opts = {
      width: Math.max(320, box.clientWidth || 800),
      height,
      cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false } },
      legend: { live: true },
      scales: {
        x: { time: false, range: () => [-0.5, n - 0.5] },
        n: { range: (u, min, max) => [0, Math.max(2, Math.ceil((max || 0) * 1.15))] },
        g: { range: [-10, 10] },
      },
      axes: [
        {
          splits: (u) => {
            const step = Math.max(1, Math.ceil(n / Math.max(1, (u.bbox.width / devicePixelRatio) / 95)));
            const out = [];
            for (let i = 0; i < n; i += step) out.push(i);
            return out;
          },
          values: (u, splits) => splits.map((i) => (labels[i] == null ? '' : labels[i])),
          grid: { show: false }, stroke: '#5b6472',
        },
        ...(hasN ? [{ scale: 'n', stroke: '#5b6472', size: 48, grid: { stroke: '#e8ebf0', width: 1 }, ticks: { show: false } }] : []),
        ...(hasG ? [{
          scale: 'g', side: 1, stroke: '#1f3a5f', size: 44, grid: { show: false }, ticks: { show: false },
          splits: () => [-10, -5, 0, 5, 10], values: (u, s) => s.map((v) => (v > 0 ? `+${v}` : `${v}`)),
        }] : []),
      ],
      series: [
        { label: 'period', value: (u, v) => (v == null ? '' : labelOf(labels[v])) },
        ...series.map((s) => (s.bars ? {
          label: s.label, scale: s.scale || 'n', stroke: s.color, fill: s.color, width: 0, paths: barsPath,
          points: { show: false }, value: (u, v, si, i) => (i == null ? '' : fmtInt(s.values[i] || 0)),
        } : {
          label: s.label, scale: s.scale || 'n', stroke: s.color, width: 2, spanGaps: false,
          points: { show: n <= 80, size: 6, fill: '#fff' },
          value: (u, v) => (v == null ? '–' : s.scale === 'g' ? fmtGoldstein(v) : fmtInt(v)),
        })),
      ],
    };
    const data = [labels.map((_, i) => i), ...series.map((s) => (s.bars ? stackedValues.get(s) : s.values))];
    const plot = new uPlot(opts, data, box);
    box._plot = plot;
    if (onClick) {
      plot.over.style.cursor = 'pointer';
      plot.over.addEventListener('click', () => {
        const i = plot.cursor.idx;
        if (i != null && labels[i] != null) onClick(labels[i], i);
      });
    }
    return plot;
  }

  new ResizeObserver(() => {
    for (const box of document.querySelectorAll('.view-chart')) {
      if (!box._plot) continue;
      const w = Math.max(320, box.clientWidth);
      if (Math.abs(w - box._plot.width) > 2) box._plot.setSize({ width: w, height: box._plot.height });
    }
  }).observe(document.documentElement);

  /** Every period between the first and last label (so gaps show), as app.js does. */
  function allPeriods(present, by) {
    return typeof fillPeriods === 'function' ? fillPeriods(present, by) : present.slice();
  }

  /** Re-shows the current view when the Period selector changes (for views that use it). */
  function followPeriodSelector(name, hashFor) {
    document.getElementById('by').addEventListener('change', () => {
      const r = parseViewHash(location.hash);
      const active = r.name === name || (name === 'overview' && !r.name);
      if (active) location.hash = hashFor(r, currentBy());
    });
  }

  return {
    parseViewHash, byOr, currentBy, plural, viewCard, goldsteinColor, miniTable, fmtChange, fmtGoldsteinChange,
    actorLink, dyadLink, periodChart, allPeriods, followPeriodSelector,
  };
})();

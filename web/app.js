// parley dashboard: a thin client of `parley serve` (docs/API.md).
// A plain deferred script: no framework, no build step. uPlot is loaded as a
// global from /vendor/. All data is put into the page with textContent / DOM
// nodes, never as HTML.
'use strict';

const QUADS = [
  { key: 'q1', label: 'verbal cooperation', color: '#7cc47f' },
  { key: 'q2', label: 'material cooperation', color: '#2e8b57' },
  { key: 'q3', label: 'verbal conflict', color: '#f2a541' },
  { key: 'q4', label: 'material conflict', color: '#d64545' },
];
// Fallback labels for records that carry no `name` (POST /api/code returns the
// records of `parley code`, which have the code but not its name).
const ROOT_NAMES = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate',
  '04': 'Consult', '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation',
  '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove',
  '12': 'Reject', '13': 'Threaten', '14': 'Protest', '15': 'Exhibit force posture',
  '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Use unconventional mass violence',
};
// Events per page; `?page_size=N` in the page URL overrides it (1..1000).
const PAGE_SIZE = Math.min(1000, Math.max(1,
  Number(new URLSearchParams(location.search).get('page_size')) || 50));
const MAX_FILLED_PERIODS = 20000;

// ---------------------------------------------------------------- helpers

const $ = (id) => document.getElementById(id);

/** Creates an element. props: class, text, title, href, dataset, attrs, on. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'attrs') for (const [a, av] of Object.entries(v)) node.setAttribute(a, av);
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node[k] = v;
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  toString() { return `${this.code ? `Error ${this.code}: ` : ''}${this.message}`; }
}

/** Fetches a JSON API path; non-2xx answers throw ApiError({code, message}). */
async function api(path, options = {}) {
  let res;
  try {
    res = await fetch(path, options);
  } catch (e) {
    throw new ApiError(0, `cannot reach the server (${e.message})`);
  }
  let body = null;
  const text = await res.text();
  try { body = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  if (!res.ok) {
    const message = body && body.message ? body.message : (text.trim() || res.statusText);
    throw new ApiError(body && body.code ? body.code : res.status, message);
  }
  if (body === null) throw new ApiError(res.status, 'the server answered with no JSON');
  return body;
}

function showError(id, err) {
  const node = $(id);
  if (!err) { node.hidden = true; node.textContent = ''; return; }
  node.textContent = err instanceof ApiError ? err.toString() : `Error: ${err.message || err}`;
  node.hidden = false;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  return q.toString();
}

const fmtGoldstein = (g) => (g == null || Number.isNaN(g) ? '—' : (g > 0 ? '+' : '') + Number(g).toFixed(1));
const goldsteinClass = (g) => (g > 0 ? 'pos' : g < 0 ? 'neg' : 'zero');
const fmtInt = (n) => (n == null ? '–' : Number(n).toLocaleString('en'));

// ------------------------------------------------------------ dates/periods

const DAY_MS = 86400000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (s) => Date.parse(`${s}T00:00:00Z`);

/** [from, to] dates (inclusive) covered by a period label of the `by` kind. */
function periodRange(period, by) {
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number);
    return [`${period}-01`, isoDay(Date.UTC(y, m, 0))]; // day 0 of next month
  }
  if (by === 'week') return [period, isoDay(dayMs(period) + 6 * DAY_MS)];
  return [period, period];
}

function nextPeriod(period, by) {
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number);
    return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
  }
  return isoDay(dayMs(period) + (by === 'week' ? 7 : 1) * DAY_MS);
}

function periodLabel(period, by) {
  return by === 'week' ? `week of ${period}` : period;
}

/** All periods from first to last (so gaps show as gaps), or just `present` if too many. */
function fillPeriods(present, by) {
  if (present.length < 2) return present.slice();
  const valid = by === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/;
  if (!present.every((p) => valid.test(p))) return present.slice();
  const out = [];
  const last = present[present.length - 1];
  for (let p = present[0]; p <= last; p = nextPeriod(p, by)) {
    out.push(p);
    if (out.length > MAX_FILLED_PERIODS) return present.slice();
  }
  return out;
}

// -------------------------------------------------------- evidence rendering

/**
 * The evidence sentence with source / event / target words highlighted, and the words
 * a search matched (parts with `match`, GET /api/search) marked.
 */
function renderParts(parts, fallbackText) {
  const box = el('span', { class: 'evidence' });
  if (Array.isArray(parts) && parts.length) {
    for (const p of parts) {
      const text = p.match ? el('mark', { class: 'hit', text: p.text, dataset: { testid: 'search-match' } })
        : document.createTextNode(p.text);
      if (p.role) box.append(el('span', { class: `part part-${p.role}`, title: p.role, dataset: { role: p.role } }, text));
      else box.append(text);
    }
  } else if (fallbackText) {
    box.append(document.createTextNode(fallbackText));
  }
  return box;
}

function storyHref(id) { return `#story/${encodeURIComponent(id)}`; }

function actorCell(code, text) {
  return el('td', { class: 'actor' },
    el('span', { class: 'code', text: code }),
    text ? el('span', { class: 'actor-text', text }) : null);
}

function eventCell(code, name, quadClass) {
  const q = QUADS[quadClass - 1];
  return el('td', { class: 'event-code' },
    el('span', { class: `quad-dot ${q ? q.key : ''}`, title: q ? q.label : '' }),
    el('span', { class: 'code', text: code }), ' ',
    el('span', { class: 'code-name', text: name || ROOT_NAMES[String(code).slice(0, 2)] || '' }));
}

function goldsteinCell(g) {
  return el('td', { class: `num goldstein ${goldsteinClass(g)}`, text: fmtGoldstein(g) });
}

// ------------------------------------------------------------------- health

async function loadHealth() {
  try {
    const h = await api('/api/health');
    $('health-events').textContent = fmtInt(h.events);
    $('health-stories').textContent = fmtInt(h.stories);
    $('health').title = `status ${h.status}, schema ${h.schema_version}${h.writable ? ', writable' : ''}`;
    ParleyCorrections.setWritable(h.writable);
  } catch (e) {
    $('health').replaceChildren(el('span', { class: 'stat offline', text: `server: ${e.message}` }));
  }
}

// ------------------------------------------------------------- suggestions

function attachSuggestions(input, list) {
  let timer = null;
  let seq = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { list.replaceChildren(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await api(`/api/actors?${query({ q, limit: 12 })}`);
        if (mine !== seq) return;
        list.replaceChildren(...r.actors.map((a) =>
          el('option', { value: a.code, label: `${a.name || ''} · ${fmtInt(a.events)} events` })));
      } catch { /* suggestions are optional */ }
    }, 150);
  });
}

// -------------------------------------------------------------------- state

const state = {
  key: null,          // "A|B|by" of the loaded dyad
  a: '', b: '', by: 'day',
  dyad: null,         // the /api/dyads answer
  direction: 'both',
  selected: null,     // selected period label
  plot: null,
  chart: null,        // {labels, raw, present}
  eventsQuery: null,  // params of the events table
  eventsCursor: null,
  lastDashboardHash: '#',
  selection: null,    // API params of the view's events (for exports), or null
};

// ------------------------------------------------------------------ routing

function parseHash() {
  const h = ParleyFilters.parseHash(location.hash).path; // the filters after '?' (filters.js)
  const parts = h.split('/');
  if (parts[0] === 'story' && parts.length > 1) {
    return { view: 'story', id: decodeURIComponent(parts.slice(1).join('/')) };
  }
  const by = (s) => (['day', 'week', 'month'].includes(s) ? s : 'day');
  if (parts[0] === 'dyad' && parts[1] && parts[2]) {
    return { view: 'dyad', a: decodeURIComponent(parts[1]).toUpperCase(), b: decodeURIComponent(parts[2]).toUpperCase(), by: by(parts[3]), period: parts[4] ? decodeURIComponent(parts[4]) : null };
  }
  if (parts[0] === 'actor' && parts[1]) {
    return { view: 'actor', a: decodeURIComponent(parts[1]).toUpperCase(), by: by(parts[2]) };
  }
  return { view: 'home' };
}

const dyadHash = (a, b, by, period, changes) =>
  `#dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}/${by}${period ? `/${encodeURIComponent(period)}` : ''}`
  + ParleyFilters.hashQuery(changes);

async function route() {
  const r = parseHash();
  const story = r.view === 'story';
  $('view-dashboard').hidden = story;
  $('view-story').hidden = !story;
  $('paste').hidden = story;
  $('filters').hidden = story;
  for (const v of Object.values(window.parleyViews || {})) v.hide();
  if (story) { await showStory(r.id); return; }
  state.lastDashboardHash = location.hash || '#';
  $('filters').hidden = false;
  state.selection = null;
  if (r.view === 'dyad') state.selection = { dyad: `${r.a},${r.b}`, ...ParleyFilters.apiParams() };
  else if (r.view === 'actor') state.selection = { actor: r.a, ...ParleyFilters.apiParams() };
  ParleyFilters.sync();
  const extra = location.hash.replace(/^#/, '').split(/[/?]/)[0];
  if (r.view === 'dyad') await showDyad(r.a, r.b, r.by, r.period);
  else if (r.view === 'actor') await showActor(r.a, r.by);
  else if (!await showExtraView(extra)) showHome();
}

// The overview, network and compare views (overview.js, network.js, compare.js)
// register in window.parleyViews; false when `name` is none of them.
async function showExtraView(name) {
  const view = (window.parleyViews || {})[name];
  if (!view || view.routed) return false;
  state.key = null;
  state.selected = null;
  $('empty-hint').hidden = true;
  $('timeline').hidden = true;
  $('events').hidden = true;
  await view.show(PV.parseViewHash(location.hash));
  return true;
}

// The events an export takes: the events table's query when one is shown, else the view's.
ParleyFilters.selection = () => {
  if (!state.selection) return null;
  const q = state.eventsQuery && !$('events').hidden ? state.eventsQuery : state.selection;
  const out = { ...q };
  delete out.limit;
  delete out.cursor;
  return out;
};

function setPicker(a, b, by) {
  $('dyad-a').value = a || '';
  $('dyad-b').value = b || '';
  $('by').value = by || 'day';
}

function showHome() {
  state.key = null;
  setPicker('', '', $('by').value);
  $('empty-hint').hidden = false;
  $('timeline').hidden = true;
  $('events').hidden = true;
  if (window.parleyViews && window.parleyViews.overview) window.parleyViews.overview.show(PV.parseViewHash('#overview'));
}

// -------------------------------------------------------------------- dyad

async function showDyad(a, b, by, period) {
  setPicker(a, b, by);
  $('empty-hint').hidden = true;
  $('timeline').hidden = false;
  showError('pick-error', null);
  // The series is fetched whole (the filters but not the dates): the date range only
  // moves the axis, so zooming needs no request.
  const filterQuery = query(ParleyFilters.apiParams({ dates: false }));
  const key = `${a}|${b}|${by}|${filterQuery}`;
  if (state.key !== key) {
    const sameDyad = state.key && state.key.startsWith(`${a}|${b}|${by}|`);
    state.key = key;
    Object.assign(state, { a, b, by, selected: null, dyad: null });
    if (!sameDyad) state.direction = 'both';
    $('timeline-title').textContent = `${a} ↔ ${b} by ${by}`;
    $('chart-note').textContent = 'Loading…';
    $('events').hidden = true;
    try {
      const d = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}?${query({ by })}${filterQuery ? `&${filterQuery}` : ''}`);
      if (state.key !== key) return;
      state.dyad = d;
      renderDirections();
      renderTimeline();
    } catch (e) {
      if (state.key !== key) return;
      state.key = null;
      $('timeline').hidden = true;
      showError('pick-error', e);
      return;
    }
  }
  else renderTimeline(); // the same series, perhaps another date range or scale
  if (period) selectPeriod(period);
  else if (state.selected) { state.selected = null; markSelected(); $('events').hidden = true; }
  ParleyFilters.updateExports();
}

function directionRows() {
  return (state.dyad ? state.dyad.rows : []).filter((r) => r.direction === state.direction);
}

function renderDirections() {
  const d = state.dyad;
  const dirs = ['both', `${d.a}->${d.b}`, `${d.b}->${d.a}`];
  const box = $('direction');
  box.replaceChildren(...dirs.map((dir) => el('button', {
    type: 'button',
    class: dir === state.direction ? 'active' : '',
    text: dir === 'both' ? 'both' : dir.replace('->', ' → '),
    dataset: { testid: `direction-${dir === 'both' ? 'both' : dir === dirs[1] ? 'ab' : 'ba'}`, direction: dir },
    attrs: { role: 'radio', 'aria-checked': String(dir === state.direction) },
    on: { click: () => { state.direction = dir; renderDirections(); renderTimeline(); } },
  })));
}

/** The period label of a date (YYYY-MM-DD) for the `by` kind. */
function periodOfDate(date, by) {
  if (by === 'month') return date.slice(0, 7);
  if (by === 'week') {
    const ms = dayMs(date);
    const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0
    return isoDay(ms - weekday * DAY_MS);
  }
  return date;
}

/**
 * The axis: the URL's from/to when given, else where the events are dense (the API's
 * `dense`: the shortest range holding 95% of them). Returns period labels.
 */
function axisRange(present) {
  const f = ParleyFilters.current;
  const d = state.dyad.dense || {};
  const dense = state.direction === 'both' && d.from && d.to && d.narrowed;
  let first = present[0];
  let last = present[present.length - 1];
  let source = 'all';
  if (f.from || f.to) {
    if (f.from) first = periodOfDate(f.from, state.by);
    if (f.to) last = periodOfDate(f.to, state.by);
    source = 'chosen';
  } else if (dense) {
    first = d.from;
    last = d.to;
    source = 'dense';
  }
  return { first, last, source };
}

function renderTimeline() {
  const rows = directionRows();
  const by = state.by;
  const norm = ParleyFilters.current.norm === '1';
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const dated = rows.map((r) => r.period).filter(Boolean);
  const range = dated.length ? axisRange(dated) : null;
  const inRange = range ? dated.filter((p) => p >= range.first && p <= range.last) : [];
  const outside = range ? dated.filter((p) => p < range.first || p > range.last) : [];
  // Every period of the axis, empty ones too, so that the Goldstein line breaks there.
  const labels = range ? fillPeriods([range.first, ...inRange, range.last].filter((p, i, a) => a.indexOf(p) === i).sort(), by) : [];
  const scale = (r) => (norm ? (r.stories ? 1000 / r.stories : 0) : 1);
  const raw = QUADS.map((_, k) => labels.map((p) => (byPeriod.has(p) ? (byPeriod.get(p).quad[k] || 0) * scale(byPeriod.get(p)) : 0)));
  const gold = labels.map((p) => (byPeriod.has(p) ? byPeriod.get(p).goldstein_mean : null));
  state.chart = { labels, raw, gold, byPeriod, norm };

  const total = rows.reduce((s, r) => s + r.events, 0);
  const shown = inRange.reduce((s, p) => s + byPeriod.get(p).events, 0);
  $('chart-note').textContent = rows.length
    ? `${fmtInt(total)} events in ${rows.length} ${by === 'day' ? 'day' : by}${rows.length === 1 ? '' : 's'} with events`
      + `${state.direction === 'both' ? ', both directions' : `, ${state.direction.replace('->', ' → ')}`}`
      + `${shown < total ? `; ${fmtInt(shown)} on this axis` : ''}. Bars: ${norm ? 'events per 1,000 stories of the period' : 'events'} per QuadClass (stacked, left axis); line: Goldstein mean (right axis, −10…+10), broken where a period has no event. Drag across the chart to zoom.`
    : 'No events between these actors.';
  $('axis-range').textContent = range
    ? `Axis ${periodLabel(range.first, by)} – ${periodLabel(range.last, by)} (${range.source === 'dense' ? 'where 95% of the events are' : range.source === 'chosen' ? 'chosen range' : 'all dates'})`
    : '';
  $('axis-range').dataset.source = range ? range.source : '';
  for (const b of $('scale-mode').querySelectorAll('button')) {
    const on = (b.dataset.norm === '1') === norm;
    b.classList.toggle('active', on);
    b.setAttribute('aria-checked', String(on));
  }
  renderOutliers(outside, byPeriod);
  drawChart();
  renderPeriods();
  markSelected();
}

/** The periods with events that the axis leaves out, each a link to its events. */
function renderOutliers(outside, byPeriod) {
  const box = $('outliers');
  box.hidden = !outside.length;
  if (!outside.length) { box.replaceChildren(); return; }
  const n = outside.reduce((s, p) => s + byPeriod.get(p).events, 0);
  const shown = outside.slice(0, 50);
  box.replaceChildren(
    el('span', { class: 'muted small', text: `Outside the axis: ${fmtInt(n)} event${n === 1 ? '' : 's'} in ${outside.length} period${outside.length === 1 ? '' : 's'} ` }),
    ...shown.map((p) => el('a', {
      class: 'chip outlier', href: dyadHash(state.a, state.b, state.by, p),
      text: `${periodLabel(p, state.by)} ×${byPeriod.get(p).events}`, dataset: { testid: 'outlier', period: p },
    })),
    ...(outside.length > shown.length ? [el('span', { class: 'muted small', text: ` and ${outside.length - shown.length} more` })] : []));
}

function renderPeriods() {
  const { labels, byPeriod } = state.chart;
  const tbody = $('periods').tBodies[0];
  const rows = labels.filter((p) => byPeriod.has(p)).reverse().map((p) => {
    const r = byPeriod.get(p);
    const open = () => { location.hash = dyadHash(state.a, state.b, state.by, p); };
    return el('tr', {
      dataset: { period: p }, tabIndex: 0,
      on: { click: open, keydown: (e) => { if (e.key === 'Enter') open(); } },
    },
    el('td', {}, el('button', { type: 'button', class: 'link', text: periodLabel(p, state.by), dataset: { testid: `period-${p}` } })),
    el('td', { class: 'num', text: fmtInt(r.events) }),
    ...QUADS.map((q, k) => el('td', { class: `num ${q.key}`, text: r.quad[k] ? fmtInt(r.quad[k]) : '·' })),
    goldsteinCell(r.goldstein_mean),
    el('td', { class: 'num stories', text: r.stories == null ? '–' : fmtInt(r.stories) }),
    el('td', { class: 'num per1000', text: r.stories ? Number(r.events_per_1000_stories).toFixed(1) : '–' }),
    el('td', { class: 'top-codes' }, ...(r.top_codes || []).map((c) => el('span', { class: 'chip', text: `${c.code} ×${c.count}` }))));
  });
  if (!rows.length) rows.push(el('tr', {}, el('td', { colSpan: 10, class: 'muted', text: 'No periods.' })));
  tbody.replaceChildren(...rows);
}

function markSelected() {
  for (const tr of $('periods').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.period === state.selected);
  if (state.plot) state.plot.redraw(false);
}

function selectPeriod(period) {
  state.selected = period;
  markSelected();
  const [from, to] = periodRange(period, state.by);
  const range = from === to ? '' : ` (${from} – ${to})`;
  loadEvents({ ...ParleyFilters.apiParams(), dyad: `${state.a},${state.b}`, from, to },
    `${state.a} ↔ ${state.b} · ${periodLabel(period, state.by)}${range}`);
}

// -------------------------------------------------------------------- chart

/** Stacks the shown QuadClass series: series k draws the sum of quads k..4. */
function stacked(raw, shown) {
  const n = raw[0].length;
  const out = raw.map(() => new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let k = raw.length - 1; k >= 0; k--) {
      if (shown[k]) acc += raw[k][i];
      out[k][i] = shown[k] ? acc : null;
    }
  }
  return out;
}

function chartData(plot) {
  const { labels, raw, gold } = state.chart;
  const shown = QUADS.map((_, k) => (plot ? plot.series[k + 1].show : true));
  return [labels.map((_, i) => i), ...stacked(raw, shown), gold];
}

function xSplits(u) {
  const n = state.chart.labels.length;
  const width = u.bbox.width / devicePixelRatio;
  const step = Math.max(1, Math.ceil(n / Math.max(1, width / 95)));
  const out = [];
  for (let i = 0; i < n; i += step) out.push(i);
  return out;
}

function drawChart() {
  const box = $('chart');
  if (state.plot) { state.plot.destroy(); state.plot = null; }
  box.replaceChildren();
  const { labels, raw, norm } = state.chart;
  box.hidden = !labels.length;
  if (!labels.length) return;
  const n = labels.length;
  const bars = uPlot.paths.bars({ size: [0.72, 56, 3], align: 0 });
  const many = n > 80;
  const quadSeries = QUADS.map((q, k) => ({
    label: q.label,
    scale: 'n',
    stroke: q.color,
    fill: q.color,
    width: 0,
    paths: bars,
    points: { show: false },
    value: (u, v, si, i) => (i == null ? '' : norm ? Number(raw[k][i]).toFixed(1) : fmtInt(raw[k][i])),
  }));
  const opts = {
    width: Math.max(320, box.clientWidth),
    height: 320,
    // Dragging selects periods to zoom to (setSelect below); the scale is set by the URL.
    cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
    legend: { live: true },
    scales: {
      x: { time: false, range: () => [-0.5, n - 0.5] },
      n: { range: (u, min, max) => [0, norm ? Math.max(1, (max || 0) * 1.15) : Math.max(2, Math.ceil((max || 0) * 1.15))] },
      g: { range: [-10, 10] },
    },
    axes: [
      {
        splits: xSplits,
        values: (u, splits) => splits.map((i) => (labels[i] == null ? '' : labels[i])),
        grid: { show: false },
        ticks: { show: true, size: 4 },
        stroke: '#5b6472',
      },
      {
        scale: 'n', label: norm ? 'events per 1,000 stories' : 'events', stroke: '#5b6472', size: 48,
        grid: { stroke: '#e8ebf0', width: 1 }, ticks: { show: false },
        splits: norm ? undefined : (u, ai, min, max) => integerSplits(max),
      },
      {
        scale: 'g', side: 1, label: 'Goldstein mean', stroke: '#1f3a5f', size: 56,
        grid: { show: false }, ticks: { show: false },
        splits: () => [-10, -5, 0, 5, 10],
        values: (u, s) => s.map((v) => (v > 0 ? `+${v}` : `${v}`)),
      },
    ],
    series: [
      { label: 'period', value: (u, v) => (v == null ? '' : periodLabel(labels[v], state.by)) },
      ...quadSeries,
      {
        label: 'Goldstein mean',
        scale: 'g',
        stroke: '#1f3a5f',
        width: 2.5,
        spanGaps: false, // an empty period (null) breaks the line
        points: { show: true, size: many ? 4 : 9, stroke: '#1f3a5f', fill: '#ffffff', width: many ? 1 : 2.5 },
        value: (u, v, si, i) => (i == null ? '' : fmtGoldstein(v)),
      },
    ],
    hooks: {
      drawClear: [(u) => drawBands(u)],
      setSeries: [(u, si) => { if (si >= 1 && si <= QUADS.length) u.setData(chartData(u), false); }],
      setSelect: [(u) => zoomToSelection(u)],
    },
  };
  const plot = new uPlot(opts, chartData(null), box);
  state.plot = plot;
  plot.setData(chartData(plot), false);
  plot.over.addEventListener('click', () => {
    if (state.zoomed) { state.zoomed = false; return; } // the end of a drag, not a click
    const i = plot.cursor.idx;
    if (i != null && labels[i] != null) location.hash = dyadHash(state.a, state.b, state.by, labels[i]);
  });
  plot.over.style.cursor = 'pointer';
  plot.over.title = 'Click a period to list its events; drag across periods to zoom';
}

/** A drag across the chart: its periods become the date range (from, to) of the URL. */
function zoomToSelection(u) {
  const { left, width } = u.select;
  if (width < 4) return;
  const labels = state.chart.labels;
  const i0 = Math.max(0, Math.round(u.posToVal(left, 'x')));
  const i1 = Math.min(labels.length - 1, Math.round(u.posToVal(left + width, 'x')));
  u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
  if (i1 < i0 || labels[i0] == null) return;
  state.zoomed = true;
  setTimeout(() => { state.zoomed = false; }, 300);
  const from = periodRange(labels[i0], state.by)[0];
  const to = periodRange(labels[i1], state.by)[1];
  location.hash = dyadHash(state.a, state.b, state.by, null, { from, to });
}

function integerSplits(max) {
  const top = Math.max(2, max);
  const step = Math.max(1, Math.ceil(top / 5));
  const out = [];
  for (let v = 0; v <= top; v += step) out.push(v);
  return out;
}

/** Zero line of the Goldstein axis and the selected period's band. */
function drawBands(u) {
  const ctx = u.ctx;
  const { left, top, width, height } = u.bbox;
  ctx.save();
  const y0 = Math.round(u.valToPos(0, 'g', true)) + 0.5;
  ctx.strokeStyle = '#b8c2d0';
  ctx.setLineDash([4, 4]);
  ctx.lineWidth = devicePixelRatio;
  ctx.beginPath(); ctx.moveTo(left, y0); ctx.lineTo(left + width, y0); ctx.stroke();
  ctx.setLineDash([]);
  const i = state.chart ? state.chart.labels.indexOf(state.selected) : -1;
  if (i >= 0) {
    const mid = u.valToPos(i, 'x', true);
    const half = Math.min(u.valToPos(i + 0.5, 'x', true) - mid, 60 * devicePixelRatio);
    const x0 = Math.max(left, mid - half);
    ctx.fillStyle = 'rgba(59, 110, 200, 0.12)';
    ctx.fillRect(x0, top, Math.min(left + width, mid + half) - x0, height);
  }
  ctx.restore();
}

new ResizeObserver(() => {
  if (state.plot) {
    const w = Math.max(320, $('chart').clientWidth);
    if (Math.abs(w - state.plot.width) > 2) state.plot.setSize({ width: w, height: 320 });
  }
}).observe(document.body);

// ------------------------------------------------------------ events table

async function showActor(a, by) {
  setPicker(a, '', by);
  state.key = null;
  state.selected = null;
  $('empty-hint').hidden = true;
  $('timeline').hidden = true;
  showError('pick-error', null);
  if (window.parleyViews && window.parleyViews.actor) window.parleyViews.actor.show(a, by);  // actor.js
  await loadEvents({ actor: a, ...ParleyFilters.apiParams() }, `Events of ${a} (as source or target)`);
}

async function loadEvents(params, title) {
  state.eventsQuery = params;
  state.eventsCursor = null;
  $('events').hidden = false;
  $('events-title').textContent = title;
  $('events-table').tBodies[0].replaceChildren();
  $('events-status').textContent = 'Loading…';
  $('events-more').hidden = true;
  showError('events-error', null);
  await moreEvents();
}

async function moreEvents() {
  const params = state.eventsQuery;
  const btn = $('events-more');
  btn.disabled = true;
  try {
    const r = await api(`/api/events?${query({ ...params, limit: PAGE_SIZE, cursor: state.eventsCursor })}`);
    if (state.eventsQuery !== params) return;
    const tbody = $('events-table').tBodies[0];
    tbody.append(...r.events.map(eventRow));
    state.eventsCursor = r.next_cursor;
    btn.hidden = !r.next_cursor;
    const n = tbody.rows.length;
    $('events-status').textContent = n
      ? `${fmtInt(n)} event${n === 1 ? '' : 's'}${r.next_cursor ? ' so far' : ''}, newest first.`
      : 'No events.';
  } catch (e) {
    if (state.eventsQuery !== params) return;
    showError('events-error', e);
    $('events-status').textContent = '';
  } finally {
    btn.disabled = false;
  }
}

// The API sends at most mentions_limit mentions per event and the full count apart.
function total(e, mentions) {
  return Number.isInteger(e.mentions_total) ? e.mentions_total : mentions.length;
}

/** The correction marker and button under a row's date (nothing when there are none). */
function rowTools(e, rerender) {
  const marker = ParleyCorrections.marker(e);
  const button = ParleyCorrections.button(e, rerender);
  return marker || button ? el('div', { class: 'row-tools' }, marker, button) : null;
}

/** A row of an events table (the events card, search results); `extra` adds to its evidence cell. */
function eventRow(e, extra = null) {
  const mentions = Array.isArray(e.mentions) ? e.mentions : [];
  const shown = mentions.slice(0, 3);
  const modalities = [...new Set(mentions.map((m) => m.modality).filter(Boolean))];
  const first = mentions[0] || {};
  const evidence = el('td', { class: 'evidence-cell' },
    ...shown.map((m) => el('div', { class: 'mention' },
      renderParts(m.parts, m.evidence && m.evidence.text),
      el('span', { class: 'mention-meta' },
        m.mentions > 1 ? el('span', { class: 'chip', text: `×${m.mentions}`, title: 'times the story states it' }) : null,
        m.quantity ? el('span', { class: 'chip', text: `${fmtInt(m.quantity.value)} ${m.quantity.unit || ''}`.trim() }) : null,
        el('a', { href: storyHref(m.story_id), class: 'story-link', text: m.title || m.story_id, dataset: { testid: 'story-link' }, title: 'open the story' })))),
    total(e, mentions) > shown.length ? el('div', { class: 'muted small', text: `+ ${total(e, mentions) - shown.length} more mentions` }) : null);
  if (typeof extra === 'function') evidence.append(extra(e)); else extra = null; // (map passes an index)
  const c = e.correction;
  return el('tr', {
    class: c ? `corrected${c.wrong ? ' wrong' : ''}` : '',
    dataset: { eventId: e.event_id, code: e.code, source: e.source, target: e.target, corrected: c ? (c.wrong ? 'wrong' : 'fixed') : '' },
  },
  el('td', { class: 'date' }, e.date || '–', rowTools(e, (updated) => eventRow(updated, extra))),
  ParleyCorrections.actorTd(e, 'source', first.source_text),
  ParleyCorrections.eventTd(e),
  ParleyCorrections.actorTd(e, 'target', first.target_text),
  goldsteinCell(e.goldstein),
  el('td', { class: 'modality', text: modalities.join(', ') || '–' }),
  evidence);
}

// -------------------------------------------------------------------- story

/** Maps UTF-8 byte offsets of `text` to string (UTF-16) indices. */
function byteToIndex(text) {
  const map = new Map([[0, 0]]);
  let bytes = 0;
  let idx = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    idx += ch.length;
    map.set(bytes, idx);
  }
  return (b) => (map.has(b) ? map.get(b) : null);
}

let storySeq = 0;

async function showStory(id) {
  const mine = ++storySeq;
  $('story-back').href = state.lastDashboardHash || '#';
  $('story-title').textContent = id;
  $('story-meta').textContent = 'Loading…';
  $('story-text').replaceChildren();
  $('story-events').replaceChildren();
  showError('story-error', null);
  $('story-body').hidden = false;
  let s;
  try {
    s = await api(`/api/stories/${encodeURIComponent(id)}`);
  } catch (e) {
    if (mine !== storySeq) return;
    $('story-meta').textContent = '';
    $('story-body').hidden = true;
    showError('story-error', e);
    return;
  }
  if (mine !== storySeq) return;
  $('story-title').textContent = s.title || s.id;
  const meta = [s.date ? `dated ${s.date}` : 'no date', `id ${s.id}`, `${s.events.length} event${s.events.length === 1 ? '' : 's'}`];
  $('story-meta').replaceChildren(meta.join(' · '));
  if (s.url && /^https?:\/\//i.test(s.url)) {
    $('story-meta').append(' · ', el('a', { href: s.url, text: 'original', rel: 'noopener noreferrer', target: '_blank' }));
  }

  // Group events by evidence span; spans that overlap an earlier one are not marked.
  const toIndex = byteToIndex(s.text);
  const spans = new Map();
  for (const ev of s.events) {
    if (!ev.evidence) continue;
    const k = `${ev.evidence.start}:${ev.evidence.end}`;
    if (!spans.has(k)) spans.set(k, locateSpan(s.text, ev.evidence, toIndex));
    spans.get(k).events.push(ev);
  }
  const ordered = [...spans.values()]
    .filter((sp) => sp.start != null && sp.end != null && sp.end > sp.start)
    .sort((x, y) => x.start - y.start);
  const textBox = $('story-text');
  let pos = 0;
  ordered.forEach((sp, n) => {
    if (sp.start < pos) return;
    if (sp.start > pos) textBox.append(document.createTextNode(s.text.slice(pos, sp.start)));
    sp.text = s.text.slice(sp.start, sp.end);
    sp.mark = el('mark', {
      class: 'span', id: `span-${n}`, dataset: { testid: 'story-span', located: sp.located },
      title: sp.events.map((ev) => `${ev.source} ${ev.code} ${ev.target}`).join('\n'),
    });
    fillMark(sp, sp.events[0]);
    textBox.append(sp.mark);
    pos = sp.end;
  });
  if (pos < s.text.length) textBox.append(document.createTextNode(s.text.slice(pos)));

  const list = $('story-events');
  for (const sp of ordered) {
    for (const ev of sp.events) {
      const item = el('li', {
        tabIndex: 0,
        dataset: { eventId: ev.event_id, code: ev.code },
        on: {
          click: () => activate(sp, ev, item),
          keydown: (e) => { if (e.key === 'Enter') activate(sp, ev, item); },
        },
      },
      el('div', { class: 'story-event-head' },
        ev.quad_class ? el('span', { class: `quad-dot ${QUADS[ev.quad_class - 1].key}`, title: QUADS[ev.quad_class - 1].label }) : null,
        el('span', { class: 'code', text: ev.source }), ' → ',
        el('span', { class: 'code', text: ev.target }), ' ',
        el('span', { class: 'chip', text: ev.code }),
        ev.modality && ev.modality !== 'asserted' ? el('span', { class: 'chip modality', text: ev.modality }) : null,
        ev.goldstein != null ? el('span', { class: `goldstein ${goldsteinClass(ev.goldstein)} story-gs`, text: fmtGoldstein(ev.goldstein) }) : null,
        ParleyCorrections.marker(ev)),
      renderParts(ev.parts, ev.evidence && ev.evidence.text));
      list.append(item);
    }
  }
  if (!s.events.length) list.append(el('li', { class: 'muted', text: 'No events were coded from this story.' }));
}

/**
 * The string range of an evidence span: its byte offsets, or (should they not
 * point at the evidence text) the first occurrence of that text, flagged so.
 */
function locateSpan(text, evidence, toIndex) {
  const start = toIndex(evidence.start);
  const end = toIndex(evidence.end);
  if (start != null && end != null && (evidence.text == null || text.slice(start, end) === evidence.text)) {
    return { start, end, located: 'offsets', events: [] };
  }
  const found = evidence.text ? text.indexOf(evidence.text) : -1;
  if (found < 0) return { start: null, end: null, events: [] };
  return { start: found, end: found + evidence.text.length, located: 'search', events: [] };
}

/** Shows `ev`'s highlighted parts inside its span's mark when they match the text. */
function fillMark(sp, ev) {
  if (!sp.mark) return;
  const joined = Array.isArray(ev.parts) ? ev.parts.map((p) => p.text).join('') : null;
  sp.mark.replaceChildren(joined === sp.text ? renderParts(ev.parts) : document.createTextNode(sp.text));
}

function activate(sp, ev, item) {
  for (const li of $('story-events').children) li.classList.toggle('active', li === item);
  for (const m of $('story-text').querySelectorAll('mark.span')) m.classList.toggle('active', m === sp.mark);
  if (sp.mark) {
    fillMark(sp, ev);
    sp.mark.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }
}

// -------------------------------------------------------------------- paste

/**
 * Codes the pasted story (POST /api/code); with `store`, also stores it
 * (POST /api/stories, only when the server runs with --writable). A first line
 * `date YYYY-MM-DD` dates the story unless the date box is filled.
 */
async function codeStory(e, store = false) {
  e.preventDefault();
  const text = $('paste-text').value;
  const date = $('paste-date').value;
  const table = $('paste-events');
  showError('paste-error', null);
  if (!text.trim()) { showError('paste-error', new Error('paste some text first')); return; }
  const btn = $(store ? 'paste-store' : 'paste-submit');
  btn.disabled = true;
  $('paste-status').textContent = store ? 'Coding and storing…' : 'Coding…';
  try {
    const body = { text };
    if (date) body.date = date;
    const r = await api(store ? '/api/stories' : '/api/code', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const rows = r.events.map((ev, i) => el('tr', { dataset: { code: ev.code, source: ev.source, target: ev.target } },
      el('td', { class: 'num muted', text: String(i + 1), title: `sentence ${ev.sentence}` }),
      actorCell(ev.source, ev.source_text),
      eventCell(ev.code, ev.name, ev.quad_class),
      actorCell(ev.target, ev.target_text),
      goldsteinCell(ev.goldstein),
      el('td', { class: 'modality', text: ev.modality || '–' }),
      el('td', { class: 'evidence-cell' }, el('div', { class: 'mention' },
        renderParts(ev.parts, ev.evidence && ev.evidence.text),
        ev.quantity ? el('span', { class: 'mention-meta' }, el('span', { class: 'chip', text: `${fmtInt(ev.quantity.value)} ${ev.quantity.unit || ''}`.trim() })) : null))));
    table.tBodies[0].replaceChildren(...rows);
    table.hidden = rows.length === 0;
    $('paste-status').textContent = `${rows.length} event${rows.length === 1 ? '' : 's'}`
      + `${r.date ? ` · dated ${r.date}` : ' · no date'}`
      + `${r.stored ? ` · stored as ${r.id}` : ''}`;
    if (r.stored) {
      $('paste-status').append(' · ', el('a', { href: storyHref(r.id), text: 'open the story', dataset: { testid: 'paste-stored-link' } }));
      loadHealth();
    }
  } catch (err) {
    table.hidden = true;
    $('paste-status').textContent = '';
    showError('paste-error', err);
  } finally {
    btn.disabled = false;
  }
}

// --------------------------------------------------------------------- init

function submitPick(e) {
  if (e) e.preventDefault();
  const a = $('dyad-a').value.trim().toUpperCase();
  const b = $('dyad-b').value.trim().toUpperCase();
  const by = $('by').value;
  if (!a) { showError('pick-error', new Error(b ? 'put the single actor in "Actor A"' : 'enter an actor code, e.g. ARM')); return; }
  const target = b ? dyadHash(a, b, by) : `#actor/${encodeURIComponent(a)}/${by}${ParleyFilters.hashQuery()}`;
  if (location.hash === target) { state.key = null; route(); } else location.hash = target;
}

$('pick-form').addEventListener('submit', submitPick);
$('by').addEventListener('change', () => { if (state.key || parseHash().view === 'actor') submitPick(); });
$('events-more').addEventListener('click', moreEvents);
$('range-dense').addEventListener('click', () => ParleyFilters.apply({ from: '', to: '' }));
$('range-all').addEventListener('click', () => {
  const dated = directionRows().map((r) => r.period).filter(Boolean);
  if (!dated.length) return;
  ParleyFilters.apply({ from: periodRange(dated[0], state.by)[0], to: periodRange(dated[dated.length - 1], state.by)[1] });
});
for (const b of $('scale-mode').querySelectorAll('button')) {
  b.addEventListener('click', () => ParleyFilters.apply({ norm: b.dataset.norm }));
}
$('paste-store').addEventListener('click', (e) => codeStory(e, true));
$('paste-form').addEventListener('submit', codeStory);
attachSuggestions($('dyad-a'), $('actors-a'));
attachSuggestions($('dyad-b'), $('actors-b'));
window.addEventListener('hashchange', route);
// The health says whether the server takes corrections (--writable): known before the
// first view lists events.
loadHealth().finally(route);

// parley dashboard: the filters every view shares, kept in the URL, and the export
// links of the current selection (docs/API.md, "Filters" and "Exports").
//
// The hash of every view may end in a query: `#dyad/ARM/AZE/day?root=18,19&quad_class=4
// &modality=asserted&goldstein_min=-10&goldstein_max=-5&from=2023-01-01&to=2023-12-31
// &include_historical=1&norm=1`, so a filtered view is linkable. A view reads
// `ParleyFilters.apiParams()` for its API calls and lets `ParleyFilters.hashQuery()`
// follow its links; `ParleyFilters.selection` (set by the view) names the events an
// export takes.
'use strict';

const ParleyFilters = (() => {
  // Parameters the API takes (GET /api/events, GET /api/dyads) and the page keeps.
  const API_KEYS = ['root', 'quad_class', 'modality', 'goldstein_min', 'goldstein_max', 'from', 'to',
    'include_historical'];
  const PAGE_KEYS = ['norm']; // display only: the timeline's per-1,000-stories series
  const MODALITIES = ['asserted', 'intended', 'hypothetical', 'negated'];
  const QUAD_NAMES = ['verbal coop.', 'material coop.', 'verbal conflict', 'material conflict'];
  const EXPORTS = [
    { format: 'csv', label: 'CSV', title: 'one row per event, with its first mention' },
    { format: 'jsonl', label: 'JSONL', title: 'one API event record per line' },
    { format: 'gdelt', label: 'GDELT', title: 'the 61 tab-separated columns of the GDELT 2.0 event table' },
  ];

  let current = {}; // the filters of the URL, by key
  const listeners = [];
  const byId = (id) => document.getElementById(id);

  /** Splits a hash ("#dyad/A/B/day?root=18") into its path and filters. */
  function parseHash(hash) {
    const h = hash.replace(/^#/, '');
    const q = h.indexOf('?');
    const path = q < 0 ? h : h.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
    const filters = {};
    for (const k of [...API_KEYS, ...PAGE_KEYS]) {
      const v = params.get(k);
      if (v != null && v !== '') filters[k] = v;
    }
    current = filters;
    return { path, filters };
  }

  /** "?root=18&..." for links that keep the filters (changes: keys to set or clear). */
  function hashQuery(changes = {}) {
    const f = { ...current, ...changes };
    const q = new URLSearchParams();
    for (const k of [...API_KEYS, ...PAGE_KEYS]) if (f[k] != null && f[k] !== '') q.set(k, f[k]);
    const s = q.toString().replace(/%2C/g, ',');
    return s ? `?${s}` : '';
  }

  /** The API parameters of the filters; `dates: false` leaves out from and to. */
  function apiParams({ dates = true } = {}) {
    const out = {};
    for (const k of API_KEYS) {
      if (!dates && (k === 'from' || k === 'to')) continue;
      if (current[k] != null) out[k] = current[k];
    }
    return out;
  }

  // ------------------------------------------------------------- the form

  function checkboxes(name, values, labels, testid) {
    return values.map((v, i) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = v;
      box.dataset.testid = `${testid}-${v}`;
      const label = document.createElement('label');
      label.className = `check ${name === 'quad_class' ? `q${v}` : ''}`;
      label.append(box, ` ${labels[i]}`);
      return label;
    });
  }

  function build() {
    const roots = [];
    for (let r = 1; r <= 20; r++) roots.push(String(r).padStart(2, '0'));
    const names = typeof ROOT_NAMES === 'object' ? ROOT_NAMES : {};
    byId('f-roots').append(...checkboxes('root', roots, roots.map((r) => `${r} ${names[r] || ''}`), 'f-root'));
    byId('f-quads').append(...checkboxes('quad_class', ['1', '2', '3', '4'], QUAD_NAMES, 'f-quad'));
    byId('f-modalities').append(...checkboxes('modality', MODALITIES, MODALITIES, 'f-modality'));
    const exports = byId('f-exports');
    for (const x of EXPORTS) {
      const a = document.createElement('a');
      a.className = 'button';
      a.textContent = x.label;
      a.title = `Export the selection: ${x.title}`;
      a.dataset.testid = `export-${x.format}`;
      a.dataset.format = x.format;
      a.setAttribute('download', `parley-events.${x.format === 'gdelt' ? 'tsv' : x.format}`);
      exports.append(a);
    }
    byId('filter-form').addEventListener('submit', (e) => { e.preventDefault(); apply(readForm()); });
    byId('f-clear').addEventListener('click', () => {
      const cleared = {};
      for (const k of API_KEYS) cleared[k] = '';
      apply(cleared);
    });
    for (const box of byId('filter-form').querySelectorAll('input[type=checkbox]')) {
      box.addEventListener('change', () => apply(readForm()));
    }
  }

  function checked(name) {
    return [...byId('filter-form').querySelectorAll(`input[name=${name}]:checked`)].map((b) => b.value).join(',');
  }

  function readForm() {
    return {
      root: checked('root'),
      quad_class: checked('quad_class'),
      modality: checked('modality'),
      goldstein_min: byId('f-gmin').value.trim(),
      goldstein_max: byId('f-gmax').value.trim(),
      from: byId('f-from').value,
      to: byId('f-to').value,
      include_historical: byId('f-historical').checked ? '1' : '',
    };
  }

  /** Sets the URL's filters (keys to set or clear); the hashchange re-renders the view. */
  function apply(changes) {
    const h = location.hash.replace(/^#/, '');
    const q = h.indexOf('?');
    const path = q < 0 ? h : h.slice(0, q);
    const target = `#${path}${hashQuery(changes)}`;
    if (target !== location.hash && !(target === '#' && !location.hash)) location.hash = target;
  }

  let built = false;

  /** Shows the URL's filters in the form and updates the export links. */
  function sync() {
    if (!built) { build(); built = true; }
    const set = (name, list) => {
      const chosen = new Set((list || '').split(',').filter(Boolean));
      for (const b of byId('filter-form').querySelectorAll(`input[name=${name}]`)) b.checked = chosen.has(b.value);
    };
    set('root', current.root);
    set('quad_class', current.quad_class);
    set('modality', current.modality);
    byId('f-gmin').value = current.goldstein_min || '';
    byId('f-gmax').value = current.goldstein_max || '';
    byId('f-from').value = current.from || '';
    byId('f-to').value = current.to || '';
    byId('f-historical').checked = current.include_historical === '1';
    const n = (current.root ? 1 : 0) + (current.quad_class ? 1 : 0) + (current.modality ? 1 : 0)
      + (current.goldstein_min || current.goldstein_max ? 1 : 0) + (current.from || current.to ? 1 : 0)
      + (current.include_historical ? 1 : 0);
    byId('f-count').textContent = n ? `${n} filter${n === 1 ? '' : 's'} on` : 'no filters';
    byId('f-roots-summary').textContent = current.root ? `Roots: ${current.root.replace(/,/g, ', ')}` : 'CAMEO roots: all';
    updateExports();
    for (const fn of listeners) fn(current);
  }

  /** The export links take the view's selection (`ParleyFilters.selection()`). */
  function updateExports() {
    const sel = api.selection ? api.selection() : null;
    for (const a of byId('f-exports').querySelectorAll('a[data-format]')) {
      if (!sel) {
        a.removeAttribute('href');
        a.classList.add('disabled');
        a.title = 'Pick a dyad or an actor to export its events';
        continue;
      }
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(sel)) if (v != null && v !== '') q.set(k, v);
      q.set('format', a.dataset.format);
      a.href = `/api/events?${q.toString().replace(/%2C/g, ',')}`;
      a.classList.remove('disabled');
    }
  }

  const api = {
    parseHash,
    hashQuery,
    apiParams,
    sync,
    apply,
    updateExports,
    get current() { return current; },
    onChange(fn) { listeners.push(fn); },
    selection: null, // set by the view: () => API params of its events, or null
  };
  return api;
})();

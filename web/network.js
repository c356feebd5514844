// parley dashboard: the network view (#network[/LEVEL[/ACTOR]][?filters]).
// GET /api/network: actors as nodes, the events between them as edges (width = count,
// colour = mean Goldstein), drawn here as SVG with a small force layout (no library),
// for the dashboard's filters (dates, roots, QuadClasses, modality, Goldstein: the
// filter bar, ParleyFilters). Click a node for its actor profile, an edge for its dyad.
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const W = 1000;
  const H = 620;
  let seq = 0;

  function svg(tag, attrs = {}, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) if (v != null) node.setAttribute(k, v);
    for (const c of children) if (c) node.append(c);
    return node;
  }

  /** #network/LEVEL[/ACTOR] with the filters of the URL. */
  function hashFor(level, actor) {
    const path = `${level || 'country'}${actor ? `/${encodeURIComponent(actor)}` : ''}`;
    return `#network/${path}${ParleyFilters.hashQuery()}`;
  }

  /** Deterministic force layout (Fruchterman-Reingold with gravity); sets n.x, n.y. */
  function layout(nodes, edges) {
    const n = nodes.length;
    const index = new Map(nodes.map((v, i) => [v.code, i]));
    nodes.forEach((v, i) => { // a spiral, busiest in the middle
      const r = 40 + 260 * Math.sqrt(i / Math.max(1, n));
      const a = i * 2.39996;
      v.x = W / 2 + r * Math.cos(a);
      v.y = H / 2 + r * Math.sin(a) * 0.8;
    });
    if (n < 2) return;
    const k = Math.sqrt((W * H) / n) * 0.55;
    const maxW = Math.max(...edges.map((e) => e.events));
    const links = edges.map((e) => [index.get(e.a), index.get(e.b), 0.4 + Math.log1p(e.events) / Math.log1p(maxW)]);
    const iterations = n > 150 ? 150 : 300;
    let t = W / 10;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let it = 0; it < iterations; it++) {
      dx.fill(0); dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let x = nodes[i].x - nodes[j].x;
          let y = nodes[i].y - nodes[j].y;
          let d2 = x * x + y * y;
          if (d2 < 0.01) { x = 0.1 * ((i % 7) - 3); y = 0.1; d2 = x * x + y * y; }
          const f = (k * k) / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      for (const [i, j, w] of links) {
        const x = nodes[i].x - nodes[j].x;
        const y = nodes[i].y - nodes[j].y;
        const d = Math.sqrt(x * x + y * y) || 0.1;
        const f = (d * w) / k;
        dx[i] -= x * f; dy[i] -= y * f; dx[j] += x * f; dy[j] += y * f;
      }
      for (let i = 0; i < n; i++) {
        dx[i] += (W / 2 - nodes[i].x) * 0.02 * k / 10;
        dy[i] += (H / 2 - nodes[i].y) * 0.03 * k / 10;
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        const step = Math.min(d, t);
        nodes[i].x = Math.max(30, Math.min(W - 30, nodes[i].x + (dx[i] / d) * step));
        nodes[i].y = Math.max(24, Math.min(H - 24, nodes[i].y + (dy[i] / d) * step));
      }
      t = Math.max(1, t * 0.97);
    }
  }

  function draw(net, by) {
    const nodes = net.nodes.map((v) => ({ ...v }));
    layout(nodes, net.edges);
    const at = new Map(nodes.map((v) => [v.code, v]));
    const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
    const maxNode = Math.max(1, ...nodes.map((v) => v.events));
    const edgeLayer = svg('g', { class: 'net-edges' });
    // Thin edges under thick ones.
    for (const e of [...net.edges].sort((x, y) => x.events - y.events)) {
      const a = at.get(e.a);
      const b = at.get(e.b);
      const width = 1.5 + 10 * Math.sqrt(e.events / maxEdge);
      const line = svg('line', {
        x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
        stroke: PV.goldsteinColor(e.goldstein_mean), 'stroke-width': width.toFixed(1), 'stroke-linecap': 'round',
        class: 'net-edge', 'data-testid': 'network-edge', 'data-a': e.a, 'data-b': e.b, 'data-events': e.events,
      }, svg('title', {}, document.createTextNode(
        `${e.a} ↔ ${e.b}: ${e.events} events (${e.a} → ${e.b} ${e.a_to_b}, ${e.b} → ${e.a} ${e.b_to_a}), `
        + `Goldstein mean ${fmtGoldstein(e.goldstein_mean)}. Click for the dyad.`)));
      line.addEventListener('click', () => { location.hash = dyadHash(e.a, e.b, by); });
      edgeLayer.append(line);
    }
    const nodeLayer = svg('g', { class: 'net-nodes' });
    for (const v of nodes) {
      const r = 6 + 16 * Math.sqrt(v.events / maxNode);
      const g = svg('g', {
        class: 'net-node', transform: `translate(${v.x.toFixed(1)},${v.y.toFixed(1)})`,
        'data-testid': 'network-node', 'data-code': v.code, tabindex: '0', role: 'link',
      },
      svg('title', {}, document.createTextNode(`${v.code}: ${v.events} events, Goldstein mean ${fmtGoldstein(v.goldstein_mean)}. Click for its profile.`)),
      svg('circle', { r: r.toFixed(1), fill: PV.goldsteinColor(v.goldstein_mean) }),
      svg('text', { y: (r + 12).toFixed(1), 'text-anchor': 'middle' }, document.createTextNode(v.code)));
      const open = () => { location.hash = `#actor/${encodeURIComponent(v.code)}/${by}${ParleyFilters.hashQuery()}`; };
      g.addEventListener('click', open);
      g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
      nodeLayer.append(g);
    }
    return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network-svg', 'data-testid': 'network-svg', role: 'img',
      'aria-label': `${nodes.length} actors and ${net.edges.length} links` }, edgeLayer, nodeLayer);
  }

  // Nodes (countries or whole codes) and an actor; dates and event filters are the
  // filter bar's.
  function controls(level, actor) {
    const levelBox = el('select', { name: 'level', dataset: { testid: 'network-level' } },
      el('option', { value: 'country', text: 'countries', selected: level !== 'code' }),
      el('option', { value: 'code', text: 'actor codes', selected: level === 'code' }));
    const actorBox = el('input', { name: 'actor', value: actor, placeholder: 'any', spellcheck: false, class: 'code-input', dataset: { testid: 'network-actor' } });
    const form = el('form', { class: 'row network-controls', autocomplete: 'off' },
      el('label', { class: 'field narrow' }, el('span', { text: 'Nodes' }), levelBox),
      el('label', { class: 'field narrow' }, el('span', { text: 'Around actor' }), actorBox),
      el('button', { type: 'submit', class: 'primary', text: 'Apply', dataset: { testid: 'network-apply' } }),
      el('span', { class: 'muted small', text: 'Dates, roots, QuadClasses, modality and Goldstein: the filters above.' }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      location.hash = hashFor(levelBox.value, actorBox.value.trim().toUpperCase());
    });
    return form;
  }

  async function show(route) {
    const level = route.parts[0] === 'code' ? 'code' : 'country';
    const actor = (route.parts[1] || '').toUpperCase();
    const params = { level, actor, ...ParleyFilters.apiParams() };
    const by = PV.currentBy();
    const card = PV.viewCard('view-network', 'network');
    card.hidden = false;
    const mine = ++seq;
    const status = el('p', { class: 'muted small', text: 'Loading…', dataset: { testid: 'network-status' } });
    const holder = el('div', { class: 'network-holder' });
    card.replaceChildren(
      el('div', { class: 'card-head' }, el('h2', { text: 'Network' }),
        el('span', { class: 'legend-gradient', title: 'mean Goldstein: −10 (red) … +10 (green)' },
          el('span', { text: '−10' }), el('span', { class: 'bar' }), el('span', { text: '+10' }))),
      controls(level, actor), status, holder);
    let net;
    try {
      net = await api(`/api/network?${query(params)}`);
    } catch (e) {
      if (mine !== seq) return;
      status.replaceWith(el('p', { class: 'error', role: 'alert', text: String(e), dataset: { testid: 'network-error' } }));
      return;
    }
    if (mine !== seq) return;
    const edgesNote = net.truncated ? ` (the busiest ${net.edges.length} of ${fmtInt(net.edges_total)})` : '';
    status.textContent = net.edges.length
      ? `${net.nodes.length} actors, ${net.edges.length} links${edgesNote}. Edge width: events; colour: mean Goldstein. Click an actor for its profile, a link for its dyad.`
      : 'No events between actors for this selection.';
    if (!net.edges.length) return;
    holder.append(draw(net, by));
    const top = net.edges.slice(0, 15);
    holder.append(el('h3', { text: 'Busiest links' }), PV.miniTable('network-edges', [
      { label: 'Dyad', cell: (e) => PV.dyadLink(e.a, e.b, by) },
      { label: 'Events', num: true, cell: (e) => fmtInt(e.events) },
      { label: 'a → b', num: true, cell: (e) => fmtInt(e.a_to_b) },
      { label: 'b → a', num: true, cell: (e) => fmtInt(e.b_to_a) },
      { label: 'Goldstein', num: true, cell: (e) => el('span', { class: `goldstein ${goldsteinClass(e.goldstein_mean)}`, text: fmtGoldstein(e.goldstein_mean) }) },
    ], top.map((e) => ({ ...e, _data: { dyad: `${e.a},${e.b}` } }))));
  }

  window.parleyViews.network = {
    show,
    hide() { const c = document.getElementById('view-network'); if (c) c.hidden = true; },
  };
})();

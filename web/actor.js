// parley dashboard: the actor profile (#actor/CODE/BY), above the actor's events.
// GET /api/actors/{code}: its timeline, top partners (in and out), top event types
// with their CAMEO names, and sectors (the agent codes under it).
'use strict';

(() => {
  // CAMEO agent (sector) codes, for labels.
  const AGENTS = {
    GOV: 'government', MIL: 'military', OPP: 'opposition', REB: 'rebels', COP: 'police', JUD: 'judiciary',
    LEG: 'legislature', BUS: 'business', CVL: 'civilians', MED: 'media', EDU: 'education', LAB: 'labour',
    REF: 'refugees', HLH: 'health', HRI: 'human rights', IGO: 'intergovernmental', NGO: 'non-governmental',
    UAF: 'armed groups', SPY: 'intelligence', CRM: 'criminals', ELI: 'elites', ENV: 'environment',
    AGR: 'agriculture', DEV: 'development', PTY: 'party', REL: 'religious', SEP: 'separatists', INS: 'insurgents',
  };
  let seq = 0;

  function sectorLabel(s) {
    if (!s.agent) return 'as a whole';
    return s.agent.match(/.{1,3}/g).map((a) => AGENTS[a] || a).join(' · ');
  }

  async function show(code, by) {
    const card = PV.viewCard('view-actor', 'actor-profile');
    card.hidden = false;
    const mine = ++seq;
    card.replaceChildren(el('div', { class: 'card-head' }, el('h2', { text: code }),
      el('span', { class: 'muted small', text: 'Loading…' })));
    let a;
    try {
      a = await api(`/api/actors/${encodeURIComponent(code)}?${query({ by, ...ParleyFilters.apiParams() })}`);
    } catch (e) {
      if (mine !== seq) return;
      card.append(el('p', { class: 'error', role: 'alert', text: String(e), dataset: { testid: 'actor-error' } }));
      return;
    }
    if (mine !== seq) return;
    render(card, a, by);
  }

  function render(card, a, by) {
    const chartBox = el('div', { class: 'chart view-chart', dataset: { testid: 'actor-chart' } });
    const labels = PV.allPeriods(a.rows.map((r) => r.period), by);
    const byPeriod = new Map(a.rows.map((r) => [r.period, r]));
    const pick = (f) => labels.map((p) => (byPeriod.has(p) ? f(byPeriod.get(p)) : null));
    const partner = (dir) => (p) => el('span', {},
      PV.actorLink(p.code, by), ' ',
      el('a', { href: dyadHash(a.code, p.code, by), class: 'small', text: dir, title: `the dyad ${a.code} ↔ ${p.code}` }));
    const counted = (label) => [
      { label: 'Events', num: true, cell: (r) => fmtInt(r.events) },
      { label, num: true, cell: (r) => el('span', { class: `goldstein ${goldsteinClass(r.goldstein_mean)}`, text: fmtGoldstein(r.goldstein_mean) }) },
    ];
    const out = PV.miniTable('actor-partners-out',
      [{ label: `${a.code} → partner`, cell: partner('dyad') }, ...counted('Goldstein')],
      a.partners_out.map((p) => ({ ...p, _data: { code: p.code } })), 'None.');
    const inn = PV.miniTable('actor-partners-in',
      [{ label: `partner → ${a.code}`, cell: partner('dyad') }, ...counted('Goldstein')],
      a.partners_in.map((p) => ({ ...p, _data: { code: p.code } })), 'None.');
    const types = PV.miniTable('actor-types',
      [{ label: 'Event type', cell: (t) => el('span', {}, el('span', { class: 'code', text: t.code }), ' ', el('span', { class: 'code-name', text: t.name || '' })) },
        ...counted('Goldstein')],
      a.event_types.map((t) => ({ ...t, _data: { code: t.code } })), 'None.');
    const sectors = PV.miniTable('actor-sectors',
      [{ label: 'Code', cell: (s) => PV.actorLink(s.code, by) }, { label: 'Sector', cell: sectorLabel }, ...counted('Goldstein')],
      a.sectors.map((s) => ({ ...s, _data: { code: s.code } })), 'None.');
    const stat = (n, label, testid) => el('span', { class: 'stat-box', dataset: { testid } }, el('b', { text: n }), ` ${label}`);

    card.replaceChildren(
      el('div', { class: 'card-head' },
        el('h2', {}, el('span', { class: 'code', text: a.code }), a.name ? ` · ${a.name}` : ''),
        el('a', { href: `#network/country/${encodeURIComponent(a.code)}${ParleyFilters.hashQuery()}`, class: 'small', text: 'network of its partners →', dataset: { testid: 'actor-network' } })),
      el('p', { class: 'stats' },
        stat(fmtInt(a.events), 'events', 'actor-events'), stat(fmtInt(a.as_source), 'as source'),
        stat(fmtInt(a.as_target), 'as target'),
        el('span', { class: 'stat-box' }, el('b', { class: `goldstein ${goldsteinClass(a.goldstein_mean)}`, text: fmtGoldstein(a.goldstein_mean) }), ' Goldstein mean')),
      a.events ? chartBox : el('p', { class: 'muted', text: `No events of ${a.code} in the store.` }),
      a.events ? el('p', { class: 'muted small', text: `Per ${by}: events by QuadClass (bars) and the Goldstein mean (line, right axis). Click a ${by} to list its events.` }) : null,
      el('div', { class: 'view-grid' },
        el('div', {}, el('h3', { text: 'Top partners · out' }), out),
        el('div', {}, el('h3', { text: 'Top partners · in' }), inn)),
      el('div', { class: 'view-grid' },
        el('div', {}, el('h3', { text: 'Top event types' }), types),
        el('div', {}, el('h3', { text: 'Sectors' }), sectors)));

    if (!a.events) return;
    PV.periodChart(chartBox, labels, [
      ...QUADS.map((q, k) => ({ label: q.label, color: q.color, bars: true, values: pick((r) => r.quad[k]) })),
      { label: 'Goldstein mean', color: '#1f3a5f', scale: 'g', values: pick((r) => r.goldstein_mean) },
    ], {
      labelOf: (p) => periodLabel(p, by),
      onClick: (p) => {
        const [from, to] = periodRange(p, by);
        loadEvents({ ...ParleyFilters.apiParams(), actor: a.code, from, to }, `Events of ${a.code} · ${periodLabel(p, by)}`);
      },
    });
  }

  window.parleyViews.actor = {
    show,
    hide() { const c = document.getElementById('view-actor'); if (c) c.hidden = true; },
    // #actor/CODE/BY is routed by app.js (showActor), which calls show(code, by).
    routed: true,
  };
})();

// parley dashboard: the landing overview (#overview/BY, and the home page).
// GET /api/overview: events and stories over time, the busiest and the fastest-changing
// dyads of the last 30 days of the data, recent high-intensity events.
'use strict';

(() => {
  let seq = 0;

  function hashFor(by) { return `#overview/${by}${ParleyFilters.hashQuery()}`; }

  async function show(route) {
    const by = PV.byOr(route.parts[0], PV.currentBy());
    document.getElementById('by').value = by;
    const card = PV.viewCard('view-overview', 'overview');
    card.hidden = false;
    const mine = ++seq;
    const status = el('p', { class: 'muted small', text: 'Loading…' });
    card.replaceChildren(el('div', { class: 'card-head' }, el('h2', { text: 'Overview' }), status));
    let o;
    try {
      o = await api(`/api/overview?${query({ by, ...ParleyFilters.apiParams() })}`);
    } catch (e) {
      if (mine !== seq) return;
      status.replaceWith(el('p', { class: 'error', role: 'alert', text: String(e), dataset: { testid: 'overview-error' } }));
      return;
    }
    if (mine !== seq) return;
    render(card, o, by);
  }

  function render(card, o, by) {
    const events = o.series.reduce((s, r) => s + r.events, 0);
    const stories = o.series.reduce((s, r) => s + r.stories, 0);
    const w = o.window;
    const note = w
      ? `${PV.plural(events, 'event')} from ${fmtInt(stories)} ${stories === 1 ? 'story' : 'stories'} · latest event ${o.latest} · `
        + `the last ${w.days} days of the data: ${w.from} – ${w.to}, compared with ${w.previous_from} – ${w.previous_to}`
      : 'No dated events in the store yet.';
    const chartBox = el('div', { class: 'chart view-chart', dataset: { testid: 'overview-chart' } });
    const present = o.series.map((r) => r.period);
    const labels = PV.allPeriods(present, by);
    const byPeriod = new Map(o.series.map((r) => [r.period, r]));
    const pick = (f) => labels.map((p) => (byPeriod.has(p) ? f(byPeriod.get(p)) : null));

    const dyadCols = (extra) => [
      { label: 'Dyad', cell: (d) => PV.dyadLink(d.a, d.b, by) },
      ...extra,
    ];
    const busiest = PV.miniTable('overview-busiest', dyadCols([
      { label: 'Events', num: true, cell: (d) => fmtInt(d.events) },
      { label: 'Before', num: true, cell: (d) => fmtInt(d.previous_events) },
      { label: 'Goldstein', num: true, cell: (d) => goldsteinSpan(d.goldstein_mean) },
    ]), o.busiest, 'No dyads in the window.');
    const volume = PV.miniTable('overview-volume', dyadCols([
      { label: 'Events', num: true, cell: (d) => fmtInt(d.events) },
      { label: 'Change', num: true, cell: (d) => PV.fmtChange(d.change) },
    ]), o.volume_changes, 'No change in volume.');
    const gold = PV.miniTable('overview-goldstein', dyadCols([
      { label: 'Before', num: true, cell: (d) => goldsteinSpan(d.previous_goldstein_mean) },
      { label: 'Now', num: true, cell: (d) => goldsteinSpan(d.goldstein_mean) },
      { label: 'Change', num: true, cell: (d) => PV.fmtGoldsteinChange(d.goldstein_change) },
    ]), o.goldstein_changes, 'No dyad has events in both windows.');
    for (const [table, list] of [[busiest, o.busiest], [volume, o.volume_changes], [gold, o.goldstein_changes]]) {
      [...table.tBodies[0].rows].forEach((tr, i) => { if (list[i]) tr.dataset.dyad = `${list[i].a},${list[i].b}`; });
    }

    const intense = el('table', { class: 'data events', dataset: { testid: 'overview-intense' } },
      el('thead', {}, el('tr', {}, ...['Date', 'Source', 'Event', 'Target'].map((t) => el('th', { text: t })),
        el('th', { class: 'num', text: 'Goldstein' }), el('th', { text: 'Evidence' }))),
      el('tbody', {}, ...(o.intense.length ? o.intense.map((e) => el('tr', { dataset: { eventId: e.event_id, code: e.code } },
        el('td', { class: 'date' }, e.date, e.correction ? el('div', { class: 'row-tools' }, ParleyCorrections.marker(e)) : null),
        ParleyCorrections.actorTd(e, 'source', e.source_text),
        ParleyCorrections.eventTd(e),
        ParleyCorrections.actorTd(e, 'target', e.target_text),
        goldsteinCell(e.goldstein),
        el('td', { class: 'evidence-cell' }, renderParts(e.parts, e.evidence), ' ',
          el('a', { href: storyHref(e.story_id), class: 'story-link', text: e.title || e.story_id, dataset: { testid: 'story-link' } }))))
        : [el('tr', {}, el('td', { colSpan: 6, class: 'muted', text: 'No high-intensity events in the window.' }))])));

    const days = w ? `last ${w.days} days` : 'window';
    card.replaceChildren(
      el('div', { class: 'card-head' }, el('h2', { text: 'Overview' }),
        el('a', { href: `#network${ParleyFilters.hashQuery()}`, class: 'small', text: 'network →' }),
        el('a', { href: `#compare/${by}${ParleyFilters.hashQuery()}`, class: 'small', text: 'compare dyads →' })),
      el('p', { class: 'muted small', text: note, dataset: { testid: 'overview-note' } }),
      chartBox,
      el('p', { class: 'muted small', text: `Bars: events per ${by} by QuadClass; line: stories per ${by}. Click a ${by} for its events.` }),
      el('div', { class: 'view-grid' },
        el('div', {}, el('h3', { text: `Busiest dyads · ${days}` }), busiest),
        el('div', {}, el('h3', { text: 'Fastest-changing · volume' }), volume),
        el('div', {}, el('h3', { text: 'Fastest-changing · Goldstein' }), gold)),
      el('h3', { text: `High-intensity events · ${days} · |Goldstein| ≥ 7` }),
      el('div', { class: 'table-wrap' }, intense));

    PV.periodChart(chartBox, labels, [
      ...QUADS.map((q, k) => ({ label: q.label, color: q.color, bars: true, values: pick((r) => r.quad[k]) })),
      { label: 'stories', color: '#1f3a5f', values: pick((r) => r.stories) },
    ], {
      labelOf: (p) => periodLabel(p, by),
      onClick: (p) => {
        const [from, to] = periodRange(p, by);
        showPeriodEvents(from, to, periodLabel(p, by));
      },
    });
  }

  function goldsteinSpan(g) {
    return el('span', { class: `goldstein ${goldsteinClass(g)}`, text: fmtGoldstein(g) });
  }

  // The events of a clicked period, in the dashboard's events table.
  function showPeriodEvents(from, to, label) {
    if (typeof loadEvents === 'function') loadEvents({ ...ParleyFilters.apiParams(), from, to }, `All events · ${label}`);
  }

  window.parleyViews.overview = {
    show,
    hide() { const c = document.getElementById('view-overview'); if (c) c.hidden = true; },
  };
  PV.followPeriodSelector('overview', (r, by) => hashFor(by));
})();

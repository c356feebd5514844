// parley dashboard: full-text search (#search/QUERY[/date][?filters]), from the box in
// the top bar. GET /api/search: the stored evidence sentences that match, as rows of an
// events table with the matched words marked, each with links to its story and its
// dyad; and the stories whose titles match. The filter bar's filters apply.
'use strict';

(() => {
  const PAGE = 50;
  let seq = 0;

  function hashFor(q, sort) {
    return `#search/${encodeURIComponent(q)}${sort === 'date' ? '/date' : ''}${ParleyFilters.hashQuery()}`;
  }

  /** Links of a sentence hit: its dyad's timeline (or its actor's events). */
  function links(e) {
    const by = PV.currentBy();
    const link = e.target
      ? el('a', { href: dyadHash(e.source, e.target, by), text: `${e.source} ↔ ${e.target} timeline`, dataset: { testid: 'search-dyad-link' } })
      : el('a', { href: `#actor/${encodeURIComponent(e.source)}/${by}${ParleyFilters.hashQuery()}`, text: `${e.source}'s events`, dataset: { testid: 'search-dyad-link' } });
    return el('span', { class: 'mention-meta' }, link);
  }

  function titleItem(t) {
    return el('li', { dataset: { storyId: t.story_id } },
      el('a', { href: storyHref(t.story_id), dataset: { testid: 'search-title' } }, renderParts(t.parts, t.title)),
      el('span', { class: 'muted small', text: ` · ${t.date || 'no date'} · ${PV.plural(t.events, 'event')}` }));
  }

  function sortSelect(q, sort) {
    const s = el('select', { dataset: { testid: 'search-sort' }, attrs: { 'aria-label': 'order' } },
      el('option', { value: 'relevance', text: 'best match first', selected: sort === 'relevance' }),
      el('option', { value: 'date', text: 'newest first', selected: sort === 'date' }));
    s.addEventListener('change', () => { location.hash = hashFor(q, s.value); });
    return s;
  }

  async function show(route) {
    const q = route.parts[0] || '';
    const sort = route.parts[1] === 'date' ? 'date' : 'relevance';
    document.getElementById('search-q').value = q;
    const card = PV.viewCard('view-search', 'search');
    card.hidden = false;
    const mine = ++seq;
    const status = el('p', { class: 'muted small', dataset: { testid: 'search-status' } });
    const error = el('p', { class: 'error', role: 'alert', hidden: true, dataset: { testid: 'search-error' } });
    const titles = el('ul', { class: 'search-titles', dataset: { testid: 'search-titles' } });
    const table = el('table', { class: 'data events', dataset: { testid: 'search-results' } },
      el('thead', {}, el('tr', {}, ...['Date', 'Source', 'Event', 'Target'].map((t) => el('th', { text: t })),
        el('th', { class: 'num', text: 'Goldstein' }), el('th', { text: 'Modality' }), el('th', { text: 'Sentence' }))),
      el('tbody'));
    const more = el('button', { type: 'button', text: 'More', hidden: true, dataset: { testid: 'search-more' } });
    card.replaceChildren(
      el('div', { class: 'card-head' }, el('h2', { text: q ? `Search: ${q}` : 'Search' }), sortSelect(q, sort)),
      el('p', { class: 'muted small', text: 'Words are stemmed (talks finds talk); "a phrase", negot* (a prefix), '
        + 'truce OR ceasefire, -Hamas (leave out). Matched words are marked.' }),
      status, error,
      el('h3', { text: 'Story titles' }), titles,
      el('h3', { text: 'Sentences' }), el('div', { class: 'table-wrap' }, table), more);
    if (!q) { status.textContent = 'Type words to find in the stored sentences and story titles.'; return; }
    let offset = 0;
    const load = async () => {
      more.disabled = true;
      status.textContent = 'Searching…';
      let r;
      try {
        r = await api(`/api/search?${query({ q, sort, limit: PAGE, offset, ...ParleyFilters.apiParams() })}`);
      } catch (e) {
        if (mine !== seq) return;
        error.textContent = String(e);
        error.hidden = false;
        status.textContent = '';
        return;
      } finally {
        more.disabled = false;
      }
      if (mine !== seq) return;
      table.tBodies[0].append(...r.sentences.map((e) => eventRow(e, links)));
      titles.append(...r.titles.map(titleItem));
      offset = r.next_offset;
      more.hidden = offset == null;
      const n = table.tBodies[0].rows.length;
      const t = titles.children.length;
      status.textContent = `${PV.plural(n, 'sentence')} and ${PV.plural(t, 'title')}${offset == null ? '' : ' so far'} match.`;
      if (!t) titles.replaceChildren(el('li', { class: 'muted', text: 'No title matches.' }));
    };
    more.addEventListener('click', load);
    await load();
  }

  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('search-q').value.trim();
    if (q) location.hash = hashFor(q, 'relevance');
  });

  window.parleyViews.search = {
    show,
    hide() { const c = document.getElementById('view-search'); if (c) c.hidden = true; },
  };
})();

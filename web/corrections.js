// parley dashboard: analysts' corrections of events (docs/API.md, "Corrections").
// Wherever events are listed, an event's latest correction shows as a "corrected" or
// "wrong" marker with the corrected values beside the machine's (struck through); with
// `parley serve --writable` each row of an events table has a "Correct" button that
// opens a form storing a new correction (POST /api/events/{id}/corrections).
// A plain deferred script loaded before app.js; it uses app.js's helpers (el, api,
// actorCell, eventCell, showError ...) only when called.
'use strict';

// eslint-disable-next-line no-unused-vars
const ParleyCorrections = (() => {
  const AUTHOR_KEY = 'parley.author';
  let writable = false;

  /** The "corrected" / "wrong" chip of an event record, or null. */
  function marker(e) {
    const c = e && e.correction;
    if (!c) return null;
    const fixes = [];
    if (c.code) fixes.push(`code ${e.code} → ${c.code}${c.name ? ` (${c.name})` : ''}`);
    if (c.source) fixes.push(`source ${e.source} → ${c.source}`);
    if (c.target != null) fixes.push(`target ${e.target || '—'} → ${c.target || '—'}`);
    const what = c.wrong ? 'marked wrong' : fixes.join('; ');
    return el('span', {
      class: `chip correction ${c.wrong ? 'wrong' : 'fixed'}`,
      text: c.wrong ? 'wrong' : 'corrected',
      title: `${what} by ${c.author}, ${c.created_at}${c.reason ? `: ${c.reason}` : ''}`,
      dataset: { testid: 'corrected', kind: c.wrong ? 'wrong' : 'fixed' },
    });
  }

  /** The machine's value struck through, then the corrected one. */
  function changed(machine, value, side) {
    return [el('s', { class: 'machine code', text: machine || '—', title: 'as coded' }), ' → ',
      el('span', { class: 'code corrected-value', text: value || '—', dataset: { testid: `corrected-${side}` } })];
  }

  /** The source or target cell of an events table, with a corrected actor if any. */
  function actorTd(e, side, text) {
    const c = e.correction;
    if (!c || c[side] == null) return actorCell(e[side], text);
    return el('td', { class: 'actor' }, ...changed(e[side], c[side], side), text ? el('span', { class: 'actor-text', text }) : null);
  }

  /** The event cell, with a corrected code (and its name) if any. */
  function eventTd(e) {
    const c = e.correction;
    if (!c || !c.code) return eventCell(e.code, e.name, e.quad_class);
    return el('td', { class: 'event-code' }, ...changed(e.code, c.code, 'code'), ' ',
      el('span', { class: 'code-name', text: c.name || '' }));
  }

  function field(label, input) {
    return el('label', { class: 'field narrow' }, el('span', { text: label }), input);
  }

  /** Opens (or closes) the correction form under the row `tr` of event `e`. */
  function toggleForm(tr, e, rerender) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains('correction-form-row')) { next.remove(); return; }
    const input = (testid, placeholder, value = '') => el('input', { value, placeholder, spellcheck: false, dataset: { testid } });
    const wrong = el('input', { type: 'checkbox', dataset: { testid: 'corr-wrong' } });
    const code = input('corr-code', e.code);
    const source = input('corr-source', e.source);
    const target = input('corr-target', e.target ? `${e.target} ('-': none)` : '(none)');
    const reason = el('input', { placeholder: 'why (optional)', dataset: { testid: 'corr-reason' }, class: 'wide' });
    const author = input('corr-author', 'your name', localStorage.getItem(AUTHOR_KEY) || '');
    const error = el('p', { class: 'error', role: 'alert', hidden: true, dataset: { testid: 'corr-error' } });
    wrong.addEventListener('change', () => { for (const i of [code, source, target]) i.disabled = wrong.checked; });
    const form = el('form', { class: 'correction-form', dataset: { testid: 'correction-form' } },
      el('label', { class: 'check' }, wrong, ' wrong: no such event in this sentence'),
      field('Code', code), field('Source', source), field('Target', target), field('Why', reason), field('Your name', author),
      el('button', { type: 'submit', class: 'primary', text: 'Save', dataset: { testid: 'corr-save' } }),
      el('button', { type: 'button', text: 'Cancel', on: { click: () => row.remove() } }),
      error);
    const row = el('tr', { class: 'correction-form-row' }, el('td', { colSpan: tr.cells.length }, form));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const body = { author: author.value.trim(), reason: reason.value.trim() };
      if (wrong.checked) body.wrong = true;
      else {
        if (code.value.trim()) body.code = code.value.trim();
        if (source.value.trim()) body.source = source.value.trim().toUpperCase();
        if (target.value.trim()) body.target = target.value.trim() === '-' ? '' : target.value.trim().toUpperCase();
      }
      localStorage.setItem(AUTHOR_KEY, body.author);
      error.hidden = true;
      try {
        const r = await api(`/api/events/${e.event_id}/corrections`, {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
        });
        row.remove();
        tr.replaceWith(rerender(r.event));
      } catch (err) {
        error.textContent = String(err);
        error.hidden = false;
      }
    });
    tr.after(row);
    (wrong.checked ? author : code).focus();
  }

  /** The "Correct" button of a row (null on a read-only server). */
  function button(e, rerender) {
    if (!writable) return null;
    return el('button', {
      type: 'button', class: 'small-button', text: 'Correct', title: 'mark this event wrong or fix its code or actors',
      dataset: { testid: 'correct-button' },
      on: { click: (ev) => toggleForm(ev.target.closest('tr'), e, rerender) },
    });
  }

  return {
    marker, actorTd, eventTd, button,
    setWritable(w) { writable = !!w; },
    get writable() { return writable; },
  };
})();

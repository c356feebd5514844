// End-to-end check of the dashboard (web/) against a running `parley serve`
// that holds examples/armenia_azerbaijan.txt.
//
//   node tests/e2e/dashboard.mjs URL SCREENSHOT_DIR [WRITABLE_URL]
//
// Uses playwright-core from web/node_modules with Debian's /usr/bin/chromium
// (no browser download). Fails on any page error, console error, request to
// another host, or failed check; saves dashboard.png, events.png, story.png
// and paste.png, and for the timeline, filters and export (issue 15) timeline-dense.png,
// timeline-zoom.png, timeline-all.png, filters.png, normalised.png, historical.png and
// paste-date.png, and for the views (issue 15, parts 6-9) overview.png, actor.png,
// network.png and compare.png, and for search and corrections (issue 15, parts 10 and
// 12) search.png, search-error.png, correction-form.png and corrections.png
// (failure.png when a check fails) in SCREENSHOT_DIR. WRITABLE_URL, when given, is a
// second server (`parley serve --writable`) on a copy of the same store, where the
// corrections are made.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../web/package.json'));
const { chromium } = require('playwright-core');

const [baseArg, shotDir, writableArg] = process.argv.slice(2);
if (!baseArg || !shotDir) {
  console.error('usage: node dashboard.mjs URL SCREENSHOT_DIR');
  process.exit(2);
}
const base = new URL(baseArg);
mkdirSync(shotDir, { recursive: true });

const TOTAL_MS = 160000;
const STEP_MS = 10000;
let passed = 0;
let failed = 0;
const problems = []; // page errors, console errors, foreign requests
let expect404 = false;
let expect403 = false;
let expect400 = false;

function ok(what) {
  passed++;
  console.log(`ok - ${what}`);
}

class CheckFailed extends Error {}
function check(cond, what) {
  if (!cond) throw new CheckFailed(what);
  ok(what);
}
function noProblems(where) {
  if (problems.length) throw new CheckFailed(`${where}: ${problems.join('; ')}`);
}

const watchdog = setTimeout(() => {
  console.error(`not ok - the test took longer than ${TOTAL_MS / 1000} s`);
  process.exit(1);
}, TOTAL_MS);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_MS);
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (expect404 && /status of 404/.test(m.text())) return;
    if (expect403 && /status of 403/.test(m.text())) return;
    if (expect400 && /status of 400/.test(m.text())) return;
    problems.push(`console error: ${m.text()}`);
  });
  const writable = writableArg ? new URL(writableArg) : null;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.host !== base.host && !(writable && u.host === writable.host)) problems.push(`request to another host: ${r.url()}`);
  });
  const shot = (name) => page.screenshot({ path: path.join(shotDir, name), fullPage: true });

  // 1. The page loads with the health figures.
  await page.goto(base.href, { waitUntil: 'load' });
  await page.waitForFunction(() => /\d/.test(document.getElementById('health-events').textContent));
  const events = Number((await page.textContent('#health-events')).replace(/\D/g, ''));
  check(events > 0, `health shows ${events} events`);

  // 2. Dyad ARM-AZE by day: chart and periods.
  await page.fill('[data-testid=dyad-a]', 'ARM');
  await page.fill('[data-testid=dyad-b]', 'AZE');
  await page.selectOption('[data-testid=by]', 'day');
  await page.click('[data-testid=show]');
  await page.waitForSelector('[data-testid=chart] canvas');
  await page.waitForSelector('[data-testid=periods] tbody tr[data-period]');
  check(new URL(page.url()).hash === '#dyad/ARM/AZE/day', 'the view is linkable as #dyad/ARM/AZE/day');
  const canvas = await page.evaluate(() => {
    const c = document.querySelector('[data-testid=chart] canvas');
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const quad = [[0x7c, 0xc4, 0x7f], [0x2e, 0x8b, 0x57], [0xf2, 0xa5, 0x41], [0xd6, 0x45, 0x45]];
    let inked = 0;
    let bars = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      inked++;
      if (quad.some(([r, g, b]) => Math.abs(data[i] - r) < 6 && Math.abs(data[i + 1] - g) < 6 && Math.abs(data[i + 2] - b) < 6)) bars++;
    }
    return { width: c.width, height: c.height, inked, bars };
  });
  check(canvas.width > 0 && canvas.height > 0, `chart canvas is ${canvas.width}x${canvas.height}`);
  check(canvas.inked > 1000, `chart canvas is drawn (${canvas.inked} painted pixels)`);
  check(canvas.bars > 100, `chart shows QuadClass bars (${canvas.bars} bar pixels)`);
  const periods = await page.$$eval('[data-testid=periods] tbody tr[data-period]', (rs) => rs.map((r) => r.dataset.period));
  check(periods.includes('2023-12-09'), `periods list 2023-12-09 (${periods.join(', ')})`);
  noProblems('after showing the dyad');
  await shot('dashboard.png');

  // 3. Clicking the period lists its events.
  await page.click('[data-testid=periods] tr[data-period="2023-12-09"] button');
  await page.waitForSelector('[data-testid=events-table] tbody tr[data-code]');
  const rows = await page.$$eval('[data-testid=events-table] tbody tr[data-code]', (rs) =>
    rs.map((r) => ({ code: r.dataset.code, source: r.dataset.source, target: r.dataset.target, date: r.cells[0].textContent })));
  check(rows.length > 0, `events table lists ${rows.length} events`);
  const dyadOk = (r) => (r.source.startsWith('ARM') && r.target.startsWith('AZE'))
    || (r.source.startsWith('AZE') && r.target.startsWith('ARM'));
  check(rows.every(dyadOk), 'every event is between ARM and AZE');
  check(rows.every((r) => r.date === '2023-12-09'), 'every event is dated 2023-12-09');
  check(rows.some((r) => r.code === '0353'), `code 0353 is listed (${rows.map((r) => r.code).join(', ')})`);
  const highlighted = await page.$$eval('[data-testid=events-table] .part-event', (s) => s.map((x) => x.textContent));
  check(highlighted.length > 0 && highlighted.every((t) => t.trim()), `event words are highlighted (${highlighted.slice(0, 4).join(', ')})`);
  check(await page.locator('[data-testid=events-table] .part-source').count() > 0, 'source words are highlighted');
  check(new URL(page.url()).hash === '#dyad/ARM/AZE/day/2023-12-09', 'the period is in the URL hash');
  noProblems('after listing events');
  await page.locator('#events').scrollIntoViewIfNeeded();
  await shot('events.png');

  // 4. The story link shows the text with marked spans.
  const row0353 = page.locator('[data-testid=events-table] tbody tr[data-code="0353"]').first();
  await row0353.locator('[data-testid=story-link]').first().click();
  await page.waitForSelector('[data-testid=story-span]');
  check(new URL(page.url()).hash.startsWith('#story/'), `story URL ${new URL(page.url()).hash}`);
  const story = await page.evaluate(() => ({
    text: document.querySelector('[data-testid=story-text]').textContent,
    marks: [...document.querySelectorAll('[data-testid=story-span]')].map((m) => m.textContent),
    located: [...document.querySelectorAll('[data-testid=story-span]')].map((m) => m.dataset.located),
  }));
  check(story.text.includes('Azerbaijan will release 32 Armenian soldiers'), 'story text is shown');
  check(story.marks.length > 0, `story has ${story.marks.length} marked evidence spans`);
  check(story.marks.some((m) => m.includes('Azerbaijan will release 32')), 'the 0353 evidence sentence is marked');
  check(story.marks.every((m) => story.text.includes(m)), 'marked spans are pieces of the story text');
  check(story.located.every((l) => l === 'offsets'), 'evidence byte offsets point at the evidence text');
  noProblems('after opening the story');
  await shot('story.png');

  // 5. A linkable weekly view of the same dyad.
  await page.goto(new URL('#dyad/ARM/AZE/week', base).href);
  await page.waitForSelector('[data-testid=periods] tbody tr[data-period="2023-12-04"]');
  ok('#dyad/ARM/AZE/week lists the week of 2023-12-04');

  // 6. One actor, paged with next_cursor (`?page_size=4` sets the page size).
  await page.goto(new URL('?page_size=4#actor/ARM', base).href);
  await page.waitForSelector('[data-testid=events-table] tbody tr[data-event-id]');
  const page1 = await page.$$eval('[data-testid=events-table] tbody tr[data-event-id]', (rs) => rs.map((r) => r.dataset.eventId));
  check(page1.length === 4, `#actor/ARM shows a first page of 4 events (${page1.length})`);
  check(await page.isVisible('[data-testid=events-more]'), 'a "More" button offers the next page');
  await page.click('[data-testid=events-more]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=events-table] tbody tr[data-event-id]').length > 4);
  const paged = await page.$$eval('[data-testid=events-table] tbody tr', (rs) =>
    rs.map((r) => ({ id: r.dataset.eventId, source: r.dataset.source, target: r.dataset.target })));
  check(new Set(paged.map((r) => r.id)).size === paged.length, `"More" appends ${paged.length - 4} further events, no repeats`);
  check(paged.every((r) => r.source.startsWith('ARM') || r.target.startsWith('ARM')), 'every event involves ARM');

  // 7. API errors are shown readably (the 404 in the console is expected here).
  expect404 = true;
  await page.goto(new URL('#story/no-such-story', base).href);
  await page.waitForSelector('#story-error:not([hidden])');
  const storyError = await page.textContent('#story-error');
  check(/404/.test(storyError), `a missing story shows "${storyError.trim()}"`);
  expect404 = false;

  // 8. Code a pasted story live.
  await page.goto(base.href);
  await page.waitForSelector('[data-testid=paste-text]');
  await page.fill('[data-testid=paste-text]',
    'Armenia and Azerbaijan held talks in Washington on Monday. Azerbaijan released two Armenian soldiers.');
  await page.fill('[data-testid=paste-date]', '2024-01-15');
  await page.click('[data-testid=paste-submit]');
  await page.waitForFunction(() => document.querySelector('[data-testid=paste-events] tbody tr')
    || !document.querySelector('[data-testid=paste-error]').hidden);
  const pasteError = await page.$eval('[data-testid=paste-error]', (e) => (e.hidden ? '' : e.textContent));
  check(!pasteError, `POST /api/code succeeded${pasteError ? `: ${pasteError}` : ''}`);
  const pasted = await page.$$eval('[data-testid=paste-events] tbody tr', (rs) => rs.map((r) => `${r.dataset.source} ${r.dataset.code} ${r.dataset.target}`));
  check(pasted.length >= 1, `pasted story gives ${pasted.length} events (${pasted.join('; ')})`);
  check(await page.locator('[data-testid=paste-events] .part-event').count() > 0, 'pasted events have highlighted event words');
  noProblems('after coding a pasted story');
  await page.locator('#paste').scrollIntoViewIfNeeded();
  await shot('paste.png');

  // 9. Issue 15: USA-JPN has 48 events in June 2019 and one in 1987: the axis opens where
  // the events are dense and lists the stray one below the chart.
  const periodsShown = () => page.$$eval('[data-testid=periods] tbody tr[data-period]', (rs) => rs.map((r) => r.dataset.period));
  const waitChart = async (url) => {
    await page.goto(url);
    await page.waitForSelector('[data-testid=chart] canvas');
    await page.waitForSelector('[data-testid=periods] tbody tr[data-period]');
  };
  await waitChart(new URL('#dyad/USA/JPN/day', base).href);
  check(await page.getAttribute('[data-testid=axis-range]', 'data-source') === 'dense', 'the default axis is the dense range');
  let shown = await periodsShown();
  check(!shown.includes('1987-03-02') && shown.includes('2019-06-01') && shown.includes('2019-06-27'),
    `the axis covers June 2019 only (${shown.length} periods)`);
  const outliers = await page.$$eval('[data-testid=outlier]', (as) => as.map((a) => a.dataset.period));
  check(outliers.length === 1 && outliers[0] === '1987-03-02', `the stray date is listed below the chart (${outliers.join(', ')})`);
  // The Goldstein line breaks at empty days (uPlot null gaps), e.g. 2019-06-07.
  const gaps = await page.evaluate(() => {
    const i = state.chart.labels.indexOf('2019-06-07');
    return { label: i >= 0, gold: i >= 0 ? state.chart.gold[i] : 'missing', spanGaps: state.plot.series[5].spanGaps };
  });
  check(gaps.label && gaps.gold === null && gaps.spanGaps === false, `empty 2019-06-07 is a null gap in the Goldstein line (${JSON.stringify(gaps)})`);
  noProblems('after the dense USA-JPN timeline');
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await shot('timeline-dense.png');

  // 10. Drag-to-zoom: dragging across part of the chart sets the date range in the URL.
  // (The chart itself is scrolled into view: after a long page, #timeline may be only
  // partly in view, its chart above the window.)
  await page.locator('[data-testid=chart] .u-over').scrollIntoViewIfNeeded();
  const over = await page.locator('[data-testid=chart] .u-over').boundingBox();
  const y = over.y + over.height / 2;
  await page.mouse.move(over.x + over.width * 0.05, y);
  await page.mouse.down();
  await page.mouse.move(over.x + over.width * 0.3, y, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => /[?&]from=.*&to=/.test(location.hash));
  await page.waitForFunction(() => document.querySelector('[data-testid=axis-range]').dataset.source === 'chosen');
  const zoomed = await periodsShown();
  const zHash = new URL(page.url()).hash;
  check(zoomed.length > 0 && zoomed.length < shown.length && zoomed.every((p) => p >= '2019-06-01' && p <= '2019-06-12'),
    `dragging zooms to ${zoomed.length} periods (${zHash})`);
  check(await page.inputValue('[data-testid=f-from]') !== '', 'the date-range picker shows the zoomed range');
  noProblems('after zooming');
  await shot('timeline-zoom.png');

  // 11. The date-range picker and "All dates": every period, no outliers.
  await page.fill('[data-testid=f-from]', '2019-06-10');
  await page.fill('[data-testid=f-to]', '2019-06-20');
  await page.click('[data-testid=f-apply]');
  await page.waitForFunction(() => /from=2019-06-10&to=2019-06-20/.test(location.hash));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=periods] tbody tr[data-period]')]
    .every((r) => r.dataset.period >= '2019-06-10' && r.dataset.period <= '2019-06-20'));
  ok('the date-range picker sets the axis (2019-06-10 – 2019-06-20)');
  await page.click('[data-testid=range-all]');
  await page.waitForFunction(() => document.querySelector('[data-testid=periods] tbody tr[data-period="1987-03-02"]'));
  check(await page.isHidden('[data-testid=outliers]'), '"All dates" shows 1987 on the axis and lists no outliers');
  await shot('timeline-all.png');

  // 12. Filters: QuadClass 3 (verbal conflict) only; the URL keeps it and the events,
  // the periods and the export follow it.
  await page.click('[data-testid=range-dense]');
  await page.waitForFunction(() => !/from=/.test(location.hash));
  await page.check('[data-testid=f-quad-3]');
  await page.waitForFunction(() => /quad_class=3/.test(location.hash));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=periods] tbody tr[data-period]')]
    .every((r) => r.cells[2].textContent.trim() === '·' && r.cells[5].textContent.trim() === '·'));
  const filteredHash = new URL(page.url()).hash;
  await page.click('[data-testid=periods] tr[data-period="2019-06-03"] button');
  await page.waitForSelector('[data-testid=events-table] tbody tr[data-code]');
  const qrows = await page.$$eval('[data-testid=events-table] tbody tr[data-code]', (rs) => rs.map((r) => r.dataset.code));
  check(qrows.length > 0 && qrows.every((c) => c.startsWith('11')), `with quad_class=3 the period's events are verbal conflict (${qrows.join(', ')})`);
  const csvHref = await page.getAttribute('[data-testid=export-csv]', 'href');
  check(/format=csv/.test(csvHref) && /quad_class=3/.test(csvHref) && /dyad=USA,JPN/.test(csvHref), `the CSV export takes the selection (${csvHref})`);
  const exported = await page.evaluate(async (href) => (await (await fetch(href)).text()).trim().split('\r\n'), csvHref);
  check(exported[0].startsWith('event_id,') && exported.length - 1 === qrows.length, `the CSV export has the ${qrows.length} listed events`);
  for (const f of ['jsonl', 'gdelt']) {
    const href = await page.getAttribute(`[data-testid=export-${f}]`, 'href');
    const status = await page.evaluate(async (h) => (await fetch(h)).status, href);
    check(status === 200 && href.includes(`format=${f}`), `the ${f.toUpperCase()} export answers (${href})`);
  }
  await shot('filters.png');
  // Linkable: a fresh page on the URL shows the same filter.
  const page2 = await context.newPage();
  await page2.goto(new URL(filteredHash, base).href);
  await page2.waitForSelector('[data-testid=periods] tbody tr[data-period]');
  check(await page2.isChecked('[data-testid=f-quad-3]') && !(await page2.isChecked('[data-testid=f-quad-4]')),
    `the filter is restored from the URL ${filteredHash}`);
  await page2.close();
  await page.click('[data-testid=f-clear]');
  await page.waitForFunction(() => !/quad_class/.test(location.hash));

  // 13. Normalised series: events per 1,000 stories beside the raw counts.
  await page.click('[data-testid=scale-norm]');
  await page.waitForFunction(() => /norm=1/.test(location.hash) && state.chart && state.chart.norm);
  const norm = await page.evaluate(() => ({
    axis: state.plot.axes[1].label,
    row: [...document.querySelector('[data-testid=periods] tr[data-period="2019-06-20"]').cells].map((c) => c.textContent),
  }));
  check(norm.axis === 'events per 1,000 stories', `the left axis reads "${norm.axis}"`);
  check(norm.row[7] === '2' && norm.row[8] === '1000.0', `2019-06-20: 2 stories, 1000.0 events per 1,000 stories (${norm.row.join(' | ')})`);
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await shot('normalised.png');
  await page.click('[data-testid=scale-raw]');
  await page.waitForFunction(() => !/norm=1/.test(location.hash));

  // 14. Historical events (dated 1995 by a 2019 story) are left out unless asked.
  check(!(await periodsShown()).includes('1995-01-01'), 'historical events are left out by default');
  await page.check('[data-testid=f-historical]');
  await page.waitForFunction(() => /include_historical=1/.test(location.hash));
  await page.waitForFunction(() => document.querySelector('[data-testid=periods] tr[data-period="1995-01-01"]')
    || [...document.querySelectorAll('[data-testid=outlier]')].some((a) => a.dataset.period === '1995-01-01'));
  ok('with "historical events" checked, 1995-01-01 is shown');
  await shot('historical.png');
  await page.uncheck('[data-testid=f-historical]');

  // 15. A pasted story's `date` line dates it and stays out of the evidence; storing
  // needs `parley serve --writable` (this server is read-only: 403 shown).
  await page.goto(base.href);
  await page.waitForSelector('[data-testid=paste-text]');
  await page.fill('[data-testid=paste-text]', 'date 2024-01-15\nArmenia and Azerbaijan held talks in Washington on Monday.');
  await page.click('[data-testid=paste-submit]');
  await page.waitForFunction(() => /dated|no date/.test(document.querySelector('[data-testid=paste-status]').textContent)
    || !document.querySelector('[data-testid=paste-error]').hidden);
  const status = await page.textContent('[data-testid=paste-status]');
  check(/dated 2024-01-15/.test(status), `the date line dates the pasted story ("${status}")`);
  const evidence = await page.$$eval('[data-testid=paste-events] .evidence', (es) => es.map((e) => e.textContent));
  check(evidence.length > 0 && evidence.every((t) => !t.includes('date 2024')), 'the date line is not in the evidence');
  expect403 = true;
  await page.click('[data-testid=paste-store]');
  await page.waitForSelector('[data-testid=paste-error]:not([hidden])');
  const storeError = await page.textContent('[data-testid=paste-error]');
  check(/403/.test(storeError) && /--writable/.test(storeError), `Store on a read-only server says "${storeError.trim()}"`);
  expect403 = false;
  noProblems('after the paste box');
  await page.locator('#paste').scrollIntoViewIfNeeded();
  await shot('paste-date.png');

  // 9-12: the overview, actor profile, network and compare views (issue 15, parts 6-9).
  await checkViews(page, shot);
  // 13-14: search and corrections (issue 15, parts 10 and 12).
  await checkSearch(page, shot);
  if (writable) await checkCorrections(page, shot, writable);
  else console.log('# no WRITABLE_URL: corrections not checked');
} catch (e) {
  failed++;
  const what = e instanceof CheckFailed ? e.message : `${e.name}: ${e.message.split('\n')[0]}`;
  console.error(`not ok - ${what}`);
  if (problems.length) console.error(`  browser problems: ${problems.join('; ')}`);
  if (page) await page.screenshot({ path: path.join(shotDir, 'failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close().catch(() => {});
  clearTimeout(watchdog);
}
console.log(`dashboard e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** Pixels painted on the first canvas under `selector`. */
async function inked(selector) {
  return page.evaluate((sel) => {
    const c = document.querySelector(`${sel} canvas`);
    if (!c) return 0;
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]) n++;
    return n;
  }, selector);
}

async function checkViews(page, shot) {
  const hash = () => new URL(page.url()).hash;

  // 9. The landing page is the overview: the example's one dyad is the busiest.
  await page.goto(base.href);
  await page.waitForSelector('[data-testid=overview] [data-testid=overview-busiest] tbody tr[data-dyad]');
  await page.goto(new URL('#overview/day', base).href);
  await page.waitForSelector('[data-testid=overview-busiest] tbody tr[data-dyad]');
  const busiest = await page.$$eval('[data-testid=overview-busiest] tbody tr[data-dyad]', (rs) => rs.map((r) => r.dataset.dyad));
  check(busiest[0] === 'ARM,AZE', `the busiest dyad of the last 30 days is ARM-AZE (${busiest.join('; ')})`);
  check(await inked('[data-testid=overview-chart]') > 1000, 'the overview chart is drawn');
  const note = await page.textContent('[data-testid=overview-note]');
  check(/latest event 2023-12-09/.test(note), `the overview names the window (${note.trim()})`);
  const intense = await page.$$eval('[data-testid=overview-intense] tbody tr[data-code]', (rs) => rs.map((r) => r.dataset.code));
  // |Goldstein| >= 7 in the window: 0353 (Armenia's intent to free the servicemen) and,
  // since eeda0c2 ('will release' keeps its code), 0841 (Azerbaijan will release 32 soldiers).
  check(intense.includes('0353') && intense.every((c) => c === '0353' || c === '0841'),
    `high-intensity events listed (${intense.join(', ')})`);
  check(await page.locator('[data-testid=overview-intense] .part-event').count() > 0, 'their event words are highlighted');
  noProblems('after the overview');
  await shot('overview.png');
  // By month (the store spans 1987-2023), clicking the last bar lists 2023-12's events.
  await page.goto(new URL('#overview/month', base).href);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=overview] p')]
    .some((p) => p.textContent.startsWith('Bars: events per month'))
    && document.querySelector('[data-testid=overview-chart]')._plot);
  await page.locator('[data-testid=overview-chart] .u-over').scrollIntoViewIfNeeded();
  const at = await page.evaluate(() => {
    const u = document.querySelector('[data-testid=overview-chart]')._plot;
    const r = u.over.getBoundingClientRect();
    const i = u.data[0].length - 1; // the last period: 2023-12
    return { x: r.left + u.valToPos(i, 'x'), y: r.top + r.height - 8 };
  });
  await page.mouse.move(at.x, at.y);
  await page.mouse.click(at.x, at.y);
  await page.waitForSelector('[data-testid=events-table] tbody tr[data-code]');
  const monthRows = await page.$$eval('[data-testid=events-table] tbody tr[data-code]', (rs) => rs.map((r) => r.cells[0].textContent));
  check(monthRows.length > 0 && monthRows.every((d) => d.startsWith('2023-12')), `clicking a month of the overview lists its ${monthRows.length} events`);
  await page.click('[data-testid=overview-busiest] tbody tr[data-dyad="ARM,AZE"] a');
  await page.waitForSelector('[data-testid=periods] tbody tr[data-period]');
  check(hash() === '#dyad/ARM/AZE/month', `a busiest dyad opens its timeline by the chosen period (${hash()})`);
  check(await page.isHidden('[data-testid=overview]'), 'the overview is hidden on the dyad view');

  // 10. The actor profile, and its Period selector.
  await page.goto(new URL('#actor/ARM/day', base).href);
  await page.waitForSelector('[data-testid=actor-partners-out] tbody tr[data-code]');
  const partners = await page.$$eval('[data-testid=actor-partners-out] tbody tr[data-code]', (rs) => rs.map((r) => r.dataset.code));
  check(partners.includes('AZE'), `ARM's partners out include AZE (${partners.join(', ')})`);
  const partnersIn = await page.$$eval('[data-testid=actor-partners-in] tbody tr[data-code]', (rs) => rs.map((r) => r.dataset.code));
  check(partnersIn.includes('AZE') && partnersIn.includes('USA'), `ARM's partners in include AZE and USA (${partnersIn.join(', ')})`);
  const types = await page.$$eval('[data-testid=actor-types] tbody tr[data-code] .code-name', (s) => s.map((x) => x.textContent));
  check(types.length > 0 && types.every((t) => t.trim()), `event types carry CAMEO names (${types.slice(0, 3).join('; ')})`);
  const sectors = await page.$$eval('[data-testid=actor-sectors] tbody tr[data-code]', (rs) => rs.map((r) => r.dataset.code));
  check(sectors.includes('ARMGOV') && sectors.every((c) => c.startsWith('ARM')), `sectors are ARM codes (${sectors.join(', ')})`);
  check(await inked('[data-testid=actor-chart]') > 1000, 'the actor timeline is drawn');
  check(await page.isVisible('[data-testid=events-table]'), "the actor's events are listed below its profile");
  const weekly = page.waitForResponse((r) => r.url().includes('/api/actors/ARM?by=week') && r.status() === 200);
  await page.selectOption('[data-testid=by]', 'week');
  await weekly;
  await page.waitForFunction(() => location.hash === '#actor/ARM/week');
  ok('the Period selector reloads the profile by week (#actor/ARM/week)');
  noProblems('after the actor profile');
  await shot('actor.png');

  // 11. The network: nodes and edges; a node opens a profile, an edge a dyad; filters.
  await page.goto(new URL('#network', base).href);
  await page.waitForSelector('[data-testid=network-node]');
  const nodes = await page.$$eval('[data-testid=network-node]', (gs) => gs.map((g) => g.dataset.code));
  check(['ARM', 'AZE', 'USA'].every((c) => nodes.includes(c)) && nodes.every(Boolean), `network nodes ${nodes.join(', ')}`);
  const edge = page.locator('[data-testid=network-edge][data-a="ARM"][data-b="AZE"]');
  check(await edge.count() === 1, 'an ARM-AZE edge is drawn');
  const widths = await page.$$eval('[data-testid=network-edge]', (ls) => ls.map((l) => [l.dataset.a + l.dataset.b, Number(l.getAttribute('stroke-width')), Number(l.dataset.events)]));
  const busiestEdge = widths.reduce((m, w) => (w[2] > m[2] ? w : m));
  check(widths.every((w) => w[1] <= busiestEdge[1]), `the busiest edge is the widest (${widths.map((w) => `${w[0]}:${w[2]}`).join(' ')})`);
  const nodeBox = await page.locator('[data-testid=network-node][data-code="ARM"]').boundingBox();
  check(nodeBox && nodeBox.width > 5, 'the ARM node has a size');
  noProblems('after the network');
  await shot('network.png');
  await page.locator('[data-testid=network-node][data-code="ARM"] circle').click();
  await page.waitForFunction(() => location.hash.startsWith('#actor/ARM/'));
  ok(`clicking a node opens its profile (${hash()})`);
  await page.goto(new URL('#network', base).href);
  await page.waitForSelector('[data-testid=network-edge][data-a="ARM"][data-b="AZE"]');
  await page.locator('[data-testid=network-edges] tbody tr[data-dyad="ARM,AZE"] a').waitFor();
  await page.dispatchEvent('[data-testid=network-edge][data-a="ARM"][data-b="AZE"]', 'click');
  await page.waitForFunction(() => location.hash.startsWith('#dyad/ARM/AZE/'));
  ok(`clicking an edge opens its dyad (${hash()})`);
  // The filter bar's filters hold in the network and stay in its URL.
  await page.goto(new URL('#network?root=02', base).href);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=network-edge]').length > 0
    && !document.querySelector('[data-testid=network-edge][data-a="ARM"][data-b="AZE"]'));
  const appeals = await page.$$eval('[data-testid=network-edge]', (ls) => ls.map((l) => `${l.dataset.a}-${l.dataset.b}`));
  check(appeals.every((e) => e.includes('USA')), `the root filter keeps the appeals (02): ${appeals.join(', ')} (${hash()})`);
  await page.selectOption('[data-testid=network-level]', 'code');
  await page.click('[data-testid=network-apply]');
  await page.waitForFunction(() => location.hash.startsWith('#network/code') && location.hash.includes('root=02'));
  await page.waitForSelector('[data-testid=network-node][data-code="ARMGOV"]');
  ok(`whole codes as nodes, the filter kept (${hash()})`);

  // 12. Compare two dyads on one time axis.
  await page.goto(new URL('#compare/day', base).href);
  await page.waitForSelector('[data-testid=compare-row]');
  const rowsIn = page.locator('[data-testid=compare-row]');
  await rowsIn.nth(0).locator('[data-testid=compare-a]').fill('arm');
  await rowsIn.nth(0).locator('[data-testid=compare-b]').fill('aze');
  await rowsIn.nth(1).locator('[data-testid=compare-a]').fill('USA');
  await rowsIn.nth(1).locator('[data-testid=compare-b]').fill('ARM');
  await page.click('[data-testid=compare-submit]');
  await page.waitForSelector('[data-testid=compare-table] tbody tr[data-period]');
  check(hash() === '#compare/day/ARM,AZE/USA,ARM', `the comparison is linkable (${hash()})`);
  const compared = await page.$$eval('[data-testid=compare-table] tbody tr[data-period]', (rs) => rs.map((r) => r.dataset.period));
  check(compared.includes('2023-12-09') && compared.includes('2023-12-07'), `one axis for both dyads (${compared.join(', ')})`);
  check(await inked('[data-testid=compare-chart]') > 500, 'the comparison chart is drawn');
  const legend = await page.$$eval('[data-testid=compare-chart] .u-legend .u-series', (s) => s.map((x) => x.textContent));
  check(legend.some((t) => t.includes('ARM ↔ AZE')) && legend.some((t) => t.includes('USA ↔ ARM')), 'the legend names both dyads');
  await page.selectOption('[data-testid=compare-metric]', 'goldstein');
  await page.click('[data-testid=compare-submit]');
  await page.waitForFunction(() => location.hash.endsWith('/goldstein'));
  await page.waitForSelector('[data-testid=compare-table] tbody tr[data-period]');
  ok(`the metric is in the URL (${hash()})`);
  noProblems('after comparing');
  await shot('compare.png');
}

/** The rows of the search results: event id, code, and the marked words of each. */
async function searchRows(page) {
  return page.$$eval('[data-testid=search-results] tbody tr[data-event-id]', (rs) => rs.map((r) => ({
    id: r.dataset.eventId,
    corrected: r.dataset.corrected,
    marks: [...r.querySelectorAll('mark.hit')].map((m) => m.textContent),
    story: r.querySelector('[data-testid=story-link]') && r.querySelector('[data-testid=story-link]').getAttribute('href'),
    dyad: r.querySelector('[data-testid=search-dyad-link]') && r.querySelector('[data-testid=search-dyad-link]').getAttribute('href'),
  })));
}

async function checkSearch(page, shot) {
  const hash = () => new URL(page.url()).hash;
  // 13. The search box in the top bar: matched words marked, links to story and dyad.
  await page.goto(new URL('#overview/day', base).href);
  await page.fill('[data-testid=search-q]', 'release');
  await page.click('[data-testid=search-submit]');
  await page.waitForSelector('[data-testid=search-results] tbody tr[data-event-id]');
  check(hash() === '#search/release', `the search is linkable (${hash()})`);
  const rows = await searchRows(page);
  check(rows.length >= 2, `"release" finds ${rows.length} sentences`);
  check(rows.every((r) => r.marks.length && r.marks.every((m) => /^releas/i.test(m))),
    `every sentence has its matched words marked (${rows.map((r) => r.marks.join('+')).join(', ')})`);
  check(rows.every((r) => r.story && r.story.startsWith('#story/') && r.dyad && /^#(dyad|actor)\//.test(r.dyad)),
    `every hit links to its story and its dyad (${rows[0].story}, ${rows[0].dyad})`);
  const highlightedEvent = await page.locator('[data-testid=search-results] .part-event mark.hit').count();
  check(highlightedEvent > 0, 'the matches sit inside the highlighted event words');
  noProblems('after searching');
  await page.locator('#view-search').scrollIntoViewIfNeeded();
  await shot('search.png');
  // A title match, a phrase and the filters: "parley example story" is the example's title.
  await page.goto(new URL(`#search/${encodeURIComponent('"example story"')}`, base).href);
  await page.waitForSelector('[data-testid=search-titles] [data-testid=search-title]');
  const titleMarks = await page.$$eval('[data-testid=search-titles] mark.hit', (ms) => ms.map((m) => m.textContent));
  check(titleMarks.join(' ') === 'example story', `the title's matched phrase is marked (${titleMarks.join(' | ')})`);
  await page.goto(new URL('#search/talks/date?from=2019-01-01', base).href);
  await page.waitForFunction(() => /match/.test(document.querySelector('[data-testid=search-status]').textContent));
  const dated = await page.$$eval('[data-testid=search-results] tbody tr[data-event-id]', (rs) => rs.map((r) => r.cells[0].firstChild.textContent));
  check(dated.every((d) => d >= '2019-01-01') && dated.join() === [...dated].sort().reverse().join(),
    `the filter bar's dates and "newest first" apply (${dated.length} hits)`);
  // A bad query: the API's 400 message, shown.
  expect400 = true;
  await page.goto(new URL(`#search/${encodeURIComponent('"peace talks')}`, base).href);
  await page.waitForSelector('[data-testid=search-error]:not([hidden])');
  const err = await page.textContent('[data-testid=search-error]');
  check(/400/.test(err) && /unbalanced quote/.test(err), `a bad query shows "${err.trim()}"`);
  expect400 = false;
  await shot('search-error.png');
  check(await page.locator('[data-testid=correct-button]').count() === 0, 'a read-only server offers no Correct button');
}

async function checkCorrections(page, shot, writable) {
  // 14. On `parley serve --writable`: correct an event's code and target, mark another
  // wrong; the markers and corrected values are shown, and still there after a reload.
  const at = (h) => new URL(h, writable).href;
  await page.goto(at('#dyad/ARM/AZE/day/2023-12-09'));
  // "Azerbaijan will release 32 Armenian soldiers": AZE -> ARMMIL.
  const aze = '[data-testid=events-table] tbody tr[data-source="AZE"][data-target="ARMMIL"]';
  await page.waitForSelector(`${aze} [data-testid=correct-button]`);
  const row = page.locator(aze).first();
  const id = await row.getAttribute('data-event-id');
  await row.locator('[data-testid=correct-button]').click();
  await page.waitForSelector('[data-testid=correction-form]');
  await page.fill('[data-testid=corr-code]', '0353');
  await page.fill('[data-testid=corr-target]', 'armgov');
  await page.fill('[data-testid=corr-reason]', 'promised, not yet done');
  await page.fill('[data-testid=corr-author]', 'e2e');
  await page.locator('[data-testid=correction-form]').scrollIntoViewIfNeeded();
  await shot('correction-form.png');
  await page.click('[data-testid=corr-save]');
  const fixed = `[data-testid=events-table] tbody tr[data-event-id="${id}"][data-corrected="fixed"]`;
  await page.waitForSelector(fixed);
  const shown = await page.$eval(fixed, (r) => ({
    code: r.querySelector('[data-testid=corrected-code]').textContent,
    target: r.querySelector('[data-testid=corrected-target]').textContent,
    marker: r.querySelector('[data-testid=corrected]').textContent,
    title: r.querySelector('[data-testid=corrected]').title,
  }));
  check(shown.code === '0353' && shown.target === 'ARMGOV' && shown.marker === 'corrected',
    `the correction is shown in the row (${JSON.stringify(shown)})`);
  check(/e2e/.test(shown.title) && /promised, not yet done/.test(shown.title), `the marker says who and why ("${shown.title}")`);
  // Mark another event of the day wrong.
  const other = page.locator('[data-testid=events-table] tbody tr[data-event-id][data-corrected=""]').first();
  const otherId = await other.getAttribute('data-event-id');
  await other.locator('[data-testid=correct-button]').click();
  await page.check('[data-testid=corr-wrong]');
  await page.click('[data-testid=corr-save]');
  await page.waitForSelector(`[data-testid=events-table] tbody tr[data-event-id="${otherId}"][data-corrected="wrong"]`);
  ok('an event marked wrong is shown so');
  // A bad correction shows the API's message and stores nothing.
  expect400 = true;
  const third = page.locator('[data-testid=events-table] tbody tr[data-event-id][data-corrected=""]').first();
  await third.locator('[data-testid=correct-button]').click();
  await page.fill('[data-testid=corr-code]', '0999');
  await page.click('[data-testid=corr-save]');
  await page.waitForSelector('[data-testid=corr-error]:not([hidden])');
  const corrError = await page.textContent('[data-testid=corr-error]');
  check(/400/.test(corrError) && /0999 is not in the CAMEO table/.test(corrError), `a code not in CAMEO is refused ("${corrError.trim()}")`);
  expect400 = false;
  // Stored: a fresh page shows both, in the events table, the story and the search.
  await page.goto(at('#overview'));
  await page.goto(at('#dyad/ARM/AZE/day/2023-12-09'));
  await page.waitForSelector('[data-testid=events-table] tbody tr[data-corrected="fixed"]');
  const kinds = await page.$$eval('[data-testid=events-table] tbody tr[data-corrected]', (rs) => rs.map((r) => r.dataset.corrected).filter(Boolean).sort());
  check(kinds.join() === 'fixed,wrong', `after a reload the table shows both corrections (${kinds.join(', ')})`);
  const health = await page.evaluate(async () => (await (await fetch('/api/health')).json()));
  check(health.corrections === 2 && health.writable === true, `the store holds 2 corrections (${JSON.stringify(health)})`);
  noProblems('after correcting');
  await page.locator('#events').scrollIntoViewIfNeeded();
  await shot('corrections.png');
  await page.goto(at('#story/armenia_azerbaijan'));
  await page.waitForSelector('[data-testid=story-events] [data-testid=corrected]');
  check(await page.locator('[data-testid=story-events] [data-testid=corrected]').count() === 2, 'the story view marks both corrected events');
  await page.goto(at('#search/release'));
  await page.waitForSelector('[data-testid=search-results] tbody tr[data-event-id]');
  const hits = await searchRows(page);
  check(hits.some((h) => h.id === id && h.corrected === 'fixed'), 'a search hit shows its correction');
  const csv = await page.evaluate(async () => (await (await fetch('/api/events?dyad=ARM,AZE&format=csv&limit=1000')).text()));
  check(/,corrected,corrected_code,/.test(csv.split('\r\n')[0]) && csv.includes(',fixed,0353,,ARMGOV'), 'the CSV export carries the correction');
  noProblems('after the corrections');
}

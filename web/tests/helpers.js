// Shared set-up of the browser tests: the system Chromium driven by
// playwright-core (which downloads no browser), the server under test,
// tokens for every role, and the API answers the tests compare the page
// against.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE = (process.env.PEERGRAPH_DASHBOARD_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
export const TOKEN = process.env.PEERGRAPH_TEST_TOKEN || '';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const OUT = process.env.PEERGRAPH_TEST_OUTPUT || path.resolve(root, '.test-output/dashboard');
mkdirSync(OUT, { recursive: true });

export function chromiumPath() {
  if (process.env.PEERGRAPH_CHROMIUM) return process.env.PEERGRAPH_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser']) {
    try { return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim(); } catch { /* next */ }
  }
  throw new Error('no Chromium found: run scripts/ensure-chromium.sh (as root it installs Debian\'s chromium) or set PEERGRAPH_CHROMIUM');
}

// The machine's network is closed: Chromium must not try to reach Google for
// updates, sync or field trials (Playwright starts it with a fresh, temporary
// user data directory of its own).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * A token for a role, signed the way the server under test verifies
 * (`server token`, with the development secret in the repository's
 * .peergraph-dev); '' for PUBLIC.
 */
export function tokenFor(role, { professional, communities } = {}) {
  if (role === 'PUBLIC') return '';
  if (role === 'ADMIN' && TOKEN) return TOKEN;
  const bin = process.env.PEERGRAPH_SERVER_BIN || path.join(root, '.test-output/peergraph-server');
  const args = ['token', '--role', role, '--subject', `dashboard-test-${role.toLowerCase()}`, '--ttl', '1h'];
  if (professional) args.push('--professional', professional);
  if (communities) args.push('--communities', communities.join(','));
  return execFileSync(bin, args, { cwd: root, encoding: 'utf8' }).trim();
}

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * A page with a token (the environment's admin token unless told otherwise;
 * '' for none) already in the token box's storage, failing the test on a
 * script error or a CSP violation. A phone is emulated as one (touch,
 * mobile viewport), which is when a too-wide page grows the layout viewport.
 */
export async function openPage(browser, { viewport = DESKTOP, token = TOKEN } = {}) {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ viewport, hasTouch: phone, isMobile: phone, baseURL: BASE, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  // Only on the first document: a token the page stores later must not be
  // put back by the next navigation.
  if (token) await context.addInitScript((t) => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('peergraph.token', t); } }, token);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (401|403)/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.problems = problems;
  return { context, page };
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

/** Asks the API directly (as admin unless a token is given) for what the page should show. */
export async function api(query, variables = {}, token = TOKEN) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${BASE}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors && body.errors.length) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The dashboard's default window: the 180 days up to the day after the newest chat ends. */
export async function defaultWindow() {
  const d = await api('{ chats(first: 1) { nodes { endsAt } } }');
  const end = new Date(d.chats.nodes[0].endsAt);
  const until = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) + 864e5;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  return { since: `${iso(until - 180 * 864e5)}T00:00:00Z`, until: `${iso(until)}T00:00:00Z` };
}

export const pct = (x) => `${Math.round(x * 100)}%`;

/**
 * Waits until the view at a route (the hash, after any redirect the view
 * makes) has drawn its panels and each has finished loading.
 */
export async function panelsSettled(page, route, timeout = 60000) {
  await page.waitForFunction((r) => {
    const main = document.querySelector('main');
    if (r && !(main.dataset.route || location.hash).startsWith(r)) return false;
    const ps = [...main.querySelectorAll('section.panel')];
    return ps.length > 0 && ps.every((p) => !p.querySelector('[aria-busy=true], .panel-body > .loading') && p.querySelector('.panel-body'));
  }, route, { timeout });
}

/**
 * Each panel's state by its id, read from what it shows: forbidden (the
 * role cannot see it), error (with the text), or ready.
 */
export async function panelStates(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('main section.panel')].map((p) => {
    const body = p.querySelector('.panel-body');
    if (body.querySelector(':scope > .forbidden')) return [p.dataset.panel, 'forbidden'];
    const err = body.querySelector(':scope > .error');
    return [p.dataset.panel, err ? `error: ${err.textContent}` : 'ready'];
  })));
}

/**
 * What a phone would show sideways: the page must fit the width the test
 * asked for. Under mobile emulation a page wider than the screen widens the
 * layout viewport, so innerWidth grows with it and scrollWidth against
 * innerWidth cannot tell: both are measured against the requested width.
 */
export async function overflow(page, width) {
  return page.evaluate((w) => {
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= w + 1) continue;
      // Inside a box that scrolls sideways on its own (a wide chart) is fine.
      let p = el.parentElement, scrolls = false;
      while (p && p !== document.body) {
        const s = getComputedStyle(p);
        if ((s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden') && p.getBoundingClientRect().right <= w + 1) { scrolls = true; break; }
        p = p.parentElement;
      }
      if (!scrolls) wide.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} right=${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide: wide.slice(0, 5) };
  }, width);
}

/** The smallest text drawn in a chart, in CSS pixels as shown (font size times the SVG's scale). */
export async function smallestChartText(page) {
  return page.evaluate(() => {
    let min = Infinity, where = '';
    for (const t of document.querySelectorAll('main svg text')) {
      const ctm = t.ownerSVGElement.getScreenCTM();
      if (!ctm || !t.getClientRects().length) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
      if (px < min) { min = px; where = t.textContent; }
    }
    return { min, where };
  });
}

/** Times kept for the README (navigation to content per view). */
const timings = [];
export function recordTiming(entry) {
  timings.push(entry);
  writeFileSync(path.join(OUT, 'timings.json'), JSON.stringify(timings, null, 2));
}

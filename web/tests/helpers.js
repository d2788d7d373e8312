// Shared set-up of the browser tests: the system Chromium driven by
// playwright-core (which downloads no browser), the server under test, and
// the API answers the tests compare the page against.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE = (process.env.PEERGRAPH_DASHBOARD_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
export const TOKEN = process.env.PEERGRAPH_TEST_TOKEN || '';
const here = path.dirname(fileURLToPath(import.meta.url));
export const OUT = process.env.PEERGRAPH_TEST_OUTPUT || path.resolve(here, '../../.test-output/dashboard');
mkdirSync(OUT, { recursive: true });

export function chromiumPath() {
  if (process.env.PEERGRAPH_CHROMIUM) return process.env.PEERGRAPH_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser']) {
    try { return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim(); } catch { /* next */ }
  }
  throw new Error('no Chromium found: install Debian\'s package (apt-get install chromium) or set PEERGRAPH_CHROMIUM');
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
 * A page with a token (the environment's unless told otherwise; '' for
 * none) already in the token box's storage, failing the test on a script
 * error or a CSP violation.
 */
export async function openPage(browser, { viewport = { width: 1366, height: 900 }, hasTouch = false, isMobile = false, token = TOKEN } = {}) {
  const context = await browser.newContext({ viewport, hasTouch, isMobile, baseURL: BASE });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  // Only on the first document: a token the page stores later must not be
  // put back by the next navigation.
  if (token) await context.addInitScript((t) => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('peergraph.token', t); } }, token);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 401/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.problems = problems;
  return { context, page };
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

/** Asks the API directly, with the same token, for what the page should show. */
export async function api(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (TOKEN) headers.Authorization = `Bearer ${TOKEN}`;
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

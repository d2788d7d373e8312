// The live chat view against a chat followed live: a replay of real
// recorded Bluesky posts (loader/collect/collecttest/livereplay: atrrr's
// #rstats search, two stretches each at its real pace sped up 120 times)
// is followed by `loader collect --follow` into the test Neo4j, and the
// server pushes the chat to the page. The page must show an unanswered
// newcomer within 5 s of their post being served, and drop them within
// 5 s of the answer being served; every post's time from being served to
// being counted on the screen is written to live-latency.json. Then the
// view as every role, at 1366 and 390 px: only an admin and the
// community's coordinator may follow it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, launch, openPage, api, tokenFor, panelsSettled, panelStates, overflow, DESKTOP, PHONE, OUT } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COMMUNITY = 'RStatsLive';
const SPANS = ['2025-07-02T22:40:00Z/2025-07-02T23:10:00Z', '2025-07-03T12:45:00Z/2025-07-03T13:15:00Z'];
const SPEED = 120;
const NEWCOMER = 'drbixby.bsky.social'; // answered by jenrichmondphd 20 recorded minutes later

let browser;
let replay;
let follower;
let plan;
let chatId;
const served = []; // { id, author, replyTo, served (ms) } in the order served
const procs = [];

function start(bin, args, name) {
  const p = spawn(bin, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  p.stderr.on('data', (d) => { log.push(String(d)); if (log.length > 200) log.shift(); });
  p.log = log;
  p.name = name;
  procs.push(p);
  return p;
}

before(async () => {
  browser = await launch();
  const bin = (env, name) => process.env[env] || path.join(root, '.test-output', name);
  replay = start(bin('PEERGRAPH_REPLAY_BIN', 'livereplay'), ['--data', path.join(root, 'testdata/real'),
    ...SPANS.flatMap((s) => ['--span', s]), '--speed', String(SPEED), '--start-in', '25s'], 'replay');
  const lines = createInterface({ input: replay.stdout });
  const url = await new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      const m = JSON.parse(line);
      if (m.listening) { plan = m.plan; resolve(m.listening); return; }
      served.push({ ...m, served: Date.parse(m.served) });
    });
    replay.on('exit', (code) => reject(new Error(`the replay stopped (${code}): ${replay.log.join('')}`)));
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'peergraph-live-'));
  const startAt = new Date(Date.now() - 5 * 60000).toISOString().replace(/\.\d+Z$/, 'Z');
  writeFileSync(path.join(dir, 'chats.csv'), `community,hashtag,topic,host,start,duration\n${COMMUNITY},rstats,R tonight,,${startAt},60\n`);
  follower = start(bin('PEERGRAPH_LOADER_BIN', 'peergraph-loader'), ['collect', '--follow', '--catalogue', path.join(dir, 'chats.csv'),
    '--bsky', '--bsky-appview', url, '--every', '1s', '--archive', path.join(dir, 'archive'), '--rejects', path.join(dir, 'rejects.jsonl')], 'follower');
  for (let i = 0; i < 120 && !chatId; i++) {
    const d = await api('query($c: String!) { chats(community: $c, first: 1) { nodes { id } } }', { c: COMMUNITY }).catch(() => null);
    chatId = d && d.chats.nodes[0] && d.chats.nodes[0].id;
    if (!chatId) await new Promise((r) => setTimeout(r, 500));
  }
  assert.ok(chatId, `the followed chat never appeared: ${follower.log.join('').slice(-2000)}`);
  // The server's read model takes the chat in at its next check.
  const admin = tokenFor('ADMIN');
  let status = 0;
  for (let i = 0; i < 60 && status !== 200; i++) {
    const ac = new AbortController();
    const res = await fetch(`${BASE}/live/${encodeURIComponent(chatId)}`, { headers: { Authorization: `Bearer ${admin}` }, signal: ac.signal });
    status = res.status;
    ac.abort();
    if (status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  assert.equal(status, 200, 'the server never had the followed chat');
});

after(async () => {
  for (const p of procs) p.kill('SIGINT');
  await browser?.close();
});

const quantile = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];

test('a newcomer waits on the live view, then leaves it when answered, each within 5 s of the post being served', { timeout: 240000 }, async () => {
  const token = tokenFor('COORDINATOR', { communities: [COMMUNITY] });
  const { context, page } = await openPage(browser, { viewport: DESKTOP, token });
  try {
    await page.goto(`/#/live/${encodeURIComponent(chatId)}`);
    await panelsSettled(page, '#/live/', 30000);
    assert.deepEqual(await panelStates(page), { live: 'ready' });
    // Every change of the screen, with the page's clock: the posts counted
    // and who is waiting.
    await page.evaluate(() => {
      window.__screens = [];
      const look = () => {
        const posts = document.querySelector('[data-testid=live-posts] .stat-value');
        window.__screens.push({ t: Date.now(), posts: posts ? Number(posts.textContent) : 0,
          waiting: [...document.querySelectorAll('.waiting-entry')].map((e) => e.dataset.handle) });
      };
      new MutationObserver(look).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
      look();
    });
    const answer = plan.find((p) => p.replyTo && plan.some((q) => q.id === p.replyTo && q.author === NEWCOMER));
    assert.ok(answer, 'the replay holds an answer to the newcomer');
    // Until every post is on the screen (or a minute after the last is served).
    const last = Math.max(...plan.map((p) => Date.parse(p.at)));
    await page.waitForFunction((n) => window.__screens.some((s) => s.posts >= n), plan.length, { timeout: Math.max(0, last - Date.now()) + 60000 }).catch(() => {});
    const screens = await page.evaluate(() => window.__screens);
    await page.screenshot({ path: path.join(OUT, 'live-1366.png'), fullPage: true });

    const servedAt = (id) => (served.find((s) => s.id === id) || {}).served;
    const newcomerPost = plan.find((p) => p.author === NEWCOMER);
    const appear = screens.find((s) => s.waiting.includes(NEWCOMER));
    assert.ok(appear, `the newcomer ${NEWCOMER} never showed as waiting`);
    const leave = screens.find((s) => s.t > appear.t && !s.waiting.includes(NEWCOMER));
    assert.ok(leave, `the newcomer ${NEWCOMER} never left the list after ${answer.author} answered`);
    const appeared = appear.t - servedAt(newcomerPost.id);
    const left = leave.t - servedAt(answer.id);
    // Each post: served, then counted on the screen.
    const order = [...served].sort((a, b) => a.served - b.served);
    const latencies = order.map((s, i) => {
      const seen = screens.find((x) => x.posts >= i + 1 && x.t >= s.served);
      return seen ? seen.t - s.served : null;
    });
    const measured = latencies.filter((x) => x !== null).sort((a, b) => a - b);
    const result = { at: new Date().toISOString(), speed: SPEED, spans: SPANS, posts: plan.length, served: served.length,
      newcomerAppearedMs: appeared, newcomerLeftMs: left, postToScreenMs: latencies,
      p50: quantile(measured, 0.5), p95: quantile(measured, 0.95), max: measured[measured.length - 1] };
    writeFileSync(path.join(OUT, 'live-latency.json'), JSON.stringify(result, null, 2));
    console.log(`live: newcomer on screen ${appeared} ms after the post was served, gone ${left} ms after the answer; post to screen p50 ${result.p50} ms, p95 ${result.p95} ms over ${measured.length} posts`);
    assert.ok(appeared <= 5000, `the newcomer showed ${appeared} ms after the post was served`);
    assert.ok(left <= 5000, `the newcomer left ${left} ms after the answer was served`);
    assert.equal(measured.length, plan.length, `posts never counted on the screen: ${JSON.stringify(latencies)}`);
    assert.deepEqual(page.problems, [], 'no script errors or CSP violations');
  } finally {
    await context.close();
  }
});

test('the live view: an admin and the community\'s coordinator follow it; every other role is refused, at 1366 and 390 px', { timeout: 240000 }, async () => {
  const tokens = {
    PUBLIC: '', MEMBER: tokenFor('MEMBER', { professional: 'x:nobody' }), RESEARCHER: tokenFor('RESEARCHER'),
    'COORDINATOR of another community': tokenFor('COORDINATOR', { communities: ['WeMDT'] }),
    COORDINATOR: tokenFor('COORDINATOR', { communities: [COMMUNITY] }), ADMIN: tokenFor('ADMIN'),
  };
  const allowed = ['COORDINATOR', 'ADMIN'];
  mkdirSync(path.join(OUT, 'roles'), { recursive: true });
  const failures = [];
  for (const viewport of [DESKTOP, PHONE]) {
    for (const [role, token] of Object.entries(tokens)) {
      const { context, page } = await openPage(browser, { viewport, token });
      try {
        await page.goto(`/#/live/${encodeURIComponent(chatId)}`);
        await panelsSettled(page, '#/live/', 30000);
        const states = await panelStates(page);
        const want = allowed.includes(role) ? 'ready' : 'forbidden';
        if (states.live !== want) failures.push(`${role} at ${viewport.width}: ${JSON.stringify(states)}, want ${want}`);
        if (viewport.width < 600) {
          const o = await overflow(page, viewport.width);
          if (o.scrollWidth > viewport.width || o.wide.length) failures.push(`${role} at ${viewport.width}: wider than the screen: ${o.wide.join(', ')}`);
        }
        if (page.problems.length) failures.push(`${role} at ${viewport.width}: ${page.problems.join('; ')}`);
        await page.screenshot({ path: path.join(OUT, 'roles', `live-${role.toLowerCase().replace(/ /g, '-')}-${viewport.width}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    }
  }
  assert.deepEqual(failures, []);
});

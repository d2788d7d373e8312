// Browser tests of the dashboard's flows against a real server with a
// generated sample loaded (see `make test-dashboard`). Each test opens a
// view, goes through its main flow, checks that the page shows what the API
// answers, and leaves a screenshot in .test-output/dashboard/. roles.spec.js
// opens every view as every role at both widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, shot, api, defaultWindow, pct, TOKEN, tokenFor, PHONE, panelsSettled, recordTiming, OUT } from './helpers.js';

let browser;
let win;
before(async () => {
  browser = await launch();
  win = await defaultWindow();
});
after(async () => { await browser?.close(); });

async function withPage(opts, fn) {
  const { context, page } = await openPage(browser, opts);
  try {
    await fn(page);
    assert.deepEqual(page.problems, [], 'no script errors or CSP violations');
  } finally {
    await context.close();
  }
}

const PERSON = 'id name accounts { key } professions { profession }';
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('community overview: communities, then one community over time and its top voices, then a chat', async () => {
  const d = await api('{ communities { name members chats } }');
  const busiest = [...d.communities].sort((a, b) => b.members - a.members)[0];
  const expected = await api(`query($c: String!, $since: DateTime, $until: DateTime) { chats(community: $c, since: $since, until: $until, first: 100) {
    totalCount nodes { id topic summary { participants replyRate answeredShare } } }
    conversationNetwork(community: $c, since: $since, until: $until) { nodes { actsReceived actsSent degree professional { name } } } }`, { c: busiest.name, ...win });
  await withPage({}, async (page) => {
    await page.goto('/');
    const rows = page.locator('table.communities tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), d.communities.length);
    const row = rows.filter({ hasText: busiest.name });
    assert.match(await row.innerText(), new RegExp(`${busiest.name}.*\\b${busiest.members}\\b`, 's'));
    assert.equal(await page.locator('table.communities thead th').nth(2).innerText(), 'Members (all time)');
    await shot(page, '01-communities');

    await row.getByRole('link', { name: busiest.name }).click();
    await page.waitForURL(`**/#/community/${busiest.name}`);
    await page.getByTestId('chat-count').waitFor();
    assert.equal(await page.getByTestId('chat-count').locator('.stat-value').innerText(), String(expected.chats.totalCount));
    assert.equal(await page.getByTestId('members').locator('.stat-note').innerText(), 'all time');
    const nodes = expected.chats.nodes;
    const meanRR = nodes.reduce((a, n) => a + n.summary.replyRate, 0) / nodes.length;
    assert.equal(await page.getByTestId('mean-reply-rate').locator('.stat-value').innerText(), pct(meanRR));
    const chatRows = page.locator('table.chats tbody tr');
    assert.equal(await chatRows.count(), nodes.length);
    const first = nodes[0];
    const firstRow = await chatRows.first().innerText();
    assert.ok(firstRow.includes(first.topic), `first chat row ${firstRow} names ${first.topic}`);
    assert.ok(firstRow.includes(pct(first.summary.answeredShare)));
    assert.equal(await page.locator('[data-panel=timeline] svg rect').count(), nodes.length, 'one bar per chat');

    // Top voices: the most answered and most answering, as the network counts them.
    const voices = page.locator('table.voices-actsReceived tbody tr');
    await voices.first().waitFor();
    const most = [...expected.conversationNetwork.nodes].sort((a, b) => b.actsReceived - a.actsReceived || b.degree - a.degree)[0];
    assert.match(await voices.first().innerText(), new RegExp(`^${esc(most.professional.name)}[\\s\\S]*\\b${most.actsReceived.toLocaleString('en-GB')}\\b`));
    const sender = [...expected.conversationNetwork.nodes].sort((a, b) => b.actsSent - a.actsSent || b.degree - a.degree)[0];
    assert.ok((await page.locator('table.voices-actsSent tbody tr').first().innerText()).startsWith(sender.professional.name));
    await shot(page, '02-community');

    await chatRows.first().getByRole('link').click();
    await page.waitForURL(`**/#/chat/${first.id}`);
    await page.getByTestId('participants').waitFor();
    assert.equal(await page.getByTestId('participants').locator('.stat-value').innerText(), String(first.summary.participants));
  });
});

test('chat page: summary, transcript with reply targets, word cloud', async () => {
  const list = await api('query($since: DateTime, $until: DateTime) { chats(since: $since, until: $until, first: 20) { nodes { id posts } } }', win);
  const id = [...list.chats.nodes].sort((a, b) => b.posts - a.posts)[0].id;
  const c = (await api(`query($id: ID!) { chat(id: $id) { topic summary { participants posts replyRate answeredShare crossProfessionTies
      professionMix { profession count } topTerms(first: 40) { term count } }
    transcript(first: 100) { totalCount nodes { id text author { name } replyToAuthor { name } } } } }`, { id })).chat;
  await withPage({}, async (page) => {
    await page.goto(`/#/chat/${encodeURIComponent(id)}`);
    await page.getByTestId('reply-rate').waitFor();
    assert.equal(await page.locator('h1').innerText(), c.topic);
    assert.equal(await page.getByTestId('posts').locator('.stat-value').innerText(), String(c.summary.posts));
    assert.equal(await page.getByTestId('reply-rate').locator('.stat-value').innerText(), pct(c.summary.replyRate));
    assert.equal(await page.getByTestId('answered-share').locator('.stat-value').innerText(), pct(c.summary.answeredShare));
    assert.equal(await page.getByTestId('cross-ties').locator('.stat-value').innerText(), String(c.summary.crossProfessionTies));
    const mix = await page.locator('[data-panel=summary] svg').getAttribute('aria-label');
    for (const m of c.summary.professionMix) assert.ok(mix.includes(`${m.profession} ${m.count}`), `${mix} has ${m.profession}`);
    // Each profession's bar carries its own shape.
    assert.equal(await page.locator('[data-panel=summary] svg path').count(), c.summary.professionMix.length);

    const cloud = page.locator('.cloud li');
    assert.equal(await cloud.count(), c.summary.topTerms.length);
    const top = c.summary.topTerms[0];
    assert.equal(await page.locator('.cloud li', { hasText: top.term }).first().getAttribute('title'), `${top.term}: ${top.count}`);

    await page.getByTestId('transcript-count').filter({ hasText: 'posts' }).waitFor();
    const shown = Math.min(100, c.transcript.totalCount);
    assert.equal(await page.getByTestId('transcript-count').innerText(), `${shown} of ${c.transcript.totalCount} posts, in the order they were written.`);
    const posts = page.locator('.transcript .post');
    assert.equal(await posts.count(), shown);
    const p0 = c.transcript.nodes[0];
    assert.ok((await posts.first().innerText()).includes(p0.text));
    assert.ok((await posts.first().innerText()).includes(p0.author.name));
    const reply = c.transcript.nodes.find((p) => p.replyToAuthor);
    if (reply) {
      const li = page.locator(`li[id="post-${reply.id}"]`);
      assert.ok((await li.innerText()).includes(`replying to ${reply.replyToAuthor.name}`));
    }
    await shot(page, '03-chat');
    if (c.transcript.totalCount > 100) {
      // The next page comes after the first, in order.
      await page.getByRole('button', { name: 'Load more posts' }).click();
      const more = Math.min(200, c.transcript.totalCount);
      await page.getByTestId('transcript-count').filter({ hasText: `${more} of` }).waitFor();
      assert.equal(await posts.count(), more);
    }
  });
});

test('profession links: heatmap, months by keyboard with partial months marked, a fixed colour scale, E–I per profession', async () => {
  const d = await api(`query($since: DateTime, $until: DateTime) {
    all: professionLinks(since: $since, until: $until) { cells { from to ties } professions { profession eiIndex } }
    monthly: professionLinks(since: $since, until: $until, interval: MONTH) { since until cells { ties } professions { profession eiIndex } } }`, win);
  await withPage({}, async (page) => {
    await page.goto('/#/links');
    const slider = page.locator('#period');
    await slider.waitFor();
    assert.match(await page.locator('#period-label').innerText(), /^Whole window/);
    const whole = d.all[0];
    const eiRows = page.locator('table.ei tbody tr');
    assert.equal(await eiRows.count(), whole.professions.length);
    for (const p of whole.professions) {
      const text = await eiRows.filter({ has: page.locator('td', { hasText: new RegExp(`^${esc(p.profession)}$`) }) }).innerText();
      assert.ok(text.endsWith(p.eiIndex === null ? '–' : p.eiIndex.toFixed(2)), `${p.profession}: ${text}`);
    }
    const biggest = [...whole.cells].sort((a, b) => b.ties - a.ties)[0];
    await page.getByText('The same as a table').click();
    assert.ok((await page.locator('table.cells tbody tr').first().innerText()).startsWith(`${biggest.from}\t${biggest.to}\t${biggest.ties}\t`));
    await shot(page, '04-links-window');

    // Keyboard: focus the slider and go to the first month, which the
    // 180-day window cuts short: it says so.
    await slider.focus();
    await page.keyboard.press('Home');
    const m0 = d.monthly[0];
    const month = new Date(m0.since).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const partial = new Date(m0.since).getUTCDate() !== 1;
    const label = await page.locator('#period-label').innerText();
    assert.ok(label.startsWith(`Month of ${month}`) && label.includes('(partial:') === partial, label);
    const first = m0.professions.find((p) => p.eiIndex !== null);
    if (first) {
      const row = await page.locator('table.ei tbody tr', { hasText: first.profession }).first().innerText();
      assert.ok(row.endsWith(first.eiIndex.toFixed(2)), `month 1 ${first.profession}: ${row}`);
    }
    // A colour scale held across the months: the darkest is the busiest cell of any month.
    const own = Math.max(1, ...m0.cells.map((c) => c.ties));
    assert.ok((await page.getByTestId('scale').innerText()).startsWith(`Darkest: ${own.toLocaleString('en-GB')} `));
    await page.getByLabel('Same colour scale for every month').check();
    const any = Math.max(1, ...d.monthly.flatMap((m) => m.cells.map((c) => c.ties)));
    assert.equal(await page.getByTestId('scale').innerText(), `Darkest: ${any.toLocaleString('en-GB')} conversational acts (the busiest cell of any month).`);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const last = d.monthly[d.monthly.length - 1];
    const lastPartial = new Date(last.until).getUTCDate() !== 1;
    assert.equal((await page.locator('#period-label').innerText()).includes('(partial:'), lastPartial);
    await shot(page, '05-links-month');
  });
});

test('isolation list: flags, the parts of the score, suggested peers, a copyable introduction, more members on a phone', async () => {
  const comms = (await api('{ communities { name members } }')).communities;
  const pages = [];
  for (const c of comms) {
    const r = await api(`query($c: String!, $since: DateTime, $until: DateTime) { isolatedMembers(community: $c, since: $since, until: $until, first: 10) {
      totalCount nodes { score flags recency scoreParts { term points } professional { ${PERSON} } evidence { posts chats active } suggestedPeers(first: 3) { professional { name } } } } }`, { c: c.name, ...win });
    pages.push({ community: c.name, reports: r.isolatedMembers });
  }
  const { community, reports } = pages.filter((p) => p.reports.nodes.some((n) => n.suggestedPeers.length)).sort((a, b) => b.reports.totalCount - a.reports.totalCount)[0];
  assert.ok(reports.totalCount > 10, 'some community has more than a page of isolated members');
  await withPage({}, async (page) => {
    await page.goto(`/#/isolation/${encodeURIComponent(community)}`);
    await page.getByTestId('isolation-total').waitFor();
    assert.ok((await page.getByTestId('isolation-total').innerText()).startsWith(`${reports.totalCount} members flagged`));
    const items = page.locator('li.report');
    assert.equal(await items.count(), reports.nodes.length);
    const r0 = reports.nodes[0];
    const first = await items.first().innerText();
    assert.ok(first.includes(r0.professional.name), `${first} names ${r0.professional.name}`);
    assert.ok(first.includes(`score ${r0.score.toFixed(2)}`));
    const posts = `${r0.evidence.posts} post${r0.evidence.posts === 1 ? '' : 's'} in ${r0.evidence.chats} chat${r0.evidence.chats === 1 ? '' : 's'}`;
    assert.ok(first.includes(r0.evidence.active ? posts : 'no post in the window'), `${first} counts the posts`);
    assert.equal(await items.first().locator('.flags li').count(), r0.flags.length);
    // The score explained by the API's parts, which add up to it.
    const parts = await items.first().locator('.score-parts').innerText();
    for (const p of r0.scoreParts) assert.ok(parts.includes(p.points.toFixed(3)), `${parts} has ${p.term} ${p.points}`);
    assert.ok(Math.abs(r0.scoreParts.reduce((a, p) => a + p.points, 0) - r0.score) < 1e-6);

    const withPeer = reports.nodes.find((n) => n.suggestedPeers.length);
    const item = items.filter({ has: page.getByRole('heading', { name: withPeer.professional.name, exact: true }) }).first();
    const note = item.locator('textarea.note');
    const text = await note.inputValue();
    assert.ok(text.includes(withPeer.professional.name) && text.includes(withPeer.suggestedPeers[0].professional.name), text);
    await item.getByRole('button', { name: 'Copy note' }).click();
    await item.getByRole('status').filter({ hasText: /Copied|Selected/ }).waitFor();
    const status = await item.getByRole('status').innerText();
    if (status === 'Copied.') assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
    await shot(page, '06-isolation');
  });
  // On a phone, by touch: the next page comes under the first.
  await withPage({ viewport: PHONE }, async (page) => {
    await page.goto(`/#/isolation/${encodeURIComponent(community)}`);
    await page.getByTestId('isolation-total').waitFor();
    await page.getByRole('button', { name: 'Show more members' }).tap();
    const more = Math.min(20, reports.totalCount);
    await page.getByTestId('isolation-shown').filter({ hasText: `Showing ${more} of ${reports.totalCount}.` }).waitFor({ timeout: 15000 });
    assert.equal(await page.locator('li.report').count(), more);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width);
    await shot(page, '06-isolation-phone-more');
  });
});

test('members: search by name or handle, then a member\'s ego network in sectors and rings, suggestions, other professions only', async () => {
  const people = (await api(`query($since: DateTime, $until: DateTime) { professionals(first: 100) { nodes { id name accounts { key } partners(since: $since, until: $until) { totalCount } } } }`, win)).professionals.nodes;
  const who = [...people].sort((a, b) => b.partners.totalCount - a.partners.totalCount)[0];
  const handle = who.accounts[0].key;
  const surname = who.name.split(' ').pop();
  const found = (await api('query($s: String) { professionals(search: $s, first: 50) { totalCount nodes { id } } }', { s: surname })).professionals;
  const d = await api(`query($h: String!, $since: DateTime, $until: DateTime) { professional(handle: $h) { name
      egoNetwork(since: $since, until: $until, first: 25) { members { id name } ties { a { id } b { id } acts chats { topic } } } }
    suggestPeers(handle: $h, since: $since, until: $until, first: 8) { professional { name } }
    others: suggestPeers(handle: $h, since: $since, until: $until, first: 8, otherProfessionsOnly: true) { professional { name } } }`, { h: handle, ...win });
  await withPage({}, async (page) => {
    await page.goto('/#/member');
    await page.locator('table.people').waitFor();
    await page.fill('#search', surname);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('people-count').filter({ hasText: 'matching' }).waitFor();
    assert.equal(await page.locator('table.people tbody tr').count(), found.nodes.length);
    // By handle, as people write it.
    await page.fill('#search', `@${handle.split(':')[1]}`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('table.people tbody tr', { hasText: handle }).first().waitFor();
    await shot(page, '07-members-search');
    await page.locator('table.people tbody tr', { hasText: handle }).first().getByRole('link').click();

    await page.locator('[data-testid=ego-graph][data-ready=true]').waitFor();
    assert.equal(await page.locator('h1').innerText(), `${d.professional.name} (${handle})`);
    const net = d.professional.egoNetwork;
    assert.equal(await page.locator('.ego-members li').count(), net.members.length);
    assert.equal(await page.locator('table.ties tbody tr').count(), net.ties.length);
    await page.getByText(`All ${net.ties.length} ties`).click();
    const tie0 = await page.locator('table.ties tbody tr').first().innerText();
    assert.ok(tie0.includes(String(net.ties[0].acts)) && (!net.ties[0].chats.length || tie0.includes(net.ties[0].chats[0].topic)), tie0);
    // The member in the middle; partners around, the strongest tie nearest.
    const layout = await page.evaluate(() => {
      const { cy } = document.querySelector('[data-testid=ego-graph]');
      return cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
    });
    const ego = layout.find((n) => n.id === net.members[0].id);
    const r = (n) => Math.hypot(n.x - ego.x, n.y - ego.y);
    const strongest = net.ties.filter((t) => t.a.id === ego.id || t.b.id === ego.id)[0];
    const other = strongest.a.id === ego.id ? strongest.b.id : strongest.a.id;
    const radii = layout.filter((n) => n.id !== ego.id).map(r);
    assert.ok(r(layout.find((n) => n.id === other)) <= Math.min(...radii) * (1 + 1e-9) + 18 * (Math.max(...radii) / 238),
      'the strongest partner is on the inner ring');

    // A node reachable by keyboard through the list alternative.
    const second = net.members[1].name;
    await page.locator('.ego-members button', { hasText: second }).first().focus();
    await page.keyboard.press('Enter');
    assert.match(await page.locator('#ego-info').innerText(), new RegExp(`^${esc(second)} \\(`));

    const rows = page.locator('table.suggestions tbody tr');
    assert.equal(await rows.count(), d.suggestPeers.length);
    if (d.suggestPeers.length) assert.ok((await rows.first().innerText()).startsWith(d.suggestPeers[0].professional.name));
    assert.match(await page.locator('[data-panel=suggestions] .explain').innerText(), /Adamic–Adar/);
    await shot(page, '07-member');

    await page.getByLabel('Other professions only').check();
    await page.waitForFunction((n) => document.querySelectorAll('table.suggestions tbody tr').length === n || (n === 0 && document.querySelector('[data-panel=suggestions] .empty')), d.others.length);
    if (d.others.length) assert.ok((await rows.first().innerText()).startsWith(d.others[0].professional.name));
  });
});

test('connectors between two chosen professions, in all communities or one, with the roles explained', async () => {
  const community = (await api('{ communities { name members } }')).communities.sort((a, b) => b.members - a.members)[0].name;
  const d = await api(`query($c: String, $since: DateTime, $until: DateTime) {
    all: connectors(between: "pharmacist", and: "nurse", since: $since, until: $until, first: 20) { brokeredPairs professional { name } }
    one: connectors(between: "pharmacist", and: "nurse", community: $c, since: $since, until: $until, first: 20) { brokeredPairs professional { name } } }`, { c: community, ...win });
  await withPage({}, async (page) => {
    await page.goto('/#/connectors');
    await page.locator('#between option').first().waitFor({ state: 'attached' });
    await page.selectOption('#between', 'pharmacist');
    await page.selectOption('#and', 'nurse');
    await page.getByRole('button', { name: 'Find connectors' }).click();
    await page.waitForURL('**/#/connectors/pharmacist/nurse');
    const rows = page.locator('table.connectors tbody tr');
    if (d.all.length) {
      await rows.first().waitFor();
      assert.equal(await rows.count(), d.all.length);
      const first = await rows.first().innerText();
      assert.ok(first.startsWith(d.all[0].professional.name) && first.includes(String(d.all[0].brokeredPairs)), first);
      for (const role of ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison']) {
        assert.ok(await page.locator('dl.roles dt', { hasText: role }).count(), `${role} explained`);
      }
    }
    await shot(page, '08-connectors');
    // One community, chosen with the picker.
    await page.selectOption('#connectors-community', community);
    await page.getByRole('button', { name: 'Find connectors' }).click();
    await page.waitForURL(`**/#/connectors/pharmacist/nurse/${community}`);
    await page.locator('[data-panel=connectors] .panel-body:not([aria-busy])').waitFor();
    if (d.one.length) {
      await rows.first().filter({ hasText: d.one[0].professional.name }).waitFor();
      assert.equal(await rows.count(), d.one.length);
    } else {
      await page.locator('[data-panel=connectors] .empty').waitFor();
    }
  });
});

test('conversation network: sized and coloured as chosen, a member found by name, clusters computed for the window, downloads', { timeout: 300000 }, async () => {
  const community = (await api('{ communities { name members } }')).communities.sort((a, b) => b.members - a.members)[0].name;
  const d = await api(`query($c: String, $since: DateTime, $until: DateTime) { conversationNetwork(community: $c, since: $since, until: $until) {
    nodes { degree actsReceived professional { name } } ties { acts } } }`, { c: community, ...win });
  const top = [...d.conversationNetwork.nodes].sort((a, b) => b.degree - a.degree)[0];
  await withPage({}, async (page) => {
    await page.goto(`/#/network/${encodeURIComponent(community)}`);
    const box = page.locator('[data-testid=network-graph][data-ready=true]');
    await box.waitFor({ timeout: 120000 });
    assert.match(await page.locator('[data-panel=network] .explain').last().innerText(),
      new RegExp(`^${d.conversationNetwork.nodes.length.toLocaleString('en-GB')} members, ${d.conversationNetwork.ties.length.toLocaleString('en-GB')} ties`));
    assert.ok((await page.locator('table.network-top tbody tr').first().innerText()).includes(String(top.degree)));
    // Every node drawn, in WebGL, each in its profession's shape.
    const drawn = await page.evaluate(() => {
      const r = document.querySelector('[data-testid=network-graph]').renderer;
      const g = r.getGraph();
      return { nodes: g.order, edges: g.size, shapes: new Set(g.mapNodes((n, a) => a.shape)).size, webgl: !!r.getWebGLContext() };
    });
    assert.equal(drawn.nodes, d.conversationNetwork.nodes.length);
    assert.equal(drawn.edges, d.conversationNetwork.ties.length);
    assert.ok(drawn.webgl && drawn.shapes > 1, JSON.stringify(drawn));
    // Sized by acts received: the table follows.
    await page.selectOption('#size-by', 'actsReceived');
    const most = [...d.conversationNetwork.nodes].sort((a, b) => b.actsReceived - a.actsReceived)[0];
    assert.ok((await page.locator('table.network-top tbody tr').first().innerText()).includes(most.actsReceived.toLocaleString('en-GB')));
    // Found by name: named in the status, their partners in focus.
    await page.fill('#network-search', top.professional.name);
    await page.locator('#network-status', { hasText: `${top.professional.name} (` }).waitFor();
    assert.ok((await page.locator('#network-status').innerText()).includes(`${top.degree} partners`));
    await shot(page, '09-network');

    // No analysis of this window yet: an admin computes one here, then the
    // clusters are those of the API and nodes can be coloured by them.
    await page.getByRole('button', { name: 'Compute clusters for this window' }).click();
    await page.locator('table.clusters').waitFor({ timeout: 120000 });
    const c = await api(`query($c: String, $since: DateTime, $until: DateTime) { clusters(community: $c, since: $since, until: $until, first: 12) {
      clusters { id size multidisciplinarity } } }`, { c: community, ...win });
    const rows = page.locator('table.clusters tbody tr');
    assert.equal(await rows.count(), c.clusters.clusters.length);
    assert.match(await rows.first().innerText(), new RegExp(`^\\s*${c.clusters.clusters[0].id}\\s+${c.clusters.clusters[0].size}\\b`));
    await page.locator('[data-testid=network-graph][data-ready=true]').waitFor({ timeout: 120000 });
    await page.selectOption('#colour-by', 'cluster');
    assert.match(await page.locator('[data-panel=network]').innerText(), /Colour: cluster/);
    await shot(page, '10-network-clusters');

    // The exports of the same network, with the admin's token.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-panel=downloads] button[data-format=graphml]').click()]);
    const file = readFileSync(await download.path(), 'utf8');
    assert.ok(file.startsWith('<?xml') && (file.match(/<node /g) || []).length === d.conversationNetwork.nodes.length, file.slice(0, 200));
    await page.locator('[data-panel=downloads] [role=status]', { hasText: 'Saved' }).waitFor();
  });
  // A researcher's download holds pseudonyms only.
  const names = new Set(d.conversationNetwork.nodes.map((n) => n.professional.name));
  await withPage({ token: tokenFor('RESEARCHER') }, async (page) => {
    await page.goto(`/#/network/${encodeURIComponent(community)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-panel=downloads] button[data-format="nodes.csv"]').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split('\n');
    assert.equal(lines.length - 1, d.conversationNetwork.nodes.length);
    assert.ok(lines.slice(1).every((l) => /^p-[a-z2-7]{16},/.test(l)), lines[1]);
    assert.ok(![...names].some((n) => csv.includes(n)), 'no real name in a researcher\'s export');
  });
});

test('errors: a token the server refuses, and a view the role may not see', async () => {
  await withPage({ token: 'not-a-token' }, async (page) => {
    // The server answers 401 to a token it cannot accept.
    await page.goto('/');
    await page.getByRole('alert').filter({ hasText: 'Your token has expired or is invalid.' }).first().waitFor();
    await page.locator('#auth-banner').getByRole('button', { name: 'Enter a new token' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'token');
    await shot(page, '11-expired-token');

    // A good token from the box is stored (never in the URL), sent as a bearer header, and the header says whose.
    let sent = null;
    await page.route('**/graphql', async (route) => {
      sent = route.request().headers().authorization || null;
      await route.continue();
    });
    await page.fill('#token', TOKEN);
    await page.press('#token', 'Enter');
    await page.locator('table.communities').waitFor();
    assert.equal(sent, `Bearer ${TOKEN}`);
    assert.ok(!page.url().includes(TOKEN));
    assert.equal(await page.locator('#auth-banner').isHidden(), true);
    await page.getByTestId('role').filter({ hasText: 'admin' }).waitFor();
    await page.unroute('**/graphql');
  });

  await withPage({ token: '' }, async (page) => {
    // Without a token the caller is PUBLIC: the server answers the isolation
    // report FORBIDDEN, and the page says so in that panel while the
    // communities, which anyone may see, still load.
    const community = (await api('{ communities { name } }')).communities[0].name;
    await page.goto(`/#/isolation/${encodeURIComponent(community)}`);
    await page.locator('.forbidden').first().waitFor();
    assert.ok((await page.locator('main').innerText()).includes('Your role cannot see this view.'));
    assert.equal(await page.getByTestId('role').innerText(), 'public');
    await shot(page, '12-forbidden-panel');
    await page.goto('/');
    await page.locator('table.communities tbody tr').first().waitFor();
  });
});

test('keyboard: skip link, navigation and visible focus', async () => {
  await withPage({}, async (page) => {
    await page.goto('/');
    await page.locator('table.communities').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    // Through the header to "Profession links", then Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement.textContent)) === 'Profession links') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL('**/#/links');
    await page.locator('#period').waitFor();
  });
});

test('start-up: the first load holds no graph library, and the window is asked beside the view\'s data', async () => {
  const requests = [];
  await withPage({}, async (page) => {
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() || '', at: Date.now() }));
    await page.goto('/#/member');
    await page.locator('table.people').waitFor();
    const scripts = requests.filter((r) => r.url.endsWith('.js')).map((r) => r.url);
    assert.equal(scripts.length, 1, `one script on a view without a graph: ${scripts}`);
    const size = await page.evaluate(async (u) => (await (await fetch(u)).text()).length, scripts[0]);
    assert.ok(size < 150000, `the first script is ${size} bytes`);
    // The member list (no window) and the start-up request went out together.
    const start = requests.find((r) => r.body.includes('query Start'));
    const people = requests.find((r) => r.body.includes('query People'));
    assert.ok(start && people, 'both asked');
  });
  requests.length = 0;
  await withPage({}, async (page) => {
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() || '' }));
    await page.goto(`/#/network/${encodeURIComponent((await api('{ communities { name } }')).communities[0].name)}`);
    await page.locator('[data-panel=network] .panel-body:not([aria-busy])').waitFor();
    assert.ok(requests.some((r) => /netdraw-.*\.js$/.test(r.url)), 'the network view loads the graph library chunk');
  });
});

test('time from navigation to content, per view, on a fresh page as an admin (README figures)', { timeout: 600000 }, async () => {
  const community = (await api('{ communities { name members } }')).communities.sort((a, b) => b.members - a.members)[0].name;
  const chat = (await api('query($c: String!, $since: DateTime, $until: DateTime) { chats(community: $c, since: $since, until: $until, first: 1) { nodes { id } } }', { c: community, ...win })).chats.nodes[0].id;
  const member = (await api('query($c: String!) { professionals(community: $c, first: 1) { nodes { accounts { key } } } }', { c: community })).professionals.nodes[0].accounts[0].key;
  const views = [['communities', '#/'], ['community', `#/community/${community}`], ['chat', `#/chat/${chat}`], ['network', `#/network/${community}`],
    ['network of all communities', '#/network'],
    ['links', '#/links'], ['isolation', `#/isolation/${community}`], ['members', '#/member'], ['member', `#/member/${member}`],
    ['connectors', '#/connectors/pharmacist/nurse']];
  for (const [name, hash] of views) {
    await withPage({}, async (page) => {
      await page.goto(`/${hash}`);
      await panelsSettled(page, hash, 120000);
      const content = await page.evaluate(() => performance.now());
      let drawn = null;
      let zoom = null;
      if (name.startsWith('network')) {
        await page.locator('[data-testid=network-graph][data-ready=true]').waitFor({ timeout: 120000 });
        drawn = await page.evaluate(() => performance.now());
        // Frames the page draws while the camera zooms in and out (3 s): how responsive the network stays.
        zoom = await page.evaluate(async () => {
          const r = document.querySelector('[data-testid=network-graph]').renderer;
          let frames = 0, on = true;
          const tick = () => { frames++; if (on) requestAnimationFrame(tick); };
          requestAnimationFrame(tick);
          const t0 = performance.now();
          await r.getCamera().animate({ ratio: 0.3 }, { duration: 1500 });
          await r.getCamera().animate({ ratio: 1 }, { duration: 1500 });
          on = false;
          return { fps: Math.round((10 * frames) / ((performance.now() - t0) / 1000)) / 10, nodes: r.getGraph().order, ties: r.getGraph().size };
        });
      }
      if (name === 'member') {
        await page.locator('[data-testid=ego-graph][data-ready=true]').waitFor().catch(() => {});
        drawn = await page.evaluate(() => performance.now());
      }
      recordTiming({ view: name, route: hash, contentMs: Math.round(content), graphDrawnMs: drawn && Math.round(drawn), zoom });
      if (name.startsWith('network')) await page.locator('[data-panel=network]').screenshot({ path: path.join(OUT, `${name.replace(/ /g, '-')}-panel.png`) });
    });
  }
});

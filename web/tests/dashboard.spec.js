// Browser tests of the dashboard against a real server with a generated
// sample loaded (see `make test-dashboard`). Each test opens a view, goes
// through its main flow, checks that the page shows what the API answers,
// and leaves a screenshot in .test-output/dashboard/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, shot, api, defaultWindow, pct, TOKEN } from './helpers.js';

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

test('community overview: communities, then one community over time, then a chat', async () => {
  const d = await api('{ communities { name members chats } }');
  const busiest = [...d.communities].sort((a, b) => b.members - a.members)[0];
  const expected = await api(`query($c: String!, $since: DateTime, $until: DateTime) { chats(community: $c, since: $since, until: $until, first: 100) {
    totalCount nodes { id topic summary { participants replyRate answeredShare } } } }`, { c: busiest.name, ...win });
  await withPage({}, async (page) => {
    await page.goto('/');
    const rows = page.locator('table.communities tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), d.communities.length);
    const row = rows.filter({ hasText: busiest.name });
    assert.match(await row.innerText(), new RegExp(`${busiest.name}.*\\b${busiest.members}\\b`, 's'));
    await shot(page, '01-communities');

    await row.getByRole('link', { name: busiest.name }).click();
    await page.waitForURL(`**/#/community/${busiest.name}`);
    await page.getByTestId('chat-count').waitFor();
    assert.equal(await page.getByTestId('chat-count').locator('.stat-value').innerText(), String(expected.chats.totalCount));
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

test('profession links: heatmap, month slider by keyboard, E–I per profession', async () => {
  const d = await api(`query($since: DateTime, $until: DateTime) {
    all: professionLinks(since: $since, until: $until) { cells { from to ties } professions { profession eiIndex } }
    monthly: professionLinks(since: $since, until: $until, interval: MONTH) { since professions { profession eiIndex } } }`, win);
  await withPage({}, async (page) => {
    await page.goto('/#/links');
    const slider = page.locator('#period');
    await slider.waitFor();
    assert.match(await page.locator('#period-label').innerText(), /^Whole window/);
    const whole = d.all[0];
    const eiRows = page.locator('table.ei tbody tr');
    assert.equal(await eiRows.count(), whole.professions.length);
    for (const p of whole.professions) {
      const text = await eiRows.filter({ has: page.locator('td', { hasText: new RegExp(`^${p.profession.replace(/[/]/g, '\\/')}$`) }) }).innerText();
      assert.ok(text.endsWith(p.eiIndex === null ? '–' : p.eiIndex.toFixed(2)), `${p.profession}: ${text}`);
    }
    const biggest = [...whole.cells].sort((a, b) => b.ties - a.ties)[0];
    await page.getByText('The same as a table').click();
    assert.ok((await page.locator('table.cells tbody tr').first().innerText()).startsWith(`${biggest.from}\t${biggest.to}\t${biggest.ties}\t`));
    await shot(page, '04-links-window');

    // Keyboard: focus the slider and go to the first month.
    await slider.focus();
    await page.keyboard.press('Home');
    const month = new Date(d.monthly[0].since).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    assert.equal(await page.locator('#period-label').innerText(), `Month of ${month}`);
    const first = d.monthly[0].professions.find((p) => p.eiIndex !== null);
    if (first) {
      const row = await page.locator('table.ei tbody tr', { hasText: first.profession }).first().innerText();
      assert.ok(row.endsWith(first.eiIndex.toFixed(2)), `month 1 ${first.profession}: ${row}`);
    }
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await page.locator('#period-label').innerText(), `Month of ${month}`);
    await shot(page, '05-links-month');
  });
});

test('isolation list: flags, evidence, suggested peers and a copyable introduction', async () => {
  const comms = (await api('{ communities { name members } }')).communities;
  let community = null;
  let reports = null;
  for (const c of [...comms].sort((a, b) => b.members - a.members)) {
    const r = await api(`query($c: String!, $since: DateTime, $until: DateTime) { isolatedMembers(community: $c, since: $since, until: $until, first: 20) {
      totalCount nodes { score flags professional { ${PERSON} } evidence { posts partners } suggestedPeers(first: 3) { professional { name } } } } }`, { c: c.name, ...win });
    if (r.isolatedMembers.nodes.some((n) => n.suggestedPeers.length)) { community = c.name; reports = r.isolatedMembers; break; }
  }
  assert.ok(community, 'some community has an isolated member with a suggested peer');
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
    assert.ok(first.includes(`${r0.evidence.posts} posts`));
    assert.equal(await items.first().locator('.flags li').count(), r0.flags.length);

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
});

test('member: ego network by mouse and keyboard, suggestions, other professions only', async () => {
  const people = (await api(`query($since: DateTime, $until: DateTime) { professionals(first: 100) { nodes { id accounts { key } partners(since: $since, until: $until) { totalCount } } } }`, win)).professionals.nodes;
  const who = [...people].sort((a, b) => b.partners.totalCount - a.partners.totalCount)[0];
  const handle = who.accounts[0].key;
  const d = await api(`query($h: String!, $since: DateTime, $until: DateTime) { professional(handle: $h) { name
      egoNetwork(since: $since, until: $until, first: 25) { members { name } ties { acts chats { topic } } } }
    suggestPeers(handle: $h, since: $since, until: $until, first: 8) { professional { name } }
    others: suggestPeers(handle: $h, since: $since, until: $until, first: 8, otherProfessionsOnly: true) { professional { name } } }`, { h: handle, ...win });
  await withPage({}, async (page) => {
    await page.goto(`/#/member/${encodeURIComponent(handle)}`);
    await page.locator('[data-testid=ego-graph][data-ready=true]').waitFor();
    assert.equal(await page.locator('h1').innerText(), `${d.professional.name} (${handle})`);
    const net = d.professional.egoNetwork;
    assert.equal(await page.locator('.ego-members li').count(), net.members.length);
    assert.equal(await page.locator('table.ties tbody tr').count(), net.ties.length);
    await page.getByText(`All ${net.ties.length} ties`).click();
    const tie0 = await page.locator('table.ties tbody tr').first().innerText();
    assert.ok(tie0.includes(String(net.ties[0].acts)) && (!net.ties[0].chats.length || tie0.includes(net.ties[0].chats[0].topic)), tie0);
    assert.equal(await page.locator('[data-testid=ego-graph] canvas').count() > 0, true, 'the graph is drawn');

    // A node reachable by keyboard through the list alternative.
    const second = net.members[1].name;
    await page.locator('.ego-members button', { hasText: second }).first().focus();
    await page.keyboard.press('Enter');
    assert.match(await page.locator('#ego-info').innerText(), new RegExp(`^${second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));

    const rows = page.locator('table.suggestions tbody tr');
    assert.equal(await rows.count(), d.suggestPeers.length);
    if (d.suggestPeers.length) assert.ok((await rows.first().innerText()).startsWith(d.suggestPeers[0].professional.name));
    await shot(page, '07-member');

    await page.getByLabel('Other professions only').check();
    await page.waitForFunction((n) => document.querySelectorAll('table.suggestions tbody tr').length === n || (n === 0 && document.querySelector('[data-panel=suggestions] .empty')), d.others.length);
    if (d.others.length) assert.ok((await rows.first().innerText()).startsWith(d.others[0].professional.name));
  });
});

test('connectors between two chosen professions', async () => {
  const d = await api(`query($since: DateTime, $until: DateTime) { connectors(between: "pharmacist", and: "nurse", since: $since, until: $until, first: 20) {
    brokeredPairs professional { name } } }`, win);
  await withPage({}, async (page) => {
    await page.goto('/#/connectors');
    await page.locator('#between option').first().waitFor({ state: 'attached' });
    await page.selectOption('#between', 'pharmacist');
    await page.selectOption('#and', 'nurse');
    await page.getByRole('button', { name: 'Find connectors' }).click();
    await page.waitForURL('**/#/connectors/pharmacist/nurse');
    if (!d.connectors.length) {
      await page.locator('[data-panel=connectors] .empty').waitFor();
      return;
    }
    const rows = page.locator('table.connectors tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), d.connectors.length);
    const first = await rows.first().innerText();
    assert.ok(first.startsWith(d.connectors[0].professional.name) && first.includes(String(d.connectors[0].brokeredPairs)), first);
    await shot(page, '08-connectors');
    await rows.first().getByRole('link').click();
    await page.locator('[data-panel=ego]').waitFor();
  });
});

test('errors: a token the server refuses, and a view the role may not see', async () => {
  await withPage({ token: 'not-a-token' }, async (page) => {
    // The server answers 401 to a token it cannot accept.
    await page.goto('/');
    await page.getByRole('alert').filter({ hasText: 'Your token has expired or is invalid.' }).first().waitFor();
    await page.locator('#auth-banner').getByRole('button', { name: 'Enter a new token' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'token');
    await shot(page, '09-expired-token');

    // A good token from the box is stored (never in the URL) and sent as a bearer header.
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
    await shot(page, '10-forbidden-panel');
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

test('phone: readable without sideways scrolling', async () => {
  const d = await api('{ communities { name members } }');
  const name = [...d.communities].sort((a, b) => b.members - a.members)[0].name;
  await withPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (page) => {
    for (const [hash, ready, file] of [
      ['/', 'table.communities', '11-phone-communities'],
      [`/#/community/${name}`, '[data-panel=timeline] svg', '12-phone-community'],
      ['/#/links', 'table.ei', '13-phone-links'],
    ]) {
      await page.goto(hash);
      await page.locator(ready).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${hash} overflows by ${overflow}px`);
      await shot(page, file);
    }
  });
});

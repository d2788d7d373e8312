import { h, fmt, memberLink, professionOf, withheld } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, table, stat, empty, explain, withheldNote } from '../ui.js';
import { chatTimeline, swatch } from '../charts.js';
import { windowVars, viewer } from '../state.js';

/** What a role may open about a community: the views to link to. */
export function communityViews(v, name) {
  const scoped = v.role === 'ADMIN' || (v.role === 'COORDINATOR' && v.communities.includes(name));
  const research = scoped || v.role === 'RESEARCHER';
  return [
    scoped ? ['isolation', `#/isolation/${encodeURIComponent(name)}`, 'Isolated members'] : null,
    research ? ['network', `#/network/${encodeURIComponent(name)}`, 'Conversation network'] : null,
    research ? ['links', `#/links/${encodeURIComponent(name)}`, 'Profession links'] : null,
  ].filter(Boolean);
}

/** #/ : every community, with links to its views. */
export function home(main) {
  main.append(h('h1', {}, 'Communities'));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const list = gql('query Communities { communities { name hashtag members chats } }');
  panel(grid, 'Communities', async () => {
    const cs = field(await list, 'communities');
    const v = await viewer();
    if (!cs.length) return empty('No communities are loaded yet.');
    return h('div', {},
      explain('Members and chats are counted over all time; each community\'s page shows its chats in the window above.'),
      table(cs, [
        ['Community', (c) => h('a', { href: `#/community/${encodeURIComponent(c.name)}` }, c.name)],
        ['Hashtag', (c) => c.hashtag],
        ['Members (all time)', (c) => fmt.num(c.members), { num: true }],
        ['Chats (all time)', (c) => fmt.num(c.chats), { num: true }],
        ['Views', (c) => {
          const views = communityViews(v, c.name);
          return views.length ? h('span', { className: 'actions' }, views.map(([, href, text], i) => [i ? ' · ' : '', h('a', { href }, text.toLowerCase())]))
            : h('span', { className: 'muted' }, 'overview only');
        }],
      ], { className: 'communities' }));
  }, { id: 'communities', wide: true });
  panel(grid, 'Professions', async () => {
    const ps = field(await gql('query Professions { professions { name professionals } }'), 'professions');
    return table(ps.filter((p) => p.professionals > 0), [
      ['Profession', (p) => [swatch(p.name), ' ', p.name]],
      ['Professionals (all time)', (p) => fmt.num(p.professionals), { num: true }],
    ], { className: 'professions' });
  }, { id: 'professions' });
}

const CHATS = `query CommunityChats($community: String!, $since: DateTime, $until: DateTime) {
  communities { name hashtag members chats }
  chats(community: $community, since: $since, until: $until, first: 100) {
    totalCount
    nodes { id topic startsAt hosts { id name accounts { key } }
      summary { participants posts replyRate answeredShare crossProfessionTies } }
  }
}`;

const VOICES = `query TopVoices($community: String!, $since: DateTime, $until: DateTime) {
  conversationNetwork(community: $community, since: $since, until: $until) {
    nodes { actsReceived actsSent degree professional { id name accounts { key } professions { profession } } }
  }
}`;

/** #/community/NAME : the community over time. */
export function community(main, name) {
  main.append(h('h1', {}, `Community: ${name}`));
  const actions = h('p', { className: 'actions' });
  main.append(actions);
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  viewer().then((v) => actions.append(...communityViews(v, name).flatMap(([, href, text], i) => [i ? ' · ' : '', h('a', { href }, text)])));
  const answer = windowVars().then((w) => gql(CHATS, { community: name, ...w }));
  panel(grid, 'Overview', async () => {
    const ans = await answer;
    const c = field(ans, 'communities').find((x) => x.name === name);
    const chats = field(ans, 'chats');
    if (!c) return empty(`There is no community called ${name}.`);
    const nodes = chats.nodes;
    const sum = (k) => nodes.reduce((a, n) => a + n.summary[k], 0);
    const mean = (k) => (nodes.length ? sum(k) / nodes.length : null);
    return h('div', {}, h('div', { className: 'stats' },
      stat('members', fmt.num(c.members), 'members', 'all time'),
      stat('chats', fmt.num(chats.totalCount), 'chat-count', 'in the window'),
      stat('mean participants per chat', nodes.length ? fmt.dec(mean('participants'), 1) : '–', 'mean-participants', 'in the window'),
      stat('mean reply rate', fmt.pct(mean('replyRate')), 'mean-reply-rate', 'in the window'),
      stat('mean answered share', fmt.pct(mean('answeredShare')), 'mean-answered', 'in the window'),
      stat('cross-profession ties made', fmt.num(sum('crossProfessionTies')), 'cross-ties', 'in the window')),
    explain('Reply rate: the share of a chat\'s posts that answer another post. Answered share: the share of participants who got a reply or mention. Cross-profession ties: pairs of professionals of different professions with a reply, mention or quote between them in the chat.'));
  }, { id: 'overview', wide: true });
  panel(grid, 'Chats over time', async () => {
    const chats = field(await answer, 'chats');
    const note = chats.totalCount > chats.nodes.length ? h('p', { className: 'muted' }, `The newest ${chats.nodes.length} of ${chats.totalCount} chats.`) : null;
    return h('div', {}, chatTimeline(chats.nodes), note);
  }, { id: 'timeline', wide: true });
  panel(grid, 'Top voices', async () => {
    const w = await windowVars();
    const ans = await gql(VOICES, { community: name, ...w });
    const net = field(ans, 'conversationNetwork');
    const v = await viewer();
    if (!net.nodes.length) return empty('No conversations between members in this window.');
    const top = (key) => [...net.nodes].sort((a, b) => b[key] - a[key] || b.degree - a.degree).slice(0, 5);
    const list = (key, what) => table(top(key), [
      ['Member', (n) => memberLink(n.professional, v)],
      ['Profession', (n) => [swatch(professionOf(n.professional)), ' ', professionOf(n.professional)]],
      [what, (n) => fmt.num(n[key]), { num: true }],
      ['Partners', (n) => fmt.num(n.degree), { num: true }],
    ], { className: `voices voices-${key}` });
    return h('div', {}, withheldNote(ans, 'conversationNetwork'), h('div', { className: 'voices-grid' },
      h('div', {}, h('h3', {}, 'Most answered'), list('actsReceived', 'Received')),
      h('div', {}, h('h3', {}, 'Most answering'), list('actsSent', 'Sent'))),
    explain('Received and sent: replies, mentions and quotes, over the conversational ties made in this community\'s chats within the window (each tie\'s totals), as the conversation network counts them.'));
  }, { id: 'voices', wide: true });
  panel(grid, 'Chats', async () => {
    const ans = await answer;
    const chats = field(ans, 'chats');
    if (!chats.nodes.length) return empty('No chats in this window.');
    return h('div', {}, withheldNote(ans, 'chats'), table(chats.nodes, [
      ['Date', (c) => fmt.date(c.startsAt)],
      ['Topic', (c) => h('a', { href: `#/chat/${encodeURIComponent(c.id)}` }, c.topic || c.id)],
      ['Hosts', (c) => (c.hosts === null ? withheld() : c.hosts.map((p) => p.name ?? 'withheld').join(', '))],
      ['Participants', (c) => c.summary.participants, { num: true }],
      ['Posts', (c) => c.summary.posts, { num: true }],
      ['Reply rate', (c) => fmt.pct(c.summary.replyRate), { num: true }],
      ['Answered', (c) => fmt.pct(c.summary.answeredShare), { num: true }],
    ], { className: 'chats' }));
  }, { id: 'chats', wide: true });
}

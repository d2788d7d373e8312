import { h, fmt } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, table, stat, empty } from '../ui.js';
import { chatTimeline } from '../charts.js';
import { windowVars } from '../state.js';

/** #/ : every community, with links to its views. */
export function home(main) {
  main.append(h('h1', {}, 'Communities'));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  panel(grid, 'Communities', async () => {
    const list = field(await gql('query Communities { communities { name hashtag members chats } }'), 'communities');
    if (!list.length) return empty('No communities are loaded yet.');
    return table(list, [
      ['Community', (c) => h('a', { href: `#/community/${encodeURIComponent(c.name)}` }, c.name)],
      ['Hashtag', (c) => c.hashtag],
      ['Members', (c) => fmt.num(c.members), { num: true }],
      ['Chats', (c) => fmt.num(c.chats), { num: true }],
      ['Views', (c) => h('span', { className: 'actions' },
        h('a', { href: `#/isolation/${encodeURIComponent(c.name)}` }, 'isolation'), ' · ',
        h('a', { href: `#/links/${encodeURIComponent(c.name)}` }, 'profession links'))],
    ], { className: 'communities' });
  }, { id: 'communities', wide: true });
  panel(grid, 'Professions', async () => {
    const list = field(await gql('query Professions { professions { name professionals } }'), 'professions');
    return table(list.filter((p) => p.professionals > 0), [
      ['Profession', (p) => p.name],
      ['Professionals', (p) => fmt.num(p.professionals), { num: true }],
    ]);
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

/** #/community/NAME : the community over time. */
export function community(main, name) {
  main.append(h('h1', {}, `Community: ${name}`),
    h('p', { className: 'actions' }, h('a', { href: `#/isolation/${encodeURIComponent(name)}` }, 'Isolated members'), ' · ',
      h('a', { href: `#/links/${encodeURIComponent(name)}` }, 'Profession links in this community')));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const answer = gql(CHATS, { community: name, ...windowVars() });
  panel(grid, 'Overview', async () => {
    const ans = await answer;
    const c = field(ans, 'communities').find((x) => x.name === name);
    const chats = field(ans, 'chats');
    if (!c) return empty(`There is no community called ${name}.`);
    const nodes = chats.nodes;
    const sum = (k) => nodes.reduce((a, n) => a + n.summary[k], 0);
    const mean = (k) => (nodes.length ? sum(k) / nodes.length : null);
    return h('div', { className: 'stats' },
      stat('members', fmt.num(c.members), 'members'),
      stat('chats in window', fmt.num(chats.totalCount), 'chat-count'),
      stat('mean participants per chat', nodes.length ? fmt.dec(mean('participants'), 1) : '–', 'mean-participants'),
      stat('mean reply rate', fmt.pct(mean('replyRate')), 'mean-reply-rate'),
      stat('mean answered share', fmt.pct(mean('answeredShare')), 'mean-answered'),
      stat('cross-profession ties made', fmt.num(sum('crossProfessionTies')), 'cross-ties'));
  }, { id: 'overview', wide: true });
  panel(grid, 'Chats over time', async () => {
    const chats = field(await answer, 'chats');
    const note = chats.totalCount > chats.nodes.length ? h('p', { className: 'muted' }, `The newest ${chats.nodes.length} of ${chats.totalCount} chats.`) : null;
    return h('div', {}, chatTimeline(chats.nodes), note);
  }, { id: 'timeline', wide: true });
  panel(grid, 'Chats', async () => {
    const chats = field(await answer, 'chats');
    if (!chats.nodes.length) return empty('No chats in this window.');
    return table(chats.nodes, [
      ['Date', (c) => fmt.date(c.startsAt)],
      ['Topic', (c) => h('a', { href: `#/chat/${encodeURIComponent(c.id)}` }, c.topic || c.id)],
      ['Hosts', (c) => c.hosts.map((p) => p.name).join(', ')],
      ['Participants', (c) => c.summary.participants, { num: true }],
      ['Posts', (c) => c.summary.posts, { num: true }],
      ['Reply rate', (c) => fmt.pct(c.summary.replyRate), { num: true }],
      ['Answered', (c) => fmt.pct(c.summary.answeredShare), { num: true }],
    ], { className: 'chats' });
  }, { id: 'chats', wide: true });
}

import { h, fmt, professionOf, memberLink, nameOf, withheld } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, stat, empty, explain, withheldNote } from '../ui.js';
import { viewer } from '../state.js';
import { bars, wordCloud, swatch } from '../charts.js';
import { professionStyle } from '../palette.js';

const PERSON = 'id name accounts { key } professions { profession }';
const CHAT = `query Chat($id: ID!) {
  chat(id: $id) {
    id topic hashtag startsAt endsAt community { name } hosts { ${PERSON} }
    summary { participants posts replyRate answeredShare crossProfessionTies
      professionMix { profession count suppressed } topTerms(first: 40) { term count } }
  }
}`;
const TRANSCRIPT = `query Transcript($id: ID!, $after: String) {
  chat(id: $id) { transcript(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id text createdAt account author { ${PERSON} } replyTo replyToAuthor { id name } } } }
}`;

/** #/chat/ID : how a chat went, what was said and the words it used. */
export function chat(main, id) {
  main.append(h('h1', {}, `Chat ${id}`));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const answer = gql(CHAT, { id });
  panel(grid, 'Summary', async () => {
    const c = field(await answer, 'chat');
    if (!c) return empty(`There is no chat ${id}.`);
    document.querySelector('h1').textContent = c.topic || c.id;
    const s = c.summary;
    return h('div', {},
      h('p', {}, `${fmt.dateTime(c.startsAt)} – ${fmt.time(c.endsAt)} · ${c.hashtag} · `,
        c.community ? h('a', { href: `#/community/${encodeURIComponent(c.community.name)}` }, c.community.name) : 'no community',
        c.hosts === null ? [' · hosted by ', withheld('hosts withheld')] : c.hosts.length ? ` · hosted by ${c.hosts.map(nameOf).join(', ')}` : '',
        // A chat on now (or just over): its hosts follow it live.
        Date.now() < Date.parse(c.endsAt) + 15 * 60000 ? [' · ', h('a', { href: `#/live/${encodeURIComponent(c.id)}` }, 'Follow it live')] : null),
      h('div', { className: 'stats' },
        stat('participants', s.participants, 'participants'), stat('posts', s.posts, 'posts'),
        stat('reply rate', fmt.pct(s.replyRate), 'reply-rate'), stat('answered share', fmt.pct(s.answeredShare), 'answered-share'),
        stat('cross-profession ties', s.crossProfessionTies, 'cross-ties')),
      h('h3', {}, 'Profession mix'),
      s.professionMix.length ? bars(s.professionMix.map((m) => ({ label: m.profession, value: m.count, color: professionStyle(m.profession).color, shape: professionStyle(m.profession).shape })),
        { label: `Participants per profession: ${s.professionMix.map((m) => `${m.profession} ${m.suppressed ? 'withheld' : m.count}`).join(', ')}` }) : empty('No participants.'),
      s.professionMix.some((m) => m.suppressed) ? explain('Withheld: professions with fewer than k participants are not counted for your role.') : null,
      explain('Reply rate: the share of posts that answer another post. Answered share: the share of participants who got a reply or mention. Cross-profession ties: pairs of different professions with a reply, mention or quote between them in this chat.'));
  }, { id: 'summary', wide: true });
  panel(grid, 'Word cloud', async () => {
    const c = field(await answer, 'chat');
    if (!c || !c.summary.topTerms.length) return empty('No words to show.');
    return wordCloud(c.summary.topTerms);
  }, { id: 'cloud' });
  panel(grid, 'Transcript', async () => {
    const list = h('ol', { className: 'transcript' });
    const out = h('div', {}, list);
    const counter = h('p', { className: 'muted', 'data-testid': 'transcript-count' });
    out.prepend(counter);
    let shown = 0;
    const v = await viewer();
    const more = async (after) => {
      const ans = await gql(TRANSCRIPT, { id, after });
      if (!field(ans, 'chat')) { out.replaceChildren(empty(`There is no chat ${id}.`)); return; }
      const tr = field(ans, 'chat', 'transcript');
      const note = after ? null : withheldNote(ans, 'chat');
      if (note) out.prepend(note);
      for (const p of tr.nodes) list.append(post(p, v));
      shown += tr.nodes.length;
      counter.textContent = `${shown} of ${tr.totalCount} posts, in the order they were written.`;
      if (tr.pageInfo.hasNextPage) {
        const btn = h('button', { type: 'button', onclick: async () => { btn.disabled = true; btn.textContent = 'Loading…'; await more(tr.pageInfo.endCursor).catch((e) => out.append(h('p', { className: 'error', role: 'alert' }, e.message))); btn.remove(); } }, 'Load more posts');
        out.append(btn);
      }
    };
    await more(null);
    if (!shown) return empty('No posts to show.');
    return out;
  }, { id: 'transcript', wide: true });
}

function post(p, v) {
  const a = p.author;
  return h('li', { id: `post-${p.id}`, className: 'post' },
    h('div', { className: 'post-head' },
      swatch(professionOf(a)), ' ', memberLink(a, v), ' ',
      h('span', { className: 'muted' }, `${p.account} · ${professionOf(a)} · `, h('time', { datetime: p.createdAt }, fmt.time(p.createdAt))),
      p.replyTo ? h('span', { className: 'reply-to' }, ' ↩ replying to ', p.replyToAuthor ? nameOf(p.replyToAuthor) : 'a post not shown') : null),
    h('p', { className: 'post-text' }, p.text));
}

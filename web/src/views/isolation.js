import { h, fmt, handleOf, professionOf, memberLink } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, empty } from '../ui.js';
import { windowVars } from '../state.js';
import { swatch } from '../charts.js';

const PERSON = 'id name accounts { key } professions { profession }';
const ISOLATED = `query Isolated($community: String!, $since: DateTime, $until: DateTime, $after: String) {
  isolatedMembers(community: $community, since: $since, until: $until, first: 20, after: $after) {
    totalCount medianPartners pageInfo { hasNextPage endCursor }
    nodes { score flags professional { ${PERSON} }
      evidence { posts chats repliesReceived partners crossProfessionPartners lastSeen }
      suggestedPeers(first: 3) { score professional { ${PERSON} }
        reasons { mutualPartners { name } sharedChats { id topic startsAt } sharedTopics } } }
  }
}`;

const FLAG_TEXT = {
  NO_PARTNERS: 'no partners',
  UNANSWERED: 'unanswered',
  SINGLE_PROFESSION: 'single profession',
  LAPSED: 'lapsed',
  UNWELCOMED_NEWCOMER: 'unwelcomed newcomer',
  PERIPHERAL: 'peripheral',
};

/** #/isolation/COMMUNITY : who a coordinator should reach out to, and whom to introduce them to. */
export function isolation(main, community) {
  main.append(h('h1', {}, `Isolated members of ${community}`),
    h('p', { className: 'muted' }, 'Most isolated first. Each entry shows why it was flagged and peers to introduce; the note is ready to copy.'));
  const list = h('div', { className: 'reports' });
  main.append(list);
  const load = (after) => panel(list, after ? 'More members' : 'Members to reach out to', async () => {
    const res = field(await gql(ISOLATED, { community, after: after || null, ...windowVars() }), 'isolatedMembers');
    if (!res.nodes.length) return empty('No member of this community looks isolated in this window.');
    const out = h('div', {},
      h('p', { 'data-testid': 'isolation-total' }, `${res.totalCount} members flagged; the median active member has ${fmt.dec(res.medianPartners, 1)} partners.`),
      h('ol', { className: 'isolation' }, res.nodes.map((r) => report(r, community))));
    if (res.pageInfo.hasNextPage) {
      const more = h('button', { type: 'button', onclick: () => { more.remove(); load(res.pageInfo.endCursor); } }, 'Show more members');
      out.append(more);
    }
    return out;
  }, { id: after ? `isolation-${after.slice(-6)}` : 'isolation', wide: true });
  load(null);
}

function report(r, community) {
  const p = r.professional;
  const e = r.evidence;
  return h('li', { className: 'report', 'data-handle': handleOf(p) },
    h('div', { className: 'report-head' },
      h('h3', {}, memberLink(p)), h('span', { className: 'muted' }, ` ${handleOf(p)} · `, swatch(professionOf(p)), ` ${professionOf(p)}`),
      h('span', { className: 'score', title: 'isolation score, 0 to 1' }, `score ${fmt.dec(r.score)}`)),
    h('ul', { className: 'flags', 'aria-label': 'flags' }, r.flags.map((f) => h('li', { className: `flag flag-${f.toLowerCase()}` }, FLAG_TEXT[f] || f))),
    h('p', { className: 'evidence' },
      `${e.posts} posts in ${e.chats} chats; ${e.repliesReceived} replies or mentions received; ${e.partners} partners, ${e.crossProfessionPartners} in other professions; last seen ${fmt.date(e.lastSeen)}.`),
    r.suggestedPeers.length
      ? h('div', { className: 'peers' }, h('h4', {}, 'Suggested peers'),
        h('ul', {}, r.suggestedPeers.map((s) => h('li', {}, memberLink(s.professional), ` (${professionOf(s.professional)}, score ${fmt.dec(s.score)}): `, reasonText(s.reasons)))),
        note(p, r.suggestedPeers[0], community))
      : h('p', { className: 'muted' }, 'No peers to suggest in this window.'));
}

function reasonText(reasons) {
  const parts = [];
  if (reasons.mutualPartners.length) parts.push(`both talk with ${names(reasons.mutualPartners.map((m) => m.name))}`);
  if (reasons.sharedChats.length) parts.push(`both joined ${reasons.sharedChats.length === 1 ? 'the chat' : 'the chats'} on ${names(reasons.sharedChats.slice(0, 3).map((c) => `“${c.topic}” (${fmt.date(c.startsAt)})`))}`);
  if (reasons.sharedTopics.length) parts.push(`share an interest in ${names(reasons.sharedTopics.slice(0, 3))}`);
  return parts.length ? parts.join('; ') : 'active in the same community';
}

function names(xs) {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** A note the coordinator can paste into a message, built only from what the API said. */
export function introduction(p, s, community) {
  const q = s.professional;
  return `Hello ${p.name} (${handleOf(p)}) and ${q.name} (${handleOf(q)}),\n\n` +
    `I help run ${community}. I'd like to introduce you: ${p.name} is a ${professionOf(p)} and ${q.name} a ${professionOf(q)}, ` +
    `and you ${reasonText(s.reasons)}.\n\nI think you would have a lot to share. Why not say hello to each other at the next ${community} chat?`;
}

function note(p, s, community) {
  const text = introduction(p, s, community);
  const id = `note-${handleOf(p).replace(/[^a-z0-9]/gi, '-')}`;
  const area = h('textarea', { id, readonly: true, rows: 6, className: 'note' });
  area.value = text;
  const status = h('span', { role: 'status', className: 'muted' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = 'Copied.';
    } catch {
      // No clipboard permission (plain http, an old browser): select it for Ctrl+C.
      area.focus();
      area.select();
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  };
  return h('div', { className: 'intro' }, h('label', { for: id }, `Introduction note to ${s.professional.name}`), area,
    h('button', { type: 'button', onclick: copy }, 'Copy note'), ' ', status);
}

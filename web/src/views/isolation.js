import { h, fmt, handleOf, professionOf, memberLink, withheld } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, empty, explain, withheldNote } from '../ui.js';
import { windowVars, viewer } from '../state.js';
import { swatch } from '../charts.js';

const PERSON = 'id name accounts { key } professions { profession }';
const ISOLATED = `query Isolated($community: String!, $since: DateTime, $until: DateTime, $after: String) {
  isolatedMembers(community: $community, since: $since, until: $until, first: 20, after: $after) {
    totalCount medianPartners pageInfo { hasNextPage endCursor }
    nodes { score flags scoreParts { flag weight } professional { ${PERSON} }
      evidence { posts chats repliesReceived partners crossProfessionPartners lastSeen }
      suggestedPeers(first: 3) { score professional { ${PERSON} }
        reasons { mutualPartners { name } sharedChats { id topic startsAt } sharedTopics } } }
  }
}`;

export const FLAG_TEXT = {
  NO_PARTNERS: ['no partners', 'no reply, mention or quote to or from anyone in the window'],
  UNANSWERED: ['unanswered', 'posted in the window and received no reply or mention'],
  SINGLE_PROFESSION: ['single profession', 'every partner shares their profession'],
  LAPSED: ['lapsed', 'took part before the window, not in it'],
  UNWELCOMED_NEWCOMER: ['unwelcomed newcomer', 'first chat in the window, and no reply'],
  PERIPHERAL: ['peripheral', 'fewer than half the partners of the median active member'],
};

/** #/isolation/COMMUNITY : who a coordinator should reach out to, and whom to introduce them to. */
export function isolation(main, community) {
  main.append(h('h1', {}, `Isolated members of ${community}`),
    explain('Most isolated first. The score adds up what each flag weighs (shown on each entry), from 0 (no flag) to 1. ',
      'Suggested peers are scored from mutual partners, shared chats and shared topics (see a member\'s page). The note is ready to copy.'));
  const list = h('div', { className: 'reports' });
  main.append(list);
  panel(list, 'Members to reach out to', async () => {
    const v = await viewer();
    let note = null;
    const page = async (after) => {
      const ans = await gql(ISOLATED, { community, after, ...(await windowVars()) });
      note = note || withheldNote(ans, 'isolatedMembers');
      return field(ans, 'isolatedMembers');
    };
    const res = await page(null);
    if (!res.nodes.length) return empty('No member of this community looks isolated in this window.');
    const items = h('ol', { className: 'isolation' }, res.nodes.map((r) => report(r, community, v)));
    const out = h('div', {},
      h('p', { 'data-testid': 'isolation-total' }, `${res.totalCount} members flagged; the median active member has ${fmt.dec(res.medianPartners, 1)} partners.`),
      note, items);
    let next = res.pageInfo;
    const status = h('p', { role: 'status', className: 'muted', 'data-testid': 'isolation-shown' }, `Showing ${res.nodes.length} of ${res.totalCount}.`);
    const more = h('button', { type: 'button', hidden: !next.hasNextPage, onclick: async () => {
      more.disabled = true;
      more.textContent = 'Loading…';
      try {
        const r = await page(next.endCursor);
        items.append(...r.nodes.map((x) => report(x, community, v)));
        next = r.pageInfo;
        status.textContent = `Showing ${items.children.length} of ${r.totalCount}.`;
      } catch (e) {
        status.textContent = `Could not load more: ${e.message}`;
      } finally {
        more.disabled = false;
        more.textContent = 'Show more members';
        more.hidden = !next.hasNextPage;
      }
    } }, 'Show more members');
    out.append(status, more);
    return out;
  }, { id: 'isolation', wide: true });
}

function report(r, community, v) {
  const p = r.professional;
  const e = r.evidence;
  const parts = r.scoreParts.map((s) => `${FLAG_TEXT[s.flag] ? FLAG_TEXT[s.flag][0] : s.flag} ${fmt.dec(s.weight)}`).join(' + ');
  return h('li', { className: 'report', 'data-handle': handleOf(p) },
    h('div', { className: 'report-head' },
      h('h3', {}, memberLink(p, v)), h('span', { className: 'muted' }, ` ${handleOf(p) || ''} · `, swatch(professionOf(p)), ` ${professionOf(p)}`),
      h('span', { className: 'score', title: `isolation score: ${parts}` }, `score ${fmt.dec(r.score)}`)),
    h('ul', { className: 'flags', 'aria-label': 'flags' }, r.flags.map((f) => h('li', { className: `flag flag-${f.toLowerCase()}`, title: FLAG_TEXT[f] ? FLAG_TEXT[f][1] : f },
      FLAG_TEXT[f] ? FLAG_TEXT[f][0] : f))),
    h('p', { className: 'score-parts muted' }, `Score ${fmt.dec(r.score)} = ${parts}.`),
    h('p', { className: 'evidence' },
      `${e.posts} posts in ${e.chats} chats; ${e.repliesReceived} replies or mentions received; ${e.partners} partners, ${e.crossProfessionPartners} in other professions; last seen ${fmt.date(e.lastSeen)}.`),
    r.suggestedPeers.length
      ? h('div', { className: 'peers' }, h('h4', {}, 'Suggested peers'),
        h('ul', {}, r.suggestedPeers.map((s) => h('li', {}, memberLink(s.professional, v), ` (${professionOf(s.professional)}, score ${fmt.dec(s.score)}): `, reasonText(s.reasons)))),
        note(p, r.suggestedPeers.find((s) => s.professional.name !== null) || null, community))
      : h('p', { className: 'muted' }, 'No peers to suggest in this window.'));
}

export function reasonText(reasons) {
  const parts = [];
  if (reasons.mutualPartners.length) parts.push(`both talk with ${names(partnerNames(reasons.mutualPartners))}`);
  if (reasons.sharedChats.length) parts.push(`both joined ${reasons.sharedChats.length === 1 ? 'the chat' : 'the chats'} on ${names(reasons.sharedChats.slice(0, 3).map((c) => `“${c.topic}” (${fmt.date(c.startsAt)})`))}`);
  if (reasons.sharedTopics.length) parts.push(`share an interest in ${names(reasons.sharedTopics.slice(0, 3))}`);
  return parts.length ? parts.join('; ') : 'active in the same community';
}

/** Mutual partners by name, those whose names are withheld counted instead. */
export function partnerNames(ps) {
  const known = ps.filter((m) => m.name !== null).map((m) => m.name);
  const hidden = ps.length - known.length;
  return hidden ? [...known, `${hidden} ${known.length ? 'other' : 'partner'}${hidden === 1 ? '' : 's'} whose name${hidden === 1 ? ' is' : 's are'} withheld`] : known;
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
  // A peer whose name is withheld (outside the coordinator's communities)
  // cannot be introduced by name.
  if (!s || p.name === null) return h('p', { className: 'muted' }, 'No introduction: ', withheld('the peers\' names are withheld from your role'), '.');
  const text = introduction(p, s, community);
  const id = `note-${String(handleOf(p)).replace(/[^a-z0-9]/gi, '-')}`;
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

import { h, fmt, handleOf, professionOf, memberLink, withheld } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, empty, explain, withheldNote } from '../ui.js';
import { windowVars, viewer } from '../state.js';
import { swatch } from '../charts.js';
import { count } from '../words.js';
import { evidenceText, reasonText, introduction } from '../notes.js';

const PERSON = 'id name accounts { key } professions { profession }';
const ISOLATED = `query Isolated($community: String!, $since: DateTime, $until: DateTime, $after: String) {
  isolatedMembers(community: $community, since: $since, until: $until, first: 10, after: $after) {
    totalCount medianPartners pageInfo { hasNextPage endCursor }
    nodes { score flags recency scoreParts { term value weight points } professional { ${PERSON} }
      evidence { posts chats repliesReceived partners crossProfessionPartners lastSeen active newcomer daysSinceLastChat postsBefore repliesReceivedBefore }
      suggestedPeers(first: 3) { score professional { ${PERSON} }
        reasons { mutualPartners { name } sharedChats { id topic startsAt } sharedTopics }
        scoreParts { mutualPartners sharedChats sharedTopics responsiveness alreadySuggested spread } } }
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

export const TERM_TEXT = {
  UNANSWERED: 'unanswered',
  FEW_PARTNERS: 'few partners',
  OWN_PROFESSION: 'own profession',
  NEWCOMER: 'newcomer',
};

/** #/isolation/COMMUNITY : who a coordinator should reach out to, and whom to introduce them to. */
export function isolation(main, community) {
  main.append(h('h1', {}, `Isolated members of ${community}`),
    explain('Most urgent first. Score = recency × (0.35 × unanswered + 0.25 × few partners + 0.15 × own profession + 0.25 × newcomer), from 0 to 1: ',
      'each term from 0 to 1 (shown on each entry), recency = exp(−days since their last chat / 90), so a newcomer nobody answered tonight comes before a member who left months ago. ',
      'Suggested peers are scored from mutual partners, shared chats, shared topics and how often they answer others, divided by 1 + the times they are already suggested above. The note is ready to copy.'));
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
  const parts = r.scoreParts.map((s) => `${TERM_TEXT[s.term] || s.term} ${fmt.dec(s.points, 3)}`).join(' + ');
  return h('li', { className: 'report', 'data-handle': handleOf(p) },
    h('div', { className: 'report-head' },
      h('h3', {}, memberLink(p, v)), h('span', { className: 'muted' }, ` ${handleOf(p) || ''} · `, swatch(professionOf(p)), ` ${professionOf(p)}`),
      h('span', { className: 'score', title: `isolation score: ${parts}` }, `score ${fmt.dec(r.score)}`)),
    h('ul', { className: 'flags', 'aria-label': 'flags' }, r.flags.map((f) => h('li', { className: `flag flag-${f.toLowerCase()}`, title: FLAG_TEXT[f] ? FLAG_TEXT[f][1] : f },
      FLAG_TEXT[f] ? FLAG_TEXT[f][0] : f))),
    h('p', { className: 'score-parts muted' }, `Score ${fmt.dec(r.score, 3)} = ${parts} (recency ${fmt.dec(r.recency, 3)}).`),
    h('p', { className: 'evidence' }, evidenceText(e)),
    r.suggestedPeers.length
      ? h('div', { className: 'peers' }, h('h4', {}, 'Suggested peers'),
        h('ul', {}, r.suggestedPeers.map((s) => h('li', {}, memberLink(s.professional, v), ` (${professionOf(s.professional)}, score ${fmt.dec(s.score)}): `,
          reasonText(s.reasons, s.scoreParts), spreadText(s.scoreParts)))),
        note(p, r.suggestedPeers.find((s) => s.professional.name !== null) || null, community))
      : h('p', { className: 'muted' }, 'No peers to suggest in this window.'));
}

function spreadText(parts) {
  return parts && parts.alreadySuggested > 0 ? ` (already suggested to ${count(parts.alreadySuggested, 'member')} above: score × ${fmt.dec(parts.spread)})` : '';
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

import { h, fmt, handleOf, professionOf, memberLink, clear, nameOf, withheld } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, table, empty, explain, withheldNote, communityPicker } from '../ui.js';
import { windowVars, viewer } from '../state.js';
import { professionStyle, SHAPES } from '../palette.js';
import { swatch, professionLegend } from '../charts.js';
import { partnerNames } from '../notes.js';

const PERSON = 'id name accounts { key } professions { profession }';
const PEOPLE = `query People($search: String, $community: String, $after: String) {
  professionals(search: $search, community: $community, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${PERSON} communities { name } } } }`;

/** #/member : find a member by name or handle. */
export function memberIndex(main) {
  main.append(h('h1', {}, 'Members'));
  const input = h('input', { id: 'search', name: 'search', type: 'search', placeholder: 'a name, or a handle such as x:carla or @carla', spellcheck: 'false' });
  const picker = h('span', {});
  const form = h('form', { className: 'find', role: 'search' }, h('label', { for: 'search' }, 'Name or handle '), input, picker, h('button', { type: 'submit' }, 'Search'));
  main.append(form);
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const results = (v, search, community) => panel(grid, search ? `Members matching “${search}”` : 'Members', async () => {
    const res = field(await gql(PEOPLE, { search: search || null, community }), 'professionals');
    if (!res.nodes.length) return empty(search ? `No member's name or handle contains “${search}”.` : 'No members.');
    return h('div', {}, h('p', { className: 'muted', 'data-testid': 'people-count' },
      `${res.nodes.length < res.totalCount ? `The first ${res.nodes.length} of ` : ''}${res.totalCount} ${search ? 'matching' : ''} member${res.totalCount === 1 ? '' : 's'}${community ? ` of ${community}` : ''}, by id.`),
    table(res.nodes, [
      ['Name', (p) => memberLink(p, v)], ['Handle', (p) => handleOf(p)],
      ['Profession', (p) => [swatch(professionOf(p)), ' ', professionOf(p)]],
      ['Communities', (p) => (p.communities ? p.communities.map((c) => c.name).join(', ') : withheld())]], { className: 'people' }));
  }, { id: 'people', wide: true });
  viewer().then((v) => {
    if (v.role === 'MEMBER') {
      // A member sees their own page only.
      panel(grid, 'Your page', async () => h('p', {}, 'Your role sees your own page and the peers suggested to you: ',
        v.professional ? h('a', { href: `#/member/${encodeURIComponent(v.professional)}` }, v.professional) : 'no professional is bound to your token', '.'), { id: 'people', wide: true });
      form.hidden = true;
      return;
    }
    const own = v.role === 'COORDINATOR' ? v.communities : null;
    let community = own ? own[0] : null;
    if (own) {
      gql('query Names { communities { name } }').then((ans) => picker.append(' ', ...communityPicker('people-community', community, v, field(ans, 'communities'), (c) => { community = c; })), () => {});
    }
    let shown = results(v, '', community);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      shown.remove();
      shown = results(v, input.value.trim(), community);
    });
  });
}

const PROFILE = `query Profile($handle: String!) {
  professional(handle: $handle) { ${PERSON} kind bio location firstSeen lastSeen communities { name } }
}`;
const NETWORK = `query Ego($handle: String!, $since: DateTime, $until: DateTime, $others: Boolean) {
  professional(handle: $handle) {
    id name
    egoNetwork(since: $since, until: $until, first: 25) {
      members { ${PERSON} }
      ties { a { id } b { id } acts chatCount chats { id topic startsAt } }
    }
  }
  suggestPeers(handle: $handle, since: $since, until: $until, first: 8, otherProfessionsOnly: $others) {
    score professional { ${PERSON} }
    reasons { mutualPartners { name } sharedChats { id topic startsAt } sharedTopics }
    scoreParts { mutualPartners sharedChats sharedTopics responsiveness }
  }
}`;

/** #/member/HANDLE : a member's ego network and the peers they could meet. */
export function member(main, handle) {
  main.append(h('h1', {}, `Member ${handle}`));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  // The profile needs no window: asked at once, beside the start-up request.
  const profile = gql(PROFILE, { handle });
  const answer = windowVars().then((w) => gql(NETWORK, { handle, others: false, ...w }));
  // The graph library is loaded only by the views that draw a graph.
  const cy = import('cytoscape');
  panel(grid, 'Profile', async () => {
    const p = field(await profile, 'professional');
    if (!p) return empty(`No one has the handle ${handle}.`);
    document.querySelector('h1').textContent = `${nameOf(p)} (${handleOf(p)})`;
    return h('dl', { className: 'profile' },
      h('dt', {}, 'Professions'), h('dd', {}, p.professions ? (p.professions.map((c) => c.profession).join(', ') || 'unknown') : withheld()),
      h('dt', {}, 'Accounts'), h('dd', {}, p.accounts ? p.accounts.map((a) => a.key).join(', ') : withheld()),
      h('dt', {}, 'Communities'), h('dd', {}, p.communities ? p.communities.map((c) => h('a', { href: `#/community/${encodeURIComponent(c.name)}` }, c.name)).flatMap((a, i) => (i ? [', ', a] : [a])) : withheld()),
      p.location ? [h('dt', {}, 'Location'), h('dd', {}, p.location)] : null,
      p.bio ? [h('dt', {}, 'Bio'), h('dd', {}, p.bio)] : null,
      h('dt', {}, 'Seen'), h('dd', {}, `${fmt.date(p.firstSeen)} – ${fmt.date(p.lastSeen)}`));
  }, { id: 'profile' });
  panel(grid, 'Ego network', async () => {
    const ans = await answer;
    const p = field(ans, 'professional');
    if (!p) return empty('');
    return h('div', {}, withheldNote(ans, 'professional'), egoNetwork(p, await viewer(), (await cy).default));
  }, { id: 'ego', wide: true });
  const suggestions = panel(grid, 'Suggested peers', async () => suggestionsBody(handle, field(await answer, 'suggestPeers'), await viewer()), { id: 'suggestions', wide: true });
  suggestions.dataset.others = 'false';
}

function suggestionsBody(handle, list, v) {
  const box = h('div', {});
  const others = h('input', { type: 'checkbox', id: 'others-only' });
  const listBox = h('div', {});
  const render = (items) => {
    clear(listBox).append(items.length ? table(items, [
      ['Peer', (s) => memberLink(s.professional, v)],
      ['Profession', (s) => [swatch(professionOf(s.professional)), ' ', professionOf(s.professional)]],
      ['Score', (s) => fmt.dec(s.score), { num: true }],
      ['Why', (s) => [reasons(s.reasons), h('br', {}), h('span', { className: 'muted score-parts' }, partsText(s.scoreParts))]]], { className: 'suggestions' }) : empty('No one to suggest in this window.'));
  };
  others.addEventListener('change', async () => {
    listBox.setAttribute('aria-busy', 'true');
    try {
      const ans = await gql(`query Peers($handle: String!, $since: DateTime, $until: DateTime, $others: Boolean) {
        suggestPeers(handle: $handle, since: $since, until: $until, first: 8, otherProfessionsOnly: $others) {
          score professional { ${PERSON} } reasons { mutualPartners { name } sharedChats { id topic startsAt } sharedTopics }
          scoreParts { mutualPartners sharedChats sharedTopics responsiveness } } }`,
      { handle, others: others.checked, ...(await windowVars()) });
      render(field(ans, 'suggestPeers'));
    } catch (e) {
      clear(listBox).append(h('p', { className: 'error', role: 'alert' }, e.message));
    } finally { listBox.removeAttribute('aria-busy'); }
  });
  box.append(explain('Score: for each mutual partner, 1 / ln(their number of partners) (Adamic–Adar: a partner who talks with few people counts more); ',
    'plus, for each shared chat, 1 / ln(its participants); plus 0.25 for each shared chat topic; for a member with no partner in the window, plus 0.1 × ln(1 + the ties the peer made in it) (responsiveness). ',
    'Higher is a likelier introduction; each row shows the parts that add up to its score. Organisations\' accounts are not suggested.'),
  h('label', { className: 'check' }, others, ' Other professions only'), listBox);
  render(list);
  return box;
}

/** A suggestion's score in its parts, those above 0. */
export function partsText(p) {
  const named = [['mutual partners', p.mutualPartners], ['shared chats', p.sharedChats], ['shared topics', p.sharedTopics], ['responsiveness', p.responsiveness]];
  return named.filter(([, x]) => x > 0).map(([name, x]) => `${name} ${fmt.dec(x)}`).join(' + ');
}

function reasons(r) {
  const out = [];
  if (r.mutualPartners.length) out.push(`mutual partners: ${partnerNames(r.mutualPartners).join(', ')}`);
  if (r.sharedChats.length) out.push(h('span', {}, 'shared chats: ', r.sharedChats.slice(0, 3).map((c, i) => [i ? ', ' : '', h('a', { href: `#/chat/${encodeURIComponent(c.id)}` }, c.topic)])));
  if (r.sharedTopics.length) out.push(`shared topics: ${r.sharedTopics.join(', ')}`);
  return out.flatMap((x, i) => (i ? ['; ', x] : [x]));
}

/**
 * Where each member of an ego network stands: the professional in the
 * middle, partners around them in one sector per profession, nearer the
 * middle the more they talk with the professional. Sectors keep
 * professions apart and rings read as tie strength, where a force layout
 * of 25 partners is a hairball.
 */
export function egoLayout(members, ties, R = 220) {
  const ego = members[0].id;
  const strength = new Map();
  for (const t of ties) {
    if (t.a.id === ego) strength.set(t.b.id, t.acts);
    else if (t.b.id === ego) strength.set(t.a.id, t.acts);
  }
  const partners = members.slice(1);
  const maxActs = Math.max(1, ...strength.values());
  const groups = new Map();
  for (const m of partners) {
    const p = professionOf(m);
    if (!groups.has(p)) groups.set(p, []);
    groups.get(p).push(m);
  }
  const pos = new Map([[ego, { x: 0, y: 0 }]]);
  let at = -Math.PI / 2;
  const step = (2 * Math.PI) / Math.max(1, partners.length);
  for (const [, ms] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    ms.sort((x, y) => (strength.get(y.id) || 0) - (strength.get(x.id) || 0));
    ms.forEach((m, i) => {
      const a = at + step * (i + 0.5);
      // Strongest ties on the inner ring; alternate a little so neighbours' labels do not meet.
      const r = R * (0.45 + 0.55 * (1 - (strength.get(m.id) || 0) / maxActs)) + (i % 2 ? 18 : 0);
      pos.set(m.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
    });
    at += step * ms.length;
  }
  return pos;
}

function egoNetwork(p, v, cytoscape) {
  const all = p.egoNetwork;
  if (all.members.length <= 1) return empty('No conversational partners in this window.');
  // Partners whose id the role may not see (a coordinator's view of people
  // outside their communities) cannot be told apart: they are counted, and
  // neither they nor their ties are drawn.
  const net = { members: all.members.filter((m) => m.id !== null), ties: all.ties.filter((t) => t.a.id !== null && t.b.id !== null) };
  const hidden = all.members.length - net.members.length;
  const hiddenNote = hidden ? h('p', { className: 'muted', 'data-testid': 'ego-withheld' }, withheld(`${hidden} partner${hidden === 1 ? '' : 's'} and ${all.ties.length - net.ties.length} ties withheld`),
    ' (outside your communities).') : null;
  const byId = new Map(net.members.map((m) => [m.id, m]));
  const container = h('div', { className: 'graph', 'data-testid': 'ego-graph', role: 'img',
    'aria-label': `Ego network of ${nameOf(p)}: ${net.members.length - 1} partners and ${net.ties.length} ties; the lists below hold the same` });
  const professions = [...new Set(net.members.map(professionOf))].sort();
  const info = h('p', { role: 'status', className: 'muted', id: 'ego-info' }, 'Select a member to see their name and ties.');
  let cy = null;
  const focus = (id) => {
    if (!cy) return;
    cy.elements().removeClass('hi dim');
    const n = cy.getElementById(id);
    n.closedNeighborhood().addClass('hi');
    cy.elements().not(n.closedNeighborhood()).addClass('dim');
    const m = byId.get(id);
    info.textContent = `${nameOf(m)} (${professionOf(m)}): ${n.connectedEdges().length} ties in this network.`;
  };
  const list = h('ul', { className: 'ego-members', 'aria-label': 'Members of the network' }, net.members.map((m) => h('li', {},
    h('button', { type: 'button', className: 'linkish', onclick: () => focus(m.id), 'data-id': m.id }, swatch(professionOf(m)), ` ${nameOf(m)}`),
    ' ', m.accounts && m.name !== null ? h('a', { href: `#/member/${encodeURIComponent(handleOf(m))}`, 'aria-label': `open ${m.name}` }, '→') : null)));
  const ties = table(net.ties, [
    ['Between', (t) => `${nameOf(byId.get(t.a.id))} – ${nameOf(byId.get(t.b.id))}`],
    ['Acts', (t) => t.acts, { num: true }],
    ['Formed in', (t) => [t.chats.map((c, i) => [i ? ', ' : '', h('a', { href: `#/chat/${encodeURIComponent(c.id)}` }, `${c.topic} (${fmt.date(c.startsAt)})`)]),
      t.chatCount > t.chats.length ? ` and ${t.chatCount - t.chats.length} more` : '']],
  ], { caption: 'Ties, most acts first', className: 'ties' });
  const wrap = h('div', {}, hiddenNote, professionLegend(professions),
    explain('The member in the middle; partners in one sector per profession, nearer the middle the more they talk with them. Select a member (here or in the list) for their name and ties.'),
    container, info, h('h3', {}, 'Members'), list, h('details', {}, h('summary', {}, `All ${net.ties.length} ties with the chats where they formed`), ties));
  // Cytoscape needs the container laid out: draw after the panel shows it.
  requestAnimationFrame(() => {
    const maxActs = Math.max(1, ...net.ties.map((t) => t.acts));
    const pos = egoLayout(net.members, net.ties);
    cy = cytoscape({
      container,
      elements: [
        ...net.members.map((m, i) => {
          const s = professionStyle(professionOf(m));
          return { data: { id: m.id, label: nameOf(m), color: s.color, ego: i === 0 ? 1 : 0 }, position: pos.get(m.id), classes: `shape-${s.shape}` };
        }),
        ...net.ties.map((t) => ({ data: { id: `${t.a.id}|${t.b.id}`, source: t.a.id, target: t.b.id, w: 1 + 5 * (t.acts / maxActs) } })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', shape: 'ellipse',
          'border-width': 1, 'border-color': '#222', width: 22, height: 22, 'font-size': 12, 'min-zoomed-font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
        // The professions' own shapes (palette.js), one class each.
        ...Object.entries(SHAPES).filter(([, pts]) => pts).map(([name, pts]) => ({ selector: `node.shape-${name}`,
          style: { shape: 'polygon', 'shape-polygon-points': pts.flat().map((x) => x.toFixed(3)).join(' ') } })),
        // Labels only where they help: the member in the middle, and whoever is in focus.
        { selector: 'node[ego = 1]', style: { width: 34, height: 34, 'border-width': 3, 'font-weight': 'bold', label: 'data(label)' } },
        { selector: 'node.hi', style: { label: 'data(label)' } },
        { selector: 'edge', style: { width: 'data(w)', 'line-color': '#999', 'curve-style': 'straight' } },
        { selector: '.dim', style: { opacity: 0.15 } },
        { selector: 'edge.hi', style: { 'line-color': '#000' } },
      ],
      layout: { name: 'preset', fit: true, padding: 30 },
    });
    cy.on('tap', 'node', (e) => focus(e.target.id()));
    cy.on('dbltap', 'node', (e) => {
      const m = byId.get(e.target.id());
      if (m.accounts && m.name !== null) location.hash = `#/member/${encodeURIComponent(handleOf(m))}`;
    });
    container.cy = cy;
    container.dataset.ready = 'true';
  });
  return wrap;
}

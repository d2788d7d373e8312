import cytoscape from 'cytoscape';
import { h, fmt, handleOf, professionOf, memberLink, clear } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, table, empty } from '../ui.js';
import { windowVars } from '../state.js';
import { professionStyle } from '../palette.js';
import { swatch } from '../charts.js';

const PERSON = 'id name accounts { key } professions { profession }';

/** #/member : find a member by handle, or pick one from the list. */
export function memberIndex(main) {
  main.append(h('h1', {}, 'Members'));
  const input = h('input', { id: 'handle', name: 'handle', required: true, placeholder: 'x:carla, @carla, mastodon:nina@nurses.social', spellcheck: 'false' });
  main.append(h('form', { className: 'find', onsubmit: (e) => { e.preventDefault(); location.hash = `#/member/${encodeURIComponent(input.value.trim())}`; } },
    h('label', { for: 'handle' }, 'Handle '), input, h('button', { type: 'submit' }, 'Show')));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  panel(grid, 'Professionals', async () => {
    const res = field(await gql(`query People { professionals(first: 100) { totalCount nodes { ${PERSON} communities { name } } } }`), 'professionals');
    return h('div', {}, h('p', { className: 'muted' }, `The first ${res.nodes.length} of ${res.totalCount}, by id.`),
      table(res.nodes, [
        ['Name', (p) => memberLink(p)], ['Handle', (p) => handleOf(p)],
        ['Profession', (p) => [swatch(professionOf(p)), ' ', professionOf(p)]],
        ['Communities', (p) => p.communities.map((c) => c.name).join(', ')]]));
  }, { id: 'people', wide: true });
}

const MEMBER = `query Member($handle: String!, $since: DateTime, $until: DateTime, $others: Boolean) {
  professional(handle: $handle) {
    ${PERSON} kind bio location firstSeen lastSeen communities { name }
    egoNetwork(since: $since, until: $until, first: 25) {
      members { ${PERSON} }
      ties { a { id } b { id } acts chatCount chats { id topic startsAt } }
    }
  }
  suggestPeers(handle: $handle, since: $since, until: $until, first: 8, otherProfessionsOnly: $others) {
    score professional { ${PERSON} }
    reasons { mutualPartners { name } sharedChats { id topic startsAt } sharedTopics }
  }
}`;

/** #/member/HANDLE : a member's ego network and the peers they could meet. */
export function member(main, handle) {
  main.append(h('h1', {}, `Member ${handle}`));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const answer = gql(MEMBER, { handle, others: false, ...windowVars() });
  panel(grid, 'Profile', async () => {
    const p = field(await answer, 'professional');
    if (!p) return empty(`No one has the handle ${handle}.`);
    document.querySelector('h1').textContent = `${p.name} (${handleOf(p)})`;
    return h('dl', { className: 'profile' },
      h('dt', {}, 'Professions'), h('dd', {}, p.professions.map((c) => c.profession).join(', ') || 'unknown'),
      h('dt', {}, 'Accounts'), h('dd', {}, p.accounts.map((a) => a.key).join(', ')),
      h('dt', {}, 'Communities'), h('dd', {}, p.communities.map((c) => h('a', { href: `#/community/${encodeURIComponent(c.name)}` }, c.name)).flatMap((a, i) => (i ? [', ', a] : [a]))),
      p.location ? [h('dt', {}, 'Location'), h('dd', {}, p.location)] : null,
      p.bio ? [h('dt', {}, 'Bio'), h('dd', {}, p.bio)] : null,
      h('dt', {}, 'Seen'), h('dd', {}, `${fmt.date(p.firstSeen)} – ${fmt.date(p.lastSeen)}`));
  }, { id: 'profile' });
  panel(grid, 'Ego network', async () => {
    const p = field(await answer, 'professional');
    if (!p) return empty('');
    return egoNetwork(p);
  }, { id: 'ego', wide: true });
  const suggestions = panel(grid, 'Suggested peers', async () => suggestionsBody(handle, field(await answer, 'suggestPeers')), { id: 'suggestions', wide: true });
  suggestions.dataset.others = 'false';
}

function suggestionsBody(handle, list) {
  const box = h('div', {});
  const others = h('input', { type: 'checkbox', id: 'others-only' });
  const listBox = h('div', {});
  const render = (items) => {
    clear(listBox).append(items.length ? table(items, [
      ['Peer', (s) => memberLink(s.professional)],
      ['Profession', (s) => [swatch(professionOf(s.professional)), ' ', professionOf(s.professional)]],
      ['Score', (s) => fmt.dec(s.score), { num: true }],
      ['Why', (s) => reasons(s.reasons)]], { className: 'suggestions' }) : empty('No one to suggest in this window.'));
  };
  others.addEventListener('change', async () => {
    listBox.setAttribute('aria-busy', 'true');
    try {
      const ans = await gql(`query Peers($handle: String!, $since: DateTime, $until: DateTime, $others: Boolean) {
        suggestPeers(handle: $handle, since: $since, until: $until, first: 8, otherProfessionsOnly: $others) {
          score professional { ${PERSON} } reasons { mutualPartners { name } sharedChats { id topic startsAt } sharedTopics } } }`,
      { handle, others: others.checked, ...windowVars() });
      render(field(ans, 'suggestPeers'));
    } catch (e) {
      clear(listBox).append(h('p', { className: 'error', role: 'alert' }, e.message));
    } finally { listBox.removeAttribute('aria-busy'); }
  });
  box.append(h('label', { className: 'check' }, others, ' Other professions only'), listBox);
  render(list);
  return box;
}

function reasons(r) {
  const out = [];
  if (r.mutualPartners.length) out.push(`mutual partners: ${r.mutualPartners.map((m) => m.name).join(', ')}`);
  if (r.sharedChats.length) out.push(h('span', {}, 'shared chats: ', r.sharedChats.slice(0, 3).map((c, i) => [i ? ', ' : '', h('a', { href: `#/chat/${encodeURIComponent(c.id)}` }, c.topic)])));
  if (r.sharedTopics.length) out.push(`shared topics: ${r.sharedTopics.join(', ')}`);
  return out.flatMap((x, i) => (i ? ['; ', x] : [x]));
}

function tieLabel(t) {
  if (!t.chats.length) return '';
  const topic = t.chats[0].topic.length > 22 ? `${t.chats[0].topic.slice(0, 21)}…` : t.chats[0].topic;
  return t.chatCount > 1 ? `${topic} +${t.chatCount - 1}` : topic;
}

function egoNetwork(p) {
  const net = p.egoNetwork;
  if (net.members.length <= 1) return empty('No conversational partners in this window.');
  const byId = new Map(net.members.map((m) => [m.id, m]));
  const container = h('div', { className: 'graph', 'data-testid': 'ego-graph', role: 'img',
    'aria-label': `Ego network of ${p.name}: ${net.members.length - 1} partners and ${net.ties.length} ties; the lists below hold the same` });
  const professions = [...new Set(net.members.map(professionOf))].sort();
  const legend = h('ul', { className: 'legend-list', 'aria-label': 'Professions' }, professions.map((pr) => h('li', {}, swatch(pr), ` ${pr} (${professionStyle(pr).shape})`)));
  const info = h('p', { role: 'status', className: 'muted', id: 'ego-info' }, 'Select a member to highlight their ties.');
  let cy = null;
  const focus = (id) => {
    if (!cy) return;
    cy.elements().removeClass('hi dim');
    const n = cy.getElementById(id);
    n.closedNeighborhood().addClass('hi');
    cy.elements().not(n.closedNeighborhood()).addClass('dim');
    const m = byId.get(id);
    info.textContent = `${m.name} (${professionOf(m)}): ${n.connectedEdges().length} ties in this network.`;
  };
  const list = h('ul', { className: 'ego-members', 'aria-label': 'Members of the network' }, net.members.map((m) => h('li', {},
    h('button', { type: 'button', className: 'linkish', onclick: () => focus(m.id), 'data-id': m.id }, swatch(professionOf(m)), ` ${m.name}`),
    ' ', h('a', { href: `#/member/${encodeURIComponent(handleOf(m))}`, 'aria-label': `open ${m.name}` }, '→'))));
  const ties = table(net.ties, [
    ['Between', (t) => `${byId.get(t.a.id).name} – ${byId.get(t.b.id).name}`],
    ['Acts', (t) => t.acts, { num: true }],
    ['Formed in', (t) => [t.chats.map((c, i) => [i ? ', ' : '', h('a', { href: `#/chat/${encodeURIComponent(c.id)}` }, `${c.topic} (${fmt.date(c.startsAt)})`)]),
      t.chatCount > t.chats.length ? ` and ${t.chatCount - t.chats.length} more` : '']],
  ], { caption: 'Ties, most acts first', className: 'ties' });
  const wrap = h('div', {}, legend, container, info, h('h3', {}, 'Members'), list, h('details', {}, h('summary', {}, `All ${net.ties.length} ties with the chats where they formed`), ties));
  // Cytoscape needs the container laid out: draw after the panel shows it.
  requestAnimationFrame(() => {
    const maxActs = Math.max(1, ...net.ties.map((t) => t.acts));
    cy = cytoscape({
      container,
      elements: [
        ...net.members.map((m, i) => {
          const s = professionStyle(professionOf(m));
          return { data: { id: m.id, label: m.name, color: s.color, shape: s.shape, ego: i === 0 ? 1 : 0 } };
        }),
        ...net.ties.map((t) => ({ data: { id: `${t.a.id}|${t.b.id}`, source: t.a.id, target: t.b.id, label: tieLabel(t), w: 1 + 5 * (t.acts / maxActs) } })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', shape: 'data(shape)', label: 'data(label)', 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 3, 'border-width': 1, 'border-color': '#222', width: 22, height: 22,
          'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
        { selector: 'node[ego = 1]', style: { width: 34, height: 34, 'border-width': 3, 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 'data(w)', 'line-color': '#888', label: 'data(label)', 'font-size': 8, color: '#333',
          'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'curve-style': 'bezier' } },
        { selector: '.dim', style: { opacity: 0.2 } },
        { selector: 'edge.hi', style: { 'line-color': '#000' } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 },
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => focus(e.target.id()));
    cy.on('dbltap', 'node', (e) => { location.hash = `#/member/${encodeURIComponent(handleOf(byId.get(e.target.id())))}`; });
    container.dataset.ready = 'true';
  });
  return wrap;
}

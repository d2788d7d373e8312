import { h, fmt, memberLink, professionOf, nameOf } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, table, empty, explain, withheldNote, communityPicker } from '../ui.js';
import { bars, swatch } from '../charts.js';
import { windowVars, viewer } from '../state.js';

const CONNECTORS = `query Connectors($between: String!, $and: String!, $community: String, $since: DateTime, $until: DateTime) {
  connectors(between: $between, and: $and, community: $community, since: $since, until: $until, first: 20) {
    brokeredPairs partnersBetween partnersAnd groupBetweenness
    roles { coordinator itinerant gatekeeper representative liaison }
    professional { id name accounts { key } professions { profession } }
  }
}`;

// Gould and Fernandez's roles, for the chains a→X→b the counts are over.
export const ROLES = [
  ['coordinator', 'a, X and b all of one profession'],
  ['itinerant', 'a and b of one profession, X of another (also called consultant)'],
  ['gatekeeper', 'X of b\'s profession, a of another: X lets a in to X\'s group'],
  ['representative', 'X of a\'s profession, b of another: X speaks for X\'s group to b'],
  ['liaison', 'a, X and b of three different professions'],
];

/** #/connectors[/A/B[/COMMUNITY]] : who connects two professions. */
export function connectors(main, a, b, community = null) {
  main.append(h('h1', {}, a && b ? `Who connects ${a}s with ${b}s${community ? ` in ${community}` : ''}` : 'Connectors between two professions'));
  const form = h('form', { className: 'find', 'aria-label': 'Professions to connect' });
  main.append(form);
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const address = (x, y, c) => `#/connectors/${encodeURIComponent(x)}/${encodeURIComponent(y)}${c ? `/${encodeURIComponent(c)}` : ''}`;
  const ready = (async () => {
    const v = await viewer();
    // A coordinator may ask only about their own communities: default to the first.
    if (v.role === 'COORDINATOR' && v.communities.length && !v.communities.includes(community)) {
      location.replace(address(a || 'pharmacist', b || 'nurse', v.communities[0]));
      return null;
    }
    return v;
  })();
  Promise.all([ready, gql('query ConnectorChoices { professions { name professionals } communities { name } }')]).then(([v, ans]) => {
    if (!v) return;
    const names = field(ans, 'professions').filter((p) => p.professionals > 0).map((p) => p.name);
    const pick = (id, label, value, fallback) => [h('label', { for: id }, label),
      h('select', { id, name: id }, names.map((n) => h('option', { value: n, selected: n === (value || fallback) }, n)))];
    form.append(...pick('between', 'Between ', a, 'pharmacist'), ' ', ...pick('and', ' and ', b, 'nurse'), ' ',
      ...communityPicker('connectors-community', community, v, field(ans, 'communities'), () => {}), ' ',
      h('button', { type: 'submit' }, 'Find connectors'));
  }, (e) => form.append(h('p', { className: 'error', role: 'alert' }, e.message)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = address(form.between.value, form.and.value, form['connectors-community'].value);
  });
  if (!a || !b) { grid.append(empty('Choose two professions.')); return; }
  panel(grid, 'Connectors', async () => {
    const v = await ready;
    if (!v) return empty('Opening your community…');
    const ans = await gql(CONNECTORS, { between: a, and: b, community, ...(await windowVars()) });
    const list = field(ans, 'connectors');
    if (!list.length) return empty(`No one in this window has partners among both ${a}s and ${b}s who are not tied to each other.`);
    return h('div', {}, withheldNote(ans, 'connectors'),
      bars(list.slice(0, 10).map((c) => ({ label: nameOf(c.professional), value: c.brokeredPairs })), { label: `Brokered ${a}–${b} pairs of the top ${Math.min(10, list.length)} connectors` }),
      table(list, [
        ['Connector', (c) => memberLink(c.professional, v)],
        ['Profession', (c) => [swatch(professionOf(c.professional)), ' ', professionOf(c.professional)]],
        ['Brokered pairs', (c) => fmt.num(c.brokeredPairs), { num: true }],
        [`${a} partners`, (c) => c.partnersBetween, { num: true }],
        [`${b} partners`, (c) => c.partnersAnd, { num: true }],
        ['Roles (coord./itin./gatek./repr./liais.)', (c) => h('span', { title: ROLES.map(([r]) => `${r} ${c.roles[r]}`).join(', ') },
          ROLES.map(([r]) => c.roles[r]).join(' / '))],
        ['Group betweenness', (c) => (c.groupBetweenness === null ? 'not computed' : fmt.dec(c.groupBetweenness, 3)), { num: true }],
      ], { className: 'connectors' }),
      explain(`Brokered pairs: a ${a} and a ${b} who both talk with the connector but not with each other. `,
        `Roles count the chains a→X→b over those pairs (a addressed X, X addressed b, a a ${a}, b a ${b}), by Gould and Fernandez:`),
      h('dl', { className: 'explain roles' }, ROLES.flatMap(([r, d]) => [h('dt', {}, r), h('dd', {}, d)])),
      explain('Group betweenness: the connector\'s share of the shortest paths between the two professions, from the analysis step ("not computed" until an analysis of this window has run).'));
  }, { id: 'connectors', wide: true });
}

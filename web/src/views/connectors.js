import { h, fmt, memberLink, professionOf, handleOf } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, table, empty } from '../ui.js';
import { bars, swatch } from '../charts.js';
import { windowVars } from '../state.js';

const CONNECTORS = `query Connectors($between: String!, $and: String!, $since: DateTime, $until: DateTime) {
  connectors(between: $between, and: $and, since: $since, until: $until, first: 20) {
    brokeredPairs partnersBetween partnersAnd groupBetweenness
    roles { coordinator itinerant gatekeeper representative liaison }
    professional { id name accounts { key } professions { profession } }
  }
}`;

/** #/connectors[/A/B] : who connects two professions. */
export function connectors(main, a, b) {
  main.append(h('h1', {}, a && b ? `Who connects ${a}s with ${b}s` : 'Connectors between two professions'));
  const form = h('form', { className: 'find', 'aria-label': 'Professions to connect' });
  main.append(form);
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  gql('query ProfessionNames { professions { name professionals } }').then((ans) => {
    const names = field(ans, 'professions').filter((p) => p.professionals > 0).map((p) => p.name);
    const pick = (id, label, value, fallback) => [h('label', { for: id }, label),
      h('select', { id, name: id }, names.map((n) => h('option', { value: n, selected: n === (value || fallback) }, n)))];
    form.append(...pick('between', 'Between ', a, 'pharmacist'), ' ', ...pick('and', ' and ', b, 'nurse'), ' ', h('button', { type: 'submit' }, 'Find connectors'));
  }, (e) => form.append(h('p', { className: 'error', role: 'alert' }, e.message)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/connectors/${encodeURIComponent(form.between.value)}/${encodeURIComponent(form.and.value)}`;
  });
  if (!a || !b) { grid.append(empty('Choose two professions.')); return; }
  panel(grid, 'Connectors', async () => {
    const list = field(await gql(CONNECTORS, { between: a, and: b, ...windowVars() }), 'connectors');
    if (!list.length) return empty(`No one in this window has partners among both ${a}s and ${b}s who are not tied to each other.`);
    return h('div', {},
      bars(list.slice(0, 10).map((c) => ({ label: c.professional.name, value: c.brokeredPairs })), { label: `Brokered ${a}–${b} pairs of the top ${Math.min(10, list.length)} connectors` }),
      table(list, [
        ['Connector', (c) => memberLink(c.professional)],
        ['Profession', (c) => [swatch(professionOf(c.professional)), ' ', professionOf(c.professional)]],
        ['Brokered pairs', (c) => fmt.num(c.brokeredPairs), { num: true }],
        [`${a} partners`, (c) => c.partnersBetween, { num: true }],
        [`${b} partners`, (c) => c.partnersAnd, { num: true }],
        ['Roles (coord./itin./gatek./repr./liais.)', (c) => ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'].map((r) => c.roles[r]).join(' / ')],
        ['Group betweenness', (c) => (c.groupBetweenness === null ? 'not computed' : fmt.dec(c.groupBetweenness, 3)), { num: true }],
      ], { className: 'connectors' }),
      h('p', { className: 'muted' }, 'Brokered pairs: a ', a, ' and a ', b, ' who both talk with the connector but not with each other. Open a connector to see their network: ',
        h('a', { href: `#/member/${encodeURIComponent(handleOf(list[0].professional))}` }, list[0].professional.name), '.'));
  }, { id: 'connectors', wide: true });
}

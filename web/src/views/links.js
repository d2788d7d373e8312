import { h, clear, fmt } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, table, empty } from '../ui.js';
import { heatmap, eiBars } from '../charts.js';
import { windowVars } from '../state.js';

const LINKS = `query Links($community: String, $since: DateTime, $until: DateTime) {
  communities { name }
  all: professionLinks(community: $community, since: $since, until: $until) {
    since until cells { from to ties pairs } professions { profession external internal eiIndex } }
  monthly: professionLinks(community: $community, since: $since, until: $until, interval: MONTH) {
    since until cells { from to ties pairs } professions { profession external internal eiIndex } }
}`;

/** #/links[/COMMUNITY] : which professions talk to which, month by month. */
export function links(main, community) {
  main.append(h('h1', {}, community ? `Profession links in ${community}` : 'Profession links, all communities'));
  const picker = h('p', { className: 'actions' });
  main.append(picker);
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const answer = gql(LINKS, { community: community || null, ...windowVars() });
  answer.then((ans) => {
    const list = ans.data && ans.data.communities;
    if (!list) return;
    const sel = h('select', { id: 'links-community', onchange: (e) => { location.hash = e.target.value ? `#/links/${encodeURIComponent(e.target.value)}` : '#/links'; } },
      h('option', { value: '' }, 'all communities'),
      list.map((c) => h('option', { value: c.name, selected: c.name === community }, c.name)));
    picker.append(h('label', { for: 'links-community' }, 'Community '), sel);
  }, () => {});

  panel(grid, 'Who talks to whom', async () => {
    const ans = await answer;
    const all = field(ans, 'all');
    const monthly = field(ans, 'monthly');
    const periods = [...monthly, ...all];
    if (!all.length || !all[0].cells.length) return empty('No conversational ties between professionals in this window.');
    // Rows and columns: every profession with a tie in the whole window, most E–I data first.
    const profs = [...new Set(all[0].cells.flatMap((c) => [c.from, c.to]))].sort();
    const out = h('div', {});
    const label = h('output', { id: 'period-label', for: 'period' });
    const measure = h('select', { id: 'measure' }, h('option', { value: 'ties' }, 'conversational acts'), h('option', { value: 'pairs' }, 'distinct pairs'));
    const slider = h('input', { id: 'period', type: 'range', min: 0, max: periods.length - 1, step: 1, value: periods.length - 1,
      'aria-valuetext': '' });
    const chart = h('div', {});
    const ei = h('div', {});
    const draw = () => {
      const i = Number(slider.value);
      const p = periods[i];
      const text = i === periods.length - 1 ? `Whole window: ${fmt.date(p.since)} – ${fmt.date(p.until)}` : `Month of ${fmt.month(p.since)}`;
      label.textContent = text;
      slider.setAttribute('aria-valuetext', text);
      const key = measure.value;
      clear(chart).append(heatmap(profs, p.cells, (c) => c[key], key === 'ties' ? 'conversational acts' : 'distinct pairs'),
        h('details', {}, h('summary', {}, 'The same as a table'), table(p.cells.filter((c) => c[key] > 0).sort((a, b) => b[key] - a[key]), [
          ['From', (c) => c.from], ['To', (c) => c.to],
          ['Acts', (c) => c.ties, { num: true }], ['Pairs', (c) => c.pairs, { num: true }]], { caption: `Ties, ${text.toLowerCase()}`, className: 'cells' })));
      const rows = [...p.professions].sort((a, b) => a.profession.localeCompare(b.profession));
      clear(ei).append(h('h3', {}, `E–I index, ${text.toLowerCase()}`), eiBars(rows),
        table(rows, [['Profession', (r) => r.profession], ['Across', (r) => r.external, { num: true }],
          ['Within', (r) => r.internal, { num: true }], ['E–I', (r) => fmt.dec(r.eiIndex), { num: true }]], { className: 'ei' }));
    };
    slider.addEventListener('input', draw);
    measure.addEventListener('change', draw);
    out.append(h('div', { className: 'controls' },
      h('label', { for: 'period' }, 'Period '), slider, ' ', label,
      h('label', { for: 'measure' }, ' Count '), measure),
    h('p', { className: 'muted' }, `Slide through ${monthly.length} months; the right end is the whole window. E–I: (across − within) / (across + within) over distinct pairs.`),
    chart, ei);
    draw();
    return out;
  }, { id: 'links', wide: true });
}

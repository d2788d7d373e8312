import { h, clear, fmt } from '../dom.js';
import { gql, field } from '../api.js';
import { panel, table, empty, explain, communityPicker } from '../ui.js';
import { heatmap, eiBars } from '../charts.js';
import { windowVars, viewer } from '../state.js';

const LINKS = `query Links($community: String, $since: DateTime, $until: DateTime) {
  all: professionLinks(community: $community, since: $since, until: $until) {
    since until cells { from to ties pairs suppressed } professions { profession external internal eiIndex suppressed } }
  monthly: professionLinks(community: $community, since: $since, until: $until, interval: MONTH) {
    since until cells { from to ties pairs suppressed } professions { profession external internal eiIndex suppressed } }
}`;

/** Whether a period is a whole calendar month (UTC). */
export function wholeMonth(p) {
  const s = new Date(p.since), u = new Date(p.until);
  return s.getUTCDate() === 1 && s.getUTCHours() === 0 && u.getUTCDate() === 1 && u.getUTCHours() === 0 &&
    (u.getUTCMonth() - s.getUTCMonth() + 12) % 12 === 1;
}

/** #/links[/COMMUNITY] : which professions talk to which, month by month. */
export function links(main, community) {
  main.append(h('h1', {}, community ? `Profession links in ${community}` : 'Profession links, all communities'));
  const picker = h('p', { className: 'actions' });
  main.append(picker);
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const go = (name) => { location.hash = name ? `#/links/${encodeURIComponent(name)}` : '#/links'; };
  const answer = (async () => {
    const v = await viewer();
    // A coordinator's view is of their own communities: default to the first.
    if (!community && v.role === 'COORDINATOR' && v.communities.length) {
      location.replace(`#/links/${encodeURIComponent(v.communities[0])}`);
      return new Promise(() => {});
    }
    gql('query CommunityNames { communities { name } }').then((ans) => {
      picker.append(...communityPicker('links-community', community, v, (ans.data && ans.data.communities) || [], go));
    }, () => {});
    return gql(LINKS, { community: community || null, ...(await windowVars()) });
  })();

  panel(grid, 'Who talks to whom', async () => {
    const ans = await answer;
    const all = field(ans, 'all');
    const monthly = field(ans, 'monthly');
    const periods = [...monthly, ...all];
    if (!all.length || !all[0].cells.length) return empty('No conversational ties between professionals in this window.');
    // Rows and columns: every profession with a tie in the whole window.
    const profs = [...new Set(all[0].cells.flatMap((c) => [c.from, c.to]))].sort();
    const out = h('div', {});
    const label = h('output', { id: 'period-label', for: 'period' });
    const measure = h('select', { id: 'measure' }, h('option', { value: 'ties' }, 'conversational acts'), h('option', { value: 'pairs' }, 'distinct pairs'));
    const fixed = h('input', { type: 'checkbox', id: 'fixed-scale' });
    const slider = h('input', { id: 'period', type: 'range', min: 0, max: periods.length - 1, step: 1, value: periods.length - 1,
      'aria-valuetext': '' });
    const chart = h('div', {});
    const ei = h('div', {});
    const periodText = (i) => {
      const p = periods[i];
      if (i === periods.length - 1) return `Whole window: ${fmt.date(p.since)} – ${fmt.date(p.until)}`;
      const base = `Month of ${fmt.month(p.since)}`;
      // The window rarely starts and ends on the 1st: its first and last
      // months are partial, and their counts are not comparable as months.
      return wholeMonth(p) ? base : `${base} (partial: ${fmt.date(p.since)} – ${fmt.date(new Date(Date.parse(p.until) - 1).toISOString())})`;
    };
    const draw = () => {
      const i = Number(slider.value);
      const p = periods[i];
      const text = periodText(i);
      label.textContent = text;
      slider.setAttribute('aria-valuetext', text);
      const key = measure.value;
      const what = key === 'ties' ? 'conversational acts' : 'distinct pairs';
      // Held fixed, the darkest colour is the busiest cell of any month, so
      // months can be compared; the whole window keeps its own scale.
      const max = fixed.checked && i < periods.length - 1
        ? Math.max(1, ...monthly.flatMap((m) => m.cells.map((c) => c[key] || 0)))
        : Math.max(1, ...p.cells.map((c) => c[key] || 0));
      clear(chart).append(
        h('p', { className: 'muted', 'data-testid': 'scale' }, `Darkest: ${fmt.num(max)} ${what}${fixed.checked && i < periods.length - 1 ? ' (the busiest cell of any month)' : ' (the busiest cell of this period)'}.`),
        heatmap(profs, p.cells, (c) => c[key], what, max),
        h('details', {}, h('summary', {}, 'The same as a table'), table(p.cells.filter((c) => c.suppressed || c[key] > 0).sort((a, b) => (b[key] ?? -1) - (a[key] ?? -1)), [
          ['From', (c) => c.from], ['To', (c) => c.to],
          ['Acts', (c) => (c.suppressed ? 'withheld' : c.ties), { num: true }], ['Pairs', (c) => (c.suppressed ? 'withheld' : c.pairs), { num: true }]],
        { caption: `Ties, ${text.toLowerCase()}`, className: 'cells' })));
      const rows = [...p.professions].sort((a, b) => a.profession.localeCompare(b.profession));
      clear(ei).append(h('h3', {}, `E–I index, ${text.toLowerCase()}`), eiBars(rows),
        table(rows, [['Profession', (r) => r.profession], ['Across', (r) => (r.suppressed ? 'withheld' : r.external), { num: true }],
          ['Within', (r) => (r.suppressed ? 'withheld' : r.internal), { num: true }], ['E–I', (r) => fmt.dec(r.eiIndex), { num: true }]], { className: 'ei' }));
    };
    slider.addEventListener('input', draw);
    measure.addEventListener('change', draw);
    fixed.addEventListener('change', draw);
    out.append(h('div', { className: 'controls' },
      h('label', { for: 'period' }, 'Period '), slider, ' ', label,
      h('label', { for: 'measure' }, ' Count '), measure,
      h('label', { className: 'check' }, fixed, ' Same colour scale for every month')),
    explain(`Slide through ${monthly.length} months; the right end is the whole window. Acts: replies, mentions and quotes from one profession to another; pairs: distinct people behind them. `,
      'E–I index: (across − within) / (across + within) over distinct pairs of people: −1 when a profession talks only among itself, +1 only with others. ',
      'Cells counting fewer than k people are withheld from everyone but admins.'),
    chart, ei);
    draw();
    return out;
  }, { id: 'links', wide: true });
}

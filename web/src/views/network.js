import { h, fmt, clear, nameOf, professionOf, memberLink, withheld } from '../dom.js';
import { gql, field, download } from '../api.js';
import { panel, table, empty, explain, errorBox, withheldNote, communityPicker } from '../ui.js';
import { windowVars, viewer } from '../state.js';
import { professionStyle, CLUSTER_COLOURS, PROFESSIONS } from '../palette.js';
import { swatch, professionLegend } from '../charts.js';

const NETWORK = `query Network($community: String, $since: DateTime, $until: DateTime) {
  conversationNetwork(community: $community, since: $since, until: $until) {
    nodes { degree inDegree outDegree actsReceived actsSent
      professional { id name accounts { key } professions { profession }
        metrics(community: $community, since: $since, until: $until) { cluster betweenness } } }
    ties { source target acts }
  }
}`;

const CLUSTERS = `query Clusters($community: String, $since: DateTime, $until: DateTime) {
  clusters(community: $community, since: $since, until: $until, first: 12, membersFirst: 5) {
    analysis { id computedAt nodes edges modularity betweennessExact }
    clusters { id size blauIndex multidisciplinarity external internal eiIndex
      professionMix { profession count suppressed } members { id name accounts { key } professions { profession } } }
  }
}`;

const MEASURES = [
  ['degree', 'partners (degree)', (n) => n.degree],
  ['actsReceived', 'replies, mentions, quotes received', (n) => n.actsReceived],
  ['actsSent', 'replies, mentions, quotes sent', (n) => n.actsSent],
  ['betweenness', 'betweenness (from the analysis)', (n) => (n.professional.metrics ? n.professional.metrics.betweenness : 0)],
];

/** #/network[/COMMUNITY] : the whole conversation network of the window, as TAGSExplorer and NodeXL draw it. */
export function network(main, community) {
  main.dataset.view = 'network';
  main.append(h('h1', {}, community ? `Conversation network of ${community}` : 'Conversation network, all communities'));
  const top = h('div', { className: 'controls' });
  main.append(top, explain('Each member with a reply, mention or quote to or from another in the window, and their ties (both ways together, thicker with more acts). ',
    'Drag to pan, scroll or pinch to zoom, hover or select a member to name them and their partners.'));
  const grid = h('div', { className: 'grid' });
  main.append(grid);
  const go = (name) => { location.hash = name ? `#/network/${encodeURIComponent(name)}` : '#/network'; };
  // The drawing library is a chunk of its own, fetched beside the data.
  const lib = import('../netdraw.js');
  const ready = (async () => {
    const v = await viewer();
    if (!community && v.role === 'COORDINATOR' && v.communities.length) {
      location.replace(`#/network/${encodeURIComponent(v.communities[0])}`);
      return new Promise(() => {});
    }
    gql('query CommunityNames { communities { name } }').then((ans) => {
      top.prepend(...communityPicker('network-community', community, v, (ans.data && ans.data.communities) || [], go));
    }, () => {});
    return { v, w: await windowVars() };
  })();
  const data = ready.then(({ w }) => gql(NETWORK, { community, ...w }));
  const clusters = ready.then(({ w }) => gql(CLUSTERS, { community, ...w }));

  let focusOn = () => {};
  const net = panel(grid, 'Network', async () => {
    const { v } = await ready;
    const ans = await data;
    const n = field(ans, 'conversationNetwork');
    if (!n.nodes.length) return empty('No conversational ties in this window.');
    const { buildGraph, layout, draw, shapeName } = await lib;
    const hasAnalysis = n.nodes.some((x) => x.professional.metrics);
    const measure = h('select', { id: 'size-by' }, MEASURES.map(([k, label]) => h('option', { value: k, disabled: k === 'betweenness' && !hasAnalysis }, label)));
    const colourBy = h('select', { id: 'colour-by' }, h('option', { value: 'profession' }, 'profession'),
      h('option', { value: 'cluster', disabled: !hasAnalysis }, hasAnalysis ? 'cluster' : 'cluster (no analysis of this window)'));
    const search = h('input', { id: 'network-search', type: 'search', placeholder: v.role === 'RESEARCHER' ? 'a pseudonym, p-…' : 'a name', spellcheck: 'false' });
    const found = h('ul', { className: 'legend-list', 'aria-label': 'Members found', id: 'network-found' });
    const status = h('p', { role: 'status', className: 'muted', id: 'network-status' }, 'Laying out…');
    const box = h('div', { className: 'network', 'data-testid': 'network-graph', role: 'img',
      'aria-label': `Conversation network: ${n.nodes.length} members and ${n.ties.length} ties; the table below lists them by the chosen measure` });
    const list = h('div', {});
    const profs = [...new Set(n.nodes.map((x) => professionOf(x.professional)))].sort((a, b) => PROFESSIONS.indexOf(a) - PROFESSIONS.indexOf(b));
    const legend = h('div', {});

    const g = buildGraph(n, (x, i) => {
      const p = x.professional;
      const s = professionStyle(professionOf(p));
      return { label: nameOf(p), shape: shapeName(s.shape), color: s.color, index: i };
    });
    const colour = () => {
      const byCluster = colourBy.value === 'cluster';
      n.nodes.forEach((x, i) => {
        const m = x.professional.metrics;
        g.setNodeAttribute(String(i), 'color', byCluster ? (m ? CLUSTER_COLOURS[m.cluster % CLUSTER_COLOURS.length] : '#dddddd') : professionStyle(professionOf(x.professional)).color);
      });
      clear(legend).append(byCluster
        ? h('div', {}, h('p', { className: 'muted' }, 'Colour: cluster (see Clusters below); shape: profession.'), professionLegend(profs, { shapeOnly: true }))
        : professionLegend(profs));
    };
    const size = () => {
      const [, label, value] = MEASURES.find(([k]) => k === measure.value);
      const max = Math.max(1e-9, ...n.nodes.map(value));
      n.nodes.forEach((x, i) => g.setNodeAttribute(String(i), 'size', 3 + 14 * Math.sqrt(value(x) / max)));
      const rows = n.nodes.map((x, i) => ({ x, i })).sort((a, b) => value(b.x) - value(a.x)).slice(0, 20);
      clear(list).append(table(rows, [
        ['Member', (r) => h('button', { type: 'button', className: 'linkish', onclick: () => focusOn(r.i) }, nameOf(r.x.professional))],
        ['Profession', (r) => [swatch(professionOf(r.x.professional)), ' ', professionOf(r.x.professional)]],
        [label, (r) => (measure.value === 'betweenness' ? fmt.dec(value(r.x), 4) : fmt.num(value(r.x))), { num: true }],
        measure.value === 'degree' ? null : ['Partners', (r) => fmt.num(r.x.degree), { num: true }],
        ['Cluster', (r) => (r.x.professional.metrics ? String(r.x.professional.metrics.cluster) : '–'), { num: true }],
      ].filter(Boolean), { caption: `The 20 members with the most ${label}`, className: 'network-top' }));
    };
    colour();
    size();

    const out = h('div', {},
      h('div', { className: 'controls' }, h('label', { for: 'size-by' }, 'Size by '), measure, h('label', { for: 'colour-by' }, ' Colour by '), colourBy,
        h('label', { for: 'network-search' }, ' Find '), search),
      found, withheldNote(ans, 'conversationNetwork'), legend, box, status,
      explain(`${fmt.num(n.nodes.length)} members, ${fmt.num(n.ties.length)} ties. Degree: distinct partners; acts: the ties' totals of replies, mentions and quotes.`),
      list);
    let renderer = null;
    focusOn = (i) => {
      if (!renderer) return;
      const key = String(i);
      const near = new Set([key, ...g.neighbors(key)]);
      g.forEachNode((k) => g.mergeNodeAttributes(k, { focus: near.has(k), dim: !near.has(k) }));
      g.forEachEdge((e, a, s, t) => g.mergeEdgeAttributes(e, { focus: s === key || t === key, dim: !(s === key || t === key) }));
      const d = renderer.getNodeDisplayData(key);
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.35 }, { duration: 400 });
      const x = n.nodes[i];
      status.textContent = `${nameOf(x.professional)} (${professionOf(x.professional)}): ${x.degree} partners, ${x.actsReceived} acts received, ${x.actsSent} sent.`;
    };
    const unfocus = () => {
      g.forEachNode((k) => g.mergeNodeAttributes(k, { focus: false, dim: false }));
      g.forEachEdge((e) => g.mergeEdgeAttributes(e, { focus: false, dim: false }));
    };
    measure.addEventListener('change', size);
    colourBy.addEventListener('change', colour);
    search.addEventListener('input', () => {
      const q = search.value.trim().toLowerCase();
      clear(found);
      if (q.length < 2) { unfocus(); return; }
      const hits = n.nodes.map((x, i) => ({ x, i })).filter(({ x }) => x.professional.name && x.professional.name.toLowerCase().includes(q)).slice(0, 8);
      found.append(...(hits.length ? hits.map(({ x, i }) => h('li', {}, h('button', { type: 'button', className: 'linkish', onclick: () => focusOn(i) }, swatch(professionOf(x.professional)), ` ${nameOf(x.professional)}`)))
        : [h('li', { className: 'muted' }, 'No one by that name in this network.')]));
      if (hits.length === 1) focusOn(hits[0].i);
    });
    // Sigma needs the box laid out: lay out and draw once the panel shows it.
    requestAnimationFrame(async () => {
      const t0 = performance.now();
      await layout(g, (done, total) => {
        status.textContent = `Laying out… ${Math.round((100 * done) / total)}%`;
        return box.isConnected;
      });
      if (!box.isConnected) return; // the user left before the layout settled
      renderer = draw(g, box);
      main.leave = () => renderer.kill();
      renderer.on('clickNode', ({ node }) => focusOn(Number(node)));
      renderer.on('clickStage', unfocus);
      status.textContent = `Laid out and drawn in ${Math.round(performance.now() - t0)} ms. Select a member to name them and their partners.`;
      box.dataset.ready = 'true';
      box.renderer = renderer;
    });
    return out;
  }, { id: 'network', wide: true });
  net.dataset.community = community || '';

  panel(grid, 'Clusters', async () => {
    const { v } = await ready;
    const report = field(await clusters, 'clusters') ?? null;
    if (!report) {
      const box = h('div', {}, h('p', {}, 'No analysis of this window yet: clusters (Louvain), betweenness and brokerage are computed by the analysis step.'));
      if (v.role === 'ADMIN') box.append(startAnalysisButton(community));
      else box.append(explain('An administrator can run it for this window (here, or with loader analyze).'));
      return box;
    }
    const a = report.analysis;
    return h('div', {},
      explain(`From the analysis computed ${fmt.dateTime(a.computedAt)}: ${fmt.num(a.nodes)} members, ${fmt.num(a.edges)} ties, modularity ${fmt.dec(a.modularity, 3)}. `,
        'Multidisciplinarity: 0 when a cluster is one profession, 1 when its professions are evenly mixed. E–I: (ties leaving − ties within) / all its ties.'),
      table(report.clusters, [
        ['Cluster', (c) => h('span', {}, h('span', { className: 'cluster-dot', 'data-cluster': c.id, style: { background: CLUSTER_COLOURS[c.id % CLUSTER_COLOURS.length] } }), ` ${c.id}`)],
        ['Members', (c) => fmt.num(c.size), { num: true }],
        ['Profession mix', (c) => h('span', { className: 'mix' }, c.professionMix.map((m, i) => [i ? ', ' : '', swatch(m.profession), ` ${m.profession} `, m.suppressed ? withheld() : m.count]))],
        ['Multidisciplinarity', (c) => fmt.dec(c.multidisciplinarity), { num: true }],
        ['E–I', (c) => fmt.dec(c.eiIndex), { num: true }],
        ['Most central', (c) => c.members.map((m, i) => [i ? ', ' : '', memberLink(m, v)])],
      ], { className: 'clusters' }));
  }, { id: 'clusters', wide: true });

  panel(grid, 'Downloads', async () => {
    const { v, w } = await ready;
    if (v.role !== 'RESEARCHER' && v.role !== 'ADMIN') {
      return h('p', { className: 'muted' }, 'The exports (GraphML, GEXF, CSV) are for researchers and administrators.');
    }
    const q = new URLSearchParams({ since: w.since, until: w.until });
    if (community) q.set('community', community);
    const msg = h('span', { role: 'status', className: 'muted' });
    const stem = `peergraph-${community || 'all'}-${w.since.slice(0, 10)}-${w.until.slice(0, 10)}`;
    const button = (format, text) => h('button', { type: 'button', 'data-format': format, onclick: async () => {
      msg.textContent = `Preparing ${text}…`;
      try {
        const got = await download(`/export/${format}?${q}`, `${stem}.${format}`);
        msg.textContent = `Saved ${stem}.${format}${got.analysis ? ` with the figures of analysis ${got.analysis}` : ' (no analysis of this window: ties and professions only)'}.`;
      } catch (e) { msg.textContent = `Could not download: ${e.message}`; }
    } }, text);
    return h('div', {},
      explain(v.role === 'RESEARCHER' ? 'The same network, every member as their pseudonym; each download is written to the audit log.' : 'The same network, with the analysis step\'s figures when one of this window exists; each download is written to the audit log.'),
      h('div', { className: 'downloads' }, button('graphml', 'GraphML (Gephi, networkx)'), button('gexf', 'GEXF (Gephi)'),
        button('nodes.csv', 'Nodes (CSV)'), button('edges.csv', 'Edges (CSV)'),
        button('pair-betweenness.csv', 'Pair betweenness (CSV, a row a member and pair of professions)'), msg));
  }, { id: 'downloads', wide: true });
}

/** For admins: runs the analysis step for this view's community and window, then draws again. */
function startAnalysisButton(community) {
  const status = h('span', { role: 'status', className: 'muted' });
  const btn = h('button', { type: 'button', onclick: async () => {
    btn.disabled = true;
    try {
      const w = await windowVars();
      const run = field(await gql(`mutation Analyse($community: String, $since: DateTime, $until: DateTime) {
        startAnalysis(community: $community, since: $since, until: $until) { id } }`, { community, ...w }), 'startAnalysis');
      for (;;) {
        const r = field(await gql('query Run($id: ID!) { analysisRun(id: $id) { status stage stageDone stageTotal error } }', { id: run.id }), 'analysisRun');
        status.textContent = `${r.status.toLowerCase()}: ${r.stage} ${r.stageTotal ? `${r.stageDone}/${r.stageTotal}` : ''}`;
        if (r.status === 'DONE') { location.reload(); return; }
        if (r.status === 'FAILED') { status.textContent = `The analysis failed: ${r.error}`; btn.disabled = false; return; }
        await new Promise((res) => setTimeout(res, 700));
      }
    } catch (e) {
      status.replaceChildren(errorBox(e));
      btn.disabled = false;
    }
  } }, 'Compute clusters for this window');
  return h('p', {}, btn, ' ', status);
}

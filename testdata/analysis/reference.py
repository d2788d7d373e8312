#!/usr/bin/env python3
"""Reference numbers for the analysis package's tests.

Writes the classic graphs as edge lists (u<TAB>v<TAB>weight, one undirected
edge a line) with a groups file where the graph has groups, and
reference.json with what networkx 3.4.2 (and python-igraph, where it is
told apart) computes on them. The Go tests read these files; they never run
Python.

    make reference     # a venv with the Makefile's PY_PACKAGES, then this script
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install networkx==3.4.2 python-igraph numpy scipy
    /tmp/venv/bin/python testdata/analysis/reference.py            # rewrite fixtures and reference.json
    /tmp/venv/bin/python testdata/analysis/reference.py --check-export FILE.graphml FILE.gexf NODES.csv EDGES.csv
"""
import json
import math
import os
import sys

import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 42


def graphs():
    """The three classic graphs, undirected, with weights and groups."""
    karate = nx.Graph()
    k = nx.karate_club_graph()
    # Zachary's 78 ties, unweighted (networkx 3 adds interaction counts as
    # 'weight'; the classic measures are on the binary graph).
    karate.add_nodes_from(k.nodes)
    karate.add_edges_from(k.edges, weight=1)
    karate_groups = {str(n): k.nodes[n]["club"] for n in k.nodes}

    flo = nx.Graph()
    flo.add_edges_from(nx.florentine_families_graph().edges, weight=1)

    davis = nx.davis_southern_women_graph()
    women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
    # People who share events, weighted by how many: the usual one-mode
    # projection of the two-mode network.
    people = bipartite.weighted_projected_graph(davis, women)
    return [
        ("karate", nx.relabel_nodes(karate, str), karate_groups),
        ("florentine", flo, None),
        ("davis", people, None),
    ]


def directed():
    """A seeded random directed graph with weights and three groups: the
    shape of the tie graph the analysis step reads (who addressed whom, how
    often, in which profession), for the measures that read directions."""
    import random
    r = random.Random(SEED)
    d = nx.gnp_random_graph(40, 0.08, seed=SEED, directed=True)
    d = nx.relabel_nodes(d, lambda n: "p%02d" % n)
    for u, v in d.edges:
        d[u][v]["weight"] = r.randint(1, 5)
    groups = {n: r.choice(["nurse", "pharmacist", "doctor"]) for n in d}
    return d, groups


def sinks_completed(d, values, measure, weight):
    """networkx's constraint and effective_size return NaN for a node whose
    G[v] is empty, which on a DiGraph means no *out*-neighbours, although
    their formulas run over all neighbours either way. For those nodes with
    in-neighbours (someone addressed them), this applies networkx's own
    formula (local_constraint, normalized_mutual_weight) over
    all_neighbors, as Burt's definition does; the Go code gives that value
    and the tests compare with it. Truly isolated nodes stay NaN."""
    from networkx.algorithms.structuralholes import local_constraint, normalized_mutual_weight as nmw
    out = dict(values)
    for v in d:
        nb = set(nx.all_neighbors(d, v))
        if len(d[v]) > 0 or not nb:
            continue
        if measure == "constraint":
            out[v] = sum(local_constraint(d, v, n, weight) for n in nb)
        else:
            out[v] = sum(1 - sum(nmw(d, v, w, weight=weight) * nmw(d, u, w, norm=max, weight=weight) for w in nb) for u in nb)
    return out


def write_directed(name, d, groups):
    with open(os.path.join(HERE, name + ".arcs"), "w") as f:
        f.write("# %s: from\tto\tweight, one directed tie a line (reference.py)\n" % name)
        for u, v, w in sorted(d.edges(data="weight")):
            f.write("%s\t%s\t%g\n" % (u, v, w))
    with open(os.path.join(HERE, name + ".groups"), "w") as f:
        f.write("# %s: node\tgroup (reference.py)\n" % name)
        for n in sorted(groups):
            f.write("%s\t%s\n" % (n, groups[n]))


def directed_brokerage(d, groups):
    """Gould–Fernandez over directed chains u→X→v with u, v not tied either way."""
    out = {}
    for x in d.nodes:
        counts = {}
        for u in d.predecessors(x):
            for v in d.successors(x):
                if u == v or d.has_edge(u, v) or d.has_edge(v, u):
                    continue
                gu, gx, gv = groups[u], groups[x], groups[v]
                if gu == gv == gx:
                    role = "coordinator"
                elif gu == gv:
                    role = "itinerant"
                elif gx == gv:
                    role = "gatekeeper"
                elif gx == gu:
                    role = "representative"
                else:
                    role = "liaison"
                key = gu + "|" + gv
                counts.setdefault(key, {}).setdefault(role, 0)
                counts[key][role] += 1
        out[x] = counts
    return out


def write_fixture(name, g, groups):
    with open(os.path.join(HERE, name + ".edges"), "w") as f:
        f.write("# %s: u\tv\tweight, one undirected edge a line (reference.py)\n" % name)
        for u, v, d in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
            f.write("%s\t%s\t%g\n" % (u, v, d.get("weight", 1)))
    if groups:
        with open(os.path.join(HERE, name + ".groups"), "w") as f:
            f.write("# %s: node\tgroup (reference.py)\n" % name)
            for n in sorted(groups):
                f.write("%s\t%s\n" % (n, groups[n]))


def nanless(d):
    return {str(k): (None if isinstance(v, float) and math.isnan(v) else v) for k, v in d.items()}


def brokerage(g, groups):
    """Gould–Fernandez roles over the directed chains u→X→v of an open triad
    (u, v partners of X, not tied either way), by the groups of u, X, v; an
    undirected edge is a tie both ways. Counted per X and ordered pair of
    groups (group(u), group(v)). An independent transcription of the
    definition rank.Brokerage documents (networkx and igraph have none)."""
    out = {}
    for x in g.nodes:
        nb = list(g.neighbors(x))
        counts = {}
        for u in nb:
            for v in nb:
                if u == v or g.has_edge(u, v):
                    continue
                gu, gx, gv = groups[str(u)], groups[str(x)], groups[str(v)]
                if gu == gv == gx:
                    role = "coordinator"
                elif gu == gv:
                    role = "itinerant"
                elif gx == gv:
                    role = "gatekeeper"
                elif gx == gu:
                    role = "representative"
                else:
                    role = "liaison"
                key = gu + "|" + gv
                counts.setdefault(key, {}).setdefault(role, 0)
                counts[key][role] += 1
        out[str(x)] = counts
    return out


def ei(g, groups):
    res = {}
    for u, v in g.edges:
        gu, gv = groups[str(u)], groups[str(v)]
        for gr in {gu, gv}:
            e = res.setdefault(gr, {"external": 0, "internal": 0})
            e["internal" if gu == gv else "external"] += 1
    for e in res.values():
        e["ei"] = (e["external"] - e["internal"]) / (e["external"] + e["internal"])
    return res


# Power iterations run to a tolerance tight enough that the Go code, which
# iterates to the same, agrees to 1e-9 (networkx's default 1e-6 does not).
POWER = dict(tol=1e-15, max_iter=100000)


def undirected_view(d):
    """The undirected tie graph as the analysis step reads it: a tie either
    way is an edge, weighted by the acts both ways (networkx's
    to_undirected keeps one direction's weight instead)."""
    u = nx.Graph()
    u.add_nodes_from(d)
    for a, b, w in d.edges(data="weight"):
        if u.has_edge(a, b):
            u[a][b]["weight"] += w
        else:
            u.add_edge(a, b, weight=w)
    return u


def with_distance(g):
    """g with distance = 1/weight on every edge: networkx reads a weight as
    a length, the analysis reads more acts as a closer tie."""
    h = g.copy()
    for _, _, e in h.edges(data=True):
        e["distance"] = 1 / e["weight"]
    return h


def triads(d):
    return dict(nx.triadic_census(d))


def more_measures(g, groups):
    """The measures issue 19 added, on an undirected graph g (weights the
    analysis's acts, groups or None)."""
    gd = with_distance(g)
    r = {
        "closeness": nanless(nx.closeness_centrality(g)),
        "harmonic": nanless(nx.harmonic_centrality(g)),
        "pagerank": nanless(nx.pagerank(g, alpha=0.85, weight="weight", **POWER)),
        "eigenvector": nanless(nx.eigenvector_centrality(g, weight="weight", **POWER)),
        "clustering": nanless(nx.clustering(g)),
        "transitivity": nx.transitivity(g),
        "triangles": sum(nx.triangles(g).values()) // 3,
        "core_number": {str(k): v for k, v in nx.core_number(g).items()},
        "density": nx.density(g),
        "component_sizes": sorted((len(c) for c in nx.connected_components(g)), reverse=True),
        "betweenness_weighted_raw": nanless(nx.betweenness_centrality(gd, weight="distance", normalized=False)),
        "betweenness_weighted": nanless(nx.betweenness_centrality(gd, weight="distance")),
        # Every tie both ways: only 003, 102, 201 and 300 occur.
        "triad_census": triads(g.to_directed()),
    }
    if groups:
        h = g.copy()
        nx.set_node_attributes(h, {n: groups[str(n)] for n in h}, "group")
        r["assortativity"] = nx.attribute_assortativity_coefficient(h, "group")
        e = i = 0
        for a, b in g.edges:
            if groups[str(a)] == groups[str(b)]:
                i += 1
            else:
                e += 1
        r["network_ei"] = {"external": e, "internal": i, "ei": (e - i) / (e + i)}
    return r


def more_directed(d, groups):
    """The same measures on the directed graph d: those of the undirected
    view (undirected_view) and those that read directions."""
    u = undirected_view(d)
    r = more_measures(u, groups)
    del r["triad_census"]
    h = d.copy()
    nx.set_node_attributes(h, groups, "group")
    dd = with_distance(d)
    r.update({
        "pagerank": nanless(nx.pagerank(d, alpha=0.85, weight="weight", **POWER)),
        "density_directed": nx.density(d),
        "reciprocity": nx.overall_reciprocity(d),
        "weak_component_sizes": sorted((len(c) for c in nx.weakly_connected_components(d)), reverse=True),
        "strong_component_sizes": sorted((len(c) for c in nx.strongly_connected_components(d)), reverse=True),
        "assortativity_directed": nx.attribute_assortativity_coefficient(h, "group"),
        "triad_census": triads(d),
        "betweenness_directed_raw": nanless(nx.betweenness_centrality(d, normalized=False)),
        "betweenness_directed": nanless(nx.betweenness_centrality(d)),
        "betweenness_directed_weighted": nanless(nx.betweenness_centrality(dd, weight="distance")),
    })
    return r


def igraph_numbers(g):
    try:
        import igraph as ig
    except ImportError:
        return None
    nodes = sorted(g.nodes, key=str)
    idx = {n: i for i, n in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(idx[u], idx[v]) for u, v in g.edges])
    h.es["weight"] = [d.get("weight", 1) for _, _, d in g.edges(data=True)]
    ml = h.community_multilevel(weights="weight")
    return {
        "version": ig.__version__,
        "betweenness": {str(n): b for n, b in zip(nodes, h.betweenness(directed=False))},
        "constraint": {str(n): c for n, c in zip(nodes, h.constraint())},
        "constraint_weighted": {str(n): c for n, c in zip(nodes, h.constraint(weights="weight"))},
        "multilevel_modularity": h.modularity(ml.membership, weights="weight"),
    }


def reference():
    out = {"networkx": nx.__version__, "seed": SEED, "graphs": {}}
    for name, g, groups in graphs():
        write_fixture(name, g, groups)
        comms = nx.community.louvain_communities(g, weight="weight", seed=SEED)
        r = {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "degree": {str(n): d for n, d in g.degree()},
            "betweenness_raw": nanless(nx.betweenness_centrality(g, normalized=False)),
            "betweenness": nanless(nx.betweenness_centrality(g, normalized=True)),
            "constraint": nanless(nx.constraint(g)),
            "effective_size": nanless(nx.effective_size(g)),
            "constraint_weighted": nanless(nx.constraint(g, weight="weight")),
            "effective_size_weighted": nanless(nx.effective_size(g, weight="weight")),
            "louvain_seed": SEED,
            "louvain_communities": [sorted(str(n) for n in c) for c in comms],
            "louvain_modularity": nx.community.modularity(g, comms, weight="weight"),
            "igraph": igraph_numbers(g),
            "more": more_measures(g, groups),
        }
        if groups:
            names = sorted(set(groups.values()))
            sub = {}
            for a in names:
                for b in names:
                    A = [n for n in g if groups[str(n)] == a]
                    B = [n for n in g if groups[str(n)] == b]
                    sub[a + "|" + b] = nanless(nx.betweenness_centrality_subset(g, A, B, normalized=False))
            r["groups"] = names
            r["betweenness_subset"] = sub
            r["brokerage"] = brokerage(g, groups)
            r["ei"] = ei(g, groups)
        out["graphs"][name] = r
    d, dgroups = directed()
    write_directed("directed", d, dgroups)
    u = d.to_undirected()
    out["directed"] = {
        "nodes": d.number_of_nodes(),
        "arcs": d.number_of_edges(),
        "in_degree": dict(d.in_degree()),
        "out_degree": dict(d.out_degree()),
        "degree": dict(u.degree()),
        "betweenness": nanless(nx.betweenness_centrality(u)),
        "constraint": nanless(sinks_completed(d, nx.constraint(d), "constraint", None)),
        "effective_size": nanless(sinks_completed(d, nx.effective_size(d), "effective_size", None)),
        "constraint_weighted": nanless(sinks_completed(d, nx.constraint(d, weight="weight"), "constraint", "weight")),
        "effective_size_weighted": nanless(sinks_completed(d, nx.effective_size(d, weight="weight"), "effective_size", "weight")),
        # Nodes where networkx itself says NaN (no out-neighbours) though
        # they have in-neighbours: see sinks_completed.
        "networkx_nan_sinks": sorted(v for v in d if len(d[v]) == 0 and d.in_degree(v) > 0),
        "brokerage": directed_brokerage(d, dgroups),
        "more": more_directed(d, dgroups),
    }
    groups_and_resolution(out)
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


RESOLUTIONS = [0.5, 1.0, 2.0]


def everett_borgatti(g, groups):
    """Everett & Borgatti's (1999) group betweenness of each group as a set,
    on the undirected, unweighted graph: the shortest paths between pairs
    outside the set that pass through any member. raw and normalized are
    counted from the definition (every shortest path, nx.all_shortest_paths);
    networkx_raw and networkx_normalized are networkx 3.4.2's
    group_betweenness_centrality, which is wrong for some groups of three or
    more nodes (networkx issues #8827 and #8559, fixed after 3.4.2): the Go
    tests match the definition everywhere and networkx where |C| <= 2."""
    out = {}
    n = g.number_of_nodes()
    for name in sorted(set(groups.values())):
        c = [v for v in g if groups[str(v)] == name]
        cs = set(c)
        raw = 0.0
        outside = [v for v in g if v not in cs]
        for i, s in enumerate(outside):
            for t in outside[i + 1:]:
                if not nx.has_path(g, s, t):
                    continue
                paths = list(nx.all_shortest_paths(g, s, t))
                raw += sum(1 for p in paths if cs & set(p[1:-1])) / len(paths)
        rest = n - len(c)
        out[name] = {
            "size": len(c),
            "raw": raw,
            "normalized": 2 * raw / (rest * (rest - 1)) if rest > 1 else 0.0,
            "networkx_raw": nx.group_betweenness_centrality(g, c, normalized=False),
            "networkx_normalized": nx.group_betweenness_centrality(g, c, normalized=True),
        }
    return out


def resolution_partitions(g):
    """For each resolution γ: networkx's Louvain partition at γ and its
    modularity at γ (modularity(G, communities, resolution=γ)), the same
    partition's modularity at every other γ (which the Go modularity must
    match to 1e-9), and igraph's Leiden (objective modularity, run to
    convergence) modularity at γ where igraph is installed."""
    out = {}
    for gamma in RESOLUTIONS:
        comms = nx.community.louvain_communities(g, weight="weight", resolution=gamma, seed=SEED)
        r = {
            "communities": [sorted(str(n) for n in c) for c in comms],
            "modularity": {str(x): nx.community.modularity(g, comms, weight="weight", resolution=x) for x in RESOLUTIONS},
        }
        try:
            import igraph as ig
            nodes = sorted(g.nodes, key=str)
            idx = {n: i for i, n in enumerate(nodes)}
            h = ig.Graph(n=len(nodes), edges=[(idx[u], idx[v]) for u, v in g.edges])
            h.es["weight"] = [d.get("weight", 1) for _, _, d in g.edges(data=True)]
            best = None
            for s in range(10):
                import random
                random.seed(SEED + s)
                ig.set_random_number_generator(random)
                p = h.community_leiden(objective_function="modularity", weights="weight", resolution=gamma, n_iterations=-1)
                q = h.modularity(p.membership, weights="weight", resolution=gamma)
                best = q if best is None else max(best, q)
            r["igraph_leiden_modularity"] = best
        except ImportError:
            pass
        out[str(gamma)] = r
    return out


def groups_and_resolution(out):
    """The keys the Everett–Borgatti and resolution tests read
    (analysis/setbetweenness_test.go, analysis/leiden_test.go)."""
    eb = {}
    for name, g, groups in graphs():
        if groups:
            eb[name] = everett_borgatti(g, groups)
    d, dgroups = directed()
    eb["directed"] = everett_borgatti(d.to_undirected(), dgroups)
    # Pairs of karate members as groups (node n in "g<n//2>"), where
    # networkx 3.4.2 is right and must agree with the definition.
    karate = graphs()[0][1]
    eb["karate_pairs"] = everett_borgatti(karate, {v: "g%02d" % (int(v) // 2) for v in karate})
    out["everett_borgatti"] = eb
    out["resolution"] = {name: resolution_partitions(g) for name, g, _ in graphs()}


def check_export(paths):
    """Reads an export back as Gephi, R and networkx users would, and says
    what it found."""
    for p in paths:
        if p.endswith(".graphml"):
            g = nx.read_graphml(p)
        elif p.endswith(".gexf"):
            g = nx.read_gexf(p)
        elif p.endswith(".csv"):
            import csv
            with open(p, newline="") as f:
                rows = list(csv.DictReader(f))
            print("%s: %d rows, columns %s" % (p, len(rows), ",".join(rows[0].keys()) if rows else "-"))
            continue
        else:
            raise SystemExit("unknown export: " + p)
        attrs = sorted({k for _, d in g.nodes(data=True) for k in d})
        print("%s: %s, %d nodes, %d edges, node attributes %s" % (
            p, "directed" if g.is_directed() else "undirected", g.number_of_nodes(), g.number_of_edges(), ",".join(attrs)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--check-export":
        check_export(sys.argv[2:])
    else:
        reference()

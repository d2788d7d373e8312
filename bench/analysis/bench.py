#!/usr/bin/env python3
"""One measure of the analysis benchmark with networkx or igraph, on the
edge list bench/analysis writes; prints a JSON line with the seconds.

    bench.py networkx|igraph MEASURE nodes.tsv edges.tsv --pivots K --exact-up-to N --seed S

MEASURE is load, degree, betweenness, communities, structural_holes or e-i.
Each run reads the files again ("load" is that alone), so the Go driver can
time every measure in its own process with its own time limit.
"""
import argparse
import json
import random
import time


def read(nodes_path, edges_path):
    prof = {}
    with open(nodes_path) as f:
        for line in f:
            i, p = line.rstrip("\n").split("\t")
            prof[i] = p
    edges = []
    with open(edges_path) as f:
        for line in f:
            u, v, w = line.rstrip("\n").split("\t")
            edges.append((u, v, float(w)))
    return prof, edges


def pivots(n_nodes, names, k, exact_up_to, seed):
    if n_nodes <= exact_up_to or k >= n_nodes:
        return None
    return random.Random(seed).sample(names, k)


def ei(pairs, group):
    res = {}
    for u, v in pairs:
        gu, gv = group.get(u), group.get(v)
        if gu is None or gv is None:
            continue
        for g in {gu, gv}:
            e = res.setdefault(g, [0, 0])
            e[0 if gu != gv else 1] += 1
    return {g: (e - i) / (e + i) for g, (e, i) in res.items()}


def run_networkx(a, prof, edges, out):
    import networkx as nx
    t = time.perf_counter()
    D = nx.DiGraph()
    D.add_weighted_edges_from(edges)
    nx.set_node_attributes(D, {n: prof.get(n) for n in D}, "profession")
    out["load"] = time.perf_counter() - t
    if a.measure == "load":
        return
    t = time.perf_counter()
    if a.measure == "degree":
        dict(D.in_degree()), dict(D.out_degree()), dict(D.to_undirected().degree())
    elif a.measure == "betweenness":
        G = D.to_undirected()
        k = a.pivots if G.number_of_nodes() > a.exact_up_to else None
        nx.betweenness_centrality(G, k=k, seed=a.seed)
    elif a.measure == "communities":
        G = nx.Graph()
        for u, v, w in edges:
            G.add_edge(u, v, weight=G[u][v]["weight"] + w if G.has_edge(u, v) else w)
        c = nx.community.louvain_communities(G, weight="weight", seed=a.seed)
        out["modularity"] = nx.community.modularity(G, c, weight="weight")
        out["communities"] = len(c)
    elif a.measure == "structural_holes":
        nx.constraint(D, weight="weight")
        nx.effective_size(D, weight="weight")
    elif a.measure == "e-i":
        G = D.to_undirected()
        ei(G.edges(), prof)
    out["seconds"] = time.perf_counter() - t


def run_igraph(a, prof, edges, out):
    import igraph as ig
    t = time.perf_counter()
    names = sorted({u for u, _, _ in edges} | {v for _, v, _ in edges})
    idx = {n: i for i, n in enumerate(names)}
    h = ig.Graph(n=len(names), edges=[(idx[u], idx[v]) for u, v, _ in edges], directed=True)
    h.es["weight"] = [w for _, _, w in edges]
    out["load"] = time.perf_counter() - t
    if a.measure == "load":
        return
    t = time.perf_counter()
    if a.measure == "degree":
        h.degree(mode="in"), h.degree(mode="out"), h.as_undirected().degree()
    elif a.measure == "betweenness":
        u = h.as_undirected()
        src = pivots(len(names), list(range(len(names))), a.pivots, a.exact_up_to, a.seed)
        # igraph has no sampled betweenness; from a sample of sources it is
        # networkx's k-estimator once scaled by n/k.
        b = u.betweenness(directed=False) if src is None else u.betweenness(directed=False, sources=src)
        if src is not None:
            b = [x * len(names) / len(src) for x in b]
    elif a.measure == "communities":
        u = h.as_undirected(combine_edges="sum")
        c = u.community_multilevel(weights="weight")
        out["modularity"] = u.modularity(c.membership, weights="weight")
        out["communities"] = len(c)
    elif a.measure == "structural_holes":
        h.constraint(weights="weight")  # igraph has no effective size
    elif a.measure == "e-i":
        u = h.as_undirected()
        ei(((names[e.source], names[e.target]) for e in u.es), prof)
    out["seconds"] = time.perf_counter() - t


def main():
    p = argparse.ArgumentParser()
    p.add_argument("lib", choices=["networkx", "igraph"])
    p.add_argument("measure", choices=["load", "degree", "betweenness", "communities", "structural_holes", "e-i"])
    p.add_argument("nodes")
    p.add_argument("edges")
    p.add_argument("--pivots", type=int, default=1000)
    p.add_argument("--exact-up-to", type=int, default=50000)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    prof, edges = read(a.nodes, a.edges)
    out = {}
    (run_networkx if a.lib == "networkx" else run_igraph)(a, prof, edges, out)
    if a.lib == "networkx":
        import networkx
        out["version"] = networkx.__version__
    else:
        import igraph
        out["version"] = igraph.__version__
    print(json.dumps(out))


if __name__ == "__main__":
    main()

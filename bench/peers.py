#!/usr/bin/env python3
"""Peer side of bench/run: python-igraph or NetworkX on the same edge file and the same workload as our engine.

The workload (random pairs, Yen pairs, the window, betweenness sources) comes from the engine's result file so that
every library answers exactly the same questions. Times are wall clock; answers are kept for the agreement check.
"""
import argparse
import itertools
import json
import statistics
import time

import numpy as np


def load(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"KGEDGES1":
        raise SystemExit(f"{path} is not an edge file")
    n, e = (int(x) for x in np.frombuffer(data, "<i4", 2, 8))
    off = 16 + n
    src = np.frombuffer(data, "<i4", e, off); off += 4 * e
    dst = np.frombuffer(data, "<i4", e, off); off += 4 * e
    off += e  # relationship types: the peers compare on the untyped graph, as the engine's default query does
    vfrom = np.frombuffer(data, "<i4", e, off); off += 4 * e
    vto = np.frombuffer(data, "<i4", e, off)
    return n, src, dst, vfrom, vto


def pct(values, p):
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(np.ceil(p * len(s))) - 1))]


def median_time(runs, fn):
    fn_result = None
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn_result = fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples), fn_result


def top20(scores):
    scores = np.asarray(scores)
    return [int(i) for i in np.lexsort((np.arange(len(scores)), -scores))[:20]]


def overlap(a, b):
    return len(set(a) & set(b))


def run_igraph(n, src, dst, vfrom, vto, work, engine, args):
    import igraph as ig
    out = {"lib": "python-igraph " + ig.__version__}
    pairs = [tuple(p) for p in work["pairs"]]
    edge_list = np.column_stack((src, dst)).tolist()
    t = time.perf_counter()
    g = ig.Graph(n=n, edges=edge_list, directed=False)
    out["build_s"] = time.perf_counter() - t
    del edge_list

    max_hops = work["max_hops"]
    times, agree, compared = [], 0, 0
    for i, (s, d) in enumerate(pairs[: args.pairs]):
        t = time.perf_counter()
        vpath = g.get_shortest_paths(s, to=d, mode="all", output="vpath")[0]
        times.append(time.perf_counter() - t)
        length = len(vpath) - 1 if vpath else None
        if length is not None and length > max_hops:
            length = None
        compared += 1
        agree += length == work["path_lengths"][i]
    out.update(path_p50_us=pct(times, 0.5) * 1e6, path_p99_us=pct(times, 0.99) * 1e6, path_pairs=compared, path_agree=agree)

    simple = g.copy()
    simple.simplify()
    times, agree = [], 0
    yen_pairs = work["yen_pairs"][: args.yen]
    for i, (s, d) in enumerate(yen_pairs):
        t = time.perf_counter()
        found = simple.get_k_shortest_paths(s, to=d, k=10, mode="all", output="vpath")
        times.append(time.perf_counter() - t)
        lengths = sorted(len(p) - 1 for p in found)
        agree += [x for x in lengths if x <= max_hops] == work["yen_lengths"][i]
    out.update(yen_p50_ms=pct(times, 0.5) * 1e3, yen_p99_ms=pct(times, 0.99) * 1e3, yen_pairs=len(yen_pairs), yen_agree=agree)
    del simple

    out["pagerank_s"], pr = median_time(args.runs, lambda: g.pagerank(directed=False, damping=0.85))
    out["pagerank_top20_overlap"] = overlap(top20(pr), engine["pagerank_top20"])

    since, until = work["window_days"]
    mask = (vfrom <= until) & (vto >= since)
    window_edges = np.column_stack((src[mask], dst[mask])).tolist()
    t = time.perf_counter()
    gw = ig.Graph(n=n, edges=window_edges, directed=False)
    out["window_build_s"] = time.perf_counter() - t
    out["pagerank_window_s"], prw = median_time(args.runs, lambda: gw.pagerank(directed=False, damping=0.85))
    out["pagerank_window_top20_overlap"] = overlap(top20(prw), engine["pagerank_window_top20"])
    del gw, window_edges

    if args.betweenness_exact:
        # python-igraph 0.10.2 cannot restrict betweenness to chosen sources: time the exact run, report it per 256 sources.
        t = time.perf_counter()
        g.betweenness(directed=False)
        exact = time.perf_counter() - t
        out["betweenness_exact_s"] = exact
        out["betweenness_s"] = exact / n * 256
        out["betweenness_note"] = "exact run over all sources, scaled to 256 sources"
    return out


def run_networkx(n, src, dst, vfrom, vto, work, engine, args):
    import networkx as nx
    out = {"lib": "NetworkX " + nx.__version__}
    pairs = [tuple(p) for p in work["pairs"]]
    edges = list(zip(src.tolist(), dst.tolist()))
    t = time.perf_counter()
    g = nx.MultiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    out["build_s"] = time.perf_counter() - t
    simple = nx.Graph(g)

    max_hops = work["max_hops"]
    times, agree = [], 0
    for i, (s, d) in enumerate(pairs[: args.pairs]):
        t = time.perf_counter()
        try:
            length = nx.shortest_path_length(simple, s, d)
        except nx.NetworkXNoPath:
            length = None
        times.append(time.perf_counter() - t)
        if length is not None and length > max_hops:
            length = None
        agree += length == work["path_lengths"][i]
    out.update(path_p50_us=pct(times, 0.5) * 1e6, path_p99_us=pct(times, 0.99) * 1e6, path_pairs=len(times), path_agree=agree)

    times, agree = [], 0
    yen_pairs = work["yen_pairs"][: args.yen]
    for i, (s, d) in enumerate(yen_pairs):
        t = time.perf_counter()
        found = list(itertools.islice(nx.shortest_simple_paths(simple, s, d), 10))
        times.append(time.perf_counter() - t)
        lengths = [len(p) - 1 for p in found]
        agree += [x for x in lengths if x <= max_hops] == work["yen_lengths"][i]
    out.update(yen_p50_ms=pct(times, 0.5) * 1e3, yen_p99_ms=pct(times, 0.99) * 1e3, yen_pairs=len(yen_pairs), yen_agree=agree)

    def pagerank(graph):
        ranks = nx.pagerank(graph, alpha=0.85)
        return [ranks[v] for v in range(n)]

    out["pagerank_s"], pr = median_time(args.runs, lambda: pagerank(g))
    out["pagerank_top20_overlap"] = overlap(top20(pr), engine["pagerank_top20"])

    since, until = work["window_days"]
    mask = (vfrom <= until) & (vto >= since)
    window_edges = list(zip(src[mask].tolist(), dst[mask].tolist()))
    t = time.perf_counter()
    gw = nx.MultiGraph()
    gw.add_nodes_from(range(n))
    gw.add_edges_from(window_edges)
    out["window_build_s"] = time.perf_counter() - t
    out["pagerank_window_s"], prw = median_time(args.runs, lambda: pagerank(gw))
    out["pagerank_window_top20_overlap"] = overlap(top20(prw), engine["pagerank_window_top20"])

    sources = work["betweenness_sources"]
    t = time.perf_counter()
    bc = nx.betweenness_centrality_subset(simple, sources=sources, targets=list(range(n)), normalized=False)
    out["betweenness_s"] = time.perf_counter() - t
    out["betweenness_top20_overlap"] = overlap(top20([bc[v] for v in range(n)]), engine["betweenness_top20"])
    out["betweenness_note"] = "same 256 sources (betweenness_centrality_subset); simple graph, so parallel relationships count once"
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edges", required=True)
    parser.add_argument("--engine", required=True, help="the engine's result file, holding the workload")
    parser.add_argument("--lib", choices=["igraph", "networkx"], required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--yen", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--betweenness-exact", action="store_true")
    args = parser.parse_args()

    n, src, dst, vfrom, vto = load(args.edges)
    with open(args.engine) as f:
        data = json.load(f)
    run = run_igraph if args.lib == "igraph" else run_networkx
    result = run(n, src, dst, vfrom, vto, data["workload"], data["engine"], args)
    result.update(entities=n, relationships=len(src))
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Peer side of bench/communities: python-igraph and NetworkX on the same edge file as the engine's --communities run.

Times weakly connected components, Louvain (whole graph and the 2020-2022 window) and closeness / harmonic centrality,
checks agreement with the engine's answers, and writes the markdown section for bench/RESULTS.md. Per-node figures divide
each library's time by the nodes it scored (the engine scores every node, or 256 sampled sources on large graphs, in one
call; the peers score a fixed sample of nodes, one breadth-first search each).
"""
import argparse
import json
import time

import numpy as np

from peers import load


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def window_mask(vfrom, vto):
    since = np.int32(737424)  # 2020-01-01 as DateOnly.DayNumber
    until = np.int32(738519)  # 2022-12-31
    return (vfrom <= until) & (vto >= since)


def run_igraph(n, src, dst, vfrom, vto, engine, out, nodes_checked):
    import igraph as ig
    res = {"lib": "python-igraph " + ig.__version__}
    g = ig.Graph(n=n, edges=np.column_stack((src, dst)).tolist(), directed=False)
    res["wcc_s"], comps = timed(lambda: g.connected_components(mode="weak"))
    res["wcc_count"] = len(comps)

    def weighted(keep):
        h = ig.Graph(n=n, edges=np.column_stack((src[keep], dst[keep])).tolist(), directed=False)
        h.es["weight"] = 1
        h.simplify(multiple=True, loops=False, combine_edges={"weight": "sum"})
        return h

    for key, keep in (("louvain", np.ones(len(src), bool)), ("louvain_window", window_mask(vfrom, vto))):
        h = weighted(keep)
        seconds, clusters = timed(lambda: h.community_multilevel(weights="weight"))
        res[key + "_s"] = seconds
        res[key + "_modularity"] = h.modularity(clusters.membership, weights="weight")

    exact = engine["closeness_exact"]
    nodes = (engine["check_nodes"] if exact else engine["sampled_sources"])[:nodes_checked]
    res["closeness_nodes"] = len(nodes)
    res["closeness_s"], closeness = timed(lambda: g.closeness(vertices=nodes, mode="all"))
    res["harmonic_s"], harmonic = timed(lambda: g.harmonic_centrality(vertices=nodes, mode="all", normalized=False))
    if exact:
        # The generated graphs are connected, where igraph's closeness (reachable nodes only) equals Wasserman-Faust.
        res["closeness_max_diff"] = float(np.max(np.abs(np.array(closeness) - np.array(engine["closeness_at_check"]))))
        res["harmonic_max_diff"] = float(np.max(np.abs(np.array(harmonic) - np.array(engine["harmonic_at_check"]))))
    out["igraph"] = res


def run_networkx(n, src, dst, vfrom, vto, engine, out, nodes_checked):
    import networkx as nx
    res = {"lib": "NetworkX " + nx.__version__}

    def weighted(keep):
        g = nx.Graph()
        g.add_nodes_from(range(n))
        for u, v in zip(src[keep].tolist(), dst[keep].tolist()):
            if g.has_edge(u, v):
                g[u][v]["weight"] += 1
            else:
                g.add_edge(u, v, weight=1)
        return g

    g = weighted(np.ones(len(src), bool))
    res["wcc_s"], count = timed(lambda: nx.number_connected_components(g))
    res["wcc_count"] = count
    for key, keep in (("louvain", np.ones(len(src), bool)), ("louvain_window", window_mask(vfrom, vto))):
        h = g if key == "louvain" else weighted(keep)
        seconds, parts = timed(lambda: nx.community.louvain_communities(h, weight="weight", seed=42))
        res[key + "_s"] = seconds
        res[key + "_modularity"] = nx.community.modularity(h, parts, weight="weight")

    nodes = engine["check_nodes"][:nodes_checked]
    res["closeness_nodes"] = len(nodes)
    res["closeness_s"], closeness = timed(lambda: [nx.closeness_centrality(g, u=v) for v in nodes])

    def harmonic_of(v):
        return sum(1 / d for d in nx.single_source_shortest_path_length(g, v).values() if d > 0)

    res["harmonic_s"], harmonic = timed(lambda: [harmonic_of(v) for v in nodes])
    if engine["closeness_exact"]:
        res["closeness_max_diff"] = float(np.max(np.abs(np.array(closeness) - np.array(engine["closeness_at_check"][:nodes_checked]))))
        res["harmonic_max_diff"] = float(np.max(np.abs(np.array(harmonic) - np.array(engine["harmonic_at_check"][:nodes_checked]))))
    out["networkx"] = res


START = "<!-- bench/communities: start -->"
END = "<!-- bench/communities: end -->"


def ratio(theirs, ours):
    return "—" if theirs is None or ours in (None, 0) else f"{theirs / ours:,.1f}×"


def fmt_s(seconds):
    return "—" if seconds is None else (f"{seconds * 1e3:.1f} ms" if seconds < 1 else f"{seconds:.2f} s")


def section(sizes, command, load, commit):
    lines = [START, "## Communities, closeness and harmonic centrality", "",
             f"- Command: `{command}` at commit {commit}; load average {load}",
             "- Same generated graph (seed 1) as the tables above, relationships followed both ways. Louvain: ours (seed 42,"
             " NetworkX's visiting rule), igraph `community_multilevel`, NetworkX `louvain_communities(seed=42)`, each on parallel"
             " relationships merged into weights; modularity as each library reports it. Closeness is Wasserman–Faust"
             " (NetworkX's default; the graphs are connected, where igraph's equals it), harmonic unnormalised. Ratios are peer"
             " time / our time (higher = we are faster); closeness and harmonic per node scored: we score every node"
             " (64 breadth-first searches at a time) or, on the large graph, from 256 sampled sources as the API does; the peers"
             " run one search per node for a fixed sample of nodes. Ours: median of 3 runs after a warm-up on the small graph,"
             " one run on the large one; the peers: one run.", ""]
    for size, data in sizes:
        ours, ig, nx = data["engine"]["engine"], data["peers"].get("igraph"), data["peers"].get("networkx")
        lines += [f"### {size}: {data['engine']['entities']:,} entities, {data['engine']['relationships']:,} relationships", "",
                  "| Measure | Our engine | python-igraph | vs igraph | NetworkX | vs NetworkX |", "|---|---|---|---|---|---|"]

        def row(name, key, per_node=False):
            ours_v = ours[key]
            if per_node:
                ours_v = ours_v / ours["closeness_sources"]
            peer = []
            for lib in (ig, nx):
                if lib is None or key not in lib:
                    peer.append(None)
                else:
                    peer.append(lib[key] / lib["closeness_nodes"] if per_node else lib[key])
            show = (lambda v: "—" if v is None else f"{v * 1e6:,.1f} µs") if per_node else fmt_s
            lines.append(f"| {name} | {show(ours_v)} | {show(peer[0])} | {ratio(peer[0], ours_v)} | {show(peer[1])} | {ratio(peer[1], ours_v)} |")

        row("Weakly connected components", "wcc_s")
        row("Louvain, whole graph", "louvain_s")
        row("Louvain, window 2020–2022", "louvain_window_s")
        exact = ours["closeness_exact"]
        row("Closeness per node" + ("" if exact else " (ours: per sampled source)"), "closeness_s", per_node=True)
        row("Harmonic per node" + ("" if exact else " (ours: per sampled source)"), "harmonic_s", per_node=True)
        lines.append("")
        agree = [f"components: ours {ours['wcc_count']:,}" + "".join(f", {l['lib']} {l['wcc_count']:,}" for l in (ig, nx) if l)]
        agree.append("Louvain modularity whole graph: ours {:.4f}".format(ours["louvain_modularity"])
                     + "".join(f", {l['lib']} {l['louvain_modularity']:.4f}" for l in (ig, nx) if l)
                     + "; window: ours {:.4f}".format(ours["louvain_window_modularity"])
                     + "".join(f", {l['lib']} {l['louvain_window_modularity']:.4f}" for l in (ig, nx) if l))
        if exact:
            for l in (ig, nx):
                if l and "closeness_max_diff" in l:
                    agree.append(f"{l['lib']} on {l['closeness_nodes']:,} nodes: closeness max difference {l['closeness_max_diff']:.1e},"
                                 f" harmonic max difference {l['harmonic_max_diff']:.1e} (summation order; harmonic values are in the thousands)")
        else:
            agree.append("closeness and harmonic are sampled estimates on this graph, so only their time is compared")
        lines += ["Agreement: " + "; ".join(agree) + ".", ""]
    lines.append(END)
    return "\n".join(lines)


def report(args):
    sizes = []
    for size in args.sizes:
        engine = json.load(open(f"{args.dir}/{size}.communities.json"))
        peers = json.load(open(f"{args.dir}/{size}.communities-peers.json"))
        sizes.append((size, {"engine": engine, "peers": peers}))
    text = section(sizes, args.command, args.load, args.commit)
    try:
        results = open(args.results).read()
    except FileNotFoundError:
        results = ""
    if START in results and END in results:
        results = results[: results.index(START)] + text + results[results.index(END) + len(END):]
    else:
        results = results.rstrip("\n") + "\n\n" + text + "\n"
    open(args.results, "w").write(results)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edges")
    parser.add_argument("--engine")
    parser.add_argument("--out")
    parser.add_argument("--networkx", action="store_true", help="also NetworkX (small graphs)")
    parser.add_argument("--networkx-nodes", type=int, default=50, help="nodes NetworkX scores for closeness and harmonic")
    parser.add_argument("--igraph-nodes", type=int, default=1000, help="nodes igraph scores for closeness and harmonic")
    parser.add_argument("--report", action="store_true", help="write the section of RESULTS.md from the files in --dir")
    parser.add_argument("--dir", default="bench/out")
    parser.add_argument("--sizes", nargs="*", default=["small"])
    parser.add_argument("--results", default="bench/RESULTS.md")
    parser.add_argument("--command", default="bench/communities")
    parser.add_argument("--load", default="")
    parser.add_argument("--commit", default="")
    args = parser.parse_args()
    if args.report:
        report(args)
        return
    n, src, dst, vfrom, vto = load(args.edges)
    engine = json.load(open(args.engine))["engine"]
    out = {}
    run_igraph(n, src, dst, vfrom, vto, engine, out, args.igraph_nodes)
    if args.networkx:
        run_networkx(n, src, dst, vfrom, vto, engine, out, args.networkx_nodes)
    json.dump(out, open(args.out, "w"), indent=1)


if __name__ == "__main__":
    main()

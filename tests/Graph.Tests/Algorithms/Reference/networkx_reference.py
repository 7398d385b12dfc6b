"""Reference answers for the community and closeness tests, from NetworkX on the same graphs.

Reads JSON on stdin: {"cases": [{"nodes": n, "edges": [[u, v], ...], "partition": [community of each node]}]}
(undirected, parallel edges allowed) and writes per case: connected components, closeness (Wasserman-Faust, NetworkX's
default) and harmonic centrality per node, the modularity NetworkX gives our partition, and the modularity of NetworkX's
own Louvain communities (seed 42; parallel edges as weights, as ours).
"""
import json
import sys

import networkx as nx


def weighted(nodes, edges):
    graph = nx.Graph()
    graph.add_nodes_from(range(nodes))
    for u, v in edges:
        if graph.has_edge(u, v):
            graph[u][v]["weight"] += 1
        else:
            graph.add_edge(u, v, weight=1)
    return graph


def answer(case):
    graph = weighted(case["nodes"], case["edges"])
    ours = {}
    for node, community in enumerate(case["partition"]):
        ours.setdefault(community, set()).add(node)
    theirs = nx.community.louvain_communities(graph, weight="weight", seed=42)
    closeness = nx.closeness_centrality(graph)
    harmonic = nx.harmonic_centrality(graph)
    return {
        "components": sorted(sorted(c) for c in nx.connected_components(graph)),
        "closeness": [closeness[v] for v in range(case["nodes"])],
        "harmonic": [harmonic[v] for v in range(case["nodes"])],
        "modularityOfOurs": nx.community.modularity(graph, list(ours.values()), weight="weight") if graph.size() > 0 else 0.0,
        "louvainModularity": nx.community.modularity(graph, theirs, weight="weight") if graph.size() > 0 else 0.0,
    }


def main():
    cases = json.load(sys.stdin)["cases"]
    json.dump({"version": nx.__version__, "results": [answer(case) for case in cases]}, sys.stdout)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes bench/RESULTS.md from the result files of one bench/run: the targets, the engine beside igraph and NetworkX,
then each section the run's other scripts wrote into bench/out (SECTIONS, in that order)."""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess


def read(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def machine():
    model = re.search(r"Model name:\s*(.+)", subprocess.run(["lscpu"], capture_output=True, text=True).stdout)
    with open("/proc/meminfo") as f:
        mem_kb = int(re.search(r"MemTotal:\s*(\d+)", f.read()).group(1))
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores (nproc), {model.group(1).strip() if model else platform.processor()}, "
            f"{mem_kb / 1024 / 1024:.1f} GiB RAM, {platform.system()} {platform.release()}, .NET SDK {dotnet}, "
            f"Python {platform.python_version()}")


def fmt(value, unit):
    if value is None:
        return "—"
    if unit == "s":
        if value < 0.001:
            return f"{value * 1e6:.1f} µs"
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.2f} ms"
    if unit == "us":
        return f"{value:.1f} µs"
    return str(value)


def ratio(engine, peer):
    if engine is None or peer is None or engine <= 0:
        return "—"
    r = peer / engine
    return f"{r:,.0f}×" if r >= 10 else f"{r:.1f}×"


ROWS = [
    ("Projection / graph build", "build_s", "s", None),
    ("Shortest path p50", "path_p50_us", "us", "≤ 20 µs"),
    ("Shortest path p99", "path_p99_us", "us", None),
    ("Yen k=10 p50", "yen_p50_ms", "ms", "≤ 10 ms"),
    ("Yen k=10 p99", "yen_p99_ms", "ms", None),
    ("PageRank whole graph", "pagerank_s", "s", "≤ 0.25 s (1M/10M)"),
    ("PageRank in window, cold", "pagerank_window_cold_s|pagerank_window_s", "s", "≤ 0.35 s (1M/10M)"),
    ("PageRank in window, cached", "pagerank_window_cached_s", "s", "≤ 0.15 s"),
    ("Betweenness, 256 sources", "betweenness_s", "s", "≤ 15 s (1M/10M)"),
]


def value(result, key):
    if result is None:
        return None
    for k in key.split("|"):
        if result.get(k) is not None:
            return result[k]
    return None


def table(size, engine, igraph, nx):
    lines = [f"### {size}: {engine['entities']:,} entities, {engine['relationships']:,} relationships", ""]
    lines.append("| Measure | Our engine | python-igraph | vs igraph | NetworkX | vs NetworkX | Goal |")
    lines.append("|---|---|---|---|---|---|---|")
    for label, key, unit, goal in ROWS:
        e, i, n = value(engine, key), value(igraph, key), value(nx, key)
        if key.startswith("pagerank_window_cached"):
            i = n = None
        lines.append(f"| {label} | {fmt(e, unit)} | {fmt(i, unit)} | {ratio(e, i)} | {fmt(n, unit)} | {ratio(e, n)} | {goal or ''} |")
    lines.append(f"| Degree (all nodes) | {fmt(engine['degree_s'], 's')} | | | | | |")
    lines.append("")
    lines.append(f"Memory: {engine['bytes_per_relationship']:.1f} bytes per relationship in the projection "
                 f"(CSR both directions with type and validity per entry). Shortest paths: {engine['path_pairs']:,} random pairs "
                 f"({engine['path_found']:,} connected within 10 hops). Yen: connected pairs among them.")
    for peer in (igraph, nx):
        if peer is None:
            continue
        lines.append("")
        lines.append(f"Agreement with {peer['lib']}: shortest-path lengths {peer['path_agree']}/{peer['path_pairs']} pairs equal; "
                     f"Yen k=10 length lists {peer['yen_agree']}/{peer['yen_pairs']} equal; PageRank top-20 overlap "
                     f"{peer['pagerank_top20_overlap']}/20 (whole graph), {peer['pagerank_window_top20_overlap']}/20 (window); "
                     f"building the window's subgraph took {fmt(peer.get('window_build_s'), 's')} (not counted above)."
                     + (f" Betweenness top-20 overlap {peer['betweenness_top20_overlap']}/20." if 'betweenness_top20_overlap' in peer else "")
                     + (f" Betweenness: {peer['betweenness_note']}." if 'betweenness_note' in peer else ""))
    return "\n".join(lines)


# Markdown sections the other scripts of bench/run write into --dir, in the order RESULTS.md shows them.
BOUNDS = "bench/bounds.md"
SECTIONS = ["gap.md", "communities.md", "serving.md", "writes.md", "memory.md", "import.md"]


def bounds(unmet):
    """bench/bounds.md's heading and introduction, then the paragraphs whose section (the comment above each) has a target
    not met in this run, or that say "always"."""
    text = open(BOUNDS).read().strip()
    head, *paragraphs = re.split(r"\n(?=<!-- .+? -->\n)", text)
    lines = [head.replace("## ", "### ", 1)]
    for paragraph in paragraphs:
        section = re.match(r"<!-- (.+?) -->\n", paragraph)
        if section.group(1) in unmet or section.group(1) == "always":
            lines.append(paragraph[section.end():])
    return lines


def targets(path):
    if not os.path.exists(path):
        return []
    rows = [json.loads(line) for line in open(path) if line.strip()]
    lines = ["## Targets", "", "Each target beside what this run measured; the sections below show how.", "",
             "| measure | target | this run | met? |", "|---|---|---|---|"]
    for row in rows:
        name = f"{row['name']} ({row['section']})" if row.get("section") else row["name"]
        lines.append(f"| {name} | {row['target']} | {row['value']} | {'yes' if row['met'] else '**no**'} |")
    lines.append("")
    unmet = {row.get("section", "") for row in rows if not row["met"]}
    if unmet and os.path.exists(BOUNDS):
        lines += bounds(unmet)
        lines.append("")
    lines.append("The measurements of single changes and the ideas tried and dropped: `bench/NOTES.md`.")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default="bench/out")
    parser.add_argument("--out", default="bench/RESULTS.md")
    parser.add_argument("--command", required=True)
    parser.add_argument("--load", default="")
    parser.add_argument("--commit", default="")
    args = parser.parse_args()

    parts = ["# Benchmark results", "",
             f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
             f"- Machine: {machine()}",
             f"- Command: `{args.command.strip()}`" + (f" at commit {args.commit}" if args.commit else ""),
             f"- Load average during the run (shared box): {args.load}" if args.load else "",
             "",
             "Same graph (generated once by `kg generate --edges`, seed 1), same pairs, same window (2020-01-01..2022-12-31), "
             "relationships followed in both directions by every library. Our engine runs PageRank for exactly 20 iterations; "
             "igraph (PRPACK) and NetworkX solve to their default tolerance. Ratios are peer time / our time (higher = we are faster). "
             "Timings are medians (whole-graph algorithms) or percentiles over the pairs; one process at a time.",
             ""]
    parts += targets(f"{args.dir}/targets.jsonl")
    parts += ["", "## The engine beside python-igraph and NetworkX", ""]
    for size in ("small", "large"):
        engine = read(f"{args.dir}/{size}.engine.json")
        if engine is None:
            continue
        parts.append(table(size, engine["engine"], read(f"{args.dir}/{size}.igraph.json"), read(f"{args.dir}/{size}.networkx.json")))
        parts.append("")
    if read(f"{args.dir}/large.engine.json") and not read(f"{args.dir}/large.networkx.json"):
        parts.append("NetworkX was not run on the large graph (a 10M-edge MultiGraph in pure Python does not fit the run's time budget); "
                     "it is compared on the small graph, where our engine was measured too.")
        parts.append("")
    extra = read(f"{args.dir}/extra.json") or {}
    if extra:
        parts.append("### Generating the graphs")
        parts.append("")
        for line in extra.get("lines", []):
            parts.append(f"- {line}")
        parts.append("")
    for name in SECTIONS:
        path = f"{args.dir}/{name}"
        if os.path.exists(path):
            parts.append(open(path).read().strip())
            parts.append("")
    with open(args.out, "w") as f:
        f.write("\n".join(p for p in parts if p is not None) + "\n")
    print(open(args.out).read())


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Records one target and what this run measured against it, for the Targets table at the top of bench/RESULTS.md.

    bench/target.py --name "Bulk write / sqlite3 .import" --at-least 0.8 --value 0.88
    bench/target.py --name "PageRank-20 / GAP" --at-most 1.3 --value 1.42 --unit ×

Appends one JSON line to bench/out/targets.jsonl (bench/run empties it when it starts)."""
import argparse
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("--name", required=True)
bound = parser.add_mutually_exclusive_group(required=True)
bound.add_argument("--at-least", type=float)
bound.add_argument("--at-most", type=float)
parser.add_argument("--value", type=float, required=True)
parser.add_argument("--unit", default="")
parser.add_argument("--section", default="", help="the RESULTS.md section that shows how it was measured")
parser.add_argument("--file", default="bench/out/targets.jsonl")
args = parser.parse_args()

if args.at_least is not None:
    target, met = f"≥ {args.at_least:g}{args.unit}", args.value >= args.at_least
else:
    target, met = f"≤ {args.at_most:g}{args.unit}", args.value <= args.at_most
os.makedirs(os.path.dirname(args.file), exist_ok=True)
with open(args.file, "a") as f:
    f.write(json.dumps({"name": args.name, "target": target, "value": f"{args.value:.2f}{args.unit}", "met": met,
                        "section": args.section}, ensure_ascii=False) + "\n")
print(f"target {args.name}: {args.value:.2f}{args.unit} against {target}: {'met' if met else 'not met'}")

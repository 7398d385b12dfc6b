#!/usr/bin/env python3
"""Hostile requests against a running service: each case's HTTP status, error code, response size and wall time.

    bench/hostile.py http://127.0.0.1:5299 [--hub ID] [--timeout 60] [--only NAME]

Run by bench/run against a service on the generated 20k/200k store; prints one Markdown table row per case.
Not a test: tests/Api.Tests/GraphQL/HostileInputTests.cs asserts the outcomes; this only times them.
"""
import argparse
import json
import socket
import time
import urllib.error
import urllib.request


def fragment_bomb(levels):
    parts = ["query Bomb { ...F0 }", "fragment F%d on Query { __typename }" % levels]
    for i in range(levels - 1, -1, -1):
        parts.append("fragment F%d on Query { ...F%d ...F%d }" % (i, i + 1, i + 1))
    return " ".join(parts)


def introspection_bomb(levels):
    inner = "name"
    for _ in range(levels):
        inner = "name fields { type { %s } }" % inner
    return "{ __schema { types { %s } } }" % inner


def cases(hub):
    yield "fragment bomb, 30 levels", {"query": fragment_bomb(30)}
    yield "fragment bomb, 24 levels", {"query": fragment_bomb(24)}
    yield "introspection bomb, 8 levels", {"query": introspection_bomb(8)}
    yield "16,000 __typename aliases", {"query": "{ " + " ".join("a%d:__typename" % i for i in range(16000)) + " }"}
    yield "20,000 duplicate fields", {"query": "{ " + "__typename " * 20000 + "}"}
    yield "1,000 x paths(k: 20)", {"query": "{ " + " ".join(
        'p%d: paths(from: "%s", to: "%s", k: 20) { length }' % (i, hub, hub) for i in range(1000)) + " }"}
    yield "partners of a hub", {"query": '{ partners(of: "%s") { entity { id name } relationships { id type } } }' % hub}
    yield "search text of 100,000 characters", {"query": "query($t: String!) { search(text: $t) { id } }", "variables": {"t": "a" * 100000}}
    yield "unpaired surrogate in a variable", {"raw": b'{"query":"query($t: String!) { search(text: $t) { id } }","variables":{"t":"\\ud800x"}}'}
    yield "invalid UTF-8 in a JSON string", {"raw": b'{"query":"{ search(text: \\"\xff\xfe\\") { id } }"}'}
    yield "parser depth 2,000", {"query": "{ " + "entity(id: \"x\") { " * 2000 + "id" + " }" * 2001}


def send(base, payload, timeout):
    body = payload["raw"] if "raw" in payload else json.dumps(payload).encode("utf-8")
    request = urllib.request.Request(base + "/graphql", data=body, method="POST", headers={
        "Content-Type": "application/json", "Accept": "application/graphql-response+json"})
    start = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read()
    except (socket.timeout, TimeoutError, urllib.error.URLError):
        return None, "no answer", 0, time.monotonic() - start
    elapsed = time.monotonic() - start
    try:
        errors = json.loads(text).get("errors") or []
        code = errors[0].get("extensions", {}).get("code", "?") if errors else "(data)"
    except ValueError:
        code = "not JSON"
    return status, code, len(text), elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--hub", default="country:VNM")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--only")
    args = parser.parse_args()
    print("| case | HTTP | code | bytes | seconds |")
    print("|---|---|---|---|---|")
    for name, payload in cases(args.hub):
        if args.only and args.only not in name:
            continue
        status, code, size, elapsed = send(args.base, payload, args.timeout)
        shown = "%.2f" % elapsed if status is not None else "> %d (client gave up)" % args.timeout
        print("| %s | %s | %s | %s | %s |" % (name, status or "—", code, "{:,}".format(size), shown), flush=True)


if __name__ == "__main__":
    main()

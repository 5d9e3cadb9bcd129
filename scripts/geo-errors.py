#!/usr/bin/env python3
"""Lists the geocoder's errors on a toponym corpus of ../shared/eval/geo, for reading, not for scoring
(`sitrep eval --corpus` scores). Runs `sitrep annotate` on the corpus documents and prints one line per gold
toponym (doc id, gold name, our name/feature code/country, distance in km, or MISSED) and one per system
place overlapping no gold toponym (FALSE). Matching as the scorer: largest overlap, code point offsets.

Usage: scripts/geo-errors.py CORPUS.jsonl [--limit N] [--jar cli/target/sitrep.jar] > errors.tsv
(without --jar it runs the repository's ./sitrep launcher, which finds a JDK of at least 21)
Example line: lgl-40450848	GOLD	Alexandria	Alexandria=Alexandria|PPL|US|Louisiana	3	31.31,-92.44	31.31,-92.45
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--jar", help="a sitrep.jar to run with $JAVA_HOME's java; by default the repository's "
                        "./sitrep launcher, which finds a JDK of at least 21 and builds the jar when it is stale")
    args = parser.parse_args()
    docs = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            docs.append(json.loads(line))
            if args.limit and len(docs) >= args.limit:
                break
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for d in docs:
            tmp.write(json.dumps({"id": d["id"], "text": d["text"], "published": "2000-01-01"}) + "\n")
    if args.jar:
        command = [os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java"), "-jar", args.jar]
    else:
        command = [os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sitrep")]
    out = subprocess.run(command + ["annotate", "--input", tmp.name], capture_output=True, text=True,
                         check=True).stdout
    os.unlink(tmp.name)
    system = {}
    for line in out.splitlines():
        if line.startswith("{"):
            a = json.loads(line)
            system[a["id"]] = a.get("places", [])
    for d in docs:
        places = system.get(d["id"], [])
        used = set()
        for g in d["toponyms"]:
            best, overlap = None, 0
            for i, p in enumerate(places):
                o = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if o > overlap:
                    best, overlap = i, o
            if best is None:
                print(f"{d['id']}\tMISSED\t{g['name']}\t-\t-")
                continue
            used.add(best)
            p = places[best]
            dist = km(g["lat"], g["lon"], p["lat"], p["lon"])
            print(f"{d['id']}\tGOLD\t{g['name']}\t{p['text']}={p['name']}|{p['feature_code']}|{p['country_code']}|"
                  f"{p.get('admin1')}\t{dist:.0f}\t{g['lat']},{g['lon']}\t{p['lat']},{p['lon']}")
        for i, p in enumerate(places):
            if i not in used:
                print(f"{d['id']}\tFALSE\t-\t{p['text']}={p['name']}|{p['feature_code']}|{p['country_code']}\t-")


if __name__ == "__main__":
    sys.exit(main())

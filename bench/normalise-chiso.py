#!/usr/bin/env python3
"""Turns chiso's ranking.csv into the benchmark's common shape, so that outputs compare byte for byte.

Usage: bench/normalise-chiso.py RANKING_CSV OUT_CSV
Writes year,unit,points,max,index,rank,rank_change sorted by year, rank, unit (code points).
"""

import csv
import sys


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: normalise-chiso.py RANKING_CSV OUT_CSV\n")
        return 2
    with open(argv[1], encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    rows.sort(key=lambda r: (int(r["year"]), int(r["rank"]), r["unit"]))
    with open(argv[2], "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["year", "unit", "points", "max", "index", "rank", "rank_change"])
        for r in rows:
            writer.writerow([r["year"], r["unit"], r["points"], r["max"], r["index"], r["rank"], r["rank_change"]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

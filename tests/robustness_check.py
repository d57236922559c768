#!/usr/bin/env python3
"""An independent calculation of chiso robustness on the sample province (2022), with weights
only (--noise 0) and with --vary-not-applicable: reads the framework, the wide scores and the
units with Python's csv module, adds the points up per field, draws each run's numbers with its
own xoshiro256** and SplitMix64 (as the README documents them), ranks each group by the
competition rule on the index rounded half up to 2 decimals, and checks every row of chiso's
robustness.csv (rank, median_rank, rank_low, rank_high, mean_abs_shift) and the bands kept.

Usage: tests/robustness_check.py CHISO    (run from the repository root)
"""

import csv
import math
import subprocess
import sys

MASK = (1 << 64) - 1
RUNS = 300
SEED = 20221231
WEIGHTS = 0.2


def splitmix(state):
    state = (state + 0x9E3779B97F4A7C15) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return state, z ^ (z >> 31)


class Run:
    def __init__(self, seed, run):
        state = (seed + 4 * run * 0x9E3779B97F4A7C15) & MASK
        self.s = []
        for _ in range(4):
            state, word = splitmix(state)
            self.s.append(word)

    def next(self):
        s = self.s
        rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & MASK
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def uniform(self, low=0.0, high=1.0):
        return low + (high - low) * ((self.next() >> 11) * 2.0**-53)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def competition(keys):
    return [1 + sum(1 for other in keys if other > key) for key in keys]


def nearest(sorted_values, percent):
    n = len(sorted_values)
    return sorted_values[min(max(math.ceil(percent * n / 100), 1), n) - 1]


def main(chiso):
    framework = read("data-samples/framework.csv")
    parent = {row["id"]: row["parent"] for row in framework}
    maxima = {row["id"]: float(row["max"]) for row in framework if row["max"]}
    fields = [row["id"] for row in framework if not row["parent"]]
    leaves = [i for i in parent if i not in set(parent.values())]

    def field_of(node):
        while parent[node]:
            node = parent[node]
        return fields.index(node)

    groups = {row["unit"]: row["group"] for row in read("data-samples/units.csv")}
    bands = {}
    for row in read("data-samples/bands.csv"):
        bands.setdefault(row.get("group", ""), []).append((float(row["min"]), row["label"]))
    units = []  # (unit, [(points, max, full max) per field], has n/a)
    for row in read("data-samples/scores-2022.csv"):
        per_field = [[0.0, 0.0, 0.0] for _ in fields]
        for leaf in leaves:
            f = per_field[field_of(leaf)]
            f[2] += maxima[leaf]
            if row[leaf].strip().lower() != "n/a":
                f[0] += float(row[leaf])
                f[1] += maxima[leaf]
        units.append((row["unit"], per_field))

    def band_of(unit, index):
        scheme = sorted(bands.get(groups[unit], bands.get("", [])), reverse=True)
        return next((label for low, label in scheme if index >= low), "")

    def ranking(factors, zero_na):
        ranks, band = {}, {}
        for group in dict.fromkeys(groups[u] for u, _ in units):
            members = [(u, f) for u, f in units if groups[u] == group]
            keys = []
            for u, per_field in members:
                points = sum(c * f[0] for c, f in zip(factors, per_field))
                top = sum(c * (f[2] if zero_na else f[1]) for c, f in zip(factors, per_field))
                index = math.floor(100 * points / top * 100 + 0.5) / 100
                keys.append(index)
                band[u] = band_of(u, index)
            for (u, _), rank in zip(members, competition(keys)):
                ranks[u] = rank
        return ranks, band

    for vary in (False, True):
        base, base_band = ranking([1.0] * len(fields), False)
        seen = {u: [] for u, _ in units}
        kept = {u: 0 for u, _ in units}
        for run in range(RUNS):
            rng = Run(SEED, run)
            zero_na = vary and rng.uniform() < 0.5
            factors = [rng.uniform(1 - WEIGHTS, 1 + WEIGHTS) for _ in fields]
            ranks, band = ranking(factors, zero_na)
            for u in seen:
                seen[u].append(ranks[u])
                kept[u] += band[u] == base_band[u]
        command = [chiso, "robustness", "--framework", "data-samples/framework.csv", "--scores",
                   "data-samples/scores-2021.csv", "--scores", "2022=data-samples/scores-2022.csv",
                   "--units", "data-samples/units.csv", "--bands", "data-samples/bands.csv",
                   "--noise", "0", "--runs", str(RUNS)] + (["--vary-not-applicable"] if vary else [])
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        rows = list(csv.DictReader(out.splitlines()))
        assert len(rows) == len(units), (len(rows), len(units))
        for row in rows:
            u = row["unit"]
            ranks = sorted(seen[u])
            expected = {
                "rank": str(base[u]),
                "median_rank": str(nearest(ranks, 50)),
                "rank_low": str(nearest(ranks, 5)),
                "rank_high": str(nearest(ranks, 95)),
                "mean_abs_shift": f"{sum(abs(r - base[u]) for r in seen[u]) / RUNS:.2f}",
                "band": base_band[u],
                "band_kept": f"{100 * kept[u] / RUNS:.1f}",
            }
            got = {key: row[key] for key in expected}
            if got != expected:
                print(f"vary={vary} {u}: chiso {got} != {expected}", file=sys.stderr)
                return 1
    print(f"robustness.csv agrees with the independent calculation ({len(units)} units, "
          f"{RUNS} runs, with and without --vary-not-applicable)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

#!/usr/bin/python3
"""The benchmark's job in pandas (Debian's python3-pandas, hence /usr/bin/python3).

Usage: bench/peers/pandas-peer.py long|wide FRAMEWORK SCORES OUT
Scores are taken in integer hundredths (they have at most 2 decimals), so that sums are exact and
the index rounds half away from zero exactly as chiso publishes it.
"""

import sys

import pandas as pd


def hundredths(values):
    return (values * 100).round().astype("int64")


def two_decimals(values):
    return (values // 100).astype(str) + "." + (values % 100).astype(str).str.zfill(2)


def totals_long(leaves, scores):
    table = pd.read_csv(scores, dtype={"unit": "category", "year": "int32", "criterion": "category",
                                       "score": "float64"})
    table["p"] = hundredths(table["score"])
    table["m"] = table["criterion"].astype(str).map(leaves)  # the join on the leaf criterion
    table = table[table["m"].notna()]
    totals = table.groupby(["year", "unit"], observed=True)[["p", "m"]].sum().reset_index()
    totals["m"] = totals["m"].astype("int64")
    return totals


def totals_wide(leaves, scores):
    table = pd.read_csv(scores, dtype={"unit": str, "year": "int32"})
    criteria = [c for c in table.columns if c not in ("unit", "year")]
    # Every cell is present, so a unit's maximum is the sum of the maxima of the file's leaf columns.
    points = hundredths(table[criteria]).sum(axis=1)
    return pd.DataFrame({"year": table["year"], "unit": table["unit"], "p": points,
                         "m": int(leaves.reindex(criteria).sum())})


def main(argv):
    if len(argv) != 5 or argv[1] not in ("long", "wide"):
        sys.stderr.write("usage: pandas-peer.py long|wide FRAMEWORK SCORES OUT\n")
        return 2
    layout, framework, scores, out = argv[1:]
    nodes = pd.read_csv(framework, dtype={"id": str, "parent": str})
    leaves = nodes[nodes["parent"].notna()]
    leaves = pd.Series(hundredths(leaves["max"]).values, index=leaves["id"])

    totals = totals_long(leaves, scores) if layout == "long" else totals_wide(leaves, scores)
    totals["unit"] = totals["unit"].astype(str)
    totals["ix"] = (20000 * totals["p"] + totals["m"]) // (2 * totals["m"])
    totals["rank"] = totals.groupby("year")["ix"].rank(method="min", ascending=False).astype("int64")

    years = sorted(totals["year"].unique())
    before = totals[["year", "unit", "rank"]].rename(columns={"rank": "previous_rank"})
    before["year"] = before["year"].map(dict(zip(years[:-1], years[1:])))
    totals = totals.merge(before.dropna(subset=["year"]).astype({"year": "int32"}), on=["year", "unit"], how="left")
    totals["rank_change"] = (totals["previous_rank"] - totals["rank"]).astype("Int64")

    totals = totals.sort_values(["year", "rank", "unit"])
    result = pd.DataFrame({"year": totals["year"], "unit": totals["unit"], "points": two_decimals(totals["p"]),
                           "max": two_decimals(totals["m"]), "index": two_decimals(totals["ix"]),
                           "rank": totals["rank"], "rank_change": totals["rank_change"]})
    result.to_csv(out, index=False, lineterminator="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env bash
# robustness.html and scorecard.html, read as XML: well-formed pages that refer to nothing
# outside them, every chart with a title and a description; robustness.html has one interval
# per row of robustness.csv, in its order, with its rank, median and percentiles, each end where
# the axis of ranks 1..group size (x 310 to 790) puts it; scorecard.html has one point per row
# of scorecard.csv, at the height of its rank (rank 1 at y 50, the largest "of" at y 380), and a
# line into it exactly where the CSV gives a rank change; the same bytes on a rerun; hostile
# names shown as text, never as markup.
#   tests/rank_charts_html.sh CHISO
set -u
chiso=$(realpath "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export LC_ALL=C.UTF-8
fail() { echo "FAIL: $*"; exit 1; }

well_formed() {
  xmllint --noout "$1" || fail "$1 is not well-formed"
  local errors
  errors=$(xmllint --html --noout "$1" 2>&1 | grep -a 'error' | grep -av 'Tag [a-zA-Z]* invalid')
  [ -z "$errors" ] || fail "the HTML parser's errors in $1: $errors"
  [ "$(xmllint --xpath 'count(//script) + count(//link) + count(//img) + count(//a) + count(//@onerror) + count(//*[@src])' "$1")" = 0 ] ||
    fail "$1 refers to something outside it, or a name became markup"
  [ "$(xmllint --xpath "count(//*[local-name()='svg'][@role='img'])" "$1")" = \
    "$(xmllint --xpath "count(//*[local-name()='svg'][@role='img'][*[local-name()='title']][*[local-name()='desc']])" "$1")" ] ||
    fail "a chart of $1 lacks its title or description"
}

sample="--framework data-samples/framework.csv --scores data-samples/scores-2021.csv --scores 2022=data-samples/scores-2022.csv --units data-samples/units.csv --bands data-samples/bands.csv"
# shellcheck disable=SC2086
"$chiso" robustness $sample --runs 200 --out "$scratch/r1" || fail "chiso robustness failed"
# shellcheck disable=SC2086
"$chiso" robustness $sample --runs 200 --out "$scratch/r2" --threads 1 || fail "chiso robustness failed"
cmp "$scratch/r1/robustness.html" "$scratch/r2/robustness.html" || fail "a rerun wrote other bytes"
well_formed "$scratch/r1/robustness.html"

python3 - "$scratch/r1/robustness.csv" "$scratch/r1/robustness.html" <<'PY' || fail "robustness.html's intervals"
import collections, csv, sys, xml.etree.ElementTree as ET
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
size = collections.Counter(row["group"] for row in rows)
lines = [e for e in ET.parse(sys.argv[2]).iter("{http://www.w3.org/2000/svg}line")
         if e.get("class") == "interval"]
assert len(lines) == len(rows) > 0, f"{len(lines)} intervals for {len(rows)} ranked units"
def x(rank, n):
    return 550 if n == 1 else 310 + 480 * (rank - 1) / (n - 1)
for row, line in zip(rows, lines):
    got = [line.get(k) for k in ("data-unit", "data-rank", "data-median", "data-low", "data-high")]
    want = [row[k] for k in ("unit", "rank", "median_rank", "rank_low", "rank_high")]
    assert got == want, f"interval {got}, robustness.csv {want}"
    n = size[row["group"]]
    for end, rank in (("x1", row["rank_low"]), ("x2", row["rank_high"])):
        assert abs(float(line.get(end)) - x(int(rank), n)) < 0.006, f"{row['unit']}: {end} {line.get(end)}"
PY

# Scorecard: every table of the sample, and a merger whose line must break.
national=data-samples/national
"$chiso" scorecard --province 'Đắk Nông' --out "$scratch/s" \
  PAR_INDEX:2019=$national/par-index-2019.csv PAR_INDEX:2020=$national/par-index-2020.csv \
  PAR_INDEX:2021=$national/par-index-2021.csv PAR_INDEX:2022=$national/par-index-2022.csv \
  PAR_INDEX:2024=$national/par-index-2024.csv SIPAS:$national/sipas.csv $national/national.csv ||
  fail "chiso scorecard failed"
"$chiso" scorecard --province 'Lâm Đồng' --renames $national/renames-2025.csv --out "$scratch/m" \
  PAR_INDEX:2022=$national/par-index-2022.csv PAR_INDEX:2024=$national/par-index-2024.csv \
  PAR_INDEX:2025=$national/par-index-2025.csv || fail "chiso scorecard failed on the merger"
"$chiso" scorecard --province 'Đắk Nông' --format html \
  PAR_INDEX:2019=$national/par-index-2019.csv PAR_INDEX:2020=$national/par-index-2020.csv \
  PAR_INDEX:2021=$national/par-index-2021.csv PAR_INDEX:2022=$national/par-index-2022.csv \
  PAR_INDEX:2024=$national/par-index-2024.csv SIPAS:$national/sipas.csv $national/national.csv \
  >"$scratch/stdout.html" || fail "chiso scorecard --format html failed"
cmp "$scratch/s/scorecard.html" "$scratch/stdout.html" || fail "--format html and --out differ"
for page in "$scratch/s/scorecard.html" "$scratch/m/scorecard.html"; do
  well_formed "$page"
  python3 - "${page%.html}.csv" "$page" <<'PY' || fail "$page's points and lines"
import csv, sys, xml.etree.ElementTree as ET
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
svg = "{http://www.w3.org/2000/svg}"
marks = [e for e in ET.parse(sys.argv[2]).iter() if e.get("class") in ("rank-point", "rank-line")]
points = [e for e in marks if e.get("class") == "rank-point"]
assert len(points) == len(rows) > 0, f"{len(points)} points for {len(rows)} rows"
most = max(max(int(r["rank"]), int(r["of"])) for r in rows)
names = {"PAR_INDEX": "PAR INDEX"}
for row, point in zip(rows, points):
    got = [point.get(k) for k in ("data-index", "data-year", "data-rank", "data-of")]
    want = [names.get(row["index_name"], row["index_name"]), row["year"], row["rank"], row["of"]]
    assert got == want, f"point {got}, scorecard.csv {want}"
    y = {svg + "circle": lambda: float(point.get("cy")),
         svg + "rect": lambda: float(point.get("y")) + 4}.get(point.tag)
    if y:
        assert abs(y() - (50 + 330 * (int(row["rank"]) - 1) / (most - 1))) < 0.006, f"{want}: y {y()}"
lines = sum(1 for e in marks if e.get("class") == "rank-line")
changes = sum(1 for r in rows if r["rank_change"] != "")
assert lines == changes, f"{lines} lines for {changes} rank changes"
PY
done
grep -q 'A line breaks\|Đường bị ngắt' "$scratch/m/scorecard.html" ||
  fail "the merger's chart does not say why its line breaks"

# Hostile names: shown, never run.
hostile=data-samples/hostile
"$chiso" robustness --framework $hostile/framework.csv --scores $hostile/scores-2021.csv \
  --scores $hostile/scores-2022.csv --units $hostile/units.csv --bands $hostile/bands.csv \
  --runs 50 --out "$scratch/h" || fail "chiso robustness failed on the hostile names"
well_formed "$scratch/h/robustness.html"
grep -qF 'data-unit="&lt;script&gt;alert(1)&lt;/script&gt;"' "$scratch/h/robustness.html" ||
  fail "the name '<script>…' is not shown as text"
echo "robustness.html and scorecard.html: 4 pages checked"

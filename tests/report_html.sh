#!/usr/bin/env bash
# report.html on the sample province and on the hostile names, read with xmllint (libxml2-utils):
# a well-formed page that the HTML parser reads without error (apart from SVG's tags, which its
# HTML 4 parser does not know), one bar per ranked unit in the index charts, in the ranking's
# order, each as long as its index (5 pixels a point) and classed by its band; the same bytes on
# a rerun; hostile names shown as text, never as markup.
#   tests/report_html.sh CHISO
set -u
chiso=$(realpath "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export LC_ALL=C.UTF-8
fail() { echo "FAIL: $*"; exit 1; }

sample="--framework data-samples/framework.csv --scores data-samples/scores-2021.csv --scores 2022=data-samples/scores-2022.csv --units data-samples/units.csv --bands data-samples/bands.csv"
# shellcheck disable=SC2086
"$chiso" rank $sample --out "$scratch/a" --only report.html,ranking.csv || fail "chiso rank failed"
# shellcheck disable=SC2086
"$chiso" rank $sample --out "$scratch/b" --only report.html || fail "chiso rank failed"
cmp "$scratch/a/report.html" "$scratch/b/report.html" || fail "a rerun wrote other bytes"
page=$scratch/a/report.html

well_formed() {
  xmllint --noout "$1" || fail "$1 is not well-formed"
  local errors
  errors=$(xmllint --html --noout "$1" 2>&1 | grep -a 'error' | grep -av 'Tag [a-zA-Z]* invalid')
  [ -z "$errors" ] || fail "the HTML parser's errors: $errors"
}
well_formed "$page"
[ "$(xmllint --xpath 'count(//script) + count(//link) + count(//*[@src])' "$page")" = 0 ] ||
  fail "report.html refers to something outside it"
grep -q '@page {' "$page" && grep -q 'size: A4 landscape;' "$page" &&
  grep -q 'thead { display: table-header-group; }' "$page" &&
  grep -q 'tr { break-inside: avoid; page-break-inside: avoid; }' "$page" ||
  fail "the print stylesheet lacks a rule"

# The bars of the index charts: "class index width" per line, in the page's order.
bars=$scratch/bars
xmllint --xpath "//*[local-name()='figure'][contains(@class,'index')]//*[local-name()='rect'][contains(@class,'bar')]" "$page" |
  sed -n 's/.*class="bar \([^"]*\)".* data-index="\([^"]*\)".* width="\([^"]*\)".*/\1 \2 \3/p' >"$bars"
# The ranked units of ranking.csv (year,group,rank,unit,points,max,index,band,…), with the band's
# place in bands.csv (highest first): "band-N index".
expected=$scratch/expected
python3 - "$scratch/a/ranking.csv" data-samples/bands.csv >"$expected" <<'PY'
import csv, sys
bands = [row["label"] for row in csv.DictReader(open(sys.argv[2], encoding="utf-8"))]
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if row["rank"]:
        print(f"band-{bands.index(row['band']) + 1} {row['index']}")
PY
[ "$(wc -l <"$bars")" = "$(wc -l <"$expected")" ] && [ -s "$bars" ] ||
  fail "$(wc -l <"$bars") bars for $(wc -l <"$expected") ranked units"
cut -d' ' -f1,2 "$bars" | diff - "$expected" || fail "the bars' bands or indices differ from ranking.csv"
awk '{ d = $3 - 5 * $2; if (d > 0.006 || d < -0.006) { print "bar of index " $2 " is " $3 " long"; bad = 1 } }
     END { exit bad }' "$bars" || fail "a bar's length is not proportional to its index"
# Every chart has a title and a description.
[ "$(xmllint --xpath "count(//*[local-name()='svg'][@role='img'])" "$page")" = \
  "$(xmllint --xpath "count(//*[local-name()='svg'][@role='img'][*[local-name()='title']][*[local-name()='desc']])" "$page")" ] ||
  fail "a chart lacks its title or description"

# Hostile names: shown, never run.
hostile=data-samples/hostile
"$chiso" rank --framework $hostile/framework.csv --scores $hostile/scores-2021.csv \
  --scores $hostile/scores-2022.csv --units $hostile/units.csv --bands $hostile/bands.csv \
  --out "$scratch/h" --only report.html || fail "chiso rank failed on the hostile names"
well_formed "$scratch/h/report.html"
[ "$(xmllint --xpath 'count(//script) + count(//img) + count(//a) + count(//@onerror)' "$scratch/h/report.html")" = 0 ] ||
  fail "a hostile name became markup"
grep -qF '<td class="w">&lt;script&gt;alert(1)&lt;/script&gt;</td>' "$scratch/h/report.html" ||
  fail "the name '<script>…' is not shown as text"
echo "report.html: 2 pages checked"

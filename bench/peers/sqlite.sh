#!/bin/sh
# The benchmark's job in sqlite3 (an in-memory database, the CLI's .import).
# Usage: bench/peers/sqlite.sh long|wide FRAMEWORK SCORES OUT
# Scores are taken in integer hundredths (they have at most 2 decimals), so that sums are exact
# and the index rounds half away from zero exactly as chiso publishes it. The CLI's csv mode
# quotes every field with a byte above 0x7f, so the output is written in list mode and unit names
# are quoted here, only where a comma or a quote requires it.
set -eu
[ $# -eq 4 ] && { [ "$1" = long ] || [ "$1" = wide ]; } || { echo "usage: sqlite.sh long|wide FRAMEWORK SCORES OUT" >&2; exit 2; }
layout=$1 framework=$2 scores=$3 out=$4

if [ "$layout" = long ]; then
  table="CREATE TABLE scores(unit TEXT, year INTEGER, criterion TEXT, score REAL);"
  totals="SELECT s.year, s.unit, sum(CAST(round(s.score * 100) AS INTEGER)) AS p, sum(l.m) AS m
    FROM scores s JOIN leaves l ON s.criterion = l.id GROUP BY s.year, s.unit"
else
  # Every cell is present, so a unit's maximum is the sum of the maxima of the file's leaf columns.
  criteria=$(head -n 1 "$scores" | tr -d '\r' | cut -d , -f 3- | tr , ' ')
  columns= points= names=
  for c in $criteria; do
    columns="$columns, \"$c\" REAL"
    points="$points + CAST(round(\"$c\" * 100) AS INTEGER)"
    names="$names, '$c'"
  done
  table="CREATE TABLE scores(unit TEXT, year INTEGER$columns);"
  totals="SELECT year, unit, ${points# + } AS p,
    (SELECT sum(m) FROM leaves WHERE id IN (${names#, })) AS m FROM scores"
fi

sqlite3 :memory: <<EOF
.bail on
CREATE TABLE framework(id TEXT, parent TEXT, name TEXT, max REAL);
.import --csv --skip 1 '$framework' framework
$table
.import --csv --skip 1 '$scores' scores
CREATE TABLE leaves AS SELECT id, CAST(round(max * 100) AS INTEGER) AS m FROM framework WHERE parent <> '';
.headers on
.mode list
.separator , "\n"
.output '$out'
WITH totals AS ($totals),
indexed AS (SELECT *, (20000 * p + m) / (2 * m) AS ix FROM totals),
ranked AS (SELECT *, rank() OVER (PARTITION BY year ORDER BY ix DESC) AS r FROM indexed),
years AS (SELECT year, lag(year) OVER (ORDER BY year) AS previous FROM (SELECT DISTINCT year FROM ranked))
SELECT t.year,
  CASE WHEN t.unit GLOB '*[,"]*' THEN '"' || replace(t.unit, '"', '""') || '"' ELSE t.unit END AS unit, printf('%d.%02d', t.p / 100, t.p % 100) AS points,
  printf('%d.%02d', t.m / 100, t.m % 100) AS max, printf('%d.%02d', t.ix / 100, t.ix % 100) AS "index",
  t.r AS rank, b.r - t.r AS rank_change
FROM ranked t JOIN years y ON y.year = t.year
LEFT JOIN ranked b ON b.year = y.previous AND b.unit = t.unit
ORDER BY t.year, t.r, t.unit;
EOF

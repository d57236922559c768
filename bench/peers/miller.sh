#!/bin/sh
# The benchmark's job in Miller (mlr 6).
# Usage: bench/peers/miller.sh long|wide FRAMEWORK SCORES OUT
# Scores are taken in integer hundredths (they have at most 2 decimals), so that sums are exact
# and the index rounds half away from zero exactly as chiso publishes it.
set -eu
[ $# -eq 4 ] && { [ "$1" = long ] || [ "$1" = wide ]; } || { echo "usage: miller.sh long|wide FRAMEWORK SCORES OUT" >&2; exit 2; }
layout=$1 framework=$2 scores=$3 out=$4

# Sorted by year, index and unit, a single streaming pass gives competition ranks and, from the
# ranks kept for the year before, the change.
ranks='
  begin { @year = ""; @previous = ""; @ranks = {} }
  if ($year != @year) { @previous = @year; @year = $year; @n = 0; @ix = -1 }
  @n += 1;
  if ($ix != @ix) { @rank = @n; @ix = $ix }
  @ranks[$year][$unit] = @rank;
  change = "";
  if (@previous != "") { if (haskey(@ranks[@previous], $unit)) { change = @ranks[@previous][$unit] - @rank } }
  $* = {"year": $year, "unit": $unit,
    "points": fmtnum($p // 100, "%d") . "." . fmtnum($p % 100, "%02d"),
    "max": fmtnum($m // 100, "%d") . "." . fmtnum($m % 100, "%02d"),
    "index": fmtnum($ix // 100, "%d") . "." . fmtnum($ix % 100, "%02d"),
    "rank": @rank, "rank_change": change}
'
index='$ix = (20000 * $p + $m) // (2 * $m)'

if [ "$layout" = long ]; then
  mlr --icsv --ocsv join -j criterion -l id -r criterion -f "$framework" \
    then filter '$parent != ""' \
    then put '$p = int(round($score * 100)); $m = int(round($max * 100))' \
    then stats1 -a sum -f p,m -g year,unit then rename p_sum,p,m_sum,m \
    then put "$index" then sort -f year -nr ix -f unit then put "$ranks" "$scores" >"$out"
else
  # Every cell is present, so a unit's maximum is the sum of the maxima of its leaf columns.
  maxima=$(mlr --icsv --ojson filter '$parent != ""' then put -q '@m[string($id)] = int(round($max * 100)); end { print json_stringify(@m) }' "$framework")
  mlr --icsv --ocsv put -s maxima="$maxima" '
      begin { @m = json_parse(@maxima) }
      p = 0; m = 0;
      for (k, v in mapexcept($*, "unit", "year")) { p += int(round(v * 100)); m += @m[k] }
      $* = {"year": $year, "unit": $unit, "p": p, "m": m}' \
    then put "$index" then sort -f year -nr ix -f unit then put "$ranks" "$scores" >"$out"
fi

// The rank charts of the other HTML reports, as inline SVG: each unit's median rank with its
// interval (robustness.html) and each index's rank over the years (scorecard.html).
//
// As the charts of report.html (svg_charts.h): a <title> and a <desc> saying in words what is
// drawn, printable in black and white (marks differ by shape and dash, not only by colour), and
// each mark names what it shows in its class and data attributes, for the tests.
#pragma once

#include <string>

#include "chiso/io/report_writer.h"  // Language
#include "io/report_document.h"

namespace chiso {

/// The chart of a group's rank intervals, in figures of at most 25 units: per unit, in rank
/// order, a line from its 5th to its 95th percentile rank (class "interval", data-unit,
/// data-rank, data-median, data-low, data-high), a dot at its median rank and a square at its
/// rank, on an axis of ranks from 1 (left) to the group's size.
std::string interval_chart_svg(const IntervalChart& chart, Language language);

/// The chart of each index's rank over the years: rank 1 at the top, a point per index and year
/// (class "rank-point", data-index, data-year, data-rank, data-of) labelled "rank/of", and a
/// line (class "rank-line") between the points a rank change is given for.
std::string rank_lines_svg(const RankLinesChart& chart, Language language);

}  // namespace chiso

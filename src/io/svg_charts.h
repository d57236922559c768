// The charts of report.html, as inline SVG written with fmt: per group, each unit's index, the
// bands this year against last year, the rank changes and the achievement per field.
//
// Every chart has a <title> and a <desc> that says in words what it draws, and prints in black
// and white: each band has a pattern as well as a colour, and a legend names it. Each bar names
// what it shows in its class and data attributes ("bar band-2", data-unit, data-index), for the
// tests.
#pragma once

#include <string>

#include "chiso/io/report_writer.h"  // Language
#include "io/report_document.h"

namespace chiso {

/// How many pixels of a bar one percentage point is, when no value exceeds 100.
inline constexpr double kBarScale = 5.0;

/// A hidden <svg> with the fills of the bands (colour and pattern), which every chart refers
/// to: it comes once, before the first chart.
std::string chart_patterns();

/// The charts of one group, each an <svg> in a <figure>, in the report's `language` (decimal
/// commas in Vietnamese); a chart with nothing to show (no bands, no previous year, no fields)
/// is left out.
std::string group_charts_svg(const GroupCharts& charts, Language language);

}  // namespace chiso

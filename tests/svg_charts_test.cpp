// Tests of report.html's charts: each unit's bar, its band's class and fill, its length in
// proportion to its index, numbers in the report's language, and the charts left out.
#include "io/svg_charts.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

using namespace chiso;

namespace {

GroupCharts two_units() {
  GroupCharts charts;
  charts.group = name_text("Sở <A>");
  charts.year = 2022;
  charts.previous_year = 2021;
  charts.has_previous = true;
  charts.units = {{"Sở Tư pháp", 1, 91.25, "Tốt", 2, 88.5}, {"Sở \"Y\"", 2, 87.5, "Khá", 1, 90.0}};
  charts.bands = {{"Tốt", 1, 1}, {"Khá", 1, 1}};
  charts.fields = {{"1", "Cải cách thể chế", 87.5}};
  return charts;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("group_charts_svg: a bar per unit, classed by band, 5 pixels a point, last year marked") {
  const std::string svg = group_charts_svg(two_units(), Language::kVietnamese);
  CHECK(has(svg,
            "<rect class=\"bar band-1\" data-unit=\"Sở Tư pháp\" data-index=\"91.25\" "
            "x=\"300\" y=\"42\" width=\"456.25\" height=\"14\" fill=\"url(#chiso-band-1)\""));
  CHECK(has(svg,
            "<rect class=\"bar band-2\" data-unit=\"Sở &quot;Y&quot;\" data-index=\"87.50\" "
            "x=\"300\" y=\"62\" width=\"437.5\" height=\"14\" fill=\"url(#chiso-band-2)\""));
  CHECK(has(svg,
            "<line class=\"previous\" data-unit=\"Sở Tư pháp\" data-index=\"88.50\" "
            "x1=\"742.5\""));
  CHECK(has(svg, ">91,25</text>"));  // decimal comma in Vietnamese
  CHECK(has(svg, "<title>Chỉ số của từng đơn vị — Sở &lt;A&gt;, năm 2022</title>"));
  CHECK(has(svg, "<desc>Biểu đồ thanh ngang"));
  CHECK(has(svg, "Sở Tư pháp: 91,25 (Tốt), năm 2021 88,50; "));
  CHECK(
      has(svg, "<line class=\"move rise\" data-unit=\"Sở Tư pháp\" data-from=\"2\" data-to=\"1\""));
  CHECK(has(svg, "<rect class=\"count band-2\" data-units=\"1\""));
  CHECK(has(svg, "<rect class=\"bar field\" data-field=\"1\" data-achievement=\"87.50\""));
  CHECK(has(svg, ">87,50%</text>"));
}

TEST_CASE(
    "group_charts_svg: in English with decimal points; no bands, no past, no fields: one chart") {
  GroupCharts charts = two_units();
  CHECK(has(group_charts_svg(charts, Language::kEnglish), ">91.25</text>"));
  charts.bands.clear();
  charts.fields.clear();
  charts.has_previous = false;
  charts.previous_year.reset();
  for (ChartUnit& unit : charts.units) {
    unit.band.clear();
    unit.previous_rank.reset();
    unit.previous_index.reset();
  }
  const std::string svg = group_charts_svg(charts, Language::kEnglish);
  CHECK(has(svg, "<rect class=\"bar band-0\""));
  CHECK(has(svg, "url(#chiso-band-6)"));
  CHECK(!has(svg, "chart bands"));
  CHECK(!has(svg, "chart ranks"));
  CHECK(!has(svg, "chart fields"));
  CHECK(group_charts_svg(GroupCharts{}, Language::kEnglish).empty());
}

TEST_CASE("chart_patterns: one pattern per band fill, each with its colour") {
  const std::string defs = chart_patterns();
  CHECK(has(defs, "<pattern id=\"chiso-band-1\""));
  CHECK(has(defs, "<pattern id=\"chiso-band-6\""));
  CHECK(!has(defs, "chiso-band-7"));
}

TEST_CASE("group_charts_svg: an index chart of more than 25 units is in parts that fit a page") {
  GroupCharts charts;
  charts.group = "Tất cả đơn vị";
  charts.year = 2022;
  for (int u = 1; u <= 26; ++u) charts.units.push_back({fmt::format("U{}", u), u, 100.0 - u});
  const std::string svg = group_charts_svg(charts, Language::kVietnamese);
  CHECK(has(svg, "<title>Chỉ số của từng đơn vị — Tất cả đơn vị, năm 2022</title>"));
  CHECK(has(svg, "<title>Chỉ số của từng đơn vị — Tất cả đơn vị, năm 2022 (tiếp theo)</title>"));
  CHECK(has(svg,
            "<rect class=\"bar band-0\" data-unit=\"U26\" data-index=\"74.00\" x=\"300\" "
            "y=\"42\" width=\"370\""));
}

TEST_CASE("group_charts_svg: the rank changes of more than 25 units are dumbbells, in parts") {
  GroupCharts charts;
  charts.group = "All units";
  charts.year = 2022;
  charts.previous_year = 2021;
  charts.has_previous = true;
  for (int u = 1; u <= 26; ++u) {
    charts.units.push_back({fmt::format("U{}", u), u, 100.0 - u, "", 27 - u, 50.0});
  }
  const std::string svg = group_charts_svg(charts, Language::kEnglish);
  CHECK(has(svg, "<title>Rank changes — All units, from 2021 to 2022</title>"));
  CHECK(has(svg, "<title>Rank changes — All units, from 2021 to 2022 (continued)</title>"));
  // Rank 1 is at x 300 and rank 26 at x 800: 20 pixels a rank.
  CHECK(has(svg,
            "<line class=\"move rise\" data-unit=\"U1\" data-from=\"26\" data-to=\"1\" "
            "x1=\"800\" y1=\"48\" x2=\"300\" y2=\"48\""));
  CHECK(has(svg,
            "<line class=\"move fall\" data-unit=\"U26\" data-from=\"1\" data-to=\"26\" "
            "x1=\"300\" y1=\"48\" x2=\"800\" y2=\"48\""));
}

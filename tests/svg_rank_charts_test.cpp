// Tests of the rank charts of robustness.html and scorecard.html: each unit's interval and each
// index's points where the axes put them, lines only where a rank change is given, labels kept
// apart, names as text, parts of 25 units.
#include "io/svg_rank_charts.h"

#include <doctest/doctest.h>

#include <string>

using namespace chiso;

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

IntervalChart three_units() {
  return {name_text("Sở <A>"),
          2022,
          1000,
          {{"Sở Tư pháp", 1, 1, 1, 2}, {"Sở \"Y\"", 2, 2, 1, 3}, {"Ban C", 3, 3, 2, 3}}};
}

}  // namespace

TEST_CASE("interval_chart_svg: ranks 1 to the group's size from x 310 to 790, a row of 20 each") {
  const std::string svg = interval_chart_svg(three_units(), Language::kVietnamese);
  CHECK(has(svg, "viewBox=\"0 0 1000 164\""));
  CHECK(has(svg,
            "<line class=\"interval\" data-unit=\"Sở Tư pháp\" data-rank=\"1\" data-median=\"1\" "
            "data-low=\"1\" data-high=\"2\" x1=\"310\" y1=\"50\" x2=\"550\" y2=\"50\""));
  CHECK(has(svg,
            "<line class=\"interval\" data-unit=\"Sở &quot;Y&quot;\" data-rank=\"2\" "
            "data-median=\"2\" data-low=\"1\" data-high=\"3\" x1=\"310\" y1=\"70\" x2=\"790\" "
            "y2=\"70\""));
  CHECK(has(svg, "<rect class=\"rank\" x=\"545\" y=\"65\""));
  CHECK(has(svg, "<circle class=\"median\" cx=\"550\" cy=\"70\""));
  CHECK(has(svg, ">trung vị 2 (1–3)</text>"));
  CHECK(count(svg, "class=\"interval\"") == 3);
  CHECK(count(svg, "class=\"grid\"") == 3);  // ranks 1, 2 and 3
  CHECK(has(svg, "<title>Thứ hạng trung vị và khoảng thứ hạng — Sở &lt;A&gt;, năm 2022</title>"));
  CHECK(has(svg,
            "lần xếp hạng lại, đoạn ngang là khoảng từ phân vị 5 đến phân vị 95. Sở Tư pháp: "
            "hạng 1, trung vị 1, khoảng 1–2; Sở &quot;Y&quot;: hạng 2, trung vị 2, khoảng 1–3; "
            "Ban C: hạng 3, trung vị 3, khoảng 2–3.</desc>"));
  const std::string english = interval_chart_svg(three_units(), Language::kEnglish);
  CHECK(has(english, ">median 2 (1–3)</text>"));
  CHECK(has(english, "<title>Median rank and rank interval — Sở &lt;A&gt;, 2022</title>"));
}

TEST_CASE("interval_chart_svg: one unit sits mid-axis; 30 units make two figures of 25 and 5") {
  IntervalChart one{"Sở A", 2022, 10, {{"Sở A", 1, 1, 1, 1}}};
  CHECK(has(interval_chart_svg(one, Language::kEnglish), "x1=\"550\" y1=\"50\" x2=\"550\""));
  IntervalChart many{"Sở", 2022, 10, {}};
  for (int r = 1; r <= 30; ++r) many.units.push_back({"Sở " + std::to_string(r), r, r, r, r});
  const std::string svg = interval_chart_svg(many, Language::kVietnamese);
  CHECK(count(svg, "<figure") == 2);
  CHECK(count(svg, "class=\"interval\"") == 30);
  CHECK(has(svg, "năm 2022 (tiếp theo)</title>"));
  // Ranks 1 to 30: a tick every 5, and 30.
  CHECK(count(svg.substr(0, svg.find("</figure>")), "class=\"grid\"") == 7);
  // Ranks 1 to 10,000: 1 and every 1,000, not a line every 10.
  IntervalChart national{"Sở", 2022, 10, {{"Sở A", 10000, 10000, 9990, 10000}}};
  const std::string wide = interval_chart_svg(national, Language::kEnglish);
  CHECK(count(wide, "class=\"grid\"") == 11);
  CHECK(has(wide, "text-anchor=\"middle\">9000</text>"));
  CHECK(has(wide, "x1=\"789.52\" y1=\"50\" x2=\"790\""));
}

TEST_CASE("rank_lines_svg: rank 1 at the top, years by their distance, lines only when joined") {
  RankLinesChart chart{name_text("Đắk Nông"),
                       {2019, 2021, 2022},
                       {{name_text("PAR INDEX"),
                         {{2019, 52, 63, false}, {2021, 41, 63, true}, {2022, 37, 63, true}}},
                        {name_text("PCI"), {{2021, 52, 63, false}, {2022, 38, 63, true}}}}};
  std::string svg = rank_lines_svg(chart, Language::kVietnamese);
  CHECK(has(svg,
            "<circle class=\"rank-point\" data-index=\"PAR INDEX\" data-year=\"2019\" "
            "data-rank=\"52\" data-of=\"63\" cx=\"130\" cy=\"321.45\" r=\"4.5\""));
  CHECK(has(svg,
            "<line class=\"rank-line\" data-index=\"PAR INDEX\" x1=\"130\" y1=\"321.45\" "
            "x2=\"523.33\" y2=\"262.9\""));
  CHECK(has(svg,
            "<rect class=\"rank-point\" data-index=\"PCI\" data-year=\"2022\" data-rank=\"38\" "
            "data-of=\"63\" x=\"716\" y=\"242.94\""));
  CHECK(count(svg, "class=\"rank-line\"") == 3);
  // 37/63 and 38/63 in 2022 would print over each other: the second moves 12 down.
  CHECK(has(svg, "<text x=\"728\" y=\"245.61\" font-size=\"11\">37/63</text>"));
  CHECK(has(svg, "<text x=\"728\" y=\"257.61\" font-size=\"11\">38/63</text>"));
  CHECK(has(svg, "<title>Thứ hạng các chỉ số của Đắk Nông qua các năm</title>"));
  CHECK(has(svg,
            "PAR INDEX: 2019 52/63, 2021 41/63, 2022 37/63; PCI: 2021 52/63, 2022 38/63.</desc>"));
  CHECK(!has(svg, "bản đồ tỉnh, thành phố thay đổi"));
  chart.lines[1].points[1].joined = false;  // a changed map
  svg = rank_lines_svg(chart, Language::kEnglish);
  CHECK(count(svg, "class=\"rank-line\"") == 2);
  CHECK(has(svg,
            ">A line breaks at a year the map of provinces changed: the ranks of those two "
            "years cannot be compared.</text>"));
  CHECK(rank_lines_svg(RankLinesChart{}, Language::kEnglish).empty());
}

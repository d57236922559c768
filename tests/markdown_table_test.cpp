// Tests of the Markdown tables' rule: each column's dashes as long as its content is wide, so
// that pandoc gives names wide columns in Word and numbers narrow ones.
#include "io/markdown_table.h"

#include <doctest/doctest.h>

#include <ostream>
#include <string>

using namespace chiso;

TEST_CASE("display_width: a Vietnamese letter takes one column, composed or not") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Sở Nội vụ") == 9);
  CHECK(display_width("So\xCC\x9B\xCC\x89 No\xCC\xA3\xCC\x82i") == 6);  // "Sở Nội", decomposed
  CHECK(display_width("→ ↑11") == 5);
  CHECK(display_width("中文") == 4);
  CHECK(display_width("A\xFF"
                      "B") == 3);  // a byte that is not UTF-8 counts one
}

namespace chiso {
static std::ostream& operator<<(std::ostream& out, const ColumnWidth& width) {
  return out << "{" << width.header << ", " << width.cells << ", " << width.narrowest << "}";
}
}  // namespace chiso

TEST_CASE("column_width: the header over two lines, its bold words whole; the widest cell") {
  CHECK(column_width("Chỉ số so với năm 2021", {"+3,25", "+10,25"}) == ColumnWidth{11, 6, 6});
  CHECK(column_width("Tối đa", {"100,00"}) == ColumnWidth{4, 6, 6});
  CHECK(column_width("Hạng", {"1", "22"}) == ColumnWidth{5, 2, 5});
  CHECK(column_width("Thay đổi chỉ số", {}) == ColumnWidth{8, 0, 5});
  CHECK(column_width("Tỷ", {}) == ColumnWidth{3, 0, 3});
  CHECK(column_width("", {""}) == ColumnWidth{0, 0, 0});
}

TEST_CASE("column_width: a column of names can be narrowed to 16, or to its longest word") {
  CHECK(column_width("Đơn vị", {"Cục Thuế tỉnh", "Sở Nội vụ"}) == ColumnWidth{4, 13, 13});
  CHECK(column_width("Đơn vị", {"Sở Nông nghiệp và Phát triển nông thôn"}) ==
        ColumnWidth{4, 38, 16});
  CHECK(column_width("Tệp", {"data-samples/ranking-2021.csv (năm 2021)"}) ==
        ColumnWidth{4, 40, 29});
}

TEST_CASE("markdown_rule: each column's part is its width and three, a colon included") {
  CHECK(markdown_rule({{4, 4, 4}, {3, 13, 13}, {3, 6, 6}}, {true, false, true}) ==
        "|------:|----------------|--------:|\n");
  CHECK(markdown_rule({{0, 0, 0}, {0, 1, 1}, {0, 0, 0}}, {false, true, true}) ==
        "|---|---:|---:|\n");
  CHECK(markdown_rule({}, {}) == "|\n");
}

TEST_CASE("markdown_rule: a table wider than the page has its widest columns narrowed to fit") {
  // 129 + 3 + 9 + 9 = 150 = kPageColumns.
  CHECK(markdown_rule({{3, 200, 16}, {3, 6, 6}, {3, 6, 6}}, {false, true, true}) ==
        "|" + std::string(132, '-') + "|--------:|--------:|\n");
  // Two names of 80 share the page as 68 each: 71 + 71 + 8 = 150.
  CHECK(markdown_rule({{3, 80, 16}, {3, 80, 16}, {3, 5, 5}}, {false, false, true}) ==
        "|" + std::string(71, '-') + "|" + std::string(71, '-') + "|-------:|\n");
}

TEST_CASE("markdown_rule: the long headers of numbers take more lines before a name does") {
  // Eight fields' headers narrowed from 14 to 9: 41 + 6 + 8 x 12 = 143.
  std::vector<ColumnWidth> ranking{{3, 38, 16}, {3, 1, 3}};
  for (int field = 0; field < 8; ++field) ranking.push_back({14, 5, 5});
  std::string rule = "|" + std::string(41, '-') + "|------|";
  for (int field = 0; field < 8; ++field) rule += std::string(12, '-') + "|";
  CHECK(markdown_rule(ranking, std::vector<bool>(10, false)) == rule + "\n");
}

TEST_CASE("markdown_rule: a table that cannot fit has every column at its narrowest") {
  std::string twelve = "|";
  for (int c = 0; c < 12; ++c) twelve += std::string(19, '-') + "|";
  CHECK(markdown_rule(std::vector<ColumnWidth>(12, {0, 20, 16}), std::vector<bool>(12, false)) ==
        twelve + "\n");
}

TEST_CASE("markdown_table: header, a rule sized on header and cells, one line per row") {
  CHECK(
      markdown_table({{"Hạng", true}, {"Đơn vị"}, {"Chỉ số (%)", true}, {"Cũ", true}},
                     {{"1", "Cục Thuế tỉnh", "98,12", ""}, {"2", "Sở Nội \\| vụ", "97,47", "3"}}) ==
      "| Hạng | Đơn vị | Chỉ số (%) | Cũ |\n"
      "|-------:|----------------|-------:|-----:|\n"
      "| 1 | Cục Thuế tỉnh | 98,12 |  |\n"
      "| 2 | Sở Nội \\| vụ | 97,47 | 3 |\n");
  CHECK(markdown_table({{"Đơn vị"}}, {}) == "| Đơn vị |\n|-------|\n");
}

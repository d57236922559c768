// Tests of report_writer: the Markdown report.
#include "chiso/io/report_writer.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cmath>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "departments.h"

namespace chiso {
namespace {

using testing::compared;
using testing::departments_2022;
using testing::kDepartments;
using testing::kLabour;
using testing::ranked;

BandScheme three_bands() {
  Diagnostics diagnostics;
  BandScheme bands = BandScheme::build({{"", "Xuất sắc", 90, {}, std::nullopt, {}},
                                        {"", "Tốt", 80, {}, std::nullopt, {}},
                                        {"", "Khá", 70, {}, std::nullopt, {}}},
                                       diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  return bands;
}

std::string report_of(LeagueTable table, const BandScheme& bands, const ReportOptions& options) {
  table.has_bands = !bands.empty();  // as rank_year sets it
  RankedYear year;
  year.summaries = summarise(table, bands);
  year.table = std::move(table);
  return markdown_report({year}, Framework{}, options);
}

using testing::has_line;

// The first line of `text` that contains `part`, or "(no line)".
}  // namespace

TEST_CASE("report: the Vietnamese report reads as a published provincial report") {
  const std::string expected = R"md(# Chỉ số cải cách hành chính năm 2022

Xếp hạng 4 đơn vị; so sánh với năm 2021.

## Sở, ban, ngành

Chỉ số của 4 đơn vị có giá trị trung bình đạt 84,05%, trung vị 86,50%; cao nhất 92,50% (Sở Lao động, Thương binh và Xã hội), thấp nhất 70,70% (Sở Y tế).

### Xếp loại

| Xếp loại | Số đơn vị | Tỷ lệ |
|-----------|-------:|--------:|
| Xuất sắc | 1 | 25,00% |
| Tốt | 2 | 50,00% |
| Khá | 1 | 25,00% |

Xếp loại Xuất sắc có 01 đơn vị là Sở Lao động, Thương binh và Xã hội, chiếm 25,00%; xếp loại Tốt có 02 đơn vị là Sở Nội vụ, Sở Tư pháp, chiếm 50,00%; xếp loại Khá có 01 đơn vị là Sở Y tế, chiếm 25,00%.

### Bảng xếp hạng

| STT | Hạng | Đơn vị | Điểm | Tối đa | Chỉ số (%) | Xếp loại | Hạng năm 2021 | Thay đổi | Chỉ số so với năm 2021 |
|------:|-------:|-------------------------------------|-------:|--------:|-------:|-----------|---------:|------------------|-------------:|
| 1 | 1 | Sở Lao động, Thương binh và Xã hội | 92,50 | 100,00 | 92,50 | Xuất sắc | 12 | ↑11 tăng 11 bậc | +7,25 |
| 2 | 2 | Sở Nội vụ | 88,00 | 100,00 | 88,00 | Tốt | 2 | = giữ nguyên | 0,00 |
| 3 | 3 | Sở Tư pháp | 80,75 | 95,00 | 85,00 | Tốt | 1 | ↓2 giảm 2 bậc | -5,10 |
| 4 | 4 | Sở Y tế | 70,70 | 100,00 | 70,70 | Khá |  | mới |  |

### So với năm 2021

1 đơn vị tăng bậc, 1 đơn vị giảm bậc, 1 đơn vị giữ nguyên thứ hạng, 1 đơn vị mới vào bảng xếp hạng.

Tăng nhiều bậc nhất:

- Sở Lao động, Thương binh và Xã hội: tăng 11 bậc (từ hạng 12 lên hạng 1)

Giảm nhiều bậc nhất:

- Sở Tư pháp: giảm 2 bậc (từ hạng 1 xuống hạng 3)

## Ghi chú phương pháp

- Chỉ số (%) = điểm đạt được ÷ điểm tối đa áp dụng × 100. Tiêu chí không áp dụng với một đơn vị (`n/a`) không tính vào điểm tối đa của đơn vị đó.
- Xếp hạng trong từng nhóm theo chỉ số làm tròn đến 2 chữ số thập phân, từ cao xuống thấp; các đơn vị có chỉ số bằng nhau đồng hạng và hạng kế tiếp được bỏ qua (1, 2, 2, 4). Các đơn vị cùng hạng được liệt kê theo thứ tự tên.
- Thay đổi thứ hạng = hạng năm trước − hạng năm nay: "tăng N bậc" là vươn lên N bậc, "giảm N bậc" là tụt N bậc; "mới" là đơn vị không có trong xếp hạng năm trước. Thay đổi chỉ số tính bằng điểm phần trăm.
- Tỷ lệ xếp loại được làm tròn đến 2 chữ số thập phân theo phương pháp phần dư lớn nhất, để tổng đúng bằng 100%.
- Giá trị trung bình, trung vị, cao nhất và thấp nhất tính trên chỉ số chưa làm tròn.
)md";
  CHECK(report_of(departments_2022(), three_bands(), {}) == expected);
}

TEST_CASE("report: the English report says the same with a decimal point") {
  ReportOptions options;
  options.language = Language::kEnglish;
  const std::string report = report_of(departments_2022(), three_bands(), options);
  CHECK(report.starts_with("# Administrative reform index 2022\n\n"));
  CHECK(has_line(report, "4 units ranked; compared with 2021."));
  CHECK(has_line(report, "## Sở, ban, ngành"));
  CHECK(has_line(report, "Mean index of the 4 units: 84.05%, median 86.50%; highest 92.50% (" +
                             kLabour + "), lowest 70.70% (Sở Y tế)."));
  CHECK(has_line(report, "| Band | Units | Share |"));
  CHECK(has_line(report, "| Tốt | 2 | 50.00% |"));
  CHECK(has_line(
      report,
      "| No. | Rank | Unit | Points | Maximum | Index (%) | Band | Rank 2021 | Change | Index "
      "vs 2021 |"));
  CHECK(has_line(report, "| 1 | 1 | " + kLabour +
                             " | 92.50 | 100.00 | 92.50 | Xuất sắc | 12 | ↑11 up 11 | +7.25 |"));
  CHECK(has_line(report,
                 "| 2 | 2 | Sở Nội vụ | 88.00 | 100.00 | 88.00 | Tốt | 2 | = unchanged | 0.00 |"));
  CHECK(has_line(report,
                 "| 3 | 3 | Sở Tư pháp | 80.75 | 95.00 | 85.00 | Tốt | 1 | ↓2 down 2 | -5.10 |"));
  CHECK(has_line(report, "| 4 | 4 | Sở Y tế | 70.70 | 100.00 | 70.70 | Khá |  | new |  |"));
  CHECK(has_line(report, "### Against 2021"));
  CHECK(has_line(report, "- " + kLabour + ": up 11 places (from rank 12 to 1)"));
  CHECK(has_line(report, "- Sở Tư pháp: down 2 places (from rank 1 to 3)"));
  CHECK(has_line(report, "## Method"));
  CHECK(report.back() == '\n');
  CHECK(report.substr(report.size() - 2) != "\n\n");
}

TEST_CASE("report: English sentences about one unit use the singular") {
  ReportOptions options;
  options.language = Language::kEnglish;
  const std::string report = report_of(departments_2022(), three_bands(), options);
  CHECK(has_line(
      report, "1 unit climbed, 1 unit fell, 1 unit held their rank, 1 unit new to the ranking."));
  CHECK(has_line(report, "Xuất sắc: 1 unit (" + kLabour +
                             "), 25.00%; Tốt: 2 units (Sở Nội vụ, Sở Tư pháp), 50.00%; Khá: 1 unit "
                             "(Sở Y tế), 25.00%."));
}

TEST_CASE("report: band shares add up to 100% and every band of the group is listed") {
  const std::string districts = "UBND cấp huyện";
  LeagueTable table;
  table.year = 2023;
  table.groups = {districts};
  table.units = {ranked(districts, 1, "UBND huyện A", {91, 100}, 91, "Xuất sắc"),
                 ranked(districts, 2, "UBND huyện B", {85, 100}, 85, "Tốt"),
                 ranked(districts, 3, "UBND huyện C", {40, 100}, 40, "")};
  const std::string report = report_of(table, three_bands(), {});
  CHECK(has_line(report, "Xếp hạng 3 đơn vị; không có năm trước để so sánh."));
  CHECK(has_line(report, "| Xuất sắc | 1 | 33,34% |"));
  CHECK(has_line(report, "| Tốt | 1 | 33,33% |"));
  CHECK(has_line(report, "| Khá | 0 | 0,00% |"));
  CHECK(has_line(report, "| Chưa xếp loại | 1 | 33,33% |"));
  CHECK(has_line(report,
                 "Xếp loại Xuất sắc có 01 đơn vị là UBND huyện A, chiếm 33,34%; xếp loại Tốt có "
                 "01 đơn vị là UBND huyện B, chiếm 33,33%; không có đơn vị nào xếp loại Khá; có "
                 "01 đơn vị chưa được xếp loại, chiếm 33,33%."));
  CHECK(has_line(report, "| STT | Hạng | Đơn vị | Điểm | Tối đa | Chỉ số (%) | Xếp loại |"));
  CHECK(has_line(report, "| 3 | 3 | UBND huyện C | 40,00 | 100,00 | 40,00 |  |"));
  CHECK(report.find("### So với") == std::string::npos);
  CHECK(report.find("Thay đổi thứ hạng") == std::string::npos);
}

TEST_CASE("report: a previous ranking from a file, no bands, no groups and 3 decimals") {
  LeagueTable table;
  table.year = 2022;
  table.has_previous = true;
  table.previous_given = true;
  table.options.decimals = 3;
  table.groups = {""};
  table.units = {compared(ranked("", 1, "Sở A|B", {97.685, 100}, 97.685, ""), 2, std::nullopt, "")};
  ReportOptions options;
  options.title = "PAR INDEX";
  const std::string report = report_of(table, BandScheme(), options);
  CHECK(report.starts_with("# PAR INDEX năm 2022\n\nXếp hạng"));
  CHECK(has_line(report, "Xếp hạng 1 đơn vị; so sánh với bảng xếp hạng năm trước."));
  CHECK(has_line(report, "## Tất cả đơn vị"));
  CHECK(report.find("### Xếp loại") == std::string::npos);
  // Without bands the table has no band column.
  CHECK(has_line(report,
                 "| STT | Hạng | Đơn vị | Điểm | Tối đa | Chỉ số (%) | Hạng năm trước | Thay đổi | "
                 "Chỉ số so với năm trước |"));
  CHECK(
      has_line(report, "| 1 | 1 | Sở A\\|B | 97,685 | 100,000 | 97,685 | 2 | ↑1 tăng 1 bậc |  |"));
  CHECK(report.find("theo chỉ số làm tròn đến 3 chữ số thập phân") != std::string::npos);
  SUBCASE("unlisted units are named as such when there is a units file") {
    options.has_units_file = true;
    CHECK(has_line(report_of(table, BandScheme(), options),
                   "## Đơn vị chưa có trong danh sách nhóm"));
  }
  SUBCASE("the comparison with a file of unknown year speaks of the year before") {
    CHECK(has_line(report, "### So với năm trước"));
    CHECK(has_line(report, "1 đơn vị tăng bậc, không có đơn vị nào giảm bậc."));
    CHECK(
        has_line(report, "- Sở A\\|B: tăng 1 bậc (từ hạng 2 lên hạng 1)"));  // escaped in prose too
  }
  SUBCASE("a file that names its year is compared by that year") {
    table.previous_year = 2021;
    const std::string with_year = report_of(table, BandScheme(), options);
    CHECK(has_line(with_year, "Xếp hạng 1 đơn vị; so sánh với năm 2021."));
    CHECK(has_line(with_year, "### So với năm 2021"));
  }
}

TEST_CASE("report: names that got through with a line break, HTML or Markdown stay text") {
  const std::string group = "<img src=x onerror=alert(1)>";
  const std::string fake_row = "Sở A\n| 1 | Sở Giả | 100,00 |";
  LeagueTable table;
  table.year = 2022;
  table.has_previous = true;
  table.previous_year = 2021;
  table.groups = {group};
  table.units = {compared(ranked(group, 1, fake_row, {90, 100}, 90, "<b>Tốt</b>"), 2, 80, "Tốt"),
                 compared(ranked(group, 2, "[Bấm](https://evil.example)", {50, 100}, 50, "Tốt"), 1,
                          95, "Tốt")};
  ReportOptions options;
  options.title = "PAR `INDEX`";
  const std::string report = report_of(table, three_bands(), options);
  CHECK(report.starts_with("# PAR \\`INDEX\\` năm 2022\n\n"));
  CHECK(has_line(report, "## &lt;img src=x onerror=alert(1)&gt;"));
  CHECK(has_line(report,
                 "| 1 | 1 | Sở A \\| 1 \\| Sở Giả \\| 100,00 \\| | 90,00 | 100,00 | 90,00 | "
                 "&lt;b&gt;Tốt&lt;/b&gt; | 2 | "
                 "↑1 tăng 1 bậc | +10,00 |"));
  CHECK(
      has_line(report,
               "| 2 | 2 | \\[Bấm\\](https://evil.example) | 50,00 | 100,00 | 50,00 | Tốt | 1 | ↓1 "
               "giảm 1 bậc | -45,00 |"));
  CHECK(has_line(report,
                 "- Sở A \\| 1 \\| Sở Giả \\| 100,00 \\|: tăng 1 bậc (từ hạng 2 lên hạng 1)"));
  CHECK(report.find("<img") == std::string::npos);
  CHECK(report.find("\n| 1 | Sở Giả") == std::string::npos);
}

TEST_CASE("report: several years give one section each, in the order given") {
  LeagueTable first = departments_2022();
  first.year = 2021;
  first.has_previous = false;
  first.previous_year.reset();
  const LeagueTable second = departments_2022();
  const BandScheme bands = three_bands();
  std::vector<RankedYear> years(2);
  years[0].table = first;
  years[0].summaries = summarise(first, bands);
  years[1].table = second;
  years[1].summaries = summarise(second, bands);
  const std::string report = markdown_report(years, Framework{}, {});
  const size_t year_2021 = report.find("# Chỉ số cải cách hành chính năm 2021\n");
  const size_t year_2022 = report.find("\n# Chỉ số cải cách hành chính năm 2022\n");
  CHECK(year_2021 == 0);
  CHECK(year_2022 != std::string::npos);
  CHECK(report.find("## Ghi chú phương pháp") < year_2022);
}

TEST_CASE("report_texts: report.md as markdown_report, and report.html of the same document") {
  const BandScheme bands = three_bands();
  RankedYear year;
  year.table = departments_2022();
  year.table.has_bands = true;
  year.summaries = summarise(year.table, bands);
  const ReportOptions options{Language::kEnglish, "PAR <INDEX>", false};
  const ReportTexts both = report_texts({year}, Framework{}, options, true, true);
  CHECK(both.markdown == markdown_report({year}, Framework{}, options));
  CHECK(both.html.find("<h1>PAR &lt;INDEX&gt; 2022</h1>") != std::string::npos);
  CHECK(both.html.find("<figure class=\"chart index\">") != std::string::npos);
  CHECK(both.html.find("<h2>Method</h2>") != std::string::npos);
  const ReportTexts html = report_texts({year}, Framework{}, options, false, true);
  CHECK(html.markdown.empty());
  CHECK(html.html == both.html);
  CHECK(report_texts({year}, Framework{}, options, true, false).html.empty());
}

}  // namespace chiso

namespace chiso {
namespace {

// Two fields, "Chỉ đạo" (id 1) and "Thể chế" (id 2), each of one criterion.
Framework two_fields() {
  Diagnostics diagnostics;
  Framework framework = Framework::build({{"1", "", "Chỉ đạo", 40},
                                          {"1.1", "1", "Kế hoạch", 40},
                                          {"2", "", "Thể chế", 60},
                                          {"2.1", "2", "Văn bản", 60}},
                                         diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  return framework;
}

RankedUnit with_fields(RankedUnit unit, double first, double second) {
  unit.fields = {{first, 40}, {second, 60}};
  return unit;
}

// Five units of one band with two fields each: four held their rank, one is new.
RankedYear five_good_units() {
  const std::string group = "Sở, ban, ngành";
  RankedYear year;
  year.table.year = 2023;
  year.table.previous_year = 2022;
  year.table.has_previous = true;
  year.table.has_bands = true;
  year.table.groups = {group};
  const char* names[] = {"Sở A", "Sở B", "Sở C", "Sở D", "Sở E"};
  for (int i = 0; i < 5; ++i) {
    const double points = 89 - i;
    RankedUnit unit =
        with_fields(ranked(group, i + 1, names[i], {points, 100}, points, "Tốt"), 36 - i, 53);
    year.table.units.push_back(i == 4 ? unit : compared(unit, i + 1, points, "Tốt"));
  }
  year.summaries = summarise(year.table, three_bands());
  return year;
}

}  // namespace

TEST_CASE("report: one column of points per field, after the unit, as --field-columns asks") {
  const RankedYear year = five_good_units();
  ReportOptions options;
  options.field_columns = {0, 1};
  const std::string report = markdown_report({year}, two_fields(), options);
  CHECK(
      has_line(report,
               "| STT | Hạng | Đơn vị | Chỉ đạo | Thể chế | Điểm | Tối đa | Chỉ số (%) | Xếp loại "
               "| Hạng năm 2022 | Thay đổi | Chỉ số so với năm 2022 |"));
  CHECK(has_line(report,
                 "| 1 | 1 | Sở A | 36,00 | 53,00 | 89,00 | 100,00 | 89,00 | Tốt | 1 | "
                 "= giữ nguyên | 0,00 |"));
  options.field_columns = {1};
  CHECK(has_line(
      markdown_report({year}, two_fields(), options),
      "| 2 | 2 | Sở B | 53,00 | 88,00 | 100,00 | 88,00 | Tốt | 2 | = giữ nguyên | 0,00 |"));
  CHECK(default_field_columns(two_fields()) == std::vector<size_t>{0, 1});
}

TEST_CASE("report: a large band is counted, empty bands are said so, and no zero is counted") {
  const RankedYear year = five_good_units();
  const std::string report = markdown_report({year}, two_fields(), {});
  CHECK(has_line(report,
                 "Không có đơn vị nào xếp loại Xuất sắc; xếp loại Tốt có 05 đơn vị, "
                 "chiếm 100,00%; không có đơn vị nào xếp loại Khá."));
  CHECK(has_line(report,
                 "Không có đơn vị nào tăng bậc, không có đơn vị nào giảm bậc, 4 đơn vị "
                 "giữ nguyên thứ hạng, 1 đơn vị mới vào bảng xếp hạng."));
  CHECK(report.find("Tăng nhiều bậc nhất") == std::string::npos);
  CHECK(report.find("Giảm nhiều bậc nhất") == std::string::npos);
  ReportOptions english;
  english.language = Language::kEnglish;
  const std::string in_english = markdown_report({year}, two_fields(), english);
  CHECK(has_line(in_english, "No unit rated Xuất sắc; Tốt: 5 units, 100.00%; no unit rated Khá."));
  CHECK(has_line(in_english,
                 "No unit climbed, no unit fell, 4 units held their rank, 1 unit new "
                 "to the ranking."));
}

}  // namespace chiso

namespace chiso {

TEST_CASE("report_texts: report.html's title names every year of a report of several years") {
  RankedYear earlier;
  earlier.table = testing::departments_2022();
  earlier.table.year = 2021;
  earlier.summaries = summarise(earlier.table, BandScheme());
  RankedYear later;
  later.table = testing::departments_2022();
  later.summaries = summarise(later.table, BandScheme());
  const ReportTexts one = report_texts({later}, Framework{}, {}, false, true);
  CHECK(one.html.find("<title>Chỉ số cải cách hành chính năm 2022</title>") != std::string::npos);
  const ReportTexts both = report_texts({earlier, later}, Framework{}, {}, false, true);
  CHECK(both.html.find("<title>Chỉ số cải cách hành chính năm 2021–2022</title>") !=
        std::string::npos);
}

}  // namespace chiso

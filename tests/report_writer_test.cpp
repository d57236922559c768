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

Xếp loại Xuất sắc có 1 đơn vị, chiếm 25,00%; Tốt có 2 đơn vị, chiếm 50,00%; Khá có 1 đơn vị, chiếm 25,00%.

### Bảng xếp hạng

| Hạng | Đơn vị | Điểm | Tối đa | Chỉ số (%) | Xếp loại | Hạng năm 2021 | Thay đổi | Chỉ số so với năm 2021 |
|-------:|-------------------------------------|-------:|--------:|-------:|-----------|---------:|------------------|-------------:|
| 1 | Sở Lao động, Thương binh và Xã hội | 92,50 | 100,00 | 92,50 | Xuất sắc | 12 | ↑11 tăng 11 bậc | +7,25 |
| 2 | Sở Nội vụ | 88,00 | 100,00 | 88,00 | Tốt | 2 | = giữ nguyên | 0,00 |
| 3 | Sở Tư pháp | 80,75 | 95,00 | 85,00 | Tốt | 1 | ↓2 giảm 2 bậc | -5,10 |
| 4 | Sở Y tế | 70,70 | 100,00 | 70,70 | Khá |  | mới |  |

### So với năm 2021

1 đơn vị tăng bậc, 1 đơn vị giảm bậc, 1 đơn vị giữ nguyên, 1 đơn vị mới.

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
  CHECK(has_line(report,
                 "| Rank | Unit | Points | Maximum | Index (%) | Band | Rank 2021 | Change | Index "
                 "vs 2021 |"));
  CHECK(has_line(report, "| 1 | " + kLabour +
                             " | 92.50 | 100.00 | 92.50 | Xuất sắc | 12 | ↑11 up 11 | +7.25 |"));
  CHECK(has_line(report,
                 "| 2 | Sở Nội vụ | 88.00 | 100.00 | 88.00 | Tốt | 2 | = unchanged | 0.00 |"));
  CHECK(
      has_line(report, "| 3 | Sở Tư pháp | 80.75 | 95.00 | 85.00 | Tốt | 1 | ↓2 down 2 | -5.10 |"));
  CHECK(has_line(report, "| 4 | Sở Y tế | 70.70 | 100.00 | 70.70 | Khá |  | new |  |"));
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
  CHECK(has_line(report, "1 unit climbed, 1 fell, 1 held their rank, 1 new."));
  CHECK(has_line(report, "Xuất sắc: 1 unit, 25.00%; Tốt: 2 units, 50.00%; Khá: 1 unit, 25.00%."));
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
                 "Xếp loại Xuất sắc có 1 đơn vị, chiếm 33,34%; Tốt có 1 đơn vị, chiếm 33,33%; "
                 "Chưa xếp loại có 1 đơn vị, chiếm 33,33%."));
  CHECK(has_line(report, "| Hạng | Đơn vị | Điểm | Tối đa | Chỉ số (%) | Xếp loại |"));
  CHECK(has_line(report, "| 3 | UBND huyện C | 40,00 | 100,00 | 40,00 |  |"));
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
  options.previous_source = "xep-hang-2021.csv";
  const std::string report = report_of(table, BandScheme(), options);
  CHECK(report.starts_with("# PAR INDEX năm 2022\n\nXếp hạng"));
  CHECK(has_line(report,
                 "Xếp hạng 1 đơn vị; so sánh với bảng xếp hạng trong tệp `xep-hang-2021.csv`."));
  CHECK(has_line(report, "## Tất cả đơn vị"));
  CHECK(report.find("### Xếp loại") == std::string::npos);
  // Without bands the table has no band column.
  CHECK(has_line(report,
                 "| Hạng | Đơn vị | Điểm | Tối đa | Chỉ số (%) | Hạng năm trước | Thay đổi | "
                 "Chỉ số so với năm trước |"));
  CHECK(has_line(report, "| 1 | Sở A\\|B | 97,685 | 100,000 | 97,685 | 2 | ↑1 tăng 1 bậc |  |"));
  CHECK(report.find("theo chỉ số làm tròn đến 3 chữ số thập phân") != std::string::npos);
  SUBCASE("unlisted units are named as such when there is a units file") {
    options.has_units_file = true;
    CHECK(has_line(report_of(table, BandScheme(), options),
                   "## Đơn vị chưa có trong danh sách nhóm"));
  }
  SUBCASE("the comparison with a file of unknown year speaks of the year before") {
    CHECK(has_line(report, "### So với năm trước"));
    CHECK(has_line(report,
                   "1 đơn vị tăng bậc, 0 đơn vị giảm bậc, 0 đơn vị giữ nguyên, 0 đơn vị mới."));
    CHECK(
        has_line(report, "- Sở A\\|B: tăng 1 bậc (từ hạng 2 lên hạng 1)"));  // escaped in prose too
  }
  SUBCASE("a file that names its year is compared by that year") {
    table.previous_year = 2021;
    const std::string with_year = report_of(table, BandScheme(), options);
    CHECK(has_line(with_year,
                   "Xếp hạng 1 đơn vị; so sánh với bảng xếp hạng trong tệp `xep-hang-2021.csv`."));
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
                 "| 1 | Sở A \\| 1 \\| Sở Giả \\| 100,00 \\| | 90,00 | 100,00 | 90,00 | "
                 "&lt;b&gt;Tốt&lt;/b&gt; | 2 | "
                 "↑1 tăng 1 bậc | +10,00 |"));
  CHECK(has_line(report,
                 "| 2 | \\[Bấm\\](https://evil.example) | 50,00 | 100,00 | 50,00 | Tốt | 1 | ↓1 "
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
  const ReportOptions options{Language::kEnglish, "PAR <INDEX>", "", false};
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

#include "chiso/io/xlsx_writer.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

#include "chiso/io/analysis_writer.h"
#include "chiso/io/csv_reader.h"
#include "chiso/io/inputs.h"
#include "chiso/io/output_set.h"
#include "chiso/io/ranking_writer.h"
#include "chiso/io/two_threads.h"
#include "chiso/io/workbook.h"
#include "messages.h"
#include "temporary_folder.h"

using namespace chiso;

namespace {

const std::string kSamples = CHISO_DATA_SAMPLES;

// The sample province's 2022 ranking against 2021, as README's first command ranks it, with
// the fields and lost points worked out.
struct SampleRanking {
  Inputs inputs;
  std::vector<RankedYear> years;

  SampleRanking() {
    InputFiles files;
    files.framework = kSamples + "/framework.csv";
    files.scores = {kSamples + "/scores-2021.csv", "2022=" + kSamples + "/scores-2022.csv"};
    files.units = kSamples + "/units.csv";
    files.bands = kSamples + "/bands.csv";
    Diagnostics diagnostics;
    inputs = read_inputs(files, diagnostics);
    REQUIRE(testing::messages(diagnostics).empty());
    const auto scored = inputs.scored_years();
    RankingWork work;
    work.losses = true;
    years = rank_years(inputs.league(*scored, RankOptions{}), YearChoice{}, work, TwoThreads(),
                       diagnostics);
    REQUIRE(testing::messages(diagnostics).empty());
  }
};

std::vector<std::vector<std::string>> csv_rows(const std::string& csv) {
  std::istringstream in(csv);
  CsvReader reader("test.csv", in);
  std::vector<std::vector<std::string>> rows;
  CsvRecord record;
  reader.read_header(record);
  while (reader.next(record)) rows.push_back(record.fields);
  return rows;
}

// ranking.xlsx as ranking_xlsx() writes it through a scratch folder, which it leaves empty.
std::string workbook(const std::vector<RankedYear>& years, const Framework& framework,
                     const ReportOptions& options = {}) {
  const testing::TemporaryFolder scratch("xlsx-scratch");
  Diagnostics diagnostics;
  std::string bytes =
      ranking_xlsx(years, framework, options, scratch.path("ranking.xlsx"), diagnostics);
  CHECK(std::filesystem::is_empty(scratch.path("")));
  CHECK(testing::messages(diagnostics).empty());
  return bytes;
}

using Cells = std::map<std::pair<int, int>, SheetCell>;

Cells cells_of(const std::string& file, const std::string& sheet) {
  Cells cells;
  for (const SheetCell& cell : read_sheet({file, sheet}).cells) {
    cells[{cell.row, cell.column}] = cell;
  }
  return cells;
}

// The cell as ranking.csv would write it: a number's value, a text's text, nothing's "".
void check_cell(const Cells& cells, int row, int column, const std::string& csv) {
  CAPTURE(row);
  CAPTURE(column);
  CAPTURE(csv);
  auto at = cells.find({row, column});
  if (csv.empty()) {
    CHECK((at == cells.end() || (at->second.kind == CellKind::kText && at->second.text.empty())));
    return;
  }
  REQUIRE(at != cells.end());
  if (at->second.kind == CellKind::kNumber) {
    CHECK(at->second.number == std::stod(csv));
  } else {
    CHECK(at->second.text == csv);
  }
}

// Every row of `csv` (after its header) at the same row of `sheet` (after its headings).
void check_sheet(const std::string& file, const std::string& sheet, const std::string& csv) {
  const Cells cells = cells_of(file, sheet);
  const auto rows = csv_rows(csv);
  REQUIRE(!rows.empty());
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t c = 0; c < rows[r].size(); ++c) {
      check_cell(cells, static_cast<int>(r) + 2, static_cast<int>(c) + 1, rows[r][c]);
    }
  }
  CHECK(cells.count({static_cast<int>(rows.size()) + 2, 1}) == 0);
}

}  // namespace

TEST_CASE("sheet_name: at most 31 characters, none of []:*?/\\, unique in any case") {
  CHECK(sheet_name("Sở, ban, ngành", {}) == "Sở, ban, ngành");
  CHECK(sheet_name("UBND cấp huyện [2022]: A/B*C?D\\E", {}) == "UBND cấp huyện -2022-- A-B-C-D-");
  CHECK(sheet_name("Ủy ban nhân dân các huyện, thị xã, thành phố", {}) ==
        "Ủy ban nhân dân các huyện, thị");
  CHECK(sheet_name("'Khối Đảng'", {}) == "Khối Đảng");
  CHECK(sheet_name("", {}) == "-");
  CHECK(sheet_name("SỞ NGÀNH", {"Sở ngành"}) == "SỞ NGÀNH (2)");
  CHECK(sheet_name("Sở ngành", {"Sở ngành", "sở ngành (2)"}) == "Sở ngành (3)");
  CHECK(sheet_name("Ủy ban nhân dân các huyện, thị xã", {"Ủy ban nhân dân các huyện, thị"}) ==
        "Ủy ban nhân dân các huyện, (2)");
}

TEST_CASE("ranking_xlsx: every value of ranking.csv, fields.csv and lost-points.csv read back") {
  const SampleRanking sample;
  REQUIRE(sample.years.size() == 1);
  const LeagueTable& table = sample.years.front().table;
  const std::string bytes = workbook(sample.years, sample.inputs.framework, {});
  const testing::TemporaryFolder folder("xlsx-writer");
  const std::string file = folder.write("ranking.xlsx", bytes);

  const size_t fields = sample.inputs.framework.fields().size();
  const auto column = [&](int after_fields) { return static_cast<int>(fields) + after_fields; };
  std::map<std::string, int> rows_of;  // each group sheet's rows so far
  for (const auto& row : csv_rows(ranking_csv({table}, {}))) {
    // year,group,rank,unit,points,max,index,band,previous_rank,rank_change,index_change,...
    const Cells cells = cells_of(file, row[1]);
    const int r = ++rows_of[row[1]] + 1;
    check_cell(cells, r, 1, std::to_string(r - 1));
    check_cell(cells, r, 2, row[3]);
    check_cell(cells, r, column(3), row[4]);
    check_cell(cells, r, column(4), row[5]);
    check_cell(cells, r, column(5), row[6]);
    check_cell(cells, r, column(6), row[2]);
    check_cell(cells, r, column(7), row[7]);
    check_cell(cells, r, column(8), row[8]);
    check_cell(cells, r, column(10), row[10]);
  }
  CHECK(rows_of.size() == table.groups.size());
  check_sheet(file, "Lĩnh vực", fields_csv({table}, sample.inputs.framework, {}));
  check_sheet(file, "Điểm bị mất",
              lost_points_csv(sample.years, sample.inputs.framework, {}, table.options.decimals));
}

TEST_CASE("ranking_xlsx: the headings, the fields' points and the change in words") {
  const SampleRanking sample;
  const LeagueTable& table = sample.years.front().table;
  const testing::TemporaryFolder folder("xlsx-writer");
  const std::string file =
      folder.write("ranking.xlsx", workbook(sample.years, sample.inputs.framework, {}));
  const std::string& group = table.groups.front();
  const Cells cells = cells_of(file, group);
  const size_t fields = sample.inputs.framework.fields().size();
  std::vector<std::string> headings;
  for (int c = 1; cells.count({1, c}) > 0; ++c) headings.push_back(cells.at({1, c}).text);
  std::vector<std::string> expected = {"STT", "Đơn vị"};
  for (int field : sample.inputs.framework.fields()) {
    expected.push_back(sample.inputs.framework.node(field).name);
  }
  expected.insert(expected.end(), {"Điểm", "Tối đa", "Chỉ số (%)", "Hạng", "Xếp loại",
                                   "Hạng năm 2021", "Thay đổi", "Chỉ số so với năm 2021"});
  CHECK(headings == expected);
  const RankedUnit& first = table.units.front();
  for (size_t f = 0; f < fields; ++f) {
    CHECK(cells.at({2, static_cast<int>(f) + 3}).number ==
          round_half_up(first.fields[f].points, 2));
  }
  const std::string words = cells.at({2, static_cast<int>(fields) + 9}).text;
  const std::optional<int> change = first.rank_change();
  REQUIRE(change);
  CHECK(words == (*change > 0   ? fmt::format("↑{0} tăng {0} bậc", *change)
                  : *change < 0 ? fmt::format("↓{0} giảm {0} bậc", -*change)
                                : std::string("= giữ nguyên")));
}

TEST_CASE("ranking_xlsx: the same bytes on every run, in English too") {
  const SampleRanking sample;
  const ReportOptions english{Language::kEnglish};
  CHECK(workbook(sample.years, sample.inputs.framework, {}) ==
        workbook(sample.years, sample.inputs.framework, {}));
  const std::string bytes = workbook(sample.years, sample.inputs.framework, english);
  CHECK(bytes == workbook(sample.years, sample.inputs.framework, english));
  const testing::TemporaryFolder folder("xlsx-writer");
  const std::string file = folder.write("ranking.xlsx", bytes);
  CHECK(cells_of(file, "Fields").at({1, 5}).text == "Field name");
  CHECK(cells_of(file, "Lost points").at({1, 8}).text == "Points lost");
}

TEST_CASE("ranking_xlsx: above 100 sheets of groups, one sheet per year with a group column") {
  const SampleRanking sample;
  RankedYear year;
  year.table = sample.years.front().table;
  const RankedUnit first = year.table.units.front();
  year.table.units.clear();
  year.table.groups.clear();
  for (int g = 0; g < 101; ++g) {
    RankedUnit unit = first;
    unit.group = fmt::format("Nhóm {}", g);
    unit.rank = 1;
    year.table.groups.push_back(unit.group);
    year.table.units.push_back(unit);
  }
  const testing::TemporaryFolder folder("xlsx-writer");
  const std::string file =
      folder.write("ranking.xlsx", workbook({year}, sample.inputs.framework, {}));
  const Cells cells = cells_of(file, "2022");
  CHECK(cells.at({1, 2}).text == "Nhóm");
  CHECK(cells.at({1, 3}).text == "Đơn vị");
  CHECK(cells.at({102, 1}).number == 101);
  CHECK(cells.at({102, 2}).text == "Nhóm 100");
  CHECK(cells.at({102, 3}).text == first.unit);
  CHECK_THROWS_AS(read_sheet({file, "Nhóm 0"}), UnknownSheet);
}

TEST_CASE("ranking_xlsx: the units without a group are named as the report names them") {
  const SampleRanking sample;
  RankedYear year;
  year.table = sample.years.front().table;
  year.table.units.resize(2);
  for (RankedUnit& unit : year.table.units) unit.group.clear();
  year.table.groups = {""};
  const testing::TemporaryFolder folder("xlsx-writer");
  const std::string file =
      folder.write("ranking.xlsx", workbook({year}, sample.inputs.framework, {}));
  CHECK(cells_of(file, "Tất cả đơn vị").at({3, 2}).text == year.table.units[1].unit);
  ReportOptions listed;
  listed.has_units_file = true;
  const std::string unlisted =
      folder.write("unlisted.xlsx", workbook({year}, sample.inputs.framework, listed));
  CHECK(cells_of(unlisted, "Đơn vị chưa có trong danh sách").count({2, 2}) == 1);
}

TEST_CASE(
    "ranking_xlsx: the workbook and libxlsxwriter's files go to the scratch folder, not TMPDIR") {
  const SampleRanking sample;
  const char* saved = std::getenv("TMPDIR");
  const std::string before = saved != nullptr ? saved : "";
  const testing::TemporaryFolder tmp("xlsx-tmpdir");
  ::setenv("TMPDIR", tmp.path("").c_str(), 1);
  const std::string bytes = workbook(sample.years, sample.inputs.framework);
  saved != nullptr ? ::setenv("TMPDIR", before.c_str(), 1) : ::unsetenv("TMPDIR");
  CHECK(bytes.substr(0, 2) == "PK");
  CHECK(std::filesystem::is_empty(tmp.path("")));
  std::string message;
  try {
    Diagnostics diagnostics;
    ranking_xlsx(sample.years, sample.inputs.framework, {}, tmp.path("absent/ranking.xlsx"),
                 diagnostics);
  } catch (const OutputError& error) {
    message = error.what();
  }
  CHECK(message ==
        "cannot write 'ranking.xlsx': Error creating output xlsx file. Usually a permissions "
        "error.");
}

TEST_CASE("ranking_xlsx: a fields sheet of more than 100,000 rows points at fields.csv") {
  const SampleRanking sample;
  RankedYear year;
  year.table = sample.years.front().table;
  const size_t fields = sample.inputs.framework.fields().size();
  year.table.units.assign(100000 / fields + 1, year.table.units.front());
  year.table.groups.resize(1);
  const testing::TemporaryFolder folder("xlsx-writer");
  const std::string file =
      folder.write("ranking.xlsx", workbook({year}, sample.inputs.framework, {}));
  const Cells cells = cells_of(file, "Lĩnh vực");
  CHECK(cells.size() == 1);
  CHECK(cells.at({1, 1}).text ==
        "Hơn 100.000 dòng, quá nhiều cho bảng tính này: xem tệp fields.csv.");
  CHECK(cells_of(file, year.table.groups.front()).count({100000 / fields + 2, 1}) == 1);
}

TEST_CASE(
    "ranking_xlsx: a text longer than a cell holds is cut there, with a warning at its cell") {
  const SampleRanking sample;
  RankedYear year;
  year.table = sample.years.front().table;
  year.table.units.resize(2);
  year.table.groups.resize(1);
  // 32,766 characters, one of them beyond U+FFFF (two as Excel counts): one too many.
  const std::string astral = "\xF0\x9D\x90\x80";  // U+1D400
  const std::string name = "Sở " + std::string(32763, 'x') + astral;
  year.table.units[1].unit = name;
  year.table.units[1].group = year.table.units[0].group;
  const testing::TemporaryFolder scratch("xlsx-scratch");
  Diagnostics diagnostics;
  const std::string bytes =
      ranking_xlsx({year}, sample.inputs.framework, {}, scratch.path("ranking.xlsx"), diagnostics);
  const std::string sheet = year.table.groups.front();
  CHECK(testing::messages(diagnostics) ==
        "ranking.xlsx:" + sheet +
            "!B3: warning: a text of 32768 characters, more than the 32767 an Excel cell holds: "
            "the workbook shows its first 32766 and '…' here and wherever it recurs; the other "
            "files hold it whole\n");
  const testing::TemporaryFolder folder("xlsx-writer");
  const std::string file = folder.write("ranking.xlsx", bytes);
  const std::string cut = name.substr(0, name.size() - astral.size()) + "…";
  CHECK((cells_of(file, sheet).at({3, 2}).text == cut));  // not printed: 32 KB
  CHECK((cells_of(file, "Lĩnh vực")
             .at({static_cast<int>(sample.inputs.framework.fields().size()) + 2, 3})
             .text == cut));
  SUBCASE("one character fewer is whole, without a warning") {
    year.table.units[1].unit = name.substr(0, name.size() - astral.size()) + "y";
    const std::string whole = workbook({year}, sample.inputs.framework);
    CHECK((cells_of(folder.write("whole.xlsx", whole), sheet).at({3, 2}).text ==
           year.table.units[1].unit));
  }
}

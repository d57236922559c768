// Tests of the fast path for scores files (scores_fast.cpp) against the general reader
// (scores_reader.cpp): in any number of parts, the fast path either builds the very table the
// general reader builds, places and the bits of every cell included, or declines and leaves the
// table and the diagnostics as they were.
#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "chiso/io/framework_reader.h"
#include "chiso/io/scores_reader.h"
#include "chiso/io/text.h"
#include "io/scores_layout.h"
#include "messages.h"
#include "printers.h"
#include "temporary_folder.h"

namespace chiso {

// Failure messages print whole values. `static`: each test file has its own printers.
static std::ostream& operator<<(std::ostream& out, const Location& where) {
  return out << where.file << ':' << where.line << ':' << where.column;
}

}  // namespace chiso

using namespace chiso;

namespace {

// Named for this file's tests.
class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("scores-fast-test") {}
};

using testing::messages;

// Leaves 1.1 (max 2.5), 1.2 (max 3.5), 2.1 (max 4) and 2.2, a raw number of days (any value),
// with names and aliases that scores files may use instead of the ids.
const char* const kFramework =
    "id,parent,name,max,normalise,aliases\n"
    "1,,\"Chỉ đạo, điều hành\",,,\n"
    "1.1,1,Kế hoạch,2.5,,Plan\n"
    "1.2,1,Báo cáo,3.5,,Report|Báo cáo định kỳ\n"
    "2,,Thể chế,,,\n"
    "2.1,2,Văn bản,4,,\n"
    "2.2,2,Số ngày,10,minmax,Days\n";

Framework read_test_framework(const TemporaryFolder& folder) {
  Diagnostics diagnostics;
  Framework framework = read_framework(folder.write("framework.csv", kFramework), {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  REQUIRE(framework.leaves().size() == 4);
  return framework;
}

// "Sở A" with its letters decomposed (NFD), as some Windows and macOS tools save it.
const std::string kDecomposedA = "So\xCC\x9B\xCC\x89 A";

// Everything `table` holds, to the bit: its units, then each row with its place and its cells
// as cell() and points() see them and as stored; and whether find_unit() and find_row() find
// each, since the next file read into the table relies on them.
std::string dump(const ScoreTable& table) {
  std::ostringstream out;
  out << std::setprecision(17);
  for (size_t unit = 0; unit < table.units().size(); ++unit) {
    out << "unit " << unit << " '" << table.units()[unit] << "'";
    if (table.find_unit(unit_key(table.units()[unit])) != static_cast<int>(unit))
      out << " (not found)";
    out << "\n";
  }
  for (int row = 0; row < static_cast<int>(table.rows().size()); ++row) {
    const UnitYear& unit_year = table.rows()[static_cast<size_t>(row)];
    out << "row " << row << ": unit " << unit_year.unit << ", " << unit_year.year << ", at "
        << table.where(row);
    if (table.find_row(unit_year.unit, unit_year.year) != row) out << " (not found)";
    out << ":";
    for (int leaf = 0; leaf < table.leaf_count(); ++leaf) {
      const Cell cell = table.cell(row, leaf);
      out << ' ';
      if (cell == Cell::kPoints) out << table.points(row, leaf);
      if (cell == Cell::kNotApplicable) out << "n/a";
      if (cell == Cell::kMissing) out << "-";
      out << '[' << std::hex << std::bit_cast<std::uint64_t>(table.row_cells(row)[leaf]) << std::dec
          << ']';
    }
    out << "\n";
  }
  return out.str();
}

// The numbers of parts the fast path is tried with; more than one cuts even a small file.
const std::vector<int> kParts = {1, 2, 3, 5};
const std::vector<bool> kAccepted(kParts.size(), true);
const std::vector<bool> kDeclined(kParts.size(), false);

// What the two readers made of a scores file.
struct Outcome {
  std::vector<bool> accepted;  // by the fast path, for each of kParts
  std::string problems;        // the general reader's diagnostics, or the error it threw
  std::string table;           // the general reader's table, dumped
};

// Reads `earlier` files with the general reader, then `source` with the general reader and, into
// other tables holding the same earlier files, with the fast path in each of kParts; and checks
// that the fast path either gave the general reader's table and diagnostics, without an error,
// or left the table and the diagnostics untouched.
Outcome compare_readers(const Framework& framework, const std::vector<ScoresSource>& earlier,
                        const ScoresSource& source) {
  const CriterionNames names = criterion_names(framework);
  const int leaves = static_cast<int>(framework.leaves().size());
  auto read_earlier = [&](ScoreTable& table) {
    Diagnostics diagnostics;
    for (const ScoresSource& file : earlier) {
      read_scores_general(file, framework, names, table, {}, diagnostics);
    }
    REQUIRE(messages(diagnostics.all()) == "");
  };

  ScoreTable general(leaves);
  read_earlier(general);
  Diagnostics general_diagnostics;
  try {
    read_scores_general(source, framework, names, general, {}, general_diagnostics);
  } catch (const InputError& error) {
    general_diagnostics.append(error.diagnostics());
  }
  Outcome outcome{{}, messages(general_diagnostics.all()), dump(general)};

  for (int parts : kParts) {
    CAPTURE(parts);
    ScoreTable fast(leaves);
    read_earlier(fast);
    const std::string before = dump(fast);
    Diagnostics fast_diagnostics;
    const bool accepted =
        read_scores_fast(source, framework, names, 0, fast, fast_diagnostics, {parts});
    outcome.accepted.push_back(accepted);
    if (accepted) {
      CHECK_FALSE(general_diagnostics.has_errors());
      CHECK(dump(fast) == outcome.table);
      CHECK(messages(fast_diagnostics.all()) == outcome.problems);
    } else {
      CHECK(dump(fast) == before);
      CHECK(messages(fast_diagnostics.all()) == "");
    }
  }
  return outcome;
}

// `text` with every `path` replaced by its file name.
std::string with_file_name(std::string text, const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  for (size_t at = text.find(path); at != std::string::npos;
       at = text.find(path, at + name.size())) {
    text.replace(at, path.size(), name);
  }
  return text;
}

// compare_readers() on `content` as scores.csv against kFramework; paths in the problems are
// shortened to "scores.csv".
Outcome compare_text(const std::string& content, std::optional<int> year = std::nullopt) {
  TemporaryFolder folder;
  const Framework framework = read_test_framework(folder);
  const std::string path = folder.write("scores.csv", content);
  Outcome outcome = compare_readers(framework, {}, {path, year});
  outcome.problems = with_file_name(outcome.problems, path);
  return outcome;
}

// A long file of `units` units scored on every leaf, with numbers written in several ways.
std::string long_file(int units, const std::string& line_end = "\n") {
  const char* const scores[][4] = {{"2.25", "3.5", "0", "17.5"},
                                   {"2", "0.125", "4", "-3"},
                                   {"1.1", "3.25", "3.999", "n/a"},
                                   {"0.1", "n/a", "1", "1234567.25"},
                                   {"+1", ".5", "2.", "0.30000000000000004"}};
  const char* const leaves[] = {"1.1", "1.2", "2.1", "2.2"};
  std::string text = "unit,year,criterion,score" + line_end;
  for (int unit = 0; unit < units; ++unit) {
    for (int leaf = 0; leaf < 4; ++leaf) {
      text += "Sở số " + std::to_string(unit + 1) + ",2022," + leaves[leaf] + "," +
              scores[unit % 5][leaf] + line_end;
    }
  }
  return text;
}

}  // namespace

TEST_CASE("scores fast path: the table it builds holds the units, places and points of the file") {
  TemporaryFolder folder;
  const Framework framework = read_test_framework(folder);
  const std::string path = folder.write("scores.csv",
                                        "unit,year,criterion,score\n"
                                        "Sở A,2022,1.1,2.5\n"
                                        "Sở B,2022,1.1,0.42\n"
                                        "Sở A,2022,1.2,n/a\n"
                                        "  Sở B  ,2022,2.2,-7\n");
  CHECK(compare_readers(framework, {}, {path, std::nullopt}).accepted == kAccepted);

  ScoreTable table(4);
  Diagnostics diagnostics;
  REQUIRE(read_scores_fast({path, std::nullopt}, framework, criterion_names(framework), 0, table,
                           diagnostics, {2}));
  CHECK(messages(diagnostics.all()) == "");
  CHECK(table.units() == std::vector<std::string>{"Sở A", "Sở B"});
  REQUIRE(table.rows().size() == 2);
  CHECK(table.rows()[0].unit == 0);
  CHECK(table.rows()[0].year == 2022);
  CHECK(table.where(0) == Location{path, 2, 1});
  CHECK(table.rows()[1].unit == 1);
  CHECK(table.rows()[1].year == 2022);
  CHECK(table.where(1) == Location{path, 3, 1});
  CHECK(table.cell(0, 0) == Cell::kPoints);
  CHECK(table.points(0, 0) == 2.5);
  CHECK(table.cell(0, 1) == Cell::kNotApplicable);
  CHECK(table.cell(0, 2) == Cell::kMissing);
  CHECK(table.cell(1, 0) == Cell::kPoints);
  CHECK(table.points(1, 0) == 0.42);
  CHECK(table.cell(1, 1) == Cell::kMissing);
  CHECK(table.points(1, 3) == -7);
  CHECK(table.years() == std::vector<int>{2022});
}

TEST_CASE("scores fast path: reads plain files of every dialect as the general reader does") {
  std::string content;
  std::optional<int> year;
  SUBCASE("a long file") { content = long_file(40); }
  SUBCASE("quoted unit names holding separators and doubled quotes, quoted years and scores") {
    content =
        "unit,year,criterion,score\n"
        "\"Sở Xây dựng, Giao thông\",2022,1.1,1\n"
        "\"Sở Xây dựng, Giao thông\",2022,1.2,\"2,5\"\n"
        "\"Sở Xây dựng, Giao thông\",\"2022\",2.1,\" 3 \"\n"
        "\"Ban \"\"Dân tộc\"\"\",2022,1.1,2\n"
        "\"Ban \"\"Dân tộc\"\"\",2022,\"1.2\",\"n/a\"\n"
        "  \"Ban \"\"Dân tộc\"\"\"  , 2022 , 2.1 , 4 \n"
        "\"\"\"Quoted\"\"\",2022,1.1,0\n";
  }
  SUBCASE("CRLF line ends") { content = long_file(12, "\r\n"); }
  SUBCASE("no line break at the end of the file") {
    content = long_file(6);
    content.pop_back();
  }
  SUBCASE("no line break at the end of a CRLF file") {
    content = long_file(6, "\r\n");
    content.resize(content.size() - 2);
  }
  SUBCASE("blank lines and lines of separators only between and after the rows") {
    content =
        "unit,year,criterion,score\n"
        "Sở A,2022,1.1,1\n"
        "\n"
        "Sở A,2022,1.2,2\n"
        ",,,\n"
        "Sở B,2022,1.1,1\n"
        " , ,\t,\n"
        "Sở B,2022,1.2,2\n"
        ",,,,,,,,\n"
        "\r\n"
        ",\n"
        "\n";
  }
  SUBCASE("';' separators, decimal commas, a byte-order mark and Vietnamese headers") {
    content =
        "\xEF\xBB\xBF"
        "Đơn vị;Năm;Tiêu chí;Điểm\r\n"
        "Sở A;2022;1.1;2,5\r\n"
        "Sở A;2022;1.2;3,25\r\n"
        "Sở A;2022;2.1;1.5\r\n"
        "Sở A;2022;2.2;-0,125\r\n"
        "Sở B, Ngành C;2022;1.1;0\r\n"
        "Sở B, Ngành C;2022;1.2;\"1,75\"\r\n";
  }
  SUBCASE("tab separators, decimal commas and a wide layout") {
    content =
        "DON VI\tNAM\t1.1\t1.2\t2.1\t2.2\n"
        "Sở A\t2022\t2,5\t3,25\tn/a\t12,5\n"
        "Sở B\t2022\t1\t0\t4\t0,1\n"
        "Sở C\t2022\t 1,5 \t3.5\t\"2\"\t-1\n";
  }
  SUBCASE("a wide layout with the year on the command line, columns named in any order") {
    content =
        "unit,2.2,1.1,2.1,1.2\n"
        "Sở A,12.5,2.5,n/a,3.25\n"
        "Sở B,0.1,1,4,0\n"
        "\"Sở C, D\",-1,1.5,\"2\",3.5\n";
    year = 2022;
  }
  SUBCASE("a wide layout with a year column that agrees with the command line") {
    content = "unit,year,2.1,1.1\nSở A,2022,1,2\nSở B,2022,n/a,N/A\n";
    year = 2022;
  }
  SUBCASE("'n/a' cells in any case, with spaces around") {
    content =
        "unit,year,criterion,score\n"
        "Sở A,2022,1.1,n/a\n"
        "Sở A,2022,1.2,N/A\n"
        "Sở A,2022,2.1, n/A \n"
        "Sở A,2022,2.2,\" N/a\"\n";
  }
  SUBCASE("a unit name composed (NFC) and decomposed (NFD) on different criteria") {
    content = "unit,year,criterion,score\n";
    content += "Sở A,2022,1.1,1\n";
    content += kDecomposedA + ",2022,1.2,2\n";
    content += "Sở A,2022,2.1,3\n";
    content += kDecomposedA + ",2022,2.2,4\n";
    content += "Sở  B,2021,1.1,1\n";
    content += "Sở B,2021,1.2,1\n";
  }
  SUBCASE("a unit spelt in other cases and with other white space, in every part, in years apart") {
    content = "unit,year,criterion,score\n";
    const char* const spellings[] = {"Sở Giao thông Vận tải", "sở giao thông vận tải",
                                     "SỞ GIAO THÔNG VẬN TẢI",
                                     "\"\rSở\xC2\xA0Giao  thông\tVận tải \""};
    const char* const kLeafIds[] = {"1.1", "1.2", "2.1", "2.2"};
    for (int y = 2021; y <= 2024; ++y) {
      for (int i = 0; i < 4; ++i) {
        content += std::string(spellings[(i + y) % 4]) + "," + std::to_string(y) + "," +
                   kLeafIds[i] + ",1\n";
      }
      content += "Sở B," + std::to_string(y) + ",1.1,1\n";
    }
  }
  SUBCASE("criteria named by name or alias instead of id, in any case, without diacritics") {
    content =
        "unit,year,criterion,score\n"
        "Sở A,2022,Kế hoạch,1\n"
        "Sở A,2022,REPORT,2\n"
        "Sở A,2022,van ban,3\n"
        "Sở A,2022,Days,4\n"
        "Sở B,2022,Plan,1\n"
        "Sở B,2022,Báo cáo định kỳ,2\n"
        "Sở B,2022,  Số ngày  ,5\n";
  }
  SUBCASE("wide scores written in every way a number can be") {
    content =
        "unit,year,1.1,1.2,2.1,2.2\n"
        "Sở A,2022,2.5,03.50,4.,123456789012345\n"
        "Sở B,2022, 2.5,3.5 ,\"4\",1234567890123456\n"
        "Sở C,2022,0.000000000000001,.5,+1,-0.5\n"
        "Sở D,2022,2.4999999999999999999,0,n/a,99999999999999999999\n"
        " Sở E,2022,1,1,1,1\n"
        "\"Sở F\",2022,1,1,1,1\n";
  }
  SUBCASE("a wide layout whose unit and year come after the scores") {
    content = "1.1,2.2,unit,1.2,year\n1,2,Sở A,3,2022\n0.5,n/a,Sở B,0,2022\n";
  }
  SUBCASE("wide columns named by name or alias") {
    content = "unit,year,Kế hoạch,bao cao,Văn bản,days\nSở A,2022,1,2,3,4\nSở B,2022,0,0,0,0\n";
  }
  SUBCASE("one unit-year whose lines any cut divides between parts") {
    content =
        "unit,year,criterion,score\n"
        "Sở A,2022,1.1,1\n"
        "Sở A,2022,1.2,2\n"
        "Sở A,2022,2.1,3\n"
        "Sở A,2022,2.2,4\n";
  }
  SUBCASE("rows not grouped by unit nor by year") {
    content =
        "unit,year,criterion,score\n"
        "Sở A,2022,1.1,1\n"
        "Sở B,2022,1.1,2\n"
        "Sở A,2021,1.1,0.5\n"
        "Sở C,2022,1.2,1\n"
        "Sở A,2022,1.2,2\n"
        "Sở B,2022,2.1,3\n"
        "Sở A,2021,1.2,0.5\n"
        "Sở C,2022,2.2,1\n"
        "Sở A,2022,2.1,2\n"
        "Sở B,2022,1.2,3\n";
  }
  SUBCASE("columns in another order, and a column of notes") {
    content =
        "criterion,score,ghi chú,year,unit\n"
        "1.1,1,,2022,Sở A\n"
        "1.2,2,tự chấm,2022,Sở A\n"
        "1.1,1,\"a, b\",2022,Sở B\n"
        "2.1,3,,2022,Sở A\n";
  }
  SUBCASE("a long file with a column of notes") {
    content =
        "unit,year,criterion,score,ghi chú\n"
        "Sở A,2022,1.1,1,\n"
        "Sở A,2022,1.2,2,đã thẩm định\n"
        "Sở A,2022,2.1,3,\"có dấu phẩy, và \"\"ngoặc\"\"\"\n"
        "Sở B,2022,1.1,1,ghi chú\n";
  }
  SUBCASE("the year of a file without a year column, given on the command line") {
    content = "unit,criterion,score\nSở A,1.1,1\nSở A,1.2,2\nSở B,1.1,0\n";
    year = 2022;
  }
  SUBCASE("a header without rows") { content = "unit,year,criterion,score\n"; }
  const Outcome outcome = compare_text(content, year);
  CHECK(outcome.problems == "");
  CHECK(outcome.accepted == kAccepted);
}

TEST_CASE("scores fast path: declines a file with a problem, which the general reader reports") {
  std::string content;
  std::optional<int> year;
  std::string problems;  // the general reader's
  SUBCASE("a score above the maximum") {
    content = long_file(3) + "Sở Z,2022,1.1,2.75\n";
    problems =
        "scores.csv:14:15: error: score '2.75' is above the maximum 2.5 of criterion '1.1'\n";
  }
  SUBCASE("a negative score") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.2,-0.5\n";
    problems =
        "scores.csv:3:15: error: score '-0.5' is negative; scores are points achieved, from 0\n";
  }
  SUBCASE("a score given twice on neighbouring lines") {
    content =
        "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.1,1\n" + long_file(3).substr(26);
    problems = "scores.csv:3:15: error: unit 'Sở A' is scored twice on criterion '1.1' in 2022\n";
  }
  SUBCASE("a score given twice, on the first line and the last, so in different parts") {
    content = "unit,year,criterion,score\nSở A,2022,2.1,1\n" + long_file(3).substr(26) +
              "Sở A,2022,2.1,1\n";
    problems = "scores.csv:15:15: error: unit 'Sở A' is scored twice on criterion '2.1' in 2022\n";
  }
  SUBCASE("a score given twice, under the composed and the decomposed name") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở B,2022,1.1,1\n" + kDecomposedA +
              ",2022,1.1,2\n";
    problems = "scores.csv:4:17: error: unit 'Sở A' is scored twice on criterion '1.1' in 2022\n";
  }
  SUBCASE("a score given twice, under two spellings of the unit in different parts") {
    content = "unit,year,criterion,score\nSở A,2022,2.1,1\n" + long_file(3).substr(26) +
              "SỞ\xC2\xA0"
              "a,2022,2.1,1\n";
    problems = "scores.csv:15:15: error: unit 'Sở A' is scored twice on criterion '2.1' in 2022\n";
  }
  SUBCASE("a score given twice, under the criterion's id and its name") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.2,1\nSở A,2022,Plan,1\n";
    problems = "scores.csv:4:16: error: unit 'Sở A' is scored twice on criterion '1.1' in 2022\n";
  }
  SUBCASE("an unknown criterion") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,9.9,1\n";
    problems = "scores.csv:3:11: error: unknown criterion '9.9'\n";
  }
  SUBCASE("a criterion with sub-criteria") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,2,1\n";
    problems =
        "scores.csv:3:11: error: criterion '2' has sub-criteria; scores are given for its "
        "sub-criteria, such as '2.1'\n";
  }
  SUBCASE("a row with too few fields") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.2\n";
    problems = "scores.csv:3:11: error: row has 3 fields but the header has 4\n";
  }
  SUBCASE("a row with too many fields, after a row of the same unit-year") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.2,1,5\n";
    problems = "scores.csv:3:17: error: row has 5 fields but the header has 4\n";
  }
  SUBCASE("a wide score above the maximum") {
    content = "unit,year,1.1,1.2\nSở A,2022,1,2\nSở B,2022,2.51,2\n";
    problems = "scores.csv:3:11: error: score '2.51' is above the maximum 2.5 of criterion '1.1'\n";
  }
  SUBCASE("a wide row with too many fields") {
    content = "unit,year,1.1,1.2\nSở A,2022,1,2\nSở B,2022,1,2,3\n";
    problems = "scores.csv:3:15: error: row has 5 fields but the header has 4\n";
  }
  SUBCASE("a wide row with too few fields") {
    content = "unit,year,1.1,1.2\nSở A,2022,1,2\nSở B,2022,1\n";
    problems = "scores.csv:3:11: error: row has 3 fields but the header has 4\n";
  }
  SUBCASE("invalid UTF-8 in a unit name") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nS\xFF A,2022,1.1,1\n";
    problems =
        "scores.csv:3:2: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)\n";
  }
  SUBCASE("invalid UTF-8 in a column of notes, on a unit-year's first line") {
    content = "unit,year,criterion,score,note\nSở A,2022,1.1,1,ok\nSở B,2022,1.1,1,\xC3\n";
    problems =
        "scores.csv:3:17: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)\n";
  }
  SUBCASE("invalid UTF-8 in a column of notes, on a unit-year's later line") {
    content = "unit,year,criterion,score,note\nSở A,2022,1.1,1,ok\nSở A,2022,1.2,1,\xC3\n";
    problems =
        "scores.csv:3:17: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)\n";
  }
  SUBCASE("invalid UTF-8 in a wide file's score") {
    content = "unit,year,1.2,1.1\nSở A,2022,1,1\nSở B,2022,1,1\xE1\xBA\n";
    problems =
        "scores.csv:3:14: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)\n";
  }
  SUBCASE("invalid UTF-8 in a criterion") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.\x80,1\n";
    problems =
        "scores.csv:3:13: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)\n";
  }
  SUBCASE("a bidi override in a unit name") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở \xE2\x80\xAE B,2022,1.1,1\n";
    problems =
        "scores.csv:3:4: error: unit name holds the bidi control U+202E; delete it (names may hold "
        "no control or bidi characters)\n";
  }
  SUBCASE("a bidi isolate in a unit name of the file's last part") {
    content = long_file(3) + "Sở \xE2\x81\xA6Z\xE2\x81\xA9,2022,1.1,1\n";
    problems =
        "scores.csv:14:4: error: unit name holds the bidi control U+2066; delete it (names may "
        "hold "
        "no control or bidi characters)\n";
  }
  SUBCASE("a control character in a quoted unit name of a wide file") {
    content =
        "unit,year,1.1,1.2\nSở A,2022,1,2\n\"Sở \x07"
        "B\",2022,1,2\n";
    problems =
        "scores.csv:3:5: error: unit name holds the control character U+0007; delete it (names may "
        "hold no control or bidi characters)\n";
  }
  SUBCASE("a C1 control and a left-to-right mark in unit names of a wide file") {
    content = "unit,year,1.1,1.2\nSở A,2022,1,2\nSở \xC2\x85,2022,1,2\nSở\xE2\x80\x8E C,2022,1,2\n";
    problems =
        "scores.csv:3:4: error: unit name holds the control character U+0085; delete it (names may "
        "hold no control or bidi characters)\n"
        "scores.csv:4:3: error: unit name holds the bidi control U+200E; delete it (names may hold "
        "no control or bidi characters)\n";
  }
  // A line break inside quotes is valid CSV: the general reader reads it, the fast path leaves
  // it to the general reader.
  SUBCASE("a quoted unit name with a line break inside") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\n\"Sở\nB\",2022,1.1,1\n";
  }
  SUBCASE("a quoted note with a line break inside") {
    content = "unit,year,criterion,score,note\nSở A,2022,1.1,1,\"a\nb\"\nSở A,2022,1.2,1,\n";
  }
  SUBCASE("a quote left open") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.2,\"1\n";
    problems = "scores.csv:3:15: error: quoted field is not closed; add the closing '\"'\n";
  }
  SUBCASE("text after a closing quote") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\n\"Sở\" A,2022,1.2,1\n";
    problems =
        "scores.csv:3:6: error: unexpected text after a closing quote; a quote inside a quoted "
        "field is written '\"\"'\n";
  }
  SUBCASE("a quote inside an unquoted field") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở \"A\",2022,1.2,1\n";
    problems =
        "scores.csv:3:4: error: unexpected quote inside an unquoted field; quote the whole field "
        "and double the quote\n";
  }
  SUBCASE("a year that is not a year") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,22,1.2,1\n";
    problems = "scores.csv:3:6: error: year '22' is not a year such as 2022\n";
  }
  SUBCASE("a year that differs from the command line") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở B,2021,1.2,1\n";
    year = 2022;
    problems =
        "scores.csv:3:6: error: year '2021' differs from the year 2022 given for this file on the "
        "command line\n";
  }
  SUBCASE("an empty unit name") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\n  ,2022,1.2,1\n";
    problems = "scores.csv:3:3: error: unit name is empty\n";
  }
  SUBCASE("an empty quoted unit name") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\n\"\",2022,1.2,1\n";
    problems = "scores.csv:3:1: error: unit name is empty\n";
  }
  SUBCASE("an empty score") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.2,\n";
    problems =
        "scores.csv:3:15: error: score of criterion '1.2' is empty; write 0, or 'n/a' if the "
        "criterion does not apply\n";
  }
  SUBCASE("a score with a thousands separator") {
    content = "unit;year;criterion;score\nSở A;2022;2.2;1.234,5\n";
    problems =
        "scores.csv:2:15: error: score '1.234,5' has both '.' and ','; write the number without a "
        "thousands separator\n";
  }
  SUBCASE("a point that may group thousands in a long file with decimal commas") {
    content = "unit;year;criterion;score\nSở A;2022;1.1;1,5\nSở A;2022;2.2;1.234\n";
    problems =
        "scores.csv:3:15: error: score '1.234' has a '.' before three digits, which may be a "
        "thousands "
        "separator in a file with decimal commas; write '1234' for the whole number, or '1,234' "
        "for a decimal, or give --no-thousands if the files never group thousands\n";
  }
  SUBCASE("a point that may group thousands in a wide file with decimal commas") {
    content = "unit;year;1.1;2.2\nSở A;2022;1,5;2\nSở B;2022;1;1.234\n";
    problems =
        "scores.csv:3:13: error: score '1.234' has a '.' before three digits, which may be a "
        "thousands "
        "separator in a file with decimal commas; write '1234' for the whole number, or '1,234' "
        "for a decimal, or give --no-thousands if the files never group thousands\n";
  }
  SUBCASE("a quoted comma that may group thousands in a comma-separated file") {
    content = "unit,year,1.1,2.2\nSở A,2022,1.5,2\nSở B,2022,1,\"1,234\"\n";
    problems =
        "scores.csv:3:13: error: score '1,234' has a ',' before three digits, which may be a "
        "thousands "
        "separator in a file with decimal points; write '1234' for the whole number, or '1.234' "
        "for a "
        "decimal, or give --no-thousands if the files never group thousands\n";
  }
  SUBCASE("a NUL byte inside a score, which used to end the line silently") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,1\nSở A,2022,1.2,1" + std::string(1, '\0') +
              "999\n";
    problems =
        "scores.csv:3:16: error: NUL byte (character 0) in the text; a CSV file has none: save it "
        "again as "
        "\"CSV UTF-8\" (a file saved as UTF-16 has one in every character)\n";
  }
  SUBCASE("a quoted score with a space inside") {
    content = "unit,year,criterion,score\nSở A,2022,1.1,\"1, 5\"\n";
    problems =
        "scores.csv:2:15: error: score '1, 5' has a space inside; write the number without a "
        "thousands separator\n";
  }
  SUBCASE("a wide file that scores a unit-year on neighbouring lines") {
    content = "unit,year,1.1,1.2\nSở A,2022,1,2\nSở A,2022,1,2\n";
    problems =
        "scores.csv:3:1: error: unit 'Sở A' already has scores for 2022 (scores.csv line 2)\n";
  }
  SUBCASE("a wide file that scores a unit-year on its first line and its last") {
    content =
        "unit,year,1.1,1.2\nSở A,2022,1,2\nSở B,2022,1,2\nSở C,2022,1,2\nSở D,2022,1,2\n"
        "Sở E,2022,1,2\nSở A,2022,1,2\n";
    problems =
        "scores.csv:7:1: error: unit 'Sở A' already has scores for 2022 (scores.csv line 2)\n";
  }
  SUBCASE("a wide file that scores a unit-year under the composed and the decomposed name") {
    content = "unit,year,1.1,1.2\nSở A,2022,1,2\n" + kDecomposedA + ",2022,1,2\n";
    problems =
        "scores.csv:3:1: error: unit 'Sở A' already has scores for 2022 (scores.csv line 2)\n";
  }
  const Outcome outcome = compare_text(content, year);
  CHECK(outcome.accepted == kDeclined);
  CHECK(outcome.problems == problems);
}

TEST_CASE("scores fast path: declines a file in another encoding, which the general reader reads") {
  std::string content;
  std::string problems;  // the general reader's
  SUBCASE("UTF-16 with a byte-order mark") {
    const std::string text = "unit,year,criterion,score\nUBND A,2022,1.1,1\n";
    content = "\xFF\xFE";
    for (char c : text) content += std::string{c, '\0'};
  }
  SUBCASE("Windows-1258, its letters decomposed as Excel writes them") {
    content =
        "unit,year,criterion,score\nS\xF5\xD2 N\xF4\xF2i vu\xF2,2022,1.1,1\n"
        "S\xF5\xD2 T\xFD pha\xECp,2022,1.2,2\n";
    problems =
        "scores.csv: warning: the file is not UTF-8 and was read as Windows-1258, as Excel's "
        "\"CSV (Comma delimited)\" saves it on Vietnamese Windows; to avoid this, save it as "
        "\"CSV UTF-8\" (in Excel 2010 and 2013, which have no \"CSV UTF-8\": as \"Unicode "
        "Text\"), or pass the .xlsx file itself\n";
  }
  SUBCASE("unit names typed in the TCVN3 font") {
    content = "unit,year,criterion,score\nSë Néi vô,2022,1.1,1\nSë T\u00AD ph¸p,2022,1.2,2\n";
    problems =
        "scores.csv: warning: the text was typed in the legacy TCVN3 (.VnTime) font and was "
        "converted to Unicode ('Së' is read as 'Sở'); to avoid this, convert the file to Unicode "
        "(Unikey's converter does), or give --encoding utf-8 to read it as it is\n";
  }
  SUBCASE("unit names typed in the VNI font, in a wide file") {
    content = "unit,year,1.1,1.2\nSôû Noäi vuï,2022,1,2\nSôû Tö phaùp,2022,1,2\n";
    problems =
        "scores.csv: warning: the text was typed in the legacy VNI (VNI-Times) font and was "
        "converted to Unicode ('Sôû' is read as 'Sở'); to avoid this, convert the file to Unicode "
        "(Unikey's converter does), or give --encoding utf-8 to read it as it is\n";
  }
  SUBCASE("letters lost to '?' in a unit name") {
    content = "unit,year,criterion,score\nS? N?i v?,2022,1.1,1\n";
    problems =
        "scores.csv:2:4: error: 'N?i' has '?' in place of letters: the file was saved in a code "
        "page without Vietnamese letters, which replaced them with '?'; export it again from the "
        "original as \"CSV UTF-8\" (in Excel 2010 and 2013, which have no \"CSV UTF-8\": as "
        "\"Unicode Text\"), or pass the .xlsx file itself\n";
  }
  const Outcome outcome = compare_text(content);
  CHECK(outcome.accepted == kDeclined);
  CHECK(outcome.problems == problems);
}

TEST_CASE(
    "scores fast path: reads clean Vietnamese and French names, and declines for --encoding") {
  TemporaryFolder folder;
  const Framework framework = read_test_framework(folder);
  const CriterionNames names = criterion_names(framework);
  const std::string path = folder.write(
      "scores.csv", "unit,year,criterion,score\nSở Nội vụ,2022,1.1,1\nNoël Müller,2022,1.1,2\n");
  Diagnostics diagnostics;
  ScoreTable table(4);
  CHECK(read_scores_fast({path, std::nullopt}, framework, names, 0, table, diagnostics));
  CHECK(messages(diagnostics.all()) == "");
  // --encoding other than utf-8 sends every file to the general reader, which converts it.
  ReadOptions options;
  options.encoding = Encoding::kTcvn3;
  ScoreTable converted(4);
  read_scores({path, std::nullopt}, framework, converted, options, diagnostics);
  CHECK(converted.units() == std::vector<std::string>{"Sở Nội vụ", "Noởl Mỹller"});
}

TEST_CASE("scores fast path: adds a file to a table that holds the rows of another") {
  TemporaryFolder folder;
  const Framework framework = read_test_framework(folder);
  const std::string first = folder.write(
      "2022-long.csv",
      "unit,year,criterion,score\nSở A,2022,1.1,1\nSở B,2022,1.1,2\nSở A,2022,1.2,n/a\n");
  std::vector<ScoresSource> earlier = {{first, std::nullopt}};
  std::string content;
  std::optional<int> year;
  std::vector<bool> accepted = kAccepted;
  std::string problems;  // the general reader's
  SUBCASE("a wide file of another year, without a year column") {
    earlier = {{folder.write("2021-long.csv",
                             "unit,year,criterion,score\nSở A,2021,1.1,1\nSở B,2021,1.2,2\n"),
                std::nullopt}};
    content =
        "unit,1.1,1.2,2.1,2.2\nSở B,2.5,3,n/a,1\nSở C,0,0,0,0\n" + kDecomposedA + ",1,1,1,1\n";
    year = 2022;
  }
  SUBCASE("a long file that scores the first file's unit-years on other criteria") {
    content = "unit,year,criterion,score\nSở C,2022,1.1,1\nSở A,2022,2.1,1\n" + kDecomposedA +
              ",2022,2.2,8\nSở B,2022,1.2,3\nSở C,2022,1.2,1\n";
  }
  SUBCASE("a long file that repeats a score of the first file") {
    content = "unit,year,criterion,score\nSở C,2022,1.1,1\nSở A,2022,2.1,1\nSở B,2022,1.1,2\n";
    accepted = kDeclined;
    problems = "scores.csv:4:15: error: unit 'Sở B' is scored twice on criterion '1.1' in 2022\n";
  }
  SUBCASE("a long file that repeats a score of the first file under its decomposed name") {
    content = "unit,year,criterion,score\nSở C,2022,1.1,1\n" + kDecomposedA + ",2022,1.2,2\n";
    accepted = kDeclined;
    problems = "scores.csv:3:17: error: unit 'Sở A' is scored twice on criterion '1.2' in 2022\n";
  }
  SUBCASE("units each in a year of their own: the index of units × years would be sparse") {
    // 70 units × 70 years is 4,900 places for 70 rows: the fast path leaves such a file to the
    // general reader, which reads it without a problem.
    content = "unit,year,criterion,score\n";
    for (int k = 0; k < 70; ++k)
      content += "Xã " + std::to_string(k) + "," + std::to_string(1950 + k) + ",1.1,1\n";
    accepted = kDeclined;
  }
  SUBCASE("a wide file that scores a unit-year of the first file again") {
    content = "unit,year,2.1,2.2\nSở C,2022,1,2\nSở B,2022,1,2\n";
    accepted = kDeclined;
    problems =
        "scores.csv:3:1: error: unit 'Sở B' already has scores for 2022 (2022-long.csv line 3)\n";
  }
  const std::string path = folder.write("scores.csv", content);
  Outcome outcome = compare_readers(framework, earlier, {path, year});
  CHECK(outcome.accepted == accepted);
  CHECK(with_file_name(with_file_name(outcome.problems, path), first) == problems);
}

TEST_CASE("scores fast path: reads the sample province's files as the general reader does") {
  const std::string samples = CHISO_DATA_SAMPLES;
  Diagnostics diagnostics;
  const Framework framework = read_framework(samples + "/framework.csv", {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  const ScoresSource long_2021{samples + "/scores-2021.csv", std::nullopt};
  const ScoresSource wide_2022{samples + "/scores-2022.csv", 2022};
  SUBCASE("a long file") {
    const Outcome outcome = compare_readers(framework, {}, long_2021);
    CHECK(outcome.problems == "");
    CHECK(outcome.accepted == kAccepted);
  }
  SUBCASE("a wide file after the long file of the year before") {
    const Outcome outcome = compare_readers(framework, {long_2021}, wide_2022);
    CHECK(outcome.problems == "");
    CHECK(outcome.accepted == kAccepted);
  }
  SUBCASE("Excel's Vietnamese CSV: byte-order mark, ';', CRLF, decimal commas, NFD names") {
    const Outcome outcome = compare_readers(
        framework, {long_2021}, {samples + "/dialects/excel-vi-2022.csv", std::nullopt});
    CHECK(outcome.problems == "");
    CHECK(outcome.accepted == kAccepted);
  }
  SUBCASE("a wide file with tabs") {
    const Outcome outcome =
        compare_readers(framework, {}, {samples + "/dialects/tab-wide-2022.tsv", 2022});
    CHECK(outcome.problems == "");
    CHECK(outcome.accepted == kAccepted);
  }
  SUBCASE("the same wide file twice") {
    const Outcome outcome = compare_readers(framework, {wide_2022}, wide_2022);
    CHECK(outcome.accepted == kDeclined);
  }
}

TEST_CASE(
    "scores fast path: declines a sheet laid out for people, which the general reader reads") {
  TemporaryFolder folder;
  const Framework framework = read_test_framework(folder);
  const std::string rows = "Sở A,2022,1,2,3,4";
  for (const std::string& content : std::vector<std::string>{
           "Bảng điểm,,,,,\nunit,year,1.1,1.2,2.1,2.2\n" + rows + "\n",  // a title row
           "STT,unit,year,1.1,1.2,2.1,2.2\n1," + rows + "\n",            // STT
           "unit,year,1.1,1.2,2.1,2.2,\n" + rows + ",\n",                // an empty column
           "unit,year,1.1,1.2,2.1,2.2,Tổng điểm\n" + rows + ",10\n",     // a total
           std::string("unit,year,Nhóm,1.1,1.2,2.1,2.2\nSở A,2022,Sở,1,2,3,4\n"),  // a group
           "unit,year,1.1,1.2,2.1,2.2,Xếp hạng\n" + rows + ",1\n",  // a published rank
           "unit,year,Lĩnh vực 1,,Lĩnh vực 2,\n,,1.1,1.2,2.1,2.2\n" + rows + "\n"}) {  // two rows
    CAPTURE(content);
    const std::string path = folder.write("scores.csv", content);
    ScoreTable table(4);
    Diagnostics diagnostics;
    CHECK_FALSE(read_scores_fast({path, std::nullopt}, framework, criterion_names(framework), 0,
                                 table, diagnostics));
    CHECK(table.rows().empty());
    read_scores_general({path, std::nullopt}, framework, criterion_names(framework), table, {},
                        diagnostics);
    CHECK(messages(diagnostics) == "");
    CHECK(table.rows().size() == 1);
  }
}

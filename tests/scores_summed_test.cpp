// Tests of read_scores_summed, which adds each line of a wide scores file up as it reads it,
// against the general reader followed by check_scores and aggregate(): in any number of parts it
// either gives the very rows and results (to the bit) those give, without any problem to
// report, or declines and reports nothing.
#include "io/scores_summed.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <iomanip>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/io/framework_reader.h"
#include "chiso/io/scores_reader.h"
#include "io/scores_layout.h"
#include "messages.h"
#include "temporary_folder.h"

using namespace chiso;

namespace {

class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("scores-summed-test") {}
};

using testing::messages;

// Two fields of sums: 1 (1.1 max 2.5, 1.2 max 3.5) and 2 (2.1 max 4, 2.2 max 0.3).
const char* const kSums =
    "id,parent,name,max\n"
    "1,,\"Chỉ đạo, điều hành\",\n"
    "1.1,1,Kế hoạch,2.5\n"
    "1.2,1,Báo cáo,3.5\n"
    "2,,Thể chế,\n"
    "2.1,2,Văn bản,4\n"
    "2.2,2,Kiểm tra,0.3\n";

// The same leaves, the fields weighted 40/60 and field 2 the plain mean of its criteria.
const char* const kMeans =
    "id,parent,name,max,weight,combine\n"
    "1,,\"Chỉ đạo, điều hành\",6,40,\n"
    "1.1,1,Kế hoạch,2.5,,\n"
    "1.2,1,Báo cáo,3.5,,\n"
    "2,,Thể chế,50,60,mean\n"
    "2.1,2,Văn bản,4,,\n"
    "2.2,2,Kiểm tra,0.3,,\n";

// kSums with 2.2 a raw number of days, scaled across the units of a year.
const char* const kNormalised =
    "id,parent,name,max,normalise\n"
    "1,,\"Chỉ đạo, điều hành\",,\n"
    "1.1,1,Kế hoạch,2.5,\n"
    "1.2,1,Báo cáo,3.5,\n"
    "2,,Thể chế,,\n"
    "2.1,2,Văn bản,4,\n"
    "2.2,2,Kiểm tra,0.3,minmax\n";

Framework read_test_framework(const TemporaryFolder& folder, const char* text) {
  Diagnostics diagnostics;
  Framework framework = read_framework(folder.write("framework.csv", text), {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  return framework;
}

// 17 significant digits tell every double apart.
std::string bits(double value) {
  std::ostringstream out;
  out << std::setprecision(17) << value;
  return out.str();
}

std::string text(const UnitResult& result) {
  std::string out = "total " + bits(result.total.points) + "/" + bits(result.total.max);
  for (const Subtotal& field : result.fields)
    out += ", field " + bits(field.points) + "/" + bits(field.max);
  return out;
}

// Every row of `table` (unit, year, place) and its result, to the bit.
std::string dump(const ScoreTable& table, const std::vector<UnitResult>& results) {
  std::ostringstream out;
  for (size_t row = 0; row < table.rows().size(); ++row) {
    const UnitYear& unit_year = table.rows()[row];
    const Location where = table.where(static_cast<int>(row));
    out << table.units()[static_cast<size_t>(unit_year.unit)] << " (unit " << unit_year.unit
        << "), " << unit_year.year << ", at "
        << std::filesystem::path(where.file).filename().string() << ':' << where.line << ':'
        << where.column << ": " << text(results[row]) << "\n";
  }
  return out.str();
}

// The results of `table` as aggregate() gives them, one per row, in row order.
std::vector<UnitResult> aggregated(const Framework& framework, const ScoreTable& table) {
  std::vector<UnitResult> by_row(table.rows().size());
  for (int year : table.years()) {
    std::vector<UnitResult> results = aggregate(framework, table, year);
    size_t next = 0;
    for (size_t row = 0; row < table.rows().size(); ++row) {
      if (table.rows()[row].year == year) by_row[row] = results[next++];
    }
  }
  return by_row;
}

const std::vector<int> kParts = {1, 2, 3, 5};
const std::vector<bool> kAccepted(kParts.size(), true);
const std::vector<bool> kDeclined(kParts.size(), false);

// What the general reader and the summing reader made of a file.
struct Outcome {
  std::vector<bool> accepted;  // by the summing reader, for each of kParts
  std::string problems;        // of the general reader and check_scores
  std::string rows;            // the general reader's rows and aggregate()'s results
};

// Reads `content` (scores.csv) with the general reader, check_scores and aggregate(), then
// with the summing reader in each of kParts, and checks that the summing reader gave the same
// rows, places and results with no problem to report, or declined and reported nothing.
Outcome compare_readers(const char* framework_text, const std::string& content,
                        std::optional<int> year = std::nullopt) {
  TemporaryFolder folder;
  const Framework framework = read_test_framework(folder, framework_text);
  const ScoresSource source{folder.write("scores.csv", content), year};
  const CriterionNames names = criterion_names(framework);

  ScoreTable general(static_cast<int>(framework.leaves().size()));
  Diagnostics general_diagnostics;
  try {
    read_scores_general(source, framework, names, general, {}, general_diagnostics);
    if (!general_diagnostics.has_errors()) check_scores(framework, general, general_diagnostics);
  } catch (const InputError& error) {
    general_diagnostics.append(error.diagnostics());
  }
  // Problems name the files without the scratch folder.
  std::string problems = messages(general_diagnostics.all());
  const std::string folder_path = folder.path("");
  for (size_t at = problems.find(folder_path); at != std::string::npos;
       at = problems.find(folder_path, at)) {
    problems.erase(at, folder_path.size());
  }
  Outcome outcome{{}, problems, ""};
  if (!general_diagnostics.has_errors())
    outcome.rows = dump(general, aggregated(framework, general));

  for (int parts : kParts) {
    CAPTURE(parts);
    Diagnostics diagnostics;
    std::optional<SummedScores> summed =
        read_summed_fast(source, framework, names, 0, diagnostics, {parts});
    outcome.accepted.push_back(summed.has_value());
    if (summed) {
      CHECK(outcome.problems == "");
      CHECK(summed->table.leaf_count() == 0);
      size_t subtotals = 0;
      for (const std::vector<Subtotal>& piece : summed->sums.pieces) subtotals += piece.size();
      REQUIRE(subtotals == summed->table.rows().size() * (1 + framework.fields().size()));
      std::vector<UnitResult> results;
      for (size_t row = 0; row < summed->table.rows().size(); ++row) {
        results.push_back(summed->sums.result(summed->table, static_cast<int>(row), true));
      }
      CHECK(dump(summed->table, results) == outcome.rows);
      CHECK(summed->table.units() == general.units());
    }
    CHECK(messages(diagnostics.all()) == "");
  }
  return outcome;
}

}  // namespace

TEST_CASE("summing reader: adds each line up as aggregate() adds up the general reader's table") {
  SUBCASE("the results of a small file, by hand") {
    const Outcome outcome = compare_readers(kSums,
                                            "unit,year,1.1,1.2,2.1,2.2\n"
                                            "Sở A,2022,2.5,3.25,n/a,0.1\n"
                                            "Sở B,2022,1,0.5,4,0.2\n"
                                            "Sở A,2023,0.1,0.2,0.3,0.3\n");
    CHECK(outcome.accepted == kAccepted);
    // By hand: Sở A's 2023 field 1 is 0.1 + 0.2, which is not 0.3 in binary; field 2 is
    // 0 + 0.3 + 0.3 (n/a adds nothing). The sums are the framework's, in its order.
    CHECK(outcome.rows ==
          "Sở A (unit 0), 2022, at scores.csv:2:1: total 5.8499999999999996/6.2999999999999998, "
          "field 5.75/6, "
          "field 0.10000000000000001/0.29999999999999999\n"
          "Sở B (unit 1), 2022, at scores.csv:3:1: total 5.7000000000000002/10.300000000000001, "
          "field 1.5/6, "
          "field 4.2000000000000002/4.2999999999999998\n"
          "Sở A (unit 0), 2023, at scores.csv:4:1: total 0.90000000000000002/10.300000000000001, "
          "field 0.30000000000000004/6, field 0.59999999999999998/4.2999999999999998\n");
  }
  SUBCASE("weighted fields and a field that is the mean of its criteria") {
    const Outcome outcome = compare_readers(kMeans,
                                            "unit,year,1.1,1.2,2.1,2.2\n"
                                            "Sở A,2022,2.5,3.25,n/a,0.1\n"
                                            "Sở B,2022,1,0.5,4,0.2\n");
    CHECK(outcome.accepted == kAccepted);
    CHECK(outcome.rows != "");
  }
}

TEST_CASE("summing reader: reads every dialect of a wide file the fast path reads") {
  std::string content;
  std::optional<int> year;
  SUBCASE("many units and years, in two and more parts") {
    content = "unit,year,1.1,1.2,2.1,2.2\n";
    const char* const scores[] = {"2.25,3.5,0,0.3", "2,0.125,4,n/a", "1.1,3.25,3.999,0.07",
                                  "0.1,n/a,1,0"};
    for (int y = 2020; y <= 2023; ++y) {
      for (int unit = 1; unit <= 25; ++unit) {
        content += "Sở số " + std::to_string(unit) + "," + std::to_string(y) + "," +
                   scores[(unit + y) % 4] + "\n";
      }
    }
  }
  SUBCASE(
      "a unit spelt in other cases and with other white space, year after year, in two and more "
      "parts") {
    content = "unit,year,1.1,1.2,2.1,2.2\n";
    const char* const spellings[] = {"Sở Giao thông Vận tải", "sở giao thông vận tải",
                                     "SỞ GIAO THÔNG VẬN TẢI",
                                     "\"\rSở\xC2\xA0Giao  thông\tVận tải \""};
    for (int y = 2000; y < 2040; ++y) {
      content += std::string(spellings[y % 4]) + "," + std::to_string(y) + ",1,2,3,0.1\n";
      content += "Sở B," + std::to_string(y) + ",2,1,0,0\n";
    }
  }
  SUBCASE(
      "quoted names with separators and quotes, spaces, CRLF, a blank line, no final line break") {
    content =
        "unit,year,1.1,1.2,2.1,2.2\r\n"
        "\"Sở Xây dựng, Giao thông\",2022,1,\"2,5\",3,0.1\r\n"
        "  \"Ban \"\"Dân tộc\"\"\"  , 2022 , 2 , n/a , 4 , 0.2 \r\n"
        ",,,,,\r\n"
        "Sở C,\"2022\",+1,.5,2.,N/A";
  }
  SUBCASE("the scores before the unit and year") {
    content =
        "1.1,1.2,2.1,2.2,unit,year\n"
        "1,2,3,0.1,Sở A,2022\n"
        "2,n/a,4,0.2,\"Sở B\",2022\n";
  }
  SUBCASE("criteria named instead of their ids, and no year column (YEAR=FILE)") {
    content =
        "Đơn vị,Kế hoạch,Báo cáo,Văn bản,Kiểm tra\n"
        "Sở A,1,2,3,0.1\n"
        "Sở B,2,n/a,4,0.2\n";
    year = 2022;
  }
  SUBCASE("a semicolon file with decimal commas") {
    content =
        "unit;year;1.1;1.2;2.1;2.2\n"
        "Sở A;2022;1,5;2;3;0,1\n"
        "Sở B;2022;2,25;n/a;4;0,2\n";
  }
  CAPTURE(content);
  const Outcome outcome = compare_readers(kSums, content, year);
  CHECK(outcome.accepted == kAccepted);
  CHECK(outcome.rows != "");
}

TEST_CASE("summing reader: declines what it does not add up, and reports nothing") {
  const char* framework = kSums;
  std::string content;
  std::string problems;
  SUBCASE("a long file") {
    content =
        "unit,year,criterion,score\nSở A,2022,1.1,2\nSở A,2022,1.2,2\nSở A,2022,2.1,2\nSở "
        "A,2022,2.2,0.2\n";
  }
  SUBCASE("a wide file without a column for every leaf") {
    content = "unit,year,1.1,1.2,2.1\nSở A,2022,1,2,3\n";
    problems =
        "framework.csv:7:1: error: nobody was scored on criterion '2.2' in 2022; give its scores, "
        "or --missing "
        "zero to count it as 0 points for every unit\n";
  }
  SUBCASE("a framework with a normalised leaf") {
    framework = kNormalised;
    content = "unit,year,1.1,1.2,2.1,2.2\nSở A,2022,1,2,3,0.1\nSở B,2022,1,2,3,0.2\n";
  }
  SUBCASE("a unit whose every criterion is n/a") {
    content = "unit,year,1.1,1.2,2.1,2.2\nSở A,2022,1,2,3,0.1\nSở B,2022,n/a,n/a,n/a,n/a\n";
    problems =
        "scores.csv:3:1: error: every criterion of unit 'Sở B' is 'n/a' in 2022; it cannot be "
        "ranked\n";
  }
  SUBCASE("an empty score") {
    content = "unit,year,1.1,1.2,2.1,2.2\nSở A,2022,1,,3,0.1\n";
    problems =
        "scores.csv:2:13: error: score of criterion '1.2' is empty; write 0, or 'n/a' if the "
        "criterion does not apply\n";
  }
  SUBCASE("a score above its criterion's maximum") {
    content = "unit,year,1.1,1.2,2.1,2.2\nSở A,2022,1,2,3,0.31\n";
    problems = "scores.csv:2:17: error: score '0.31' is above the maximum 0.3 of criterion '2.2'\n";
  }
  SUBCASE("a point that may group thousands in a file with decimal commas") {
    content = "unit;year;1.1;1.2;2.1;2.2\nSở A;2022;1;2;1.250;0,1\n";
    problems =
        "scores.csv:2:15: error: score '1.250' has a '.' before three digits, which may be a "
        "thousands "
        "separator in a file with decimal commas; write '1250' for the whole number, or '1,250' "
        "for a decimal, or give --no-thousands if the files never group thousands\n";
  }
  SUBCASE("a NUL byte inside a score") {
    content = "unit,year,1.1,1.2,2.1,2.2\nSở A,2022,1,2,3,0.1" + std::string(1, '\0') + "9\n";
    problems =
        "scores.csv:2:20: error: NUL byte (character 0) in the text; a CSV file has none: save it "
        "again as "
        "\"CSV UTF-8\" (a file saved as UTF-16 has one in every character)\n";
  }
  SUBCASE("two columns naming one leaf") {
    content = "unit,year,1.1,1.2,2.1,2.2,Kế hoạch\nSở A,2022,1,2,3,0.1,1\n";
    problems = "scores.csv:2:21: error: unit 'Sở A' is scored twice on criterion '1.1' in 2022\n";
  }
  SUBCASE("a unit-year given twice, far apart, so that parts see one each") {
    content = "unit,year,1.1,1.2,2.1,2.2\nSở A,2022,1,2,3,0.1\n";
    for (int unit = 1; unit <= 30; ++unit)
      content += "Sở số " + std::to_string(unit) + ",2022,1,2,3,0.1\n";
    content += "Sở A,2022,1,2,3,0.1\n";
    problems =
        "scores.csv:33:1: error: unit 'Sở A' already has scores for 2022 (scores.csv line 2)\n";
  }
  SUBCASE("a bidi override in a unit name") {
    content = "unit,year,1.1,1.2,2.1,2.2\nSở A,2022,1,2,3,0.1\nSở\xE2\x80\xAE B,2022,1,2,3,0.1\n";
    problems =
        "scores.csv:3:3: error: unit name holds the bidi control U+202E; delete it (names may hold "
        "no "
        "control or bidi characters)\n";
  }
  SUBCASE("sparse years: 150 units, each in a year of its own") {
    content = "unit,year,1.1,1.2,2.1,2.2\n";
    for (int unit = 0; unit < 150; ++unit) {
      content +=
          "Sở số " + std::to_string(unit) + "," + std::to_string(1901 + unit) + ",1,2,3,0.1\n";
    }
  }
  CAPTURE(content);
  const Outcome outcome = compare_readers(framework, content);
  CHECK(outcome.accepted == kDeclined);
  CHECK(outcome.problems == problems);
}

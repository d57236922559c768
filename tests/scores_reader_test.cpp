// Tests of scores_reader: scores files, long and wide, read into a table of scores.
#include "chiso/io/scores_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chiso/io/framework_reader.h"
#include "chiso/io/tables_reader.h"
#include "messages.h"
#include "small_framework.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

// Named for this file's tests.
class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("scores-reader-test") {}
};

using testing::messages;
using testing::thrown_by;

using testing::kFramework;

// Every unit-year of `table` with its cells, in row order: "Sở Y tế 2022: 2.5 n/a -".
std::string describe(const ScoreTable& table) {
  std::ostringstream out;
  for (size_t row = 0; row < table.rows().size(); ++row) {
    const UnitYear& unit_year = table.rows()[row];
    out << table.units()[static_cast<size_t>(unit_year.unit)] << " " << unit_year.year << ":";
    for (int leaf = 0; leaf < table.leaf_count(); ++leaf) {
      const Cell cell = table.cell(static_cast<int>(row), leaf);
      if (cell == Cell::kPoints) out << " " << table.points(static_cast<int>(row), leaf);
      if (cell == Cell::kNotApplicable) out << " n/a";
      if (cell == Cell::kMissing) out << " -";
    }
    out << "\n";
  }
  return out.str();
}

// Reads one scores file against kFramework: the table it gives and the problems found.
struct ScoresRead {
  std::string table, problems;
};

ScoresRead read_scores_text(const TemporaryFolder& folder, const std::string& content,
                            std::optional<int> year = std::nullopt) {
  Diagnostics diagnostics;
  const Framework framework =
      read_framework(folder.write("framework.csv", kFramework), {}, diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  ScoreTable table(static_cast<int>(framework.leaves().size()));
  read_scores({folder.write("scores.csv", content), year}, framework, table, {}, diagnostics);
  return {describe(table), messages(diagnostics.all())};
}

}  // namespace

TEST_CASE("scores_reader: a file without rows, or without a needed column, is explained") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  SUBCASE("an empty file") {
    const std::string path = folder.write("f.csv", "");
    CHECK(thrown_by([&] { read_framework(path, {}, diagnostics); }) ==
          path + ":1:1: error: file is empty; it needs a header row and data rows\n");
    CHECK(thrown_by([&] { read_units(path, {}, diagnostics); }) ==
          path + ":1:1: error: file is empty; it needs a header row and data rows\n");
  }
  SUBCASE("a file that does not exist") {
    const std::string path = folder.path("missing.csv");
    CHECK(thrown_by([&] { read_bands(path, {}, diagnostics); }) ==
          "chiso: error: cannot open '" + path + "': No such file or directory\n");
  }
  SUBCASE("a framework with a header only") {
    const std::string path = folder.write("f.csv", "id,parent,name,max\n");
    read_framework(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) == path +
                                             ":1:1: error: the framework has no criteria; add one "
                                             "row per criterion below the header\n");
  }
  SUBCASE("a misspelt header gets the closest header as a suggestion") {
    const std::string path = folder.write("f.csv", "id,parnt,name,max\n1,,A,1\n");
    read_framework(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) ==
          path + ":1:1: error: missing column 'parent'; did you mean 'parnt'?\n");
  }
  SUBCASE("a missing column with nothing close lists the header") {
    const std::string path = folder.write("f.csv", "id,name,max\n1,A,1\n");
    read_framework(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) ==
          path + ":1:1: error: missing column 'parent'; the header has 'id', 'name', 'max'\n");
  }
}

TEST_CASE("scores_reader: YEAR=FILE gives the year of a file without a year column") {
  CHECK(parse_scores_source("scores.csv") == ScoresSource{"scores.csv", std::nullopt});
  CHECK(parse_scores_source("2022=scores.csv") == ScoresSource{"scores.csv", 2022});
  CHECK(parse_scores_source("2022=a=b.csv") == ScoresSource{"a=b.csv", 2022});
  CHECK(parse_scores_source("a=b.csv") == ScoresSource{"a=b.csv", std::nullopt});
  CHECK(parse_scores_source("22=b.csv") == ScoresSource{"22=b.csv", std::nullopt});
}

TEST_CASE("scores_reader: scores are read from the long and the wide layout alike") {
  TemporaryFolder folder;
  SUBCASE("long, with n/a, a quoted decimal comma and a decomposed unit name") {
    const ScoresRead read = read_scores_text(
        folder,
        "unit,year,criterion,score\nSở Nội vụ,2022,1.1,2.5\nSở Nội vụ,2022,1.2,n/a\n"
        "So\xCC\x9B\xCC\x89 No\xCC\xA3\xCC\x82i vu\xCC\xA3,2022,2.1,4\nSở Tư "
        "pháp,2021,1.1,\"2,25\"\n");
    CHECK(read.problems == "");
    CHECK(read.table == "Sở Nội vụ 2022: 2.5 n/a 4\nSở Tư pháp 2021: 2.25 - -\n");
  }
  SUBCASE("wide, with the year given on the command line") {
    const ScoresRead read = read_scores_text(
        folder, "unit,1.1,1.2,2.1\nSở Nội vụ,2.5,n/a,4\nSở Tư pháp,0,3,3.5\n", 2022);
    CHECK(read.problems == "");
    CHECK(read.table == "Sở Nội vụ 2022: 2.5 n/a 4\nSở Tư pháp 2022: 0 3 3.5\n");
  }
  SUBCASE("wide, with a year column that agrees with the command line") {
    const ScoresRead read = read_scores_text(folder, "unit,year,2.1\nSở Y tế,2022,1\n", 2022);
    CHECK(read.problems == "");
    CHECK(read.table == "Sở Y tế 2022: - - 1\n");
  }
}

TEST_CASE(
    "inputs: a unit spelt with another case or spacing is the same unit, printed as its latest "
    "year spells it") {
  TemporaryFolder folder;
  SUBCASE("in one long file") {
    const ScoresRead read =
        read_scores_text(folder,
                         "unit,year,criterion,score\nSở Giao thông Vận tải,2021,1.1,1\n\"\rsở giao "
                         "thông\xC2\xA0vận  tải\",2022,1.1,2\n"
                         "SỞ GIAO THÔNG VẬN TẢI,2022,1.2,3\nSở Giao thông Vận tải,2021,1.2,1\n");
    CHECK(read.problems == "");
    CHECK(read.table == "sở giao thông vận tải 2021: 1 1 -\nsở giao thông vận tải 2022: 2 3 -\n");
  }
  SUBCASE("a score given twice under two spellings is reported") {
    const ScoresRead read = read_scores_text(
        folder, "unit,year,criterion,score\nSở Y tế,2022,1.1,1\nsở y  tế,2022,1.1,2\n");
    CHECK(read.problems ==
          folder.path("scores.csv") +
              ":3:19: error: unit 'Sở Y tế' is scored twice on criterion '1.1' in 2022\n");
  }
}

TEST_CASE(
    "scores_reader: Vietnamese scores headers are matched with or without diacritics, in any "
    "case") {
  TemporaryFolder folder;
  std::string header;
  SUBCASE("as typed") { header = "Đơn vị;Năm;Tiêu chí;Điểm"; }
  SUBCASE("without diacritics") { header = "Don vi;Nam;Tieu chi;Diem"; }
  SUBCASE("in capitals") { header = "ĐƠN VỊ;NĂM;TIÊU CHÍ;ĐIỂM"; }
  const ScoresRead read =
      read_scores_text(folder, header + "\nSở Nội vụ;2022;1.1;2,5\nSở Nội vụ;2022;1.2;3\n");
  CHECK(read.problems == "");
  CHECK(read.table == "Sở Nội vụ 2022: 2.5 3 -\n");
}

TEST_CASE("scores_reader: the year of a scores file must be known and agree") {
  TemporaryFolder folder;
  const std::string path = folder.path("scores.csv");
  SUBCASE("no year column and no year on the command line") {
    const ScoresRead read = read_scores_text(folder, "unit,1.1\nSở Y tế,1\n");
    CHECK(read.problems ==
          path +
              ":1:1: error: no 'year' column; give the year of this file on the command line, "
              "as --scores 2022=" +
              path + "\n");
    CHECK(read.table == "");
  }
  SUBCASE("a year column that differs from the command line") {
    const ScoresRead read = read_scores_text(folder, "unit,year,1.1\nSở Nội vụ,2021,1\n", 2022);
    CHECK(read.problems ==
          path +
              ":2:11: error: year '2021' differs from the year 2022 given for this file "
              "on the command line\n");
  }
  SUBCASE("a year that is not a year") {
    const ScoresRead read =
        read_scores_text(folder, "unit,year,1.1\nSở Nội vụ,22,1\nSở Y tế,năm,1\n");
    CHECK(read.problems == path + ":2:11: error: year '22' is not a year such as 2022\n" + path +
                               ":3:9: error: year 'năm' is not a year such as 2022\n");
  }
}

TEST_CASE("scores_reader: criteria in a scores file must be leaves of the framework") {
  TemporaryFolder folder;
  const std::string path = folder.path("scores.csv");
  SUBCASE("long: an unknown criterion gets the closest leaf as a suggestion") {
    const ScoresRead read =
        read_scores_text(folder, "unit,year,criterion,score\nSở Nội vụ,2022,21,1\n");
    CHECK(read.problems == path + ":2:16: error: unknown criterion '21'; did you mean '2.1'?\n");
  }
  SUBCASE("long: a score for an inner node") {
    const ScoresRead read =
        read_scores_text(folder, "unit,year,criterion,score\nSở Nội vụ,2022,1,3\n");
    CHECK(read.problems ==
          path +
              ":2:16: error: criterion '1' has sub-criteria; scores are given for its "
              "sub-criteria, such as '1.1'\n");
  }
  SUBCASE("wide: a column that is not a leaf, and one that is not a criterion") {
    const ScoresRead read = read_scores_text(folder, "unit,year,2,xyz,1.1\nSở Nội vụ,2022,4,1,1\n");
    CHECK(read.problems ==
          path +
              ":1:11: error: column '2' has sub-criteria; scores are given for its "
              "sub-criteria, such as '2.1'\n" +
              path + ":1:13: error: column 'xyz' is not a leaf criterion of the framework\n");
    CHECK(read.table == "");
  }
}

TEST_CASE("scores_reader: every bad score is reported at its cell") {
  TemporaryFolder folder;
  const std::string path = folder.path("scores.csv");
  SUBCASE("long layout") {
    const ScoresRead read = read_scores_text(
        folder,
        "unit,year,criterion,score\nSở Nội vụ,2022,1.1,2\nSở Nội vụ,2022,1.1,2\n"
        "Sở Nội vụ,2022,1.2,3.75\nSở Nội vụ,2022,2.1,-1\nSở Y tế,2022,1.1,abc\nSở Y tế,2022,1.2,\n"
        "Sở Y tế,2022,2.1,3,5\nSở Y tế,2022,2.1\n,2022,2.1,1\n");
    CHECK(read.problems ==
          path + ":3:20: error: unit 'Sở Nội vụ' is scored twice on criterion '1.1' in 2022\n" +
              path + ":4:20: error: score '3.75' is above the maximum 3.5 of criterion '1.2'\n" +
              path + ":5:20: error: score '-1' is negative; scores are points achieved, from 0\n" +
              path + ":6:18: error: score 'abc' is not a number\n" + path +
              ":7:18: error: score of criterion '1.2' is empty; write 0, or 'n/a' if the criterion "
              "does not apply\n" +
              path + ":8:20: error: row has 5 fields but the header has 4\n" + path +
              ":9:14: error: row has 3 fields but the header has 4\n" + path +
              ":10:1: error: unit name is empty\n");
    CHECK(read.table == "Sở Nội vụ 2022: 2 - -\nSở Y tế 2022: - - -\n");
  }
  SUBCASE("wide layout") {
    const ScoresRead read = read_scores_text(
        folder, "unit,1.1,1.2,2.1\nSở Nội vụ,,n/a,4.5\nSở Y tế,1,2,3\nSở Y tế,1,2,3\n", 2022);
    CHECK(read.problems ==
          path +
              ":2:11: error: score of criterion '1.1' is empty; write 0, or 'n/a' if the criterion "
              "does not apply\n" +
              path + ":2:16: error: score '4.5' is above the maximum 4 of criterion '2.1'\n" +
              path + ":4:1: error: unit 'Sở Y tế' already has scores for 2022 (" + path +
              " line 3)\n");
  }
}

TEST_CASE("scores_reader: a scores header without the score column suggests the closest header") {
  TemporaryFolder folder;
  const std::string path = folder.path("scores.csv");
  const ScoresRead read =
      read_scores_text(folder, "unit,year,criterion,scor\nSở Y tế,2022,1.1,1\n");
  CHECK(read.problems == path + ":1:1: error: missing column 'score'; did you mean 'scor'?\n");
}

}  // namespace chiso

namespace chiso {

TEST_CASE("scores_reader: a clerk's sheet is read as its tidy table") {
  TemporaryFolder folder;
  const std::string tidy = read_scores_text(folder, "unit,1.1,1.2,2.1\nSở A,1,2,3\n", 2022).table;
  SUBCASE("title rows, STT, a published rank, index and band, and trailing ';;;' are ignored") {
    const ScoresRead read = read_scores_text(folder,
                                             "BẢNG ĐIỂM NĂM 2022;;;;;;;;;;\n;;;;;;;;;;\n"
                                             "STT;Tên cơ quan, đơn vị;1.1;1.2;2.1;Chỉ số (%);"
                                             "Vị thứ;Xếp loại;;;\n1;Sở A;1;2;3;60;1;Khá\n",
                                             2022);
    CHECK(read.table == tidy);
    CHECK(read.problems.empty());
  }
  SUBCASE("a two-row header with the fields above the criteria") {
    const ScoresRead read = read_scores_text(folder,
                                             "STT;Tên đơn vị;Lĩnh vực 1;;Lĩnh vực 2\n"
                                             ";;1.1;1.2;2.1\n1;Sở A;1;2;3\n",
                                             2022);
    CHECK(read.table == tidy);
    CHECK(read.problems.empty());
  }
  SUBCASE("a criterion named for its column with --column") {
    Diagnostics diagnostics;
    const Framework framework = read_framework(folder.write("f.csv", kFramework), {}, diagnostics);
    ScoreTable table(static_cast<int>(framework.leaves().size()));
    ReadOptions options;
    options.columns = {{"1.1", "TC_1"}, {"unit", "tentinh_vie"}};
    read_scores({folder.write("s.csv", "tentinh_vie,TC_1,1.2,2.1\nSở A,1,2,3\n"), 2022}, framework,
                table, options, diagnostics);
    CHECK(describe(table) == tidy);
    CHECK(messages(diagnostics).empty());
    options.columns = {{"9.9", "TC_1"}};
    std::string error;
    try {
      read_scores({folder.path("s.csv"), 2022}, framework, table, options, diagnostics);
    } catch (const ReadUsageError& e) {
      error = e.what();
    }
    CHECK(error ==
          "--column 9.9=TC_1: '9.9' is neither a kind of column (unit, year, group, total, "
          "criterion, score, rank, index, band) nor a criterion of the framework");
  }
}

TEST_CASE("scores_reader: a group column gives the units' groups, a merged cell its rows'") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const Framework framework = read_framework(folder.write("f.csv", kFramework), {}, diagnostics);
  ScoreTable table(static_cast<int>(framework.leaves().size()));
  SheetFacts facts;
  const std::string path = folder.write(
      "s.csv", "unit,Nhóm,1.1,1.2,2.1\nSở A,Sở ngành,1,2,3\nSở B,,1,2,3\nHuyện C,Huyện,1,2,3\n");
  read_scores({path, 2022}, framework, table, {}, diagnostics, &facts);
  CHECK(messages(diagnostics).empty());
  REQUIRE(facts.groups.size() == 3);
  CHECK(table.units()[static_cast<size_t>(facts.groups[1].unit)] == "Sở B");
  CHECK(facts.groups[1].group == "Sở ngành");
  CHECK(facts.groups[2].group == "Huyện");
  CHECK(facts.group_file == path);
  SUBCASE("an empty first group cell is an error") {
    Diagnostics problems;
    ScoreTable other(static_cast<int>(framework.leaves().size()));
    const std::string bad = folder.write("b.csv", "unit,group,1.1,1.2,2.1\nSở A,,1,2,3\n");
    read_scores({bad, 2022}, framework, other, {}, problems, &facts);
    CHECK(messages(problems) == bad + ":2:6: error: group of unit 'Sở A' is empty\n");
  }
}

}  // namespace chiso

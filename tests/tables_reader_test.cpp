// Tests of tables_reader: the units, bands and previous ranking files.
#include "chiso/io/tables_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "messages.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

// Named for this file's tests.
class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("tables-reader-test") {}
};

using testing::messages;

}  // namespace

TEST_CASE("tables_reader: a units file gives each unit one group, in the order groups are listed") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const std::string path = folder.write("units.csv",
                                        "Đơn vị;Khối\n"
                                        "Sở Nội vụ;Sở, ban, ngành\n"
                                        "UBND huyện A;UBND cấp huyện\n"
                                        "Sở  Nội vụ;Sở, ban, ngành\n"
                                        "Sở Nội vụ;UBND cấp huyện\n"
                                        ";UBND cấp huyện\n"
                                        "Sở Y tế;\n"
                                        "SỞ NỘI\xC2\xA0VỤ;Sở, ban, ngành\n"
                                        "sở nội vụ;UBND cấp huyện\n");
  const UnitGroups groups = read_units(path, {}, diagnostics);
  CHECK(messages(diagnostics.all()) ==
        path +
            ":5:11: error: unit 'Sở Nội vụ' is in group 'Sở, ban, ngành' on line 2 and in group "
            "'UBND cấp huyện' here; a unit belongs to one group\n" +
            path + ":6:1: error: unit name is empty\n" + path +
            ":7:9: error: group of unit 'Sở Y tế' is empty\n" + path +
            ":9:11: error: unit 'Sở Nội vụ' is in group 'Sở, ban, ngành' on line 2 and in group "
            "'UBND cấp huyện' here; a unit belongs to one group\n");
  CHECK(groups.order == std::vector<std::string>{"Sở, ban, ngành", "UBND cấp huyện"});
  CHECK(groups.group("Sở Nội vụ") == "Sở, ban, ngành");
  CHECK(groups.group("UBND huyện A") == "UBND cấp huyện");
  CHECK(groups.group("Sở Tư pháp") == "");
  REQUIRE(groups.listed.size() == 2);
  CHECK(groups.listed[1].second == Location{path, 3, 1});
}

TEST_CASE("tables_reader: a group typed in another case or with other spaces is the same group") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const std::string path = folder.write("units.csv",
                                        "unit,group\n"
                                        "Sở Nội vụ,UBND cấp huyện\n"
                                        "Sở Y tế,\"Sở, ban, ngành\"\n"
                                        "Sở Tư pháp,\"SỞ, BAN,\xC2\xA0NGÀNH\"\n"
                                        "Huyện A,ubnd cấp  huyện\n");
  const UnitGroups groups = read_units(path, {}, diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(groups.order == std::vector<std::string>{"UBND cấp huyện", "Sở, ban, ngành"});
  CHECK(groups.group("Sở Tư pháp") == "Sở, ban, ngành");
  CHECK(groups.group("Huyện A") == "UBND cấp huyện");
}

TEST_CASE("tables_reader: a bands file gives the thresholds of each group") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  SUBCASE("bands for every group and bands of one group, with a decimal comma") {
    const std::string path =
        folder.write("bands.csv",
                     "Nhóm;Xếp loại;Từ\n;Xuất sắc;90\n;Tốt;80\n;Khá;70\n"
                     "UBND cấp huyện;Nhóm I;80\nUBND cấp huyện;Nhóm II;69,5\n");
    const BandScheme bands = read_bands(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    CHECK(bands.label("Sở, ban, ngành", 90) == "Xuất sắc");
    CHECK(bands.label("Sở, ban, ngành", 89.99) == "Tốt");
    CHECK(bands.label("Sở, ban, ngành", 69.99) == "");
    CHECK(bands.label("UBND cấp huyện", 95) == "Nhóm I");
    CHECK(bands.label("UBND cấp huyện", 69.5) == "Nhóm II");
    REQUIRE(bands.for_group("").size() == 3);
    CHECK(bands.for_group("")[2].where == Location{path, 4, 6});
  }
  SUBCASE("bad rows are reported") {
    const std::string path =
        folder.write("bands.csv", "group,label,min\n,Tốt,abc\n,,50\n,Khá,70\n,Đạt,70\n");
    read_bands(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) ==
          path + ":2:6: error: minimum 'abc' of band 'Tốt' is not a number\n" + path +
              ":3:2: error: band label is empty\n" + path +
              ":5:6: error: bands 'Khá' and 'Đạt' have the same minimum 70\n");
  }
  SUBCASE("a header only") {
    const std::string path = folder.write("bands.csv", "group,label,min\n");
    read_bands(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) ==
          path + ":1:1: error: no bands; add one row per band below the header\n");
  }
}

TEST_CASE("tables_reader: a previous ranking can be a published table of units and ranks") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  SUBCASE("unit and rank only, headers in Vietnamese") {
    const std::string path =
        folder.write("previous.csv", "Tên đơn vị,Xếp hạng\nSở Nội vụ,2\nSở   Y tế,1\n");
    const std::vector<PreviousRow> rows = read_previous(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].standing == PreviousStanding{"Sở Nội vụ", "", 2, std::nullopt, ""});
    CHECK(rows[1].standing == PreviousStanding{"Sở Y tế", "", 1, std::nullopt, ""});
    CHECK_FALSE(rows[0].year.has_value());
    CHECK(rows[1].where == Location{path, 3, 1});
  }
  SUBCASE("chiso's own ranking.csv, written with decimal commas") {
    const std::string path =
        folder.write("previous.csv",
                     "year;group;rank;unit;points;max;index;band;previous_rank;rank_change;index_"
                     "change;previous_band\n"
                     "2021;Sở, ban, ngành;1;Sở Nội vụ;92,50;100,00;92,50;Xuất sắc;;;;\n");
    const std::vector<PreviousRow> rows = read_previous(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].year == 2021);
    CHECK(rows[0].standing == PreviousStanding{"Sở Nội vụ", "Sở, ban, ngành", 1, 92.5, "Xuất sắc"});
  }
  SUBCASE("malformed ranks and a unit listed twice") {
    const std::string path = folder.write("previous.csv",
                                          "unit,rank\nSở Nội vụ,1\nSở Y tế,x\nSở Tư pháp,0\n"
                                          "Sở Xây dựng,2.5\nSở Nội vụ,3\n");
    const std::vector<PreviousRow> rows = read_previous(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) ==
          path + ":3:9: error: rank 'x' is not a whole number from 1\n" + path +
              ":4:12: error: rank '0' is not a whole number from 1\n" + path +
              ":5:13: error: rank '2.5' is not a whole number from 1\n" + path +
              ":6:1: error: unit 'Sở Nội vụ' is listed twice (also on line 2)\n");
    CHECK(rows.size() == 1);
  }
  SUBCASE("a header only") {
    const std::string path = folder.write("previous.csv", "unit,rank\n");
    CHECK(read_previous(path, {}, diagnostics).empty());
    CHECK(messages(diagnostics.all()) == path + ":1:1: error: the previous ranking has no rows\n");
  }
}

}  // namespace chiso

namespace chiso {

TEST_CASE("tables_reader: a units sheet and a published ranking are read as people lay them out") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  SUBCASE("a units sheet with a title, STT and trailing empty columns") {
    const UnitGroups groups = read_units(folder.write("units.csv",
                                                      "DANH SÁCH ĐƠN VỊ;;;;\n"
                                                      "STT;Tên cơ quan, đơn vị;Nhóm;;\n"
                                                      "1;Sở Nội vụ;Sở, ban, ngành\n"
                                                      "2;UBND huyện A;UBND cấp huyện;;\n"),
                                         {}, diagnostics);
    CHECK(messages(diagnostics).empty());
    CHECK(groups.order == std::vector<std::string>{"Sở, ban, ngành", "UBND cấp huyện"});
  }
  SUBCASE("a published table headed 'Vị thứ' and 'Chỉ số (%)', named with --column") {
    ReadOptions options;
    options.columns = {{"unit", "tentinh_vie"}};
    const std::string path = folder.write("previous.csv",
                                          "KẾT QUẢ CHỈ SỐ CCHC NĂM 2021;;;\n"
                                          "Vị thứ;tentinh_vie;Chỉ số (%);Xếp loại\n"
                                          "1;Sở A;95,63;Xuất sắc\n"
                                          "x;Sở B;90;Xuất sắc\n");
    const std::vector<PreviousRow> rows = read_previous(path, options, diagnostics);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].standing.unit == "Sở A");
    CHECK(rows[0].standing.rank == 1);
    CHECK(rows[0].standing.index == 95.63);
    CHECK(messages(diagnostics) == path + ":4:1: error: rank 'x' is not a whole number from 1\n");
  }
}

}  // namespace chiso

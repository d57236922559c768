#include "chiso/io/scorecard_reader.h"

#include <doctest/doctest.h>

#include "messages.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

using testing::messages;
using testing::TemporaryFolder;
using testing::thrown_by;

}  // namespace

TEST_CASE("parse_national_source: [INDEX:][YEAR=]FILE") {
  CHECK(parse_national_source("PAPI:2020=papi.csv") == NationalSource{"PAPI", 2020, "papi.csv"});
  CHECK(parse_national_source("PAR_INDEX:par.csv") ==
        NationalSource{"PAR_INDEX", std::nullopt, "par.csv"});
  CHECK(parse_national_source("2021=par.csv") == NationalSource{"", 2021, "par.csv"});
  CHECK(parse_national_source("national.csv") == NationalSource{"", std::nullopt, "national.csv"});
  // A folder with ':' is no index name.
  CHECK(parse_national_source("a b:c/t.csv") == NationalSource{"", std::nullopt, "a b:c/t.csv"});
}

TEST_CASE("read_national_table: published tables, ranking.csv and a long table") {
  TemporaryFolder folder("scorecard-reader");
  Diagnostics diagnostics;
  SUBCASE("a published table with rank only, its year and index on the command line") {
    const std::string path =
        folder.write("par.csv", "Địa phương,Xếp hạng\nĐắk Nông,41\nHà Nội,3\n");
    const std::vector<NationalRow> rows =
        read_national_table({"PAR_INDEX", 2021, path}, {}, diagnostics);
    CHECK(messages(diagnostics) == "");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].index_name == "PAR_INDEX");
    CHECK(rows[0].year == 2021);
    CHECK(rows[0].unit == "Đắk Nông");
    CHECK(rows[0].rank == 41);
    CHECK(!rows[0].value);
    CHECK(rows[1].where == Location{path, 3, 1});
  }
  SUBCASE("values with a decimal comma and '%', of and a tier") {
    const std::string path =
        folder.write("par.csv", "Tỉnh;Chỉ số (%);Xếp hạng;Trên;Nhóm\nĐắk Nông;85,13%;37;63;B\n");
    const std::vector<NationalRow> rows =
        read_national_table({"PAR_INDEX", 2022, path}, {}, diagnostics);
    CHECK(messages(diagnostics) == "");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].value == 85.13);
    CHECK(rows[0].of == 63);
    CHECK(rows[0].tier == "B");
  }
  SUBCASE("'Nhóm' is the tier alone, the group of units beside 'Xếp loại'") {
    const std::string national =
        folder.write("national.csv", "Tỉnh,Xếp hạng,Nhóm\nĐắk Nông,37,B\n");
    const std::vector<NationalRow> tiers =
        read_national_table({"PAR_INDEX", 2022, national}, {}, diagnostics);
    REQUIRE(tiers.size() == 1);
    CHECK(tiers[0].tier == "B");
    CHECK(tiers[0].group == "");
    const std::string province =
        folder.write("province.csv", "Đơn vị,Nhóm,Xếp hạng,Xếp loại\nSở Nội vụ,Sở,6,Tốt\n");
    const std::vector<NationalRow> groups =
        read_national_table({"PAR_INDEX", 2021, province}, {}, diagnostics);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].tier == "Tốt");
    CHECK(groups[0].group == "Sở");
    CHECK(messages(diagnostics) == "");
  }
  SUBCASE("chiso's ranking.csv: points beside the index") {
    const std::string path = folder.write(
        "ranking.csv",
        "year,group,rank,unit,points,max,index,band\n2020,,19,Cao Bằng,43.37,80,54.21,\n");
    const std::vector<NationalRow> rows = read_national_table({"PAPI", {}, path}, {}, diagnostics);
    CHECK(messages(diagnostics) == "");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].points == 43.37);
    CHECK(rows[0].value == 54.21);
  }
  SUBCASE("a long table: INDEX: keeps its rows, YEAR= its year") {
    const std::string path = folder.write("national.csv",
                                          "index_name,year,unit,value,rank\n"
                                          "PAPI,2020,Cao Bằng,43.37,19\n"
                                          "PCI,2021,Cao Bằng,58.40,58\n"
                                          "pci,2022,Cao Bằng,60.02,55\n");
    CHECK(read_national_table({"", {}, path}, {}, diagnostics).size() == 3);
    const std::vector<NationalRow> pci = read_national_table({"PCI", 2022, path}, {}, diagnostics);
    REQUIRE(pci.size() == 1);
    CHECK(pci[0].index_name == "PCI");
    CHECK(pci[0].rank == 55);
    CHECK(read_national_table({"SIPAS", {}, path}, {}, diagnostics).empty());
    CHECK(read_national_table({"PCI", 2019, path}, {}, diagnostics).empty());
    CHECK(messages(diagnostics) ==
          path + ":1:1: error: index 'SIPAS' is not in this table, which has PAPI, PCI\n" + path +
              ":1:1: error: year '2019' is not in this ranking, which has 2021, 2022\n");
  }
  SUBCASE("what the command line must say, and malformed cells") {
    const std::string bare = folder.write("bare.csv", "unit,rank\nHà Nội,1\n");
    CHECK(read_national_table({"", {}, bare}, {}, diagnostics).empty());
    const std::string neither = folder.write("neither.csv", "unit,year\nHà Nội,2020\n");
    CHECK(read_national_table({"PCI", {}, neither}, {}, diagnostics).empty());
    const std::string bad = folder.write(
        "bad.csv",
        "unit,value,rank,of\nA,x,1,63\nB,80,0,63\nC,80,2,x\nD,80,64,63\nE,75,6,63\ne,70,7,63\n");
    CHECK(read_national_table({"PCI", 2022, bad}, {}, diagnostics).size() == 1);
    CHECK(messages(diagnostics) ==
          bare +
              ":1:1: error: no 'year' column; give the year of this table on the command line, as "
              "INDEX:YEAR=" +
              bare + "\n" + bare +
              ":1:1: error: no 'index_name' column; name the index of this table on the command "
              "line, as INDEX:" +
              bare + " (PAR_INDEX, SIPAS, PAPI, PCI)\n" + neither +
              ":1:1: error: the table has neither a 'rank' nor a 'value' column; a national table "
              "needs one of them, or both\n" +
              bad + ":2:3: error: value 'x' is not a number\n" + bad +
              ":3:6: error: rank '0' is not a whole number from 1\n" + bad +
              ":4:8: error: count 'x' in column 'of' is not a whole number from 1\n" + bad +
              ":5:6: error: rank 64 is larger than the count 63 in column 'of'\n" + bad +
              ":7:1: error: unit 'e' is listed twice (also on line 6)\n");
  }
}

TEST_CASE("read_index_method: the shipped indices and a method file's errors") {
  const std::vector<NationalIndex> shipped = shipped_indices();
  REQUIRE(shipped.size() == 4);
  CHECK(shipped[0].name == "PAR_INDEX");
  CHECK(shipped[1].name == "SIPAS");
  CHECK(shipped[2].name == "PAPI");
  CHECK(shipped[3].name == "PCI");
  CHECK(shipped[2].unit == FigureUnit::kPoints);
  CHECK(shipped[2].maximum_in(2017) == 60);
  CHECK(shipped[2].maximum_in(2020) == 80);
  CHECK(shipped[2].tiers == TierRule::kQuartiles);
  CHECK(shipped[2].tier_labels_vi[1] == "Trung bình cao");
  CHECK(shipped[0].title_vi == "Chỉ số cải cách hành chính");
  for (const NationalIndex& index : shipped) CHECK(!index.source.empty());

  TemporaryFolder folder("index-method");
  const std::string good = folder.write("egov.csv",
                                        "key,value\nname,dti\nshort_name,DTI\ntitle_vi,Chỉ số "
                                        "chuyển đổi số\ntitle_en,Digital Transformation "
                                        "Index\nunit,points\nmaximum,1000\ndecimals,0\n");
  const NationalIndex index = read_index_method(good);
  CHECK(index.name == "DTI");
  CHECK(index.maximum_in(2024) == 1000);
  CHECK(index.decimals == 0);
  CHECK(index.tiers == TierRule::kNone);

  const std::string unknown = folder.write("unknown.csv", "key,value\nname,X\ncolour,red\n");
  CHECK(thrown_by([&] { read_index_method(unknown); }) ==
        unknown +
            ":3:1: error: unknown key 'colour'; the keys are name, short_name, title_vi, "
            "title_en, unit, maximum, maximum_from_YEAR, decimals, tiers, tier_labels_vi, "
            "tier_labels_en, source, note\n");
  const std::string unit = folder.write("unit.csv", "key,value\nunit,%\n");
  CHECK(thrown_by([&] { read_index_method(unit); }) ==
        unit + ":2:6: error: unit '%' is not one of 'percent', 'points'\n");
  const std::string tiers = folder.write(
      "tiers.csv",
      "key,value\nname,X\nshort_name,X\ntitle_vi,X\ntitle_en,X\nmaximum,10\ntiers,quartiles\n");
  CHECK(thrown_by([&] { read_index_method(tiers); }) ==
        tiers +
            ": error: quartile tiers need four labels in tier_labels_vi and in tier_labels_en, "
            "highest first, between '|'\n");
  const std::string maximum = folder.write("maximum.csv", "key,value\nmaximum,0\n");
  CHECK(thrown_by([&] { read_index_method(maximum); }) ==
        maximum + ":2:9: error: maximum '0' is not a number above 0\n");
}

TEST_CASE("match_province: case, composition and typed-without-diacritics names") {
  std::vector<NationalRow> rows(3);
  rows[0].unit = "Đắk Nông";
  rows[1].unit = "ĐẮK NÔNG";
  rows[2].unit = "Cao Bằng";
  std::vector<Rename> renames = {{"đắk nông", "Lâm Đồng", 2025, {}}};
  CHECK(match_province(rows, renames, "dak nong") == "Đắk Nông");
  CHECK(rows[1].unit == "Đắk Nông");
  CHECK(renames[0].old_unit == "Đắk Nông");
  CHECK(match_province(rows, renames, "CAO BẰNG") == "Cao Bằng");
  CHECK(match_province(rows, renames, "Lâm Đồng") == "Lâm Đồng");
  CHECK(match_province(rows, renames, "Hà Nội") == "");
}

}  // namespace chiso

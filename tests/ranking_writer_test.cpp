// Tests of ranking_writer: fixed-point numbers, ranking.csv and fields.csv.
#include "chiso/io/ranking_writer.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "departments.h"

namespace chiso {
namespace {

using testing::compared;
using testing::departments_2022;
using testing::has_line;
using testing::kDepartments;
using testing::kLabour;
using testing::ranked;

}  // namespace

TEST_CASE("ranking_writer: fixed rounds halves away from zero and never prints -0") {
  CHECK(fixed(87.825, 2) == "87.83");
  CHECK(fixed(2.675, 2) == "2.68");
  CHECK(fixed(1.005, 2) == "1.01");
  CHECK(fixed(-1.005, 2) == "-1.01");
  CHECK(fixed(87.824999, 2) == "87.82");
  CHECK(fixed(97.685, 3) == "97.685");
  CHECK(fixed(100, 2) == "100.00");
  CHECK(fixed(2.5, 0) == "3");
  CHECK(fixed(-0.001, 2) == "0.00");
  CHECK(fixed(-0.004999, 2) == "0.00");
  CHECK(fixed(-0.0, 2) == "0.00");
  CHECK(fixed(-0.4, 0) == "0");
  CHECK(fixed(-0.005, 2) == "-0.01");
  CHECK(fixed(0.05, 1) == "0.1");
  CHECK(fixed(0.004, 3) == "0.004");
  CHECK(fixed(123456789.125, 2) == "123456789.13");
  CHECK(fixed(1e300, 2) ==
        fmt::format("{:.2f}", round_half_up(1e300, 2)));  // too many hundredths to count
  CHECK(fixed(12.5, 10) == "12.5000000000");              // more decimals than counted
}

TEST_CASE("ranking_writer: fixed writes what \"{:.Nf}\" writes of the rounded value") {
  // fixed() counts units of 10^-decimals; the value rounded, written by fmt, is the reference.
  std::mt19937_64 random(20261123);
  std::uniform_real_distribution<double> share(-1.0, 1.0);
  int checked = 0;
  for (int decimals = 0; decimals <= 9; ++decimals) {
    for (double magnitude : {1e-9, 1e-3, 1.0, 100.0, 1e6, 1e12, 1e15, 1e18}) {
      for (int i = 0; i < 300; ++i) {
        double value = share(random) * magnitude;
        if (i % 3 == 0)
          value = std::round(value * 1000) / 1000 + 0.0005;  // halves in the third place
        double rounded = round_half_up(value, decimals);
        if (rounded == 0) rounded = 0;
        const std::string expected = fmt::format("{:.{}f}", rounded, decimals);
        CAPTURE(value);
        CAPTURE(decimals);
        CHECK(fixed(value, decimals) == expected);
        ++checked;
      }
    }
  }
  CHECK(checked == 10 * 8 * 300);
}

TEST_CASE("ranking_writer: fixed writes a decimal comma when asked") {
  CHECK(fixed(92.18, 2, true) == "92,18");
  CHECK(fixed(-5.1, 2, true) == "-5,10");
  CHECK(fixed(-0.001, 2, true) == "0,00");
  CHECK(fixed(7, 0, true) == "7");
}

TEST_CASE("ranking_writer: ranking.csv has one row per unit, quoted where needed") {
  const std::string header =
      "year,group,rank,unit,points,max,index,band,previous_rank,rank_change,index_change,previous_"
      "band\n";
  SUBCASE("decimal point, comma separator") {
    CHECK(ranking_csv({departments_2022()}, {}) ==
          header +
              "2022,\"Sở, ban, ngành\",1,\"Sở Lao động, Thương binh và Xã "
              "hội\",92.50,100.00,92.50,Xuất sắc,12,11,7.25,Tốt\n"
              "2022,\"Sở, ban, ngành\",2,Sở Nội vụ,88.00,100.00,88.00,Tốt,2,0,0.00,Tốt\n"
              "2022,\"Sở, ban, ngành\",3,Sở Tư pháp,80.75,95.00,85.00,Tốt,1,-2,-5.10,Xuất sắc\n"
              "2022,\"Sở, ban, ngành\",4,Sở Y tế,70.70,100.00,70.70,Khá,,,,\n");
  }
  SUBCASE("decimal comma with semicolons, and a byte-order mark for Excel") {
    CsvStyle style;
    style.bom = true;
    style.decimal_comma = true;
    const std::string csv = ranking_csv({departments_2022()}, style);
    CHECK(csv.starts_with("\xEF\xBB\xBFyear;group;rank;unit;points;max;index;band;previous_rank;"));
    CHECK(has_line(csv,
                   "2022;Sở, ban, ngành;3;Sở Tư pháp;80,75;95,00;85,00;Tốt;1;-2;-5,10;Xuất sắc"));
    CHECK(has_line(csv, "2022;Sở, ban, ngành;4;Sở Y tế;70,70;100,00;70,70;Khá;;;;"));
  }
  SUBCASE("quotes in a name are doubled; no tables give the header only") {
    LeagueTable table;
    table.year = 2023;
    table.units = {ranked("", 1, "Sở \"A\"", {1, 3}, 33.33, "")};
    table.units[0].year = 2023;
    CHECK(ranking_csv({table}, {}) == header + "2023,,1,\"Sở \"\"A\"\"\",1.00,3.00,33.33,,,,,\n");
    CHECK(ranking_csv({}, {}) == header);
  }
  SUBCASE("further band sets give band_<set> columns, named by the first table") {
    LeagueTable table = departments_2022();
    table.other_band_sets = {"tỉnh"};
    for (RankedUnit& unit : table.units)
      unit.other_bands = {unit.band == "Khá" ? "Trung bình" : "Tốt"};
    const std::string csv = ranking_csv({table}, {});
    CHECK(csv.starts_with(
        "year,group,rank,unit,points,max,index,band,previous_rank,rank_change,index_change,"
        "previous_band,band_tỉnh\n"));
    CHECK(has_line(csv, "2022,\"Sở, ban, ngành\",4,Sở Y tế,70.70,100.00,70.70,Khá,,,,,Trung bình"));
  }
}

TEST_CASE("ranking_writer: the header and each table's rows, written apart, make the same files") {
  LeagueTable first = departments_2022();
  first.other_band_sets = {"tỉnh"};
  for (RankedUnit& unit : first.units) unit.other_bands = {"Tốt"};
  LeagueTable second = first;
  second.year = 2023;
  for (RankedUnit& unit : second.units) unit.year = 2023;
  for (const CsvStyle style : {CsvStyle{}, CsvStyle{true, true}}) {
    std::string ranking = ranking_csv_header(first, style);
    append_ranking_rows(ranking, first, style);
    append_ranking_rows(ranking, second, style);
    CHECK(ranking == ranking_csv({first, second}, style));
    CHECK(fields_csv_header(style) == fields_csv({}, Framework{}, style));
  }
  CHECK(ranking_csv_header(first, {}) ==
        "year,group,rank,unit,points,max,index,band,previous_rank,rank_change,index_change,"
        "previous_band,band_tỉnh\n");
  CHECK(fields_csv_header({true, false}) ==
        "\xEF\xBB\xBFyear,group,unit,field,name,points,max,index\n");
}

TEST_CASE("ranking_writer: fields.csv has one row per unit and field") {
  Diagnostics diagnostics;
  std::vector<CriterionRow> rows(4);
  rows[0].id = "1";
  rows[0].name = "Chỉ đạo, điều hành";
  rows[1].id = "1.1";
  rows[1].parent = "1";
  rows[1].max = 6;
  rows[2].id = "2";
  rows[2].name = "Thể chế";
  rows[3].id = "2.1";
  rows[3].parent = "2";
  rows[3].max = 4;
  const Framework framework = Framework::build(rows, diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  LeagueTable table;
  table.year = 2022;
  table.units = {ranked(kDepartments, 1, "Sở Nội vụ", {5.5, 6}, 91.67, "Xuất sắc")};
  table.units[0].fields = {{5.5, 6}, {0, 0}};  // every criterion of field 2 is n/a
  const std::string header = "year,group,unit,field,name,points,max,index\n";
  CHECK(fields_csv({table}, framework, {}) ==
        header +
            "2022,\"Sở, ban, ngành\",Sở Nội vụ,1,\"Chỉ đạo, điều hành\",5.50,6.00,91.67\n"
            "2022,\"Sở, ban, ngành\",Sở Nội vụ,2,Thể chế,0.00,0.00,\n");
  CHECK(fields_csv({table}, framework, {false, true}) ==
        "year;group;unit;field;name;points;max;index\n"
        "2022;Sở, ban, ngành;Sở Nội vụ;1;Chỉ đạo, điều hành;5,50;6,00;91,67\n"
        "2022;Sở, ban, ngành;Sở Nội vụ;2;Thể chế;0,00;0,00;\n");
}

}  // namespace chiso

// Tests of the readers' methodology columns (weights, combinations, normalisation, aliases,
// quantile bands and band sets, excluded units) and of the built-in methods.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/io/framework_reader.h"
#include "chiso/io/methods.h"
#include "chiso/io/scores_reader.h"
#include "chiso/io/tables_reader.h"
#include "messages.h"
#include "printers.h"
#include "temporary_folder.h"

namespace chiso {

// Failure messages print whole values; -1 stands for no year. `static`: each test file has its
// own printers.
static std::ostream& operator<<(std::ostream& out, const Exclusion& exclusion) {
  return out << "{'" << exclusion.unit << "', " << exclusion.year.value_or(-1) << '}';
}

}  // namespace chiso

using namespace chiso;

namespace {

// Named for this file's tests.
class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("method-inputs-test") {}
};

using testing::messages;
using testing::text;
using testing::thrown_by;

// Every unit-year of `table` with its cells, in row order: "Sở Y tế 2022: 2.5 n/a -".
std::string describe(const ScoreTable& table) {
  std::string lines;
  for (size_t row = 0; row < table.rows().size(); ++row) {
    const UnitYear& unit_year = table.rows()[row];
    lines += table.units()[static_cast<size_t>(unit_year.unit)] + " " +
             std::to_string(unit_year.year) + ":";
    for (int leaf = 0; leaf < table.leaf_count(); ++leaf) {
      const Cell cell = table.cell(static_cast<int>(row), leaf);
      if (cell == Cell::kPoints) lines += " " + text(table.points(static_cast<int>(row), leaf));
      if (cell == Cell::kNotApplicable) lines += " n/a";
      if (cell == Cell::kMissing) lines += " -";
    }
    lines += "\n";
  }
  return lines;
}

// Each band as "label min" or "label q0.75", highest first.
std::vector<std::string> describe(const std::vector<Band>& bands) {
  std::vector<std::string> lines;
  for (const Band& band : bands) {
    lines.push_back(band.label +
                    (band.quantile ? " q" + text(*band.quantile) : " " + text(band.min)));
  }
  return lines;
}

// The whole text of a file.
std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// `text` with `from` replaced once by `to`; fails the test when `from` is absent.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// PCI's weighted composite of these sub-indices by hand: Σ weight × score / 10 = 65.9375.
const char* const kPciRow = "6.25,7.5,5,8.75,6.875,3.75,10,5.625,7.5,9.375";

}  // namespace

// ---------------------------------------------------------------------------------------------
// Framework columns

TEST_CASE(
    "method inputs: the framework's weight, combine, normalise, direction, goalposts and aliases "
    "columns") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const Framework framework = read_framework(
      folder.write("framework.csv",
                   "id,parent,name,max,weight,combine,normalise,direction,low,high,aliases\n"
                   "A,,Chỉ số A,10,,Weighted,,,,,Index A|  Chỉ số  thứ nhất |\n"
                   "a1,A,Một,10,5,,,,,,\n"
                   "a2,A,Hai,10,20,,,,,,\n"
                   "B,,Chỉ số B,,,MEAN,,,,,\n"
                   "b1,B,Số ngày,10,,,minmax,-1,0,30,Days\n"
                   "b2,B,Tỷ lệ,10,,,MinMax,+1,,,\n"
                   "C,,Tổng,,,sum,,,,,\n"
                   "c1,C,Ba,4,,,none,1,,,\n"),
      {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  const Criterion& a = framework.node(*framework.find("A"));
  CHECK(a.combine == Combine::kWeighted);
  CHECK(a.max == 10);
  CHECK(a.aliases == std::vector<std::string>{"Index A", "Chỉ số thứ nhất"});
  CHECK(framework.node(*framework.find("a1")).weight == 5);
  CHECK(framework.node(*framework.find("a2")).weight == 20);
  const Criterion& b = framework.node(*framework.find("B"));
  CHECK(b.combine == Combine::kMean);
  CHECK(b.max == 20);
  const Criterion& b1 = framework.node(*framework.find("b1"));
  CHECK(b1.normalise == Normalise::kMinMax);
  CHECK(b1.direction == -1);
  CHECK(b1.low == std::optional<double>(0));
  CHECK(b1.high == std::optional<double>(30));
  CHECK(b1.aliases == std::vector<std::string>{"Days"});
  const Criterion& b2 = framework.node(*framework.find("b2"));
  CHECK(b2.normalise == Normalise::kMinMax);
  CHECK(b2.direction == 1);
  CHECK_FALSE(b2.low.has_value());
  CHECK_FALSE(b2.high.has_value());
  CHECK(framework.node(*framework.find("C")).combine == Combine::kSum);
  const Criterion& c1 = framework.node(*framework.find("c1"));
  CHECK(c1.normalise == Normalise::kNone);
  CHECK(c1.direction == 1);
  CHECK(c1.weight == 1);
  CHECK(framework.root_combine() == Combine::kSum);
  CHECK(framework.max() == 34);
  CHECK(framework.has_normalised_leaves());
}

TEST_CASE("method inputs: the framework's Vietnamese headers for the new columns") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const Framework framework =
      read_framework(folder.write("framework.csv",
                                  "Mã;Mã cha;Tên tiêu chí;Điểm tối đa;Trọng số;Cách tổng hợp;Chuẩn "
                                  "hóa;Chiều;Cận dưới;Cận trên;Tên khác\n"
                                  "1;;Lĩnh vực;10;;;;;;;\n"
                                  "1.1;1;Chi phí;10;2,5;;minmax;-1;0,5;9,5;Cost\n"
                                  "1.2;1;Hiệu quả;10;7,5;;;;;;\n"),
                     {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  const Criterion& field = framework.node(*framework.find("1"));
  CHECK(field.combine == Combine::kWeighted);
  const Criterion& cost = framework.node(*framework.find("1.1"));
  CHECK(cost.weight == 2.5);
  CHECK(cost.normalise == Normalise::kMinMax);
  CHECK(cost.direction == -1);
  CHECK(cost.low == std::optional<double>(0.5));
  CHECK(cost.high == std::optional<double>(9.5));
  CHECK(cost.aliases == std::vector<std::string>{"Cost"});
}

TEST_CASE(
    "method inputs: a bad word or number in the framework's new columns is reported at its cell") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const std::string path =
      folder.write("framework.csv",
                   "id,parent,name,max,weight,combine,normalise,direction,low,high\n"
                   "1,,A,,,median,,,,\n"
                   "1.1,1,B,10,,,zscore,,,\n"
                   "1.2,1,C,10,,,minmax,2,,\n"
                   "1.3,1,D,10,abc,,,,,\n"
                   "1.4,1,E,10,,,minmax,,x,\n");
  const Framework framework = read_framework(path, {}, diagnostics);
  CHECK(messages(diagnostics.all()) ==
        path + ":2:8: error: combine 'median' is not one of 'sum', 'weighted', 'mean'\n" + path +
            ":3:14: error: normalise 'zscore' is not one of 'none', 'minmax'\n" + path +
            ":4:21: error: direction '2' is not one of '1', '-1', '+1'\n" + path +
            ":5:12: error: weight 'abc' is not a number\n" + path +
            ":6:22: error: low goalpost 'x' is not a number\n");
  CHECK(framework.nodes().empty());
}

TEST_CASE("method inputs: the framework's semantic problems with weights come with locations") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const std::string path = folder.write("framework.csv",
                                        "id,parent,name,max,weight,normalise,low,high\n"
                                        "1,,A,,,minmax,,\n"
                                        "1.1,1,B,10,0.49,,,\n"
                                        "1.2,1,C,10,0.5,minmax,3,3\n"
                                        "2,,D,,,,,\n"
                                        "2.1,2,E,10,0,,,\n"
                                        "2.2,2,F,10,,,,\n");
  read_framework(path, {}, diagnostics);
  CHECK(
      messages(diagnostics.all()) ==
      path +
          ":3:12: warning: the weights of the sub-criteria of '1' add up to 0.99, not 1; they are "
          "used in "
          "proportion to their sum\n" +
          path + ":2:1: error: criterion '1' has sub-criteria; only leaves can be normalised\n" +
          path +
          ":4:1: error: goalposts of '1.2' are equal; the high one must differ from the low one\n" +
          path + ":6:12: error: weight of '2.1' must be greater than 0\n" + path +
          ":7:12: error: criterion '2.2' has no weight but its siblings do; give each of the "
          "sub-criteria of "
          "'2' a weight\n");
}

// ---------------------------------------------------------------------------------------------
// Scores

TEST_CASE(
    "method inputs: wide scores name criteria by id, name or alias, in any case, without "
    "diacritics") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const Method pci = find_method("pci-2014");
  const Framework framework = read_framework(pci.framework_path(), {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  ScoreTable table(static_cast<int>(framework.leaves().size()));
  const std::string header =
      "Tỉnh,Năm,ENTRY COSTS,tiep can dat dai,tinh minh bach,Time costs,chi phi khong chinh thuc,"
      "Equitable Competition,Tính năng động,business_support,labor training,THIẾT CHẾ PHÁP LÝ\n";
  read_scores(
      {folder.write("pci.csv",
                    header + "Tỉnh Sông Xanh,2021," + kPciRow +
                        "\nTỉnh Núi Bạc,2021,6.25,7.5,n/a,8.75,6.875,3.75,10,5.625,7.5,9.375\n"),
       std::nullopt},
      framework, table, {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  CHECK(describe(table) ==
        "Tỉnh Sông Xanh 2021: 6.25 7.5 5 8.75 6.875 3.75 10 5.625 7.5 9.375\n"
        "Tỉnh Núi Bạc 2021: 6.25 7.5 n/a 8.75 6.875 3.75 10 5.625 7.5 9.375\n");
  const std::vector<UnitResult> results = aggregate(framework, table, 2021);
  REQUIRE(results.size() == 2);
  CHECK(text(results[0].total) == "65.9375/100");
  CHECK(text(results[1].total) == "55.9375/80");

  SUBCASE("columns in another order land on the same criteria") {
    ScoreTable shuffled(static_cast<int>(framework.leaves().size()));
    Diagnostics more;
    read_scores(
        {folder.write("pci-shuffled.csv",
                      "unit,Labour training,year,Tính minh bạch,entry_costs,Land access,Time costs,"
                      "Informal charges,Policy bias,Proactivity,Business support services,"
                      "Legal institutions\n"
                      "Tỉnh Sông Xanh,7.5,2021,5,6.25,7.5,8.75,6.875,3.75,10,5.625,9.375\n"),
         std::nullopt},
        framework, shuffled, {}, more);
    REQUIRE(messages(more.all()) == "");
    CHECK(describe(shuffled) ==
          "Tỉnh Sông Xanh 2021: 6.25 7.5 5 8.75 6.875 3.75 10 5.625 7.5 9.375\n");
  }
  SUBCASE("a header naming no criterion suggests the closest id") {
    ScoreTable other(static_cast<int>(framework.leaves().size()));
    Diagnostics more;
    const std::string path = folder.write("typo.csv", "unit,year,Transparancy\nTỉnh A,2021,5\n");
    read_scores({path, std::nullopt}, framework, other, {}, more);
    CHECK(messages(more.all()) ==
          path +
              ":1:11: error: column 'Transparancy' is not a leaf criterion of the framework; "
              "did you mean 'transparency'?\n");
  }
}

TEST_CASE(
    "method inputs: scores of a normalised leaf may be negative or above its maximum, others may "
    "not") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const Framework framework = read_framework(folder.write("framework.csv",
                                                          "id,parent,name,max,normalise,direction\n"
                                                          "days,,Số ngày,10,minmax,-1\n"
                                                          "plain,,Điểm,10,,\n"),
                                             {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  ScoreTable table(2);
  const std::string path = folder.write("scores.csv",
                                        "unit,year,days,plain\n"
                                        "A,2023,-1,3\n"
                                        "B,2023,45,4\n"
                                        "C,2023,-0.5,10\n"
                                        "D,2023,5,-1\n"
                                        "E,2023,5,11\n");
  read_scores({path, std::nullopt}, framework, table, {}, diagnostics);
  CHECK(messages(diagnostics.all()) ==
        path + ":5:10: error: score '-1' is negative; scores are points achieved, from 0\n" + path +
            ":6:10: error: score '11' is above the maximum 10 of criterion 'plain'\n");
  // The raw values are kept as read: -1 is a value, not the mark of an n/a cell.
  CHECK(describe(table) ==
        "A 2023: -1 3\n"
        "B 2023: 45 4\n"
        "C 2023: -0.5 10\n"
        "D 2023: 5 -\n"
        "E 2023: 5 -\n");
}

// ---------------------------------------------------------------------------------------------
// Bands

TEST_CASE("method inputs: bands by quantile and in several sets") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  SUBCASE("set, label, min and quantile columns") {
    const BandScheme bands = read_bands(folder.write("bands.csv",
                                                     "set,group,label,min,quantile\n"
                                                     "Quartile,,Cao nhất,,0.75\n"
                                                     "Quartile,,Trung bình cao,,0.5\n"
                                                     "Quartile,,Trung bình thấp,,0.25\n"
                                                     "Quartile,,Thấp nhất,,0\n"
                                                     "Tỉnh,,Tốt,60,\n"
                                                     "Tỉnh,,Chưa tốt,0,\n"),
                                        {}, diagnostics);
    REQUIRE(messages(diagnostics.all()) == "");
    CHECK(bands.sets() == std::vector<std::string>{"Quartile", "Tỉnh"});
    CHECK(describe(bands.for_group("")) ==
          std::vector<std::string>{"Cao nhất q0.75", "Trung bình cao q0.5", "Trung bình thấp q0.25",
                                   "Thấp nhất q0"});
    CHECK(describe(bands.for_group("", "Tỉnh")) ==
          std::vector<std::string>{"Tốt 60", "Chưa tốt 0"});
    std::vector<double> values;
    for (int i = 1; i <= 63; ++i) values.push_back(i);
    std::vector<std::string> minima;
    for (const Band& band : bands.resolved("", values)) minima.push_back(text(band.min));
    CHECK(minima == std::vector<std::string>{"47.5", "32", "16.5", "1"});
  }
  SUBCASE("Vietnamese headers, semicolons and decimal commas") {
    const BandScheme bands =
        read_bands(folder.write("bands.csv", "Bộ;Xếp loại;Phân vị\nPAPI;Cao;0,75\nPAPI;Thấp;0\n"),
                   {}, diagnostics);
    REQUIRE(messages(diagnostics.all()) == "");
    CHECK(bands.sets() == std::vector<std::string>{"PAPI"});
    CHECK(describe(bands.for_group("")) == std::vector<std::string>{"Cao q0.75", "Thấp q0"});
  }
}

TEST_CASE("method inputs: problems in a bands file with quantiles are reported verbatim") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  SUBCASE("a band needs exactly one of a minimum and a quantile, from 0 to 1, each once") {
    const std::string path = folder.write("bands.csv",
                                          "label,min,quantile\n"
                                          "Cả hai,50,0.5\n"
                                          "Không có,,\n"
                                          "Phần trăm,,75\n"
                                          "Âm,,-0.1\n"
                                          "Cao,,0.5\n"
                                          "Giữa,,0.5\n");
    read_bands(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) ==
          path + ":2:11: error: band 'Cả hai' needs either a minimum or a quantile\n" + path +
              ":3:10: error: band 'Không có' needs either a minimum or a quantile\n" + path +
              ":4:12: error: quantile '75' of band 'Phần trăm' is not between 0 and 1 (0.75 is the "
              "75th percentile)\n" +
              path +
              ":5:5: error: quantile '-0.1' of band 'Âm' is not between 0 and 1 (0.75 is the 75th "
              "percentile)\n" +
              path + ":7:7: error: bands 'Cao' and 'Giữa' have the same quantile 0.5\n");
  }
  SUBCASE("a bands file with neither a min nor a quantile column") {
    const std::string path = folder.write("bands.csv", "group,label\n,Tốt\n");
    read_bands(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) ==
          path + ":1:1: error: missing column 'min' (or 'quantile' for bands by quantile)\n");
  }
}

// ---------------------------------------------------------------------------------------------
// Excluded units

TEST_CASE("method inputs: the excluded units file lists units with or without a year") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  SUBCASE("with a year column, blank for every year") {
    const std::vector<Exclusion> excluded = read_exclusions(
        folder.write("excluded.csv", "unit,year\nTỉnh Hồ Sen,2022\nTỉnh  Ea Lam ,\n"), {},
        diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    CHECK(excluded == std::vector<Exclusion>{{"Tỉnh Hồ Sen", 2022}, {"Tỉnh Ea Lam", std::nullopt}});
  }
  SUBCASE("Vietnamese header, no year column") {
    const std::vector<Exclusion> excluded =
        read_exclusions(folder.write("excluded.csv", "Đơn vị\nTỉnh Hồ Sen\n"), {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    CHECK(excluded == std::vector<Exclusion>{{"Tỉnh Hồ Sen", std::nullopt}});
  }
  SUBCASE("the shipped PAPI sample") {
    const std::vector<Exclusion> excluded = read_exclusions(
        std::filesystem::path(find_method("papi").directory).parent_path().parent_path().string() +
            "/data-samples/methods/papi-excluded.csv",
        {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    CHECK(excluded == std::vector<Exclusion>{{"Tỉnh Hồ Sen", 2022}});
  }
  SUBCASE("an empty unit and a bad year") {
    const std::string path =
        folder.write("excluded.csv", "unit,year\n,2022\nTỉnh B,20x2\nTỉnh C,2023\n");
    const std::vector<Exclusion> excluded = read_exclusions(path, {}, diagnostics);
    CHECK(messages(diagnostics.all()) ==
          path + ":2:1: error: unit name is empty\n" + path +
              ":3:8: error: year '20x2' is not a year such as 2022\n");
    CHECK(excluded == std::vector<Exclusion>{{"Tỉnh C", 2023}});
  }
}

// ---------------------------------------------------------------------------------------------
// Built-in methods

TEST_CASE("method inputs: the built-in methods are listed by name") {
  std::vector<std::string> names;
  for (const Method& method : list_methods()) names.push_back(method.name);
  CHECK(names == std::vector<std::string>{"papi", "par-province-2017", "pci-2014", "pci-2022"});
}

TEST_CASE(
    "method inputs: find_method finds a shipped method and its files read without a problem") {
  Diagnostics diagnostics;
  SUBCASE("papi: eight dimensions on 10 summed to 80, published as points, in quartile groups") {
    const Method papi = find_method("papi");
    CHECK(papi.name == "papi");
    CHECK(papi.title == "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)");
    CHECK(papi.headline == Headline::kPoints);
    CHECK(std::filesystem::path(papi.directory).filename() == "papi");
    CHECK(papi.has_bands());
    const Framework framework = read_framework(papi.framework_path(), {}, diagnostics);
    const BandScheme bands = read_bands(papi.bands_path(), {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    CHECK(framework.fields().size() == 8);
    CHECK(framework.root_combine() == Combine::kSum);
    CHECK(framework.max() == 80);
    CHECK(describe(bands.for_group("")) ==
          std::vector<std::string>{"Cao nhất q0.75", "Trung bình cao q0.5", "Trung bình thấp q0.25",
                                   "Thấp nhất q0"});
  }
  SUBCASE("pci-2014 and pci-2022: ten sub-indices weighted into a score on 100, without bands") {
    for (const auto& [name, weights] : std::vector<std::pair<std::string, std::vector<double>>>{
             {"pci-2014", {5, 5, 20, 5, 10, 5, 5, 20, 20, 5}},
             {"pci-2022", {5, 10, 5, 5, 15, 10, 15, 15, 10, 10}}}) {
      CAPTURE(name);
      const Method pci = find_method(name);
      CHECK(pci.headline == Headline::kScore);
      CHECK_FALSE(pci.has_bands());
      const Framework framework = read_framework(pci.framework_path(), {}, diagnostics);
      CHECK(messages(diagnostics.all()) == "");
      CHECK(framework.root_combine() == Combine::kWeighted);
      CHECK(framework.max() == 100);
      std::vector<double> given;
      for (int field : framework.fields()) given.push_back(framework.node(field).weight);
      CHECK(given == weights);
    }
  }
  SUBCASE("par-province-2017: eight fields with the 2948/QĐ-BNV maxima and the A/B/C bands") {
    const Method par = find_method("par-province-2017");
    CHECK(par.headline == Headline::kIndex);
    const Framework framework = read_framework(par.framework_path(), {}, diagnostics);
    const BandScheme bands = read_bands(par.bands_path(), {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    std::vector<double> maxima;
    for (int field : framework.fields()) maxima.push_back(framework.node(field).max);
    CHECK(maxima == std::vector<double>{10, 10, 14.5, 11, 16, 7, 16, 15.5});
    CHECK(framework.max() == 100);
    CHECK(describe(bands.for_group("")) ==
          std::vector<std::string>{"A 90", "B 80", "C 70", "Dưới C 0"});
  }
}

TEST_CASE(
    "method inputs: an unknown method name suggests the methods it starts, else the closest") {
  CHECK(thrown_by([] { find_method("pci"); }) ==
        "chiso: error: unknown method 'pci'; did you mean 'pci-2014' or 'pci-2022'? ('chiso "
        "methods' lists them)\n");
  CHECK(thrown_by([] { find_method("p"); }) ==
        "chiso: error: unknown method 'p'; did you mean 'papi', 'par-province-2017', 'pci-2014' or "
        "'pci-2022'? "
        "('chiso methods' lists them)\n");
  CHECK(thrown_by([] { find_method("par"); }) ==
        "chiso: error: unknown method 'par'; did you mean 'par-province-2017'? ('chiso methods' "
        "lists them)\n");
  CHECK(thrown_by([] { find_method("papl"); }) ==
        "chiso: error: unknown method 'papl'; did you mean 'papi'? ('chiso methods' lists them)\n");
  CHECK(thrown_by([] { find_method("vcci"); }) ==
        "chiso: error: unknown method 'vcci' ('chiso methods' lists them)\n");
}

TEST_CASE(
    "method inputs: a copied method folder is found by its path and runs with a changed weight") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const std::string shipped = contents(find_method("pci-2014").framework_path());
  // Transparency down from 20 to 15, labour training up from 20 to 25: the composite moves by
  // (15 − 20) × 5 / 10 + (25 − 20) × 7.5 / 10 = +1.25, from 65.9375 to 67.1875.
  folder.write("pci-tinh/framework.csv",
               replaced(replaced(shipped, ",10,20,Transparency", ",10,15,Transparency"),
                        ",10,20,Labour training", ",10,25,Labour training"));
  folder.write(
      "pci-tinh/method.csv",
      "key,value\nname,pci-tinh\ntitle,PCI của tỉnh\nheadline,score\nsource,Bản sao của pci-2014\n"
      "note,Trọng số đã đổi\n");
  const Method method = find_method(folder.path("pci-tinh"));
  CHECK(method.name == "pci-tinh");
  CHECK(method.title == "PCI của tỉnh");
  CHECK(method.headline == Headline::kScore);
  CHECK(method.source == "Bản sao của pci-2014");
  CHECK(method.note == "Trọng số đã đổi");
  CHECK_FALSE(method.has_bands());
  const Framework framework = read_framework(method.framework_path(), {}, diagnostics);
  ScoreTable table(static_cast<int>(framework.leaves().size()));
  read_scores(
      {folder.write(
           "scores.csv",
           std::string("unit,year,entry_costs,land_access,transparency,time_costs,informal_charges,"
                       "policy_bias,proactivity,business_support,labour_training,"
                       "legal_institutions\nTỉnh Sông Xanh,2021,") +
               kPciRow + "\n"),
       std::nullopt},
      framework, table, {}, diagnostics);
  REQUIRE(messages(diagnostics.all()) == "");
  const std::vector<UnitResult> results = aggregate(framework, table, 2021);
  REQUIRE(results.size() == 1);
  CHECK(text(results[0].total) == "67.1875/100");
}

TEST_CASE("method inputs: a method folder's problems are reported verbatim") {
  TemporaryFolder folder;
  SUBCASE("a folder without method.csv") {
    const std::string path = folder.path("empty");
    std::filesystem::create_directories(path);
    CHECK(thrown_by([&] { find_method(path); }) ==
          "chiso: error: '" + path + "' is not a method folder: it has no method.csv\n");
  }
  SUBCASE("a headline that is not one of the three") {
    const std::string path =
        folder.write("bad/method.csv", "key,value\nname,bad\nheadline,percent\n");
    CHECK(thrown_by([&] { find_method(folder.path("bad")); }) ==
          path + ":3:10: error: headline 'percent' is not one of 'index', 'points', 'score'\n");
  }
  SUBCASE("an unknown key") {
    const std::string path = folder.write("bad/method.csv", "key,value\nweights,5\n");
    CHECK(thrown_by([&] { find_method(folder.path("bad")); }) ==
          path +
              ":2:1: error: unknown key 'weights'; the keys are name, title, headline, source, "
              "note\n");
  }
  SUBCASE("a bands.csv that cannot be looked at, when the method is found") {
    folder.write("loop/method.csv", "key,value\nname,loop\n");
    std::filesystem::create_symlink("bands.csv", folder.path("loop/bands.csv"));
    CHECK(thrown_by([&] { find_method(folder.path("loop")); }) ==
          "chiso: error: cannot read '" + folder.path("loop") +
              "/bands.csv': Too many levels of symbolic links\n");
  }
  SUBCASE("whether it has bands is found with the method, and kept in it") {
    folder.write("banded/method.csv", "key,value\nname,banded\n");
    const std::string bands = folder.write("banded/bands.csv", "group,label,min\n,A,0\n");
    const Method method = find_method(folder.path("banded"));
    std::filesystem::remove(bands);
    CHECK(method.has_bands());
  }
  SUBCASE("without a name key, the folder's name") {
    folder.write("my-papi/method.csv", "key,value\nheadline,points\n");
    const Method method = find_method(folder.path("my-papi"));
    CHECK(method.name == "my-papi");
    CHECK(method.headline == Headline::kPoints);
  }
}

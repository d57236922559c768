// Tests of compare: one ranking against another, and every unit's history across the years.
#include "chiso/compare.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "printers.h"

namespace chiso {

// Failure messages print whole values; -1 stands for an empty optional. `static`: printers of
// this file's types; shared ones are in printers.h.
static std::ostream& operator<<(std::ostream& out, const UnitChange& unit) {
  return out << "{'" << unit.group << "', '" << unit.unit << "', rank "
             << unit.old_rank.value_or(-1) << " -> " << unit.new_rank.value_or(-1) << ", index "
             << unit.old_index.value_or(-1) << " -> " << unit.new_index.value_or(-1) << ", band '"
             << unit.old_band << "' -> '" << unit.new_band << "'}";
}

static std::ostream& operator<<(std::ostream& out, const Move& move) {
  return out << "{'" << move.unit << "', " << move.rank << ", " << move.previous_rank << ", "
             << move.change << '}';
}

static std::ostream& operator<<(std::ostream& out, const BandShift& band) {
  return out << "{'" << band.label << "', " << band.old_units << " -> " << band.new_units << '}';
}

static std::ostream& operator<<(std::ostream& out, const GroupChange& change) {
  out << "{'" << change.group << "', units " << change.old_units << " -> " << change.new_units
      << ", climbed " << change.climbed << ", fell " << change.fell << ", held " << change.held
      << ", new " << change.entered << ", gone " << change.gone << ", climbers";
  for (const Move& move : change.climbers) out << ' ' << move;
  out << ", fallers";
  for (const Move& move : change.fallers) out << ' ' << move;
  out << ", bands";
  for (const BandShift& band : change.bands) out << ' ' << band;
  return out << ", has bands " << change.old_has_bands << ' ' << change.new_has_bands << '}';
}

static std::ostream& operator<<(std::ostream& out, const YearStanding& standing) {
  return out << '{' << standing.year << ", " << standing.rank << ", " << standing.index.value_or(-1)
             << ", '" << standing.band << "'}";
}

static std::ostream& operator<<(std::ostream& out, const UnitHistory& unit) {
  out << "{'" << unit.group << "', '" << unit.unit << "',";
  for (const YearStanding& standing : unit.years) out << ' ' << standing;
  return out << ", best " << unit.best_year << ", worst " << unit.worst_year << '}';
}

}  // namespace chiso

using namespace chiso;

namespace {

const std::string kDepartments = "Sở, ban, ngành";
const std::string kDistricts = "UBND cấp huyện";

PreviousStanding standing(const std::string& group, const std::string& unit, int rank,
                          std::optional<double> index = std::nullopt,
                          const std::string& band = "") {
  PreviousStanding result;
  result.unit = unit;
  result.group = group;
  result.rank = rank;
  result.index = index;
  result.band = band;
  return result;
}

UnitChange change(const std::string& group, const std::string& unit, std::optional<int> old_rank,
                  std::optional<int> new_rank, std::optional<double> old_index = std::nullopt,
                  std::optional<double> new_index = std::nullopt, const std::string& old_band = "",
                  const std::string& new_band = "") {
  return {group, unit, old_rank, new_rank, old_index, new_index, old_band, new_band};
}

// Departments and districts in 2021 and 2022: a climb of 11, falls, a held rank, a unit new in
// 2022 and a unit gone from it.
YearStandings departments_2021() {
  return {2021,
          {standing(kDepartments, "Kho bạc Nhà nước tỉnh", 1, 95.63, "Xuất sắc"),
           standing(kDepartments, "Cục Thuế tỉnh", 2, 94.87, "Xuất sắc"),
           standing(kDepartments, "Sở Nội vụ", 3, 88.64, "Tốt"),
           standing(kDepartments, "Sở Ngoại vụ", 4, 84.10, "Tốt"),
           standing(kDepartments, "Sở Lao động, Thương binh và Xã hội", 5, 80.83, "Tốt"),
           standing(kDistricts, "UBND huyện Ea Lam", 1, 77.22, "Khá")}};
}

YearStandings departments_2022() {
  return {2022,
          {standing(kDistricts, "UBND huyện Ea Lam", 1, 76.18, "Khá"),
           standing(kDepartments, "Cục Thuế tỉnh", 1, 98.12, "Xuất sắc"),
           standing(kDepartments, "Sở Lao động, Thương binh và Xã hội", 2, 89.41, "Tốt"),
           standing(kDepartments, "Kho bạc Nhà nước tỉnh", 3, 88.50, "Tốt"),
           standing(kDepartments, "Ban Quản lý các khu công nghiệp", 4, 84.24, "Tốt"),
           standing(kDepartments, "Sở Nội vụ", 5, 79.71, "Khá")}};
}

Framework framework_of(const std::vector<std::string>& leaves) {
  std::vector<CriterionRow> rows;
  CriterionRow field;
  field.id = "1";
  rows.push_back(field);
  for (const std::string& id : leaves) {
    CriterionRow leaf;
    leaf.id = id;
    leaf.parent = "1";
    leaf.max = 5;
    rows.push_back(leaf);
  }
  Diagnostics diagnostics;
  Framework framework = Framework::build(rows, diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  return framework;
}

}  // namespace

TEST_CASE(
    "compare: every unit's ranks, indices and bands in both years, in group then new rank order") {
  const Comparison comparison = compare(departments_2021(), departments_2022());
  CHECK(comparison.old_year == 2021);
  CHECK(comparison.new_year == 2022);
  // The new ranking lists the districts first, so they come first; the gone unit ends its group.
  CHECK(comparison.groups == std::vector<std::string>{kDistricts, kDepartments});
  CHECK(comparison.units ==
        std::vector<UnitChange>{
            change(kDistricts, "UBND huyện Ea Lam", 1, 1, 77.22, 76.18, "Khá", "Khá"),
            change(kDepartments, "Cục Thuế tỉnh", 2, 1, 94.87, 98.12, "Xuất sắc", "Xuất sắc"),
            change(kDepartments, "Sở Lao động, Thương binh và Xã hội", 5, 2, 80.83, 89.41, "Tốt",
                   "Tốt"),
            change(kDepartments, "Kho bạc Nhà nước tỉnh", 1, 3, 95.63, 88.50, "Xuất sắc", "Tốt"),
            change(kDepartments, "Ban Quản lý các khu công nghiệp", std::nullopt, 4, std::nullopt,
                   84.24, "", "Tốt"),
            change(kDepartments, "Sở Nội vụ", 3, 5, 88.64, 79.71, "Tốt", "Khá"),
            change(kDepartments, "Sở Ngoại vụ", 4, std::nullopt, 84.10, std::nullopt, "Tốt", ""),
        });
}

TEST_CASE("compare: rank change is old rank minus new rank, positive when the unit climbed") {
  const UnitChange climbed = change(kDepartments, "A", 17, 6, 80.83, 89.41);
  const UnitChange fell = change(kDepartments, "B", 8, 12, 87.58, 88.46);
  const UnitChange held = change(kDepartments, "C", 4, 4, 89.73, 89.73);
  const UnitChange entered = change(kDepartments, "D", std::nullopt, 4, std::nullopt, 84.24);
  const UnitChange gone = change(kDepartments, "E", 4, std::nullopt, 84.10, std::nullopt);
  CHECK(climbed.rank_change() == 11);
  CHECK(climbed.movement() == Movement::kClimbed);
  CHECK(fell.rank_change() == -4);
  CHECK(fell.movement() == Movement::kFell);
  CHECK(held.rank_change() == 0);
  CHECK(held.movement() == Movement::kHeld);
  CHECK(entered.rank_change() == std::nullopt);
  CHECK(entered.movement() == Movement::kNew);
  CHECK(gone.rank_change() == std::nullopt);
  CHECK(gone.movement() == Movement::kGone);
}

TEST_CASE(
    "compare: index change is new minus old in percentage points, empty when either is unknown") {
  CHECK(change("", "A", 17, 6, 80.83, 89.41).index_change() == doctest::Approx(8.58));
  CHECK(change("", "B", 2, 3, 88.50, 79.71).index_change() == doctest::Approx(-8.79));
  CHECK(change("", "C", 4, 4, 89.73, 89.73).index_change() == 0.0);
  CHECK(change("", "D", 4, 4, std::nullopt, 89.73).index_change() == std::nullopt);
  CHECK(change("", "E", 4, 4, 89.73, std::nullopt).index_change() == std::nullopt);
}

TEST_CASE("compare: per group the counts of climbs, falls, held ranks, new and gone units") {
  const Comparison comparison = compare(departments_2021(), departments_2022());
  REQUIRE(comparison.changes.size() == 2);
  const GroupChange& districts = comparison.changes[0];
  CHECK(districts ==
        GroupChange{kDistricts, 1, 1, 0, 0, 1, 0, 0, {}, {}, {{"Khá", 1, 1}}, true, true});
  const GroupChange& departments = comparison.changes[1];
  CHECK(departments.group == kDepartments);
  CHECK(departments.old_units == 5);
  CHECK(departments.new_units == 5);
  CHECK(departments.climbed == 2);
  CHECK(departments.fell == 2);
  CHECK(departments.held == 0);
  CHECK(departments.entered == 1);
  CHECK(departments.gone == 1);
  CHECK(departments.climbers == std::vector<Move>{{"Sở Lao động, Thương binh và Xã hội", 2, 5, 3},
                                                  {"Cục Thuế tỉnh", 1, 2, 1}});
  CHECK(departments.fallers ==
        std::vector<Move>{{"Kho bạc Nhà nước tỉnh", 3, 1, -2}, {"Sở Nội vụ", 5, 3, -2}});
}

TEST_CASE(
    "compare: each band's count in both years, highest band first, new and gone units included") {
  const Comparison comparison = compare(departments_2021(), departments_2022());
  // 2021: Xuất sắc 2, Tốt 3 (Sở Ngoại vụ, gone in 2022, among them); 2022: Xuất sắc 1, Tốt 3
  // (Ban Quản lý, new, among them), Khá 1.
  CHECK(comparison.changes[1].bands ==
        std::vector<BandShift>{{"Xuất sắc", 2, 1}, {"Tốt", 3, 3}, {"Khá", 0, 1}});
  CHECK(comparison.changes[1].bands[0].change() == -1);
  CHECK(comparison.changes[1].bands[1].change() == 0);
  CHECK(comparison.changes[1].bands[2].change() == 1);

  SUBCASE("without indices, bands are ordered by the best rank that got them") {
    YearStandings before{
        2021,
        {standing("", "A", 1, std::nullopt, "Tốt"), standing("", "B", 2, std::nullopt, "Khá")}};
    YearStandings after{2022,
                        {standing("", "B", 1, std::nullopt, "Xuất sắc"),
                         standing("", "A", 2, std::nullopt, "Tốt")}};
    CHECK(compare(before, after).changes[0].bands ==
          std::vector<BandShift>{{"Xuất sắc", 0, 1}, {"Tốt", 1, 1}, {"Khá", 1, 0}});
  }
  SUBCASE("a table without bands gives no band counts for its year") {
    YearStandings before{2021, {standing("", "A", 1, 90.0), standing("", "B", 2, 80.0)}};
    YearStandings after{
        2022, {standing("", "A", 1, 91.0, "Xuất sắc"), standing("", "B", 2, 85.0, "Tốt")}};
    const GroupChange group = compare(before, after).changes[0];
    CHECK(group.bands == std::vector<BandShift>{{"Xuất sắc", 0, 1}, {"Tốt", 0, 1}});
    CHECK_FALSE(group.old_has_bands);
    CHECK(group.new_has_bands);
  }
}

TEST_CASE("compare: the three largest moves each way, equal moves by new rank") {
  // Moves +7 +7 +4 +3 +1 and -1 -3 -5 -7; H and I share the largest climb, listed by new rank.
  YearStandings before{2021,
                       {standing("", "A", 1), standing("", "B", 2), standing("", "C", 3),
                        standing("", "D", 4), standing("", "E", 5), standing("", "F", 6),
                        standing("", "G", 7), standing("", "H", 8), standing("", "I", 9)}};
  YearStandings after{2022,
                      {standing("", "A", 8), standing("", "B", 7), standing("", "C", 6),
                       standing("", "D", 5), standing("", "E", 4), standing("", "F", 3),
                       standing("", "G", 3), standing("", "H", 1), standing("", "I", 2)}};
  const GroupChange group = compare(before, after).changes[0];
  CHECK(group.climbers == std::vector<Move>{{"H", 1, 8, 7}, {"I", 2, 9, 7}, {"G", 3, 7, 4}});
  CHECK(group.fallers == std::vector<Move>{{"A", 8, 1, -7}, {"B", 7, 2, -5}, {"C", 6, 3, -3}});
  CHECK(group.climbed == 5);  // E, F, G, H, I
  CHECK(group.fell == 4);     // A, B, C, D
}

TEST_CASE(
    "compare: a unit's group comes from the new ranking, or from the old when the new has none") {
  YearStandings published{
      std::nullopt, {standing("", "Sở Nội vụ", 2, 88.64), standing("", "Sở Tư pháp", 1, 89.12)}};
  YearStandings ours{
      2022, {standing(kDepartments, "Sở Nội vụ", 1, 89.62), standing("", "Sở Y tế", 2, 88.53)}};
  Comparison comparison = compare(published, ours);
  CHECK(comparison.old_year == std::nullopt);
  CHECK(comparison.groups == std::vector<std::string>{kDepartments, ""});
  CHECK(comparison.units == std::vector<UnitChange>{
                                change(kDepartments, "Sở Nội vụ", 2, 1, 88.64, 89.62),
                                change("", "Sở Y tế", std::nullopt, 2, std::nullopt, 88.53),
                                change("", "Sở Tư pháp", 1, std::nullopt, 89.12, std::nullopt),
                            });
  YearStandings grouped_before{2021, {standing(kDepartments, "Sở Tư pháp", 1, 89.12)}};
  YearStandings ungrouped_after{2022, {standing("", "Sở Tư pháp", 3, 89.15)}};
  CHECK(compare(grouped_before, ungrouped_after).units ==
        std::vector<UnitChange>{change(kDepartments, "Sở Tư pháp", 1, 3, 89.12, 89.15)});
}

TEST_CASE("compare: equal new ranks are listed by name, gone units after by their old rank") {
  YearStandings before{
      2021,
      {standing("", "Z", 1), standing("", "Y", 2), standing("", "X", 3), standing("", "W", 3)}};
  YearStandings after{2022, {standing("", "C", 2), standing("", "B", 2), standing("", "A", 1)}};
  std::vector<std::string> order;
  for (const UnitChange& unit : compare(before, after).units) order.push_back(unit.unit);
  CHECK(order == std::vector<std::string>{"A", "B", "C", "Z", "Y", "W", "X"});
}

TEST_CASE("compare: a ranking compared with itself gives zero change everywhere") {
  const Comparison comparison = compare(departments_2022(), departments_2022());
  for (const UnitChange& unit : comparison.units) {
    CAPTURE(unit);
    CHECK(unit.movement() == Movement::kHeld);
    CHECK(unit.rank_change() == 0);
    CHECK(unit.index_change() == 0.0);
    CHECK(unit.old_band == unit.new_band);
  }
  for (const GroupChange& group : comparison.changes) {
    CHECK(group.climbed + group.fell + group.entered + group.gone == 0);
    for (const BandShift& band : group.bands) CHECK(band.change() == 0);
  }
}

TEST_CASE("compare: shuffling the rows of either ranking changes nothing") {
  YearStandings before = departments_2021();
  YearStandings after = departments_2022();
  const Comparison expected = compare(before, after);
  std::mt19937 random(2022);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(before.standings.begin(), before.standings.end(), random);
    std::shuffle(after.standings.begin(), after.standings.end(), random);
    const Comparison shuffled = compare(before, after);
    // Group order follows the new ranking's rows; everything else must not move.
    CHECK(shuffled.units.size() == expected.units.size());
    for (const std::string& group : expected.groups) {
      std::vector<UnitChange> a;
      std::vector<UnitChange> b;
      for (const UnitChange& unit : expected.units)
        if (unit.group == group) a.push_back(unit);
      for (const UnitChange& unit : shuffled.units)
        if (unit.group == group) b.push_back(unit);
      CHECK(a == b);
    }
  }
}

TEST_CASE("compare: same_criteria compares the leaf ids of two frameworks, in any order") {
  CHECK(same_criteria(framework_of({"1.1", "1.2", "1.3"}), framework_of({"1.3", "1.1", "1.2"})));
  CHECK_FALSE(same_criteria(framework_of({"1.1", "1.2", "1.3"}), framework_of({"1.1", "1.2"})));
  CHECK_FALSE(same_criteria(framework_of({"1.1", "1.2"}), framework_of({"1.1", "1.2.1"})));
}

TEST_CASE(
    "history: each unit's years, best and worst year by rank, equal ranks giving the latest year") {
  const History result = history({
      {2020,
       {standing(kDepartments, "Sở Nội vụ", 9, 85.00, "Tốt"),
        standing(kDepartments, "Cục Thuế tỉnh", 1, 96.61, "Xuất sắc")}},
      {2021,
       {standing(kDepartments, "Cục Thuế tỉnh", 2, 94.87, "Xuất sắc"),
        standing(kDepartments, "Sở Nội vụ", 6, 88.64, "Tốt")}},
      {2022,
       {standing(kDepartments, "Cục Thuế tỉnh", 1, 98.12, "Xuất sắc"),
        standing(kDepartments, "Sở Nội vụ", 6, 89.62, "Tốt")}},
  });
  CHECK(result.years == std::vector<int>{2020, 2021, 2022});
  CHECK(result.groups == std::vector<std::string>{kDepartments});
  CHECK(result.units ==
        std::vector<UnitHistory>{
            {kDepartments,
             "Cục Thuế tỉnh",
             {{2020, 1, 96.61, "Xuất sắc"},
              {2021, 2, 94.87, "Xuất sắc"},
              {2022, 1, 98.12, "Xuất sắc"}},
             std::nullopt,
             {},
             2022,
             2021},
            {kDepartments,
             "Sở Nội vụ",
             {{2020, 9, 85.00, "Tốt"}, {2021, 6, 88.64, "Tốt"}, {2022, 6, 89.62, "Tốt"}},
             std::nullopt,
             {},
             2022,
             2020},
        });
  CHECK(result.units[0].rank_change() == 0);
  CHECK(result.units[0].index_change() == doctest::Approx(1.51));
  CHECK(result.units[1].rank_change() == 3);
  CHECK(result.units[1].index_change() == doctest::Approx(4.62));
}

TEST_CASE("history: a merged unit's change, best and worst rank start with the merger") {
  // 2023: Sở Nội vụ absorbs Sở Lao động (it keeps its name); Sở A and Sở B become Sở C.
  const std::vector<YearStandings> years = {
      {2021,
       {standing("", "Sở Nội vụ", 2, 90.0), standing("", "Sở Lao động", 3, 85.0),
        standing("", "Sở A", 4, 80.0), standing("", "Sở B", 5, 70.0)}},
      {2022,
       {standing("", "Sở Nội vụ", 1, 92.0), standing("", "Sở Lao động", 2, 90.0),
        standing("", "Sở A", 3, 80.0), standing("", "Sở B", 4, 75.0)}},
      {2023, {standing("", "Sở C", 1, 91.0), standing("", "Sở Nội vụ", 3, 88.0)}},
      {2024, {standing("", "Sở Nội vụ", 2, 89.5), standing("", "Sở C", 1, 93.0)}},
  };
  const std::vector<Rename> renames = {
      {"Sở Lao động", "Sở Nội vụ", 2023}, {"Sở A", "Sở C", 2023}, {"Sở B", "Sở C", 2023}};
  const std::map<std::string, Merger> mergers = find_mergers(years, renames);
  CHECK(mergers == std::map<std::string, Merger>{
                       {"Sở C", {2023, {"Sở A", "Sở B"}}},
                       {"Sở Nội vụ", {2023, {"Sở Nội vụ", "Sở Lao động"}}},
                   });
  const History result = history(years, mergers);
  const auto find = [&](const std::string& name) {
    return *std::find_if(result.units.begin(), result.units.end(),
                         [&](const UnitHistory& unit) { return unit.unit == name; });
  };
  const UnitHistory interior = find("Sở Nội vụ");
  CHECK(interior.years.size() == 4);  // its own earlier years stay in its row
  CHECK(interior.merged_year == 2023);
  CHECK(interior.compared_years().size() == 2);
  CHECK(interior.rank_change() == 1);  // 3 in 2023 to 2 in 2024, not 2 in 2021 to 2 in 2024
  CHECK(interior.index_change() == doctest::Approx(1.5));
  CHECK(interior.best_year == 2024);  // its 1st place of 2022 was before the merger
  CHECK(interior.worst_year == 2023);
  CHECK(find("Sở C").rank_change() == 0);
  CHECK(find("Sở Lao động").merged_year == std::nullopt);
  // Without renames, nothing is a merger and the change spans every year.
  CHECK(find_mergers(years, {}).empty());
  CHECK(history(years).units[1].rank_change() == 0);
}

TEST_CASE("history: the change runs from a unit's first to its last year; one year gives none") {
  const History result = history({
      {2022, {standing("", "B", 1, 90.0), standing("", "C", 2)}},
      {2020, {standing("", "A", 1, 80.0), standing("", "B", 4, 70.0), standing("", "C", 3, 75.0)}},
  });
  CHECK(result.years == std::vector<int>{2020, 2022});
  REQUIRE(result.units.size() == 3);
  const UnitHistory& b = result.units[0];
  CHECK(b.unit == "B");
  CHECK(b.rank_change() == 3);
  CHECK(b.index_change() == 20.0);
  const UnitHistory& c = result.units[1];
  CHECK(c.unit == "C");
  CHECK(c.rank_change() == 1);
  CHECK(c.index_change() == std::nullopt);  // 2022 published no index for it
  const UnitHistory& a = result.units[2];
  CHECK(a.unit == "A");
  CHECK(a.rank_change() == std::nullopt);
  CHECK(a.index_change() == std::nullopt);
  CHECK(a.best_year == 2020);
  CHECK(a.worst_year == 2020);
}

TEST_CASE("history: sorted by group, then the unit's last year, its rank that year, its name") {
  const History result = history({
      {2021,
       {standing(kDistricts, "UBND huyện Ea Lam", 1), standing(kDepartments, "Sở Ngoại vụ", 1),
        standing(kDepartments, "Sở Y tế", 2)}},
      {2022,
       {standing(kDepartments, "Sở Y tế", 1), standing(kDepartments, "Sở Tư pháp", 2),
        standing(kDepartments, "Sở Nội vụ", 2), standing("", "Sở Nội vụ mới", 1)}},
  });
  // Groups as the latest year lists them, then groups seen only earlier.
  CHECK(result.groups == std::vector<std::string>{kDepartments, "", kDistricts});
  std::vector<std::string> order;
  for (const UnitHistory& unit : result.units) order.push_back(unit.unit);
  CHECK(order == std::vector<std::string>{"Sở Y tế", "Sở Nội vụ", "Sở Tư pháp", "Sở Ngoại vụ",
                                          "Sở Nội vụ mới", "UBND huyện Ea Lam"});
}

TEST_CASE("history: a unit's group is the one of its latest year that gives a group") {
  const History result = history({
      {2021, {standing(kDepartments, "Sở Nội vụ", 1)}},
      {2022, {standing("", "Sở Nội vụ", 1)}},
  });
  REQUIRE(result.units.size() == 1);
  CHECK(result.units[0].group == kDepartments);
  CHECK(result.groups == std::vector<std::string>{kDepartments});
}

// Tests of league: ranking a year within groups, banding, and comparing with earlier years.
#include "chiso/league.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "listing.h"
#include "printers.h"

namespace chiso {

// Failure messages print whole values; -1 stands for an empty optional. `static`: printers of
// this file's types; shared ones are in printers.h.
static std::ostream& operator<<(std::ostream& out, const RankedUnit& unit) {
  out << '{' << unit.year << ", '" << unit.group << "', " << unit.rank << ", '" << unit.unit
      << "', " << unit.total.points << '/' << unit.total.max << ", " << unit.index << ", '"
      << unit.band << "', previous " << unit.previous_rank.value_or(-1) << ' '
      << unit.previous_index.value_or(-1) << " '" << unit.previous_band << "', fields";
  for (const Subtotal& field : unit.fields) out << ' ' << field.points << '/' << field.max;
  return out << '}';
}

static std::ostream& operator<<(std::ostream& out, const PreviousStanding& standing) {
  return out << "{'" << standing.unit << "', '" << standing.group << "', " << standing.rank << ", "
             << standing.index.value_or(-1) << ", '" << standing.band << "'}";
}

}  // namespace chiso

using namespace chiso;

namespace {

const std::string kDepartments = "Sở, ban, ngành";
const std::string kDistricts = "UBND cấp huyện";

// One unit's 2023 result with a single field.
UnitResult result(int unit, double points, double max) {
  return {unit, 2023, {points, max}, {{points, max}}};
}

// A league-table row with no comparison, as rank_year makes it.
RankedUnit row(const std::string& group, int rank, std::string unit, Subtotal total, double index,
               std::string band) {
  return {2023, group, rank, std::move(unit), total, index, std::move(band),
          {},   {},    {},   {total},         index, {},    {}};
}

Band band(std::string group, std::string label, double min, int line) {
  return {std::move(group), std::move(label), min, {"bands.csv", line, 1}, std::nullopt, {}};
}

BandScheme province_bands() {
  Diagnostics diagnostics;
  BandScheme bands =
      BandScheme::build({band("", "Xuất sắc", 90, 2), band("", "Tốt", 80, 3),
                         band(kDistricts, "Nhóm I", 75, 4), band(kDistricts, "Nhóm II", 60, 5)},
                        diagnostics);
  REQUIRE(diagnostics.all().empty());
  return bands;
}

UnitGroups province_groups() {
  return {{kDepartments, kDistricts, "Xã"},
          {{"Sở Tư pháp", kDepartments},
           {"Sở Nội vụ", kDepartments},
           {"Sở Y tế", kDepartments},
           {"Huyện Yên Lạc", kDistricts},
           {"Huyện Tam Đảo", kDistricts}},
          {}};
}

const std::vector<std::string> kNames{"Sở Tư pháp", "Huyện Yên Lạc", "Ban Dân tộc",
                                      "Sở Nội vụ",  "Huyện Tam Đảo", "Sở Y tế"};
const std::vector<UnitResult> kResults{result(0, 90, 100), result(1, 70, 100), result(2, 68.32, 84),
                                       result(3, 95, 100), result(4, 75, 100), result(5, 80, 100)};

using testing::listing;

}  // namespace

TEST_CASE("league: units are ranked within their group, groups in listed order, unlisted last") {
  LeagueTable table =
      rank_year(kResults, kNames, province_groups(), province_bands(), RankOptions{}, 2023);

  CHECK(table.year == 2023);
  CHECK_FALSE(table.previous_year.has_value());
  CHECK_FALSE(table.has_previous);
  CHECK(table.groups == std::vector<std::string>{kDepartments, kDistricts, ""});
  CHECK(table.units ==
        std::vector<RankedUnit>{row(kDepartments, 1, "Sở Nội vụ", {95, 100}, 95, "Xuất sắc"),
                                row(kDepartments, 2, "Sở Tư pháp", {90, 100}, 90, "Xuất sắc"),
                                row(kDepartments, 3, "Sở Y tế", {80, 100}, 80, "Tốt"),
                                row(kDistricts, 1, "Huyện Tam Đảo", {75, 100}, 75, "Nhóm I"),
                                row(kDistricts, 2, "Huyện Yên Lạc", {70, 100}, 70, "Nhóm II"),
                                row("", 1, "Ban Dân tộc", {68.32, 84}, 81.33, "Tốt")});

  SUBCASE("the order of the results changes nothing") {
    std::mt19937 random(2023);
    for (int round = 0; round < 5; ++round) {
      std::vector<UnitResult> shuffled = kResults;
      std::shuffle(shuffled.begin(), shuffled.end(), random);
      LeagueTable again =
          rank_year(shuffled, kNames, province_groups(), province_bands(), RankOptions{}, 2023);
      CHECK(again.groups == table.groups);
      CHECK(again.units == table.units);
    }
  }
}

TEST_CASE("league: indices are rounded as published before ranking unless the basis is exact") {
  // 11.5 / 13 = 88.461538…; 88.46 / 100 = 88.46. Both are published as 88.46.
  const std::vector<UnitResult> results{result(0, 88.46, 100), result(1, 11.5, 13)};
  const std::vector<std::string> names{"Sở A", "Sở B"};
  RankOptions options;

  SUBCASE("rounded: they share a rank, listed by name") {
    LeagueTable table = rank_year(results, names, UnitGroups{}, BandScheme{}, options, 2023);
    CHECK(listing(table) == std::vector<std::string>{"1 Sở A", "1 Sở B"});
    CHECK(table.units[0].index == 88.46);
    CHECK(table.units[1].index == 88.46);
  }
  SUBCASE("exact: the unrounded index decides") {
    options.basis = RankBasis::kExact;
    LeagueTable table = rank_year(results, names, UnitGroups{}, BandScheme{}, options, 2023);
    CHECK(listing(table) == std::vector<std::string>{"1 Sở B", "2 Sở A"});
    CHECK(table.units[0].index == 88.46);
  }
  SUBCASE("more decimals can separate them") {
    options.decimals = 3;
    LeagueTable table = rank_year(results, names, UnitGroups{}, BandScheme{}, options, 2023);
    CHECK(listing(table) == std::vector<std::string>{"1 Sở B", "2 Sở A"});
    CHECK(table.units[0].index == 88.462);
  }
  SUBCASE("the band follows the published index") {
    Diagnostics diagnostics;
    BandScheme bands =
        BandScheme::build({band("", "Xuất sắc", 90, 2), band("", "Tốt", 80, 3)}, diagnostics);
    LeagueTable table =
        rank_year({result(0, 89.996, 100)}, names, UnitGroups{}, bands, options, 2023);
    CHECK(table.units[0].index == 90);
    CHECK(table.units[0].band == "Xuất sắc");
  }
}

TEST_CASE("league: tied units are listed by name in code point order, which ordinal ties follow") {
  const std::vector<UnitResult> results{result(0, 80, 100), result(1, 80, 100), result(2, 90, 100),
                                        result(3, 80, 100), result(4, 70, 100)};
  const std::vector<std::string> names{"Đài Phát thanh", "Sở Y tế", "Văn phòng UBND", "Ban Dân tộc",
                                       "An Giang"};
  RankOptions options;
  auto ranked = [&](TieRule ties) {
    options.ties = ties;
    return listing(rank_year(results, names, UnitGroups{}, BandScheme{}, options, 2023));
  };
  CHECK(ranked(TieRule::kCompetition) ==
        std::vector<std::string>{"1 Văn phòng UBND", "2 Ban Dân tộc", "2 Sở Y tế",
                                 "2 Đài Phát thanh", "5 An Giang"});
  CHECK(ranked(TieRule::kDense) == std::vector<std::string>{"1 Văn phòng UBND", "2 Ban Dân tộc",
                                                            "2 Sở Y tế", "2 Đài Phát thanh",
                                                            "3 An Giang"});
  CHECK(ranked(TieRule::kOrdinal) == std::vector<std::string>{"1 Văn phòng UBND", "2 Ban Dân tộc",
                                                              "3 Sở Y tế", "4 Đài Phát thanh",
                                                              "5 An Giang"});
}

TEST_CASE("league: compare_with gives the rank change, positive for a climb, and index change") {
  LeagueTable table =
      rank_year(kResults, kNames, province_groups(), province_bands(), RankOptions{}, 2023);
  compare_with(table, {{"Sở Nội vụ", kDepartments, 3, 93.5, "Xuất sắc", std::nullopt},
                       {"Sở Tư pháp", kDepartments, 2, 90, "Xuất sắc", std::nullopt},
                       {"Sở Y tế", kDepartments, 1, 92.5, "Xuất sắc", std::nullopt},
                       {"Huyện Tam Đảo", kDistricts, 2, 70.25, "Nhóm II", std::nullopt},
                       {"Ban Dân tộc", "", 4, std::nullopt, "", std::nullopt},
                       {"Sở Công Thương", kDepartments, 4, 60, "", std::nullopt}});

  CHECK(table.has_previous);
  CHECK_FALSE(table.previous_year.has_value());
  CHECK(listing(table) == std::vector<std::string>{"1 Sở Nội vụ (was 3)", "2 Sở Tư pháp (was 2)",
                                                   "3 Sở Y tế (was 1)", "1 Huyện Tam Đảo (was 2)",
                                                   "2 Huyện Yên Lạc (new)",
                                                   "1 Ban Dân tộc (was 4)"});
  const std::vector<RankedUnit>& units = table.units;
  CHECK(units[0].rank_change() == std::optional<int>(2));
  CHECK(units[0].index_change() == std::optional<double>(1.5));
  CHECK(units[1].rank_change() == std::optional<int>(0));
  CHECK(units[1].index_change() == std::optional<double>(0));
  CHECK(units[2].rank_change() == std::optional<int>(-2));
  CHECK(units[2].index_change() == std::optional<double>(-12.5));
  CHECK(units[3].rank_change() == std::optional<int>(1));
  CHECK(units[3].index_change() == std::optional<double>(4.75));
  CHECK(units[3].previous_band == "Nhóm II");
  SUBCASE("a new unit has no previous rank, index or band") {
    CHECK_FALSE(units[4].previous_rank.has_value());
    CHECK_FALSE(units[4].rank_change().has_value());
    CHECK_FALSE(units[4].index_change().has_value());
    CHECK(units[4].previous_band == "");
  }
  SUBCASE("a previous table without indices still gives the rank change") {
    CHECK(units[5].rank_change() == std::optional<int>(3));
    CHECK_FALSE(units[5].index_change().has_value());
  }
}

TEST_CASE("league: comparing a year with itself gives zero change everywhere") {
  LeagueTable table =
      rank_year(kResults, kNames, province_groups(), province_bands(), RankOptions{}, 2023);
  compare_with(table, standings(table));
  REQUIRE(table.units.size() == 6);
  for (const RankedUnit& unit : table.units) {
    CAPTURE(unit);
    CHECK(unit.rank_change() == std::optional<int>(0));
    CHECK(unit.index_change() == std::optional<double>(0));
    CHECK(unit.previous_band == unit.band);
  }
}

TEST_CASE("league: standings keep each unit's group, rank, published index and band") {
  LeagueTable table =
      rank_year({result(0, 11.5, 13), result(1, 70, 100)}, {"Sở Y tế", "Huyện Tam Đảo"},
                province_groups(), province_bands(), RankOptions{}, 2023);
  CHECK(standings(table) ==
        std::vector<PreviousStanding>{{"Sở Y tế", kDepartments, 1, 88.46, "Tốt", 88.46},
                                      {"Huyện Tam Đảo", kDistricts, 1, 70, "Nhóm II", 70}});
}

TEST_CASE("league: check_bands reports each unit below the lowest band of its group") {
  Diagnostics diagnostics;
  SUBCASE("at the lowest band, with the published index") {
    LeagueTable table = rank_year({result(0, 78.5, 100), result(1, 55.25, 100), result(2, 90, 100)},
                                  {"Sở Y tế", "Huyện Yên Lạc", "Sở Tư pháp"}, province_groups(),
                                  province_bands(), RankOptions{}, 2023);
    check_bands(table, province_bands(), diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{{{"bands.csv", 3, 1},
                                   Severity::kError,
                                   "unit 'Sở Y tế' has index 78.50 in 2023, below the lowest band "
                                   "'Tốt' (from 80); add a band from 0"},
                                  {{"bands.csv", 5, 1},
                                   Severity::kError,
                                   "unit 'Huyện Yên Lạc' has index 55.25 in 2023, below the lowest "
                                   "band 'Nhóm II' (from 60); add a band from 0"}});
  }
  SUBCASE("a group without any band, once for the group") {
    BandScheme bands = BandScheme::build({band(kDistricts, "Nhóm I", 0, 4)}, diagnostics);
    LeagueTable table = rank_year({result(0, 78.5, 100), result(1, 55.25, 100), result(2, 90, 100)},
                                  {"Sở Y tế", "Huyện Yên Lạc", "Sở Tư pháp"}, province_groups(),
                                  bands, RankOptions{}, 2023);
    check_bands(table, bands, diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {Location{}, Severity::kError,
               "no band applies to group 'Sở, ban, ngành'; add bands for it, or bands with "
               "an empty group for every group"}});
  }
  SUBCASE("nothing when every unit has a band or there are no bands at all") {
    LeagueTable banded =
        rank_year({result(0, 95, 100), result(1, 60, 100)}, {"Sở Y tế", "Huyện Yên Lạc"},
                  province_groups(), province_bands(), RankOptions{}, 2023);
    check_bands(banded, province_bands(), diagnostics);
    LeagueTable unbanded = rank_year({result(0, 10, 100)}, {"Sở Y tế"}, province_groups(),
                                     BandScheme{}, RankOptions{}, 2023);
    check_bands(unbanded, BandScheme{}, diagnostics);
    CHECK(diagnostics.all().empty());
  }
}

TEST_CASE("league: a unit without a finite index is refused, never ranked first or printed") {
  const std::vector<std::string> names{"Sở A", "Sở B"};
  const double inf = std::numeric_limits<double>::infinity();
  for (const UnitResult& bad : {result(1, inf, inf), result(1, 1, inf), result(1, inf, 100),
                                result(1, std::numeric_limits<double>::quiet_NaN(), 100)}) {
    CHECK_THROWS_WITH_AS(
        rank_year({result(0, 80, 100), bad}, names, UnitGroups{}, BandScheme{}, RankOptions{},
                  2023),
        "unit 'Sở B' has no finite index in 2023; its scores or the framework's maxima, weights or "
        "goalposts are too large",
        InputError);
  }
}

TEST_CASE("league: the index change is the difference of the two indices as printed") {
  // Last year's published table had 3 decimals: 73.475 is printed 73.48 beside 76.36, so the
  // change printed is +2.88, not the +2.89 of 76.36 - 73.475 = 2.885.
  const std::vector<std::string> names{"Sở A"};
  RankOptions options;
  LeagueTable table =
      rank_year({result(0, 76.36, 100)}, names, UnitGroups{}, BandScheme{}, options, 2023);
  compare_with(table, {{"Sở A", "", 1, 73.475, "", std::nullopt}});
  CHECK(table.units[0].previous_index == std::optional<double>(73.48));
  CHECK(round_half_up(*table.units[0].index_change(), 2) == 2.88);
  SUBCASE("with 3 decimals the third one counts") {
    options.decimals = 3;
    LeagueTable three =
        rank_year({result(0, 76.36, 100)}, names, UnitGroups{}, BandScheme{}, options, 2023);
    compare_with(three, {{"Sở A", "", 1, 73.475, "", std::nullopt}});
    CHECK(round_half_up(*three.units[0].index_change(), 3) == 2.885);
  }
}

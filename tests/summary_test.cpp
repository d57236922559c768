// Tests of summary: band shares and what a report says about each group.
#include "chiso/summary.h"

#include <doctest/doctest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "printers.h"

namespace chiso {

// Failure messages print whole values. `static`: printers of this file's types; shared ones are in
// printers.h.
static std::ostream& operator<<(std::ostream& out, const BandCount& count) {
  return out << "{'" << count.label << "', " << count.units << ", " << count.share_bp << '}';
}

static std::ostream& operator<<(std::ostream& out, const Move& move) {
  return out << "{'" << move.unit << "', " << move.rank << ", " << move.previous_rank << ", "
             << move.change << '}';
}

static std::ostream& operator<<(std::ostream& out, const GroupSummary& s) {
  out << "{'" << s.group << "', units " << s.units << ", mean " << s.mean << ", median " << s.median
      << ", min " << s.min << ", max " << s.max << ", bands";
  for (const BandCount& count : s.bands) out << ' ' << count;
  out << ", climbed " << s.climbed << ", fell " << s.fell << ", held " << s.held << ", new "
      << s.new_units << ", climbers";
  for (const Move& move : s.climbers) out << ' ' << move;
  out << ", fallers";
  for (const Move& move : s.fallers) out << ' ' << move;
  return out << '}';
}

}  // namespace chiso

using namespace chiso;

namespace {

// A league-table row scored `points` out of 100, so that its unrounded index is `points`.
RankedUnit ranked(std::string group, int rank, std::string unit, double points, std::string band,
                  std::optional<int> previous_rank = std::nullopt) {
  RankedUnit row;
  row.year = 2023;
  row.group = std::move(group);
  row.rank = rank;
  row.unit = std::move(unit);
  row.total = {points, 100};
  row.index = points;
  row.band = std::move(band);
  row.previous_rank = previous_rank;
  return row;
}

Band band(std::string group, std::string label, double min) {
  return {std::move(group), std::move(label), min, {}, std::nullopt, {}};
}

}  // namespace

TEST_CASE(
    "summary: shares add up to exactly 100.00 % with the leftover to the largest remainders") {
  CHECK(shares_bp({3, 15, 4}) == std::vector<int>{1364, 6818, 1818});
  CHECK(shares_bp({1, 2}) == std::vector<int>{3333, 6667});
  CHECK(shares_bp({2, 4, 2, 1}) == std::vector<int>{2222, 4445, 2222, 1111});
  SUBCASE("equal remainders: the earlier count first") {
    CHECK(shares_bp({1, 1, 1}) == std::vector<int>{3334, 3333, 3333});
    CHECK(shares_bp({1, 1, 1, 1, 1, 1, 1}) ==
          std::vector<int>{1429, 1429, 1429, 1429, 1428, 1428, 1428});
  }
  SUBCASE("exact shares get nothing extra") {
    CHECK(shares_bp({1, 3}) == std::vector<int>{2500, 7500});
    CHECK(shares_bp({0, 7}) == std::vector<int>{0, 10000});
    CHECK(shares_bp({5}) == std::vector<int>{10000});
  }
  SUBCASE("all zero counts give zero shares") {
    CHECK(shares_bp({0, 0, 0}) == std::vector<int>{0, 0, 0});
    CHECK(shares_bp({}).empty());
  }
}

TEST_CASE("summary: each group is summarised in the table's group order") {
  Diagnostics diagnostics;
  BandScheme bands = BandScheme::build(
      {band("", "Xuất sắc", 90), band("", "Tốt", 80), band("", "Khá", 70),
       band("UBND cấp huyện", "Nhóm I", 80), band("UBND cấp huyện", "Nhóm II", 70),
       band("UBND cấp huyện", "Nhóm III", 50)},
      diagnostics);
  REQUIRE(diagnostics.all().empty());
  LeagueTable table;
  table.year = 2023;
  table.has_previous = true;
  table.groups = {"Sở, ban, ngành", "UBND cấp huyện"};
  // "C" before "A": the summary must not depend on the order of the rows.
  table.units = {ranked("Sở, ban, ngành", 3, "C", 88, "Tốt", 6),
                 ranked("Sở, ban, ngành", 1, "A", 95, "Xuất sắc", 4),
                 ranked("Sở, ban, ngành", 2, "B", 90, "Xuất sắc", 2),
                 ranked("Sở, ban, ngành", 4, "D", 85, "Tốt", 1),
                 ranked("Sở, ban, ngành", 5, "E", 82, "Tốt"),
                 ranked("Sở, ban, ngành", 6, "F", 80, "Tốt", 5),
                 ranked("Sở, ban, ngành", 7, "G", 75, "Khá", 12),
                 ranked("Sở, ban, ngành", 8, "H", 72, "Khá", 9),
                 ranked("Sở, ban, ngành", 9, "I", 60, "", 3),
                 ranked("UBND cấp huyện", 1, "Huyện W", 90, "Nhóm I", 1),
                 ranked("UBND cấp huyện", 2, "Huyện X", 80, "Nhóm I", 2),
                 ranked("UBND cấp huyện", 3, "Huyện Y", 75, "Nhóm II"),
                 ranked("UBND cấp huyện", 4, "Huyện Z", 70, "Nhóm II")};

  std::vector<GroupSummary> summaries = summarise(table, bands);
  REQUIRE(summaries.size() == 2);

  SUBCASE("statistics, band counts with a no-band row, and the largest moves") {
    GroupSummary expected{
        "Sở, ban, ngành",
        9,
        727.0 / 9,
        82,
        60,
        95,
        {{"Xuất sắc", 2, 2222}, {"Tốt", 4, 4445}, {"Khá", 2, 2222}, {"", 1, 1111}},
        4,
        3,
        1,
        1,
        {{"G", 7, 12, 5}, {"A", 1, 4, 3}, {"C", 3, 6, 3}},
        {{"I", 9, 3, -6}, {"D", 4, 1, -3}, {"F", 6, 5, -1}},
        0};
    CHECK(summaries[0] == expected);
  }
  SUBCASE(
      "an even count takes the mean of the middle two; empty bands are listed, no-band is not") {
    GroupSummary expected{"UBND cấp huyện",
                          4,
                          78.75,
                          77.5,
                          70,
                          90,
                          {{"Nhóm I", 2, 5000}, {"Nhóm II", 2, 5000}, {"Nhóm III", 0, 0}},
                          0,
                          0,
                          2,
                          2,
                          {},
                          {},
                          0};
    CHECK(summaries[1] == expected);
  }
  SUBCASE("without a comparison there are no moves and no new units") {
    table.has_previous = false;
    std::vector<GroupSummary> plain = summarise(table, bands);
    REQUIRE(plain.size() == 2);
    CHECK(plain[0].climbed == 0);
    CHECK(plain[0].fell == 0);
    CHECK(plain[0].held == 0);
    CHECK(plain[0].new_units == 0);
    CHECK(plain[0].climbers.empty());
    CHECK(plain[0].fallers.empty());
    CHECK(plain[0].bands == summaries[0].bands);
    CHECK(plain[1].new_units == 0);
  }
}

TEST_CASE("summary: statistics use the unrounded indices") {
  LeagueTable table;
  table.groups = {""};
  RankedUnit first = ranked("", 1, "Sở Tư pháp", 0, "");
  first.total = {11.5, 13};  // 88.4615…, published as 88.46
  first.index = 88.46;
  RankedUnit second = ranked("", 2, "Sở Y tế", 0, "");
  second.total = {68.32, 84};  // 81.3333…, published as 81.33
  second.index = 81.33;
  table.units = {first, second};

  std::vector<GroupSummary> summaries = summarise(table, BandScheme{});
  REQUIRE(summaries.size() == 1);
  const double exact_first = 1150.0 / 13;
  const double exact_second = 6832.0 / 84;
  CHECK(summaries[0].units == 2);
  CHECK(summaries[0].mean == doctest::Approx((exact_first + exact_second) / 2).epsilon(1e-12));
  CHECK(summaries[0].median == doctest::Approx((exact_first + exact_second) / 2).epsilon(1e-12));
  CHECK(summaries[0].max == doctest::Approx(exact_first).epsilon(1e-12));
  CHECK(summaries[0].min == doctest::Approx(exact_second).epsilon(1e-12));
  SUBCASE("with no bands at all every unit counts as without a band") {
    CHECK(summaries[0].bands == std::vector<BandCount>{{"", 2, 10000}});
  }
}

TEST_CASE("summary: an odd count takes the middle index as the median") {
  LeagueTable table;
  table.groups = {""};
  table.units = {ranked("", 1, "A", 97.5, ""), ranked("", 2, "B", 62.5, ""),
                 ranked("", 3, "C", 50, "")};
  std::vector<GroupSummary> summaries = summarise(table, BandScheme{});
  REQUIRE(summaries.size() == 1);
  CHECK(summaries[0].median == 62.5);
  CHECK(summaries[0].mean == 70);
}

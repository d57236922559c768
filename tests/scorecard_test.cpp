#include "chiso/scorecard.h"

#include <doctest/doctest.h>

#include "printers.h"

namespace chiso {

std::ostream& operator<<(std::ostream& out, const ScorecardEntry& entry) {
  out << entry.index_name << ' ' << entry.year << ": " << entry.rank << '/' << entry.of;
  if (entry.value) out << " value " << testing::text(*entry.value);
  out << " max " << testing::text(entry.maximum) << " tier '" << entry.tier << "'";
  if (entry.previous_year) {
    out << " vs " << *entry.previous_year << (entry.map_changed ? " (map changed)" : "") << ':';
    for (const PreviousPlace& place : entry.previous)
      out << ' ' << place.unit << ' ' << place.rank << '/' << place.of;
  }
  return out;
}

namespace {

NationalIndex percent_index() {
  NationalIndex index;
  index.name = "PAR_INDEX";
  index.short_name = "PAR INDEX";
  index.title_vi = "Chỉ số cải cách hành chính";
  index.title_en = "Public Administration Reform Index";
  index.scales = {{std::nullopt, 100}};
  index.tiers = TierRule::kPublished;
  return index;
}

NationalIndex papi() {
  NationalIndex index;
  index.name = "PAPI";
  index.short_name = "PAPI";
  index.unit = FigureUnit::kPoints;
  index.scales = {{std::nullopt, 60}, {2018, 80}};
  index.tiers = TierRule::kQuartiles;
  index.tier_labels_vi = {"Cao nhất", "Trung bình cao", "Trung bình thấp", "Thấp nhất"};
  index.tier_labels_en = {"Highest", "High average", "Low average", "Lowest"};
  return index;
}

NationalRow row(const std::string& index, int year, const std::string& unit,
                std::optional<double> value, std::optional<int> rank, int line = 2) {
  NationalRow each;
  each.index_name = index;
  each.year = year;
  each.unit = unit;
  each.value = value;
  each.rank = rank;
  each.where = {"t.csv", line, 1};
  return each;
}

}  // namespace

TEST_CASE("index_key: case, spaces and '-' do not matter") {
  CHECK(index_key("par index") == "PAR_INDEX");
  CHECK(index_key("PAR-INDEX") == "PAR_INDEX");
  CHECK(index_key("Papi") == "PAPI");
}

TEST_CASE("maximum_in: PAPI is on 60 points before 2018 and on 80 from 2018") {
  CHECK(papi().maximum_in(2017) == 60);
  CHECK(papi().maximum_in(2018) == 80);
  CHECK(papi().maximum_in(2024) == 80);
  CHECK(percent_index().maximum_in(2010) == 100);
}

TEST_CASE("make_scorecard: without published ranks, equal values share a rank (competition)") {
  Diagnostics diagnostics;
  const std::vector<NationalRow> rows = {
      row("PAR_INDEX", 2022, "A", 90, std::nullopt), row("PAR_INDEX", 2022, "B", 85, std::nullopt),
      row("PAR_INDEX", 2022, "C", 85, std::nullopt), row("PAR_INDEX", 2022, "D", 80, std::nullopt)};
  const Scorecard c = make_scorecard("C", rows, {percent_index()}, {}, diagnostics);
  REQUIRE(c.entries.size() == 1);
  CHECK(c.entries[0].rank == 2);
  CHECK(c.entries[0].of == 4);
  CHECK(*c.entries[0].value == 85);
  CHECK(!c.entries[0].previous_year);
  CHECK(make_scorecard("D", rows, {percent_index()}, {}, diagnostics).entries[0].rank == 4);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("make_scorecard: each group of a ranking.csv is ranked and counted on its own") {
  Diagnostics diagnostics;
  std::vector<NationalRow> rows = {
      row("PAR_INDEX", 2022, "A", 90, std::nullopt), row("PAR_INDEX", 2022, "B", 85, std::nullopt),
      row("PAR_INDEX", 2022, "C", 95, std::nullopt), row("PAR_INDEX", 2022, "D", 80, std::nullopt)};
  rows[2].group = rows[3].group = "UBND cấp huyện";
  const Scorecard c = make_scorecard("B", rows, {percent_index()}, {}, diagnostics);
  CHECK(c.entries.at(0).rank == 2);
  CHECK(c.entries.at(0).of == 2);
  CHECK(make_scorecard("D", rows, {percent_index()}, {}, diagnostics).entries.at(0).rank == 2);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("make_scorecard: a published rank outside its value's places wins, with a warning") {
  Diagnostics diagnostics;
  std::vector<NationalRow> rows = {
      row("PAR_INDEX", 2022, "A", 90, 1, 2), row("PAR_INDEX", 2022, "B", 85, 2, 3),
      row("PAR_INDEX", 2022, "C", 85, 3, 4), row("PAR_INDEX", 2022, "D", 80, 2, 5)};
  SUBCASE("outside: warning at the row") {
    const Scorecard c = make_scorecard("D", rows, {percent_index()}, {}, diagnostics);
    CHECK(c.entries[0].rank == 2);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0] ==
          Diagnostic{{"t.csv", 5, 1},
                     Severity::kWarning,
                     "published rank 2 of 'D' in PAR INDEX 2022 differs from rank 4 that its "
                     "value 80 gives among the table's values; the published rank is kept"});
  }
  SUBCASE("a tie broken on unrounded values is no disagreement") {
    const Scorecard c = make_scorecard("C", rows, {percent_index()}, {}, diagnostics);
    CHECK(c.entries[0].rank == 3);
    CHECK(diagnostics.all().empty());
  }
}

TEST_CASE("make_scorecard: a province without rank in a table not fully valued is an error") {
  Diagnostics diagnostics;
  const std::vector<NationalRow> rows = {row("PAR_INDEX", 2022, "A", 90, std::nullopt, 2),
                                         row("PAR_INDEX", 2022, "B", std::nullopt, 1, 3)};
  const Scorecard c = make_scorecard("A", rows, {percent_index()}, {}, diagnostics);
  CHECK(c.entries.empty());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "'A' has no rank in PAR INDEX 2022, and not every row of the table has a value to rank it "
        "on; give the published rank in a 'rank' column");
  CHECK(diagnostics.all()[0].where == Location{"t.csv", 2, 1});
}

TEST_CASE("make_scorecard: a value off the scale and a rank past the count are errors") {
  Diagnostics diagnostics;
  const std::vector<NationalRow> rows = {row("PAPI", 2017, "A", 61.5, 1, 2),
                                         row("PAPI", 2017, "B", 50, 45, 3)};
  CHECK(make_scorecard("A", rows, {papi()}, {}, diagnostics).entries.empty());
  CHECK(make_scorecard("B", rows, {papi()}, {}, diagnostics).entries.empty());
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0] ==
        Diagnostic{{"t.csv", 2, 1},
                   Severity::kError,
                   "value 61.5 of 'A' in PAPI 2017 is outside the index's scale, 0 to 60"});
  CHECK(diagnostics.all()[1] ==
        Diagnostic{{"t.csv", 3, 1},
                   Severity::kError,
                   "rank 45 of 'B' in PAPI 2017 is larger than the 2 rows of the table; give the "
                   "number of provinces ranked in an 'of' column"});
}

TEST_CASE("make_scorecard: PAPI's quartile groups, a value on a boundary in the upper group") {
  Diagnostics diagnostics;
  std::vector<NationalRow> rows;
  // Nine values 40..48: quartiles at 46, 44 and 42.
  for (int i = 0; i < 9; ++i)
    rows.push_back(row("PAPI", 2020, std::string(1, char('A' + i)), 48 - i, std::nullopt));
  const std::vector<std::string> expected = {"Cao nhất",        "Cao nhất",       "Cao nhất",
                                             "Trung bình cao",  "Trung bình cao", "Trung bình thấp",
                                             "Trung bình thấp", "Thấp nhất",      "Thấp nhất"};
  for (int i = 0; i < 9; ++i) {
    const Scorecard c =
        make_scorecard(std::string(1, char('A' + i)), rows, {papi()}, {}, diagnostics);
    CAPTURE(i);
    CHECK(c.entries[0].tier == expected[i]);
    CHECK(c.entries[0].maximum == 80);
  }
  SUBCASE("a published tier wins") {
    rows[0].tier = "Thấp nhất";
    const Scorecard c = make_scorecard("A", rows, {papi()}, {}, diagnostics);
    CHECK(c.entries[0].tier == "Thấp nhất");
    CHECK(c.entries[0].quartile == 3);
  }
}

TEST_CASE("make_scorecard: changes are against the previous year present, per index") {
  Diagnostics diagnostics;
  std::vector<NationalRow> rows = {
      row("PAR_INDEX", 2019, "X", 80.5, 10), row("PAR_INDEX", 2019, "Y", 81, 9),
      // 2020: X is missing from the table
      row("PAR_INDEX", 2020, "Y", 81, 1), row("PAR_INDEX", 2021, "X", 83.42, 6),
      row("PAR_INDEX", 2021, "Y", 84, 5), row("PAPI", 2021, "X", 44, 3),
      row("PAPI", 2021, "Y", 45, 2)};
  for (NationalRow& each : rows) each.of = 63;
  const Scorecard c = make_scorecard("X", rows, {percent_index(), papi()}, {}, diagnostics);
  REQUIRE(c.entries.size() == 3);
  CHECK(c.entries[0].year == 2019);
  CHECK(c.entries[1].year == 2021);
  CHECK(c.entries[1].previous_year == 2019);
  CHECK(c.entries[1].rank_change() == 4);
  CHECK(testing::text(*c.entries[1].value_change(2)) == "2.92");
  CHECK(c.entries[2].index_name == "PAPI");
  CHECK(!c.entries[2].previous_year);
  CHECK(!c.entries[2].rank_change());
}

TEST_CASE("make_scorecard: a merger has no rank change; the map change holds for every province") {
  Diagnostics diagnostics;
  const std::vector<NationalRow> rows = {
      row("PAR_INDEX", 2024, "Lâm Đồng", 89, 25), row("PAR_INDEX", 2024, "Đắk Nông", 88, 31),
      row("PAR_INDEX", 2024, "Cao Bằng", 86, 50), row("PAR_INDEX", 2025, "Lâm Đồng", 90, 12),
      row("PAR_INDEX", 2025, "Cao Bằng", 88, 28)};
  std::vector<NationalRow> of_rows = rows;
  for (NationalRow& each : of_rows) each.of = each.year == 2024 ? 63 : 34;
  const std::vector<Rename> renames = {{"Lâm Đồng", "Lâm Đồng", 2025, {}},
                                       {"Đắk Nông", "Lâm Đồng", 2025, {}}};
  SUBCASE("merged") {
    const Scorecard c =
        make_scorecard("Lâm Đồng", of_rows, {percent_index()}, renames, diagnostics);
    const ScorecardEntry& entry = c.entries.at(1);
    CHECK(entry.is_merged());
    CHECK(entry.map_changed);
    CHECK(entry.previous ==
          std::vector<PreviousPlace>{{"Lâm Đồng", 25, 63, 89}, {"Đắk Nông", 31, 63, 88}});
    CHECK(!entry.rank_change());
    CHECK(!entry.value_change(2));
    CHECK(entry.of == 34);
  }
  SUBCASE("not merged, on a changed map") {
    const Scorecard c =
        make_scorecard("Cao Bằng", of_rows, {percent_index()}, renames, diagnostics);
    const ScorecardEntry& entry = c.entries.at(1);
    CHECK(!entry.is_merged());
    CHECK(entry.map_changed);
    CHECK(!entry.rank_change());
    CHECK(entry.value_change(2) == 2);
  }
  SUBCASE("without --renames the ranks are compared") {
    const Scorecard c = make_scorecard("Cao Bằng", of_rows, {percent_index()}, {}, diagnostics);
    CHECK(c.entries.at(1).rank_change() == 22);
  }
  SUBCASE("a rename (one old name) continues the old name's rank") {
    std::vector<NationalRow> renamed_rows = {row("PAR_INDEX", 2024, "Thừa Thiên Huế", 91, 10),
                                             row("PAR_INDEX", 2025, "Huế", 92, 5)};
    for (NationalRow& each : renamed_rows) each.of = 63;
    const Scorecard c = make_scorecard("Huế", renamed_rows, {percent_index()},
                                       {{"Thừa Thiên Huế", "Huế", 2025, {}}}, diagnostics);
    CHECK(!c.entries.at(0).map_changed);
    CHECK(c.entries.at(0).rank_change() == 5);
    CHECK(c.entries.at(0).value_change(2) == 1);
  }
  CHECK(!diagnostics.has_errors());  // warnings only: three rows do not give ranks 25 and 31
}

}  // namespace chiso

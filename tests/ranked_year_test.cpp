// Tests of ranked_year: the years asked for ranked in one pass, each against the year before it,
// each aggregated once, with what the outputs need of it.
#include "chiso/ranked_year.h"

#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "listing.h"
#include "printers.h"

using namespace chiso;

namespace {

using testing::listing;

CriterionRow criterion(const char* id, const char* parent, std::optional<double> max) {
  CriterionRow result;
  result.id = id;
  result.parent = parent;
  result.max = max;
  return result;
}

// Two fields of one criterion each (50 points), scored for three units over 2021, 2023, 2024.
struct Scores {
  Framework framework;
  ScoreTable scores{2};

  Scores() {
    Diagnostics diagnostics;
    framework = Framework::build({criterion("1", "", std::nullopt), criterion("1.1", "1", 50),
                                  criterion("2", "", std::nullopt), criterion("2.1", "2", 50)},
                                 diagnostics);
    REQUIRE(diagnostics.all().empty());
    score("Sở A", 2021, 40, 40);  // 2021: B 90, A 80
    score("Sở B", 2021, 45, 45);
    score("Sở A", 2023, 47, 48);  // 2023: A 95, B 85, C 70
    score("Sở B", 2023, 40, 45);
    score("Sở C", 2023, 35, 35);
    score("Sở A", 2024, 40, 40);  // 2024: B 91, C 88, A 80
    score("Sở B", 2024, 45, 46);
    score("Sở C", 2024, 44, 44);
  }

  void score(const char* unit, int year, double first, double second) {
    const int row = scores.row(scores.intern_unit(unit), year, {"scores.csv", 2, 1});
    scores.set_points(row, 0, first);
    scores.set_points(row, 1, second);
  }
};

// The years of `scored`, counting how often each year's results are asked for.
class CountingYears final : public ScoredYears {
 public:
  explicit CountingYears(const ScoredYears& scored) : scored_(scored) {}
  const std::vector<std::string>& units() const override { return scored_.units(); }
  std::vector<int> years() const override { return scored_.years(); }
  std::vector<UnitResult> results(int year, Detail detail) const override {
    ++calls[year];
    return scored_.results(year, detail);
  }
  mutable std::map<int, int> calls;

 private:
  const ScoredYears& scored_;
};

// Runs the second piece before the first: the results must not depend on the order.
class Reversed final : public Parallel {
 public:
  void both(const std::function<void()>& first,
            const std::function<void()>& second) const override {
    second();
    first();
  }
};

struct Run {
  const Scores& data;
  std::vector<Rename> renames = {};
  std::optional<std::vector<PreviousRow>> previous = {};
  RankingWork work = {};

  std::vector<RankedYear> years(const std::string& year, Diagnostics& diagnostics,
                                const ScoredYears* scored = nullptr,
                                const Parallel& parallel = Sequential()) const {
    const TableYears table(data.framework, data.scores);
    const UnitGroups groups;
    const BandScheme bands;
    const std::vector<Exclusion> excluded;
    const League league{data.framework,
                        scored != nullptr ? *scored : table,
                        data.scores,
                        groups,
                        bands,
                        RankOptions{},
                        excluded,
                        renames,
                        previous ? &*previous : nullptr,
                        "previous.csv"};
    YearChoice choice;
    choice.text = year;
    choice.all = year == "all";
    if (!year.empty() && !choice.all) choice.year = std::stoi(year);
    return rank_years(league, choice, work, parallel, diagnostics);
  }

  std::vector<RankedYear> years(const std::string& year) const {
    Diagnostics diagnostics;
    std::vector<RankedYear> ranked = years(year, diagnostics);
    CHECK(diagnostics.all().empty());
    return ranked;
  }
};

// The rows of an earlier ranking file: `standings` of `year` (none: a file without years).
std::vector<PreviousRow> file_rows(const std::vector<PreviousStanding>& standings,
                                   std::optional<int> year) {
  std::vector<PreviousRow> rows;
  int line = 2;
  for (const PreviousStanding& standing : standings)
    rows.push_back({year, standing, {"previous.csv", line++, 1}});
  return rows;
}

}  // namespace

TEST_CASE("ranked_year: each year is compared with the latest earlier year in the scores") {
  const Scores data;
  SUBCASE("a missing year is skipped over") {
    const std::vector<RankedYear> years = Run{data}.years("all");
    REQUIRE(years.size() == 3);
    CHECK_FALSE(years[0].table.has_previous);
    CHECK(listing(years[0].table) == std::vector<std::string>{"1 Sở B", "2 Sở A"});
    CHECK(years[1].table.year == 2023);
    CHECK(years[1].table.previous_year == std::optional<int>(2021));
    CHECK_FALSE(years[1].table.previous_given);
    CHECK(listing(years[1].table) ==
          std::vector<std::string>{"1 Sở A (was 2)", "2 Sở B (was 1)", "3 Sở C (new)"});
    CHECK(years[1].table.units[0].index_change() == std::optional<double>(15));
    CHECK(years[2].table.year == 2024);
    CHECK(years[2].table.previous_year == std::optional<int>(2023));
    CHECK(listing(years[2].table) ==
          std::vector<std::string>{"1 Sở B (was 2)", "2 Sở C (was 3)", "3 Sở A (was 1)"});
  }
  SUBCASE("the previous year need not be one of the years ranked") {
    const std::vector<RankedYear> years = Run{data}.years("2024");
    REQUIRE(years.size() == 1);
    CHECK(years[0].table.previous_year == std::optional<int>(2023));
    CHECK(listing(years[0].table) ==
          std::vector<std::string>{"1 Sở B (was 2)", "2 Sở C (was 3)", "3 Sở A (was 1)"});
  }
  SUBCASE("by default the latest year") {
    const std::vector<RankedYear> years = Run{data}.years("");
    REQUIRE(years.size() == 1);
    CHECK(years[0].table.year == 2024);
  }
}

TEST_CASE("ranked_year: an earlier ranking file replaces the comparison of the first year only") {
  const Scores data;
  SUBCASE("its latest year before the first year ranked") {
    Run run{data};
    run.previous = file_rows({{"Sở A", "", 5, 60, "", std::nullopt}}, 2019);
    for (PreviousRow& row : file_rows({{"Sở A", "", 9, 10, "", std::nullopt}}, 2020))
      run.previous->push_back(row);
    const std::vector<RankedYear> years = run.years("all");
    REQUIRE(years.size() == 3);
    CHECK(years[0].table.previous_given);
    CHECK(years[0].table.previous_year == std::optional<int>(2020));
    CHECK(listing(years[0].table) == std::vector<std::string>{"1 Sở B (new)", "2 Sở A (was 9)"});
    CHECK_FALSE(years[1].table.previous_given);
    CHECK(years[1].table.previous_year == std::optional<int>(2021));
  }
  SUBCASE("a file without years, even for the first year in the scores") {
    Run run{data};
    run.previous = file_rows({{"Sở B", "", 2, 80, "", std::nullopt}}, std::nullopt);
    const std::vector<RankedYear> years = run.years("2021");
    REQUIRE(years.size() == 1);
    CHECK(years[0].table.previous_given);
    CHECK_FALSE(years[0].table.previous_year.has_value());
    CHECK(listing(years[0].table) == std::vector<std::string>{"1 Sở B (was 2)", "2 Sở A (new)"});
  }
  SUBCASE("a file with no year before the first year ranked is an error at the file") {
    Run run{data};
    run.previous = file_rows({{"Sở B", "", 2, 80, "", std::nullopt}}, 2023);
    Diagnostics diagnostics;
    CHECK(run.years("2021", diagnostics).empty());
    CHECK(
        diagnostics.all() ==
        std::vector<Diagnostic>{
            {{"previous.csv", 0, 0}, Severity::kError, "has no year before 2021 to compare with"}});
  }
}

TEST_CASE("ranked_year: a year not in the scores is an error naming the years present") {
  const Scores data;
  Diagnostics diagnostics;
  CHECK(Run{data}.years("2022", diagnostics).empty());
  CHECK(
      diagnostics.all() ==
      std::vector<Diagnostic>{
          {{}, Severity::kError, "year '2022' is not in the scores, which have 2021, 2023, 2024"}});
  CHECK_THROWS_WITH(years_to_rank({false, std::nullopt, "20x"}, {2021}),
                    "year '20x' is not in the scores, which have 2021");
  CHECK_THROWS_WITH(years_to_rank({}, {}), "the scores files have no rows");
}

TEST_CASE("ranked_year: each year is aggregated once, whatever is worked out of it") {
  const Scores data;
  const TableYears table(data.framework, data.scores);
  Run run{data};
  SUBCASE("every year with lost points, summaries and contributions") {
    run.work.losses = true;
    run.work.summaries = true;
    const CountingYears counting(table);
    Diagnostics diagnostics;
    const std::vector<RankedYear> years = run.years("all", diagnostics, &counting);
    REQUIRE(years.size() == 3);
    CHECK(counting.calls == std::map<int, int>{{2021, 1}, {2023, 1}, {2024, 1}});
    // 2024 against 2023 (the same scores): the fields' contributions to the mean index change.
    REQUIRE(years[2].analysis.losses.size() == 1);
    CHECK(years[2].analysis.previous_year == std::optional<int>(2023));
    CHECK(years[2].analysis.losses[0].mean_index_change.has_value());
    CHECK(*years[2].analysis.losses[0].mean_index_change == doctest::Approx(259.0 / 3 - 250.0 / 3));
    CHECK(years[0].analysis.losses[0].contributions.empty());
    REQUIRE(years[2].summaries.size() == 1);
    CHECK(years[2].summaries[0].climbed == 2);
    CHECK(years[2].summaries[0].fell == 1);
  }
  SUBCASE("one year, with the previous year ranked on its own once") {
    run.work.keep_results = true;
    const CountingYears counting(table);
    Diagnostics diagnostics;
    const std::vector<RankedYear> years = run.years("2024", diagnostics, &counting);
    REQUIRE(years.size() == 1);
    CHECK(counting.calls == std::map<int, int>{{2023, 1}, {2024, 1}});
    REQUIRE(years[0].previous_table.has_value());
    CHECK(years[0].previous_table->year == 2023);
    REQUIRE(years[0].results.size() == 3);
    CHECK(years[0].results[0].nodes.size() == data.framework.nodes().size());
  }
}

TEST_CASE("ranked_year: the order Parallel runs its two pieces in changes nothing") {
  const Scores data;
  Run run{data};
  run.work.losses = true;
  run.work.summaries = true;
  Diagnostics in_order, reversed;
  const std::vector<RankedYear> one = run.years("all", in_order);
  const std::vector<RankedYear> other = run.years("all", reversed, nullptr, Reversed());
  REQUIRE(one.size() == other.size());
  for (size_t i = 0; i < one.size(); ++i) {
    CHECK(one[i].table.units == other[i].table.units);
    CHECK(one[i].analysis == other[i].analysis);
    CHECK(one[i].summaries == other[i].summaries);
  }
}

TEST_CASE(
    "ranked_year: a renamed unit keeps its rank change, a merged one gets none, a vanished "
    "one is gone") {
  Diagnostics diagnostics;
  CriterionRow leaf;
  leaf.id = "1";
  leaf.max = 100;
  Scores data;
  data.framework = Framework::build({leaf}, diagnostics);
  REQUIRE(diagnostics.all().empty());
  data.scores = ScoreTable(1);
  auto score = [&](const char* unit, int year, double points) {
    data.scores.set_points(
        data.scores.row(data.scores.intern_unit(unit), year, {"scores.csv", 2, 1}), 0, points);
  };
  score("Sở B", 2021, 90);  // 2021: B 1, A 2, C 3, D 4
  score("Sở A", 2021, 80);
  score("Sở C", 2021, 70);
  score("Sở D", 2021, 60);
  score("Sở A mới", 2022, 95);  // 2022: A mới (was A) 1, B (B and C merged) 2
  score("Sở B", 2022, 85);
  Run run{data};
  run.renames = {{"Sở A", "Sở A mới", 2022, {}}, {"Sở C", "Sở B", std::nullopt, {}}};

  SUBCASE("compared with the previous year of the scores") {
    Diagnostics warnings;
    const std::vector<RankedYear> years = run.years("2022", warnings);
    REQUIRE(years.size() == 1);
    const LeagueTable& table = years[0].table;
    CHECK(listing(table) == std::vector<std::string>{"1 Sở A mới (was 2)", "2 Sở B (new)"});
    CHECK(table.units[0].renamed_from == "Sở A");
    CHECK(table.units[0].formed_from.empty());
    CHECK(table.units[0].index_change() == std::optional<double>(15));
    CHECK(table.units[1].renamed_from == "");
    CHECK(table.units[1].formed_from == std::vector<std::string>{"Sở B", "Sở C"});
    CHECK(table.gone == std::vector<PreviousStanding>{{"Sở D", "", 4, 60, "", 60}});
    // The gone unit is a warning at its first scores line of the previous year.
    CHECK(warnings.all() ==
          std::vector<Diagnostic>{{{"scores.csv", 2, 1},
                                   Severity::kWarning,
                                   "unit 'Sở D', ranked in 2021, matches no unit of 2022 and is "
                                   "reported as no longer ranked (a renamed or merged unit goes "
                                   "in --renames)"}});
  }
  SUBCASE("compared with a ranking file") {
    run.previous = file_rows({{"Sở B", "", 1, 90, "", std::nullopt},
                              {"Sở A", "", 2, 80, "", std::nullopt},
                              {"Sở C", "", 3, 70, "", std::nullopt},
                              {"Sở D", "", 4, 60, "", std::nullopt}},
                             2021);
    Diagnostics warnings;
    const std::vector<RankedYear> years = run.years("2022", warnings);
    REQUIRE(years.size() == 1);
    CHECK(listing(years[0].table) ==
          std::vector<std::string>{"1 Sở A mới (was 2)", "2 Sở B (new)"});
    CHECK(years[0].table.units[0].renamed_from == "Sở A");
    CHECK(years[0].table.units[1].formed_from == std::vector<std::string>{"Sở B", "Sở C"});
    CHECK(years[0].table.gone ==
          std::vector<PreviousStanding>{{"Sở D", "", 4, 60, "", std::nullopt}});
    // At its row of the file.
    REQUIRE(warnings.all().size() == 1);
    CHECK(warnings.all()[0].where == Location{"previous.csv", 5, 1});
  }
  SUBCASE("a rename from a later year does not apply yet") {
    run.renames = {{"Sở A", "Sở A mới", 2023, {}}};
    Diagnostics warnings;
    const std::vector<RankedYear> years = run.years("2022", warnings);
    REQUIRE(years.size() == 1);
    CHECK(listing(years[0].table) ==
          std::vector<std::string>{"1 Sở A mới (new)", "2 Sở B (was 1)"});
    CHECK(years[0].table.gone == std::vector<PreviousStanding>{{"Sở A", "", 2, 80, "", 80},
                                                               {"Sở C", "", 3, 70, "", 70},
                                                               {"Sở D", "", 4, 60, "", 60}});
  }
}

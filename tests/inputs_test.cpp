// Tests of inputs: every input file of a ranking read at once, and the scored years it gives,
// whether the scores were kept cell by cell or added up as they were read.
#include "chiso/io/inputs.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "messages.h"
#include "temporary_folder.h"

using namespace chiso;

namespace {

const std::string kSamples = CHISO_DATA_SAMPLES;

// The sample province's 2022 scores (a wide file) with its framework, units and bands.
InputFiles sample_files() {
  InputFiles files;
  files.framework = kSamples + "/framework.csv";
  files.scores = {"2022=" + kSamples + "/scores-2022.csv"};
  files.units = kSamples + "/units.csv";
  files.bands = kSamples + "/bands.csv";
  return files;
}

}  // namespace

TEST_CASE("inputs: a wide file added up as it is read gives the results its cells give") {
  Diagnostics kept_problems, summed_problems;
  const Inputs kept = read_inputs(sample_files(), kept_problems);
  const Inputs summed = read_inputs(sample_files(), summed_problems, true);
  CHECK(testing::messages(kept_problems.all()).empty());
  CHECK(testing::messages(summed_problems.all()).empty());
  CHECK(kept.sums == nullptr);
  REQUIRE(summed.sums != nullptr);
  const auto from_cells = kept.scored_years();
  const auto from_sums = summed.scored_years();
  CHECK(from_sums->years() == std::vector<int>{2022});
  CHECK(from_sums->units() == from_cells->units());
  const std::vector<UnitResult> with_fields = from_sums->results(2022, Detail::kFields);
  REQUIRE(with_fields.size() == 30);  // 17 departments, 13 districts
  // The same totals and fields; the sums keep no node subtotals, and say so.
  std::vector<UnitResult> expected = from_cells->results(2022, Detail::kFields);
  CHECK(with_fields == expected);
  for (UnitResult& result : expected) result.fields.clear();
  CHECK(from_sums->results(2022, Detail::kTotal) == expected);
  CHECK_THROWS_AS(from_sums->results(2022, Detail::kNodes), std::logic_error);
}

TEST_CASE("inputs: the league of the inputs ranks with their groups, bands and options") {
  Diagnostics diagnostics;
  const Inputs inputs = read_inputs(sample_files(), diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  const auto scored = inputs.scored_years();
  RankOptions options;
  options.decimals = 1;
  const League league = inputs.league(*scored, options);
  CHECK(&league.groups == &inputs.groups);
  CHECK(&league.bands == &inputs.bands);
  CHECK(league.options.decimals == 1);
  CHECK(league.previous == nullptr);
  const std::vector<RankedYear> years =
      rank_years(league, YearChoice{}, RankingWork{}, Sequential(), diagnostics);
  REQUIRE(years.size() == 1);
  CHECK(years[0].table.groups == inputs.groups.order);
}

TEST_CASE("inputs: a group column of the scores gives the groups, and must agree with --units") {
  testing::TemporaryFolder folder("inputs-test");
  InputFiles files;
  files.framework = kSamples + "/framework.csv";
  files.scores = {"2022=" + kSamples + "/../tests/fixtures/shapes/clerk-2022.csv"};
  Diagnostics diagnostics;
  SUBCASE("without --units, the sheet's groups in the order first seen") {
    const Inputs inputs = read_inputs(files, diagnostics);
    CHECK(inputs.groups.order == std::vector<std::string>{"Sở, ban, ngành", "UBND cấp huyện"});
    CHECK(inputs.groups.group("Ban Dân tộc") == "Sở, ban, ngành");
    CHECK(inputs.groups.group("UBND huyện Ea Lam") == "UBND cấp huyện");
  }
  SUBCASE("a unit the units file does not list takes the sheet's group, spelt as the file does") {
    files.units = folder.write("units.csv", "unit,group\nSở Nội vụ,\"SỞ, BAN, NGÀNH\"\n");
    const Inputs inputs = read_inputs(files, diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(inputs.groups.order == std::vector<std::string>{"SỞ, BAN, NGÀNH", "UBND cấp huyện"});
    CHECK(inputs.groups.group("Ban Dân tộc") == "SỞ, BAN, NGÀNH");
  }
  SUBCASE("a unit in another group than the units file's is an error at the sheet's cell") {
    files.units = folder.write("units.csv", "unit,group\nsở nội  vụ,Khối A\n");
    read_inputs(files, diagnostics);
    CHECK(testing::messages(diagnostics)
              .find("clerk-2022.csv:4:13: error: unit 'Sở Nội vụ' is in group 'Sở, ban, ngành' "
                    "here but "
                    "in group 'Khối A' in the units file '" +
                    files.units + "'\n") != std::string::npos);
  }
}

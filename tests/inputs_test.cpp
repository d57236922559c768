// Tests of inputs: every input file of a ranking read at once, and the scored years it gives,
// whether the scores were kept cell by cell or added up as they were read.
#include "chiso/io/inputs.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "messages.h"

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

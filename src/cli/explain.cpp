// chiso explain: why one unit stands where it stands in one year: its points lost per field
// and criterion, what it needs to reach the next band and to pass the unit above it, and which
// fields moved its index since the previous year. Markdown on standard output.
#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "chiso/io/analysis_writer.h"
#include "chiso/io/inputs.h"
#include "chiso/io/text.h"
#include "chiso/io/two_threads.h"
#include "chiso/message.h"
#include "chiso/ranked_year.h"
#include "chiso/suggest.h"
#include "cli/command.h"
#include "cli/options.h"

namespace chiso::cli {
namespace {

struct ExplainArguments {
  std::string unit;
  InputFiles files;
  std::string year;
  std::string lang = "vi";
  std::string format = "md";
  RankingFlags ranking;
};

// The unit of `table` that `wanted` names: the same unit_key (case, white space and
// composition ignored), else the same loose key (diacritics ignored too). Empty when none.
std::string find_unit(const LeagueTable& table, const std::string& wanted) {
  const std::string name = unit_key(wanted);
  for (const RankedUnit& unit : table.units) {
    if (unit_key(unit.unit) == name) return unit.unit;
  }
  const std::string key = loose_key(wanted);
  for (const RankedUnit& unit : table.units) {
    if (loose_key(unit.unit) == key) return unit.unit;
  }
  return {};
}

int unknown_unit(const LeagueTable& table, const std::string& wanted) {
  std::vector<std::string> keys;
  for (const RankedUnit& unit : table.units) keys.push_back(loose_key(unit.unit));
  const std::string closest = closest_match(loose_key(wanted), keys);
  std::string suggestion;
  for (const RankedUnit& unit : table.units) {
    if (!closest.empty() && loose_key(unit.unit) == closest) {
      suggestion = tr("unknown unit '{}'", wanted) + tr("; did you mean '{}'?", unit.unit);
      break;
    }
  }
  if (suggestion.empty()) suggestion = tr("unknown unit '{}' in {}", wanted, table.year);
  fmt::print(stderr, "chiso: {}: {}\n", tr("error"), suggestion);
  return kExitInvalidInput;
}

int run(const ExplainArguments& arguments) {
  if (arguments.year == "all")
    throw UsageError(tr("--year 'all' is not one year; chiso explain explains one year at a time"));
  require_framework(arguments.files);
  Diagnostics diagnostics;
  const Inputs inputs = read_inputs(arguments.files, diagnostics);
  if (diagnostics.has_errors()) {
    print_diagnostics(diagnostics);
    return kExitInvalidInput;
  }
  const std::unique_ptr<ScoredYears> scored = inputs.scored_years();
  const RankOptions options = ranking_options(arguments.ranking, &inputs);
  RankingWork work;
  work.keep_results = true;
  std::vector<RankedYear> years =
      rank_years(inputs.league(*scored, options), year_choice(arguments.year), work, TwoThreads(),
                 diagnostics);
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors() || years.empty()) return kExitInvalidInput;
  const RankedYear& year = years.front();

  const std::string unit = find_unit(year.table, arguments.unit);
  if (unit.empty()) return unknown_unit(year.table, arguments.unit);
  auto result = std::find_if(year.results.begin(), year.results.end(), [&](const UnitResult& r) {
    return inputs.scores.units()[static_cast<size_t>(r.unit)] == unit;
  });
  // Field contributions need the previous year's fields: only from the same scores.
  const LeagueTable* previous = year.previous_table ? &*year.previous_table : nullptr;
  const Explanation explanation =
      explain(inputs.framework, year.table, unit, *result, inputs.bands, previous);
  fmt::print("{}", explanation_markdown(explanation, inputs.framework,
                                        previous ? year.table.previous_year : std::nullopt,
                                        language_of(arguments.lang), options.decimals));
  return kExitOk;
}

}  // namespace

Command add_explain(CLI::App& app) {
  auto arguments = std::make_shared<ExplainArguments>();
  CLI::App* command =
      app.add_subcommand("explain", wrap("Explain one unit's standing in one year: rank and band; "
                                         "points, maximum and points lost per field and "
                                         "per criterion, most lost first; the points it needs to "
                                         "reach the next band and to pass the unit "
                                         "ranked just above it; and which fields moved its index "
                                         "since the previous year of the scores."));
  command
      ->add_option(
          "UNIT", arguments->unit,
          wrap("The unit, as named in the scores; case, diacritics and composed or decomposed "
               "Unicode do not matter"))
      ->required();
  add_input_options(*command, arguments->files);
  command
      ->add_option("--year", arguments->year,
                   wrap("Year to explain. Default: the latest year in the scores"))
      ->type_name("YEAR");
  add_lang_option(*command, arguments->lang, "the explanation");
  command->add_option("--format", arguments->format, wrap("Output format: md (Markdown)"))
      ->check(CLI::IsMember({"md"}))
      ->capture_default_str();
  add_ranking_options(*command, arguments->ranking, true);
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

// chiso compare: how every unit moved between two years. The two rankings are two ranking files
// (chiso's ranking.csv or published tables), or two years ranked from scores as chiso rank
// ranks them; the result is a Markdown report or a CSV table on standard output.
#include "chiso/compare.h"

#include <fmt/format.h>

#include <memory>

#include "chiso/io/compare_writer.h"
#include "chiso/io/framework_reader.h"
#include "chiso/io/inputs.h"
#include "chiso/io/ranking_file.h"
#include "chiso/io/scores_reader.h"
#include "chiso/io/two_threads.h"
#include "chiso/message.h"
#include "chiso/ranked_year.h"
#include "cli/command.h"
#include "cli/options.h"

namespace chiso::cli {
namespace {

struct CompareArguments {
  CLI::App* command = nullptr;
  std::string old_file;
  std::string new_file;
  InputFiles files;
  std::string framework_from;
  std::vector<std::string> scores_from;
  int year_from = 0;  // 0: not given
  int year_to = 0;
  std::string format = "md";
  std::string lang = "vi";
  RankingFlags ranking;
};

std::optional<int> given(int year) { return year ? std::optional<int>(year) : std::nullopt; }

// The two rankings of the files OLD and NEW.
std::pair<YearStandings, YearStandings> read_files(const CompareArguments& arguments,
                                                   Diagnostics& diagnostics) {
  const ReadOptions options = read_options(arguments.files);
  RankingFile old_file = read_ranking_file(arguments.old_file, options, diagnostics);
  RankingFile new_file = read_ranking_file(arguments.new_file, options, diagnostics);
  check_column_choices(options);
  if (diagnostics.has_errors()) return {};
  return {pick_year(old_file, given(arguments.year_from)),
          pick_year(new_file, given(arguments.year_to))};
}

// The scores of --year-from when they are given apart (--scores-from), on --framework-from or on
// the other year's framework, with the groups and bands of the other year.
Inputs read_earlier_inputs(const CompareArguments& arguments, const Inputs& later,
                           Diagnostics& diagnostics) {
  const ReadOptions options = read_options(arguments.files);
  Inputs earlier;
  const int errors_before = diagnostics.error_count();
  if (arguments.framework_from.empty()) {
    earlier.framework = later.framework;
  } else {
    try {
      earlier.framework = read_framework(arguments.framework_from, options, diagnostics);
    } catch (const InputError& e) {
      diagnostics.append(e.diagnostics());
    }
    if (diagnostics.error_count() > errors_before) return earlier;
  }
  earlier.scores = ScoreTable(static_cast<int>(earlier.framework.leaves().size()));
  for (const std::string& argument : arguments.scores_from) {
    try {
      read_scores(parse_scores_source(argument), earlier.framework, earlier.scores, options,
                  diagnostics);
    } catch (const InputError& e) {
      diagnostics.append(e.diagnostics());
    }
  }
  if (diagnostics.error_count() == errors_before)
    check_scores(earlier.framework, earlier.scores, diagnostics, missing_scores(arguments.files));
  earlier.groups = later.groups;
  earlier.bands = later.bands;
  earlier.excluded = later.excluded;
  earlier.method = later.method;
  earlier.has_units = later.has_units;
  return earlier;
}

// The two years ranked from scores. --year-from defaults to the latest year of its scores before
// --year-to, which defaults to the latest year of the scores.
std::pair<YearStandings, YearStandings> rank_scores(const CompareArguments& arguments,
                                                    bool& different_frameworks,
                                                    Diagnostics& diagnostics) {
  Inputs later = read_inputs(arguments.files, diagnostics);
  if (diagnostics.has_errors()) return {};
  Inputs earlier_apart;
  if (!arguments.scores_from.empty()) {
    earlier_apart = read_earlier_inputs(arguments, later, diagnostics);
    if (diagnostics.has_errors()) return {};
  }
  const Inputs& earlier = arguments.scores_from.empty() ? later : earlier_apart;
  different_frameworks =
      !arguments.framework_from.empty() && !same_criteria(earlier.framework, later.framework);

  const RankOptions options = ranking_options(arguments.ranking, &later);
  RankingWork work;
  work.detail = Detail::kTotal;
  const std::unique_ptr<ScoredYears> later_scored = later.scored_years();
  std::vector<RankedYear> to =
      rank_years(later.league(*later_scored, options),
                 year_choice(arguments.year_to ? std::to_string(arguments.year_to) : ""), work,
                 TwoThreads(), diagnostics);
  if (to.empty()) return {};
  const int year_to = to.front().table.year;
  int year_from = arguments.year_from;
  if (!year_from) {
    for (int year : earlier.scores.years()) {
      if (year < year_to) year_from = year;
    }
    if (!year_from) {
      diagnostics.error(
          {}, tr("the scores have no year before {} to compare with; give --year-from, or the "
                 "scores of an earlier year",
                 year_to));
      return {};
    }
  }
  const std::unique_ptr<ScoredYears> earlier_scored = earlier.scored_years();
  std::vector<RankedYear> from =
      rank_years(earlier.league(*earlier_scored, options), year_choice(std::to_string(year_from)),
                 work, TwoThreads(), diagnostics);
  if (from.empty()) return {};
  return {{from.front().table.year, standings(from.front().table)},
          {year_to, standings(to.front().table)}};
}

// Options that only make sense when both years are ranked from scores.
const std::vector<const char*> kScoresOnly = {
    "--units", "--bands", "--framework-from", "--scores-from", "--excluded", "--ties", "--rank-on"};

int run(const CompareArguments& arguments) {
  const bool from_files = !arguments.old_file.empty();
  const InputFiles& files = arguments.files;
  const bool from_scores =
      !files.framework.empty() || !files.method.empty() || !files.scores.empty();
  if (from_files && !from_scores && arguments.new_file.empty())
    throw UsageError(tr("give the NEW ranking file after OLD"));
  check_rankings_or_scores(*arguments.command, from_files, files, kScoresOnly,
                           tr("two ranking files"),
                           tr("give two ranking files OLD NEW, or --framework and --scores to rank "
                              "both years"));
  if (!from_files && !arguments.framework_from.empty() && arguments.scores_from.empty()) {
    throw UsageError(
        tr("--framework-from needs --scores-from, the scores of --year-from on that framework"));
  }

  Diagnostics diagnostics;
  diagnostics.set_strict(files.strict);
  bool different_frameworks = false;
  auto [old_ranking, new_ranking] = from_files
                                        ? read_files(arguments, diagnostics)
                                        : rank_scores(arguments, different_frameworks, diagnostics);
  // From scores, read_inputs has reported the problems of --renames already.
  Diagnostics renames_read;
  std::vector<Rename> renames = read_renames_file(files, from_files ? diagnostics : renames_read);
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;
  // Swapped, every climb would read as a fall; a year against itself would report no change.
  if (old_ranking.year && new_ranking.year && *old_ranking.year >= *new_ranking.year) {
    if (!from_files) {
      throw UsageError(tr("--year-from {} is not before --year-to {}; the earlier year comes first",
                          *old_ranking.year, *new_ranking.year));
    }
    if (*old_ranking.year == *new_ranking.year) {
      throw UsageError(tr("OLD and NEW are both year {}; compare a year with an earlier one",
                          *new_ranking.year));
    }
    throw UsageError(
        tr("OLD's year {} is not before NEW's year {}; give the earlier ranking first "
           "(swap OLD and NEW)",
           *old_ranking.year, *new_ranking.year));
  }
  if (from_files &&
      parse_scores_source(arguments.old_file).path ==
          parse_scores_source(arguments.new_file).path &&
      parse_scores_source(arguments.old_file).path != "/dev/stdin") {
    throw UsageError(tr("OLD and NEW are the same file; compare a year with an earlier one"));
  }
  match_ranking_units({&new_ranking, &old_ranking}, renames);
  const auto formed_from = apply_renames(old_ranking, new_ranking.year, renames, true);

  round_indices(old_ranking, arguments.ranking.decimals);
  round_indices(new_ranking, arguments.ranking.decimals);
  const Comparison comparison = compare(old_ranking, new_ranking, formed_from);
  if (arguments.format == "csv") {
    fmt::print("{}", compare_csv(comparison, arguments.ranking.decimals));
    return kExitOk;
  }
  CompareOptions options;
  options.language = language_of(arguments.lang);
  options.decimals = arguments.ranking.decimals;
  if (from_files) {
    options.old_source = parse_scores_source(arguments.old_file).path;
    options.new_source = parse_scores_source(arguments.new_file).path;
  }
  options.different_frameworks = different_frameworks;
  fmt::print("{}", compare_markdown(comparison, options));
  return kExitOk;
}

}  // namespace

Command add_compare(CLI::App& app) {
  auto arguments = std::make_shared<CompareArguments>();
  CLI::App* command =
      app.add_subcommand("compare", wrap("Compare two rankings, two ranking files OLD and NEW or "
                                         "two years of scores: each unit's rank, index and band "
                                         "in both and how they changed; per group the climbs, "
                                         "falls, new and gone units, the largest moves and the "
                                         "change of each band's count. Prints Markdown, or CSV "
                                         "with --format csv."));
  arguments->command = command;
  command
      ->add_option("OLD", arguments->old_file,
                   wrap("The earlier ranking: chiso's ranking.csv, or a published table with at "
                        "least unit,rank (optionally year,group,index,band). Write YEAR=FILE to "
                        "name the year of a table without a year column"))
      ->type_name("[YEAR=]FILE");
  command->add_option("NEW", arguments->new_file, wrap("The later ranking, as OLD"))
      ->type_name("[YEAR=]FILE");
  add_input_options(*command, arguments->files);
  command->remove_option(command->get_option("--previous"));
  command->get_option("--framework")->required(false);
  command->get_option("--scores")->required(false);
  command
      ->add_option(
          "--framework-from", arguments->framework_from,
          wrap("The criteria tree of --year-from, when it was scored on another framework; its "
               "scores are then given with --scores-from. The years are compared at index level, "
               "and the report says so, when the two frameworks' leaf criteria differ. Default: "
               "--framework"))
      ->type_name("FILE");
  command
      ->add_option("--scores-from", arguments->scores_from,
                   wrap("The scores of --year-from, read against --framework-from, in the layouts "
                        "of --scores. Default: the --scores"))
      ->type_name("[YEAR=]FILE")
      ->take_all();
  command
      ->add_option(
          "--year-from", arguments->year_from,
          wrap("The earlier year: the rows of that year in OLD, or the year ranked from scores; "
               "for a table without a year column, its year. Default: OLD's latest year; from "
               "scores, the latest year before --year-to"))
      ->type_name("YEAR")
      ->check(CLI::Range(1900, 2200).description(""));
  command
      ->add_option("--year-to", arguments->year_to,
                   wrap("The later year, in NEW or in the scores. Default: NEW's latest year; from "
                        "scores, the latest year of the scores"))
      ->type_name("YEAR")
      ->check(CLI::Range(1900, 2200).description(""));
  add_format_option(
      *command, arguments->format,
      "one row per unit with the columns rank_change, old_rank, new_rank, index_change, "
      "old_index, new_index, status (climbed, fell, held, new or gone), old_band, new_band, "
      "group, unit: numbers first, so that sort -t, -k1,1nr works although names hold commas");
  add_lang_option(*command, arguments->lang, "the Markdown report");
  add_ranking_options(*command, arguments->ranking, false);
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

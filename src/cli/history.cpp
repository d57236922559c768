// chiso history: every unit's rank and index across every year available, from several ranking
// files or from scores of several years; a unit × year table with each unit's best and worst year
// and its change over the span, as Markdown or CSV on standard output.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>

#include "chiso/compare.h"
#include "chiso/io/history_writer.h"
#include "chiso/io/inputs.h"
#include "chiso/io/ranking_file.h"
#include "chiso/io/two_threads.h"
#include "chiso/message.h"
#include "chiso/ranked_year.h"
#include "cli/command.h"
#include "cli/options.h"

namespace chiso::cli {
namespace {

struct HistoryArguments {
  CLI::App* command = nullptr;
  std::vector<std::string> rankings;
  InputFiles files;
  std::string format = "md";
  std::string lang = "vi";
  RankingFlags ranking;
};

// Every year of every ranking file; each year must come from one file only.
std::vector<YearStandings> read_files(const HistoryArguments& arguments, Diagnostics& diagnostics) {
  const ReadOptions options = read_options(arguments.files);
  std::vector<YearStandings> years;
  std::map<int, std::string> file_of;
  for (const std::string& argument : arguments.rankings) {
    RankingFile file = read_ranking_file(argument, options, diagnostics);
    for (YearStandings& ranking : file.years) {
      if (!ranking.year) {
        diagnostics.error({file.path, 1, 1}, tr("no 'year' column; give the year of this table on "
                                                "the command line, as YEAR={}",
                                                file.path));
        continue;
      }
      auto [other, inserted] = file_of.emplace(*ranking.year, file.path);
      if (!inserted) {
        diagnostics.error({file.path, 0, 0}, tr("year {} is also in '{}'; give each year once",
                                                *ranking.year, other->second));
        continue;
      }
      years.push_back(std::move(ranking));
    }
  }
  check_column_choices(options);
  return years;
}

std::vector<YearStandings> rank_scores(const HistoryArguments& arguments,
                                       Diagnostics& diagnostics) {
  const Inputs inputs = read_inputs(arguments.files, diagnostics);
  if (diagnostics.has_errors()) return {};
  const std::unique_ptr<ScoredYears> scored = inputs.scored_years();
  RankingWork work;
  work.detail = Detail::kTotal;
  std::vector<YearStandings> years;
  rank_years(inputs.league(*scored, ranking_options(arguments.ranking, &inputs)),
             year_choice("all"), work, TwoThreads(), diagnostics, [&](RankedYear year) {
               years.push_back({year.table.year, standings(year.table)});
             });
  return years;
}

const std::vector<const char*> kScoresOnly = {"--units", "--bands", "--ties", "--rank-on",
                                              "--excluded"};

int run(const HistoryArguments& arguments) {
  const bool from_files = !arguments.rankings.empty();
  const InputFiles& files = arguments.files;
  check_rankings_or_scores(
      *arguments.command, from_files, files, kScoresOnly, tr("ranking files"),
      tr("give ranking files, or --framework and --scores to rank every year"));

  Diagnostics diagnostics;
  diagnostics.set_strict(files.strict);
  std::vector<YearStandings> years =
      from_files ? read_files(arguments, diagnostics) : rank_scores(arguments, diagnostics);
  // From scores, read_inputs has reported the problems of --renames already.
  Diagnostics renames_read;
  std::vector<Rename> renames = read_renames_file(files, from_files ? diagnostics : renames_read);
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;
  // Ranking files may come in any order of years.
  std::stable_sort(years.begin(), years.end(),
                   [](const YearStandings& a, const YearStandings& b) { return a.year < b.year; });
  std::vector<YearStandings*> latest_first;
  for (auto year = years.rbegin(); year != years.rend(); ++year) latest_first.push_back(&*year);
  match_ranking_units(latest_first, renames);
  // Found under the units' own names, before the earlier years take the later names.
  const std::map<std::string, Merger> mergers = find_mergers(years, renames);
  for (YearStandings& year : years) apply_renames(year, std::nullopt, renames, false);

  for (YearStandings& ranking : years) round_indices(ranking, arguments.ranking.decimals);
  const History units = history(years, mergers);
  if (arguments.format == "csv") {
    fmt::print("{}", history_csv(units, arguments.ranking.decimals));
  } else {
    const Language language = language_of(arguments.lang);
    fmt::print("{}", history_markdown(units, language, arguments.ranking.decimals));
  }
  return kExitOk;
}

}  // namespace

Command add_history(CLI::App& app) {
  auto arguments = std::make_shared<HistoryArguments>();
  CLI::App* command =
      app.add_subcommand("history", wrap("Every unit's rank and index across the years, from "
                                         "ranking files or from scores of several years: a unit "
                                         "× year table with each unit's best and worst year and "
                                         "its change over the span. Prints Markdown, or CSV with "
                                         "--format csv."));
  arguments->command = command;
  command
      ->add_option(
          "RANKING", arguments->rankings,
          wrap("Ranking files: chiso's ranking.csv (one or several years) or published tables with "
               "at least unit,rank (optionally year,group,index,band). Write YEAR=FILE for a "
               "table without a year column. Each year may come from one file only"))
      ->type_name("[YEAR=]FILE");
  add_input_options(*command, arguments->files);
  command->remove_option(command->get_option("--previous"));
  command->get_option("--framework")->required(false);
  command->get_option("--scores")->required(false);
  add_format_option(
      *command, arguments->format,
      "one row per unit and year it was ranked, with the columns year, rank, index, band, "
      "group, unit (names last, as they hold commas). The report gives each unit's best and "
      "worst year by rank (equal ranks: the latest year) and its change from its first to its "
      "last year");
  add_lang_option(*command, arguments->lang, "the Markdown report");
  add_ranking_options(*command, arguments->ranking, false);
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

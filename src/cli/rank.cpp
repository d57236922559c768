// chiso rank: the yearly league table. Reads the inputs, ranks every unit within its group,
// compares with the previous year, and writes ranking.csv, fields.csv and report.md.
#include <fmt/format.h>

#include <charconv>

#include "chiso/output_set.h"
#include "chiso/report.h"
#include "chiso/summary.h"
#include "cli/command.h"

namespace chiso::cli {
namespace {

struct RankArguments {
  InputFiles files;
  std::string year;
  std::string out;
  std::string lang = "vi";
  std::string title;
  int decimals = 2;
  std::string ties = "competition";
  std::string rank_on = "rounded";
  bool bom = false;
  bool decimal_comma = false;
};

// The years to rank: --year Y, --year all, or by default the latest year in the scores.
std::vector<int> years_to_rank(const std::string& requested, const std::vector<int>& present) {
  if (requested.empty()) return {present.back()};
  if (requested == "all") return present;
  int year = 0;
  auto [stop, error] = std::from_chars(requested.data(), requested.data() + requested.size(), year);
  bool is_present = std::find(present.begin(), present.end(), year) != present.end();
  if (error != std::errc() || stop != requested.data() + requested.size() || !is_present) {
    throw InputError({}, fmt::format("year '{}' is not in the scores, which have {}", requested,
                                     fmt::join(present, ", ")));
  }
  return {year};
}

// The previous ranking file's rows for `year`: those of its latest year before `year` when the
// file has a year column, else all of them.
std::vector<PreviousStanding> previous_for(const std::vector<PreviousRow>& rows, int year,
                                           const std::string& file) {
  std::optional<int> chosen;
  for (const PreviousRow& row : rows) {
    if (row.year && *row.year < year && (!chosen || *row.year > *chosen)) chosen = row.year;
  }
  std::vector<PreviousStanding> standings;
  for (const PreviousRow& row : rows) {
    if (!row.year || row.year == chosen) standings.push_back(row.standing);
  }
  if (standings.empty()) {
    throw InputError({file, 0, 0}, fmt::format("has no year before {} to compare with", year));
  }
  return standings;
}

int run(const RankArguments& arguments) {
  Diagnostics diagnostics;
  Inputs inputs = read_inputs(arguments.files, diagnostics);
  if (diagnostics.has_errors()) {
    print_diagnostics(diagnostics);
    return kExitInvalidInput;
  }
  std::vector<int> years = years_to_rank(arguments.year, inputs.scores.years());
  std::optional<std::vector<PreviousStanding>> earlier;
  if (inputs.has_previous) earlier = previous_for(inputs.previous, years.front(), arguments.files.previous);

  const RankOptions options{
      arguments.ties == "dense" ? TieRule::kDense : arguments.ties == "ordinal" ? TieRule::kOrdinal : TieRule::kCompetition,
      arguments.rank_on == "exact" ? RankBasis::kExact : RankBasis::kRounded, arguments.decimals};
  std::vector<LeagueTable> tables =
      rank_years(inputs.framework, inputs.scores, years, inputs.groups, inputs.bands, options, earlier);
  std::vector<std::vector<GroupSummary>> summaries;
  for (const LeagueTable& table : tables) {
    check_bands(table, inputs.bands, diagnostics);
    summaries.push_back(summarise(table, inputs.bands));
  }
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;

  ReportOptions report_options{arguments.lang == "en" ? Language::kEnglish : Language::kVietnamese, arguments.title,
                               arguments.files.previous, inputs.has_units};
  std::string report = markdown_report(tables, summaries, report_options);
  if (arguments.out.empty()) {
    fmt::print("{}", report);
    return kExitOk;
  }
  const CsvStyle style{arguments.bom, arguments.decimal_comma};
  OutputSet outputs(arguments.out);
  outputs.add("ranking.csv", ranking_csv(tables, style));
  outputs.add("fields.csv", fields_csv(tables, inputs.framework, style));
  outputs.add("report.md", report);
  outputs.commit();
  return kExitOk;
}

}  // namespace

Command add_rank(CLI::App& app) {
  auto arguments = std::make_shared<RankArguments>();
  CLI::App* command = app.add_subcommand(
      "rank",
      "Rank units within their groups on their index (100 × points ÷ applicable maximum), give each its "
      "band, and compare with the previous year. Without --out, prints the Markdown report.");
  add_input_options(*command, arguments->files);
  command->add_option("--year", arguments->year,
                      "Year to rank, or 'all' to rank every year of the scores, each against its previous "
                      "year. Default: the latest year in the scores")
      ->type_name("YEAR|all");
  command->add_option("--out", arguments->out,
                      "Folder to write ranking.csv, fields.csv and report.md into (created if missing; "
                      "files appear whole or not at all). Default: print report.md to standard output")
      ->type_name("DIR");
  command->add_option("--lang", arguments->lang, "Language of the report: vi or en")
      ->check(CLI::IsMember({"vi", "en"}))
      ->capture_default_str();
  command->add_option("--title", arguments->title,
                      "Name of the index in the report's title. Default: 'Chỉ số cải cách hành chính' (vi), "
                      "'Administrative reform index' (en)")
      ->type_name("TEXT");
  command->add_option("--decimals", arguments->decimals,
                      "Decimals of points and indices in the outputs, and of the index ranked on")
      ->check(CLI::Range(0, 6))
      ->capture_default_str();
  command->add_option("--ties", arguments->ties,
                      "How equal indices share ranks: competition (1,2,2,4), dense (1,2,2,3) or ordinal "
                      "(1,2,3,4, ties in name order)")
      ->check(CLI::IsMember({"competition", "dense", "ordinal"}))
      ->capture_default_str();
  command->add_option("--rank-on", arguments->rank_on,
                      "Rank on the index as published (rounded to --decimals) or on the exact index")
      ->check(CLI::IsMember({"rounded", "exact"}))
      ->capture_default_str();
  command->add_flag("--bom", arguments->bom, "Start CSV outputs with a UTF-8 byte-order mark, for Excel");
  command->add_flag("--decimal-comma", arguments->decimal_comma,
                    "Write CSV outputs with decimal commas (92,18) and ';' as the separator");
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

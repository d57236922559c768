// chiso rank: the yearly league table. Reads the inputs, ranks every unit within its group,
// compares with the previous year, and writes ranking.csv, fields.csv and report.md.
#include <fmt/format.h>

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

int run(const RankArguments& arguments) {
  Diagnostics diagnostics;
  Inputs inputs = read_inputs(arguments.files, diagnostics);
  if (diagnostics.has_errors()) {
    print_diagnostics(diagnostics);
    return kExitInvalidInput;
  }
  const RankOptions options{
      arguments.ties == "dense" ? TieRule::kDense : arguments.ties == "ordinal" ? TieRule::kOrdinal : TieRule::kCompetition,
      arguments.rank_on == "exact" ? RankBasis::kExact : RankBasis::kRounded, arguments.decimals};
  std::vector<LeagueTable> tables = rank_inputs(inputs, arguments.year, options, diagnostics);
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;
  std::vector<std::vector<GroupSummary>> summaries;
  for (const LeagueTable& table : tables) summaries.push_back(summarise(table, inputs.bands));

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
      wrap("Rank units within their groups on their index (100 × points ÷ applicable maximum), give each its "
      "band, and compare with the previous year. Without --out, prints the Markdown report."));
  add_input_options(*command, arguments->files);
  command->add_option("--year", arguments->year,
                      wrap("Year to rank, or 'all' to rank every year of the scores, each against its previous "
                      "year. Default: the latest year in the scores"))
      ->type_name("YEAR|all");
  command->add_option("--out", arguments->out,
                      wrap("Folder to write ranking.csv, fields.csv and report.md into (created, with its parents, if missing; "
                      "files appear whole or not at all). Default: print report.md to standard output"))
      ->type_name("DIR");
  command->add_option("--lang", arguments->lang, wrap("Language of the report: vi or en"))
      ->check(CLI::IsMember({"vi", "en"}))
      ->capture_default_str();
  command->add_option("--title", arguments->title,
                      wrap("Name of the index in the report's title. Default: 'Chỉ số cải cách hành chính' (vi), "
                      "'Administrative reform index' (en)"))
      ->type_name("TEXT");
  command->add_option("--decimals", arguments->decimals,
                      wrap("Decimals of points and indices in the outputs, and of the index ranked on"))
      ->check(CLI::Range(0, 6).description(""))
      ->type_name("N")
      ->capture_default_str();
  command->add_option("--ties", arguments->ties,
                      wrap("How equal indices share ranks: competition (1,2,2,4), dense (1,2,2,3) or ordinal "
                      "(1,2,3,4, ties in name order)"))
      ->check(CLI::IsMember({"competition", "dense", "ordinal"}))
      ->capture_default_str();
  command->add_option("--rank-on", arguments->rank_on,
                      wrap("Rank on the index as published (rounded to --decimals) or on the exact index"))
      ->check(CLI::IsMember({"rounded", "exact"}))
      ->capture_default_str();
  command->add_flag("--bom", arguments->bom, wrap("Start CSV outputs with a UTF-8 byte-order mark, for Excel"));
  command->add_flag("--decimal-comma", arguments->decimal_comma,
                    wrap("Write CSV outputs with decimal commas (92,18) and ';' as the separator"));
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

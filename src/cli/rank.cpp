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
  RankingFlags ranking;
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
  const RankOptions options = ranking_options(arguments.ranking, &inputs);
  std::vector<LeagueTable> tables = rank_inputs(inputs, arguments.year, options, diagnostics);
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;
  std::vector<std::vector<GroupSummary>> summaries;
  for (const LeagueTable& table : tables) summaries.push_back(summarise(table, inputs.bands));

  std::string title = arguments.title;
  if (title.empty() && inputs.method) title = inputs.method->title;
  ReportOptions report_options{arguments.lang == "en" ? Language::kEnglish : Language::kVietnamese, title,
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
                      wrap("Name of the index in the report's title. Default: the method's, else 'Chỉ số cải "
                           "cách hành chính' (vi), 'Administrative reform index' (en)"))
      ->type_name("TEXT");
  add_ranking_options(*command, arguments->ranking, true);
  command->add_flag("--bom", arguments->bom, wrap("Start CSV outputs with a UTF-8 byte-order mark, for Excel"));
  command->add_flag("--decimal-comma", arguments->decimal_comma,
                    wrap("Write CSV outputs with decimal commas (92,18) and ';' as the separator"));
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

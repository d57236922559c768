// chiso rank: the yearly league table. Reads the inputs, ranks every unit within its group,
// compares with the previous year, finds where points were lost and, with --self, compares the
// units' self-assessment with the appraisal; writes ranking.csv, fields.csv, lost-points.csv,
// self-assessment.csv, report.md, report.html and ranking.xlsx.
#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "chiso/io/analysis_writer.h"
#include "chiso/io/inputs.h"
#include "chiso/io/output_set.h"
#include "chiso/io/ranking_writer.h"
#include "chiso/io/report_writer.h"
#include "chiso/io/table_files.h"
#include "chiso/io/text.h"
#include "chiso/io/two_threads.h"
#include "chiso/io/xlsx_writer.h"
#include "chiso/message.h"
#include "chiso/ranked_year.h"
#include "cli/command.h"
#include "cli/options.h"

namespace chiso::cli {
namespace {

struct RankArguments {
  InputFiles files;
  std::vector<std::string> self;  // "FILE" or "YEAR=FILE"
  std::string year;
  std::string out;
  std::vector<std::string> only;  // the files of --out to write; empty: all of them
  std::string lang = "vi";
  std::string title;
  std::string field_columns = "auto";
  RankingFlags ranking;
  bool bom = false;
  bool decimal_comma = false;
};

// The files `chiso rank --out` writes, in the order they are listed.
const std::vector<std::string> kOutputFiles = {
    "ranking.csv", "fields.csv",  "lost-points.csv", "self-assessment.csv",
    "report.md",   "report.html", "ranking.xlsx"};

// The fields of --field-columns: auto (every field of a framework of at most kMostFieldColumns
// fields), all, none, or field ids separated by commas, in the framework's order.
std::vector<size_t> field_columns(const std::string& choice, const Framework& framework) {
  const std::vector<int>& fields = framework.fields();
  if (choice == "auto") return default_field_columns(framework);
  std::vector<size_t> columns;
  if (choice == "none") return columns;
  if (choice == "all") {
    for (size_t f = 0; f < fields.size(); ++f) columns.push_back(f);
    return columns;
  }
  std::vector<std::string> ids;
  for (int field : fields) ids.push_back(framework.node(field).id);
  for (std::string_view rest = choice; !rest.empty();) {
    const size_t comma = rest.find(',');
    const std::string id(trim(rest.substr(0, comma)));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    const auto found = std::find(ids.begin(), ids.end(), id);
    if (found == ids.end()) {
      throw UsageError(
          tr("--field-columns: '{}' is not a field of the framework; its fields are "
             "{} (or give auto, all or none)",
             id, fmt::join(ids, ", ")));
    }
    columns.push_back(static_cast<size_t>(found - ids.begin()));
  }
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  return columns;
}

int run(const RankArguments& arguments) {
  require_framework(arguments.files);
  auto wanted = [&](const std::string& file) {
    return arguments.only.empty() ||
           std::find(arguments.only.begin(), arguments.only.end(), file) != arguments.only.end();
  };
  const bool to_folder = !arguments.out.empty();
  const bool markdown_wanted = !to_folder || wanted("report.md");
  const bool html_wanted = to_folder && wanted("report.html");
  const bool report_wanted = markdown_wanted || html_wanted;
  const bool xlsx_wanted = to_folder && wanted("ranking.xlsx");
  const bool self_wanted =
      !arguments.self.empty() && (report_wanted || wanted("self-assessment.csv"));
  RankingWork work;
  work.summaries = report_wanted;
  work.losses = report_wanted || wanted("lost-points.csv") || xlsx_wanted;
  work.detail = (to_folder && wanted("fields.csv")) || report_wanted || xlsx_wanted
                    ? Detail::kFields
                    : Detail::kTotal;
  // Without an analysis, each year's rows are written as soon as it is ranked and its table is
  // dropped, and a single scores file can be added up as it is read, without keeping its cells.
  const bool streaming = !work.summaries && !work.losses && !self_wanted;

  Diagnostics diagnostics;
  const Inputs inputs = read_inputs(arguments.files, diagnostics, streaming);
  if (diagnostics.has_errors()) {
    print_diagnostics(diagnostics);
    return kExitInvalidInput;
  }
  ReportOptions report_options;
  report_options.field_columns = field_columns(arguments.field_columns, inputs.framework);
  ScoreTable self{0};
  if (!arguments.self.empty()) {
    self = read_self(arguments.self, arguments.files, inputs, diagnostics);
    if (self_wanted) work.self = &self;
  }
  const CsvStyle style{arguments.bom, arguments.decimal_comma};
  // A second run on the same folder waits for the first (the lock of OutputSet), and says so.
  OutputSet outputs = output_folder(arguments.out);
  // The files this run is asked for and does not produce (self-assessment.csv without --self)
  // are removed with the others' replacement: the folder stays one run's set.
  for (const std::string& file : kOutputFiles) {
    if (wanted(file)) outputs.leave_out(file);
  }
  const std::unique_ptr<ScoredYears> scored = inputs.scored_years();
  const RankOptions options = ranking_options(arguments.ranking, &inputs);
  const League league = inputs.league(*scored, options);
  TableFiles tables(outputs, to_folder && wanted("ranking.csv"), to_folder && wanted("fields.csv"),
                    inputs.framework, style);
  std::vector<RankedYear> years;
  if (!diagnostics.has_errors()) {
    rank_years(league, year_choice(arguments.year), work, TwoThreads(), diagnostics,
               [&](RankedYear year) {
                 tables.add(year.table);
                 if (!streaming) years.push_back(std::move(year));
               });
  }
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;  // the files started are removed
  if (to_folder && wanted("lost-points.csv")) {
    outputs.add("lost-points.csv",
                lost_points_csv(years, inputs.framework, style, options.decimals));
  }
  if (!arguments.self.empty() && to_folder && wanted("self-assessment.csv")) {
    outputs.add("self-assessment.csv", self_assessment_csv(years, style, options.decimals));
  }
  const std::string title =
      arguments.title.empty() && inputs.method ? inputs.method->title : arguments.title;
  report_options.language = language_of(arguments.lang);
  report_options.title = title;
  report_options.has_units_file = inputs.has_units;
  if (xlsx_wanted) {
    Diagnostics workbook;  // a text too long for a cell
    workbook.set_strict(arguments.files.strict);
    outputs.add("ranking.xlsx", ranking_xlsx(years, inputs.framework, report_options,
                                             outputs.scratch_file("ranking.xlsx"), workbook));
    print_diagnostics(workbook);
    if (workbook.has_errors()) return kExitInvalidInput;
  }
  if (report_wanted) {
    ReportTexts report =
        report_texts(years, inputs.framework, report_options, markdown_wanted, html_wanted);
    if (!to_folder) {
      fmt::print("{}", report.markdown);
      return kExitOk;
    }
    if (markdown_wanted) outputs.add("report.md", std::move(report.markdown));
    if (html_wanted) outputs.add("report.html", std::move(report.html));
  }
  outputs.commit();
  return kExitOk;
}

}  // namespace

Command add_rank(CLI::App& app) {
  auto arguments = std::make_shared<RankArguments>();
  CLI::App* command = app.add_subcommand(
      "rank",
      wrap("Rank units within their groups on their index (100 × points ÷ applicable maximum), "
           "give each its "
           "band, and compare with the previous year. Without --out, prints the Markdown report."));
  add_input_options(*command, arguments->files);
  command
      ->add_option("--self", arguments->self,
                   wrap("Points each unit gave itself (self-assessment), in the layouts of "
                        "--scores; repeat for "
                        "several files, YEAR=FILE for a file without a year column. Compared with "
                        "the appraised "
                        "scores in the report and in self-assessment.csv. Default: none"))
      ->type_name("[YEAR=]FILE")
      ->take_all();
  command
      ->add_option(
          "--year", arguments->year,
          wrap("Year to rank, or 'all' to rank every year of the scores, each against its previous "
               "year. Default: the latest year in the scores"))
      ->type_name("YEAR|all");
  CLI::Option* out =
      command
          ->add_option(
              "--out", arguments->out,
              wrap("Folder to write ranking.csv, fields.csv, lost-points.csv, self-assessment.csv "
                   "(with --self), report.md, report.html and ranking.xlsx into (created, with its "
                   "parents, if "
                   "missing; "
                   "its chiso files are replaced all at once, as one run's set, and a second run "
                   "on the same folder waits "
                   "for the first). Default: print report.md to standard output"))
          ->type_name("DIR")
          ->check(folder_given());
  command
      ->add_option(
          "--only", arguments->only,
          wrap("Write only these of the files of --out: ranking.csv, fields.csv, lost-points.csv, "
               "self-assessment.csv, report.md, report.html, ranking.xlsx, e.g. --only "
               "ranking.csv,report.md. "
               "The others are "
               "not "
               "computed, which saves time on national files. Default: all of them"))
      ->type_name("FILE")
      ->delimiter(',')
      ->check(CLI::IsMember(kOutputFiles).description(""))
      ->needs(out);
  add_lang_option(*command, arguments->lang, "the report");
  command
      ->add_option(
          "--title", arguments->title,
          wrap("Name of the index in the report's title. Default: the method's, else 'Chỉ số cải "
               "cách hành chính' (vi), 'Administrative reform index' (en)"))
      ->type_name("TEXT");
  command
      ->add_option(
          "--field-columns", arguments->field_columns,
          wrap("Fields with a column of points in the report's ranking table: auto (every field "
               "of a framework of at most 8 fields, none of a larger one), all, none, or field "
               "ids separated by commas, e.g. --field-columns 1,3. ranking.xlsx and fields.csv "
               "always have every field. Default: auto"))
      ->type_name("auto|all|none|ID,...");
  add_ranking_options(*command, arguments->ranking, true);
  command->add_flag("--bom", arguments->bom,
                    wrap("Start CSV outputs with a UTF-8 byte-order mark, for Excel"));
  command->add_flag("--decimal-comma", arguments->decimal_comma,
                    wrap("Write CSV outputs with decimal commas (92,18) and ';' as the separator"));
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

// chiso rank: the yearly league table. Reads the inputs, ranks every unit within its group,
// compares with the previous year, finds where points were lost and, with --self, compares the
// units' self-assessment with the appraisal; writes ranking.csv, fields.csv, lost-points.csv,
// self-assessment.csv and report.md.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "chiso/analysis_writer.h"
#include "chiso/output_set.h"
#include "chiso/report.h"
#include "chiso/summary.h"
#include "chiso/text.h"
#include "cli/command.h"
#include "cli/rankings.h"

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
  RankingFlags ranking;
  bool bom = false;
  bool decimal_comma = false;
};

// The self-assessed scores of --self, read like the scores into a table of their own.
ScoreTable read_self(const RankArguments& arguments, const Inputs& inputs, Diagnostics& diagnostics) {
  ScoreTable self(static_cast<int>(inputs.framework.leaves().size()));
  ReadOptions options = read_options(arguments.files.delimiter);
  options.not_applicable = arguments.files.not_applicable;
  options.no_thousands = arguments.files.no_thousands;
  for (const std::string& argument : arguments.self) {
    try {
      read_scores(parse_scores_source(argument), inputs.framework, self, options, diagnostics);
    } catch (const InputError& e) {
      diagnostics.append(e.diagnostics());
    }
  }
  return self;
}

// Where points were lost in each ranked year and, with self-assessed scores, how they compare.
std::vector<YearAnalysis> analyse_years(const std::vector<LeagueTable>& tables, const Inputs& inputs,
                                        const RankOptions& options, const ScoreTable* self) {
  std::vector<YearAnalysis> analyses;
  for (const LeagueTable& table : tables) {
    YearAnalysis analysis;
    analysis.year = table.year;
    const std::vector<UnitResult> results = aggregate(inputs.framework, inputs.scores, table.year, true);
    // Contributions need the previous year's fields: only when it comes from the same scores.
    std::optional<LeagueTable> previous;
    const LeagueTable* previous_table = nullptr;
    if (table.previous_year && !table.previous_given) {
      // With --year all the previous year is among the tables already; rank it only otherwise.
      auto ranked = std::find_if(tables.begin(), tables.end(),
                                 [&](const LeagueTable& other) { return other.year == *table.previous_year; });
      if (ranked != tables.end()) {
        previous_table = &*ranked;
      } else {
        previous = rank_year(aggregate(inputs.framework, inputs.scores, *table.previous_year), inputs.scores.units(),
                             inputs.groups, inputs.bands, options, *table.previous_year, inputs.excluded);
        previous_table = &*previous;
      }
      analysis.previous_year = table.previous_year;
    }
    analysis.losses = lost_points(inputs.framework, table, results, inputs.scores.units(), previous_table);
    // A year nobody assessed itself in gets no self-assessment section.
    const std::vector<int> self_years = self != nullptr ? self->years() : std::vector<int>{};
    if (std::find(self_years.begin(), self_years.end(), table.year) != self_years.end()) {
      analysis.self = self_assessment(inputs.framework, table, results, inputs.scores.units(),
                                      aggregate(inputs.framework, *self, table.year, true), self->units());
    }
    analyses.push_back(std::move(analysis));
  }
  return analyses;
}

// ranking.csv and fields.csv (those wanted), written into `outputs` a table at a time, so that
// neither is held whole: a national fields.csv is 82 MB.
class TableFiles {
 public:
  TableFiles(OutputSet& outputs, bool ranking, bool fields, const Framework& framework, const CsvStyle& style)
      : outputs_(outputs), ranking_wanted_(ranking), fields_wanted_(fields), framework_(framework), style_(style) {}

  void add(const LeagueTable& table) {
    if (ranking_wanted_) {
      write(ranking_, "ranking.csv", [&] { return ranking_csv_header(table, style_); },
            [&](std::string& out) { append_ranking_rows(out, table, style_); });
    }
    if (fields_wanted_) {
      write(fields_, "fields.csv", [&] { return fields_csv_header(style_); },
            [&](std::string& out) { append_fields_rows(out, table, framework_, style_); });
    }
  }

 private:
  // The first table's rows come after the file's header.
  template <typename Header, typename Rows>
  void write(std::optional<size_t>& file, const char* name, Header header, Rows rows) {
    text_.clear();
    if (!file) {
      file = outputs_.start(name);
      text_ = header();
    }
    rows(text_);
    outputs_.append(*file, text_);
  }

  OutputSet& outputs_;
  bool ranking_wanted_, fields_wanted_;
  const Framework& framework_;
  const CsvStyle& style_;
  std::optional<size_t> ranking_, fields_;
  std::string text_;
};

// The files `chiso rank --out` writes, in the order they are listed.
const std::vector<std::string> kOutputFiles = {"ranking.csv", "fields.csv", "lost-points.csv", "self-assessment.csv",
                                               "report.md"};

int run(const RankArguments& arguments) {
  auto wanted = [&](const std::string& file) {
    return arguments.only.empty() || std::find(arguments.only.begin(), arguments.only.end(), file) != arguments.only.end();
  };
  // The report, lost points and the self-assessment need every year's table at once, and the
  // cells; without them each year's rows are written as soon as it is ranked, and its table
  // dropped, and the scores can be added up as they are read.
  const bool report_wanted = arguments.out.empty() || wanted("report.md");
  const bool tables_wanted = report_wanted || wanted("lost-points.csv") || (!arguments.self.empty() && wanted("self-assessment.csv"));
  Diagnostics diagnostics;
  Inputs inputs = read_inputs(arguments.files, diagnostics, !tables_wanted);
  if (diagnostics.has_errors()) {
    print_diagnostics(diagnostics);
    return kExitInvalidInput;
  }
  std::optional<ScoreTable> self;
  if (!arguments.self.empty()) {
    self = read_self(arguments, inputs, diagnostics);
    if (!diagnostics.has_errors())
      check_scores(inputs.framework, *self, diagnostics, missing_scores(arguments.files));
    // Each unit as the appraised scores print it, so that the two are matched by name.
    for (size_t unit = 0; unit < self->units().size(); ++unit) {
      if (std::optional<int> found = inputs.scores.find_unit(unit_key(self->units()[unit]))) {
        self->rename_unit(static_cast<int>(unit),
                          inputs.scores.units()[static_cast<size_t>(*found)]);
      }
    }
  }
  const RankOptions options = ranking_options(arguments.ranking, &inputs);
  const CsvStyle style{arguments.bom, arguments.decimal_comma};
  // A second run on the same folder waits for the first (the lock of OutputSet), and says so.
  OutputSet outputs(arguments.out, [](const std::string& folder) {
    fmt::print(stderr, "chiso: waiting for another chiso run writing '{}' to finish\n", folder);
  });
  // The files this run is asked for and does not produce (self-assessment.csv without --self)
  // are removed with the others' replacement: the folder stays one run's set.
  for (const std::string& file : kOutputFiles) {
    if (wanted(file)) outputs.leave_out(file);
  }
  if (!tables_wanted) {
    if (inputs.sums) inputs.sums->fields_in_results = wanted("fields.csv");
    // Each year's rows go to the files as soon as it is ranked, and its table is dropped.
    TableFiles files(outputs, wanted("ranking.csv"), wanted("fields.csv"), inputs.framework, style);
    if (!diagnostics.has_errors()) {
      rank_inputs_each(inputs, arguments.year, options, diagnostics, [&](LeagueTable table) { files.add(table); });
    }
    print_diagnostics(diagnostics);
    if (diagnostics.has_errors()) return kExitInvalidInput;  // the files started are removed
    outputs.commit();
    return kExitOk;
  }
  std::vector<LeagueTable> tables;
  if (!diagnostics.has_errors()) tables = rank_inputs(inputs, arguments.year, options, diagnostics);
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;
  if (!arguments.out.empty()) {
    TableFiles files(outputs, wanted("ranking.csv"), wanted("fields.csv"), inputs.framework, style);
    for (const LeagueTable& table : tables) files.add(table);
  }
  std::string title = arguments.title;
  if (title.empty() && inputs.method) title = inputs.method->title;
  ReportOptions report_options{language_of(arguments.lang), title,
                               arguments.files.previous, inputs.has_units};
  const std::vector<YearAnalysis> analyses = analyse_years(tables, inputs, options, self ? &*self : nullptr);
  for (const YearAnalysis& analysis : analyses) {
    std::vector<std::string> sections;
    for (size_t g = 0; g < analysis.losses.size(); ++g) {
      sections.push_back(group_analysis_markdown(analysis, g, inputs.framework, report_options.language, options.decimals));
    }
    report_options.group_sections.push_back(std::move(sections));
  }
  if (!arguments.out.empty() && wanted("lost-points.csv")) {
    outputs.add("lost-points.csv", lost_points_csv(analyses, inputs.framework, style, options.decimals));
  }
  if (self && !arguments.out.empty() && wanted("self-assessment.csv")) {
    outputs.add("self-assessment.csv", self_assessment_csv(analyses, style, options.decimals));
  }
  if (report_wanted) {
    std::vector<std::vector<GroupSummary>> summaries;
    for (const LeagueTable& table : tables) summaries.push_back(summarise(table, inputs.bands));
    std::string report = markdown_report(tables, summaries, report_options);
    if (arguments.out.empty()) {
      fmt::print("{}", report);
      return kExitOk;
    }
    outputs.add("report.md", std::move(report));
  }
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
  command->add_option("--self", arguments->self,
                      wrap("Points each unit gave itself (self-assessment), in the layouts of --scores; repeat for "
                           "several files, YEAR=FILE for a file without a year column. Compared with the appraised "
                           "scores in the report and in self-assessment.csv. Default: none"))
      ->type_name("[YEAR=]FILE")
      ->take_all();
  command->add_option("--year", arguments->year,
                      wrap("Year to rank, or 'all' to rank every year of the scores, each against its previous "
                      "year. Default: the latest year in the scores"))
      ->type_name("YEAR|all");
  CLI::Option* out =
      command
          ->add_option(
              "--out", arguments->out,
              wrap("Folder to write ranking.csv, fields.csv, lost-points.csv, self-assessment.csv "
                   "(with --self) and report.md into (created, with its parents, if missing; "
                   "its chiso files are replaced all at once, as one run's set, and a second run "
                   "on the same folder waits "
                   "for the first). Default: print report.md to standard output"))
          ->type_name("DIR")
          ->check(CLI::Validator(
              [](std::string& folder) {
                return folder.empty() ? std::string(
                                            "the folder name is empty; give a folder, e.g. --out "
                                            "reports/2022 or --out .")
                                      : std::string();
              },
              ""));
  command
      ->add_option("--only", arguments->only,
                   wrap("Write only these of the files of --out: ranking.csv, fields.csv, lost-points.csv, "
                        "self-assessment.csv, report.md, e.g. --only ranking.csv,report.md. The others are not "
                        "computed, which saves time on national files. Default: all of them"))
      ->type_name("FILE")
      ->delimiter(',')
      ->check(CLI::IsMember(kOutputFiles).description(""))
      ->needs(out);
  add_lang_option(*command, arguments->lang, "the report");
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

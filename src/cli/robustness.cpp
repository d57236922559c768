// chiso robustness: how sure the ranking is. Reads the inputs of chiso rank, ranks the year as
// rank does and then --runs times again under doubts about the weights, the appraisal and what
// n/a counts; writes robustness.csv (standard output without --out), discrimination.csv,
// robustness.md and robustness.html.
#include "chiso/robustness.h"

#include <fmt/format.h>

#include <cstdint>
#include <memory>

#include "chiso/io/inputs.h"
#include "chiso/io/output_set.h"
#include "chiso/io/robustness_writer.h"
#include "chiso/io/text.h"
#include "chiso/io/two_threads.h"
#include "chiso/message.h"
#include "cli/command.h"
#include "cli/options.h"

namespace chiso::cli {
namespace {

struct RobustnessArguments {
  InputFiles files;
  std::string year;
  std::string out;
  std::string lang = "vi";
  std::string title;
  RankingFlags ranking;
  RobustnessSettings settings;
  int threads = 2;
  bool bom = false;
  bool decimal_comma = false;
};

const std::vector<std::string> kOutputFiles = {"robustness.csv", "discrimination.csv",
                                               "robustness.md", "robustness.html"};

int run(const RobustnessArguments& arguments) {
  require_framework(arguments.files);
  Diagnostics diagnostics;
  const Inputs inputs = read_inputs(arguments.files, diagnostics);
  // rank's input options come whole; those of the comparison with last year change nothing here.
  std::vector<std::string> unused;
  if (!arguments.files.previous.empty()) unused.push_back("--previous");
  if (!arguments.files.renames.empty()) unused.push_back("--renames");
  if (!unused.empty()) {
    diagnostics.warning({}, tr("chiso robustness does not use {}: it compares no years",
                               fmt::format("{}", fmt::join(unused, ", "))));
  }
  if (diagnostics.has_errors()) {
    print_diagnostics(diagnostics);
    return kExitInvalidInput;
  }
  const RankOptions options = ranking_options(arguments.ranking, &inputs);
  std::vector<YearRobustness> years;
  // A year absent from the scores: InputError, printed by main.
  const std::vector<int> to_rank =
      years_to_rank(year_choice(arguments.year), inputs.scores.years());
  const TwoThreads two_threads;
  const Sequential one_thread;
  const Parallel& parallel = arguments.threads == 1 ? static_cast<const Parallel&>(one_thread)
                                                    : static_cast<const Parallel&>(two_threads);
  for (int year : to_rank) {
    years.push_back(robustness(inputs.framework, inputs.scores, inputs.groups, inputs.bands,
                               options, year, inputs.excluded, arguments.settings, parallel,
                               diagnostics));
    if (diagnostics.has_errors()) break;
  }
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;

  const CsvStyle style{arguments.bom, arguments.decimal_comma};
  std::string csv = robustness_csv(years, style);
  if (arguments.out.empty()) {
    fmt::print("{}", csv);
    return kExitOk;
  }
  OutputSet outputs = output_folder(arguments.out);
  for (const std::string& file : kOutputFiles) outputs.leave_out(file);
  outputs.add("robustness.csv", std::move(csv));
  outputs.add("discrimination.csv",
              discrimination_csv(years, inputs.framework, style, options.decimals));
  RobustnessReport report;
  report.language = language_of(arguments.lang);
  report.title = arguments.title.empty() && inputs.method ? inputs.method->title : arguments.title;
  report.settings = arguments.settings;
  report.decimals = options.decimals;
  ReportTexts texts = robustness_texts(years, inputs.framework, report);
  outputs.add("robustness.md", std::move(texts.markdown));
  outputs.add("robustness.html", std::move(texts.html));
  outputs.commit();
  return kExitOk;
}

}  // namespace

Command add_robustness(CLI::App& app) {
  auto arguments = std::make_shared<RobustnessArguments>();
  CLI::App* command = app.add_subcommand(
      "robustness",
      wrap("How sure the ranking is: rank the year as 'chiso rank' does, then --runs times "
           "again, each run with random field weights, appraisal noise and (with "
           "--vary-not-applicable) n/a counted as 0, and give each unit's median rank and rank "
           "interval (5th to 95th percentile). Without --out, prints robustness.csv."));
  add_input_options(*command, arguments->files);
  command
      ->add_option("--year", arguments->year,
                   wrap("Year to rank, or 'all' for every year of the scores. Default: the "
                        "latest year in the scores"))
      ->type_name("YEAR|all");
  command
      ->add_option("--out", arguments->out,
                   wrap("Folder to write robustness.csv, discrimination.csv, robustness.md and "
                        "robustness.html into (created if missing; its chiso files are replaced "
                        "all at once). "
                        "Default: print robustness.csv to standard output"))
      ->type_name("DIR")
      ->check(folder_given());
  add_lang_option(*command, arguments->lang, "robustness.md and robustness.html");
  command
      ->add_option("--title", arguments->title,
                   wrap("Name of the index in robustness.md's title. Default: the method's, else "
                        "'Chỉ số cải cách hành chính' (vi), 'Administrative reform index' (en)"))
      ->type_name("TEXT");
  command
      ->add_option("--runs", arguments->settings.runs,
                   wrap("How many times to rank again under doubt. Default: 1000"))
      ->type_name("N")
      ->check(CLI::Range(1, 1000000));
  command
      ->add_option("--seed", arguments->settings.seed,
                   wrap(fmt::format("Seed of the random numbers: the same inputs, runs and seed "
                                    "give the same bytes. Default: {}",
                                    kDefaultSeed)))
      ->type_name("S");
  command
      ->add_option("--weights", arguments->settings.weights,
                   wrap("In each run every field's points and applicable maximum are multiplied "
                        "by a factor uniform between 1 − PCT/100 and 1 + PCT/100, the same for "
                        "every unit (for a framework of weighted means, the field's weight); 0 "
                        "keeps the weights. Default: 20"))
      ->type_name("PCT")
      ->check(CLI::Range(0.0, 100.0));
  command
      ->add_option("--noise", arguments->settings.noise,
                   wrap("In each run every appraised sub-criterion score moves by an amount "
                        "uniform between −POINTS and +POINTS, kept between 0 and its maximum; "
                        "n/a stays n/a; 0 keeps the scores. Default: 0.25"))
      ->type_name("POINTS")
      ->check(CLI::Range(0.0, 1000.0));
  command->add_flag("--vary-not-applicable", arguments->settings.vary_not_applicable,
                    wrap("In each run, with probability 1/2, count n/a criteria as 0 points "
                         "against their full maximum instead of leaving the applicable maximum"));
  command
      ->add_option("--threads", arguments->threads,
                   wrap("1 to run on one core; the results are the same bytes. Default: 2"))
      ->type_name("1|2")
      ->check(CLI::Range(1, 2));
  add_ranking_options(*command, arguments->ranking, true);
  command->add_flag("--bom", arguments->bom,
                    wrap("Start CSV outputs with a UTF-8 byte-order mark, for Excel"));
  command->add_flag("--decimal-comma", arguments->decimal_comma,
                    wrap("Write CSV outputs with decimal commas (92,18) and ';' as the separator"));
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

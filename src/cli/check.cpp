// chiso check: reads the same inputs as chiso rank, writes nothing, and lists every problem
// found, errors and warnings, ending with a count. Exit status 1 when there is an error.
#include <fmt/format.h>

#include <memory>

#include "chiso/io/diagnostic_format.h"
#include "chiso/io/inputs.h"
#include "chiso/io/two_threads.h"
#include "chiso/ranked_year.h"
#include "cli/command.h"
#include "cli/options.h"

namespace chiso::cli {
namespace {

struct CheckArguments {
  InputFiles files;
  std::string year;
};

int run(const CheckArguments& arguments) {
  require_framework(arguments.files);
  Diagnostics diagnostics;
  const Inputs inputs = read_inputs(arguments.files, diagnostics);
  if (!diagnostics.has_errors()) {
    // Ranked for the problems only a ranking finds: units below every band, units gone.
    const std::unique_ptr<ScoredYears> scored = inputs.scored_years();
    RankingWork work;
    work.detail = Detail::kTotal;
    rank_years(inputs.league(*scored, RankOptions{}), year_choice(arguments.year), work,
               TwoThreads(), diagnostics, [](RankedYear) {});
  }
  fmt::print("{}{}\n", format_diagnostics(diagnostics.all()), count_line(diagnostics.all()));
  const int errors = diagnostics.error_count();
  return errors > 0 ? kExitInvalidInput : kExitOk;
}

}  // namespace

Command add_check(CLI::App& app) {
  auto arguments = std::make_shared<CheckArguments>();
  CLI::App* command = app.add_subcommand(
      "check",
      wrap("Check the inputs of chiso rank without ranking or writing anything: list every problem "
           "on standard output as FILE:LINE:COLUMN: error|warning: MESSAGE, then a count. Exit "
           "status 1 when there is an error, so that a cron job can run it before chiso rank."));
  add_input_options(*command, arguments->files);
  add_message_lang_option(*command);
  command
      ->add_option(
          "--year", arguments->year,
          wrap("Year that chiso rank would rank, or 'all'. Default: the latest year in the scores"))
      ->type_name("YEAR|all");
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

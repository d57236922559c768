// chiso check: reads the same inputs as chiso rank, writes nothing, and lists every problem
// found, errors and warnings, ending with a count. Exit status 1 when there is an error.
#include <fmt/format.h>

#include "chiso/diagnostic_format.h"
#include "cli/command.h"

namespace chiso::cli {
namespace {

struct CheckArguments {
  InputFiles files;
  std::string year;
};

int run(const CheckArguments& arguments) {
  Diagnostics diagnostics;
  Inputs inputs = read_inputs(arguments.files, diagnostics);
  if (!diagnostics.has_errors()) rank_inputs_each(inputs, arguments.year, RankOptions{}, diagnostics, [](LeagueTable) {});
  fmt::print("{}{}\n", format_diagnostics(diagnostics.all()), count_line(diagnostics.all()));
  const int errors = diagnostics.error_count();
  return errors > 0 ? kExitInvalidInput : kExitOk;
}

}  // namespace

Command add_check(CLI::App& app) {
  auto arguments = std::make_shared<CheckArguments>();
  CLI::App* command = app.add_subcommand(
      "check", wrap("Check the inputs of chiso rank without ranking or writing anything: list every problem "
                    "on standard output as FILE:LINE:COLUMN: error|warning: MESSAGE, then a count. Exit "
                    "status 1 when there is an error, so that a cron job can run it before chiso rank."));
  add_input_options(*command, arguments->files);
  command->add_option("--year", arguments->year,
                      wrap("Year that chiso rank would rank, or 'all'. Default: the latest year in the scores"))
      ->type_name("YEAR|all");
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli

// chiso: league tables of public-administration indices from CSV criterion scores.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <filesystem>

#include "chiso/io/diagnostic_format.h"
#include "chiso/io/output_set.h"
#include "chiso/io/read_options.h"
#include "chiso/io/workbook.h"
#include "chiso/message.h"
#include "cli/command.h"
#include "cli/language.h"

namespace {

// The one road out of a usage error, CLI11's and chiso's own (cli::UsageError) alike: the
// message, then where to read the usage of the command given (of chiso without one).
int usage_error(const std::string& message, const CLI::App& app) {
  std::string command = "chiso";
  for (const CLI::App* subcommand : app.get_subcommands()) command += " " + subcommand->get_name();
  fmt::print(stderr, "chiso: {}: {}\n{}\n", chiso::tr("error"), message,
             chiso::tr("Run '{} --help' for usage.", command));
  return chiso::cli::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace chiso;
  // Before parsing, so that CLI11's usage errors are in the user's language too.
  cli::use_message_language(cli::message_language(argc, argv));
  CLI::App app{
      "chiso: yearly league tables of public-administration indices (PAR INDEX and others)\n"
      "from criterion scores in CSV files.",
      "chiso"};
  app.set_version_flag("--version", std::string("chiso ") + CHISO_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 success, 1 invalid input or output not written, 2 usage error.\n"
      "Run 'chiso COMMAND --help' for a command's options; 'man chiso' for the manual.");
  std::vector<cli::Command> commands = {cli::add_rank(app),      cli::add_check(app),
                                        cli::add_methods(app),   cli::add_compare(app),
                                        cli::add_history(app),   cli::add_explain(app),
                                        cli::add_scorecard(app), cli::add_robustness(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return usage_error(cli::usage_message(e), app);
  }
  try {
    for (const cli::Command& command : commands) {
      if (command.app->parsed()) return command.run();
    }
  } catch (const InputError& e) {
    fmt::print(stderr, "{}", format_diagnostics(e.diagnostics()));
    return cli::kExitInvalidInput;
  } catch (const cli::UsageError& e) {
    return usage_error(e.what(), app);
  } catch (const UnknownSheet& e) {
    return usage_error(e.what(), app);
  } catch (const ReadUsageError& e) {  // a --column that names no header of the files read
    return usage_error(e.what(), app);
  } catch (const OutputError& e) {
    fmt::print(stderr, "chiso: {}: {}\n", tr("error"), e.what());
    return cli::kExitInvalidInput;
  } catch (const std::filesystem::filesystem_error& e) {
    // The last resort: every reader and writer turns these into messages of its own.
    fmt::print(stderr, "chiso: {}: {}\n", tr("error"),
               e.code().message() + (e.path1().empty() ? "" : ": '" + e.path1().string() + "'"));
    return cli::kExitInvalidInput;
  }
  return cli::kExitUsage;
}

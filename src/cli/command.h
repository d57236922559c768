// What every subcommand file gives main: its CLI11 subcommand and the function that runs it.
// A command reads its inputs (io), computes (core) and writes (io) in a few lines; the flags
// they share are in cli/options.h.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <stdexcept>

namespace chiso::cli {

/// Exit statuses, as documented in the README and the man page.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalidInput = 1;
inline constexpr int kExitUsage = 2;

/// A subcommand: its parsed options live in the closure of `run`.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

/// `chiso rank`.
Command add_rank(CLI::App& app);
/// `chiso check`.
Command add_check(CLI::App& app);
/// `chiso methods`.
Command add_methods(CLI::App& app);
/// `chiso compare`.
Command add_compare(CLI::App& app);
/// `chiso history`.
Command add_history(CLI::App& app);
/// `chiso explain`.
Command add_explain(CLI::App& app);
/// `chiso scorecard`.
Command add_scorecard(CLI::App& app);
/// `chiso robustness`.
Command add_robustness(CLI::App& app);

/// A usage error found after parsing (a combination CLI11 cannot express). The one road out
/// for usage errors: main prints it as CLI11's own, with "Run 'chiso COMMAND --help' for
/// usage.", and exits with status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace chiso::cli

// What every subcommand file gives main: its CLI11 subcommand and the function that runs it.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/framework.h"
#include "chiso/inputs.h"
#include "chiso/league.h"
#include "chiso/score_table.h"

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

/// The input files shared by the subcommands that read scores, spelt the same in each.
struct InputFiles {
  std::string framework;
  std::vector<std::string> scores;  // "FILE" or "YEAR=FILE"
  std::string units;
  std::string bands;
  std::string previous;
  std::string delimiter;            // "", ",", ";" or "tab"
};

/// Adds --framework, --scores, --units, --bands, --previous and --delimiter to `command`.
void add_input_options(CLI::App& command, InputFiles& files);

/// Everything read from the input files.
struct Inputs {
  Framework framework;
  ScoreTable scores{0};
  UnitGroups groups;
  BandScheme bands;
  std::vector<PreviousRow> previous;
  bool has_units = false;
  bool has_previous = false;
  std::string previous_file;
};

/// Reads every input file, adding all problems to `diagnostics`; stops after the framework
/// when the framework itself is unusable. Throws InputError on a syntax error.
Inputs read_inputs(const InputFiles& files, Diagnostics& diagnostics);

/// Ranks the years asked for by --year ("" = the latest, "all" = every year) with the previous
/// ranking of `inputs` if any, reporting a year absent from the scores, a previous ranking
/// with no earlier year, and units below every band. Nothing is ranked after such an error.
std::vector<LeagueTable> rank_inputs(const Inputs& inputs, const std::string& year, const RankOptions& options,
                                     Diagnostics& diagnostics);

/// `text` with line breaks between words so that no line passes `width` characters, for help
/// texts (CLI11 indents the lines after a break).
std::string wrap(std::string_view text, size_t width = 68);

/// Prints each diagnostic to stderr in the GNU form.
void print_diagnostics(const Diagnostics& diagnostics);

}  // namespace chiso::cli

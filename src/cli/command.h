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
#include "chiso/methods.h"
#include "chiso/report.h"
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
/// `chiso methods`.
Command add_methods(CLI::App& app);
/// `chiso compare`.
Command add_compare(CLI::App& app);
/// `chiso history`.
Command add_history(CLI::App& app);
/// `chiso explain`.
Command add_explain(CLI::App& app);

/// The input files shared by the subcommands that read scores, spelt the same in each.
struct InputFiles {
  std::string method;               // a built-in method's name or folder, instead of framework
  std::string framework;
  std::vector<std::string> scores;  // "FILE" or "YEAR=FILE"
  std::string units;
  std::string bands;
  std::string previous;
  std::string excluded;
  std::string delimiter;            // "", ",", ";" or "tab"
  std::vector<std::string> not_applicable;
  bool no_thousands = false;  // --no-thousands  // --not-applicable: more spellings of 'n/a'
};

/// The flags that say how to rank, spelt and explained the same in every command that ranks.
struct RankingFlags {
  int decimals = 2;
  std::string ties = "competition";
  std::string rank_on = "rounded";
  std::string headline;  // empty: the method's, else index
};

/// Adds --decimals, --ties, --rank-on and (with `with_headline`) --headline to `command`.
void add_ranking_options(CLI::App& command, RankingFlags& flags, bool with_headline);

/// A usage error found after parsing (a combination CLI11 cannot express): exit status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Adds --framework, --scores, --units, --bands, --previous and --delimiter to `command`.
void add_input_options(CLI::App& command, InputFiles& files);

/// Everything read from the input files.
struct Inputs {
  Framework framework;
  ScoreTable scores{0};
  /// Read with `sums_will_do`, when the scores allowed it (read_scores_summed): the sums of
  /// each row of `scores`, which then has no cells.
  std::optional<RowSums> sums;
  UnitGroups groups;
  BandScheme bands;
  std::vector<PreviousRow> previous;
  std::vector<Exclusion> excluded;
  std::optional<Method> method;
  bool has_units = false;
  bool has_previous = false;
  std::string previous_file;
};

/// Adds --lang vi|en (default vi), "Language of <what>".
void add_lang_option(CLI::App& command, std::string& lang, const std::string& what);

/// The language --lang names.
Language language_of(const std::string& lang);

/// Adds --format md|csv (default md): "md: a Markdown report; csv: <csv>".
void add_format_option(CLI::App& command, std::string& format, const std::string& csv);

/// The rank options the flags ask for; the headline defaults to the method's of `inputs`
/// (null when ranking files are compared, not scores).
RankOptions ranking_options(const RankingFlags& flags, const Inputs* inputs);

/// Reads every input file, adding all problems to `diagnostics`; stops after the framework
/// when the framework itself is unusable. Throws InputError on a syntax error. With
/// `sums_will_do` (the run ranks and needs no cell), a single scores file is added up as it is
/// read when it can be (Inputs::results).
Inputs read_inputs(const InputFiles& files, Diagnostics& diagnostics, bool sums_will_do = false);

/// Ranks the years asked for by --year ("" = the latest, "all" = every year) with the previous
/// ranking of `inputs` if any, reporting a year absent from the scores, a previous ranking
/// with no earlier year, and units below every band. Nothing is ranked after such an error.
std::vector<LeagueTable> rank_inputs(const Inputs& inputs, const std::string& year, const RankOptions& options,
                                     Diagnostics& diagnostics);
/// rank_inputs, handing each year's table to `each` as soon as it is ranked.
void rank_inputs_each(const Inputs& inputs, const std::string& year, const RankOptions& options,
                      Diagnostics& diagnostics, const std::function<void(LeagueTable)>& each);

/// `text` with line breaks between words so that no line passes `width` characters, for help
/// texts (CLI11 indents the lines after a break).
std::string wrap(std::string_view text, size_t width = 68);

/// Prints each diagnostic to stderr in the GNU form.
void print_diagnostics(const Diagnostics& diagnostics);

}  // namespace chiso::cli

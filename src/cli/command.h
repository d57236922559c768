// What every subcommand file gives main: its CLI11 subcommand and the function that runs it.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "chiso/compare.h"
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
  std::string renames;
  std::string delimiter;            // "", ",", ";" or "tab"
  std::vector<std::string> not_applicable;  // --not-applicable: more spellings of 'n/a'
  bool no_thousands = false;                // --no-thousands
  std::string missing = "error";            // a criterion without score: "error" or "zero"
  bool strict = false;                      // every warning is an error
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
  std::vector<Rename> renames;
  std::optional<Method> method;
  bool has_units = false;
  bool has_previous = false;
  std::string previous_file;
};

/// What --missing asks for.
MissingScores missing_scores(const InputFiles& files);

/// Matches the units of every input to the scored units on unit_key: prints each as the units
/// file spells it, gives the units of --excluded, --previous and --renames the spelling of the
/// scored unit they name; warns about scored units not in the units file (with the closest
/// name), units of the units file without scores, and renames that name no unit.
void match_units(Inputs& inputs, const InputFiles& files, Diagnostics& diagnostics);

/// Warns about each unit of the year `table` was compared with that no unit of its year
/// continues (LeagueTable::gone), with the closest new unit's name.
void warn_gone(const LeagueTable& table, const Inputs& inputs, Diagnostics& diagnostics);

/// The renames of --renames (none without it), adding its problems to `diagnostics`.
std::vector<Rename> read_renames_file(const InputFiles& files, Diagnostics& diagnostics);

/// For chiso compare and chiso history: gives each unit of `rankings` (latest first) and of
/// `renames` the spelling of the latest ranking that has it (unit_key).
void match_ranking_units(const std::vector<YearStandings*>& rankings, std::vector<Rename>& renames);

/// For chiso compare and chiso history: renames the units of `earlier` that `renames` renamed
/// by `later_year` (from a later year than `earlier`'s), so that each is matched with its new
/// name. With `drop_mergers`, the units of a merger are left out of `earlier`: the merged unit
/// has no old rank, and they are not gone. Returns each merged unit's sources, for compare().
std::map<std::string, std::vector<PreviousStanding>> apply_renames(
    YearStandings& earlier, std::optional<int> later_year, const std::vector<Rename>& renames,
    bool drop_mergers);

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

// Everything a run that ranks scores reads: the input files named on the command line, read,
// checked and matched to one spelling per unit. Syntax errors stop one file only; every
// problem is added to the Diagnostics given, so that one run reports them all.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/framework.h"
#include "chiso/io/methods.h"
#include "chiso/io/read_options.h"
#include "chiso/league.h"
#include "chiso/ranked_year.h"
#include "chiso/score_table.h"

namespace chiso {

struct RowSums;  // the sums of the summing reader, private to io

/// The input files of the commands that rank scores, as the command line names them.
struct InputFiles {
  std::string method;  // a built-in method's name or folder, instead of framework
  std::string framework;
  std::vector<std::string> scores;  // "FILE" or "YEAR=FILE"
  std::string units;
  std::string bands;
  std::string previous;
  std::string excluded;
  std::string renames;
  std::string delimiter;                    // "", ",", ";" or "tab"
  std::vector<std::string> not_applicable;  // more spellings of 'n/a'
  bool no_thousands = false;
  std::string encoding;              // "" (detect), "utf-8", "utf-16", "cp1258", "tcvn3" or "vni"
  std::vector<std::string> columns;  // --column WHAT=HEADER
  /// The headers of the files read, shared by every read of one run (see check_column_choices).
  std::shared_ptr<HeadersRead> headers_read = std::make_shared<HeadersRead>();
  std::string missing = "error";  // a criterion without score: "error" or "zero"
  bool strict = false;            // every warning is an error
};

/// How `files` says its files are read; throws ReadUsageError for a --column that is not
/// WHAT=HEADER.
ReadOptions read_options(const InputFiles& files);

/// What InputFiles::missing asks for.
MissingScores missing_scores(const InputFiles& files);

/// Everything read from the input files.
struct Inputs {
  Framework framework;
  ScoreTable scores{0};  // without cells when they were added up as they were read (sums)
  UnitGroups groups;
  BandScheme bands;
  std::vector<PreviousRow> previous;
  std::vector<Exclusion> excluded;
  std::vector<Rename> renames;
  std::optional<Method> method;
  bool has_units = false;
  bool has_previous = false;
  std::string previous_file;
  /// The sums of each row of `scores`, when a single scores file was added up as it was read
  /// (read_inputs with `sums_will_do`); how they are kept is the reader's business.
  std::shared_ptr<const RowSums> sums;

  /// The scored years to rank: aggregated from `scores`, or taken from `sums`. The view refers
  /// to these inputs: keep them alive and in place while it is used.
  std::unique_ptr<ScoredYears> scored_years() const;
  /// What rank_years ranks: these inputs, `scored` (from scored_years()) and `options`.
  League league(const ScoredYears& scored, const RankOptions& options) const;
};

/// Reads every input file, adding all problems to `diagnostics`; stops after the framework
/// when the framework itself is unusable. Needs files.framework or files.method. The units'
/// groups come from --units and from a group column of the scores, which must agree; a total
/// column of the scores is checked against each unit's points (warnings). Throws
/// ReadUsageError for a --column that names no header of the files read. With
/// `sums_will_do` (the run ranks and needs no cell), a single scores file is added up as it is
/// read when it can be (Inputs::sums).
Inputs read_inputs(const InputFiles& files, Diagnostics& diagnostics, bool sums_will_do = false);

/// The self-assessed scores of `self_files` ("FILE" or "YEAR=FILE"), read and checked like the
/// scores of `inputs`, each unit spelt as the appraised scores spell it.
ScoreTable read_self(const std::vector<std::string>& self_files, const InputFiles& files,
                     const Inputs& inputs, Diagnostics& diagnostics);

/// Matches the units of every input to the scored units on unit_key: prints each as the units
/// file spells it, gives the units of --excluded, --previous and --renames the spelling of the
/// scored unit they name; warns about scored units not in the units file (with the closest
/// name), units of the units file without scores, and renames that name no unit.
void match_units(Inputs& inputs, const InputFiles& files, Diagnostics& diagnostics);

/// The renames of --renames (none without it), adding its problems to `diagnostics`.
std::vector<Rename> read_renames_file(const InputFiles& files, Diagnostics& diagnostics);

}  // namespace chiso

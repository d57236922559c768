#include <fmt/format.h>

#include <set>

#include "chiso/diagnostic_format.h"
#include "cli/command.h"

namespace chiso::cli {

void add_input_options(CLI::App& command, InputFiles& files) {
  command.add_option("--framework", files.framework,
                     "The criteria tree: a CSV with columns id,parent,name,max and optionally owner")
      ->required()
      ->type_name("FILE");
  command.add_option("--scores", files.scores,
                     "Points per unit and leaf criterion: long (unit,year,criterion,score) or wide "
                     "(unit,year,<leaf ids>...). Repeat for several files. Write YEAR=FILE for a file "
                     "without a year column, e.g. 2022=scores-2022.csv")
      ->required()
      ->type_name("[YEAR=]FILE")
      ->take_all();
  command.add_option("--units", files.units,
                     "Groups to rank units in: a CSV with columns unit,group. Default: all units form one group")
      ->type_name("FILE");
  command.add_option("--bands", files.bands,
                     "Band thresholds: a CSV with columns group,label,min (empty group = every group; min "
                     "inclusive). Default: no bands")
      ->type_name("FILE");
  command.add_option("--previous", files.previous,
                     "Last year's ranking to compare with (chiso's ranking.csv or a table with at least "
                     "unit,rank). Default: the latest earlier year in the scores")
      ->type_name("FILE");
  command.add_option("--delimiter", files.delimiter,
                     "Field separator of the input files: ',' ';' or 'tab'. Default: detected from each header")
      ->type_name("SEP")
      ->check(CLI::IsMember({",", ";", "tab"}));
}

Inputs read_inputs(const InputFiles& files, Diagnostics& diagnostics) {
  ReadOptions options;
  if (!files.delimiter.empty()) options.delimiter = files.delimiter == "tab" ? '\t' : files.delimiter[0];
  Inputs inputs;
  inputs.framework = read_framework(files.framework, options, diagnostics);
  if (diagnostics.has_errors()) return inputs;
  inputs.scores = ScoreTable(static_cast<int>(inputs.framework.leaves().size()));
  for (const std::string& argument : files.scores) {
    read_scores(parse_scores_source(argument), inputs.framework, inputs.scores, options, diagnostics);
  }
  if (!files.units.empty()) {
    inputs.groups = read_units(files.units, options, diagnostics);
    inputs.has_units = true;
  }
  if (!files.bands.empty()) inputs.bands = read_bands(files.bands, options, diagnostics);
  if (!files.previous.empty()) {
    inputs.previous = read_previous(files.previous, options, diagnostics);
    inputs.has_previous = true;
  }
  if (diagnostics.has_errors()) return inputs;

  check_scores(inputs.framework, inputs.scores, diagnostics);
  if (inputs.has_units) {
    const std::vector<std::string>& names = inputs.scores.units();
    std::set<std::string> scored(names.begin(), names.end());
    std::set<std::string> warned;
    for (const UnitYear& row : inputs.scores.rows()) {
      const std::string& unit = names[row.unit];
      if (!inputs.groups.group_of.count(unit) && warned.insert(unit).second) {
        diagnostics.warning(row.where, fmt::format("unit '{}' is not in the units file '{}'; it is ranked in a "
                                                   "group of its own",
                                                   unit, files.units));
      }
    }
    for (const auto& [unit, where] : inputs.groups.listed) {
      if (!scored.count(unit)) {
        diagnostics.warning(where, fmt::format("unit '{}' has no scores; it is left out of the ranking", unit));
      }
    }
  }
  return inputs;
}

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics.all()) fmt::print(stderr, "{}\n", format_diagnostic(diagnostic));
}

}  // namespace chiso::cli

// The same unit is the same unit: every input's unit names matched to the scored units on
// unit_key (case, white space and composition ignored), and the warnings that say which names
// match nothing, with the closest one.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "chiso/io/inputs.h"
#include "chiso/io/tables_reader.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "chiso/renames.h"
#include "chiso/suggest.h"

namespace chiso {
namespace {

// Warns about the scored units that the units file does not list: one warning for each that
// has a close name among the listed units (a typo, likely), one for the rest.
void warn_unlisted(const Inputs& inputs, const std::string& units_file, Diagnostics& diagnostics) {
  const std::vector<std::string>& names = inputs.scores.units();
  const std::set<std::string> scored(names.begin(), names.end());
  std::vector<std::string> listed;  // what a misspelt unit may be
  for (const auto& [unit, where] : inputs.groups.listed) listed.push_back(unit);
  if (listed.size() * names.size() > kSuggestedPairs) listed.clear();
  std::vector<std::string> unlisted;
  Location first_unlisted;
  std::set<int> seen;
  for (int r = 0; r < static_cast<int>(inputs.scores.rows().size()); ++r) {
    const int unit = inputs.scores.rows()[static_cast<size_t>(r)].unit;
    const std::string& name = names[static_cast<size_t>(unit)];
    if (inputs.groups.group_of.count(name) || !seen.insert(unit).second) continue;
    if (const std::string hint = did_you_mean(name, listed); !hint.empty()) {
      diagnostics.warning(
          inputs.scores.where(r),
          tr("scored unit '{}' is not in the units file '{}' and is ranked in a group of its "
             "own{}",
             name, units_file, hint));
      continue;
    }
    if (unlisted.empty()) first_unlisted = inputs.scores.where(r);
    unlisted.push_back(name);
  }
  if (!unlisted.empty()) {
    const size_t shown = std::min<size_t>(unlisted.size(), 3);
    std::string names_text = fmt::format(
        "'{}'", fmt::join(unlisted.begin(), unlisted.begin() + static_cast<long>(shown), "', '"));
    if (unlisted.size() > shown) names_text += tr(" and {} more", unlisted.size() - shown);
    diagnostics.warning(
        first_unlisted,
        unlisted.size() == 1
            ? tr("a scored unit is not in the units file '{}': {}; it is ranked in a group of its "
                 "own",
                 units_file, names_text)
            : tr("{} scored units are not in the units file '{}': {}; they are ranked in a group "
                 "of their own",
                 unlisted.size(), units_file, names_text));
  }
  for (const auto& [unit, where] : inputs.groups.listed) {
    if (!scored.count(unit)) {
      diagnostics.warning(where,
                          tr("unit '{}' has no scores; it is left out of the ranking", unit));
    }
  }
}

}  // namespace

void match_units(Inputs& inputs, const InputFiles& files, Diagnostics& diagnostics) {
  ScoreTable& scores = inputs.scores;
  for (const auto& [unit, where] : inputs.groups.listed) {
    if (std::optional<int> found = scores.find_unit(unit_key(unit)))
      scores.rename_unit(*found, unit);
  }
  // Gives `name` the spelling of the scored unit it names; false when it names none.
  const auto spell = [&scores](std::string& name) {
    std::optional<int> found = scores.find_unit(unit_key(name));
    if (found) name = scores.units()[static_cast<size_t>(*found)];
    return found.has_value();
  };
  for (Exclusion& exclusion : inputs.excluded) spell(exclusion.unit);
  std::unordered_map<std::string, std::string>
      previous_spelling;  // unit_key -> as --previous spells it
  for (PreviousRow& row : inputs.previous) {
    if (!spell(row.standing.unit))
      previous_spelling.emplace(unit_key(row.standing.unit), row.standing.unit);
  }
  for (Rename& rename : inputs.renames) {
    bool old_known = spell(rename.old_unit);
    if (auto found = previous_spelling.find(unit_key(rename.old_unit));
        !old_known && found != previous_spelling.end()) {
      rename.old_unit = found->second;
      old_known = true;
    }
    if (!old_known) {
      diagnostics.warning(rename.where,
                          tr("renamed unit '{}' is neither scored nor in the previous ranking{}",
                             rename.old_unit, did_you_mean(rename.old_unit, scores.units())));
    }
    if (!spell(rename.new_unit)) {
      diagnostics.warning(rename.where,
                          tr("new name '{}' of unit '{}' is not scored{}", rename.new_unit,
                             rename.old_unit, did_you_mean(rename.new_unit, scores.units())));
    }
  }
  if (inputs.has_units) warn_unlisted(inputs, files.units, diagnostics);
}

std::vector<Rename> read_renames_file(const InputFiles& files, Diagnostics& diagnostics) {
  if (files.renames.empty()) return {};
  try {
    return read_renames(files.renames, read_options(files), diagnostics);
  } catch (const InputError& e) {
    diagnostics.append(e.diagnostics());
    return {};
  }
}

}  // namespace chiso

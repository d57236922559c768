#include "chiso/renames.h"

#include <algorithm>

namespace chiso {

RenameSources renames_for(const std::vector<Rename>& renames, std::optional<int> year,
                          std::optional<int> previous_year) {
  RenameSources olds;
  for (const Rename& rename : renames) {
    if (rename.year &&
        ((year && *rename.year > *year) || (previous_year && *rename.year <= *previous_year))) {
      continue;
    }
    std::vector<std::string_view>& of = olds[rename.new_unit];
    if (std::find(of.begin(), of.end(), rename.old_unit) == of.end()) of.push_back(rename.old_unit);
  }
  return olds;
}

std::vector<std::string_view> continued(std::string_view unit, const RenameSources& olds,
                                        const std::function<bool(std::string_view)>& was_ranked) {
  std::vector<std::string_view> sources;
  if (was_ranked(unit)) sources.push_back(unit);
  if (auto found = olds.find(unit); found != olds.end()) {
    for (std::string_view old : found->second) {
      if (old != unit && was_ranked(old)) sources.push_back(old);
    }
  }
  return sources;
}

}  // namespace chiso

// Which earlier units a unit continues, under --renames: one rule for rank, compare and history.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chiso/league.h"

namespace chiso {

/// Each new name and the old names it continues (each once, in the order of the renames).
using RenameSources = std::unordered_map<std::string_view, std::vector<std::string_view>>;

/// The `renames` that apply when `year` is compared with `previous_year`: a rename with a year
/// applies from that year on, so not after `year` and not by `previous_year`. An empty year
/// bounds nothing.
RenameSources renames_for(const std::vector<Rename>& renames, std::optional<int> year,
                          std::optional<int> previous_year);

/// The previous year's units that `unit` continues, of those `was_ranked` then: itself first,
/// then those it was renamed from or formed from, in the order of the renames.
std::vector<std::string_view> continued(std::string_view unit, const RenameSources& olds,
                                        const std::function<bool(std::string_view)>& was_ranked);

}  // namespace chiso

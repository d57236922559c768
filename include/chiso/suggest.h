// "Did you mean" suggestions for misspelt ids, headers and names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chiso {

/// The candidate closest to `wrong` by edit distance (ignoring case), or empty when none is
/// close enough to be a plausible typo (distance at most a third of the longer length, min 1).
/// Bounded in cost: texts over 256 bytes are never matched, and after a few million steps the
/// closest candidate found so far is returned.
std::string closest_match(std::string_view wrong, const std::vector<std::string>& candidates);

}  // namespace chiso

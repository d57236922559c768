// "Did you mean" suggestions for misspelt ids, headers and names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chiso {

/// The candidate closest to `wrong` by edit distance (ignoring case), or empty when none is
/// close enough to be a plausible typo (distance at most a third of the longer length, min 1).
/// Bounded in cost: texts over 256 bytes are never matched, and after a few million steps the
/// closest candidate found so far is returned.
std::string closest_match(std::string_view wrong, const std::vector<std::string>& candidates);

/// Past this many names × candidates, no "did you mean" for a list of names: a national run
/// that renamed every commune would otherwise spend minutes on edit distances.
inline constexpr size_t kSuggestedPairs = 1'000'000;

/// "; did you mean 'X'?" for the closest of `candidates` to `name`, or "".
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace chiso

#include "chiso/suggest.h"

#include <algorithm>
#include <cstdlib>

#include "chiso/message.h"

namespace chiso {
namespace {

// Longer texts are no one's typo: a 100 KB pasted cell is compared with nothing.
constexpr size_t kLongest = 256;
// The steps one suggestion may take (some milliseconds), however many and however alike the
// candidates: past it, the closest candidate found so far is the suggestion.
constexpr size_t kBudget = 4'000'000;

// ASCII letters in lower case, as std::tolower in the "C" locale, once per text rather than
// once per step.
std::string folded(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// Edit distance over bytes (of texts already folded), where swapping two neighbours counts as
// one edit ("scroe" is one typo away from "score"): the optimal string alignment distance.
// Only distances up to `limit` matter: cells further than `limit` from the diagonal cannot
// lead to one, so only the band around it is computed, and any result above `limit` is
// returned as limit + 1.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit, size_t& budget) {
  const size_t over = limit + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return over;
  const size_t width = b.size() + 1;
  std::vector<size_t> before(width, over), previous(width, over), row(width, over);
  for (size_t j = 0; j <= std::min(b.size(), limit); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    const size_t from = i > limit ? i - limit : 1;
    const size_t to = std::min(b.size(), i + limit);
    // Only the band is written; the cells just outside it are what a neighbour reads.
    row[from - 1] = from == 1 && i <= limit ? i : over;
    if (to < b.size()) row[to + 1] = over;
    size_t smallest = row[from - 1];
    for (size_t j = from; j <= to; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      size_t best = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, before[j - 2] + 1);
      }
      row[j] = std::min(best, over);
      smallest = std::min(smallest, row[j]);
    }
    budget -= std::min(budget, to - from + 1);
    if (smallest > limit) return over;  // every path already costs more
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return std::min(previous[b.size()], over);
}

}  // namespace

std::string closest_match(std::string_view wrong, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = 0;
  if (wrong.size() > kLongest) return best;
  const std::string wrong_folded = folded(wrong);
  size_t budget = kBudget;
  for (const std::string& candidate : candidates) {
    if ((!best.empty() && best_distance == 0) || budget == 0) break;
    if (candidate.size() > kLongest) continue;
    size_t allowed = std::max<size_t>(1, std::max(wrong.size(), candidate.size()) / 3);
    // Only a strictly closer candidate replaces the best one: nothing further need be measured.
    if (!best.empty()) allowed = std::min(allowed, best_distance - 1);
    const size_t apart = wrong.size() > candidate.size() ? wrong.size() - candidate.size()
                                                         : candidate.size() - wrong.size();
    if (apart > allowed) continue;  // before folding a copy: most candidates end here
    size_t distance = edit_distance(wrong_folded, folded(candidate), allowed, budget);
    if (distance > allowed) continue;
    best = candidate;
    best_distance = distance;
  }
  return best;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  const std::string closest = closest_match(name, candidates);
  return closest.empty() ? std::string() : tr("; did you mean '{}'?", closest);
}

}  // namespace chiso

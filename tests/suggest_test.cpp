// Tests of suggest: "did you mean", the same answers as a full edit distance, at bounded cost.
#include "chiso/suggest.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <string>
#include <vector>

using namespace chiso;

namespace {

// The optimal string alignment distance over the whole table, as suggest.cpp computed it
// before it was banded: the reference the bounded version must agree with.
size_t full_distance(const std::string& a, const std::string& b) {
  auto fold = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  const size_t width = b.size() + 1;
  std::vector<size_t> d((a.size() + 1) * width);
  for (size_t i = 0; i <= a.size(); ++i) d[i * width] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      size_t best = std::min({d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1,
                              d[(i - 1) * width + j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        best = std::min(best, d[(i - 2) * width + j - 2] + 1);
      }
      d[i * width + j] = best;
    }
  }
  return d[a.size() * width + b.size()];
}

std::string full_closest_match(const std::string& wrong,
                               const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = 0;
  for (const std::string& candidate : candidates) {
    size_t distance = full_distance(wrong, candidate);
    if (distance > std::max<size_t>(1, std::max(wrong.size(), candidate.size()) / 3)) continue;
    if (best.empty() || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

TEST_CASE("suggest: the closest id, a swap of two neighbours counting as one edit") {
  CHECK(closest_match("scroe", {"unit", "score", "year"}) == "score");
  CHECK(closest_match("2.x", {"1.1", "2.1", "3.1"}) == "2.1");
  CHECK(closest_match("UNIT", {"unit"}) == "unit");
  CHECK(closest_match("nothing like it", {"unit", "score"}).empty());
  CHECK(closest_match("a", {}).empty());
}

TEST_CASE("suggest: the banded distance chooses as the full table does, on 20,000 random pairs") {
  std::mt19937 random(11);
  const std::string letters = "abAB.1 ";
  auto text = [&](size_t length) {
    std::string out;
    for (size_t i = 0; i < length; ++i) out += letters[random() % letters.size()];
    return out;
  };
  for (int round = 0; round < 2000; ++round) {
    const std::string wrong = text(random() % 13);
    std::vector<std::string> candidates;
    for (int c = 0; c < 10; ++c) candidates.push_back(text(random() % 13));
    CHECK_MESSAGE(closest_match(wrong, candidates) == full_closest_match(wrong, candidates),
                  "wrong: '" << wrong << "'");
  }
}

TEST_CASE("suggest: texts over 256 bytes are matched with nothing") {
  const std::string long_id(257, 'x');
  CHECK(closest_match(long_id, {long_id.substr(1)}).empty());
  CHECK(closest_match(long_id.substr(1), {long_id}).empty());
  CHECK(closest_match(long_id.substr(1), {long_id.substr(2)}) == long_id.substr(2));
}

TEST_CASE("suggest: did_you_mean gives the hint sentence, or nothing without a close name") {
  const std::vector<std::string> units{"Sở Tư pháp", "Sở Nội vụ"};
  CHECK(chiso::did_you_mean("Sở Tư phap", units) == "; did you mean 'Sở Tư pháp'?");
  CHECK(chiso::did_you_mean("Ban Dân tộc", units).empty());
}

// Tests of the fast path's number readers (io/plain_number.h): short_plain_number, which reads
// 8 bytes at a time, against plain_number on every text of up to 8 characters over digits,
// points and separators.
#include "io/plain_number.h"

#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <string>

using namespace chiso;

TEST_CASE("plain_number: reads plain numbers exactly, and nothing else") {
  double value = 0;
  const std::string numbers[] = {"0", "7", "0.75", "12.5", "123456789012345", "0.30000000000004"};
  const double expected[] = {0, 7, 0.75, 12.5, 123456789012345, 0.30000000000004};
  for (size_t i = 0; i < std::size(numbers); ++i) {
    const std::string& text = numbers[i];
    CAPTURE(text);
    CHECK(plain_number(text.data(), text.data() + text.size(), value) == text.data() + text.size());
    CHECK(value == expected[i]);
  }
  for (const std::string text :
       {"", ".5", "2.", "-1", "1234567890123456", "0.30000000000000004", "x"}) {
    CAPTURE(text);
    CHECK(plain_number(text.data(), text.data() + text.size(), value) == nullptr);
  }
}

TEST_CASE("short_plain_number: where it decides, it decides as plain_number does") {
  // Every text of 1 to 8 characters over these, followed by a separator, then cut at each
  // length (the line's end) — 8 readable bytes past the start always.
  const char alphabet[] = {'0', '7', '9', '.', ',', '\r'};
  const int size = static_cast<int>(std::size(alphabet));
  long compared = 0, decided = 0;
  for (int length = 1; length <= 8; ++length) {
    long combinations = 1;
    for (int i = 0; i < length; ++i) combinations *= size;
    for (long n = 0; n < combinations; ++n) {
      char text[16] = {};
      long rest = n;
      for (int i = 0; i < length; ++i, rest /= size) text[i] = alphabet[rest % size];
      text[length] = ',';
      for (const int cut : {length / 2, length + 1}) {  // the line ends inside the text, or after
        const char* stop = text + cut;
        double fast = -1, slow = -1;
        const char* fast_end = short_plain_number(text, stop, fast);
        const char* slow_end = plain_number(text, stop, slow);
        ++compared;
        if (fast_end == nullptr) continue;
        ++decided;
        if (fast_end != slow_end ||
            std::bit_cast<std::uint64_t>(fast) != std::bit_cast<std::uint64_t>(slow)) {
          FAIL_CHECK("'" << std::string(text, length) << "' cut at " << (stop - text) << ": "
                         << fast << " at " << (fast_end - text) << ", plain_number: " << slow
                         << " at " << (slow_end == nullptr ? -1 : slow_end - text));
        }
      }
    }
  }
  // 6 + 6^2 + … + 6^8 texts, each cut twice; it decides for those that start with a number of
  // at most 7 characters, whole before the cut, with no point first, last or twice (counted
  // apart, in Python).
  CHECK(compared == 2 * 2015538L);
  CHECK(decided == 1444884);
}

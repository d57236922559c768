// Reading the plain numbers of a scores file (digits, with a decimal point between digits)
// exactly, for the fast path (scores_part.cpp).
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace chiso {

/// Powers of ten exactly representable as doubles.
inline constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                          1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/// Reads the plain number at `p`: a whole number of at most 15 digits, or one with a decimal
/// point between digits. It is read exactly: the digits as an integer (exact below 2^53)
/// divided by a power of ten (exact up to 10^22) is the correctly rounded value, the same
/// double as std::from_chars gives. Returns where the number stops, or nullptr when no plain
/// number starts at `p`.
inline const char* plain_number(const char* p, const char* end, double& value) {
  std::uint64_t digits = 0;
  int count = 0, decimals = -1;
  for (; p < end; ++p) {
    const char c = *p;
    if (c >= '0' && c <= '9') {
      digits = digits * 10 + static_cast<unsigned>(c - '0');
      ++count;
      if (decimals >= 0) ++decimals;
    } else if (c == '.' && decimals < 0 && count > 0) {
      decimals = 0;
    } else {
      break;
    }
  }
  if (count == 0 || count > 15 || decimals == 0) return nullptr;
  value = static_cast<double>(digits);
  if (decimals > 0) value /= kPowersOfTen[decimals];
  return p;
}

/// plain_number for a number of at most 7 characters (a score such as 0.75 or 12.5), read 8
/// bytes at a time: a loop over the characters mispredicts where each number stops, and a
/// national file has 10 million of them. `p` must have 8 readable bytes, even past `end`.
/// Returns nullptr whenever it does not decide (a longer number, a point first or last, two
/// points, no number): plain_number then reads `p`. When it returns, plain_number would
/// return the same place and value.
inline const char* short_plain_number(const char* p, const char* end, double& value) {
  if constexpr (std::endian::native != std::endian::little) return nullptr;
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHigh = 0x8080808080808080;
  constexpr std::uint64_t kLow = 0x7F7F7F7F7F7F7F7F;
  std::uint64_t word;
  std::memcpy(&word, p, 8);  // p[0] in the lowest byte
  // Per byte, without carries between bytes: x is a digit's value; its high bit is set in
  // `other` when it is no digit, and in `point` when it is '.' ('.' ^ '0' is 0x1E).
  const std::uint64_t x = word ^ (0x30 * kOnes);
  const std::uint64_t other = (((x & kLow) + 0x76 * kOnes) | x) & kHigh;
  const std::uint64_t y = x ^ (0x1E * kOnes);
  const std::uint64_t point = ~(((y & kLow) + kLow) | y) & kHigh;
  const std::uint64_t stop = other & ~point;
  if (stop == 0) return nullptr;  // 8 characters or more
  const int length = std::countr_zero(stop) / 8;
  const std::uint64_t inside = (std::uint64_t{1} << (8 * length)) - 1;
  const std::uint64_t points = point & inside;
  if (length == 0 || length > end - p || (points & (points - 1)) != 0) return nullptr;
  std::uint64_t digits = x & inside;
  int count = length;
  int decimals = 0;
  if (points != 0) {
    const int at = std::countr_zero(points) / 8;
    if (at == 0 || at == length - 1) return nullptr;
    const std::uint64_t before = (std::uint64_t{1} << (8 * at)) - 1;
    digits = (digits & before) | ((digits >> 8) & ~before);  // the point taken out
    count = length - 1;
    decimals = length - 1 - at;
  }
  // The digits moved to the top bytes, behind zeros, then combined in pairs, fours and eight
  // (as fast_float's parse_eight_digits_unrolled does).
  digits <<= 8 * (8 - count);
  digits = digits * 10 + (digits >> 8);
  digits = (((digits & 0x000000FF000000FF) * (100 + (1000000ULL << 32))) +
            (((digits >> 16) & 0x000000FF000000FF) * (1 + (10000ULL << 32)))) >>
           32;
  value = static_cast<double>(digits & 0xFFFFFFFF);
  if (decimals > 0) value /= kPowersOfTen[decimals];
  return p + length;
}

}  // namespace chiso

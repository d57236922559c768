// Numbers written into diagnostic messages, without locale or third-party formatting.
#pragma once

#include <charconv>
#include <cmath>
#include <string>

namespace chiso {

/// Shortest decimal text of `value` after rounding to 6 places, so that sums such as
/// 0.1 + 0.2 read "0.3": "10", "9.5", "0.25".
inline std::string number_text(double value) {
  double rounded = std::round(value * 1e6) / 1e6;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded);
  return std::string(buffer, result.ptr);
}

/// `value` with exactly `decimals` places, as the outputs print it: "72.80".
inline std::string fixed_text(double value, int decimals) {
  char buffer[64];
  auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  return std::string(buffer, result.ptr);
}

/// `text` in single quotes, as every message quotes values.
inline std::string quoted(const std::string& text) { return "'" + text + "'"; }

}  // namespace chiso

#include "chiso/number.h"

#include <charconv>
#include <cmath>

#include "chiso/text.h"

namespace chiso {

std::optional<int> parse_year(std::string_view text) {
  text = trim(text);
  int year = 0;
  auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || stop != text.data() + text.size() || year < 1900 || year > 2200) return std::nullopt;
  return year;
}

bool is_not_applicable(std::string_view text) {
  text = trim(text);
  return text.size() == 3 && (text[0] == 'n' || text[0] == 'N') && text[1] == '/' &&
         (text[2] == 'a' || text[2] == 'A');
}

std::optional<double> parse_number(std::string_view text, bool comma_is_decimal, std::string& why) {
  text = trim(text);  // spaces inside quotes: "" 92,18 "" is still a number
  if (text.empty()) {
    why = "is empty";
    return std::nullopt;
  }
  std::string plain(text);
  size_t points = 0, commas = 0, spaces = 0;
  for (char& c : plain) {
    points += c == '.';
    commas += c == ',';
    spaces += c == ' ';
  }
  // "1.234,5", "1,234.5", "1.234.567" and "1 234" group thousands: reading them as one
  // decimal number would silently misread a score, so they are refused.
  if (spaces > 0) {
    why = "has a space inside; write the number without a thousands separator";
    return std::nullopt;
  }
  if (points > 0 && commas > 0) {
    why = "has both '.' and ','; write the number without a thousands separator";
    return std::nullopt;
  }
  if (points > 1 || commas > 1) {
    why = std::string("has more than one '") + (points > 1 ? "." : ",") +
          "'; write the number without a thousands separator";
    return std::nullopt;
  }
  if (commas == 1 && !comma_is_decimal) {
    why = "has a ',' in a comma-separated file; write a decimal point, or quote the cell";
    return std::nullopt;
  }
  for (char& c : plain) {
    if (c == ',') c = '.';
  }
  const char* begin = plain.data();
  const char* end = plain.data() + plain.size();
  if (*begin == '+' && plain.size() > 1 && plain[1] != '-') ++begin;  // "+5" but not "+-5"
  double value = 0;
  auto [stop, error] = std::from_chars(begin, end, value, std::chars_format::fixed);
  if (error != std::errc() || stop != end || !std::isfinite(value)) {
    why = "is not a number";
    return std::nullopt;
  }
  return value;
}

}  // namespace chiso

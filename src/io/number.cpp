#include "chiso/io/number.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "chiso/io/text.h"
#include "chiso/message.h"

namespace chiso {

std::optional<int> parse_year(std::string_view text) {
  text = trim(text);
  int year = 0;
  auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || stop != text.data() + text.size() || year < 1900 || year > 2200)
    return std::nullopt;
  return year;
}

bool is_not_applicable(std::string_view text) {
  text = trim(text);
  return text.size() == 3 && (text[0] == 'n' || text[0] == 'N') && text[1] == '/' &&
         (text[2] == 'a' || text[2] == 'A');
}

namespace {

// Whether the one `mark` in `text` may group thousands, as Excel's "#,##0" writes 1234 ("1.234"
// with a Vietnamese locale, "1,234" with an English one): one to three digits, the first not 0,
// then the mark and exactly three digits.
bool may_group_thousands(std::string_view text, char mark) {
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  const size_t at = text.find(mark);
  if (at == std::string_view::npos || at == 0 || at > 3 || text[0] == '0' ||
      text.size() - at - 1 != 3)
    return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i != at && (text[i] < '0' || text[i] > '9')) return false;
  }
  return true;
}

std::string without(std::string text, char mark) {
  text.erase(text.find(mark), 1);
  return text;
}

// Why `text` is refused when its `mark` (the one that is not the file's decimal mark) may group
// thousands: both readings, written as this file would take them.
std::string may_be_thousands(std::string text, char mark, const std::string& file_kind) {
  const std::string whole = without(text, mark);
  text[text.find(mark)] = mark == '.' ? ',' : '.';
  return tr(
      "has a '{}' before three digits, which may be a thousands separator in {}; write '{}' "
      "for the whole number, or '{}' for a decimal, or give --no-thousands if the files "
      "never group thousands",
      mark, file_kind, whole, text);
}

}  // namespace

bool looks_not_applicable(std::string_view text) {
  static const std::vector<std::string> kClerks = {
      "-", "x", "KĐG", "Không áp dụng", "không đánh giá", "–", "—"};
  return is_spelt_not_applicable(text, kClerks);
}

bool is_spelt_not_applicable(std::string_view text, const std::vector<std::string>& spellings) {
  if (spellings.empty()) return false;
  const std::string key = loose_key(trim(text));
  for (const std::string& spelling : spellings) {
    if (loose_key(trim(spelling)) == key) return true;
  }
  return false;
}

std::optional<double> parse_number(std::string_view text, bool comma_is_decimal, std::string& why) {
  return parse_number(text, comma_is_decimal, false, why);
}

std::optional<double> parse_number(std::string_view text, bool comma_file, bool quoted,
                                   std::string& why, bool no_grouping) {
  const bool comma_is_decimal = comma_file || quoted;
  text = trim(text);  // spaces inside quotes: "" 92,18 "" is still a number
  if (text.empty()) {
    why = tr("is empty");
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
    why = tr("has a space inside; write the number without a thousands separator");
    return std::nullopt;
  }
  if (points > 0 && commas > 0) {
    why = tr("has both '.' and ','; write the number without a thousands separator");
    return std::nullopt;
  }
  if (points > 1 || commas > 1) {
    why = tr("has more than one '{}'; write the number without a thousands separator",
             points > 1 ? "." : ",");
    return std::nullopt;
  }
  if (commas == 1 && !comma_is_decimal) {
    why = tr("has a ',' in a comma-separated file; write a decimal point, or quote the cell");
    return std::nullopt;
  }
  // The mark that is not the file's own (a point in a `;` or tab file, a comma in a quoted
  // cell of a `,` file) is read as a decimal mark, unless it may group thousands.
  if (comma_file && !no_grouping && may_group_thousands(plain, '.')) {
    why = may_be_thousands(plain, '.', tr("a file with decimal commas"));
    return std::nullopt;
  }
  if (!comma_file && quoted && !no_grouping && may_group_thousands(plain, ',')) {
    why = may_be_thousands(plain, ',', tr("a file with decimal points"));
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
    why = tr("is not a number");
    return std::nullopt;
  }
  return value;
}

}  // namespace chiso

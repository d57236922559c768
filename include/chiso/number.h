// Numbers typed in spreadsheets: decimal point or comma, never a thousands separator.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chiso {

/// Parses a decimal number (surrounding spaces ignored) written with a decimal point, or a decimal comma when
/// `comma_is_decimal`. On failure returns nothing and sets `why` to the reason, worded to
/// follow "'<text>' " in a message: "is not a number", "has a thousands separator; …".
std::optional<double> parse_number(std::string_view text, bool comma_is_decimal, std::string& why);

/// A year such as 2022 (whole number from 1900 to 2200), or nothing.
std::optional<int> parse_year(std::string_view text);

/// Whether a score cell says the criterion does not apply: "n/a" in any case, spaces around ignored.
bool is_not_applicable(std::string_view text);

}  // namespace chiso

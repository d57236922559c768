// Numbers typed in spreadsheets: decimal point or comma, never a thousands separator.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chiso {

/// Parses a decimal number (surrounding spaces ignored) written with a decimal point, or a decimal
/// comma when `comma_is_decimal`. On failure returns nothing and sets `why` to the reason, worded
/// to follow "'<text>' " in a message: "is not a number", "has a thousands separator; …".
std::optional<double> parse_number(std::string_view text, bool comma_is_decimal, std::string& why);

/// parse_number for a cell of a file whose decimal mark is a comma (`comma_file`: `;` or tab
/// separated) or a point (`,` separated), `quoted` or not. The other mark is read as a decimal
/// mark too (a comma only in a quoted cell), except when it may group thousands ("1.234" in a
/// `;` file, "1,234" quoted in a `,` file): that is refused, naming both readings, unless
/// `no_grouping` says the files have no thousands separators (--no-thousands).
std::optional<double> parse_number(std::string_view text, bool comma_file, bool quoted,
                                   std::string& why, bool no_grouping = false);

/// A year such as 2022 (whole number from 1900 to 2200), or nothing.
std::optional<int> parse_year(std::string_view text);

/// Whether a score cell says the criterion does not apply: "n/a" in any case, spaces around
/// ignored.
bool is_not_applicable(std::string_view text);

/// Whether `text` is one of the other ways clerks write "does not apply" ("-", "x", "KĐG",
/// "Không áp dụng", "không đánh giá"; any case, with or without diacritics), which chiso
/// refuses unless --not-applicable names it.
bool looks_not_applicable(std::string_view text);

/// Whether `text` is one of `spellings` (--not-applicable), in any case, with or without
/// diacritics, spaces around ignored.
bool is_spelt_not_applicable(std::string_view text, const std::vector<std::string>& spellings);

}  // namespace chiso

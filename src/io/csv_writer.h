// Writing cells of the outputs: CSV fields quoted only where needed, Markdown table cells.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "chiso/io/ranking_writer.h"
#include "io/markdown_text.h"

namespace chiso {

/// Appends `field` to `out` as a CSV field: quoted, with quotes doubled, only when it holds
/// `separator`, a quote or a line break.
inline void append_csv_field(std::string& out, std::string_view field, char separator = ',') {
  bool quote = false;
  for (char c : field) quote = quote || c == separator || c == '"' || c == '\n' || c == '\r';
  if (!quote) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

/// `field` as a CSV field, quoted as append_csv_field quotes it.
inline std::string csv_field(std::string_view field, char separator = ',') {
  std::string out;
  append_csv_field(out, field, separator);
  return out;
}

/// `text` inside a Markdown table cell: markdown_text(text), which escapes the '|' that would
/// end the cell and everything else Markdown would read as markup.
inline std::string table_cell(std::string_view text) { return markdown_text(text); }

/// Whether a spreadsheet would read text cell `field` as a formula (OWASP "CSV injection"):
/// it starts, after any spaces, with '=', '+', '-' or '@', or with a TAB, CR or LF.
inline bool is_formula_like(std::string_view field) {
  const size_t first = field.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  const char c = field[first];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
}

/// Appends text cell `field` for a spreadsheet: a formula-like one (is_formula_like) after a
/// "'", so that Excel and LibreOffice read it as text (showing the "'"), then quoted as
/// append_csv_field quotes it.
inline void append_spreadsheet_text(std::string& out, std::string_view field, char separator) {
  if (!is_formula_like(field)) {
    append_csv_field(out, field, separator);
    return;
  }
  std::string neutral;
  neutral.reserve(field.size() + 1);
  neutral += '\'';
  neutral += field;
  append_csv_field(out, neutral, separator);
}

/// Builds a CSV file row by row in a CsvStyle (byte-order mark, decimal comma and ';'). A file
/// in either spreadsheet style neutralises formula-like text cells (append_spreadsheet_text);
/// a plain one keeps every text as it is, so that it reads back the same.
class CsvWriter {
 public:
  explicit CsvWriter(const CsvStyle& style) : style_(style) {
    if (style.bom) out_ += "\xEF\xBB\xBF";
  }
  /// Goes on with rows after `start`, the earlier part of the same file.
  CsvWriter(const CsvStyle& style, std::string&& start) : style_(style), out_(std::move(start)) {}

  void text(std::string_view field) {
    separate();
    const char separator = style_.decimal_comma ? ';' : ',';
    if (style_.bom || style_.decimal_comma) {
      append_spreadsheet_text(out_, field, separator);
    } else {
      append_csv_field(out_, field, separator);
    }
  }
  // Numbers hold no separator, quote or line break: they are written as they are.
  void number(double value, int decimals) {
    separate();
    append_fixed(out_, value, decimals, style_.decimal_comma);
  }
  void integer(long value) {
    separate();
    const fmt::format_int digits(value);
    out_.append(digits.data(), digits.size());
  }
  void end_row() {
    out_ += '\n';
    first_ = true;
  }
  std::string take() { return std::move(out_); }

 private:
  void separate() {
    if (!first_) out_ += style_.decimal_comma ? ';' : ',';
    first_ = false;
  }

  CsvStyle style_;
  std::string out_;
  bool first_ = true;
};

}  // namespace chiso

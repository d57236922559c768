// Writing cells of the outputs: CSV fields quoted only where needed, Markdown table cells.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "chiso/report.h"
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

/// Builds a CSV file row by row in a CsvStyle (byte-order mark, decimal comma and ';').
class CsvWriter {
 public:
  explicit CsvWriter(const CsvStyle& style) : style_(style) {
    if (style.bom) out_ += "\xEF\xBB\xBF";
  }
  /// Goes on with rows after `start`, the earlier part of the same file.
  CsvWriter(const CsvStyle& style, std::string&& start) : style_(style), out_(std::move(start)) {}

  void text(std::string_view field) {
    separate();
    append_csv_field(out_, field, style_.decimal_comma ? ';' : ',');
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

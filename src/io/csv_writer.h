// Writing cells of the outputs: CSV fields quoted only where needed, Markdown table cells.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "chiso/report.h"

namespace chiso {

/// `field` as a CSV field: quoted, with quotes doubled, only when it holds `separator`, a quote
/// or a line break.
inline std::string csv_field(std::string_view field, char separator = ',') {
  if (field.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string_view::npos) return std::string(field);
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

/// `text` inside a Markdown table cell, where a '|' would end the cell.
inline std::string table_cell(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '|') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

/// Builds a CSV file row by row in a CsvStyle (byte-order mark, decimal comma and ';').
class CsvWriter {
 public:
  explicit CsvWriter(const CsvStyle& style) : style_(style) {
    if (style.bom) out_ += "\xEF\xBB\xBF";
  }

  void text(std::string_view field) {
    const char separator = style_.decimal_comma ? ';' : ',';
    if (!first_) out_ += separator;
    first_ = false;
    out_ += csv_field(field, separator);
  }
  void number(double value, int decimals) { text(fixed(value, decimals, style_.decimal_comma)); }
  void integer(long value) { text(fmt::format("{}", value)); }
  void end_row() {
    out_ += '\n';
    first_ = true;
  }
  std::string take() { return std::move(out_); }

 private:
  CsvStyle style_;
  std::string out_;
  bool first_ = true;
};

}  // namespace chiso

#include "io/markdown_table.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>

namespace chiso {

size_t display_width(std::string_view text) {
  size_t width = 0;
  while (!text.empty()) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                         static_cast<utf8proc_ssize_t>(text.size()), &code_point);
    if (length <= 0) {
      ++width;
      text.remove_prefix(1);
      continue;
    }
    width += static_cast<size_t>(std::max(0, utf8proc_charwidth(code_point)));
    text.remove_prefix(static_cast<size_t>(length));
  }
  return width;
}

namespace {

constexpr size_t kCellMargins = 3;

// The display_width of the longest word of `text` (between spaces).
size_t longest_word(std::string_view text) {
  size_t longest = 0;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    longest = std::max(longest, display_width(text.substr(0, space)));
    text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
  }
  return longest;
}

// How wide a column is with its header and its cells each narrowed to a width.
struct Narrowing {
  size_t header = SIZE_MAX;
  size_t cells = SIZE_MAX;

  size_t width(const ColumnWidth& column) const {
    return std::max(
        {column.narrowest, std::min(column.cells, cells), std::min(column.header, header)});
  }
};

size_t line_length(const std::vector<ColumnWidth>& widths, const Narrowing& narrowing) {
  size_t line = 0;
  for (const ColumnWidth& width : widths) line += narrowing.width(width) + kCellMargins;
  return line;
}

// The least narrowing that fits the table to kPageColumns: none, or its headers narrowed, or
// its headers to their longest words and its cells narrowed; each column at its narrowest when
// nothing fits.
Narrowing fitting(const std::vector<ColumnWidth>& widths) {
  Narrowing narrowing;
  if (line_length(widths, narrowing) <= kPageColumns) return narrowing;
  narrowing.header = 0;
  for (const ColumnWidth& width : widths)
    narrowing.header = std::max(narrowing.header, width.header);
  while (narrowing.header > 0 && line_length(widths, narrowing) > kPageColumns) --narrowing.header;
  if (line_length(widths, narrowing) <= kPageColumns) return narrowing;
  narrowing.cells = 0;
  for (const ColumnWidth& width : widths) narrowing.cells = std::max(narrowing.cells, width.cells);
  while (narrowing.cells > 0 && line_length(widths, narrowing) > kPageColumns) --narrowing.cells;
  return narrowing;
}

}  // namespace

ColumnWidth column_width(std::string_view header, const std::vector<std::string_view>& cells) {
  ColumnWidth width;
  // The header is bold: one more column than its longest word, or the word breaks.
  const size_t header_word = header.empty() ? 0 : longest_word(header) + 1;
  width.header = std::max((display_width(header) + 1) / 2, header_word);
  size_t word = header_word;
  for (std::string_view cell : cells) {
    width.cells = std::max(width.cells, display_width(cell));
    word = std::max(word, longest_word(cell));
  }
  width.narrowest = std::max(word, std::min(width.cells, kNarrowestText));
  return width;
}

std::string markdown_rule(const std::vector<ColumnWidth>& widths,
                          const std::vector<bool>& right_aligned) {
  constexpr size_t kFewestDashes = 3;
  const Narrowing narrowing = fitting(widths);
  std::string rule = "|";
  for (size_t c = 0; c < widths.size(); ++c) {
    const bool right = c < right_aligned.size() && right_aligned[c];
    const size_t length = narrowing.width(widths[c]) + kCellMargins;
    rule.append(std::max(length - (right ? 1 : 0), kFewestDashes), '-');
    rule += right ? ":|" : "|";
  }
  return rule + "\n";
}

namespace {

void append_row(const std::vector<std::string>& cells, std::string& out) {
  out += '|';
  for (const std::string& cell : cells) out += " " + cell + " |";
  out += '\n';
}

}  // namespace

std::string markdown_table(const std::vector<MarkdownColumn>& columns,
                           const std::vector<std::vector<std::string>>& rows) {
  std::vector<ColumnWidth> widths;
  std::vector<bool> right_aligned;
  std::vector<std::string> header;
  for (size_t c = 0; c < columns.size(); ++c) {
    std::vector<std::string_view> cells;
    for (const std::vector<std::string>& row : rows) {
      if (c < row.size()) cells.push_back(row[c]);
    }
    widths.push_back(column_width(columns[c].header, cells));
    right_aligned.push_back(columns[c].right_aligned);
    header.push_back(columns[c].header);
  }
  std::string out;
  append_row(header, out);
  out += markdown_rule(widths, right_aligned);
  for (const std::vector<std::string>& row : rows) append_row(row, out);
  return out;
}

}  // namespace chiso

// The Markdown tables chiso writes (report.md, compare, history, explain), with a rule under the
// header whose dashes are sized for Word.
//
// pandoc (pipe_tables) gives a table the full width of the page, and each column a share of it
// equal to its share of the rule's length, when one of the table's lines is longer than its
// --columns (72 by default): a rule of three dashes a column makes a nine-column table nine
// equal columns, and a unit's name one word per line. So each column's part of the rule is as
// long as its content is wide, plus 3 for the cell's margins: names wide, numbers narrow. A
// table wider than a line of the page is fitted to it: first its headers take more lines, then
// its widest cells (names) do; a number or a word never breaks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chiso {

/// A line of the page markdown_rule fits a table to, in characters: a landscape A4 page of
/// share/reference.docx (252 mm between the margins) holds about 165 of 12 pt Times New Roman;
/// 150 leaves room for the bold headers and wide letters.
inline constexpr size_t kPageColumns = 150;

/// The narrowest markdown_rule makes a column of text (a name) that is wider than this.
inline constexpr size_t kNarrowestText = 16;

/// How many columns of a fixed-width font `text` (UTF-8) takes: utf8proc's width of each
/// character (a Vietnamese letter, precomposed or with combining marks, takes one; a combining
/// mark none; a wide CJK character two); a byte that is not UTF-8 counts one.
size_t display_width(std::string_view text);

/// How wide a column's content is, in display_width.
struct ColumnWidth {
  size_t header = 0;     // its header over two lines (half, rounded up), or its longest word
                         // and one (the header is bold)
  size_t cells = 0;      // its widest cell
  size_t narrowest = 0;  // its longest word (a header's and one), or its widest cell up to
                         // kNarrowestText if wider

  bool operator==(const ColumnWidth&) const = default;
};

/// The widths of a column of `header` and `cells` (both as written).
ColumnWidth column_width(std::string_view header, const std::vector<std::string_view>& cells);

/// The rule under a table's header, "|------|----:|\n": column c's part (its dashes, and the
/// ':' that right-aligns it when `right_aligned[c]`) is 3 characters longer than the column is
/// wide, and has at least 3 dashes. A column is as wide as its header or its cells, whichever
/// is wider; when the parts add up to more than kPageColumns, the widest headers are narrowed
/// until they fit (to the cells' width at most), then the widest cells, but no column under its
/// narrowest. The two vectors have one entry per column.
std::string markdown_rule(const std::vector<ColumnWidth>& widths,
                          const std::vector<bool>& right_aligned);

/// A column of a Markdown table: its header (Markdown) and alignment.
struct MarkdownColumn {
  std::string header;
  bool right_aligned = false;
};

/// A Markdown table: the header line, markdown_rule sized by column_width, and one line per
/// row, each cell (Markdown, written as it is) between "| " and " |"; a row has one cell per
/// column.
std::string markdown_table(const std::vector<MarkdownColumn>& columns,
                           const std::vector<std::vector<std::string>>& rows);

}  // namespace chiso

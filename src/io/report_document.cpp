#include "io/report_document.h"

#include <fmt/format.h>

#include "io/markdown_table.h"
#include "io/markdown_text.h"

namespace chiso {
namespace {

// Control characters that no name or phrase holds (names with them are refused when read, and
// the command line's are replaced): they mark where a name or a file name starts and ends.
constexpr char kNameStart = '\x01';
constexpr char kCodeStart = '\x02';
constexpr char kEnd = '\x03';
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

std::string marked(char start, std::string_view text) {
  std::string out(1, start);
  for (char c : text) {
    if (c == kNameStart || c == kCodeStart || c == kEnd) {
      out.append(kReplacement);
    } else {
      out += c;
    }
  }
  out += kEnd;
  return out;
}

std::string markdown_plain(std::string_view text) { return std::string(text); }
std::string markdown_name(std::string_view text) { return markdown_text(text); }
std::string markdown_file(std::string_view text) { return markdown_code(text); }

constexpr TextStyle kMarkdown{markdown_plain, markdown_name, markdown_file};

// The table as Markdown: its cells styled, its rule sized by their widths (markdown_table.h).
std::string markdown_of(const Table& table) {
  std::vector<MarkdownColumn> columns;
  for (const TableColumn& column : table.columns)
    columns.push_back({styled_text(column.text, kMarkdown), column.align == Align::kRight});
  std::vector<std::vector<std::string>> rows;
  for (const std::vector<std::string>& row : table.rows) {
    std::vector<std::string> cells;
    for (const std::string& cell : row) cells.push_back(styled_text(cell, kMarkdown));
    rows.push_back(std::move(cells));
  }
  return markdown_table(columns, rows);
}

}  // namespace

std::string name_text(std::string_view name) { return marked(kNameStart, name); }

std::string code_text(std::string_view file) { return marked(kCodeStart, file); }

std::string styled_text(std::string_view text, const TextStyle& style) {
  std::string out;
  while (!text.empty()) {
    const size_t start = text.find_first_of(std::string_view("\x01\x02", 2));
    out += style.plain(text.substr(0, start));
    if (start == std::string_view::npos) break;
    const size_t end = text.find(kEnd, start);
    const std::string_view inside = text.substr(start + 1, end - start - 1);
    out += text[start] == kNameStart ? style.name(inside) : style.code(inside);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  return out;
}

void ReportDocument::heading(int level, std::string text) {
  Block block{BlockKind::kHeading};
  block.level = level;
  block.text = std::move(text);
  blocks.push_back(std::move(block));
}

void ReportDocument::paragraph(std::string text) {
  Block block{BlockKind::kParagraph};
  block.text = std::move(text);
  blocks.push_back(std::move(block));
}

void ReportDocument::table(Table table) {
  Block block{BlockKind::kTable};
  block.table = std::move(table);
  blocks.push_back(std::move(block));
}

void ReportDocument::list(std::vector<std::string> items) {
  Block block{BlockKind::kList};
  block.items = std::move(items);
  blocks.push_back(std::move(block));
}

void ReportDocument::add_charts(GroupCharts group) {
  Block block{BlockKind::kCharts};
  block.charts = charts.size();
  charts.push_back(std::move(group));
  blocks.push_back(std::move(block));
}

void ReportDocument::add_intervals(IntervalChart chart) {
  Block block{BlockKind::kIntervals};
  block.charts = intervals.size();
  intervals.push_back(std::move(chart));
  blocks.push_back(std::move(block));
}

void ReportDocument::add_rank_lines(RankLinesChart chart) {
  Block block{BlockKind::kRankLines};
  block.charts = rank_lines.size();
  rank_lines.push_back(std::move(chart));
  blocks.push_back(std::move(block));
}

std::string markdown_document_text(std::string_view text) { return styled_text(text, kMarkdown); }

std::string markdown_document(const ReportDocument& document) {
  std::string out;
  for (const Block& block : document.blocks) {
    switch (block.kind) {
      case BlockKind::kHeading:
        out += std::string(static_cast<size_t>(block.level), '#') + " " +
               styled_text(block.text, kMarkdown) + "\n";
        break;
      case BlockKind::kParagraph:
        out += styled_text(block.text, kMarkdown) + "\n";
        break;
      case BlockKind::kTable:
        out += markdown_of(block.table);
        break;
      case BlockKind::kList:
        for (const std::string& item : block.items)
          out += "- " + styled_text(item, kMarkdown) + "\n";
        break;
      case BlockKind::kCharts:
      case BlockKind::kIntervals:
      case BlockKind::kRankLines:
        continue;
    }
    out += '\n';
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

}  // namespace chiso

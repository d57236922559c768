#include "io/html_report.h"

#include <fmt/format.h>

#include "io/name_characters.h"
#include "io/svg_charts.h"
#include "io/svg_rank_charts.h"

namespace chiso {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Decree 30/2020/NĐ-CP (Appendix I, on the layout of administrative documents) sets the
// margins of an A4 page: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm, and
// Times New Roman; the report takes the smallest margins, for the widest tables. Liberation
// Serif has Times New Roman's metrics, so a page laid out without it breaks the same way.
// Headers are 8.5 pt: Chromium repeats a table's header on every printed page only while the
// header is short beside the page (about a quarter of it), and the ranking table's header of 7
// field names wrapped into narrow columns was taller at 10 pt, so its second page had none.
constexpr std::string_view kStyle = R"(
/* Decree 30/2020/ND-CP, Appendix I: margins top 20-25 mm, bottom 20-25 mm, left 30-35 mm,
   right 15-20 mm; here 20, 20, 30 and 15 mm on an A4 landscape page. */
@page {
  size: A4 landscape;
  margin: 20mm 15mm 20mm 30mm;
  @bottom-center {
    content: counter(page) " / " counter(pages);
    font-family: "Times New Roman", "Liberation Serif", serif;
    font-size: 11pt;
  }
}
body {
  font-family: "Times New Roman", "Liberation Serif", serif;
  font-size: 13pt;
  line-height: 1.3;
  color: #000;
  background: #fff;
  margin: 1em auto;
  max-width: 267mm;
}
h1 { font-size: 16pt; text-align: center; text-transform: uppercase; }
h2 { font-size: 14pt; margin-top: 1.2em; }
h3 { font-size: 13pt; font-style: italic; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 0.5em 0; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
th { font-weight: bold; text-align: center; vertical-align: middle; font-size: 8.5pt; }
td { white-space: nowrap; }
td.r { text-align: right; }
td.w { white-space: normal; min-width: 11em; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 0.8em 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; max-width: 267mm; }
svg text { font-family: "Times New Roman", "Liberation Serif", serif; }
code { font-family: "Liberation Mono", "Courier New", monospace; font-size: 0.9em; }
@media print {
  body { margin: 0; max-width: none; }
}
)";

std::string html_plain(std::string_view text) { return html_text(text); }
std::string html_code(std::string_view text) { return "<code>" + html_text(text) + "</code>"; }

constexpr TextStyle kHtml{html_plain, html_plain, html_code};

void html_table(const Table& table, std::string& out) {
  out += "<table>\n<thead>\n<tr>";
  for (const TableColumn& column : table.columns) {
    out += "<th>" + styled_text(column.text, kHtml) + "</th>";
  }
  out += "</tr>\n</thead>\n<tbody>\n";
  for (const std::vector<std::string>& row : table.rows) {
    out += "<tr>";
    for (size_t c = 0; c < row.size(); ++c) {
      const TableColumn* column = c < table.columns.size() ? &table.columns[c] : nullptr;
      out += column && column->wraps                    ? "<td class=\"w\">"
             : column && column->align == Align::kRight ? "<td class=\"r\">"
                                                        : "<td>";
      out += styled_text(row[c], kHtml) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

std::string page_title(const ReportDocument& document) {
  if (!document.title.empty()) return styled_text(document.title, kHtml);
  for (const Block& block : document.blocks) {
    if (block.kind == BlockKind::kHeading) return styled_text(block.text, kHtml);
  }
  return "";
}

}  // namespace

std::string html_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const std::optional<ForbiddenCharacter> bad = forbidden_character(text);
    const std::string_view good = bad ? text.substr(0, bad->offset) : text;
    for (char c : good) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        case '\t':
        case '\r':
        case '\n':
          out += ' ';
          break;
        default:
          out += c;
      }
    }
    if (!bad) break;
    out.append(kReplacement);
    text.remove_prefix(bad->offset + bad->length);
  }
  return out;
}

std::string html_document_text(std::string_view text) { return styled_text(text, kHtml); }

std::string html_document(const ReportDocument& document) {
  std::string out;
  fmt::format_to(std::back_inserter(out),
                 "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                 "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
                 document.language == Language::kVietnamese ? "vi" : "en", page_title(document),
                 kStyle);
  if (!document.charts.empty()) out += chart_patterns();  // the bands' fills, for report.html
  for (const Block& block : document.blocks) {
    switch (block.kind) {
      case BlockKind::kHeading:
        fmt::format_to(std::back_inserter(out), "<h{0}>{1}</h{0}>\n", block.level,
                       styled_text(block.text, kHtml));
        break;
      case BlockKind::kParagraph:
        out += "<p>" + styled_text(block.text, kHtml) + "</p>\n";
        break;
      case BlockKind::kTable:
        html_table(block.table, out);
        break;
      case BlockKind::kList:
        out += "<ul>\n";
        for (const std::string& item : block.items)
          out += "<li>" + styled_text(item, kHtml) + "</li>\n";
        out += "</ul>\n";
        break;
      case BlockKind::kCharts:
        out += group_charts_svg(document.charts[block.charts], document.language);
        break;
      case BlockKind::kIntervals:
        out += interval_chart_svg(document.intervals[block.charts], document.language);
        break;
      case BlockKind::kRankLines:
        out += rank_lines_svg(document.rank_lines[block.charts], document.language);
        break;
    }
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace chiso

// The report as a document: headings, paragraphs, tables, lists and each group's charts, built
// once from the ranked years and laid out by each format's writer (report.md, report.html).
//
// Its text is the phrases as they are (report_phrases.h: plain text, no mark of a format), with
// the names and file names from the inputs marked (name_text, code_text): each writer escapes
// what is marked for its own format (markdown_text, html_text) and nothing else is ever read as
// markup.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chiso/io/report_writer.h"  // Language

namespace chiso {

/// `name` (a unit, group, band, criterion or title read from the inputs) marked as a name in
/// a document's text; a marker character inside it becomes U+FFFD.
std::string name_text(std::string_view name);

/// `file` marked as a file name (code) in a document's text.
std::string code_text(std::string_view file);

/// How a document's text is written in one format.
struct TextStyle {
  std::string (*plain)(std::string_view);  // a phrase's text
  std::string (*name)(std::string_view);   // a name_text
  std::string (*code)(std::string_view);   // a code_text
};

/// `text` (a document's text) written in `style`: its phrases, names and file names each by
/// its own function.
std::string styled_text(std::string_view text, const TextStyle& style);

enum class Align { kLeft, kRight };

struct TableColumn {
  std::string text;
  Align align = Align::kLeft;
  bool wraps = false;  // a column of names, which may take several lines (the others never do)
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;  // one cell per column
};

/// A unit on a group's charts: a ranked unit.
struct ChartUnit {
  std::string unit;
  int rank = 0;
  double index = 0;
  std::string band;  // empty: no band
  std::optional<int> previous_rank;
  std::optional<double> previous_index;
};

/// A band of a group's charts, highest first: its units this year and last year.
struct ChartBand {
  std::string label;  // empty: "no band"
  int units = 0;
  int previous_units = 0;
};

/// A field's achievement in a group (points ÷ maximum, in percent).
struct ChartField {
  std::string id;
  std::string name;
  double achievement = 0;
};

/// What the charts of one group show (report.html; report.md has no charts).
struct GroupCharts {
  std::string group;  // the group's name as the report heads it (document text)
  int year = 0;
  std::optional<int> previous_year;  // when compared with the previous year
  bool has_previous = false;
  int decimals = 2;              // of the numbers on the charts
  std::vector<ChartUnit> units;  // by rank
  std::vector<ChartBand> bands;  // empty without bands
  std::vector<ChartField> fields;
};

enum class BlockKind { kHeading, kParagraph, kTable, kList, kCharts };

/// One block of a report: the fields of its kind are set.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;                   // kHeading: 1 for the year, 2 for a group, 3 for a section
  std::string text;                // kHeading, kParagraph
  Table table;                     // kTable
  std::vector<std::string> items;  // kList
  size_t charts = 0;               // kCharts: an index of ReportDocument::charts
};

/// A report: its blocks in order, in one language.
struct ReportDocument {
  Language language = Language::kVietnamese;
  std::string title;  // the page's title (document text): the index and its year(s)
  std::vector<Block> blocks;
  std::vector<GroupCharts> charts;

  void heading(int level, std::string text);
  void paragraph(std::string text);
  void table(Table table);
  void list(std::vector<std::string> items);
  void add_charts(GroupCharts charts);
};

/// The Markdown of `document` (report.md): one blank line between blocks, no charts, ending
/// with a single line break.
std::string markdown_document(const ReportDocument& document);

}  // namespace chiso

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

/// A unit on a chart of rank intervals (chiso robustness): its rank and its ranks under doubt.
struct IntervalUnit {
  std::string unit;
  int rank = 0;         // chiso rank's rank
  int median_rank = 0;  // over the runs
  int rank_low = 0;     // 5th percentile
  int rank_high = 0;    // 95th percentile
};

/// A group's rank intervals (report.html of chiso robustness; Markdown has no charts).
struct IntervalChart {
  std::string group;  // the group's name as the report heads it (document text)
  int year = 0;
  int runs = 0;
  std::vector<IntervalUnit> units;  // by rank
};

/// An index's rank in one year on a chart of ranks over the years (chiso scorecard).
struct RankPoint {
  int year = 0;
  int rank = 0;
  int of = 0;
  bool joined = false;  // a line joins it to the index's point before (a rank change is given)
};

struct RankLine {
  std::string name;               // the index's short name (document text)
  std::vector<RankPoint> points;  // by year
};

/// Each index's rank over the years (the HTML scorecard).
struct RankLinesChart {
  std::string province;    // document text
  std::vector<int> years;  // every year of the chart, ascending
  std::vector<RankLine> lines;
};

enum class BlockKind { kHeading, kParagraph, kTable, kList, kCharts, kIntervals, kRankLines };

/// One block of a report: the fields of its kind are set.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;                   // kHeading: 1 for the year, 2 for a group, 3 for a section
  std::string text;                // kHeading, kParagraph
  Table table;                     // kTable
  std::vector<std::string> items;  // kList
  size_t charts = 0;  // kCharts, kIntervals, kRankLines: an index of its vector in the document
};

/// A report: its blocks in order, in one language.
struct ReportDocument {
  Language language = Language::kVietnamese;
  std::string title;  // the page's title (document text): the index and its year(s)
  std::vector<Block> blocks;
  std::vector<GroupCharts> charts;
  std::vector<IntervalChart> intervals;
  std::vector<RankLinesChart> rank_lines;

  void heading(int level, std::string text);
  void paragraph(std::string text);
  void table(Table table);
  void list(std::vector<std::string> items);
  void add_charts(GroupCharts charts);
  void add_intervals(IntervalChart chart);
  void add_rank_lines(RankLinesChart chart);
};

/// `text` (a document's text) as Markdown: names and file names escaped.
std::string markdown_document_text(std::string_view text);

/// The Markdown of `document` (report.md): one blank line between blocks, no charts, ending
/// with a single line break.
std::string markdown_document(const ReportDocument& document);

}  // namespace chiso

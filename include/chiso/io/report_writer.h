// The writers of report.md and report.html: the report of the ranked years, in Markdown and as
// a printable HTML page with charts.
#pragma once

#include <string>
#include <vector>

#include "chiso/framework.h"
#include "chiso/ranked_year.h"

namespace chiso {

/// The language of the report.
enum class Language { kVietnamese, kEnglish };

/// What the report needs besides the tables.
struct ReportOptions {
  Language language = Language::kVietnamese;
  std::string title;  // empty: "Chỉ số cải cách hành chính" / "Administrative reform index"
  bool has_units_file = false;  // whether unlisted units form a group of their own
  /// The fields with a column of points in the ranking table, as positions in
  /// Framework::fields() (report_field_columns).
  std::vector<size_t> field_columns;
};

/// The ranking table's field columns: every field of a framework of at most
/// kMostFieldColumns fields, none of a larger one.
inline constexpr size_t kMostFieldColumns = 8;
std::vector<size_t> default_field_columns(const Framework& framework);

/// The Markdown report of every ranked year, one section per year: each group's table and
/// summary (RankingWork::summaries), then where it lost points and, with a self-assessment, how
/// it compares with the appraisal (the year's analysis, when worked out).
std::string markdown_report(const std::vector<RankedYear>& years, const Framework& framework,
                            const ReportOptions& options);

/// The report in the formats asked for, from one document of `years`: each empty unless asked.
struct ReportTexts {
  std::string markdown;  // report.md, as markdown_report
  std::string html;      // report.html
};

/// report.md (when `markdown`) and report.html (when `html`): the same content in the same
/// order; report.html is one self-contained UTF-8 HTML5 page (also well-formed XML) with each
/// group's charts as inline SVG and a stylesheet that prints it as an A4 landscape annex.
ReportTexts report_texts(const std::vector<RankedYear>& years, const Framework& framework,
                         const ReportOptions& options, bool markdown, bool html);

}  // namespace chiso

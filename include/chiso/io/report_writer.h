// The writer of report.md: the Markdown report of the ranked years.
#pragma once

#include <string>
#include <vector>

#include "chiso/framework.h"
#include "chiso/ranked_year.h"

namespace chiso {

/// The language of the Markdown report.
enum class Language { kVietnamese, kEnglish };

/// What the report needs besides the tables.
struct ReportOptions {
  Language language = Language::kVietnamese;
  std::string title;  // empty: "Chỉ số cải cách hành chính" / "Administrative reform index"
  std::string previous_source;  // empty: the previous year of the same scores; else a file name
  bool has_units_file = false;  // whether unlisted units form a group of their own
};

/// The Markdown report of every ranked year, one section per year: each group's table and
/// summary (RankingWork::summaries), then where it lost points and, with a self-assessment, how
/// it compares with the appraisal (the year's analysis, when worked out).
std::string markdown_report(const std::vector<RankedYear>& years, const Framework& framework,
                            const ReportOptions& options);

}  // namespace chiso

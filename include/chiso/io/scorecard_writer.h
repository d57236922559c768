// Writers of chiso scorecard: the scorecard (a table index × year and the paragraph of the latest
// year, as provincial articles write it) in Markdown and HTML, and the CSV table.
#pragma once

#include <string>
#include <vector>

#include "chiso/io/report_writer.h"  // Language, ReportTexts
#include "chiso/scorecard.h"

namespace chiso {

/// The Markdown scorecard of `card` in `language`: a title, a table of each index's rank, out
/// of how many, and value per year ("—" for a year missing), and the paragraph of each index's
/// latest year ("Chỉ số cải cách hành chính (PAR INDEX) năm 2022 đạt 85,13%, xếp thứ 37/63
/// tỉnh, thành phố (tăng 4 bậc so với năm 2021); …"). Every index of `card` is in `indices`.
std::string scorecard_markdown(const Scorecard& card, const std::vector<NationalIndex>& indices,
                               Language language);

/// The Markdown scorecard (when `markdown`) and scorecard.html (when `html`) from one document:
/// the same scorecard as a self-contained HTML page (as report.html), with a chart of each
/// index's rank over the years after the table. Each is empty unless asked.
ReportTexts scorecard_texts(const Scorecard& card, const std::vector<NationalIndex>& indices,
                            Language language, bool markdown, bool html);

/// One sentence of the paragraph, without its final '; ' or '.': the entry's figure, rank, tier
/// and change; `with_year` says its year.
std::string scorecard_sentence(const ScorecardEntry& entry, const NationalIndex& index,
                               Language language, bool with_year);

/// The scorecard as CSV, one row per index and year: index_name, year, value (the index's
/// decimals, '.' as the decimal mark), scale (its maximum), rank, of, rank_change (previous −
/// current; empty with no previous year, a merger or a changed map), value_change, tier, unit
/// (the province, last as names hold commas).
std::string scorecard_csv(const Scorecard& card, const std::vector<NationalIndex>& indices);

}  // namespace chiso

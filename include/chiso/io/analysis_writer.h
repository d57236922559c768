// Writers of the analyses: lost-points.csv, self-assessment.csv, the report's sections on them
// and chiso explain's Markdown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/analyse.h"
#include "chiso/io/ranking_writer.h"
#include "chiso/io/report_writer.h"
#include "chiso/ranked_year.h"

namespace chiso {

/// How many criteria the report lists as costing most points, and as most disputed.
inline constexpr size_t kLossesShown = 5;

/// lost-points.csv: one row per year, group and node, worst first:
/// year,group,level,id,name,owner,max,points_lost,units_losing,units,share_losing,achievement,
/// contribution (fields only, when the previous year is known).
std::string lost_points_csv(const std::vector<RankedYear>& years, const Framework& framework,
                            const CsvStyle& style, int decimals);

/// self-assessment.csv: one row per year, group and unit that assessed itself:
/// year,group,unit,self_points,appraised_points,max,gap_points,self_index,appraised_index,gap_index.
std::string self_assessment_csv(const std::vector<RankedYear>& years, const CsvStyle& style,
                                int decimals);

/// The report's Markdown about one group: where points were lost and, with a self-assessment,
/// how it compares with the appraisal. `group` indexes `analysis.losses`.
std::string group_analysis_markdown(const YearAnalysis& analysis, size_t group,
                                    const Framework& framework, Language language, int decimals);

/// chiso explain's Markdown for one unit: `previous_year` names the year compared with.
std::string explanation_markdown(const Explanation& explanation, const Framework& framework,
                                 std::optional<int> previous_year, Language language, int decimals);

}  // namespace chiso

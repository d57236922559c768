// Writers of chiso robustness: robustness.csv, discrimination.csv and the report section, in
// Markdown (robustness.md) and HTML (robustness.html).
#pragma once

#include <string>
#include <vector>

#include "chiso/framework.h"
#include "chiso/io/ranking_writer.h"  // CsvStyle
#include "chiso/io/report_writer.h"   // Language, ReportTexts
#include "chiso/robustness.h"

namespace chiso {

/// robustness.csv: one row per ranked unit and year, in chiso rank's order, with the header
/// year,group,unit,rank,median_rank,rank_low,rank_high,mean_abs_shift,band,band_kept
/// (mean_abs_shift with 2 decimals, band_kept in % with 1, empty without bands).
std::string robustness_csv(const std::vector<YearRobustness>& years, const CsvStyle& style);

/// discrimination.csv, header year,kind,criterion,name,other,other_name,value,units: a row per
/// leaf criterion that tells no unit apart (kind at_maximum or same_points; value: the points
/// every unit got), then one per pair of fields (kind correlation; criterion and other: the two
/// fields; value: Pearson's r with 3 decimals, empty when undefined); units: how many ranked
/// units the row is about.
std::string discrimination_csv(const std::vector<YearRobustness>& years, const Framework& framework,
                               const CsvStyle& style, int decimals);

/// What the Markdown section says besides the results.
struct RobustnessReport {
  Language language = Language::kVietnamese;
  std::string title;  // the index's name; empty: the report's default
  RobustnessSettings settings;
  int decimals = 2;  // the ranking's
};

/// The Markdown section, per year: per group its units' rank intervals, the widest of them,
/// the neighbours whose order is not settled and the group's average rank shift; the settings
/// used; the criteria that tell no unit apart and the fields' correlations.
std::string robustness_markdown(const std::vector<YearRobustness>& years,
                                const Framework& framework, const RobustnessReport& report);

/// robustness.md (as robustness_markdown) and robustness.html, from one document: the same
/// section as a self-contained HTML page (as report.html), with each group's chart of median
/// ranks and rank intervals after its table.
ReportTexts robustness_texts(const std::vector<YearRobustness>& years, const Framework& framework,
                             const RobustnessReport& report);

}  // namespace chiso

// Writers of chiso compare: a Markdown report and a CSV table.
#pragma once

#include <string>

#include "chiso/compare.h"
#include "chiso/io/report_writer.h"

namespace chiso {

/// What the comparison report needs besides the comparison.
struct CompareOptions {
  Language language = Language::kVietnamese;
  int decimals = 2;                   // of indices and index changes
  std::string old_source;             // the OLD ranking file; empty when ranked from scores
  std::string new_source;             // the NEW ranking file; empty when ranked from scores
  bool different_frameworks = false;  // the two years were scored on different criteria
};

/// The Markdown comparison: per group, the counts of climbs, falls, held ranks, new and gone
/// units, the largest moves, the change of each band's count, a table of the units ranked in
/// both, and the new and gone units apart. Decimal commas in Vietnamese, points in English.
std::string compare_markdown(const Comparison& comparison, const CompareOptions& options);

/// The comparison as CSV, one row per unit in the comparison's order, decimal points; the header
/// is
/// rank_change,old_rank,new_rank,index_change,old_index,new_index,status,old_band,new_band,group,unit
/// (names last, as they may hold commas) and status is climbed, fell, held, new or gone.
std::string compare_csv(const Comparison& comparison, int decimals);
}  // namespace chiso

// The words of report.md in each language, apart from how the report is laid out.
#pragma once

#include "chiso/report.h"

namespace chiso {

// Every sentence of the report in one language. Vietnamese follows the wording of published
// provincial reports ("tăng 11 bậc", "chiếm 13,64%").
struct ReportPhrases {
  const char* places_one;          // {n}: a number of places climbed or fallen
  const char* places_many;
  const char* units_one;           // {n}: a count of units, singular
  const char* units_many;          // {n}: plural
  const char* default_title;
  const char* year_title;          // {title} {year}
  const char* ranked;              // {units} {groups}
  const char* ranked_one_group;    // {units}
  const char* compared_year;       // {year}
  const char* compared_file;       // {file}
  const char* not_compared;
  const char* all_units;
  const char* unlisted_units;
  const char* group_summary;       // {units} {mean} {median} {max} {max_unit} {min} {min_unit}
  const char* bands_heading;
  const char* band_columns;
  const char* no_band;
  const char* band_lead;           // before the first band of the sentence
  const char* band_sentence;       // {label} {units} {share}
  const char* table_heading;
  const char* previous_year;       // {year}: how the previous ranking is named
  const char* previous_unknown;    // the previous ranking of a file without a year
  const char* columns[9];          // rank, unit, points, maximum, index, score, band, rank {previous}, change
  const char* figure_change[3];    // {previous}: the column of the headline's change: index, points, score
  const char* figure_suffix[3];    // after a headline figure: index, points, score
  const char* not_ranked;          // the change cell of a unit not ranked
  const char* not_ranked_sentence; // {units}
  const char* changes_heading;     // {previous}
  const char* changes_counts;      // {climbed} {fell} {held} {new_units}
  const char* changes_merged;      // {merged}: appended to changes_counts when a unit was merged
  const char* climbers;
  const char* fallers;
  const char* move_up;             // {unit} {change} {from} {to}
  const char* move_down;
  const char* no_climbers;
  const char* no_fallers;
  const char* up;                  // {n}
  const char* down;                // {n}
  const char* same;
  const char* is_new;
  const char* method_heading;
  const char* method_index;
  const char* method_rank;         // {basis} {ties}
  const char* basis_rounded;       // {decimals}
  const char* basis_exact;
  const char* ties_competition;
  const char* ties_dense;
  const char* ties_ordinal;
  const char* method_change;
  const char* method_shares;
  const char* method_mean;
  bool decimal_comma;
  const char* is_merged;  // the change cell of a unit formed by a merger
  const char* renamed_heading;
  const char* renamed_line;  // {unit} {old}
  const char* merged_line;   // {unit} {old}: the units it was formed from
  const char* gone_heading;
  const char* gone_line;  // {unit} {rank} {previous}
};

/// The report's words in `language`.
const ReportPhrases& report_phrases(Language language);

}  // namespace chiso

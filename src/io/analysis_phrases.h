// The words of the lost-points, self-assessment and explain sections in each language.
#pragma once

#include "chiso/report.h"

namespace chiso {

// The sentences of the analyses in one language.
struct AnalysisPhrases {
  const char* all_units;
  const char* lost_heading;
  const char* lost_columns;
  const char* lost_none;
  const char* fields_heading;
  const char* fields_columns;       // without the contribution column
  const char* contribution_column;  // {year}
  const char* mean_change;          // {change} {year}
  const char* self_heading;
  const char* self_means;    // {units} {self} {appraised}
  const char* self_missing;  // {units}
  const char* overshot_heading;
  const char* overshot_line;  // {unit} {self} {appraised} {gap} {gap_index}
  const char* no_overshot;
  const char* disputed_heading;
  const char* disputed_line;  // {id} {name} {units}
  const char* explain_title;  // {unit} {year}
  const char* standing;       // {rank} {ranked} {group} {index}
  const char* band;           // {band}
  const char* not_ranked;     // {group} {index}
  const char* tied;           // {units}
  const char* points_line;    // {points} {max} {lost}
  const char* move_heading;
  const char* next_band;              // {band} {points}
  const char* next_band_unreachable;  // {band} {points}
  const char* top_band;
  const char* next_rank;              // {units} {rank} {points}
  const char* next_rank_tied;         // {units} {rank} {points}
  const char* next_rank_unreachable;  // {units} {rank} {points}
  const char* first;
  const char* explain_fields_heading;
  const char* explain_fields_columns;
  const char* explain_criteria_heading;
  const char* explain_criteria_columns;
  const char* change_heading;   // {year}
  const char* change_sentence;  // {change} {from} {to}
  const char* change_columns;
  const char* no_previous;
  bool decimal_comma;
};

/// The analyses' words in `language`.
const AnalysisPhrases& analysis_phrases(Language language);

}  // namespace chiso

// The words of the lost-points, self-assessment and explain sections in each language. Phrases
// follow the rule written at the top of report_phrases.h: plain text, no Markdown.
#pragma once

#include <vector>

#include "chiso/io/report_writer.h"  // Language
#include "io/report_phrases.h"       // NamedPhrase

namespace chiso {

/// The column names of the table of the criteria that lost most points.
struct LostColumns {
  const char* criterion;
  const char* name;
  const char* lost;
  const char* units_losing;
  const char* achieved;
  const char* owner;
};

/// The column names of a group's table of fields.
struct FieldColumns {
  const char* field;
  const char* name;
  const char* achieved;
  const char* lost;
  const char* contribution;  // {year}: shown when there is a previous year
};

/// The column names of a unit's table of fields (explain).
struct UnitFieldColumns {
  const char* field;
  const char* name;
  const char* points;
  const char* maximum;
  const char* lost;
};

/// The column names of a unit's table of criteria (explain).
struct UnitCriterionColumns {
  const char* criterion;
  const char* level;
  const char* name;
  const char* points;
  const char* maximum;
  const char* lost;
  const char* owner;
};

/// The column names of a unit's table of each field's part of its index change (explain).
struct ContributionColumns {
  const char* field;
  const char* name;
  const char* contribution;
};

// The sentences of the analyses in one language.
struct AnalysisPhrases {
  const char* all_units;
  const char* units_one;   // {n}: a count of units, singular
  const char* units_many;  // {n}: plural
  const char* lost_heading;
  LostColumns lost_columns;
  const char* lost_none;
  const char* fields_heading;
  FieldColumns field_columns;
  const char* mean_change;  // {change} {year}
  const char* self_heading;
  const char* self_means;    // {units} {self} {appraised}
  const char* self_missing;  // {units}
  const char* overshot_heading;
  const char* overshot_line;  // list item: {unit} {self} {appraised} {gap} {gap_index}
  const char* no_overshot;
  const char* disputed_heading;
  const char* disputed_line;  // list item: {id} {name} {units}
  const char* explain_title;  // heading: {unit} {year}
  const char* standing;       // {rank} {ranked} {group} {index}
  const char* band;           // after `standing`: {band}
  const char* not_ranked;     // {group} {index}
  const char* tied;           // after `standing`: {units}
  const char* points_line;    // {points} {max} {lost}
  const char* move_heading;
  const char* next_band;              // list item: {band} {points}
  const char* next_band_unreachable;  // list item: {band} {points}
  const char* top_band;               // list item
  const char* next_rank;              // list item: {units} {rank} {points}
  const char* next_rank_tied;         // list item: {units} {rank} {points}
  const char* next_rank_unreachable;  // list item: {units} {rank} {points}
  const char* first;                  // list item
  const char* explain_fields_heading;
  UnitFieldColumns explain_field_columns;
  const char* explain_criteria_heading;
  UnitCriterionColumns explain_criterion_columns;
  const char* change_heading;   // {year}
  const char* change_sentence;  // {change} {from} {to}
  ContributionColumns change_columns;
  const char* no_previous;
  bool decimal_comma;
};

/// The analyses' words in `language`.
const AnalysisPhrases& analysis_phrases(Language language);

/// Every phrase of `phrases` (every field but decimal_comma), named by its field.
std::vector<NamedPhrase> phrase_list(const AnalysisPhrases& phrases);

}  // namespace chiso

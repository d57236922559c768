// The words of chiso scorecard in each language. Phrases follow the rule written at the top of
// report_phrases.h: plain text, no Markdown; the writer escapes names before substituting them.
#pragma once

#include <vector>

#include "chiso/io/report_writer.h"  // Language
#include "io/report_phrases.h"       // NamedPhrase

namespace chiso {

/// A change of rank and value as a sentence of the paragraph says it: {places} ("4 bậc", "1
/// place"), {value} ("2,92 điểm", "1.20 percentage points"), {previous} (the year).
struct ScorecardChanges {
  const char* rank_up;
  const char* rank_down;
  const char* rank_same;
  const char* both_up;
  const char* both_down;
  const char* value_up_rank_down;
  const char* value_down_rank_up;
  const char* value_up_rank_same;
  const char* value_down_rank_same;
};

/// Every phrase of chiso scorecard in one language; the Vietnamese follows the provinces'
/// articles ("xếp thứ 37/63 tỉnh, thành phố (tăng 4 bậc so với năm 2021)").
struct ScorecardPhrases {
  const char* title;          // heading: {province}
  const char* intro;          // {indices} {first} {last}
  const char* intro_one;      // {indices} {year}
  const char* table_heading;  // heading
  const char* index_column;
  const char* missing;         // the cell of a year without the province's rank
  const char* cell;            // {rank} {of}
  const char* latest_heading;  // heading
  const char* lead;            // {title} {short}
  const char* lead_year;       // {title} {short} {year}
  const char* figure;          // {value}: after the lead, before `place`
  const char* place;           // {rank} {of}
  const char* tier;            // {tier}
  const char* percent;         // {n}: a value in %
  const char* points;          // {n} {maximum}: a value on a scale other than 100
  const char* points_100;      // {n}: a value on 100 points
  const char* percent_change;  // {n}: a change of a value in %
  const char* points_change;   // {n}
  const char* places_one;      // {n}
  const char* places_many;     // {n}
  ScorecardChanges changes;
  const char* merged;     // {units} {previous} {places}
  const char* old_place;  // {unit} {rank} {of}: one of {places} in `merged`
  const char* old_map;    // {previous} {rank} {of}: a province not merged, map changed
  const char* and_word;   // between the last two names of a list
  bool decimal_comma;
};

/// The scorecard's words in `language`.
const ScorecardPhrases& scorecard_phrases(Language language);

/// Every phrase of `phrases` (every field but decimal_comma), named by its field.
std::vector<NamedPhrase> phrase_list(const ScorecardPhrases& phrases);

}  // namespace chiso

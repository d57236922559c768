// The words of chiso robustness's Markdown section in each language. Phrases follow the rule
// written at the top of report_phrases.h: plain text, no Markdown, {named} placeholders.
#pragma once

#include <vector>

#include "chiso/io/report_writer.h"  // Language
#include "io/report_phrases.h"       // NamedPhrase

namespace chiso {

struct RobustnessPhrases {
  const char* title;        // heading: {title} {year}
  const char* intro;        // {units} {groups} {runs}
  const char* group_shift;  // {shift}
  const char* col_rank;
  const char* col_unit;
  const char* col_median;
  const char* col_interval;
  const char* col_shift;
  const char* col_band;
  const char* col_band_kept;
  const char* interval;     // a table cell: {low} {high}
  const char* widest;       // {units}: widest_item joined by "; "
  const char* widest_item;  // {unit} {rank} {low} {high}
  const char* all_settled;  // no interval wider than one rank
  const char* unsettled;    // {pairs}: pair items joined by "; "
  const char* pair;         // {first} {first_rank} {second} {second_rank}
  const char* more_pairs;   // after the first kMostPairs pairs: {more}
  const char* no_unsettled;
  const char* settings_heading;
  const char* runs;     // {runs} {seed}
  const char* weights;  // {low} {high}
  const char* no_weights;
  const char* noise;  // {noise} {not_applicable}
  const char* no_noise;
  const char* vary_not_applicable;  // {not_applicable}
  const char* keep_not_applicable;  // {not_applicable}
  const char* same_rules;           // {decimals}
  const char* percentiles;
  const char* generator;
  const char* discrimination_heading;
  const char* flat_heading;
  const char* col_criterion;
  const char* col_name;
  const char* col_reason;
  const char* col_points;
  const char* col_max;
  const char* col_units;
  const char* at_maximum;  // a table cell: why the criterion tells no unit apart
  const char* same_points;
  const char* no_flat;
  const char* correlation_heading;
  const char* correlation_intro;  // {units}
  const char* col_field;
  const char* units_note;   // after a coefficient computed on fewer units: {units}
  const char* not_defined;  // a coefficient that cannot be computed
};

/// The words of the section in `language`.
const RobustnessPhrases& robustness_phrases(Language language);

/// Every phrase of the table, named by its field.
std::vector<NamedPhrase> phrase_list(const RobustnessPhrases& phrases);

}  // namespace chiso

// The words of report.md in each language, apart from how the report is laid out.
//
// The rule of every phrase table (this one, analysis_phrases.h, change_words.h): a phrase is
// plain text, the same for every output format, with {named} placeholders.
// - It holds no mark of a format: no heading '#', list "- ", table '|' or alignment row,
//   emphasis '*', code '`', backslash escape, HTML, and no line break. The writer of each
//   format lays the phrase out: `# ` before a heading, "- " before a list item, the table's
//   pipes, the blank line after a paragraph (in HTML: <h1>, <li>, <td>, <p>).
// - A phrase needs no escaping in Markdown or HTML, so a writer uses it as it is.
// - Emphasis or code inside a sentence is never in the phrase: the word is a placeholder and
//   the writer formats the argument before substituting it ("**Sở Nội vụ**" in Markdown,
//   "<strong>Sở Nội vụ</strong>" in HTML). So `n/a` is {not_applicable}, which the Markdown
//   writer fills with markdown_code("n/a").
// - Every argument is already in the output's form: a name escaped (markdown_text), a file
//   name as code (markdown_code).
// Every phrase is named where it is defined (designated initialisers), and each table lists its
// phrases for report_phrases_test.cpp, which enforces the rule above.
#pragma once

#include <string_view>
#include <vector>

#include "chiso/io/report_writer.h"  // Language
#include "chiso/league.h"            // LeagueTable, RankedUnit
#include "chiso/rank.h"              // Headline

namespace chiso {

/// A phrase and the name of its field, for the test that checks every phrase of a table.
struct NamedPhrase {
  std::string_view name;
  const char* text;  // null when a table leaves the field out
};

/// One phrase for each figure a ranking can headline (Headline).
struct HeadlinePhrases {
  const char* index;
  const char* points;
  const char* score;
};

/// The phrase of `phrases` for `headline`.
const char* for_headline(const HeadlinePhrases& phrases, Headline headline);

/// The column names of the report's ranking table.
struct RankingColumns {
  const char* number;  // STT: the row's number
  const char* rank;
  const char* unit;
  const char* points;
  const char* maximum;
  const char* index;
  const char* score;
  const char* band;
  const char* previous_rank;  // {previous}
  const char* change;
};

/// The column names of the report's table of bands.
struct BandColumns {
  const char* band;
  const char* units;
  const char* share;
};

// Every sentence of the report in one language. Vietnamese follows the wording of published
// provincial reports ("tăng 11 bậc", "chiếm 13,64%").
struct ReportPhrases {
  const char* places_one;   // {n}: a number of places climbed or fallen
  const char* places_many;  // {n}
  const char* units_one;    // {n}: a count of units, singular
  const char* units_many;   // {n}: plural
  const char* default_title;
  const char* year_title;        // heading: {title} {year}
  const char* ranked;            // {units} {groups}
  const char* ranked_one_group;  // {units}
  const char* compared_year;     // after `ranked`: {year}
  const char* compared_unknown;  // after `ranked`: an earlier ranking without a year
  const char* not_compared;      // after `ranked`
  const char* all_units;
  const char* unlisted_units;
  const char* group_summary;    // {what} {units} {mean} {median} {max} {max_unit} {min} {min_unit}
  HeadlinePhrases figure_name;  // {what} in group_summary
  const char* bands_heading;
  BandColumns band_columns;
  const char* no_band;
  const char* band_units_one;   // {n}: the units of a band, as published reports count them
  const char* band_units_many;  // {n}
  const char* band_sentence;    // {label} {units} {share}
  const char* band_named;       // {label} {units} {names} {share}: a band of few units
  const char* band_none;        // {labels}: the bands no unit is in
  const char* band_unrated;     // {units} {share}: the units in no band
  const char* table_heading;
  const char* previous_year;     // {year}: how the previous ranking is named
  const char* previous_unknown;  // the previous ranking of a file without a year
  RankingColumns columns;
  HeadlinePhrases figure_change;    // {previous}: the column of the headline's change
  HeadlinePhrases figure_suffix;    // after a headline figure
  const char* not_ranked;           // the change cell of a unit not ranked
  const char* not_ranked_sentence;  // {units}
  const char* changes_heading;      // {previous}
  const char* climbed_some;         // {units}: a clause of the counts' sentence
  const char* climbed_none;
  const char* fell_some;  // {units}
  const char* fell_none;
  const char* held_some;       // {units}; no clause when none held
  const char* new_some;        // {units}; no clause when none is new
  const char* changes_merged;  // {merged} {previous}: when a unit was merged
  const char* climbers;
  const char* fallers;
  const char* move_up;  // list item: {unit} {change} {from} {to}
  const char* move_down;
  const char* up;    // {n}
  const char* down;  // {n}
  const char* same;
  const char* is_new;
  const char* is_merged;  // the change cell of a unit formed by a merger
  const char* method_heading;
  const char* method_index;   // list item: {not_applicable}, as code
  const char* method_rank;    // list item: {basis} {ties}
  const char* basis_rounded;  // {decimals}
  const char* basis_exact;
  const char* ties_competition;
  const char* ties_dense;
  const char* ties_ordinal;
  const char* method_change;  // list item
  const char* method_shares;  // list item
  const char* method_mean;    // list item
  const char* renamed_heading;
  const char* renamed_line;  // list item: {unit} {old}
  const char* merged_line;   // list item: {unit} {old}: the units it was formed from
  const char* gone_heading;
  const char* gone_line;  // list item: {unit} {rank} {previous}
  bool decimal_comma;
};

/// The report's words in `language`.
const ReportPhrases& report_phrases(Language language);

/// The change cell of a ranked unit in `say`'s words: "↑11 tăng 11 bậc", new, merged or the
/// same place.
std::string change_words(const RankedUnit& unit, const ReportPhrases& say);

/// How `say` names the previous ranking of `table`: its year, or the phrase for one without.
std::string previous_name(const LeagueTable& table, const ReportPhrases& say);

/// Every phrase of `phrases` (every field but decimal_comma), named by its field.
std::vector<NamedPhrase> phrase_list(const ReportPhrases& phrases);

}  // namespace chiso

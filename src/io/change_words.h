// The words of chiso compare and chiso history in each language, and what both writers put into
// words: counts of units, groups and years, rank changes, numbers in the report's language.
// Phrases follow the rule written at the top of report_phrases.h: plain text, no Markdown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/io/report_writer.h"  // Language
#include "io/report_phrases.h"       // NamedPhrase

namespace chiso {

/// The words both reports use, in one language. The Vietnamese follows the report's wording
/// ("tăng 11 bậc").
struct ChangeWording {
  const char* units;     // {n}: a count of units
  const char* unit_one;  // {n}: English singular
  const char* groups;    // {n}: a count of groups
  const char* group_one;
  const char* years;  // {n}: a count of years
  const char* year_one;
  const char* all_units;  // the group of every unit when no group is known
  const char* no_group;   // units without a group beside grouped ones
  const char* up;         // {n}
  const char* down;       // {n}
  const char* same;
  bool decimal_comma;
};

/// The column names of compare's table of the units ranked in both years.
struct CompareColumns {
  const char* new_rank;  // {new}: the year, or "sau" / "after"
  const char* unit;
  const char* old_rank;  // {old}: the year, or "trước" / "before"
  const char* change;
  const char* new_index;  // {new}
  const char* old_index;  // {old}
  const char* index_change;
  const char* band;
};

/// Every sentence of chiso compare in one language; the Vietnamese follows the report's wording
/// ("tăng 11 bậc") and the seed's ("29/44 xếp loại Tốt, tăng 5 đơn vị").
struct ComparePhrases {
  const char* side_year;      // {year}: how a ranking is named in sentences
  const char* before;         // column label of the old ranking when it has no year
  const char* after;          // column label of the new ranking when it has no year
  const char* compare_title;  // heading: {new} {old}
  const char* compare_intro;  // {new_units} {new} {old_units} {old} {groups}
  const char* frameworks_differ;
  // The clauses of the sentence of counts, joined by ", ": each with {units} ("7 đơn vị",
  // "7 units") and {count} ("7"), and the clause said instead when there is none.
  const char* climbed;
  const char* fell;
  const char* held;
  const char* entered;
  const char* gone;
  const char* none_climbed;
  const char* none_fell;
  const char* none_held;
  const char* none_entered;
  const char* none_gone;
  const char* climbers;
  const char* fallers;
  const char* places_one;   // {n}: a number of places climbed or fallen
  const char* places_many;  // {n}
  const char* move_up;      // list item: {unit} {places} {from} {to}
  const char* move_down;    // list item: {unit} {places} {from} {to}
  const char* no_climbers;
  const char* no_fallers;
  const char* bands_heading;  // {new} {old}
  const char* band_line;      // list item: {count} {total} {label}
  const char* band_was;       // after band_line and a change: {old} {count} {total}
  const char* more;           // {n}
  const char* fewer;          // {n}
  const char* no_change;
  CompareColumns columns;
  const char* entered_heading;  // {old}
  const char* gone_heading;     // {new}
  const char* merged_counts;    // {merged} {old}: after `counts`, when units were merged
  const char* merged_heading;   // {old}
  const char* formed_from;      // {units}
  const char* rank;             // {rank}
  const char* index;            // {index}
  const char* band;             // {band}
  const char* compare_note;
};

/// The column names of history's table of units, around the columns of the years.
struct HistoryColumns {
  const char* unit;
  const char* best;
  const char* worst;
  const char* change;
};

/// Every sentence of chiso history in one language.
struct HistoryPhrases {
  const char* history_title;      // heading: {first} {last}
  const char* history_title_one;  // heading: {year}
  const char* history_intro;      // {units} {groups} {count} {years}
  HistoryColumns columns;
  const char* best_rank;  // {year} {rank}
  const char* span;       // {from} {to}
  const char* only_year;  // {year}
  const char* merged;     // {year} {units}: a merged unit, whose change starts that year
  const char* history_note;
  const char* merged_note;  // after history_note when a unit was merged
};

/// The words of compare and history in `language`.
const ChangeWording& change_wording(Language language);
const ComparePhrases& compare_phrases(Language language);
const HistoryPhrases& history_phrases(Language language);

/// Every phrase of a table (every field but decimal_comma), named by its field.
std::vector<NamedPhrase> phrase_list(const ChangeWording& phrases);
std::vector<NamedPhrase> phrase_list(const ComparePhrases& phrases);
std::vector<NamedPhrase> phrase_list(const HistoryPhrases& phrases);

/// Numbers, counts, rank changes and group names as a report in `language` writes them.
class ChangeWords {
 public:
  ChangeWords(Language language, int decimals);

  /// `value` with the report's decimals and decimal mark.
  std::string number(double value) const;
  /// As `number`, with a '+' before a change above zero: "+3,25", "-1,04", "0,00".
  std::string signed_number(double value) const;
  /// "22 đơn vị", "1 unit", "22 units".
  std::string units(size_t count) const;
  std::string groups(size_t count) const;
  std::string years(size_t count) const;
  /// "↑11 tăng 11 bậc", "↓4 giảm 4 bậc", "= giữ nguyên" for a rank change (positive = climbed).
  std::string rank_change(int change) const;
  /// The heading of a group, as plain text: its name, or for units without a group "Tất cả đơn
  /// vị" when it is the only group and "Đơn vị không có nhóm" beside others.
  std::string group_name(const std::string& group, size_t groups) const;

 private:
  const ChangeWording& say_;
  int decimals_;
};

/// A whole number, or an empty field.
std::string csv_number(const std::optional<int>& value);

/// A number with `decimals` places and a decimal point, or an empty field.
std::string csv_number(const std::optional<double>& value, int decimals);

}  // namespace chiso

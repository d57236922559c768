#include "chiso/io/compare_writer.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>
#include <iterator>

#include "io/change_words.h"
#include "io/csv_writer.h"  // csv_field
#include "io/markdown_table.h"
#include "io/markdown_text.h"

namespace chiso {
namespace {

using Out = std::back_insert_iterator<std::string>;

class CompareReport {
 public:
  CompareReport(const Comparison& comparison, const CompareOptions& options)
      : comparison_(comparison),
        options_(options),
        words_(options.language, options.decimals),
        say_(compare_phrases(options.language)) {}

  std::string write() {
    const std::string new_side = side(comparison_.new_year, options_.new_source, false);
    const std::string old_side = side(comparison_.old_year, options_.old_source, false);
    fmt::format_to(out(), "# {}\n\n",
                   fmt::format(fmt::runtime(say_.compare_title), fmt::arg("new", new_side),
                               fmt::arg("old", old_side)));
    size_t new_units = 0;
    size_t old_units = 0;
    for (const GroupChange& change : comparison_.changes) {
      new_units += change.new_units;
      old_units += change.old_units;
    }
    fmt::format_to(out(), fmt::runtime(say_.compare_intro),
                   fmt::arg("new_units", words_.units(new_units)),
                   fmt::arg("new", side(comparison_.new_year, options_.new_source, true)),
                   fmt::arg("old_units", words_.units(old_units)),
                   fmt::arg("old", side(comparison_.old_year, options_.old_source, true)),
                   fmt::arg("groups", words_.groups(comparison_.groups.size())));
    text_ += "\n\n";
    if (options_.different_frameworks) fmt::format_to(out(), "{}\n\n", say_.frameworks_differ);
    const std::vector<std::vector<const UnitChange*>> members = units_by_group(comparison_);
    for (size_t g = 0; g < comparison_.changes.size(); ++g)
      group(comparison_.changes[g], members[g]);
    fmt::format_to(out(), "{}\n", say_.compare_note);
    return std::move(text_);
  }

 private:
  Out out() { return std::back_inserter(text_); }

  // "năm 2022", or the file when it does not say its year; in the introduction both, so that
  // the reader knows which files were compared.
  std::string side(std::optional<int> year, const std::string& source, bool with_source) const {
    if (!year) return markdown_code(source);
    std::string text = fmt::format(fmt::runtime(say_.side_year), fmt::arg("year", *year));
    if (with_source && !source.empty()) text += " (" + markdown_code(source) + ")";
    return text;
  }
  std::string column(std::optional<int> year, const char* otherwise) const {
    return year ? std::to_string(*year) : otherwise;
  }

  // "7 đơn vị tăng bậc, …, không có đơn vị mới, …": a count of none is said in words.
  void counts(const GroupChange& change) {
    const std::pair<int, std::pair<const char*, const char*>> clauses[] = {
        {change.climbed, {say_.climbed, say_.none_climbed}},
        {change.fell, {say_.fell, say_.none_fell}},
        {change.held, {say_.held, say_.none_held}},
        {change.entered, {say_.entered, say_.none_entered}},
        {change.gone, {say_.gone, say_.none_gone}}};
    std::string sentence;
    for (const auto& [count, phrases] : clauses) {
      if (!sentence.empty()) sentence += ", ";
      sentence += count > 0
                      ? fmt::format(fmt::runtime(phrases.first),
                                    fmt::arg("units", words_.units(static_cast<size_t>(count))),
                                    fmt::arg("count", count))
                      : phrases.second;
    }
    sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
    text_ += sentence + ".\n\n";
  }

  void group(const GroupChange& change, const std::vector<const UnitChange*>& members) {
    fmt::format_to(out(), "## {}\n\n",
                   markdown_text(words_.group_name(change.group, comparison_.groups.size())));
    counts(change);
    if (change.merged > 0) {
      fmt::format_to(out(), fmt::runtime(say_.merged_counts),
                     fmt::arg("merged", words_.units(static_cast<size_t>(change.merged))),
                     fmt::arg("old", side(comparison_.old_year, options_.old_source, false)));
      text_ += "\n\n";
    }
    moves(change.climbers, say_.climbers, say_.move_up, say_.no_climbers);
    moves(change.fallers, say_.fallers, say_.move_down, say_.no_fallers);
    bands(change);
    table(members);
    apart(members, Movement::kNew, say_.entered_heading);
    apart(members, Movement::kGone, say_.gone_heading);
    apart(members, Movement::kMerged, say_.merged_heading);
  }

  void moves(const std::vector<Move>& list, const char* heading, const char* line,
             const char* none) {
    if (list.empty()) {
      fmt::format_to(out(), "{}\n\n", none);
      return;
    }
    fmt::format_to(out(), "{}\n\n", heading);
    for (const Move& move : list) {
      const int change = std::abs(move.change);
      const std::string places = fmt::format(
          fmt::runtime(change == 1 ? say_.places_one : say_.places_many), fmt::arg("n", change));
      fmt::format_to(out(), "- {}\n",
                     fmt::format(fmt::runtime(line), fmt::arg("unit", markdown_text(move.unit)),
                                 fmt::arg("places", places), fmt::arg("from", move.previous_rank),
                                 fmt::arg("to", move.rank)));
    }
    text_ += '\n';
  }

  void bands(const GroupChange& change) {
    if (change.bands.empty()) return;
    fmt::format_to(out(), fmt::runtime(say_.bands_heading),
                   fmt::arg("new", side(comparison_.new_year, options_.new_source, false)),
                   fmt::arg("old", side(comparison_.old_year, options_.old_source, false)));
    text_ += "\n\n";
    // "(năm 2021: 14/22)"; a table without a year is "trước" here, its file being named above.
    const std::string old_side =
        comparison_.old_year ? side(comparison_.old_year, "", false) : say_.before;
    for (const BandShift& band : change.bands) {
      text_ += "- ";
      fmt::format_to(out(), fmt::runtime(say_.band_line), fmt::arg("count", band.new_units),
                     fmt::arg("total", change.new_units),
                     fmt::arg("label", markdown_text(band.label)));
      if (change.old_has_bands) {
        const int moved = band.change();
        text_ += ", ";
        text_ += moved > 0   ? fmt::format(fmt::runtime(say_.more), fmt::arg("n", moved))
                 : moved < 0 ? fmt::format(fmt::runtime(say_.fewer), fmt::arg("n", -moved))
                             : say_.no_change;
        fmt::format_to(out(), fmt::runtime(say_.band_was), fmt::arg("old", old_side),
                       fmt::arg("count", band.old_units), fmt::arg("total", change.old_units));
      }
      text_ += '\n';
    }
    text_ += '\n';
  }

  std::string optional_number(const std::optional<double>& value) const {
    return value ? words_.number(*value) : std::string();
  }

  void table(const std::vector<const UnitChange*>& members) {
    std::vector<std::vector<std::string>> rows;
    for (const UnitChange* member : members) {
      const UnitChange& unit = *member;
      if (!unit.old_rank || !unit.new_rank) continue;
      std::optional<double> index_change = unit.index_change();
      std::string band = markdown_text(unit.new_band);
      if (!unit.old_band.empty() && unit.old_band != unit.new_band)
        band = markdown_text(unit.old_band) + " → " + band;
      rows.push_back({std::to_string(*unit.new_rank), markdown_text(unit.unit),
                      std::to_string(*unit.old_rank), words_.rank_change(*unit.rank_change()),
                      optional_number(unit.new_index), optional_number(unit.old_index),
                      index_change ? words_.signed_number(*index_change) : "", band});
    }
    if (!rows.empty()) text_ += markdown_table(table_columns(), rows) + "\n";
  }

  // The columns of the table, named after the two years or "trước"/"sau".
  std::vector<MarkdownColumn> table_columns() const {
    const CompareColumns& columns = say_.columns;
    const std::string new_side = column(comparison_.new_year, say_.after);
    const std::string old_side = column(comparison_.old_year, say_.before);
    auto named = [&](const char* name) {
      return fmt::format(fmt::runtime(name), fmt::arg("new", new_side), fmt::arg("old", old_side));
    };
    return {{named(columns.new_rank), true},  {columns.unit},
            {named(columns.old_rank), true},  {columns.change},
            {named(columns.new_index), true}, {named(columns.old_index), true},
            {columns.index_change, true},     {columns.band}};
  }

  // New and gone units, listed apart from the table: they have no change to show.
  void apart(const std::vector<const UnitChange*>& members, Movement movement,
             const char* heading) {
    bool any = false;
    for (const UnitChange* member : members) {
      const UnitChange& unit = *member;
      if (unit.movement() != movement) continue;
      if (!any) {
        fmt::format_to(out(), fmt::runtime(heading),
                       fmt::arg("old", side(comparison_.old_year, options_.old_source, false)),
                       fmt::arg("new", side(comparison_.new_year, options_.new_source, false)));
        text_ += "\n\n";
        any = true;
      }
      const bool is_new = movement != Movement::kGone;
      std::vector<std::string> parts{fmt::format(
          fmt::runtime(say_.rank), fmt::arg("rank", is_new ? *unit.new_rank : *unit.old_rank))};
      const std::optional<double>& index = is_new ? unit.new_index : unit.old_index;
      if (index)
        parts.push_back(
            fmt::format(fmt::runtime(say_.index), fmt::arg("index", words_.number(*index))));
      const std::string& band = is_new ? unit.new_band : unit.old_band;
      if (!band.empty())
        parts.push_back(
            fmt::format(fmt::runtime(say_.band), fmt::arg("band", markdown_text(band))));
      if (!unit.formed_from.empty()) {
        std::vector<std::string> sources;
        for (const PreviousStanding& source : unit.formed_from)
          sources.push_back(markdown_text(source.unit));
        parts.push_back(fmt::format(fmt::runtime(say_.formed_from),
                                    fmt::arg("units", fmt::join(sources, ", "))));
      }
      fmt::format_to(out(), "- {}: {}\n", markdown_text(unit.unit), fmt::join(parts, ", "));
    }
    if (any) text_ += '\n';
  }

  const Comparison& comparison_;
  const CompareOptions& options_;
  ChangeWords words_;
  const ComparePhrases& say_;
  std::string text_;
};

const char* status_word(Movement movement) {
  switch (movement) {
    case Movement::kClimbed:
      return "climbed";
    case Movement::kFell:
      return "fell";
    case Movement::kHeld:
      return "held";
    case Movement::kNew:
      return "new";
    case Movement::kGone:
      return "gone";
    case Movement::kMerged:
      return "merged";
  }
  return "";
}

}  // namespace

std::string compare_markdown(const Comparison& comparison, const CompareOptions& options) {
  return CompareReport(comparison, options).write();
}

// Numbers first and names last: group and unit names hold commas ("Sở, ban, ngành"), so that
// `sort -t, -kN` on any of the columns before them still finds the column it asks for.
std::string compare_csv(const Comparison& comparison, int decimals) {
  std::string text =
      "rank_change,old_rank,new_rank,index_change,old_index,new_index,status,old_band,new_band,"
      "group,unit\n";
  for (const UnitChange& unit : comparison.units) {
    fmt::format_to(std::back_inserter(text), "{},{},{},{},{},{},{},{},{},{},{}\n",
                   csv_number(unit.rank_change()), csv_number(unit.old_rank),
                   csv_number(unit.new_rank), csv_number(unit.index_change(), decimals),
                   csv_number(unit.old_index, decimals), csv_number(unit.new_index, decimals),
                   status_word(unit.movement()), csv_field(unit.old_band), csv_field(unit.new_band),
                   csv_field(unit.group), csv_field(unit.unit));
  }
  return text;
}

}  // namespace chiso

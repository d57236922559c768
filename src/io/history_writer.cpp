// The writers of chiso history: a unit × year table in Markdown, and the long CSV.
#include "chiso/io/history_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "io/change_words.h"
#include "io/csv_writer.h"  // csv_field
#include "io/markdown_table.h"
#include "io/markdown_text.h"

namespace chiso {
namespace {

using Out = std::back_insert_iterator<std::string>;

std::vector<MarkdownColumn> history_columns(const History& history, const HistoryColumns& columns) {
  std::vector<MarkdownColumn> all{{columns.unit}};
  for (int year : history.years) all.push_back({std::to_string(year), true});
  for (const char* header : {columns.best, columns.worst, columns.change}) all.push_back({header});
  return all;
}

// A unit's rank (and index) in each year, an empty cell for a year it was not ranked.
std::vector<std::string> history_row(const History& history, const UnitHistory& unit,
                                     const ChangeWords& words, const HistoryPhrases& say) {
  std::vector<std::string> row{markdown_text(unit.unit)};
  auto standing = unit.years.begin();
  for (int year : history.years) {
    if (standing == unit.years.end() || standing->year != year) {
      row.emplace_back();
      continue;
    }
    std::string cell = std::to_string(standing->rank);
    if (standing->index) cell += " (" + words.number(*standing->index) + ")";
    row.push_back(std::move(cell));
    ++standing;
  }
  auto rank_in = [&](int year) {
    for (const YearStanding& each : unit.years) {
      if (each.year == year) return each.rank;
    }
    return 0;
  };
  row.push_back(fmt::format(fmt::runtime(say.best_rank), fmt::arg("year", unit.best_year),
                            fmt::arg("rank", rank_in(unit.best_year))));
  row.push_back(fmt::format(fmt::runtime(say.best_rank), fmt::arg("year", unit.worst_year),
                            fmt::arg("rank", rank_in(unit.worst_year))));
  // A merged unit's change starts with the merger (UnitHistory::compared_years).
  std::vector<std::string> change;
  if (unit.merged_year) {
    std::vector<std::string> from;
    for (const std::string& name : unit.formed_from) from.push_back(markdown_text(name));
    change.push_back(fmt::format(fmt::runtime(say.merged), fmt::arg("year", *unit.merged_year),
                                 fmt::arg("units", fmt::join(from, ", "))));
  }
  const std::span<const YearStanding> compared = unit.compared_years();
  if (compared.size() == 1 && !unit.merged_year) {
    change.push_back(
        fmt::format(fmt::runtime(say.only_year), fmt::arg("year", compared.front().year)));
  } else if (compared.size() > 1) {
    std::string moved = words.rank_change(*unit.rank_change());
    if (std::optional<double> index_change = unit.index_change())
      moved += "; " + words.signed_number(*index_change);
    moved += ' ';
    moved += fmt::format(fmt::runtime(say.span), fmt::arg("from", compared.front().year),
                         fmt::arg("to", compared.back().year));
    change.push_back(std::move(moved));
  }
  row.push_back(fmt::format("{}", fmt::join(change, "; ")));
  return row;
}

std::vector<std::vector<std::string>> history_rows(const History& history,
                                                   const std::vector<const UnitHistory*>& members,
                                                   const ChangeWords& words,
                                                   const HistoryPhrases& say) {
  std::vector<std::vector<std::string>> rows;
  for (const UnitHistory* member : members)
    rows.push_back(history_row(history, *member, words, say));
  return rows;
}

}  // namespace

std::string history_markdown(const History& history, Language language, int decimals) {
  const ChangeWords words(language, decimals);
  const HistoryPhrases& say = history_phrases(language);
  std::string text;
  Out out = std::back_inserter(text);
  text += "# ";
  if (history.years.size() == 1) {
    fmt::format_to(out, fmt::runtime(say.history_title_one),
                   fmt::arg("year", history.years.front()));
  } else {
    fmt::format_to(out, fmt::runtime(say.history_title), fmt::arg("first", history.years.front()),
                   fmt::arg("last", history.years.back()));
  }
  text += "\n\n";
  fmt::format_to(out, fmt::runtime(say.history_intro),
                 fmt::arg("units", words.units(history.units.size())),
                 fmt::arg("groups", words.groups(history.groups.size())),
                 fmt::arg("count", words.years(history.years.size())),
                 fmt::arg("years", fmt::join(history.years, ", ")));
  text += "\n\n";
  const HistoryColumns& columns = say.columns;
  const std::vector<std::vector<const UnitHistory*>> members = units_by_group(history);
  for (size_t g = 0; g < history.groups.size(); ++g) {
    fmt::format_to(out, "## {}\n\n",
                   markdown_text(words.group_name(history.groups[g], history.groups.size())));
    text += markdown_table(history_columns(history, columns),
                           history_rows(history, members[g], words, say));
    text += '\n';
  }
  text += say.history_note;
  if (std::any_of(history.units.begin(), history.units.end(),
                  [](const UnitHistory& unit) { return unit.merged_year.has_value(); })) {
    text += ' ';
    text += say.merged_note;
  }
  text += '\n';
  return text;
}

std::string history_csv(const History& history, int decimals) {
  std::string text = "year,rank,index,band,group,unit\n";
  for (const UnitHistory& unit : history.units) {
    for (const YearStanding& standing : unit.years) {
      fmt::format_to(std::back_inserter(text), "{},{},{},{},{},{}\n", standing.year, standing.rank,
                     csv_number(standing.index, decimals), csv_field(standing.band),
                     csv_field(unit.group), csv_field(unit.unit));
    }
  }
  return text;
}

}  // namespace chiso

// The writers of chiso history: a unit × year table in Markdown, and the long CSV.
#include "chiso/io/history_writer.h"

#include <fmt/format.h>

#include <iterator>

#include "io/change_words.h"
#include "io/csv_writer.h"  // csv_field
#include "io/markdown_text.h"

namespace chiso {
namespace {

using Out = std::back_insert_iterator<std::string>;

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
    fmt::format_to(out, "| {} | {} | {} | {} | {} |\n", columns.unit,
                   fmt::join(history.years, " | "), columns.best, columns.worst, columns.change);
    text += "|---|";
    for (size_t i = 0; i < history.years.size(); ++i) text += "---:|";
    text += "---|---|---|\n";
    for (const UnitHistory* member : members[g]) {
      const UnitHistory& unit = *member;
      fmt::format_to(out, "| {} |", markdown_text(unit.unit));
      auto standing = unit.years.begin();
      for (int year : history.years) {
        if (standing == unit.years.end() || standing->year != year) {
          text += "  |";  // an empty cell, as the other tables write it
          continue;
        }
        fmt::format_to(out, " {}", standing->rank);
        if (standing->index) fmt::format_to(out, " ({})", words.number(*standing->index));
        text += " |";
        ++standing;
      }
      auto rank_in = [&](int year) {
        for (const YearStanding& each : unit.years) {
          if (each.year == year) return each.rank;
        }
        return 0;
      };
      fmt::format_to(out, " {} | {} | ",
                     fmt::format(fmt::runtime(say.best_rank), fmt::arg("year", unit.best_year),
                                 fmt::arg("rank", rank_in(unit.best_year))),
                     fmt::format(fmt::runtime(say.best_rank), fmt::arg("year", unit.worst_year),
                                 fmt::arg("rank", rank_in(unit.worst_year))));
      if (unit.years.size() == 1) {
        fmt::format_to(out, fmt::runtime(say.only_year), fmt::arg("year", unit.years.front().year));
      } else {
        text += words.rank_change(*unit.rank_change());
        if (std::optional<double> change = unit.index_change())
          text += "; " + words.signed_number(*change);
        text += ' ';
        fmt::format_to(out, fmt::runtime(say.span), fmt::arg("from", unit.years.front().year),
                       fmt::arg("to", unit.years.back().year));
      }
      text += " |\n";
    }
    text += '\n';
  }
  fmt::format_to(out, "{}\n", say.history_note);
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

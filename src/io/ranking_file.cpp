#include "chiso/io/ranking_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "chiso/io/scores_reader.h"
#include "chiso/io/tables_reader.h"
#include "chiso/io/text.h"
#include "chiso/message.h"

namespace chiso {
namespace {

InputError year_absent(const std::string& path, int year, const std::vector<YearStandings>& years) {
  std::vector<int> present;
  for (const YearStandings& each : years) present.push_back(*each.year);
  return InputError({path, 0, 0}, tr("year '{}' is not in this ranking, which has {}", year,
                                     fmt::format("{}", fmt::join(present, ", "))));
}

}  // namespace

RankingFile read_ranking_file(const std::string& argument, const ReadOptions& options,
                              Diagnostics& diagnostics) {
  const ScoresSource source = parse_scores_source(argument);  // the same YEAR=FILE rule as --scores
  RankingFile file;
  file.path = source.path;
  std::vector<PreviousRow> rows;
  try {
    rows = read_previous(source.path, options, diagnostics);
  } catch (const InputError& e) {
    diagnostics.append(e.diagnostics());
    return file;
  }
  if (rows.empty()) return file;
  file.has_year_column = rows.front().year.has_value();
  if (!file.has_year_column) {
    YearStandings only{source.year, {}};
    for (const PreviousRow& row : rows) only.standings.push_back(row.standing);
    file.years.push_back(std::move(only));
    return file;
  }
  std::map<int, std::vector<PreviousStanding>> by_year;
  for (const PreviousRow& row : rows) by_year[*row.year].push_back(row.standing);
  for (auto& [year, standings] : by_year) file.years.push_back({year, std::move(standings)});
  if (source.year) {
    auto found = std::find_if(file.years.begin(), file.years.end(),
                              [&](const YearStandings& each) { return each.year == source.year; });
    if (found == file.years.end()) {
      diagnostics.append(year_absent(file.path, *source.year, file.years).diagnostics());
      file.years.clear();
    } else {
      file.years = {*found};
    }
  }
  return file;
}

YearStandings pick_year(const RankingFile& file, std::optional<int> requested) {
  if (!file.has_year_column) {
    YearStandings only = file.years.front();
    if (requested && only.year && only.year != requested)
      throw year_absent(file.path, *requested, file.years);
    if (requested) only.year = requested;
    return only;
  }
  if (!requested) return file.years.back();
  for (const YearStandings& each : file.years) {
    if (each.year == requested) return each;
  }
  throw year_absent(file.path, *requested, file.years);
}

void match_ranking_units(const std::vector<YearStandings*>& rankings,
                         std::vector<Rename>& renames) {
  std::unordered_map<std::string, std::string>
      spelling;  // unit_key -> the latest ranking's spelling
  const auto spell = [&spelling](std::string& name) {
    name = spelling.try_emplace(unit_key(name), name).first->second;
  };
  for (YearStandings* ranking : rankings) {
    for (PreviousStanding& standing : ranking->standings) spell(standing.unit);
  }
  for (Rename& rename : renames) {
    spell(rename.new_unit);
    spell(rename.old_unit);
  }
}

}  // namespace chiso

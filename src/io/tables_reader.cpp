// The small tables: units and their groups, bands, and a previous year's ranking.
#include "chiso/io/tables_reader.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "chiso/io/number.h"
#include "chiso/io/read_options.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "io/columns.h"
#include "io/name_characters.h"

namespace chiso {
namespace {

std::optional<int> parse_positive(std::string_view text) {
  int value = 0;
  auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || stop != text.data() + text.size() || value < 1) return std::nullopt;
  return value;
}

}  // namespace

UnitGroups read_units(const std::string& path, const ReadOptions& options,
                      Diagnostics& diagnostics) {
  const std::vector<ColumnSpec> specs = with_choices({unit_column(), group_column(true)}, options);
  CsvRecord record;
  auto reader = open_with_header(path, options, specs, record, diagnostics);
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  std::vector<int> column = match_columns(record, path, specs, diagnostics);
  UnitGroups groups;
  if (diagnostics.error_count() > errors_before) return groups;
  std::map<std::string, int> first_line;
  std::set<std::string> known_groups;           // searching groups.order per row is quadratic
  std::map<std::string, std::string> spelling;  // unit_key -> the first spelling of the unit
  // unit_key -> the first spelling of the group: a group typed in another case on one line
  // must not become a group of its own, ranking its unit first.
  std::map<std::string, std::string> group_spelling;
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) break;
    if (has_wrong_field_count(record, width, path, diagnostics)) continue;
    if (!check_name(record, column[0], path, "unit name", diagnostics) ||
        !check_name(record, column[1], path, "group name", diagnostics)) {
      continue;
    }
    std::string unit = normalise_name(record.fields[column[0]]);
    if (!unit.empty()) unit = spelling.try_emplace(unit_key(unit), unit).first->second;
    std::string group = normalise_name(record.fields[column[1]]);
    if (!group.empty()) group = group_spelling.try_emplace(unit_key(group), group).first->second;
    if (unit.empty()) {
      diagnostics.error(record.at(path, column[0]), tr("unit name is empty"));
      continue;
    }
    if (group.empty()) {
      diagnostics.error(record.at(path, column[1]), tr("group of unit '{}' is empty", unit));
      continue;
    }
    auto [known, inserted] = groups.group_of.emplace(unit, group);
    if (!inserted && known->second != group) {
      Location first = record.start(path);
      first.line = first_line[unit];
      diagnostics.error(record.at(path, column[1]),
                        tr("unit '{}' is in group '{}' on {} and in group '{}' here; a unit "
                           "belongs to one group",
                           unit, known->second, line_name(first), group));
      continue;
    }
    if (inserted) {
      first_line[unit] = record.line;
      groups.listed.emplace_back(unit, record.at(path, column[0]));
    }
    if (known_groups.insert(group).second) groups.order.push_back(group);
  }
  return groups;
}

BandScheme read_bands(const std::string& path, const ReadOptions& options,
                      Diagnostics& diagnostics) {
  const std::vector<ColumnSpec> specs = with_choices(
      {
          group_column(false),
          {"label", {"xếp loại", "loại", "tên", "band", "mức"}, true},
          {"min", {"từ", "tối thiểu", "ngưỡng", "điểm sàn", "minimum"}, false},
          {"quantile", {"phân vị", "percentile"}, false},
          {"set", {"bộ", "bộ xếp loại", "hệ"}, false},
      },
      options);
  enum { kGroup, kLabel, kMin, kQuantile, kSet };
  CsvRecord record;
  auto reader = open_with_header(path, options, specs, record, diagnostics);
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  std::vector<int> column = match_columns(record, path, specs, diagnostics);
  if (column[kMin] < 0 && column[kQuantile] < 0) {
    diagnostics.error(record.start(path),
                      tr("missing column 'min' (or 'quantile' for bands by quantile)"));
  }
  if (diagnostics.error_count() > errors_before) return {};
  std::vector<Band> bands;
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) break;
    if (has_wrong_field_count(record, width, path, diagnostics)) continue;
    if ((column[kGroup] >= 0 &&
         !check_name(record, column[kGroup], path, "group name", diagnostics)) ||
        (column[kSet] >= 0 &&
         !check_name(record, column[kSet], path, "band set name", diagnostics)) ||
        !check_name(record, column[kLabel], path, "band label", diagnostics)) {
      continue;
    }
    Band band;
    if (column[kGroup] >= 0) band.group = normalise_name(record.fields[column[kGroup]]);
    if (column[kSet] >= 0) band.set = normalise_name(record.fields[column[kSet]]);
    band.label = normalise_name(record.fields[column[kLabel]]);
    if (band.label.empty()) {
      diagnostics.error(record.at(path, column[kLabel]), tr("band label is empty"));
      continue;
    }
    const bool has_min = column[kMin] >= 0 && !record.fields[column[kMin]].empty();
    const bool has_quantile = column[kQuantile] >= 0 && !record.fields[column[kQuantile]].empty();
    const int which = has_quantile ? kQuantile : kMin;
    band.where = record.at(path, column[which] >= 0 ? column[which] : column[kLabel]);
    if (has_min == has_quantile) {
      diagnostics.error(band.where,
                        tr("band '{}' needs either a minimum or a quantile", band.label));
      continue;
    }
    const std::string& text = record.fields[column[which]];
    std::string why;
    std::optional<double> value = parse_number(
        text, reader->comma_is_decimal(), record.quoted[column[which]], why, options.no_thousands);
    if (!value) {
      diagnostics.error(band.where,
                        has_quantile ? tr("quantile '{}' of band '{}' {}", text, band.label, why)
                                     : tr("minimum '{}' of band '{}' {}", text, band.label, why));
      continue;
    }
    if (has_quantile && (*value < 0 || *value > 1)) {
      diagnostics.error(band.where,
                        tr("quantile '{}' of band '{}' is not between 0 and 1 (0.75 is the "
                           "75th percentile)",
                           text, band.label));
      continue;
    }
    if (!has_quantile && (*value < 0 || *value > 100)) {
      diagnostics.error(band.where,
                        tr("minimum '{}' of band '{}' is not between 0 and 100 (an index in %, or "
                           "a score on 100)",
                           text, band.label));
      continue;
    }
    if (has_quantile) {
      band.quantile = *value;
    } else {
      band.min = *value;
    }
    bands.push_back(std::move(band));
  }
  if (bands.empty() && diagnostics.error_count() == errors_before) {
    diagnostics.error(reader->start(), tr("no bands; add one row per band below the header"));
  }
  return BandScheme::build(std::move(bands), diagnostics);
}

std::vector<Exclusion> read_exclusions(const std::string& path, const ReadOptions& options,
                                       Diagnostics& diagnostics) {
  const std::vector<ColumnSpec> specs = with_choices({unit_column(), year_column(false)}, options);
  CsvRecord record;
  auto reader = open_with_header(path, options, specs, record, diagnostics);
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  std::vector<int> column = match_columns(record, path, specs, diagnostics);
  std::vector<Exclusion> exclusions;
  if (diagnostics.error_count() > errors_before) return exclusions;
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) break;
    if (has_wrong_field_count(record, width, path, diagnostics)) continue;
    if (!check_name(record, column[0], path, "unit name", diagnostics)) continue;
    Exclusion exclusion{normalise_name(record.fields[column[0]]), std::nullopt};
    if (exclusion.unit.empty()) {
      diagnostics.error(record.at(path, column[0]), tr("unit name is empty"));
      continue;
    }
    if (column[1] >= 0 && !record.fields[column[1]].empty()) {
      exclusion.year = parse_year(record.fields[column[1]]);
      if (!exclusion.year) {
        diagnostics.error(record.at(path, column[1]),
                          tr("year '{}' is not a year such as 2022", record.fields[column[1]]));
        continue;
      }
    }
    exclusions.push_back(std::move(exclusion));
  }
  return exclusions;
}

std::vector<Rename> read_renames(const std::string& path, const ReadOptions& options,
                                 Diagnostics& diagnostics) {
  const std::vector<ColumnSpec> specs = with_choices(
      {
          {"old", {"tên cũ", "đơn vị cũ", "old name"}, true},
          {"new", {"tên mới", "đơn vị mới", "new name"}, true},
          year_column(false),
      },
      options);
  enum { kOld, kNew, kYear };
  CsvRecord record;
  auto reader = open_with_header(path, options, specs, record, diagnostics);
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  std::vector<int> column = match_columns(record, path, specs, diagnostics);
  std::vector<Rename> renames;
  if (diagnostics.error_count() > errors_before) return renames;
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) break;
    if (has_wrong_field_count(record, width, path, diagnostics)) continue;
    Rename rename{normalise_name(record.fields[column[kOld]]),
                  normalise_name(record.fields[column[kNew]]), std::nullopt,
                  record.at(path, column[kOld])};
    if (rename.old_unit.empty() || rename.new_unit.empty()) {
      const int empty = rename.old_unit.empty() ? column[kOld] : column[kNew];
      diagnostics.error(record.at(path, empty), rename.old_unit.empty()
                                                    ? tr("old unit name is empty")
                                                    : tr("new unit name is empty"));
      continue;
    }
    if (column[kYear] >= 0 && !record.fields[column[kYear]].empty()) {
      rename.year = parse_year(record.fields[column[kYear]]);
      if (!rename.year) {
        diagnostics.error(record.at(path, column[kYear]),
                          tr("year '{}' is not a year such as 2022", record.fields[column[kYear]]));
        continue;
      }
    }
    renames.push_back(std::move(rename));
  }
  return renames;
}

std::vector<PreviousRow> read_previous(const std::string& path, const ReadOptions& options,
                                       Diagnostics& diagnostics) {
  const std::vector<ColumnSpec> specs = with_choices(
      {
          unit_column(),
          {"rank", {"hạng", "xếp hạng", "thứ hạng", "thứ tự", "vị thứ"}, true},
          year_column(false),
          group_column(false),
          {"index", {"chỉ số", "chỉ số (%)", "kết quả", "%"}, false},
          {"band", {"xếp loại", "loại"}, false},
      },
      options);
  enum { kUnit, kRank, kYear, kGroup, kIndex, kBand };
  CsvRecord record;
  auto reader = open_with_header(path, options, specs, record, diagnostics);
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  std::vector<int> column = match_columns(record, path, specs, diagnostics);
  std::vector<PreviousRow> rows;
  if (diagnostics.error_count() > errors_before) return rows;
  std::map<std::pair<int, std::string>, Location> seen;  // (year, unit_key) -> first row
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) break;
    if (has_wrong_field_count(record, width, path, diagnostics)) continue;
    if (!check_name(record, column[kUnit], path, "unit name", diagnostics) ||
        (column[kGroup] >= 0 &&
         !check_name(record, column[kGroup], path, "group name", diagnostics)) ||
        (column[kBand] >= 0 &&
         !check_name(record, column[kBand], path, "band label", diagnostics))) {
      continue;
    }
    PreviousRow row;
    row.where = record.at(path, column[kUnit]);
    row.standing.unit = normalise_name(record.fields[column[kUnit]]);
    if (row.standing.unit.empty()) {
      diagnostics.error(row.where, tr("unit name is empty"));
      continue;
    }
    const std::string& rank_text = record.fields[column[kRank]];
    std::optional<int> rank = parse_positive(rank_text);
    if (!rank) {
      diagnostics.error(record.at(path, column[kRank]),
                        tr("rank '{}' is not a whole number from 1", rank_text));
      continue;
    }
    row.standing.rank = *rank;
    if (column[kYear] >= 0) {
      const std::string& text = record.fields[column[kYear]];
      std::optional<int> year = parse_year(text);
      if (!year) {
        diagnostics.error(record.at(path, column[kYear]),
                          tr("year '{}' is not a year such as 2022", text));
        continue;
      }
      row.year = year;
    }
    if (column[kGroup] >= 0) row.standing.group = normalise_name(record.fields[column[kGroup]]);
    if (column[kBand] >= 0) row.standing.band = normalise_name(record.fields[column[kBand]]);
    if (column[kIndex] >= 0 && !record.fields[column[kIndex]].empty()) {
      const std::string& text = record.fields[column[kIndex]];
      // A published table prints its index as a percentage ("95,63%"); the column is in %.
      std::string_view number = trim(text);
      if (!number.empty() && number.back() == '%') number.remove_suffix(1);
      std::string why;
      row.standing.index = parse_number(number, reader->comma_is_decimal(),
                                        record.quoted[column[kIndex]], why, options.no_thousands);
      if (!row.standing.index) {
        diagnostics.error(record.at(path, column[kIndex]), tr("index '{}' {}", text, why));
        continue;
      }
    }
    auto [first, inserted] = seen.emplace(
        std::make_pair(row.year.value_or(0), unit_key(row.standing.unit)), record.start(path));
    if (!inserted) {
      diagnostics.error(row.where, tr("unit '{}' is listed twice (also on {})", row.standing.unit,
                                      line_name(first->second)));
      continue;
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty() && diagnostics.error_count() == errors_before) {
    diagnostics.error(reader->start(), tr("the previous ranking has no rows"));
  }
  return rows;
}

}  // namespace chiso

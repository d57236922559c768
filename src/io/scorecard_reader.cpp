#include "chiso/io/scorecard_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

#include "chiso/io/number.h"
#include "chiso/io/scores_reader.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "io/columns.h"
#include "io/name_characters.h"

namespace chiso {
namespace {

std::optional<int> whole_from_one(std::string_view text) {
  text = trim(text);
  int value = 0;
  auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || stop != text.data() + text.size() || value < 1) return std::nullopt;
  return value;
}

bool is_index_name(std::string_view text) {
  if (text.empty()) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

enum Column { kUnit, kRank, kValue, kPoints, kYear, kOf, kTier, kIndexName, kGroup, kNhom };

std::vector<ColumnSpec> national_columns(const ReadOptions& options) {
  return with_choices(
      {
          unit_column(),
          {"rank", {"hạng", "xếp hạng", "thứ hạng", "thứ tự", "vị thứ"}, false},
          {"value",
           {"index", "chỉ số", "chỉ số (%)", "giá trị", "kết quả", "%", "điểm số", "score"},
           false},
          {"points", {"điểm", "tổng điểm"}, false},
          year_column(false),
          {"of", {"out of", "trên", "số tỉnh", "tổng số"}, false},
          {"tier", {"band", "xếp loại", "loại", "nhóm xếp hạng"}, false},
          {"index_name", {"tên chỉ số", "index name"}, false},
          {"group", {"khối", "nhóm đơn vị"}, false},
          {"nhóm", {}, false},  // see read_columns
      },
      options);
}

// The columns of `header`. "Nhóm" is the tier of a national table (PAR INDEX's groups A/B/C),
// but the group of units in a province's table that has a "Xếp loại" (band) column beside it.
std::vector<int> read_columns(const CsvRecord& header, const std::string& path,
                              const std::vector<ColumnSpec>& specs, Diagnostics& diagnostics) {
  std::vector<int> column = match_columns(header, path, specs, diagnostics);
  if (column[kNhom] >= 0) {
    if (column[kTier] < 0) {
      column[kTier] = column[kNhom];
    } else if (column[kGroup] < 0) {
      column[kGroup] = column[kNhom];
    }
  }
  return column;
}

// The table's reading: its file, the columns found, and what the rows share.
struct NationalFile {
  const NationalSource& source;
  std::vector<int> column;
  bool comma_is_decimal = false;
  bool no_thousands = false;
  Diagnostics& diagnostics;
};

std::optional<double> read_figure(const NationalFile& file, const CsvRecord& record, int field,
                                  bool& ok) {
  if (field < 0 || trim(record.fields[field]).empty()) return std::nullopt;
  const std::string& text = record.fields[field];
  std::string_view number = trim(text);
  if (number.back() == '%') number.remove_suffix(1);  // "85,13%" as published
  std::string why;
  std::optional<double> value =
      parse_number(number, file.comma_is_decimal, record.quoted[field], why, file.no_thousands);
  if (!value) {
    file.diagnostics.error(record.at(file.source.path, field),
                           field == file.column[kPoints] ? tr("points '{}' {}", text, why)
                                                         : tr("value '{}' {}", text, why));
    ok = false;
  }
  return value;
}

std::optional<int> read_place(const NationalFile& file, const CsvRecord& record, int field,
                              bool& ok) {
  if (field < 0 || trim(record.fields[field]).empty()) return std::nullopt;
  std::optional<int> place = whole_from_one(record.fields[field]);
  if (!place) {
    file.diagnostics.error(
        record.at(file.source.path, field),
        field == file.column[kRank]
            ? tr("rank '{}' is not a whole number from 1", record.fields[field])
            : tr("count '{}' in column 'of' is not a whole number from 1", record.fields[field]));
    ok = false;
  }
  return place;
}

// One row, or nothing when it is in error (reported) or of another index or year than asked.
std::optional<NationalRow> read_row(const NationalFile& file, const CsvRecord& record) {
  const std::string& path = file.source.path;
  const std::vector<int>& column = file.column;
  if (!check_name(record, column[kUnit], path, "unit name", file.diagnostics) ||
      (column[kTier] >= 0 &&
       !check_name(record, column[kTier], path, "band label", file.diagnostics)) ||
      (column[kGroup] >= 0 &&
       !check_name(record, column[kGroup], path, "group name", file.diagnostics))) {
    return std::nullopt;
  }
  NationalRow row;
  row.where = record.at(path, column[kUnit]);
  row.unit = normalise_name(record.fields[column[kUnit]]);
  if (row.unit.empty()) {
    file.diagnostics.error(row.where, tr("unit name is empty"));
    return std::nullopt;
  }
  row.index_name = index_key(file.source.index_name);
  if (column[kIndexName] >= 0)
    row.index_name = index_key(std::string(trim(record.fields[column[kIndexName]])));
  row.year = file.source.year.value_or(0);
  if (column[kYear] >= 0) {
    const std::string& text = record.fields[column[kYear]];
    std::optional<int> year = parse_year(text);
    if (!year) {
      file.diagnostics.error(record.at(path, column[kYear]),
                             tr("year '{}' is not a year such as 2022", text));
      return std::nullopt;
    }
    row.year = *year;
  }
  bool ok = true;
  row.value = read_figure(file, record, column[kValue], ok);
  row.points = read_figure(file, record, column[kPoints], ok);
  row.rank = read_place(file, record, column[kRank], ok);
  row.of = read_place(file, record, column[kOf], ok);
  if (column[kTier] >= 0) row.tier = normalise_name(record.fields[column[kTier]]);
  if (column[kGroup] >= 0) row.group = normalise_name(record.fields[column[kGroup]]);
  if (ok && row.rank && row.of && *row.rank > *row.of) {
    file.diagnostics.error(
        record.at(path, column[kRank]),
        tr("rank {} is larger than the count {} in column 'of'", *row.rank, *row.of));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return row;
}

// Checks the columns the table has against what the command line gave; true when rows can be
// read.
bool check_columns(const NationalFile& file, const Location& start) {
  const std::vector<int>& column = file.column;
  bool ok = true;
  if (column[kRank] < 0 && column[kValue] < 0 && column[kPoints] < 0) {
    file.diagnostics.error(start, tr("the table has neither a 'rank' nor a 'value' column; a "
                                     "national table needs one of them, or both"));
    ok = false;
  }
  if (column[kYear] < 0 && !file.source.year) {
    file.diagnostics.error(start, tr("no 'year' column; give the year of this table on the "
                                     "command line, as INDEX:YEAR={}",
                                     file.source.path));
    ok = false;
  }
  if (column[kIndexName] < 0 && file.source.index_name.empty()) {
    file.diagnostics.error(start, tr("no 'index_name' column; name the index of this table on the "
                                     "command line, as INDEX:{} (PAR_INDEX, SIPAS, PAPI, PCI)",
                                     file.source.path));
    ok = false;
  }
  return ok;
}

// The rows of the index and year the command line asked for, or an error naming those present.
std::vector<NationalRow> keep_asked(std::vector<NationalRow> rows, const NationalFile& file,
                                    const Location& start) {
  const NationalSource& source = file.source;
  if (file.column[kIndexName] >= 0 && !source.index_name.empty()) {
    const std::string wanted = index_key(source.index_name);
    std::set<std::string> present;
    for (const NationalRow& row : rows) present.insert(row.index_name);
    std::erase_if(rows, [&](const NationalRow& row) { return row.index_name != wanted; });
    if (rows.empty() && !present.empty()) {
      file.diagnostics.error(start, tr("index '{}' is not in this table, which has {}", wanted,
                                       fmt::format("{}", fmt::join(present, ", "))));
    }
  }
  if (file.column[kYear] >= 0 && source.year) {
    std::set<int> present;
    for (const NationalRow& row : rows) present.insert(row.year);
    std::erase_if(rows, [&](const NationalRow& row) { return row.year != *source.year; });
    if (rows.empty() && !present.empty()) {
      file.diagnostics.error(start, tr("year '{}' is not in this ranking, which has {}",
                                       *source.year, fmt::format("{}", fmt::join(present, ", "))));
    }
  }
  return rows;
}

}  // namespace

NationalSource parse_national_source(const std::string& argument) {
  NationalSource source;
  std::string rest = argument;
  const size_t colon = argument.find(':');
  if (colon != std::string::npos && is_index_name(std::string_view(argument).substr(0, colon))) {
    source.index_name = argument.substr(0, colon);
    rest = argument.substr(colon + 1);
  }
  ScoresSource file = parse_scores_source(rest);  // the same YEAR=FILE rule as --scores
  source.year = file.year;
  source.path = std::move(file.path);
  return source;
}

std::vector<NationalRow> read_national_table(const NationalSource& source,
                                             const ReadOptions& options, Diagnostics& diagnostics) {
  const std::vector<ColumnSpec> specs = national_columns(options);
  CsvRecord record;
  std::unique_ptr<SheetRows> reader;
  try {
    reader = open_with_header(source.path, options, specs, record, diagnostics);
  } catch (const InputError& e) {
    diagnostics.append(e.diagnostics());
    return {};
  }
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  NationalFile file{source, read_columns(record, source.path, specs, diagnostics),
                    reader->comma_is_decimal(), options.no_thousands, diagnostics};
  if (diagnostics.error_count() > errors_before || !check_columns(file, reader->start())) return {};
  std::vector<NationalRow> rows;
  // (index, year, unit_key) -> the first row
  std::map<std::tuple<std::string, int, std::string>, Location> seen;
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, source.path)) break;
    if (has_wrong_field_count(record, width, source.path, diagnostics)) continue;
    std::optional<NationalRow> row = read_row(file, record);
    if (!row) continue;
    auto [first, inserted] =
        seen.emplace(std::make_tuple(row->index_name, row->year, unit_key(row->unit)),
                     record.start(source.path));
    if (!inserted) {
      diagnostics.error(row->where, tr("unit '{}' is listed twice (also on {})", row->unit,
                                       line_name(first->second)));
      continue;
    }
    rows.push_back(std::move(*row));
  }
  if (rows.empty() && diagnostics.error_count() == errors_before) {
    diagnostics.error(reader->start(), tr("the table has no rows"));
  }
  return keep_asked(std::move(rows), file, reader->start());
}

std::string match_province(std::vector<NationalRow>& rows, std::vector<Rename>& renames,
                           const std::string& wanted) {
  std::unordered_map<std::string, std::string> spelling;  // unit_key -> the first spelling
  const auto spell = [&spelling](std::string& name) {
    name = spelling.try_emplace(unit_key(name), name).first->second;
  };
  for (NationalRow& row : rows) spell(row.unit);
  for (Rename& rename : renames) {
    spell(rename.new_unit);
    spell(rename.old_unit);
  }
  if (auto found = spelling.find(unit_key(wanted)); found != spelling.end()) return found->second;
  const std::string loose = loose_key(wanted);
  std::set<std::string> matches;  // sorted: the same answer whatever the order of the files
  for (const auto& [key, name] : spelling) {
    if (loose_key(name) == loose) matches.insert(name);
  }
  return matches.empty() ? std::string() : *matches.begin();
}

}  // namespace chiso

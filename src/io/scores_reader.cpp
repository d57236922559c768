#include <charconv>
#include <cmath>
#include <unordered_map>

#include "chiso/inputs.h"
#include "chiso/number.h"
#include "chiso/suggest.h"
#include "chiso/text.h"
#include "io/columns.h"

namespace chiso {
namespace {

const ColumnSpec kCriterionColumn{"criterion", {"tiêu chí", "mã tiêu chí", "chỉ tiêu"}, true};
const ColumnSpec kScoreColumn{"score", {"điểm", "điểm số", "điểm đạt", "điểm thẩm định", "points"}, true};

// Everything one file's rows need to be read.
struct ScoresFile {
  const ScoresSource& source;
  const Framework& framework;
  ScoreTable& table;
  Diagnostics& diagnostics;
  const CsvReader& reader;
  int unit_column = -1;
  int year_column = -1;
  int criterion_column = -1;   // long layout
  int score_column = -1;       // long layout
  std::vector<int> leaf_of;    // wide layout: leaf position of each column, -1 for unit/year
  std::string last_raw_unit;   // rows come grouped by unit: skip normalising the same name
  int last_unit = -1;
  std::unordered_map<std::string, int> unit_of_raw;  // each name as typed -> its unit, so that
                                                     // a name is normalised once per file
  std::unordered_map<std::string, int> by_name;  // loose key of each node's name and aliases
};

// Criteria may be named in a scores file by their name or an alias instead of their id, in
// any case and with or without diacritics ("Tính minh bạch", "transparency").
std::unordered_map<std::string, int> names_of(const Framework& framework) {
  std::unordered_map<std::string, int> names;
  for (int i = 0; i < static_cast<int>(framework.nodes().size()); ++i) {
    const Criterion& node = framework.node(i);
    if (!node.name.empty()) names.emplace(loose_key(node.name), i);
    for (const std::string& alias : node.aliases) names.emplace(loose_key(alias), i);
  }
  return names;
}

// The unit-year row a record scores, or -1 after reporting why it has none.
int row_of(ScoresFile& file, const CsvRecord& record) {
  const std::string& path = file.source.path;
  const std::string& raw = record.fields[file.unit_column];
  if (raw.empty()) {
    file.diagnostics.error(record.at(path, file.unit_column), "unit name is empty");
    return -1;
  }
  std::optional<int> year = file.source.year;
  if (file.year_column >= 0) {
    const std::string& text = record.fields[file.year_column];
    std::optional<int> given = parse_year(text);
    if (!given) {
      file.diagnostics.error(record.at(path, file.year_column), "year '" + text + "' is not a year such as 2022");
      return -1;
    }
    if (year && *year != *given) {
      file.diagnostics.error(record.at(path, file.year_column),
                             "year '" + text + "' differs from the year " + std::to_string(*year) +
                                 " given for this file on the command line");
      return -1;
    }
    year = given;
  }
  if (file.last_unit < 0 || raw != file.last_raw_unit) {
    auto [known, inserted] = file.unit_of_raw.try_emplace(raw, 0);
    if (inserted) known->second = file.table.intern_unit(normalise_name(raw));
    file.last_unit = known->second;
    file.last_raw_unit = raw;
  }
  return file.table.row(file.last_unit, *year, record.at(path, file.unit_column));
}

// Stores one score cell, reporting a value that is not a number, negative, above the
// criterion's maximum, or given twice.
void store(ScoresFile& file, const CsvRecord& record, int row, int leaf, size_t field) {
  const std::string& text = record.fields[field];
  const Location where = record.at(file.source.path, field);
  const Criterion& criterion = file.framework.node(file.framework.leaves()[leaf]);
  const std::string& unit = file.table.units()[file.table.rows()[row].unit];
  if (file.table.cell(row, leaf) != Cell::kMissing) {
    file.diagnostics.error(where, "unit '" + unit + "' is scored twice on criterion '" + criterion.id + "' in " +
                                      std::to_string(file.table.rows()[row].year));
    return;
  }
  if (is_not_applicable(text)) {
    file.table.set_not_applicable(row, leaf);
    return;
  }
  std::string why;
  std::optional<double> points = parse_number(text, file.reader.comma_is_decimal() || record.quoted[field], why);
  if (!points && text.empty()) {
    file.diagnostics.error(where, "score of criterion '" + criterion.id +
                                      "' is empty; write 0, or 'n/a' if the criterion does not apply");
    return;
  }
  if (!points) {
    file.diagnostics.error(where, "score '" + text + "' " + why);
    return;
  }
  // A normalised leaf holds a raw indicator (days, a share, a count): any number is fine.
  if (criterion.normalise == Normalise::kNone && *points < 0) {
    file.diagnostics.error(where, "score '" + text + "' is negative; scores are points achieved, from 0");
    return;
  }
  if (criterion.normalise == Normalise::kNone && *points > criterion.max * (1 + 1e-12)) {
    char max_text[32];
    auto end = std::to_chars(max_text, max_text + sizeof max_text, criterion.max).ptr;
    file.diagnostics.error(where, "score '" + text + "' is above the maximum " + std::string(max_text, end) +
                                      " of criterion '" + criterion.id + "'");
    return;
  }
  file.table.set_points(row, leaf, *points);
}

// The leaf position of criterion `id`, or -1 after reporting why it is not one.
int leaf_of(ScoresFile& file, const std::string& id, const Location& where, const char* what) {
  std::optional<int> node = file.framework.find(id);
  if (!node) {
    auto named = file.by_name.find(loose_key(id));
    if (named != file.by_name.end()) node = named->second;
  }
  if (!node) {
    std::vector<std::string> ids;
    for (int leaf : file.framework.leaves()) ids.push_back(file.framework.node(leaf).id);
    std::string hint = closest_match(id, ids);
    const std::string problem = std::string(what) == "column" ? "column '" + id + "' is not a leaf criterion of the framework"
                                                               : "unknown criterion '" + id + "'";
    file.diagnostics.error(where, problem + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    return -1;
  }
  const Criterion& criterion = file.framework.node(*node);
  if (!criterion.is_leaf()) {
    file.diagnostics.error(where, std::string(what) + " '" + id +
                                      "' has sub-criteria; scores are given for its sub-criteria, such as '" +
                                      file.framework.node(criterion.children.front()).id + "'");
    return -1;
  }
  return criterion.leaf;
}

// Whether a wide row's unit-year already got a score, from this row's file or another.
bool already_scored(const ScoresFile& file, int row) {
  for (int leaf = 0; leaf < file.table.leaf_count(); ++leaf) {
    if (file.table.cell(row, leaf) != Cell::kMissing) return true;
  }
  return false;
}

}  // namespace

ScoresSource parse_scores_source(const std::string& argument) {
  size_t equals = argument.find('=');
  if (equals != std::string::npos) {
    if (std::optional<int> year = parse_year(std::string_view(argument).substr(0, equals))) {
      return {argument.substr(equals + 1), year};
    }
  }
  return {argument, std::nullopt};
}

void read_scores(const ScoresSource& source, const Framework& framework, ScoreTable& table,
                 const ReadOptions& options, Diagnostics& diagnostics) {
  const std::string& path = source.path;
  CsvRecord record;
  auto reader = open_with_header(path, options.delimiter, record);
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  ScoresFile file{source, framework, table, diagnostics, *reader, -1, -1, -1, -1, {}, {}, -1, {}, names_of(framework)};

  bool is_long = false;
  for (const std::string& header : record.fields) is_long = is_long || names_column(header, kCriterionColumn);
  std::vector<ColumnSpec> specs = {unit_column(), year_column(false)};
  if (is_long) specs.insert(specs.end(), {kCriterionColumn, kScoreColumn});
  std::vector<int> column = match_columns(record, path, specs, diagnostics);
  file.unit_column = column[0];
  file.year_column = column[1];
  if (file.year_column < 0 && !source.year) {
    diagnostics.error({path, record.line, 1}, "no 'year' column; give the year of this file on the command "
                                              "line, as --scores 2022=" + path);
  }
  if (is_long) {
    file.criterion_column = column[2];
    file.score_column = column[3];
  } else {
    file.leaf_of.assign(width, -1);
    for (size_t i = 0; i < width; ++i) {
      if (static_cast<int>(i) == file.unit_column || static_cast<int>(i) == file.year_column) continue;
      file.leaf_of[i] = leaf_of(file, record.fields[i], record.at(path, i), "column");
    }
  }
  if (diagnostics.error_count() > errors_before) return;

  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) return;
    if (has_wrong_field_count(record, width, path, diagnostics)) continue;
    int row = row_of(file, record);
    if (row >= 0 && is_long) {
      const std::string& id = record.fields[file.criterion_column];
      int leaf = leaf_of(file, id, record.at(path, file.criterion_column), "criterion");
      if (leaf >= 0) store(file, record, row, leaf, file.score_column);
    } else if (row >= 0 && already_scored(file, row)) {
      const UnitYear& first = table.rows()[row];
      diagnostics.error(record.at(path, file.unit_column),
                        "unit '" + table.units()[first.unit] + "' already has scores for " + std::to_string(first.year) +
                            " (" + first.where.file + " line " + std::to_string(first.where.line) + ")");
    } else if (row >= 0) {
      for (size_t i = 0; i < width; ++i) {
        if (file.leaf_of[i] >= 0) store(file, record, row, file.leaf_of[i], i);
      }
    }
  }
}

}  // namespace chiso

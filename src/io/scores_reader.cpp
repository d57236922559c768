#include "chiso/io/scores_reader.h"

#include <algorithm>
#include <unordered_map>

#include "chiso/io/number.h"
#include "chiso/io/read_options.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "chiso/suggest.h"
#include "io/columns.h"
#include "io/name_characters.h"
#include "io/score_cell.h"
#include "io/scores_layout.h"
#include "io/scores_summed.h"

namespace chiso {
namespace {

const ColumnSpec kCriterionColumn{"criterion", {"tiêu chí", "mã tiêu chí", "chỉ tiêu"}, true};
const ColumnSpec kScoreColumn{
    "score", {"điểm", "điểm số", "điểm đạt", "điểm thẩm định", "điểm đánh giá", "points"}, true};
const ColumnSpec kTotalColumn{"total", {"tổng điểm", "tổng", "tổng cộng", "tổng số điểm"}, false};
// Columns of a published table that a wide sheet may keep beside its criteria; chiso computes
// them itself, so they are ignored (unless a criterion has the same name).
const ColumnSpec kRankColumn{"rank", {"hạng", "xếp hạng", "thứ hạng", "vị thứ"}, false};
const ColumnSpec kIndexColumn{"index", {"chỉ số", "chỉ số (%)", "kết quả"}, false};
const ColumnSpec kBandColumn{"band", {"xếp loại", "loại"}, false};

// Everything one file's rows need to be read.
struct ScoresFile {
  const ScoresSource& source;
  const Framework& framework;
  const CriterionNames& by_name;
  ScoreTable& table;
  Diagnostics& diagnostics;
  CellDialect dialect;
  ScoresLayout layout;
  SheetFacts* facts = nullptr;
  std::string last_raw_unit;  // rows come grouped by unit: skip normalising the same name
  int last_unit = -1;
  std::string last_name;  // the last unit's name, normalised
  std::unordered_map<std::string, std::pair<int, std::string>>
      unit_of_raw;         // each name as typed -> its unit and normalised name, so that a name
                           // is normalised once per file
  std::string last_group;  // the group of the row above, for a merged group cell
  int last_group_row = -1;
};

// The unit-year row a record scores, or -1 after reporting why it has none.
int row_of(ScoresFile& file, const CsvRecord& record) {
  const std::string& path = file.source.path;
  const std::string& raw = record.fields[file.layout.unit_column];
  if (raw.empty()) {
    file.diagnostics.error(record.at(path, file.layout.unit_column), tr("unit name is empty"));
    return -1;
  }
  if (!check_name(record, file.layout.unit_column, path, "unit name", file.diagnostics)) return -1;
  std::optional<int> year = file.source.year;
  if (file.layout.year_column >= 0) {
    const std::string& text = record.fields[file.layout.year_column];
    std::optional<int> given = parse_year(text);
    if (!given) {
      file.diagnostics.error(record.at(path, file.layout.year_column),
                             tr("year '{}' is not a year such as 2022", text));
      return -1;
    }
    if (year && *year != *given) {
      file.diagnostics.error(
          record.at(path, file.layout.year_column),
          tr("year '{}' differs from the year {} given for this file on the command line", text,
             *year));
      return -1;
    }
    year = given;
  }
  if (file.last_unit < 0 || raw != file.last_raw_unit) {
    auto [known, inserted] = file.unit_of_raw.try_emplace(raw, 0, std::string());
    if (inserted) {
      known->second.second = normalise_name(raw);
      known->second.first =
          file.table.intern_unit(known->second.second, unit_key(known->second.second), *year);
    }
    file.last_unit = known->second.first;
    file.last_name = known->second.second;
    file.last_raw_unit = raw;
  }
  const size_t rows_before = file.table.rows().size();
  const int row = file.table.row(file.last_unit, *year, record.at(path, file.layout.unit_column));
  if (file.table.rows().size() > rows_before)
    file.table.spell_unit(file.last_unit, *year, file.last_name);
  return row;
}

// Notes the unit's group from the group column. An empty cell is the group of the row above:
// a group merged over its units' rows keeps its text in the first row only.
void note_group(ScoresFile& file, const CsvRecord& record, int row) {
  const int column = file.layout.group_column;
  // A long file gives the group on each of a unit's rows: noted once per unit-year.
  if (column < 0 || file.facts == nullptr || row == file.last_group_row) return;
  file.last_group_row = row;
  const std::string& path = file.source.path;
  if (!check_name(record, column, path, "group name", file.diagnostics)) return;
  std::string group = normalise_name(record.fields[column]);
  const std::string& unit = file.table.units()[file.table.rows()[row].unit];
  if (group.empty()) group = file.last_group;
  if (group.empty()) {
    file.diagnostics.error(record.at(path, column), tr("group of unit '{}' is empty", unit));
    return;
  }
  file.last_group = group;
  if (file.facts->group_file.empty()) file.facts->group_file = path;
  file.facts->groups.push_back({file.table.rows()[row].unit, group, record.at(path, column)});
}

// The decimals `text` shows: the digits after its decimal mark.
int decimals_shown(std::string_view text, bool comma_is_decimal) {
  text = trim(text);
  const size_t mark = text.find_last_of(comma_is_decimal ? ",." : ".");
  if (mark == std::string_view::npos) return 0;
  int digits = 0;
  for (size_t i = mark + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) ++digits;
  return digits;
}

// Notes the total the total column states for the row, checked by check_totals.
void note_total(ScoresFile& file, const CsvRecord& record, int row) {
  const int column = file.layout.total_column;
  if (column < 0 || file.facts == nullptr || record.fields[column].empty()) return;
  const std::string& text = record.fields[column];
  std::string why;
  const std::optional<double> stated = parse_number(
      text, file.dialect.comma_file, record.quoted[column], why, file.dialect.no_thousands);
  const Location where = record.at(file.source.path, column);
  if (!stated) {
    file.diagnostics.warning(where, tr("total '{}' of unit '{}' {}; chiso uses its own total", text,
                                       file.table.units()[file.table.rows()[row].unit], why));
    return;
  }
  file.facts->totals.push_back({row, *stated, std::string(trim(text)),
                                decimals_shown(text, file.dialect.comma_file),
                                file.dialect.comma_file ? ',' : '.', where});
}

// Stores one score cell, reporting a value that is not a number, negative, above the
// criterion's maximum, or given twice.
void store(ScoresFile& file, const CsvRecord& record, int row, int leaf, size_t field) {
  const std::string& text = record.fields[field];
  const Location where = record.at(file.source.path, field);
  const Criterion& criterion = file.framework.node(file.framework.leaves()[leaf]);
  const std::string& unit = file.table.units()[file.table.rows()[row].unit];
  if (file.table.cell(row, leaf) != Cell::kMissing) {
    file.diagnostics.error(where, tr("unit '{}' is scored twice on criterion '{}' in {}", unit,
                                     criterion.id, file.table.rows()[row].year));
    return;
  }
  const ScoreCell cell =
      read_score_cell(text, record.quoted[field], cell_bounds(criterion), file.dialect);
  if (cell.meaning == CellMeaning::kPoints) {
    file.table.set_points(row, leaf, cell.points);
  } else if (cell.meaning == CellMeaning::kNotApplicable) {
    file.table.set_not_applicable(row, leaf);
  } else {
    file.diagnostics.error(where, score_cell_problem(cell.meaning, text, record.quoted[field],
                                                     criterion, file.dialect));
  }
}

// The leaf position of criterion `id`, or -1 after reporting why it is not one. `in_header`:
// `id` heads a column of a wide file, rather than filling a long file's criterion cell.
int leaf_of(const Framework& framework, const CriterionNames& names, const std::string& id,
            const Location& where, bool in_header, Diagnostics& diagnostics) {
  std::optional<int> node = criterion_named(framework, names, id);
  if (!node) {
    std::vector<std::string> ids;
    for (int leaf : framework.leaves()) ids.push_back(framework.node(leaf).id);
    std::string hint = closest_match(id, ids);
    if (in_header) {
      diagnostics.error(where, hint.empty()
                                   ? tr("column '{}' is not a leaf criterion of the framework", id)
                                   : tr("column '{}' is not a leaf criterion of the framework; "
                                        "did you mean '{}'?",
                                        id, hint));
    } else {
      diagnostics.error(where, hint.empty()
                                   ? tr("unknown criterion '{}'", id)
                                   : tr("unknown criterion '{}'; did you mean '{}'?", id, hint));
    }
    return -1;
  }
  const Criterion& criterion = framework.node(*node);
  if (!criterion.is_leaf()) {
    const std::string& child = framework.node(criterion.children.front()).id;
    diagnostics.error(where, in_header ? tr("column '{}' has sub-criteria; scores are given for "
                                            "its sub-criteria, such as '{}'",
                                            id, child)
                                       : tr("criterion '{}' has sub-criteria; scores are given "
                                            "for its sub-criteria, such as '{}'",
                                            id, child));
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

// The criterion --column names for the header `header` (`header` itself when none), throwing
// ReadUsageError for a WHAT that is neither a kind of column nor a criterion.
std::string criterion_header(const std::string& header, const Framework& framework,
                             const CriterionNames& names, const ReadOptions& options) {
  for (const ColumnChoice& choice : options.columns) {
    if (is_column_kind(choice.what) || header_key(choice.header) != header_key(header)) continue;
    if (!criterion_named(framework, names, choice.what)) {
      throw ReadUsageError(
          tr("--column {}={}: '{}' is neither a kind of column (unit, year, "
             "group, total, criterion, score, rank, index, band) nor a "
             "criterion of the framework",
             choice.what, choice.header, choice.what));
    }
    if (options.headers_read) options.headers_read->criteria_named.push_back(choice.what);
    return choice.what;
  }
  return header;
}

// Whether a wide file's column `header` is one chiso ignores: an STT or empty column, or a
// rank, index or band that names no criterion.
bool is_ignored_column(const std::string& header, const Framework& framework,
                       const CriterionNames& names, const std::vector<ColumnSpec>& published) {
  if (is_ignored_header(header)) return true;
  for (const ColumnSpec& spec : published) {
    if (names_column(header, spec)) return !criterion_named(framework, names, header);
  }
  return false;
}

}  // namespace

CriterionNames criterion_names(const Framework& framework) {
  CriterionNames names;
  for (int i = 0; i < static_cast<int>(framework.nodes().size()); ++i) {
    const Criterion& node = framework.node(i);
    if (!node.name.empty()) names.emplace(loose_key(node.name), i);
    for (const std::string& alias : node.aliases) names.emplace(loose_key(alias), i);
  }
  return names;
}

std::optional<int> criterion_named(const Framework& framework, const CriterionNames& names,
                                   std::string_view text) {
  if (std::optional<int> node = framework.find(text)) return node;
  auto named = names.find(loose_key(text));
  if (named != names.end()) return named->second;
  return std::nullopt;
}

std::vector<ColumnSpec> scores_columns(const ReadOptions& options) {
  return with_choices(
      {unit_column(), year_column(false), group_column(false), kCriterionColumn, kScoreColumn},
      options);
}

ScoresLayout scores_layout(const CsvRecord& header, const ScoresSource& source,
                           const Framework& framework, const CriterionNames& names,
                           Diagnostics& diagnostics, const ReadOptions& options) {
  const std::string& path = source.path;
  ScoresLayout layout;
  layout.width = header.fields.size();
  std::vector<ColumnSpec> specs = scores_columns(options);
  for (const std::string& name : header.fields)
    layout.is_long = layout.is_long || names_column(name, specs[3]);
  if (!layout.is_long) specs.resize(3);  // a wide file's criterion and score are its columns
  specs.push_back(with_choices({kTotalColumn}, options).front());
  std::vector<int> column = match_columns(header, path, specs, diagnostics);
  layout.unit_column = column[0];
  layout.year_column = column[1];
  layout.group_column = column[2];
  if (layout.year_column < 0 && !source.year) {
    diagnostics.error(header.start(path),
                      tr("no 'year' column; give the year of this file on the command line, as "
                         "--scores 2022={}",
                         path));
  }
  layout.plain = layout.group_column < 0;
  if (layout.is_long) {
    layout.criterion_column = column[3];
    layout.score_column = column[4];
    return layout;
  }
  layout.total_column = column[3];
  layout.plain = layout.plain && layout.total_column < 0;
  const std::vector<ColumnSpec> published =
      with_choices({kRankColumn, kIndexColumn, kBandColumn}, options);
  layout.leaf_of.assign(layout.width, -1);
  const int errors_before = diagnostics.error_count();
  for (size_t i = 0; i < layout.width; ++i) {
    if (too_many_errors(diagnostics, errors_before, path)) break;
    const int at = static_cast<int>(i);
    if (at == layout.unit_column || at == layout.year_column || at == layout.group_column ||
        at == layout.total_column)
      continue;
    const std::string id = criterion_header(header.fields[i], framework, names, options);
    if (id == header.fields[i] && is_ignored_column(id, framework, names, published)) {
      layout.plain = false;
      continue;
    }
    if (!check_name(header, i, path, "column name", diagnostics)) continue;
    layout.leaf_of[i] = leaf_of(framework, names, id, header.at(path, i), true, diagnostics);
  }
  return layout;
}

ScoresSource parse_scores_source(const std::string& argument) {
  size_t equals = argument.find('=');
  if (equals != std::string::npos) {
    if (std::optional<int> year = parse_year(std::string_view(argument).substr(0, equals))) {
      return {argument.substr(equals + 1), year};
    }
  }
  return {argument, std::nullopt};
}

void read_scores_general(const ScoresSource& source, const Framework& framework,
                         const CriterionNames& names, ScoreTable& table, const ReadOptions& options,
                         Diagnostics& diagnostics, SheetFacts* facts) {
  const std::string& path = source.path;
  CsvRecord record;
  auto reader = open_with_header(path, options, {with_choices({unit_column()}, options).front()},
                                 record, diagnostics);
  const int errors_before = diagnostics.error_count();
  ScoresFile file{source,
                  framework,
                  names,
                  table,
                  diagnostics,
                  {reader->comma_is_decimal(), options.no_thousands, &options.not_applicable},
                  scores_layout(record, source, framework, names, diagnostics, options),
                  facts};
  if (diagnostics.error_count() > errors_before) return;

  const ScoresLayout& layout = file.layout;
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) return;
    if (has_wrong_field_count(record, layout.width, path, diagnostics)) continue;
    int row = row_of(file, record);
    if (row >= 0) note_group(file, record, row);
    if (row >= 0 && layout.is_long) {
      if (!check_name(record, layout.criterion_column, path, "criterion", diagnostics)) continue;
      const std::string& id = record.fields[layout.criterion_column];
      int leaf = leaf_of(framework, names, id, record.at(path, layout.criterion_column), false,
                         diagnostics);
      if (leaf >= 0) store(file, record, row, leaf, layout.score_column);
    } else if (row >= 0 && already_scored(file, row)) {
      const UnitYear& first = table.rows()[row];
      const Location where = table.where(row);
      diagnostics.error(record.at(path, layout.unit_column),
                        tr("unit '{}' already has scores for {} ({})", table.units()[first.unit],
                           first.year, place_name(where)));
    } else if (row >= 0) {
      for (size_t i = 0; i < layout.width; ++i) {
        if (layout.leaf_of[i] >= 0) store(file, record, row, layout.leaf_of[i], i);
      }
      note_total(file, record, row);
    }
  }
}

void read_scores(const ScoresSource& source, const Framework& framework, ScoreTable& table,
                 const ReadOptions& options, Diagnostics& diagnostics, SheetFacts* facts) {
  const CriterionNames names = criterion_names(framework);
  // The fast path reads UTF-8 as it is, with plain headers and the aliases: a file in an
  // encoding given, or a --column, is the general reader's.
  const bool as_it_is =
      options.encoding == Encoding::kDetect || options.encoding == Encoding::kUtf8;
  if (as_it_is && options.columns.empty() &&
      read_scores_fast(source, framework, names, options.delimiter, table, diagnostics,
                       {0, options.encoding == Encoding::kDetect}))
    return;
  read_scores_general(source, framework, names, table, options, diagnostics, facts);
}

UnitResult RowSums::result(const ScoreTable& table, int row, bool with_fields) const {
  const UnitYear& unit_year = table.rows()[static_cast<size_t>(row)];
  const auto piece = static_cast<size_t>(std::upper_bound(first_rows.begin(), first_rows.end(),
                                                          static_cast<size_t>(row)) -
                                         first_rows.begin()) -
                     1;
  const Subtotal* first =
      pieces[piece].data() + (static_cast<size_t>(row) - first_rows[piece]) * (1 + fields);
  if (!with_fields) return {unit_year.unit, unit_year.year, first[0], {}, {}};
  return {unit_year.unit, unit_year.year, first[0], {first + 1, first + 1 + fields}, {}};
}

std::optional<SummedScores> read_scores_summed(const ScoresSource& source,
                                               const Framework& framework,
                                               const ReadOptions& options,
                                               Diagnostics& diagnostics) {
  if (options.encoding != Encoding::kDetect && options.encoding != Encoding::kUtf8)
    return std::nullopt;
  if (!options.columns.empty()) return std::nullopt;
  return read_summed_fast(source, framework, criterion_names(framework), options.delimiter,
                          diagnostics, {0, options.encoding == Encoding::kDetect});
}

}  // namespace chiso

#include <cmath>

#include "chiso/inputs.h"
#include "chiso/number.h"
#include "chiso/text.h"
#include "io/columns.h"

namespace chiso {

Framework read_framework(const std::string& path, const ReadOptions& options, Diagnostics& diagnostics) {
  const std::vector<ColumnSpec> specs = {
      {"id", {"mã", "mã tiêu chí", "mã số"}, true},
      {"parent", {"cha", "mã cha", "tiêu chí cha", "thuộc"}, true},
      {"name", {"tên", "tên tiêu chí", "nội dung"}, true},
      {"max", {"tối đa", "điểm tối đa", "điểm chuẩn", "maximum"}, true},
      {"owner", {"cơ quan chủ trì", "đơn vị chủ trì", "phụ trách", "chủ trì"}, false},
  };
  enum { kId, kParent, kName, kMax, kOwner };
  CsvRecord record;
  auto reader = open_with_header(path, options.delimiter, record);
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  std::vector<int> column = match_columns(record, path, specs, diagnostics);
  if (diagnostics.error_count() > errors_before) return {};

  std::vector<CriterionRow> rows;
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) return {};
    if (has_wrong_field_count(record, width, path, diagnostics)) continue;
    CriterionRow row;
    row.id = record.fields[column[kId]];
    row.parent = record.fields[column[kParent]];
    row.name = normalise_name(record.fields[column[kName]]);
    if (column[kOwner] >= 0) row.owner = normalise_name(record.fields[column[kOwner]]);
    row.where = record.at(path, column[kId]);
    row.parent_where = record.at(path, column[kParent]);
    row.max_where = record.at(path, column[kMax]);
    if (row.id.empty()) {
      diagnostics.error(row.where, "criterion id is empty");
      continue;
    }
    const std::string& max_text = record.fields[column[kMax]];
    if (!max_text.empty()) {
      std::string why;
      row.max = parse_number(max_text, reader->comma_is_decimal() || record.quoted[column[kMax]], why);
      if (!row.max) {
        diagnostics.error(row.max_where, "maximum '" + max_text + "' " + why);
        continue;
      }
      if (*row.max <= 0) {
        diagnostics.error(row.max_where, "maximum '" + max_text + "' must be greater than 0");
        continue;
      }
    }
    rows.push_back(std::move(row));
  }
  if (diagnostics.error_count() > errors_before) return {};
  if (rows.empty()) {
    diagnostics.error({path, 1, 1}, "the framework has no criteria; add one row per criterion below the header");
    return {};
  }
  return Framework::build(rows, diagnostics);
}

}  // namespace chiso

#include "io/columns.h"

#include <map>

#include "chiso/io/text.h"
#include "chiso/suggest.h"

namespace chiso {
namespace {

constexpr int kMaxErrorsPerFile = 50;

std::string quote_list(const std::vector<std::string>& items) {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i) text += (i ? ", '" : "'") + items[i] + "'";
  return text;
}

}  // namespace

bool names_column(const std::string& header, const ColumnSpec& spec) {
  std::string key = loose_key(header);
  if (key == loose_key(spec.name)) return true;
  for (const std::string& alias : spec.aliases) {
    if (key == loose_key(alias)) return true;
  }
  return false;
}

std::vector<int> match_columns(const CsvRecord& header, const std::string& file,
                               const std::vector<ColumnSpec>& specs, Diagnostics& diagnostics) {
  std::map<std::string, size_t> seen;
  for (size_t i = 0; i < header.fields.size(); ++i) {
    if (header.fields[i].empty()) continue;
    auto [first, inserted] = seen.emplace(loose_key(header.fields[i]), i);
    if (!inserted) {
      diagnostics.error(header.at(file, i), "column '" + header.fields[i] +
                                                "' appears twice in the header (also column " +
                                                std::to_string(header.columns[first->second]) +
                                                ")");
    }
  }
  std::vector<int> found(specs.size(), -1);
  for (size_t s = 0; s < specs.size(); ++s) {
    for (size_t i = 0; i < header.fields.size(); ++i) {
      if (found[s] == -1 && names_column(header.fields[i], specs[s]))
        found[s] = static_cast<int>(i);
    }
    if (found[s] != -1 || !specs[s].required) continue;
    std::vector<std::string> unmatched;
    for (size_t i = 0; i < header.fields.size(); ++i) {
      bool known = false;
      for (size_t other = 0; other < specs.size(); ++other)
        known = known || names_column(header.fields[i], specs[other]);
      if (!known) unmatched.push_back(header.fields[i]);
    }
    std::string hint = closest_match(specs[s].name, unmatched);
    diagnostics.error(header.start(file),
                      "missing column '" + specs[s].name + "'" +
                          (hint.empty() ? "; the header has " + quote_list(header.fields)
                                        : "; did you mean '" + hint + "'?"));
  }
  return found;
}

bool has_wrong_field_count(const CsvRecord& record, size_t expected, const std::string& file,
                           Diagnostics& diagnostics) {
  const size_t count = record.fields.size() + record.dropped;
  if (count == expected) return false;
  size_t place = std::min(count, expected) - (count < expected ? 1 : 0);
  diagnostics.error(record.at(file, place), "row has " + std::to_string(count) +
                                                " fields but the header has " +
                                                std::to_string(expected));
  return true;
}

const ColumnSpec& unit_column() {
  static const ColumnSpec spec{"unit",
                               {"đơn vị", "tên đơn vị", "cơ quan", "đơn vị đánh giá", "địa phương",
                                "tỉnh", "tỉnh, thành phố", "province"},
                               true};
  return spec;
}

const ColumnSpec& year_column(bool required) {
  static const ColumnSpec optional_spec{"year", {"năm", "năm đánh giá"}, false};
  static const ColumnSpec required_spec{"year", {"năm", "năm đánh giá"}, true};
  return required ? required_spec : optional_spec;
}

const ColumnSpec& group_column(bool required) {
  static const ColumnSpec optional_spec{"group", {"nhóm", "khối", "nhóm đơn vị"}, false};
  static const ColumnSpec required_spec{"group", {"nhóm", "khối", "nhóm đơn vị"}, true};
  return required ? required_spec : optional_spec;
}

std::unique_ptr<CsvReader> open_with_header(const std::string& path, const ReadOptions& options,
                                            CsvRecord& header, Diagnostics& diagnostics) {
  auto reader = CsvReader::open(path, options);
  for (const Diagnostic& warning : reader->warnings())
    diagnostics.warning(warning.where, warning.message);
  if (!reader->read_header(header) || (header.fields.size() == 1 && header.fields[0].empty())) {
    throw InputError(reader->start(), "file is empty; it needs a header row and data rows");
  }
  return reader;
}

bool too_many_errors(Diagnostics& diagnostics, int errors_before, const std::string& file) {
  if (diagnostics.error_count() - errors_before < kMaxErrorsPerFile) return false;
  // A note, not an error: the count of errors stays the count of problems found.
  diagnostics.note({file, 0, 0}, "stopped reading after " + std::to_string(kMaxErrorsPerFile) +
                                     " errors; the rest of the file was not checked");
  return true;
}

}  // namespace chiso

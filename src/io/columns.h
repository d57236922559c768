// Matching a header row to the columns a file kind needs, forgiving case, spaces and accents.
#pragma once

#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/io/csv_reader.h"

namespace chiso {

/// A column a file kind knows: its name and the other headers that mean it.
struct ColumnSpec {
  std::string name;
  std::vector<std::string> aliases;  // matched through loose_key: case and accents ignored
  bool required = false;
};

/// The field index of each spec in `header` (-1 when absent). Reports a repeated header and
/// every missing required column, suggesting the closest header present.
std::vector<int> match_columns(const CsvRecord& header, const std::string& file,
                               const std::vector<ColumnSpec>& specs, Diagnostics& diagnostics);

/// Whether `header` names the column `spec`.
bool names_column(const std::string& header, const ColumnSpec& spec);

/// Reports a record whose field count differs from the header's; true when it does.
bool has_wrong_field_count(const CsvRecord& record, size_t expected, const std::string& file,
                           Diagnostics& diagnostics);

/// Columns shared by several file kinds.
const ColumnSpec& unit_column();
const ColumnSpec& year_column(bool required);
const ColumnSpec& group_column(bool required);

/// Opens `path` as `options` say and reads its header; throws InputError when the file is
/// empty. Adds the reader's warnings (a file converted from another encoding) to `diagnostics`.
std::unique_ptr<CsvReader> open_with_header(const std::string& path, const ReadOptions& options,
                                            CsvRecord& header, Diagnostics& diagnostics);

/// Notes when too many errors came from one file, so that a broken 1 GB file does not
/// produce a million messages; true when reading should stop.
bool too_many_errors(Diagnostics& diagnostics, int errors_before, const std::string& file);

}  // namespace chiso

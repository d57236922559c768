// Matching a header row to the columns a file kind needs, forgiving case, spaces and accents,
// and finding that header in a sheet laid out for people: below title rows, over two rows,
// beside an STT column and Excel's empty trailing columns.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/io/csv_reader.h"
#include "chiso/io/read_options.h"

namespace chiso {

/// A column a file kind knows: its name and the other headers that mean it.
struct ColumnSpec {
  std::string name;
  std::vector<std::string> aliases;  // matched through header_key: case and accents ignored
  bool required = false;
  std::string chosen;  // the header --column names for it; matched before the aliases
};

/// The key headers are matched on: loose_key (case, diacritics and repeated spaces ignored),
/// with line breaks and underscores read as spaces ("Tên_đơn\nvị" matches "tên đơn vị").
std::string header_key(std::string_view header);

/// `specs` with the headers --column names in `options` (ColumnSpec::chosen).
std::vector<ColumnSpec> with_choices(std::vector<ColumnSpec> specs, const ReadOptions& options);

/// The field index of each spec in `header` (-1 when absent). Reports a repeated header and
/// every missing required column, suggesting the closest header present.
std::vector<int> match_columns(const CsvRecord& header, const std::string& file,
                               const std::vector<ColumnSpec>& specs, Diagnostics& diagnostics);

/// Whether `header` names the column `spec`.
bool names_column(const std::string& header, const ColumnSpec& spec);

/// Whether `header` heads a column that no file kind reads: a row number (STT, TT, Số thứ tự)
/// or nothing at all.
bool is_ignored_header(const std::string& header);

/// Whether --column's WHAT `what` is a kind of column (unit, year, …), not a criterion id.
bool is_column_kind(const std::string& what);

/// Reports a record whose field count differs from the header's; true when it does.
bool has_wrong_field_count(const CsvRecord& record, size_t expected, const std::string& file,
                           Diagnostics& diagnostics);

/// Columns shared by several file kinds.
const ColumnSpec& unit_column();
const ColumnSpec& year_column(bool required);
const ColumnSpec& group_column(bool required);

/// The rows of a sheet below its header, as SheetRows::next gives them.
class SheetRows {
 public:
  SheetRows(std::unique_ptr<CsvReader> reader, std::optional<CsvRecord> pending,
            std::vector<bool> padded);
  /// The next data row; a row that stops before trailing columns without a header (Excel's
  /// `;;;`) gets them as empty fields. False at the end of the file.
  bool next(CsvRecord& record);
  bool comma_is_decimal() const { return reader_->comma_is_decimal(); }
  char delimiter() const { return reader_->delimiter(); }
  /// Where the file starts: line 1, or cell A1 of a sheet.
  Location start() const { return reader_->start(); }

 private:
  std::unique_ptr<CsvReader> reader_;
  std::optional<CsvRecord> pending_;  // a row read while looking at the header
  std::vector<bool> padded_;          // per header column: may be missing from a row
};

/// Opens `path` and finds its header: the first of the first 30 rows that names every
/// required column of `specs` (rows above it are titles), joined with the row below it when
/// that is a second header row (see the rule in columns.cpp). When no row names them, the
/// first row is the header, and match_columns reports what is missing. Notes the header in
/// options.headers_read, and adds the reader's warnings (a file converted from another
/// encoding) to `diagnostics`. Throws InputError when the file is empty.
std::unique_ptr<SheetRows> open_with_header(const std::string& path, const ReadOptions& options,
                                            const std::vector<ColumnSpec>& specs, CsvRecord& header,
                                            Diagnostics& diagnostics);

/// Notes when too many errors came from one file, so that a broken 1 GB file does not
/// produce a million messages; true when reading should stop.
bool too_many_errors(Diagnostics& diagnostics, int errors_before, const std::string& file);

}  // namespace chiso

// The rows of a workbook's sheet as CSV records: what CsvReader reads instead of lines when
// CsvReader::open is given a workbook, so that every reader reads sheets as it reads CSV.
#pragma once

#include <string>

#include "chiso/io/csv_reader.h"
#include "chiso/io/workbook.h"

namespace chiso {

/// Each row that holds something is one record: a cell's text, or a number cell written as
/// the shortest text that reads back as the same number, with a decimal point. Records are
/// located by cell (Location::cell) in the sheet's display name ("Bang-diem.xlsx:Điểm 2024").
class SheetRecords {
 public:
  explicit SheetRecords(Sheet sheet);

  /// "Bang-diem.xlsx:Điểm 2024".
  const std::string& name() const { return name_; }
  /// The first row that holds something, up to its last cell; false for an empty sheet.
  bool read_header(CsvRecord& header);
  /// The next row, as wide as the header (cells past it kept as CsvReader keeps fields past
  /// the header's count); false after the last row. A formula without a saved value in the
  /// row throws InputError at its cell.
  bool next(CsvRecord& record);

 private:
  bool read_row(CsvRecord& record);

  Sheet sheet_;
  std::string name_;
  size_t next_cell_ = 0;  // the first cell of the next row
  size_t width_ = 0;      // the header's fields; 0 before the header is read
};

}  // namespace chiso

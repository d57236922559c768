// The rows of a workbook's sheet as CSV records: what CsvReader reads instead of lines when
// CsvReader::open is given a workbook, so that every reader reads sheets as it reads CSV.
#pragma once

#include <string>
#include <vector>

#include "chiso/io/csv_reader.h"
#include "chiso/io/read_options.h"
#include "chiso/io/workbook.h"

namespace chiso {

/// Repairs the text cells of `sheet` typed in a legacy font (TCVN3, VNI), decided on all its
/// text cells at once as for a CSV file (legacy_font.h), and returns the warning that says so;
/// throws InputError at the first cell whose letters were lost to '?'. With `encoding` given,
/// no detection: kTcvn3 and kVni repair every text cell silently, the others change nothing
/// (a workbook's text is Unicode by construction).
std::vector<Diagnostic> repair_sheet_text(Sheet& sheet, Encoding encoding);

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
  /// As CsvReader::keep_fields: rows keep `count` fields (the header's width and one more)
  /// from now on; past CsvReader::kMaxColumns, every field up to the row's last cell, as before
  /// the header is read (while a header is looked for below title rows).
  void keep_fields(size_t count) { width_ = count > CsvReader::kMaxColumns ? 0 : count - 1; }

 private:
  bool read_row(CsvRecord& record);

  Sheet sheet_;
  std::string name_;
  size_t next_cell_ = 0;  // the first cell of the next row
  size_t width_ = 0;      // the header's fields; 0 before the header is read
};

}  // namespace chiso

// Reading CSV as spreadsheets export it: separator detected from the header, quotes, BOM,
// CRLF, and a location for every field.
#pragma once

#include <cstdio>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/io/read_options.h"

namespace io {
class LineReader;
class ByteSourceBase;
}  // namespace io

namespace chiso {

class NulMarks;
class SheetRecords;

/// One record of a CSV file: its fields, unquoted and trimmed, and where each began.
struct CsvRecord {
  int line = 0;  // line of the record's first field
  std::vector<std::string> fields;
  std::vector<int> lines;    // line each field starts on (after a quoted line break)
  std::vector<int> columns;  // 1-based column (in characters) of each field
  std::vector<bool> quoted;  // whether each field was quoted
  size_t dropped = 0;        // fields past the header's count + 1: counted, not kept
  std::string sheet;  // for a row of a workbook's sheet: "Bang-diem.xlsx:Điểm 2024"; else empty

  /// Where field `field` starts; the record's start for a field past the end. A sheet's
  /// record is located by cell in `sheet`, whatever `file` is.
  Location at(const std::string& file, size_t field) const {
    if (!sheet.empty()) return {sheet, line, static_cast<int>(field) + 1, true};
    if (field >= columns.size()) return {file, line, 1};
    return {file, lines[field], columns[field]};
  }
  /// Where the record starts: its line, column 1 (a sheet's column A).
  Location start(const std::string& file) const {
    return {sheet.empty() ? file : sheet, line, 1, !sheet.empty()};
  }
};

/// Reads records from a CSV source. Syntax errors (an unclosed quote, a stray quote, invalid
/// UTF-8) throw InputError at their place; records are never half-read.
class CsvReader {
 public:
  /// Opens `path`; throws InputError "cannot open '…': <reason>" when it cannot be read.
  /// options.delimiter 0 means: detect `,`, `;` or tab from the header line. A workbook
  /// (`FILE.xlsx`, `FILE.ods`, `FILE.xlsx:Sheet`: workbook_path()) is read as CSV records of
  /// its sheet's rows (numbers with a decimal point), located by cell; see read_sheet() for
  /// what it throws. A file in another encoding than UTF-8 (options.encoding, or the one found)
  /// is converted to UTF-8 first, line for line (see warnings()); throws InputError when its
  /// letters were lost to '?'.
  static std::unique_ptr<CsvReader> open(const std::string& path, const ReadOptions& options = {});
  /// Reads from `in`, naming it `name` in diagnostics (for tests and standard input).
  CsvReader(const std::string& name, std::istream& in, char delimiter = 0);
  ~CsvReader();

  /// The most columns a header may have; a longer one throws InputError.
  static constexpr size_t kMaxColumns = 10000;

  /// Reads the header record; false when the file has no line at all. A data record keeps at
  /// most one field more than the header and counts the rest (CsvRecord::dropped), so that a
  /// 16 MB line of commas takes no more memory than a short one.
  bool read_header(CsvRecord& header);
  /// Reads the next non-blank record; false at the end of the file.
  bool next(CsvRecord& record);
  /// Lets each record read from now on keep `count` fields (at most kMaxColumns + 1), for a
  /// header found below title rows, which may be wider than the first line.
  void keep_fields(size_t count);

  /// The file's name in diagnostics: the path, or "Bang-diem.xlsx:Điểm 2024" for a sheet.
  const std::string& file() const { return name_; }
  /// What open() says about the file as a whole: that it was converted, from what, and how
  /// to avoid it. For the caller's Diagnostics.
  const std::vector<Diagnostic>& warnings() const { return warnings_; }
  /// Where the file starts: line 1, or cell A1 of a sheet.
  Location start() const { return {name_, 1, 1, sheet_ != nullptr}; }
  char delimiter() const { return delimiter_; }
  /// Whether an unquoted `,` in a number is a decimal comma (when the separator is `;` or tab).
  bool comma_is_decimal() const { return delimiter_ == ';' || delimiter_ == '\t'; }

 private:
  CsvReader(std::string name, std::unique_ptr<io::ByteSourceBase> bytes, char delimiter);
  static std::unique_ptr<CsvReader> open_converted(const std::string& path, std::FILE* file,
                                                   const ReadOptions& options);
  explicit CsvReader(std::unique_ptr<SheetRecords> sheet);
  bool split(CsvRecord& record);
  InputError invalid_utf8(std::string_view text, int line, size_t bad) const;

  std::string name_;
  std::unique_ptr<NulMarks>
      nuls_;  // where the file had NUL bytes; outlives lines_, which writes it
  std::unique_ptr<io::LineReader> lines_;
  char delimiter_;
  std::string_view pending_;         // the physical line being split, in the line reader's buffer
  size_t max_fields_ = kMaxColumns;  // fields a record keeps
  bool dropped_text_ = false;        // whether a field past max_fields_ had text
  std::vector<Diagnostic> warnings_;
  std::unique_ptr<SheetRecords> sheet_;  // a workbook's sheet, read instead of lines_
};

}  // namespace chiso

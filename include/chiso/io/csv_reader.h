// Reading CSV as spreadsheets export it: separator detected from the header, quotes, BOM,
// CRLF, and a location for every field.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chiso/diagnostic.h"

namespace io {
class LineReader;
class ByteSourceBase;
}  // namespace io

namespace chiso {

class NulMarks;

/// One record of a CSV file: its fields, unquoted and trimmed, and where each began.
struct CsvRecord {
  int line = 0;  // line of the record's first field
  std::vector<std::string> fields;
  std::vector<int> lines;    // line each field starts on (after a quoted line break)
  std::vector<int> columns;  // 1-based column (in characters) of each field
  std::vector<bool> quoted;  // whether each field was quoted
  size_t dropped = 0;        // fields past the header's count + 1: counted, not kept

  /// Where field `field` starts; the record's start for a field past the end.
  Location at(const std::string& file, size_t field) const {
    if (field >= columns.size()) return {file, line, 1};
    return {file, lines[field], columns[field]};
  }
};

/// Reads records from a CSV source. Syntax errors (an unclosed quote, a stray quote, invalid
/// UTF-8) throw InputError at their place; records are never half-read.
class CsvReader {
 public:
  /// Opens `path`; throws InputError "cannot open '…': <reason>" when it cannot be read.
  /// `delimiter` 0 means: detect `,`, `;` or tab from the header line.
  static std::unique_ptr<CsvReader> open(const std::string& path, char delimiter = 0);
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
  void keep_fields(size_t count) { max_fields_ = count < kMaxColumns ? count : kMaxColumns + 1; }

  const std::string& file() const { return name_; }
  char delimiter() const { return delimiter_; }
  /// Whether an unquoted `,` in a number is a decimal comma (when the separator is `;` or tab).
  bool comma_is_decimal() const { return delimiter_ == ';' || delimiter_ == '\t'; }

 private:
  CsvReader(std::string name, std::unique_ptr<io::ByteSourceBase> bytes, char delimiter);
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
};

}  // namespace chiso

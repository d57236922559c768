// Problems found in the input, with the place they were found.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace chiso {

/// A place in an input file: 1-based line and column (columns count characters); 0 = unknown.
/// A cell of a workbook's sheet is a Location with `cell` set: `file` is the sheet's display
/// name ("Bang-diem.xlsx:Điểm 2024"), `line` its row and `column` its column number (1 is A).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
  bool cell = false;

  friend bool operator==(const Location&, const Location&) = default;
};

/// The letters of 1-based column `column` in a sheet: 1 is "A", 26 "Z", 27 "AA".
std::string column_letters(int column);

/// How a message names the place `where` in its text: "scores.csv line 7", or
/// "Bang-diem.xlsx:Điểm 2024!F12" for a sheet's cell.
std::string place_name(const Location& where);

/// How a message names the line of `where` in the file it is about: "line 7", or "row 7" of a
/// sheet.
std::string line_name(const Location& where);

/// kNote: a remark about the run itself (reading a file stopped), counted as neither.
enum class Severity { kError, kWarning, kNote };

/// One problem with the input: where it is, how bad, and what to do about it.
struct Diagnostic {
  Location where;
  Severity severity = Severity::kError;
  std::string message;

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Collects the problems of a run so that all of them can be reported at once.
class Diagnostics {
 public:
  void error(Location where, std::string message);
  /// A warning; an error, marked "(--strict)", once set_strict() was called.
  void warning(Location where, std::string message);
  void note(Location where, std::string message);
  /// Makes every warning from now on an error, for runs that must not go on with a doubt.
  void set_strict(bool strict) { strict_ = strict; }
  void append(const std::vector<Diagnostic>& more);

  /// True when at least one error (not warning) was collected.
  bool has_errors() const;
  int error_count() const;
  int warning_count() const;
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  void add(Diagnostic diagnostic);

  std::vector<Diagnostic> items_;
  int errors_ = 0;  // counted as they come: readers ask after every row
  int warnings_ = 0;
  bool strict_ = false;
};

/// Thrown when input cannot be used; carries every problem found so far.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  /// A single error at one place.
  InputError(Location where, std::string message);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace chiso

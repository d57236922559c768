// Reading one sheet of an .xlsx or .ods workbook into cells, with liborcus.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace chiso {

/// A workbook named on the command line: `Bang-diem.xlsx`, or `Bang-diem.xlsx:Điểm 2024` for
/// one of its sheets.
struct WorkbookPath {
  std::string file;                  // the workbook's path
  std::optional<std::string> sheet;  // the sheet asked for; the first sheet when absent

  friend bool operator==(const WorkbookPath&, const WorkbookPath&) = default;
};

/// The workbook `path` names, or nothing for another file: a path ending in .xlsx, .ods or .xls
/// (any case), or one of these followed by `:` and a sheet name (after the last `:`, which no
/// sheet name holds).
std::optional<WorkbookPath> workbook_path(const std::string& path);

/// What a sheet's cell holds.
enum class CellKind { kText, kNumber, kFormulaWithoutValue };

/// One cell of a sheet that holds something; a formula's cell holds its saved result.
struct SheetCell {
  int row = 0;     // 1-based
  int column = 0;  // 1-based: 1 is A, 27 is AA
  CellKind kind = CellKind::kText;
  std::string text;   // kText: the text (UTF-8); kFormulaWithoutValue: the formula
  double number = 0;  // kNumber

  friend bool operator==(const SheetCell&, const SheetCell&) = default;
};

/// The cells of one sheet that hold something, by row then column.
struct Sheet {
  std::string file;  // the workbook's path
  std::string name;  // the sheet's name
  std::vector<SheetCell> cells;

  /// How diagnostics name the sheet: "Bang-diem.xlsx:Điểm 2024".
  std::string display_name() const { return file + ":" + name; }
};

/// Reads sheet `path.sheet` (the first sheet when none is named) of the .xlsx or .ods workbook
/// `path.file`. Throws InputError when the file cannot be opened, is an .xls, or is not a valid
/// workbook; UnknownSheet when no sheet has the name asked for.
Sheet read_sheet(const WorkbookPath& path);

/// Thrown when a workbook has no sheet of the name asked for: a usage error, whose message
/// lists the sheets it has.
class UnknownSheet : public std::runtime_error {
 public:
  explicit UnknownSheet(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace chiso

#include "io/sheet_records.h"

#include <fmt/format.h>

#include <optional>
#include <utility>

#include "chiso/diagnostic.h"
#include "chiso/message.h"
#include "io/legacy_font.h"

namespace chiso {

std::vector<Diagnostic> repair_sheet_text(Sheet& sheet, Encoding encoding) {
  LegacyFont font = encoding == Encoding::kTcvn3 ? LegacyFont::kTcvn3
                    : encoding == Encoding::kVni ? LegacyFont::kVni
                                                 : LegacyFont::kNone;
  std::vector<Diagnostic> warnings;
  if (encoding == Encoding::kDetect) {
    WordSet words;
    for (const SheetCell& cell : sheet.cells) {
      if (cell.kind != CellKind::kText) continue;
      if (std::optional<LostLetter> lost = find_lost_letter(cell.text)) {
        throw InputError({sheet.display_name(), cell.row, cell.column, true},
                         lost_letters_message(lost->word));
      }
      words.add(cell.text);
    }
    font = detect_legacy_font(words);
    if (font != LegacyFont::kNone) {
      warnings.push_back(
          {{sheet.display_name(), 0, 0}, Severity::kWarning, legacy_font_message(words, font)});
    }
  }
  if (font == LegacyFont::kNone) return warnings;
  for (SheetCell& cell : sheet.cells) {
    if (cell.kind == CellKind::kText) cell.text = repair_legacy_font(cell.text, font);
  }
  return warnings;
}
namespace {

// 2.5 as "2.5", 3 as "3", 0.1 as "0.1": the shortest text that reads back as the same double,
// so that the readers parse it as they parse the same number typed in a CSV file.
std::string number_text(double number) { return fmt::format("{}", number); }

}  // namespace

SheetRecords::SheetRecords(Sheet sheet) : sheet_(std::move(sheet)), name_(sheet_.display_name()) {}

bool SheetRecords::read_header(CsvRecord& header) {
  if (!read_row(header)) return false;
  if (header.fields.size() + header.dropped > CsvReader::kMaxColumns) {
    throw InputError({name_, header.line, 1, true},
                     tr("the header has more than {} columns; chiso reads at most {}",
                        CsvReader::kMaxColumns, CsvReader::kMaxColumns));
  }
  width_ = header.fields.size();
  return true;
}

bool SheetRecords::next(CsvRecord& record) { return read_row(record); }

// Fields run from column A to the row's last cell, or to the header's width when the row ends
// before it (as a spreadsheet's CSV export writes empty fields up to the table's width); a data
// row keeps one field past the header's width and counts the rest, as CsvReader does.
bool SheetRecords::read_row(CsvRecord& record) {
  const std::vector<SheetCell>& cells = sheet_.cells;
  if (next_cell_ >= cells.size()) return false;
  const int row = cells[next_cell_].row;
  size_t end = next_cell_;
  while (end < cells.size() && cells[end].row == row) ++end;
  const auto last_column = static_cast<size_t>(cells[end - 1].column);
  const size_t kept = width_ == 0 ? std::min(last_column, CsvReader::kMaxColumns + 1)
                                  : std::min(std::max(last_column, width_), width_ + 1);
  record.line = row;
  record.sheet = name_;
  record.dropped = last_column > kept ? last_column - kept : 0;
  record.fields.assign(kept, std::string());
  record.lines.assign(kept, row);
  record.quoted.assign(kept, false);
  record.columns.resize(kept);
  for (size_t i = 0; i < kept; ++i) record.columns[i] = static_cast<int>(i) + 1;
  for (size_t at = next_cell_; at < end; ++at) {
    const SheetCell& cell = cells[at];
    if (cell.kind == CellKind::kFormulaWithoutValue) {
      throw InputError({name_, row, cell.column, true},
                       tr("formula '{}' has no saved value; open the workbook in Excel or "
                          "LibreOffice, check that the formula gives a value, and save it again",
                          cell.text));
    }
    const auto field = static_cast<size_t>(cell.column) - 1;
    if (field >= kept) continue;
    // A text cell is read as a quoted CSV field is: as it is typed, a comma in a number
    // being a decimal comma.
    record.fields[field] = cell.kind == CellKind::kNumber ? number_text(cell.number) : cell.text;
    record.quoted[field] = cell.kind == CellKind::kText;
  }
  next_cell_ = end;
  return true;
}

}  // namespace chiso

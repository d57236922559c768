#include "io/workbook_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "chiso/io/text.h"

namespace chiso {

std::vector<SheetCell> SheetCells::take_cells() {
  // A cell given twice keeps the later value, as the spreadsheet shows it.
  std::stable_sort(cells_.begin(), cells_.end(), [](const SheetCell& a, const SheetCell& b) {
    return std::tie(a.row, a.column) < std::tie(b.row, b.column);
  });
  std::vector<SheetCell> unique;
  for (SheetCell& cell : cells_) {
    if (!unique.empty() && unique.back().row == cell.row && unique.back().column == cell.column)
      unique.pop_back();
    unique.push_back(std::move(cell));
  }
  cells_.clear();
  return unique;
}

void SheetCells::add(SheetCell cell) {
  if (!keep_ || (cell.kind == CellKind::kText && trim(cell.text).empty())) return;
  cells_.push_back(std::move(cell));
}

void SheetCells::set_date_time(row_t row, col_t col, int year, int month, int day, int hour,
                               int minute, double second) {
  add_text(row, col,
           hour == 0 && minute == 0 && second == 0
               ? fmt::format("{:04}-{:02}-{:02}", year, month, day)
               : fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", year, month, day, hour, minute,
                             static_cast<int>(second)));
}

void SheetCells::fill_down_cells(row_t row, col_t col, row_t range_size) {
  auto source = std::find_if(cells_.rbegin(), cells_.rend(), [&](const SheetCell& cell) {
    return cell.row == row + 1 && cell.column == col + 1;
  });
  if (source == cells_.rend()) return;
  const SheetCell copy = *source;
  for (row_t r = 1; r <= range_size; ++r) {
    cells_.push_back(copy);
    cells_.back().row = row + 1 + r;
  }
}

orcus::spreadsheet::src_address_t References::resolve_address(std::string_view address) {
  if (const size_t bang = address.rfind('!'); bang != std::string_view::npos)
    address.remove_prefix(bang + 1);
  orcus::spreadsheet::src_address_t place{0, 0, 0};
  int column = 0;
  int row = 0;
  for (char c : address) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z' && row == 0 && column < 16384) column = column * 26 + (c - 'A' + 1);
    if (c >= '0' && c <= '9' && row < 1048576) row = row * 10 + (c - '0');
  }
  place.column = std::max(column, 1) - 1;
  place.row = std::max(row, 1) - 1;
  return place;
}

orcus::spreadsheet::src_range_t References::resolve_range(std::string_view range) {
  const size_t colon = range.find(':');
  const auto first = resolve_address(range.substr(0, colon));
  if (colon == std::string_view::npos) return {first, first};
  return {first, resolve_address(range.substr(colon + 1))};
}

iface::import_sheet* WorkbookCells::append_sheet(orcus::spreadsheet::sheet_t,
                                                 std::string_view name) {
  names_.emplace_back(name);
  const bool wanted = wanted_ ? *wanted_ == name : names_.size() == 1;
  if (wanted && !chosen_) chosen_ = names_.size() - 1;
  return get_sheet(static_cast<orcus::spreadsheet::sheet_t>(names_.size() - 1));
}

iface::import_sheet* WorkbookCells::get_sheet(std::string_view name) {
  auto found = std::find(names_.begin(), names_.end(), name);
  if (found == names_.end()) return nullptr;
  return get_sheet(static_cast<orcus::spreadsheet::sheet_t>(found - names_.begin()));
}

iface::import_sheet* WorkbookCells::get_sheet(orcus::spreadsheet::sheet_t index) {
  if (index < 0 || static_cast<size_t>(index) >= names_.size()) return nullptr;
  if (chosen_ && *chosen_ == static_cast<size_t>(index)) return &chosen_cells_;
  return &ignored_;
}

}  // namespace chiso

#include "io/workbook_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "chiso/io/text.h"

namespace chiso {

namespace {

// 0.8513 as "85.13%": the shortest text of the number with its decimal point moved two places,
// exact where multiplying by 100 would not be (0.8513 * 100 is 85.13000000000001).
std::string percent_text(double number) {
  std::string text = fmt::format("{}", number);
  if (text.find_first_of("en") != std::string::npos) return fmt::format("{}%", number * 100);
  const std::string sign = text[0] == '-' ? "-" : "";
  if (!sign.empty()) text.erase(0, 1);
  const size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
  fraction.resize(std::max<size_t>(fraction.size(), 2), '0');
  whole += fraction.substr(0, 2);
  fraction.erase(0, 2);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  return sign + whole + (fraction.empty() ? "" : "." + fraction) + "%";
}

}  // namespace

std::vector<SheetCell> SheetCells::take_cells(const Styles& styles) {
  // A cell given twice keeps the later value, as the spreadsheet shows it.
  auto by_place = [](const auto& a, const auto& b) {
    return std::tie(a.row, a.column) < std::tie(b.row, b.column);
  };
  std::stable_sort(cells_.begin(), cells_.end(), by_place);
  std::stable_sort(formats_.begin(), formats_.end(), by_place);
  std::vector<SheetCell> unique;
  auto format = formats_.begin();
  for (SheetCell& cell : cells_) {
    if (!unique.empty() && unique.back().row == cell.row && unique.back().column == cell.column)
      unique.pop_back();
    while (format != formats_.end() && by_place(*format, cell)) ++format;
    if (cell.kind == CellKind::kNumber && format != formats_.end() && !by_place(cell, *format) &&
        styles.is_percent(format->xf)) {
      cell = {cell.row, cell.column, CellKind::kText, percent_text(cell.number), 0};
    }
    unique.push_back(std::move(cell));
  }
  cells_.clear();
  return unique;
}

size_t Styles::commit_number_format() {
  codes_[format_id_] = format_code_;
  format_id_ = 0;
  format_code_.clear();
  return number_formats_++;
}

size_t Styles::commit_cell_xf() {
  xf_format_ids_.push_back(xf_format_id_);
  xf_format_id_ = 0;
  return cell_xfs_++;
}

bool Styles::is_percent(size_t xf) const {
  if (xf >= xf_format_ids_.size()) return false;
  const size_t id = xf_format_ids_[xf];
  if (id == 9 || id == 10) return true;  // Excel's built-in "0%" and "0.00%"
  auto found = codes_.find(id);
  if (found == codes_.end()) return false;
  // A '%' that is not quoted ("%"), escaped (\%) or in brackets ([Red]) multiplies by 100.
  bool quoted = false;
  int brackets = 0;
  const std::string& code = found->second;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      ++brackets;
    } else if (c == ']') {
      brackets = std::max(brackets - 1, 0);
    } else if (c == '%' && brackets == 0) {
      return true;
    }
  }
  return false;
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

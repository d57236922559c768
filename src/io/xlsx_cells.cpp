#include "io/xlsx_cells.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <system_error>

#include "chiso/io/output_set.h"
#include "chiso/message.h"

namespace chiso {
namespace {

constexpr uint8_t kPaperA4 = 9;
constexpr double kHeaderHeight = 66;  // points: four lines of a wrapped heading

// Excel's limit of a cell's text, in characters as Excel counts them (UTF-16 code units).
constexpr size_t kMostCellCharacters = 32767;

// The length of `text` as Excel counts it: a character beyond U+FFFF counts twice.
size_t excel_length(std::string_view text) {
  size_t length = 0;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) length += byte >= 0xF0 ? 2 : 1;
  }
  return length;
}

// `text` cut to kMostCellCharacters with its last character "…".
std::string cut_to_cell(std::string_view text) {
  size_t length = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;
    length += byte >= 0xF0 ? 2 : 1;
    if (length > kMostCellCharacters - 1) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

}  // namespace

void check_xlsx(lxw_error error) {
  if (error != LXW_NO_ERROR) {
    throw OutputError(tr("cannot write '{}': {}", "ranking.xlsx", lxw_strerror(error)));
  }
}

ScratchFile::~ScratchFile() {
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

std::string ScratchFile::folder() const {
  return std::filesystem::path(path_).parent_path().string();
}

std::string ScratchFile::bytes() const {
  std::ifstream in(path_, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in) throw OutputError(tr("cannot write '{}': {}", path_, std::strerror(errno)));
  return content.str();
}

std::string number_format(int decimals, bool sign) {
  const std::string digits =
      decimals > 0 ? "0." + std::string(static_cast<size_t>(decimals), '0') : std::string("0");
  return sign ? "+" + digits + ";-" + digits + ";" + digits : digits;
}

void TextCells::write(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column,
                      const std::string& text, lxw_format* format) {
  const size_t length = excel_length(text);
  if (length <= kMostCellCharacters) {
    check_xlsx(worksheet_write_string(sheet, row, column, text.c_str(), format));
    return;
  }
  if (warned_.insert(text).second) {
    const Location cell{std::string("ranking.xlsx:") + sheet->name, static_cast<int>(row) + 1,
                        static_cast<int>(column) + 1, true};
    diagnostics_.warning(cell, tr("a text of {} characters, more than the {} an Excel cell "
                                  "holds: the workbook shows its first {} and '…' here and "
                                  "wherever it recurs; the other files hold it whole",
                                  length, kMostCellCharacters, kMostCellCharacters - 1));
  }
  check_xlsx(worksheet_write_string(sheet, row, column, cut_to_cell(text).c_str(), format));
}

Formats::Formats(lxw_workbook* workbook, int decimals) {
  auto make = [&] {
    lxw_format* format = workbook_add_format(workbook);
    format_set_font_name(format, "Times New Roman");
    format_set_font_size(format, 12);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    return format;
  };
  heading = make();
  format_set_bold(heading);
  format_set_text_wrap(heading);
  format_set_align(heading, LXW_ALIGN_CENTER);
  format_set_bg_color(heading, 0xD9D9D9);
  text = make();
  integer = make();
  format_set_num_format(integer, "0");
  number = make();
  format_set_num_format(number, number_format(decimals).c_str());
  change = make();
  format_set_num_format(change, number_format(decimals, true).c_str());
  percent = make();
  format_set_num_format(percent, "0.00");
  for (lxw_color_t fill : kBandFills) {
    lxw_format* band = make();
    format_set_bg_color(band, fill);
    format_set_align(band, LXW_ALIGN_CENTER);
    bands.push_back(band);
  }
  for (lxw_color_t bar : kBandBars) bars.push_back({.color = bar});
}

void lay_out(lxw_worksheet* sheet, const std::vector<SheetColumn>& columns, size_t rows,
             const Formats& formats, const WorkbookWords& words, const std::string& header,
             TextCells& cells) {
  for (size_t c = 0; c < columns.size(); ++c) {
    const auto column = static_cast<lxw_col_t>(c);
    check_xlsx(worksheet_set_column(sheet, column, column, columns[c].width, nullptr));
    cells.write(sheet, 0, column, columns[c].heading, formats.heading);
  }
  check_xlsx(worksheet_set_row(sheet, 0, kHeaderHeight, nullptr));
  worksheet_freeze_panes(sheet, 1, 0);
  const auto last_column = static_cast<lxw_col_t>(columns.size() - 1);
  check_xlsx(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows), last_column));
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, kPaperA4);
  worksheet_fit_to_pages(sheet, 1, 0);
  check_xlsx(worksheet_repeat_rows(sheet, 0, 0));
  // Excel's header codes: '&' starts one, "&&" is an ampersand; 255 characters at most.
  std::string centred = "&C";
  for (char c : header) centred += c == '&' ? std::string("&&") : std::string(1, c);
  if (centred.size() <= 255) check_xlsx(worksheet_set_header(sheet, centred.c_str()));
  check_xlsx(worksheet_set_footer(sheet, (std::string("&C") + words.page).c_str()));
}

}  // namespace chiso

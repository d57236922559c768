// What the sheets of ranking.xlsx are written with: the bands' colours, the workbook's formats,
// texts cut to what a cell holds, a sheet's headings and page set-up, and the scratch file
// libxlsxwriter writes the workbook into. xlsx_writer.cpp writes the sheets with them.
#pragma once

#include <xlsxwriter.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "chiso/diagnostic.h"
#include "io/xlsx_words.h"

namespace chiso {

/// Fills of the bands' cells, best band first: light enough to read the text on and to print;
/// and of their bars in the charts, the same hues darker.
constexpr lxw_color_t kBandFills[] = {0xC6EFCE, 0xDDEBF7, 0xFFEB9C, 0xFCE4D6, 0xFFC7CE, 0xE7E6E6};
constexpr lxw_color_t kBandBars[] = {0x63BE7B, 0x5B9BD5, 0xFFC000, 0xED7D31, 0xC0504D, 0xA5A5A5};
constexpr lxw_color_t kNoBandBar = 0x7F7F7F;

/// Throws OutputError when libxlsxwriter reports `error`.
void check_xlsx(lxw_error error);

/// The file libxlsxwriter writes the workbook into (it writes only to a path), in the output
/// set's scratch folder, removed when read back.
class ScratchFile {
 public:
  explicit ScratchFile(std::string path) : path_(std::move(path)) {}
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  ~ScratchFile();
  const std::string& path() const { return path_; }
  /// The scratch folder, where libxlsxwriter keeps its own temporary files too.
  std::string folder() const;
  std::string bytes() const;

 private:
  std::string path_;
};

/// The number format of `decimals` places: "0.00"; with `sign`, a '+' before a rise.
std::string number_format(int decimals, bool sign = false);

/// Writes the texts of a workbook's cells. A text longer than a cell holds (a name pasted with a
/// whole document) would make libxlsxwriter refuse the workbook, and the run lose every file:
/// it is cut in the workbook only, visibly ("…"), with a warning at its first cell.
class TextCells {
 public:
  explicit TextCells(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void write(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text,
             lxw_format* format);

 private:
  Diagnostics& diagnostics_;
  std::set<std::string> warned_;
};

/// The formats of a workbook, made once.
struct Formats {
  lxw_format* heading = nullptr;
  lxw_format* text = nullptr;
  lxw_format* integer = nullptr;
  lxw_format* number = nullptr;      // the run's decimals
  lxw_format* change = nullptr;      // the run's decimals, signed
  lxw_format* percent = nullptr;     // two decimals, as lost-points.csv writes shares
  std::vector<lxw_format*> bands;    // kBandFills, in order
  std::vector<lxw_chart_fill> bars;  // kBandBars, in order

  Formats(lxw_workbook* workbook, int decimals);
};

/// One column of a sheet: its heading and width (in characters).
struct SheetColumn {
  std::string heading;
  double width;
};

/// A sheet's headings in row 1, frozen, filtered and printed on every page, with the page set
/// up: A4 landscape, one page wide, page numbers in the footer.
void lay_out(lxw_worksheet* sheet, const std::vector<SheetColumn>& columns, size_t rows,
             const Formats& formats, const WorkbookWords& words, const std::string& header,
             TextCells& cells);

}  // namespace chiso

// liborcus's import interfaces, implemented to receive one sheet's cells (src/io/workbook.cpp).
// orcus's own spreadsheet model needs a formula engine (ixion) and computes nothing chiso
// needs: a workbook's values are the ones it was saved with.
#pragma once

#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <orcus/spreadsheet/import_interface.hpp>
#include <string>
#include <vector>

#include "chiso/io/workbook.h"

namespace chiso {

namespace iface = orcus::spreadsheet::iface;
class Styles;
using row_t = orcus::spreadsheet::row_t;
using col_t = orcus::spreadsheet::col_t;

// The cells of one sheet as orcus hands them over, in any order (all let go when `keep` is
// false: a sheet not asked for). orcus does not compute formulas: a formula's cell holds its
// saved result, or none.
class SheetCells : public iface::import_sheet {
 public:
  SheetCells(const std::vector<std::string>& strings, bool keep)
      : strings_(strings), keep_(keep), formula_(*this), array_formula_(*this) {}

  /// The cells, by row then column; a number shown as a percentage (`styles`) is the text it
  /// shows, in full: 0.8513 as "85.13%".
  std::vector<SheetCell> take_cells(const Styles& styles);

  void add(SheetCell cell);
  void add_text(row_t row, col_t col, std::string_view text) {
    add({row + 1, col + 1, CellKind::kText, std::string(text), 0});
  }
  void add_number(row_t row, col_t col, double value) {
    add({row + 1, col + 1, CellKind::kNumber, {}, value});
  }

  iface::import_formula* get_formula() override { return &formula_; }
  iface::import_array_formula* get_array_formula() override { return &array_formula_; }
  void set_auto(row_t row, col_t col, std::string_view s) override { add_text(row, col, s); }
  void set_string(row_t row, col_t col, orcus::spreadsheet::string_id_t sindex) override {
    if (sindex < strings_.size()) add_text(row, col, strings_[sindex]);
  }
  void set_value(row_t row, col_t col, double value) override { add_number(row, col, value); }
  void set_bool(row_t row, col_t col, bool value) override {
    add_text(row, col, value ? "TRUE" : "FALSE");
  }
  void set_date_time(row_t row, col_t col, int year, int month, int day, int hour, int minute,
                     double second) override;
  void set_format(row_t row, col_t col, size_t xf) override {
    if (keep_) formats_.push_back({row + 1, col + 1, xf});
  }
  void set_format(row_t, col_t, row_t, col_t, size_t) override {}
  void fill_down_cells(row_t row, col_t col, row_t range_size) override;
  orcus::spreadsheet::range_size_t get_sheet_size() const override {
    return {1048576, 16384};  // Excel's largest sheet
  }

 private:
  // One formula cell at a time, committed with its saved result or without one.
  class Formula : public iface::import_formula {
   public:
    explicit Formula(SheetCells& sheet) : sheet_(sheet) {}
    void set_position(row_t row, col_t col) override {
      cell_ = SheetCell{row + 1, col + 1, CellKind::kFormulaWithoutValue, {}, 0};
    }
    void set_formula(orcus::spreadsheet::formula_grammar_t, std::string_view formula) override {
      cell_.text = "=";
      cell_.text.append(formula);
    }
    void set_shared_formula_index(size_t) override {}
    void set_result_string(std::string_view value) override {
      cell_.kind = CellKind::kText;
      cell_.text.assign(value);
    }
    void set_result_value(double value) override {
      if (std::isnan(value)) return;  // orcus reads an empty saved value, <v></v>, as NaN
      cell_.kind = CellKind::kNumber;
      cell_.number = value;
    }
    void set_result_bool(bool value) override { set_result_string(value ? "TRUE" : "FALSE"); }
    void set_result_empty() override {}
    void commit() override { sheet_.add(std::move(cell_)); }

   private:
    SheetCells& sheet_;
    SheetCell cell_;
  };

  // A formula over a range: each cell's saved result is the cell's value.
  class ArrayFormula : public iface::import_array_formula {
   public:
    explicit ArrayFormula(SheetCells& sheet) : sheet_(sheet) {}
    void set_range(const orcus::spreadsheet::range_t&) override {}
    void set_formula(orcus::spreadsheet::formula_grammar_t, std::string_view) override {}
    void set_result_string(row_t row, col_t col, std::string_view value) override {
      sheet_.add_text(row, col, value);
    }
    void set_result_value(row_t row, col_t col, double value) override {
      sheet_.add_number(row, col, value);
    }
    void set_result_bool(row_t row, col_t col, bool value) override {
      sheet_.set_bool(row, col, value);
    }
    void set_result_empty(row_t, col_t) override {}
    void commit() override {}

   private:
    SheetCells& sheet_;
  };

  struct Format {
    int row;
    int column;
    size_t xf;
  };
  const std::vector<std::string>& strings_;
  bool keep_;
  std::vector<SheetCell> cells_;
  std::vector<Format> formats_;  // the cell format of each cell that has one
  Formula formula_;
  ArrayFormula array_formula_;
};

// The strings a workbook shares between its cells, rich text flattened to plain text.
class SharedStrings : public iface::import_shared_strings {
 public:
  const std::vector<std::string>& strings() const { return strings_; }

  size_t append(std::string_view s) override {
    strings_.emplace_back(s);
    return strings_.size() - 1;
  }
  size_t add(std::string_view s) override { return append(s); }
  void set_segment_font(size_t) override {}
  void set_segment_bold(bool) override {}
  void set_segment_italic(bool) override {}
  void set_segment_font_name(std::string_view) override {}
  void set_segment_font_size(double) override {}
  void set_segment_font_color(orcus::spreadsheet::color_elem_t, orcus::spreadsheet::color_elem_t,
                              orcus::spreadsheet::color_elem_t,
                              orcus::spreadsheet::color_elem_t) override {}
  void append_segment(std::string_view s) override { segments_.append(s); }
  size_t commit_segments() override {
    const size_t index = append(segments_);
    segments_.clear();
    return index;
  }

 private:
  std::vector<std::string> strings_;
  std::string segments_;
};

// The workbook's styles: orcus's .ods import needs somewhere to put them; chiso reads only
// which cell formats show numbers as percentages.
class Styles : public iface::import_styles {
 public:
  using color = orcus::spreadsheet::color_elem_t;
  /// Whether cell format `xf` shows a number as a percentage (0.8513 as 85.13%).
  bool is_percent(size_t xf) const;

  void set_font_count(size_t) override {}
  void set_font_bold(bool) override {}
  void set_font_italic(bool) override {}
  void set_font_name(std::string_view) override {}
  void set_font_size(double) override {}
  void set_font_underline(orcus::spreadsheet::underline_t) override {}
  void set_font_underline_width(orcus::spreadsheet::underline_width_t) override {}
  void set_font_underline_mode(orcus::spreadsheet::underline_mode_t) override {}
  void set_font_underline_type(orcus::spreadsheet::underline_type_t) override {}
  void set_font_underline_color(color, color, color, color) override {}
  void set_font_color(color, color, color, color) override {}
  void set_strikethrough_style(orcus::spreadsheet::strikethrough_style_t) override {}
  void set_strikethrough_type(orcus::spreadsheet::strikethrough_type_t) override {}
  void set_strikethrough_width(orcus::spreadsheet::strikethrough_width_t) override {}
  void set_strikethrough_text(orcus::spreadsheet::strikethrough_text_t) override {}
  size_t commit_font() override { return fonts_++; }
  void set_fill_count(size_t) override {}
  void set_fill_pattern_type(orcus::spreadsheet::fill_pattern_t) override {}
  void set_fill_fg_color(color, color, color, color) override {}
  void set_fill_bg_color(color, color, color, color) override {}
  size_t commit_fill() override { return fills_++; }
  void set_border_count(size_t) override {}
  void set_border_style(orcus::spreadsheet::border_direction_t,
                        orcus::spreadsheet::border_style_t) override {}
  void set_border_color(orcus::spreadsheet::border_direction_t, color, color, color,
                        color) override {}
  void set_border_width(orcus::spreadsheet::border_direction_t, double,
                        orcus::length_unit_t) override {}
  size_t commit_border() override { return borders_++; }
  void set_cell_hidden(bool) override {}
  void set_cell_locked(bool) override {}
  void set_cell_print_content(bool) override {}
  void set_cell_formula_hidden(bool) override {}
  size_t commit_cell_protection() override { return protections_++; }
  void set_number_format_count(size_t) override {}
  void set_number_format_identifier(size_t id) override { format_id_ = id; }
  void set_number_format_code(std::string_view code) override { format_code_.assign(code); }
  size_t commit_number_format() override;
  void set_cell_xf_count(size_t) override {}
  void set_cell_style_xf_count(size_t) override {}
  void set_dxf_count(size_t) override {}
  void set_xf_font(size_t) override {}
  void set_xf_fill(size_t) override {}
  void set_xf_border(size_t) override {}
  void set_xf_protection(size_t) override {}
  void set_xf_number_format(size_t id) override { xf_format_id_ = id; }
  void set_xf_style_xf(size_t) override {}
  void set_xf_apply_alignment(bool) override {}
  void set_xf_horizontal_alignment(orcus::spreadsheet::hor_alignment_t) override {}
  void set_xf_vertical_alignment(orcus::spreadsheet::ver_alignment_t) override {}
  size_t commit_cell_xf() override;
  size_t commit_cell_style_xf() override { return cell_style_xfs_++; }
  size_t commit_dxf() override { return dxfs_++; }
  void set_cell_style_count(size_t) override {}
  void set_cell_style_name(std::string_view) override {}
  void set_cell_style_xf(size_t) override {}
  void set_cell_style_builtin(size_t) override {}
  void set_cell_style_parent_name(std::string_view) override {}
  size_t commit_cell_style() override { return cell_styles_++; }

 private:
  size_t fonts_ = 0, fills_ = 0, borders_ = 0, protections_ = 0, number_formats_ = 0;
  size_t format_id_ = 0;                 // of the number format being read
  std::string format_code_;              // of the number format being read
  std::map<size_t, std::string> codes_;  // number format codes by id (Excel's numFmtId)
  size_t xf_format_id_ = 0;              // of the cell format being read
  std::vector<size_t> xf_format_ids_;    // each cell format's number format id
  size_t cell_xfs_ = 0, cell_style_xfs_ = 0, dxfs_ = 0, cell_styles_ = 0;
};

// Turns the A1 references orcus meets (merged cells, tables, filters) into places; chiso uses
// none of them, so a reference it cannot read is A1 rather than an error.
class References : public iface::import_reference_resolver {
 public:
  orcus::spreadsheet::src_address_t resolve_address(std::string_view address) override;
  orcus::spreadsheet::src_range_t resolve_range(std::string_view range) override;
};

// Receives the workbook from orcus: the names of every sheet, the cells of the one asked for.
class WorkbookCells : public iface::import_factory {
 public:
  explicit WorkbookCells(const std::optional<std::string>& wanted) : wanted_(wanted) {}

  const std::vector<std::string>& names() const { return names_; }
  std::optional<size_t> chosen() const { return chosen_; }
  /// The cells of the sheet asked for.
  std::vector<SheetCell> take_cells() { return chosen_cells_.take_cells(styles_); }

  iface::import_shared_strings* get_shared_strings() override { return &strings_; }
  iface::import_styles* get_styles() override { return &styles_; }
  iface::import_reference_resolver* get_reference_resolver(
      orcus::spreadsheet::formula_ref_context_t) override {
    return &references_;
  }
  iface::import_sheet* append_sheet(orcus::spreadsheet::sheet_t, std::string_view name) override;
  iface::import_sheet* get_sheet(std::string_view name) override;
  iface::import_sheet* get_sheet(orcus::spreadsheet::sheet_t index) override;
  void finalize() override {}

 private:
  std::optional<std::string> wanted_;
  SharedStrings strings_;
  References references_;
  Styles styles_;
  std::vector<std::string> names_;
  std::optional<size_t> chosen_;
  SheetCells chosen_cells_{strings_.strings(), true};
  SheetCells ignored_{strings_.strings(), false};
};

}  // namespace chiso

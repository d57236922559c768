#include "chiso/io/xlsx_writer.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "chiso/diagnostic.h"
#include "chiso/io/output_set.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "chiso/rank.h"
#include "io/report_phrases.h"

namespace chiso {
namespace {

// The workbook's own words, beside the report's (report_phrases.h).
struct WorkbookWords {
  const char* number;        // the STT column
  const char* year_group;    // a sheet of one group in one of several years: {year} {group}
  const char* chart_title;   // {index} {group}
  const char* lost_sheet;    // the sheet of lost-points.csv
  const char* fields_sheet;  // the sheet of fields.csv
  const char* year;          // columns of those sheets
  const char* group;
  const char* level;
  const char* id;
  const char* name;
  const char* owner;
  const char* points_lost;
  const char* units_losing;
  const char* units;
  const char* share_losing;
  const char* achievement;
  const char* contribution;
  const char* field_id;
  const char* field_name;
  const char* page;             // the printed pages' footer: Excel's &P and &N codes
  const char* too_many_fields;  // the fields sheet of more rows than a sheet holds
  const char* too_many_losses;
};

const WorkbookWords kVietnamese{
    .number = "STT",
    .year_group = "{year} {group}",
    .chart_title = "{index} - {group}",
    .lost_sheet = "Điểm bị mất",
    .fields_sheet = "Lĩnh vực",
    .year = "Năm",
    .group = "Nhóm",
    .level = "Cấp",
    .id = "Mã",
    .name = "Tên",
    .owner = "Cơ quan chủ trì",
    .points_lost = "Điểm bị mất",
    .units_losing = "Số đơn vị bị mất điểm",
    .units = "Số đơn vị",
    .share_losing = "Tỷ lệ đơn vị bị mất điểm (%)",
    .achievement = "Mức đạt (%)",
    .contribution = "Đóng góp vào thay đổi chỉ số bình quân",
    .field_id = "Mã lĩnh vực",
    .field_name = "Lĩnh vực",
    .page = "Trang &P/&N",
    .too_many_fields = "Hơn 100.000 dòng, quá nhiều cho bảng tính này: xem tệp fields.csv.",
    .too_many_losses = "Hơn 100.000 dòng, quá nhiều cho bảng tính này: xem tệp lost-points.csv.",
};

const WorkbookWords kEnglish{
    .number = "No.",
    .year_group = "{year} {group}",
    .chart_title = "{index} - {group}",
    .lost_sheet = "Lost points",
    .fields_sheet = "Fields",
    .year = "Year",
    .group = "Group",
    .level = "Level",
    .id = "Id",
    .name = "Name",
    .owner = "Owner",
    .points_lost = "Points lost",
    .units_losing = "Units losing points",
    .units = "Units",
    .share_losing = "Share of units losing points (%)",
    .achievement = "Achievement (%)",
    .contribution = "Contribution to the mean index change",
    .field_id = "Field",
    .field_name = "Field name",
    .page = "Page &P of &N",
    .too_many_fields = "More than 100,000 rows, too many for this workbook: see fields.csv.",
    .too_many_losses = "More than 100,000 rows, too many for this workbook: see lost-points.csv.",
};

// Fills of the bands' cells, best band first: light enough to read the text on and to print;
// and of their bars in the charts, the same hues darker.
constexpr lxw_color_t kBandFills[] = {0xC6EFCE, 0xDDEBF7, 0xFFEB9C, 0xFCE4D6, 0xFFC7CE, 0xE7E6E6};
constexpr lxw_color_t kBandBars[] = {0x63BE7B, 0x5B9BD5, 0xFFC000, 0xED7D31, 0xC0504D, 0xA5A5A5};
constexpr lxw_color_t kNoBandBar = 0x7F7F7F;

constexpr uint8_t kPaperA4 = 9;
// More sheets of groups than this, and each year is one sheet with a column of the groups.
constexpr size_t kMostGroupSheets = 100;
// A group of more ranked units than this has no chart: its bars could not be told apart.
constexpr size_t kMostBars = 200;
// A sheet of lost points or fields of more rows than this (a national run's) points at its CSV
// file instead: libxlsxwriter would hold them all in memory, a gigabyte for a million rows, and
// its mode that does not cannot be read back by liborcus 0.17 (inline strings).
constexpr size_t kMostRows = 100000;
constexpr double kHeaderHeight = 66;  // points: four lines of a wrapped heading

void check(lxw_error error) {
  if (error != LXW_NO_ERROR) {
    throw OutputError(tr("cannot write '{}': {}", "ranking.xlsx", lxw_strerror(error)));
  }
}

// The file libxlsxwriter writes the workbook into (it writes only to a path), in the output
// set's scratch folder, removed when read back.
class ScratchFile {
 public:
  explicit ScratchFile(std::string path) : path_(std::move(path)) {}
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  ~ScratchFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  const std::string& path() const { return path_; }
  // The scratch folder, where libxlsxwriter keeps its own temporary files too.
  std::string folder() const { return std::filesystem::path(path_).parent_path().string(); }
  std::string bytes() const {
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) throw OutputError(tr("cannot write '{}': {}", path_, std::strerror(errno)));
    return content.str();
  }

 private:
  std::string path_;
};

// The number format of `decimals` places: "0.00"; with `sign`, a '+' before a rise.
std::string number_format(int decimals, bool sign = false) {
  const std::string digits =
      decimals > 0 ? "0." + std::string(static_cast<size_t>(decimals), '0') : std::string("0");
  return sign ? "+" + digits + ";-" + digits + ";" + digits : digits;
}

// `text` cut to at most `limit` code points.
std::string first_code_points(std::string_view text, size_t limit) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((text[i] & 0xC0) != 0x80 && count++ == limit) return std::string(text.substr(0, i));
  }
  return std::string(text);
}

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

// Writes the texts of a workbook's cells. A text longer than a cell holds (a name pasted with a
// whole document) would make libxlsxwriter refuse the workbook, and the run lose every file:
// it is cut in the workbook only, visibly ("…"), with a warning at its first cell.
class TextCells {
 public:
  explicit TextCells(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void write(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text,
             lxw_format* format) {
    const size_t length = excel_length(text);
    if (length <= kMostCellCharacters) {
      check(worksheet_write_string(sheet, row, column, text.c_str(), format));
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
    check(worksheet_write_string(sheet, row, column, cut_to_cell(text).c_str(), format));
  }

 private:
  Diagnostics& diagnostics_;
  std::set<std::string> warned_;
};

// The formats of a workbook, made once.
struct Formats {
  lxw_format* heading = nullptr;
  lxw_format* text = nullptr;
  lxw_format* integer = nullptr;
  lxw_format* number = nullptr;      // the run's decimals
  lxw_format* change = nullptr;      // the run's decimals, signed
  lxw_format* percent = nullptr;     // two decimals, as lost-points.csv writes shares
  std::vector<lxw_format*> bands;    // kBandFills, in order
  std::vector<lxw_chart_fill> bars;  // kBandBars, in order

  Formats(lxw_workbook* workbook, int decimals) {
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
};

// One column of a sheet: its heading and width (in characters).
struct Column {
  std::string heading;
  double width;
};

// A sheet's headings in row 1, frozen, filtered and printed on every page, with the page set up:
// A4 landscape, one page wide, page numbers in the footer.
void lay_out(lxw_worksheet* sheet, const std::vector<Column>& columns, size_t rows,
             const Formats& formats, const WorkbookWords& words, const std::string& header,
             TextCells& cells) {
  for (size_t c = 0; c < columns.size(); ++c) {
    const auto column = static_cast<lxw_col_t>(c);
    check(worksheet_set_column(sheet, column, column, columns[c].width, nullptr));
    cells.write(sheet, 0, column, columns[c].heading, formats.heading);
  }
  check(worksheet_set_row(sheet, 0, kHeaderHeight, nullptr));
  worksheet_freeze_panes(sheet, 1, 0);
  const auto last_column = static_cast<lxw_col_t>(columns.size() - 1);
  check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows), last_column));
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, kPaperA4);
  worksheet_fit_to_pages(sheet, 1, 0);
  check(worksheet_repeat_rows(sheet, 0, 0));
  // Excel's header codes: '&' starts one, "&&" is an ampersand; 255 characters at most.
  std::string centred = "&C";
  for (char c : header) centred += c == '&' ? std::string("&&") : std::string(1, c);
  if (centred.size() <= 255) check(worksheet_set_header(sheet, centred.c_str()));
  check(worksheet_set_footer(sheet, (std::string("&C") + words.page).c_str()));
}

// The sheets of one workbook, as they are written.
class WorkbookWriter {
 public:
  WorkbookWriter(lxw_workbook* workbook, const Framework& framework, const ReportOptions& options,
                 int decimals, Diagnostics& diagnostics)
      : workbook_(workbook),
        framework_(framework),
        options_(options),
        say_(report_phrases(options.language)),
        words_(options.language == Language::kVietnamese ? kVietnamese : kEnglish),
        formats_(workbook, decimals),
        decimals_(decimals),
        title_(options.title.empty() ? say_.default_title : options.title),
        cells_(diagnostics) {}

  void bands_of(const std::vector<RankedYear>& years) {
    // Each band's best index, to order the fills from the best band down.
    std::map<std::string, double> best;
    for (const RankedYear& year : years) {
      for (const RankedUnit& unit : year.table.units) {
        if (unit.band.empty()) continue;
        auto [at, added] = best.emplace(unit.band, unit.index);
        if (!added) at->second = std::max(at->second, unit.index);
      }
    }
    std::vector<std::pair<double, std::string>> order;
    for (const auto& [band, index] : best) order.emplace_back(-index, band);
    std::sort(order.begin(), order.end());
    for (size_t i = 0; i < order.size(); ++i) {
      band_fills_[order[i].second] = formats_.bands[i % formats_.bands.size()];
      band_bars_[order[i].second] = &formats_.bars[i % formats_.bars.size()];
    }
  }

  // The sheets of one year: one per group, or with `whole`, one for the year with a column of
  // the groups.
  void year(const LeagueTable& table, bool several_years, bool whole) {
    if (whole) {
      std::vector<const RankedUnit*> units;
      for (const RankedUnit& unit : table.units) units.push_back(&unit);
      group_sheet(table, "", units, add_sheet(std::to_string(table.year)));
      return;
    }
    const std::vector<std::vector<const RankedUnit*>> groups = units_by_group(table);
    for (size_t g = 0; g < table.groups.size(); ++g) {
      const std::string group = group_name(table.groups[g]);
      const std::string name =
          several_years ? fmt::format(fmt::runtime(words_.year_group), fmt::arg("year", table.year),
                                      fmt::arg("group", group))
                        : group;
      group_sheet(table, group, groups[g], add_sheet(name));
    }
  }

  void lost_points(const std::vector<RankedYear>& years) {
    size_t rows = 0;
    for (const RankedYear& year : years) {
      for (const GroupLosses& group : year.analysis.losses) rows += group.criteria.size();
    }
    if (rows == 0) return;
    lxw_worksheet* sheet = add_sheet(words_.lost_sheet);
    if (rows > kMostRows) {
      check(worksheet_write_string(sheet, 0, 0, words_.too_many_losses, nullptr));
      return;
    }
    const RankingColumns& named = say_.columns;
    lay_out(sheet,
            {{words_.year, 7},
             {words_.group, 24},
             {words_.level, 6},
             {words_.id, 8},
             {words_.name, 70},
             {words_.owner, 28},
             {named.maximum, 10},
             {words_.points_lost, 10},
             {words_.units_losing, 10},
             {words_.units, 9},
             {words_.share_losing, 12},
             {words_.achievement, 10},
             {words_.contribution, 14}},
            rows, formats_, words_, title_, cells_);
    lxw_row_t row = 1;
    for (const RankedYear& year : years) {
      for (const GroupLosses& group : year.analysis.losses) {
        for (const CriterionLoss& loss : group.criteria) {
          loss_row(sheet, row++, year.analysis.year, group, loss);
        }
      }
    }
  }

  void fields(const std::vector<RankedYear>& years) {
    size_t rows = 0;
    for (const RankedYear& year : years) {
      for (const RankedUnit& unit : year.table.units) rows += unit.fields.size();
    }
    if (rows == 0) return;
    lxw_worksheet* sheet = add_sheet(words_.fields_sheet);
    if (rows > kMostRows) {
      check(worksheet_write_string(sheet, 0, 0, words_.too_many_fields, nullptr));
      return;
    }
    const RankingColumns& named = say_.columns;
    lay_out(sheet,
            {{words_.year, 7},
             {words_.group, 24},
             {named.unit, 40},
             {words_.field_id, 8},
             {words_.field_name, 52},
             {named.points, 10},
             {named.maximum, 10},
             {named.index, 10}},
            rows, formats_, words_, title_, cells_);
    lxw_row_t row = 1;
    for (const RankedYear& year : years) {
      const int decimals = year.table.options.decimals;
      for (const RankedUnit& unit : year.table.units) {
        for (size_t f = 0; f < unit.fields.size(); ++f) {
          const Criterion& node = framework_.node(framework_.fields()[f]);
          const Subtotal& subtotal = unit.fields[f];
          integer(sheet, row, 0, unit.year);
          text(sheet, row, 1, group_name(unit.group));
          text(sheet, row, 2, unit.unit);
          text(sheet, row, 3, node.id);
          text(sheet, row, 4, node.name);
          number(sheet, row, 5, subtotal.points, decimals);
          number(sheet, row, 6, subtotal.max, decimals);
          if (subtotal.max > 0) {
            number(sheet, row, 7, subtotal.index(), decimals);
          } else {
            blank(sheet, row, 7, formats_.number);
          }
          ++row;
        }
      }
    }
  }

 private:
  std::string group_name(const std::string& group) const {
    if (!group.empty()) return group;
    return options_.has_units_file ? say_.unlisted_units : say_.all_units;
  }

  lxw_worksheet* add_sheet(const std::string& text) {
    names_.push_back(sheet_name(text, names_));
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, names_.back().c_str());
    if (sheet == nullptr) check(LXW_ERROR_SHEETNAME_ALREADY_USED);
    return sheet;
  }

  // The columns of a group's sheet; an empty `group` is a year's sheet of every group.
  std::vector<Column> group_columns(const LeagueTable& table, const std::string& group) const {
    const RankingColumns& named = say_.columns;
    std::vector<Column> columns = {{words_.number, 5}};
    if (group.empty()) columns.push_back({words_.group, 24});
    columns.push_back({named.unit, 40});
    for (int field : framework_.fields()) {
      const Criterion& node = framework_.node(field);
      columns.push_back({node.name.empty() ? node.id : node.name, 13});
    }
    columns.insert(columns.end(), {{named.points, 10}, {named.maximum, 10}, {named.index, 10}});
    columns.push_back({named.rank, 7});
    if (table.has_bands) columns.push_back({named.band, 14});
    if (table.has_previous) {
      const std::string previous = previous_name(table, say_);
      columns.push_back(
          {fmt::format(fmt::runtime(named.previous_rank), fmt::arg("previous", previous)), 9});
      columns.push_back({named.change, 18});
      const char* change = for_headline(say_.figure_change, table.options.headline);
      columns.push_back({fmt::format(fmt::runtime(change), fmt::arg("previous", previous)), 12});
    }
    return columns;
  }

  void group_sheet(const LeagueTable& table, const std::string& group,
                   const std::vector<const RankedUnit*>& units, lxw_worksheet* sheet) {
    const std::vector<Column> columns = group_columns(table, group);
    lay_out(sheet, columns, units.size(), formats_, words_,
            group.empty() ? fmt::format("{} {}", title_, table.year)
                          : fmt::format("{} {} - {}", title_, table.year, group),
            cells_);
    size_t ranked = 0;
    for (size_t i = 0; i < units.size(); ++i) {
      unit_row(sheet, static_cast<lxw_row_t>(i + 1), table, *units[i], group.empty());
      if (units[i]->is_ranked()) ranked = i + 1;
    }
    if (!group.empty() && ranked > 0 && ranked <= kMostBars)
      chart(sheet, table, group, units, ranked);
  }

  void unit_row(lxw_worksheet* sheet, lxw_row_t row, const LeagueTable& table,
                const RankedUnit& unit, bool with_group) {
    const int decimals = table.options.decimals;
    integer(sheet, row, 0, static_cast<int>(row));
    lxw_col_t column = 1;
    if (with_group) text(sheet, row, column++, group_name(unit.group));
    text(sheet, row, column++, unit.unit);
    for (const Subtotal& field : unit.fields) number(sheet, row, column++, field.points, decimals);
    for (size_t f = unit.fields.size(); f < framework_.fields().size(); ++f) {
      blank(sheet, row, column++, formats_.number);
    }
    number(sheet, row, column++, unit.total.points, decimals);
    number(sheet, row, column++, unit.total.max, decimals);
    number(sheet, row, column++, unit.index, decimals);
    unit.is_ranked() ? integer(sheet, row, column++, unit.rank)
                     : blank(sheet, row, column++, formats_.integer);
    if (table.has_bands) {
      auto fill = band_fills_.find(unit.band);
      cells_.write(sheet, row, column++, unit.band,
                   fill == band_fills_.end() ? formats_.text : fill->second);
    }
    if (!table.has_previous) return;
    unit.previous_rank ? integer(sheet, row, column++, *unit.previous_rank)
                       : blank(sheet, row, column++, formats_.integer);
    text(sheet, row, column++, unit.is_ranked() ? change_words(unit, say_) : say_.not_ranked);
    const std::optional<double> change =
        table.options.headline == Headline::kPoints ? unit.figure_change() : unit.index_change();
    if (change) {
      check(worksheet_write_number(sheet, row, column, round_half_up(*change, decimals),
                                   formats_.change));
    } else {
      blank(sheet, row, column, formats_.change);
    }
  }

  // A bar chart of the ranked units' indices, below the table, best on top.
  void chart(lxw_worksheet* sheet, const LeagueTable& table, const std::string& group,
             const std::vector<const RankedUnit*>& units, size_t ranked) {
    lxw_chart* chart = workbook_add_chart(workbook_, LXW_CHART_BAR);
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    const auto index_column = static_cast<lxw_col_t>(2 + framework_.fields().size() + 2);
    const char* sheet_name = names_.back().c_str();
    const auto last = static_cast<lxw_row_t>(ranked);
    chart_series_set_categories(series, sheet_name, 1, 1, last, 1);
    chart_series_set_values(series, sheet_name, 1, index_column, last, index_column);
    colour_bars(series, units, ranked);
    chart_set_series_gap(chart, 40);
    chart_series_set_labels(series);
    chart_series_set_labels_num_format(series, number_format(table.options.decimals).c_str());
    const std::string title =
        fmt::format(fmt::runtime(words_.chart_title), fmt::arg("index", say_.columns.index),
                    fmt::arg("group", group));
    chart_title_set_name(chart, title.c_str());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    // A bar chart's categories are on its y axis: reversed, the first unit is on top.
    chart_axis_set_reverse(chart->y_axis);
    chart_axis_set_min(chart->x_axis, 0);
    chart_axis_set_max(chart->x_axis, 100);
    lxw_chart_options placed{};
    placed.x_scale = 2;
    placed.y_scale = std::max(1.0, (60.0 + 20.0 * static_cast<double>(ranked)) / 288.0);
    check(worksheet_insert_chart_opt(sheet, static_cast<lxw_row_t>(units.size() + 2), 1, chart,
                                     &placed));
  }

  // Each bar in its band's colour (libxlsxwriter copies the fills).
  void colour_bars(lxw_chart_series* series, const std::vector<const RankedUnit*>& units,
                   size_t ranked) {
    std::vector<lxw_chart_point> points(ranked);
    std::vector<lxw_chart_point*> list;
    for (size_t i = 0; i < ranked; ++i) {
      auto bar = band_bars_.find(units[i]->band);
      points[i].fill = bar == band_bars_.end() ? &no_band_bar_ : bar->second;
      list.push_back(&points[i]);
    }
    list.push_back(nullptr);
    check(chart_series_set_points(series, list.data()));
  }

  void loss_row(lxw_worksheet* sheet, lxw_row_t row, int year, const GroupLosses& group,
                const CriterionLoss& loss) {
    const int decimals = decimals_;
    const Criterion& node = framework_.node(loss.node);
    integer(sheet, row, 0, year);
    text(sheet, row, 1, group_name(group.group));
    integer(sheet, row, 2, loss.level);
    text(sheet, row, 3, node.id);
    text(sheet, row, 4, node.name);
    text(sheet, row, 5, node.owner);
    number(sheet, row, 6, node.max, decimals);
    number(sheet, row, 7, loss.lost(), decimals);
    integer(sheet, row, 8, loss.units_losing);
    integer(sheet, row, 9, loss.units);
    percent(sheet, row, 10, loss.units > 0 ? 100.0 * loss.units_losing / loss.units : 0.0);
    percent(sheet, row, 11, loss.achievement());
    const std::vector<int>& fields = framework_.fields();
    auto field = std::find(fields.begin(), fields.end(), loss.node);
    if (loss.level == 1 && !group.contributions.empty() && field != fields.end()) {
      number(sheet, row, 12, group.contributions[static_cast<size_t>(field - fields.begin())],
             decimals);
    } else {
      blank(sheet, row, 12, formats_.number);
    }
  }

  void text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& value) {
    cells_.write(sheet, row, column, value, formats_.text);
  }
  void integer(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, int value) {
    check(worksheet_write_number(sheet, row, column, value, formats_.integer));
  }
  // As the CSV files write it: rounded to `decimals` places.
  void number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, double value, int decimals) {
    check(worksheet_write_number(sheet, row, column, round_half_up(value, decimals) + 0.0,
                                 formats_.number));
  }
  void percent(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, double value) {
    check(worksheet_write_number(sheet, row, column, round_half_up(value, 2) + 0.0,
                                 formats_.percent));
  }
  void blank(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, lxw_format* format) {
    check(worksheet_write_blank(sheet, row, column, format));
  }

  lxw_workbook* workbook_;
  const Framework& framework_;
  const ReportOptions& options_;
  const ReportPhrases& say_;
  const WorkbookWords& words_;
  Formats formats_;
  int decimals_;  // the run's, for the lost points
  std::string title_;
  std::map<std::string, lxw_format*> band_fills_;
  std::map<std::string, lxw_chart_fill*> band_bars_;
  lxw_chart_fill no_band_bar_{.color = kNoBandBar};
  std::vector<std::string> names_;  // the sheets' names, in order
  TextCells cells_;
};

// 1 January of the year after the last year ranked, 00:00 UTC: the workbook's creation date.
time_t creation_date(const std::vector<RankedYear>& years) {
  using namespace std::chrono;
  const int last = years.empty() ? 2000 : years.back().table.year;
  const sys_days day = year(last + 1) / January / 1;
  return system_clock::to_time_t(time_point_cast<system_clock::duration>(day));
}

void write_workbook(lxw_workbook* workbook, const std::vector<RankedYear>& years,
                    const Framework& framework, const ReportOptions& options,
                    Diagnostics& diagnostics) {
  const int decimals = years.empty() ? 2 : years.front().table.options.decimals;
  WorkbookWriter writer(workbook, framework, options, decimals, diagnostics);
  writer.bands_of(years);
  size_t group_sheets = 0;
  for (const RankedYear& year : years) group_sheets += year.table.groups.size();
  for (const RankedYear& year : years) {
    writer.year(year.table, years.size() > 1, group_sheets > kMostGroupSheets);
  }
  writer.lost_points(years);
  writer.fields(years);
}

}  // namespace

std::string sheet_name(const std::string& text, const std::vector<std::string>& taken) {
  std::string name;
  for (char c : text) name += std::strchr("[]:*?/\\", c) != nullptr && c != '\0' ? '-' : c;
  while (!name.empty() && name.front() == '\'') name.erase(0, 1);
  name = first_code_points(name, 31);
  while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
  if (name.empty()) name = "-";
  auto used = [&](const std::string& candidate) {
    const std::string key = unit_key(candidate);
    return std::any_of(taken.begin(), taken.end(),
                       [&](const std::string& other) { return unit_key(other) == key; });
  };
  std::string unique = name;
  for (int n = 2; used(unique); ++n) {
    const std::string suffix = fmt::format(" ({})", n);
    std::string cut = first_code_points(name, 31 - suffix.size());
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    unique = cut + suffix;
  }
  return unique;
}

std::string ranking_xlsx(const std::vector<RankedYear>& years, const Framework& framework,
                         const ReportOptions& options, const std::string& scratch,
                         Diagnostics& diagnostics) {
  const ScratchFile file(scratch);
  std::string folder = file.folder();
  lxw_workbook_options settings{};
  settings.tmpdir = folder.data();
  lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &settings);
  if (workbook == nullptr) check(LXW_ERROR_CREATING_XLSX_FILE);
  const ReportPhrases& say = report_phrases(options.language);
  const std::string title =
      fmt::format(fmt::runtime(say.year_title),
                  fmt::arg("title", options.title.empty() ? say.default_title : options.title),
                  fmt::arg("year", years.empty() ? 0 : years.back().table.year));
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.created = creation_date(years);
  try {
    check(workbook_set_properties(workbook, &properties));
    write_workbook(workbook, years, framework, options, diagnostics);
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  check(workbook_close(workbook));
  return file.bytes();
}

}  // namespace chiso

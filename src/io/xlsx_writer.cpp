#include "chiso/io/xlsx_writer.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>

#include "chiso/diagnostic.h"
#include "chiso/io/text.h"
#include "chiso/rank.h"
#include "io/report_phrases.h"
#include "io/xlsx_cells.h"
#include "io/xlsx_words.h"

namespace chiso {
namespace {

// More sheets of groups than this, and each year is one sheet with a column of the groups.
constexpr size_t kMostGroupSheets = 100;
// A group of more ranked units than this has no chart: its bars could not be told apart.
constexpr size_t kMostBars = 200;
// A sheet of lost points or fields of more rows than this (a national run's) points at its CSV
// file instead: libxlsxwriter would hold them all in memory, a gigabyte for a million rows, and
// its mode that does not cannot be read back by liborcus 0.17 (inline strings).
constexpr size_t kMostRows = 100000;

// The sheets of one workbook, as they are written.
class WorkbookWriter {
 public:
  WorkbookWriter(lxw_workbook* workbook, const Framework& framework, const ReportOptions& options,
                 int decimals, Diagnostics& diagnostics)
      : workbook_(workbook),
        framework_(framework),
        options_(options),
        say_(report_phrases(options.language)),
        words_(workbook_words(options.language)),
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
      check_xlsx(worksheet_write_string(sheet, 0, 0, words_.too_many_losses, nullptr));
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
      check_xlsx(worksheet_write_string(sheet, 0, 0, words_.too_many_fields, nullptr));
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
    if (sheet == nullptr) check_xlsx(LXW_ERROR_SHEETNAME_ALREADY_USED);
    return sheet;
  }

  // The columns of a group's sheet; an empty `group` is a year's sheet of every group.
  std::vector<SheetColumn> group_columns(const LeagueTable& table, const std::string& group) const {
    const RankingColumns& named = say_.columns;
    std::vector<SheetColumn> columns = {{words_.number, 5}};
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
    const std::vector<SheetColumn> columns = group_columns(table, group);
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
      check_xlsx(worksheet_write_number(sheet, row, column, round_half_up(*change, decimals),
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
    check_xlsx(worksheet_insert_chart_opt(sheet, static_cast<lxw_row_t>(units.size() + 2), 1, chart,
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
    check_xlsx(chart_series_set_points(series, list.data()));
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
    check_xlsx(worksheet_write_number(sheet, row, column, value, formats_.integer));
  }
  // As the CSV files write it: rounded to `decimals` places.
  void number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, double value, int decimals) {
    check_xlsx(worksheet_write_number(sheet, row, column, round_half_up(value, decimals) + 0.0,
                                      formats_.number));
  }
  void percent(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, double value) {
    check_xlsx(worksheet_write_number(sheet, row, column, round_half_up(value, 2) + 0.0,
                                      formats_.percent));
  }
  void blank(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, lxw_format* format) {
    check_xlsx(worksheet_write_blank(sheet, row, column, format));
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

// `text` cut to at most `limit` code points.
std::string first_code_points(std::string_view text, size_t limit) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((text[i] & 0xC0) != 0x80 && count++ == limit) return std::string(text.substr(0, i));
  }
  return std::string(text);
}

}  // namespace

std::string sheet_name(const std::string& text, const std::vector<std::string>& taken) {
  std::string name;
  for (char c : text) name += std::strchr("[]:*?/\\", c) != nullptr && c != '\0' ? '-' : c;
  while (!name.empty() && name.front() == '\'') name.erase(0, 1);
  name = first_code_points(name, 31);
  while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
  // Not `name = "-"`: g++ 12 warns of that here, wrongly (-Wrestrict, GCC bug 105329).
  if (name.empty()) name.assign(1, '-');
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
  if (workbook == nullptr) check_xlsx(LXW_ERROR_CREATING_XLSX_FILE);
  const ReportPhrases& say = report_phrases(options.language);
  const std::string title =
      fmt::format(fmt::runtime(say.year_title),
                  fmt::arg("title", options.title.empty() ? say.default_title : options.title),
                  fmt::arg("year", years.empty() ? 0 : years.back().table.year));
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.created = creation_date(years);
  try {
    check_xlsx(workbook_set_properties(workbook, &properties));
    write_workbook(workbook, years, framework, options, diagnostics);
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  check_xlsx(workbook_close(workbook));
  return file.bytes();
}

}  // namespace chiso

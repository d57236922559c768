#include "chiso/io/ranking_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <iterator>
#include <span>
#include <thread>

#include "chiso/rank.h"
#include "io/csv_writer.h"

namespace chiso {
namespace {

void header(CsvWriter& csv, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) csv.text(name);
  csv.end_row();
}

// The rows of one table in ranking.csv and in fields.csv.
void ranking_rows(CsvWriter& csv, const LeagueTable& table) {
  const int decimals = table.options.decimals;
  for (const RankedUnit& unit : table.units) {
    csv.integer(unit.year);
    csv.text(unit.group);
    unit.is_ranked() ? csv.integer(unit.rank) : csv.text("");
    csv.text(unit.unit);
    csv.number(unit.total.points, decimals);
    csv.number(unit.total.max, decimals);
    csv.number(unit.index, decimals);
    csv.text(unit.band);
    unit.previous_rank ? csv.integer(*unit.previous_rank) : csv.text("");
    unit.rank_change() ? csv.integer(*unit.rank_change()) : csv.text("");
    unit.index_change() ? csv.number(*unit.index_change(), decimals) : csv.text("");
    csv.text(unit.previous_band);
    for (const std::string& band : unit.other_bands) csv.text(band);
    csv.end_row();
  }
}

// One text cell as CsvWriter writes it, without the separator before it.
std::string text_cell(const CsvStyle& style, std::string_view text) {
  CsvWriter csv(style, std::string());
  csv.text(text);
  return csv.take();
}

// The rows of `units` in fields.csv, as CsvWriter writes them. A national fields.csv has a
// million rows: each field's id and name, and each unit's year, group and name, are made cells
// once, not on every row.
void fields_rows(std::string& out, const RankedUnit* units, size_t count, int decimals,
                 const Framework& framework, const CsvStyle& style) {
  const char separator = style.decimal_comma ? ';' : ',';
  std::vector<std::string> field_cells;  // "id,name,"
  for (int field : framework.fields()) {
    const Criterion& node = framework.node(field);
    field_cells.push_back(text_cell(style, node.id) + separator + text_cell(style, node.name) +
                          separator);
  }
  std::string unit_cells;  // "year,group,unit,"
  for (const RankedUnit& unit : std::span(units, count)) {
    const fmt::format_int year(unit.year);
    unit_cells.assign(year.data(), year.size());
    unit_cells += separator;
    unit_cells += text_cell(style, unit.group);
    unit_cells += separator;
    unit_cells += text_cell(style, unit.unit);
    unit_cells += separator;
    for (size_t f = 0; f < unit.fields.size(); ++f) {
      const Subtotal& subtotal = unit.fields[f];
      out += unit_cells;
      out += field_cells[f];
      append_fixed(out, subtotal.points, decimals, style.decimal_comma);
      out += separator;
      append_fixed(out, subtotal.max, decimals, style.decimal_comma);
      out += separator;
      if (subtotal.max > 0) append_fixed(out, subtotal.index(), decimals, style.decimal_comma);
      out += '\n';
    }
  }
}

// fields_rows of the whole table, its second half made on a second core meanwhile: a national
// year is 100,000 rows, 12 MB.
void fields_rows(std::string& out, const LeagueTable& table, const Framework& framework,
                 const CsvStyle& style) {
  const int decimals = table.options.decimals;
  const std::vector<RankedUnit>& units = table.units;
  const size_t half = units.size() * framework.fields().size() >= 20000 ? units.size() / 2 : 0;
  std::string second;
  std::exception_ptr failed;
  std::thread helper;
  if (half > 0) {
    helper = std::thread([&] {
      try {
        fields_rows(second, units.data() + half, units.size() - half, decimals, framework, style);
      } catch (...) {
        failed = std::current_exception();
      }
    });
  }
  try {
    fields_rows(out, units.data(), half > 0 ? half : units.size(), decimals, framework, style);
  } catch (...) {
    if (helper.joinable()) helper.join();
    throw;
  }
  if (helper.joinable()) helper.join();
  if (failed) std::rethrow_exception(failed);
  out += second;
}

}  // namespace

void append_fixed(std::string& out, double value, int decimals, bool decimal_comma) {
  const char point = decimal_comma ? ',' : '.';
  const double units = round_half_up_units(value, decimals);
  // The rounded value is units ÷ 10^decimals, stored within half a unit in its last place of
  // it; below 2^51 units that is far less than half of 10^-decimals, so its digits to
  // `decimals` places, as "{:.Nf}" writes them, are those of `units` with the point moved.
  // A national ranking.csv has 300,000 numbers per year: this is 4 times as fast.
  if (decimals >= 0 && decimals <= 8 && std::fabs(units) < 0x1p51) {
    const fmt::format_int digits(static_cast<long long>(std::fabs(units)));
    const auto places = static_cast<size_t>(decimals);
    char padded[32];  // at most 16 digits, behind zeros up to one digit before the point
    const size_t zeros = digits.size() <= places ? places + 1 - digits.size() : 0;
    std::fill(padded, padded + zeros, '0');
    std::copy(digits.data(), digits.data() + digits.size(), padded + zeros);
    const size_t whole = zeros + digits.size() - places;
    if (units < 0) out += '-';  // -0 is written 0
    out.append(padded, whole);
    if (places > 0) {
      out += point;
      out.append(padded + whole, places);
    }
    return;
  }
  double rounded = round_half_up(value, decimals);
  if (rounded == 0) rounded = 0;  // turns -0 into 0
  const size_t start = out.size();
  fmt::format_to(std::back_inserter(out), "{:.{}f}", rounded, decimals);
  for (size_t i = start; i < out.size(); ++i) {
    if (out[i] == '.') out[i] = point;
  }
}

std::string fixed(double value, int decimals, bool decimal_comma) {
  std::string text;
  append_fixed(text, value, decimals, decimal_comma);
  return text;
}

// The header of ranking.csv for tables with `other_sets`, the band sets after the first.
void ranking_header(CsvWriter& csv, const std::vector<std::string>& other_sets) {
  for (std::string_view name : {"year", "group", "rank", "unit", "points", "max", "index", "band",
                                "previous_rank", "rank_change", "index_change", "previous_band"}) {
    csv.text(name);
  }
  // Further band sets (a province's labels beside the national ones) follow as band_<set>.
  for (const std::string& set : other_sets) csv.text("band_" + set);
  csv.end_row();
}

std::string ranking_csv(const std::vector<LeagueTable>& tables, const CsvStyle& style) {
  CsvWriter csv(style);
  ranking_header(csv, tables.empty() ? std::vector<std::string>{} : tables.front().other_band_sets);
  for (const LeagueTable& table : tables) ranking_rows(csv, table);
  return csv.take();
}

std::string ranking_csv_header(const LeagueTable& first, const CsvStyle& style) {
  CsvWriter csv(style);
  ranking_header(csv, first.other_band_sets);
  return csv.take();
}

void append_ranking_rows(std::string& out, const LeagueTable& table, const CsvStyle& style) {
  CsvWriter csv(style, std::move(out));
  ranking_rows(csv, table);
  out = csv.take();
}

std::string fields_csv(const std::vector<LeagueTable>& tables, const Framework& framework,
                       const CsvStyle& style) {
  std::string out = fields_csv_header(style);
  for (const LeagueTable& table : tables) fields_rows(out, table, framework, style);
  return out;
}

std::string fields_csv_header(const CsvStyle& style) {
  CsvWriter csv(style);
  header(csv, {"year", "group", "unit", "field", "name", "points", "max", "index"});
  return csv.take();
}

void append_fields_rows(std::string& out, const LeagueTable& table, const Framework& framework,
                        const CsvStyle& style) {
  fields_rows(out, table, framework, style);
}

}  // namespace chiso

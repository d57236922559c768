#include <fmt/format.h>

#include "chiso/rank.h"
#include "chiso/report.h"

namespace chiso {
namespace {

// Writes CSV rows in the chosen style, quoting only the fields that need it.
class CsvWriter {
 public:
  explicit CsvWriter(const CsvStyle& style) : style_(style) {
    if (style.bom) out_ += "\xEF\xBB\xBF";
  }

  void text(std::string_view field) {
    separate();
    const char separator = style_.decimal_comma ? ';' : ',';
    if (field.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string_view::npos) {
      out_ += field;
      return;
    }
    out_ += '"';
    for (char c : field) {
      if (c == '"') out_ += '"';
      out_ += c;
    }
    out_ += '"';
  }
  void number(double value, int decimals) { text(fixed(value, decimals, style_.decimal_comma)); }
  void integer(long value) { text(fmt::format("{}", value)); }
  void end_row() {
    out_ += '\n';
    first_ = true;
  }
  std::string take() { return std::move(out_); }

 private:
  void separate() {
    if (!first_) out_ += style_.decimal_comma ? ';' : ',';
    first_ = false;
  }

  CsvStyle style_;
  std::string out_;
  bool first_ = true;
};

void header(CsvWriter& csv, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) csv.text(name);
  csv.end_row();
}

}  // namespace

std::string fixed(double value, int decimals, bool decimal_comma) {
  double rounded = round_half_up(value, decimals);
  if (rounded == 0) rounded = 0;  // turns -0 into 0
  std::string text = fmt::format("{:.{}f}", rounded, decimals);
  if (decimal_comma) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string ranking_csv(const std::vector<LeagueTable>& tables, const CsvStyle& style) {
  CsvWriter csv(style);
  for (std::string_view name : {"year", "group", "rank", "unit", "points", "max", "index", "band", "previous_rank",
                                "rank_change", "index_change", "previous_band"}) {
    csv.text(name);
  }
  // Further band sets (a province's labels beside the national ones) follow as band_<set>.
  const std::vector<std::string> no_sets;
  const std::vector<std::string>& other_sets = tables.empty() ? no_sets : tables.front().other_band_sets;
  for (const std::string& set : other_sets) csv.text("band_" + set);
  csv.end_row();
  for (const LeagueTable& table : tables) {
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
  return csv.take();
}

std::string fields_csv(const std::vector<LeagueTable>& tables, const Framework& framework, const CsvStyle& style) {
  CsvWriter csv(style);
  header(csv, {"year", "group", "unit", "field", "name", "points", "max", "index"});
  for (const LeagueTable& table : tables) {
    const int decimals = table.options.decimals;
    for (const RankedUnit& unit : table.units) {
      for (size_t f = 0; f < unit.fields.size(); ++f) {
        const Criterion& field = framework.node(framework.fields()[f]);
        const Subtotal& subtotal = unit.fields[f];
        csv.integer(unit.year);
        csv.text(unit.group);
        csv.text(unit.unit);
        csv.text(field.id);
        csv.text(field.name);
        csv.number(subtotal.points, decimals);
        csv.number(subtotal.max, decimals);
        subtotal.max > 0 ? csv.number(subtotal.index(), decimals) : csv.text("");
        csv.end_row();
      }
    }
  }
  return csv.take();
}

}  // namespace chiso

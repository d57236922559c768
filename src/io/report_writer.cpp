#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "chiso/report.h"
#include "io/csv_writer.h"

namespace chiso {
namespace {

// Every sentence of the report in one language. Vietnamese follows the wording of published
// provincial reports ("tăng 11 bậc", "chiếm 13,64%").
struct Phrases {
  const char* places_one;          // {n}: a number of places climbed or fallen
  const char* places_many;
  const char* units_one;           // {n}: a count of units, singular
  const char* units_many;          // {n}: plural
  const char* default_title;
  const char* year_title;          // {title} {year}
  const char* ranked;              // {units} {groups}
  const char* ranked_one_group;    // {units}
  const char* compared_year;       // {year}
  const char* compared_file;       // {file}
  const char* not_compared;
  const char* all_units;
  const char* unlisted_units;
  const char* group_summary;       // {units} {mean} {median} {max} {max_unit} {min} {min_unit}
  const char* bands_heading;
  const char* band_columns;
  const char* no_band;
  const char* band_lead;           // before the first band of the sentence
  const char* band_sentence;       // {label} {units} {share}
  const char* table_heading;
  const char* previous_year;       // {year}: how the previous ranking is named
  const char* previous_unknown;    // the previous ranking of a file without a year
  const char* columns[9];          // rank, unit, points, maximum, index, score, band, rank {previous}, change
  const char* figure_change[3];    // {previous}: the column of the headline's change: index, points, score
  const char* figure_suffix[3];    // after a headline figure: index, points, score
  const char* not_ranked;          // the change cell of a unit not ranked
  const char* not_ranked_sentence; // {units}
  const char* changes_heading;     // {previous}
  const char* changes_counts;      // {climbed} {fell} {held} {new_units}
  const char* climbers;
  const char* fallers;
  const char* move_up;             // {unit} {change} {from} {to}
  const char* move_down;
  const char* no_climbers;
  const char* no_fallers;
  const char* up;                  // {n}
  const char* down;                // {n}
  const char* same;
  const char* is_new;
  const char* method_heading;
  const char* method_index;
  const char* method_rank;         // {basis} {ties}
  const char* basis_rounded;       // {decimals}
  const char* basis_exact;
  const char* ties_competition;
  const char* ties_dense;
  const char* ties_ordinal;
  const char* method_change;
  const char* method_shares;
  const char* method_mean;
  bool decimal_comma;
};

const Phrases kVietnamese{
    "{n} bậc",
    "{n} bậc",
    "{n} đơn vị",
    "{n} đơn vị",
    "Chỉ số cải cách hành chính",
    "# {title} năm {year}\n\n",
    "Xếp hạng {units} trong {groups} nhóm",
    "Xếp hạng {units}",
    "; so sánh với năm {year}.\n\n",
    "; so sánh với bảng xếp hạng trong tệp `{file}`.\n\n",
    "; không có năm trước để so sánh.\n\n",
    "Tất cả đơn vị",
    "Đơn vị chưa có trong danh sách nhóm",
    "Chỉ số của {units} có giá trị trung bình đạt {mean}, trung vị {median}; cao nhất {max} "
    "({max_unit}), thấp nhất {min} ({min_unit}).\n\n",
    "### Xếp loại\n\n",
    "| Xếp loại | Số đơn vị | Tỷ lệ |\n|---|---:|---:|\n",
    "Chưa xếp loại",
    "Xếp loại ",
    "{label} có {units}, chiếm {share}%",
    "### Bảng xếp hạng\n\n",
    "năm {year}",
    "năm trước",
    {"Hạng", "Đơn vị", "Điểm", "Tối đa", "Chỉ số (%)", "Điểm tổng hợp", "Xếp loại", "Hạng {previous}", "Thay đổi"},
    {"Chỉ số so với {previous}", "Điểm so với {previous}", "Điểm so với {previous}"},
    {"%", " điểm", " điểm"},
    "không xếp hạng",
    "Không xếp hạng năm nay: {units}.\n\n",
    "### So với {previous}\n\n",
    "{climbed} tăng bậc, {fell} đơn vị giảm bậc, {held} đơn vị giữ nguyên, {new_units} đơn vị mới.\n\n",
    "Tăng nhiều bậc nhất:\n\n",
    "Giảm nhiều bậc nhất:\n\n",
    "- {unit}: tăng {change} (từ hạng {from} lên hạng {to})\n",
    "- {unit}: giảm {change} (từ hạng {from} xuống hạng {to})\n",
    "Không có đơn vị nào tăng bậc.\n\n",
    "Không có đơn vị nào giảm bậc.\n\n",
    "↑{n} tăng {n} bậc",
    "↓{n} giảm {n} bậc",
    "= giữ nguyên",
    "mới",
    "## Ghi chú phương pháp\n\n",
    "- Chỉ số (%) = điểm đạt được ÷ điểm tối đa áp dụng × 100. Tiêu chí không áp dụng với một đơn vị "
    "(`n/a`) không tính vào điểm tối đa của đơn vị đó.\n",
    "- Xếp hạng trong từng nhóm theo chỉ số {basis}, từ cao xuống thấp; {ties} Các đơn vị cùng hạng được "
    "liệt kê theo thứ tự tên.\n",
    "làm tròn đến {decimals} chữ số thập phân",
    "chưa làm tròn",
    "các đơn vị có chỉ số bằng nhau đồng hạng và hạng kế tiếp được bỏ qua (1, 2, 2, 4).",
    "các đơn vị có chỉ số bằng nhau đồng hạng và hạng kế tiếp liền sau (1, 2, 2, 3).",
    "không có đồng hạng: các đơn vị có chỉ số bằng nhau được xếp lần lượt theo thứ tự tên (1, 2, 3, 4).",
    "- Thay đổi thứ hạng = hạng năm trước − hạng năm nay: \"tăng N bậc\" là vươn lên N bậc, \"giảm N bậc\" "
    "là tụt N bậc; \"mới\" là đơn vị không có trong xếp hạng năm trước. Thay đổi chỉ số tính bằng điểm "
    "phần trăm.\n",
    "- Tỷ lệ xếp loại được làm tròn đến 2 chữ số thập phân theo phương pháp phần dư lớn nhất, để tổng "
    "đúng bằng 100%.\n",
    "- Giá trị trung bình, trung vị, cao nhất và thấp nhất tính trên chỉ số chưa làm tròn.\n",
    true,
};

const Phrases kEnglish{
    "{n} place",
    "{n} places",
    "{n} unit",
    "{n} units",
    "Administrative reform index",
    "# {title} {year}\n\n",
    "{units} ranked in {groups} groups",
    "{units} ranked",
    "; compared with {year}.\n\n",
    "; compared with the ranking in `{file}`.\n\n",
    "; no previous year to compare with.\n\n",
    "All units",
    "Units missing from the units file",
    "Mean {what} of the {units}: {mean}, median {median}; highest {max} ({max_unit}), "
    "lowest {min} ({min_unit}).\n\n",
    "### Bands\n\n",
    "| Band | Units | Share |\n|---|---:|---:|\n",
    "No band",
    "",
    "{label}: {units}, {share}%",
    "### Ranking\n\n",
    "{year}",
    "before",
    {"Rank", "Unit", "Points", "Maximum", "Index (%)", "Score", "Band", "Rank {previous}", "Change"},
    {"Index vs {previous}", "Points vs {previous}", "Score vs {previous}"},
    {"%", " points", ""},
    "not ranked",
    "Not ranked this year: {units}.\n\n",
    "### Against {previous}\n\n",
    "{climbed} climbed, {fell} fell, {held} held their rank, {new_units} new.\n\n",
    "Largest climbs:\n\n",
    "Largest falls:\n\n",
    "- {unit}: up {change} (from rank {from} to {to})\n",
    "- {unit}: down {change} (from rank {from} to {to})\n",
    "No unit climbed.\n\n",
    "No unit fell.\n\n",
    "↑{n} up {n}",
    "↓{n} down {n}",
    "= unchanged",
    "new",
    "## Method\n\n",
    "- Index (%) = points achieved ÷ applicable maximum × 100. Criteria that do not apply to a unit "
    "(`n/a`) leave that unit's maximum.\n",
    "- Units are ranked within their group on the index {basis}, highest first; {ties} Tied units are "
    "listed by name.\n",
    "rounded to {decimals} decimals",
    "unrounded",
    "equal indices share a rank and the next rank is skipped (1, 2, 2, 4).",
    "equal indices share a rank and the next rank follows on (1, 2, 2, 3).",
    "there are no shared ranks: equal indices are ranked in name order (1, 2, 3, 4).",
    "- Rank change = previous rank − current rank: \"up N\" is a climb of N places, \"down N\" a fall; "
    "\"new\" marks a unit not ranked the year before. Index changes are in percentage points.\n",
    "- Band shares are rounded to 2 decimals by the largest remainder method, so that they add up to "
    "exactly 100%.\n",
    "- Means, medians, highest and lowest are taken on the unrounded index.\n",
    false,
};

using Out = std::back_insert_iterator<std::string>;

class Report {
 public:
  Report(const Phrases& say, const ReportOptions& options) : say_(say), options_(options) {}

  void year(const LeagueTable& table, const std::vector<GroupSummary>& summaries) {
    decimals_ = table.options.decimals;
    headline_ = table.options.headline;
    const std::string title = options_.title.empty() ? say_.default_title : options_.title;
    fmt::format_to(out(), fmt::runtime(say_.year_title), fmt::arg("title", title), fmt::arg("year", table.year));
    const size_t ranked = static_cast<size_t>(
        std::count_if(table.units.begin(), table.units.end(), [](const RankedUnit& unit) { return unit.is_ranked(); }));
    fmt::format_to(out(), fmt::runtime(table.groups.size() == 1 ? say_.ranked_one_group : say_.ranked),
                   fmt::arg("units", units(ranked)),
                   fmt::arg("groups", table.groups.size()));
    if (!table.has_previous) {
      text_ += say_.not_compared;
    } else if (table.previous_given) {
      fmt::format_to(out(), fmt::runtime(say_.compared_file), fmt::arg("file", options_.previous_source));
    } else {
      fmt::format_to(out(), fmt::runtime(say_.compared_year), fmt::arg("year", *table.previous_year));
    }
    for (size_t g = 0; g < table.groups.size(); ++g) {
      group(table, summaries[g]);
      if (tables_done_ < options_.group_sections.size() && g < options_.group_sections[tables_done_].size()) {
        text_ += options_.group_sections[tables_done_][g];
      }
    }
    method(table);
    ++tables_done_;
  }

  std::string take() { return std::move(text_); }

 private:
  Out out() { return std::back_inserter(text_); }
  std::string number(double value) const { return fixed(value, decimals_, say_.decimal_comma); }
  std::string percent_bp(int bp) const { return fixed(bp / 100.0, 2, say_.decimal_comma); }

  std::string group_name(const std::string& group) const {
    if (!group.empty()) return group;
    return options_.has_units_file ? say_.unlisted_units : say_.all_units;
  }

  void group(const LeagueTable& table, const GroupSummary& summary) {
    fmt::format_to(out(), "## {}\n\n", group_name(summary.group));
    const RankedUnit* best = nullptr;
    const RankedUnit* worst = nullptr;
    std::vector<std::string> left_out;
    for (const RankedUnit& unit : table.units) {
      if (unit.group != summary.group) continue;
      if (!unit.is_ranked()) {
        left_out.push_back(unit.unit);
        continue;
      }
      if (!best || unit.total.index() > best->total.index()) best = &unit;
      if (!worst || unit.total.index() < worst->total.index()) worst = &unit;
    }
    if (best != nullptr) {
      const char* what[] = {"index", "points", "score"};  // the English sentence names the figure
      fmt::format_to(out(), fmt::runtime(say_.group_summary), fmt::arg("units", units(summary.units)),
                     fmt::arg("what", what[static_cast<int>(headline_)]),
                     fmt::arg("mean", figure(summary.mean)), fmt::arg("median", figure(summary.median)),
                     fmt::arg("max", figure(summary.max)), fmt::arg("max_unit", best->unit),
                     fmt::arg("min", figure(summary.min)), fmt::arg("min_unit", worst->unit));
    }
    if (!left_out.empty()) {
      fmt::format_to(out(), fmt::runtime(say_.not_ranked_sentence), fmt::arg("units", fmt::join(left_out, ", ")));
    }
    bands(summary);
    ranking(table, summary.group);
    if (table.has_previous) changes(table, summary);
  }

  void bands(const GroupSummary& summary) {
    if (summary.bands.size() == 1 && summary.bands[0].label.empty()) return;  // no bands configured
    text_ += say_.bands_heading;
    text_ += say_.band_columns;
    std::vector<std::string> sentences;
    for (const BandCount& band : summary.bands) {
      const std::string label = band.label.empty() ? say_.no_band : band.label;
      fmt::format_to(out(), "| {} | {} | {}% |\n", label, band.units, percent_bp(band.share_bp));
      if (band.units == 0) continue;
      sentences.push_back(fmt::format(fmt::runtime(say_.band_sentence), fmt::arg("label", label),
                                      fmt::arg("units", units(band.units)), fmt::arg("share", percent_bp(band.share_bp))));
    }
    fmt::format_to(out(), "\n{}{}.\n\n", say_.band_lead, fmt::join(sentences, "; "));
  }

  std::string change_words(const RankedUnit& unit) const {
    std::optional<int> change = unit.rank_change();
    if (!change) return say_.is_new;
    if (*change > 0) return fmt::format(fmt::runtime(say_.up), fmt::arg("n", *change));
    if (*change < 0) return fmt::format(fmt::runtime(say_.down), fmt::arg("n", -*change));
    return say_.same;
  }

  void ranking(const LeagueTable& table, const std::string& group) {
    text_ += say_.table_heading;
    const std::string previous = previous_name(table);
    // The columns of the headline: points and maximum, the index, or the score alone.
    const Headline headline = table.options.headline;
    std::vector<std::pair<std::string, const char*>> columns = {{say_.columns[0], "---:"}, {say_.columns[1], "---"}};
    if (headline != Headline::kScore) columns.insert(columns.end(), {{say_.columns[2], "---:"}, {say_.columns[3], "---:"}});
    if (headline == Headline::kIndex) columns.push_back({say_.columns[4], "---:"});
    if (headline == Headline::kScore) columns.push_back({say_.columns[5], "---:"});
    if (table.has_bands) columns.push_back({say_.columns[6], "---"});
    if (table.has_previous) {
      columns.push_back({fmt::format(fmt::runtime(say_.columns[7]), fmt::arg("previous", previous)), "---:"});
      columns.push_back({say_.columns[8], "---"});
      const char* change = say_.figure_change[static_cast<int>(headline)];
      columns.push_back({fmt::format(fmt::runtime(change), fmt::arg("previous", previous)), "---:"});
    }
    for (const auto& column : columns) fmt::format_to(out(), "| {} ", column.first);
    text_ += "|\n";
    for (const auto& column : columns) fmt::format_to(out(), "|{}", column.second);
    text_ += "|\n";
    for (const RankedUnit& unit : table.units) {
      if (unit.group != group) continue;
      fmt::format_to(out(), "| {} | {} |", unit.is_ranked() ? std::to_string(unit.rank) : "—", table_cell(unit.unit));
      if (headline != Headline::kScore) {
        fmt::format_to(out(), " {} | {} |", number(unit.total.points), number(unit.total.max));
      }
      if (headline != Headline::kPoints) fmt::format_to(out(), " {} |", number(unit.index));
      if (table.has_bands) fmt::format_to(out(), " {} |", unit.band);
      if (table.has_previous) {
        // Points change for a points headline; otherwise the index's (a score is the index).
        std::optional<double> change = headline == Headline::kPoints ? unit.figure_change() : unit.index_change();
        fmt::format_to(out(), " {} | {} | {} |", unit.previous_rank ? std::to_string(*unit.previous_rank) : "",
                       unit.is_ranked() ? change_words(unit) : say_.not_ranked, change ? signed_number(*change) : "");
      }
      text_ += '\n';
    }
    text_ += '\n';
  }

  // A headline figure with its unit: "87,83%", "48,81 điểm", "65.23".
  std::string figure(double value) const {
    return number(value) + say_.figure_suffix[static_cast<int>(headline_)];
  }

  // "22 units", "1 unit"; Vietnamese has no plural: "22 đơn vị".
  std::string units(size_t count) const {
    return fmt::format(fmt::runtime(count == 1 ? say_.units_one : say_.units_many), fmt::arg("n", count));
  }

  std::string previous_name(const LeagueTable& table) const {
    if (!table.previous_year) return say_.previous_unknown;
    return fmt::format(fmt::runtime(say_.previous_year), fmt::arg("year", *table.previous_year));
  }

  std::string signed_number(double value) const {
    std::string text = number(value);
    return text[0] == '-' || text.find_first_not_of("0.,") == std::string::npos ? text : "+" + text;
  }

  void changes(const LeagueTable& table, const GroupSummary& summary) {
    fmt::format_to(out(), fmt::runtime(say_.changes_heading), fmt::arg("previous", previous_name(table)));
    fmt::format_to(out(), fmt::runtime(say_.changes_counts), fmt::arg("climbed", units(summary.climbed)),
                   fmt::arg("fell", summary.fell), fmt::arg("held", summary.held), fmt::arg("new_units", summary.new_units));
    moves(summary.climbers, say_.climbers, say_.move_up, say_.no_climbers);
    moves(summary.fallers, say_.fallers, say_.move_down, say_.no_fallers);
  }

  void moves(const std::vector<Move>& list, const char* heading, const char* line, const char* none) {
    if (list.empty()) {
      text_ += none;
      return;
    }
    text_ += heading;
    for (const Move& move : list) {
      const int places = std::abs(move.change);
      const std::string change =
          fmt::format(fmt::runtime(places == 1 ? say_.places_one : say_.places_many), fmt::arg("n", places));
      fmt::format_to(out(), fmt::runtime(line), fmt::arg("unit", move.unit), fmt::arg("change", change),
                     fmt::arg("from", move.previous_rank), fmt::arg("to", move.rank));
    }
    text_ += '\n';
  }

  void method(const LeagueTable& table) {
    text_ += say_.method_heading;
    text_ += say_.method_index;
    const std::string basis = table.options.basis == RankBasis::kRounded
                                  ? fmt::format(fmt::runtime(say_.basis_rounded), fmt::arg("decimals", decimals_))
                                  : say_.basis_exact;
    const char* ties = table.options.ties == TieRule::kCompetition ? say_.ties_competition
                       : table.options.ties == TieRule::kDense     ? say_.ties_dense
                                                                   : say_.ties_ordinal;
    fmt::format_to(out(), fmt::runtime(say_.method_rank), fmt::arg("basis", basis), fmt::arg("ties", ties));
    if (table.has_previous) text_ += say_.method_change;
    text_ += say_.method_shares;
    text_ += say_.method_mean;
    text_ += '\n';
  }

  const Phrases& say_;
  const ReportOptions& options_;
  int decimals_ = 2;
  Headline headline_ = Headline::kIndex;
  std::string text_;
  size_t tables_done_ = 0;  // the tables written so far: which group_sections come next
};

}  // namespace

std::string markdown_report(const std::vector<LeagueTable>& tables,
                            const std::vector<std::vector<GroupSummary>>& summaries,
                            const ReportOptions& options) {
  Report report(options.language == Language::kVietnamese ? kVietnamese : kEnglish, options);
  for (size_t i = 0; i < tables.size(); ++i) report.year(tables[i], summaries[i]);
  std::string text = report.take();
  while (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n') text.pop_back();
  return text;
}

}  // namespace chiso

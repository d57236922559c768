#include "io/svg_charts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <string_view>

#include "chiso/io/ranking_writer.h"  // fixed
#include "io/html_report.h"
#include "io/svg_parts.h"

namespace chiso {
namespace {

// The words of the charts, in the report's languages: plain text with {named} places, as the
// report's phrases (report_phrases.h).
struct ChartPhrases {
  const char* index_title;        // {group} {year}: {year} is the phrase `year`
  const char* index_desc;         // {previous}: what the chart draws, before the values
  const char* bands_title;        // {group} {year} {previous}
  const char* bands_title_alone;  // {group} {year}
  const char* ranks_title;        // {group} {year} {previous}
  const char* fields_title;       // {group} {year}
  const char* year;               // {year}
  const char* previous_unknown;
  const char* no_band;
  const char* previous_mark;  // legend: {previous}
  const char* rise;
  const char* fall;
  const char* same;
  const char* continued;  // after the title of a chart's second and later parts
  bool decimal_comma;
};

constexpr ChartPhrases kVietnamese{
    .index_title = "Chỉ số của từng đơn vị — {group}, {year}",
    .index_desc =
        "Biểu đồ thanh ngang, từ cao xuống thấp, mỗi thanh là chỉ số của một đơn vị, tô "
        "theo xếp loại; vạch đứng là chỉ số {previous}. ",
    .bands_title = "Số đơn vị theo xếp loại — {group}, {year} so với {previous}",
    .bands_title_alone = "Số đơn vị theo xếp loại — {group}, {year}",
    .ranks_title = "Thay đổi thứ hạng — {group}, từ {previous} đến {year}",
    .fields_title = "Tỷ lệ điểm đạt được theo lĩnh vực — {group}, {year}",
    .year = "năm {year}",
    .previous_unknown = "kỳ trước",
    .no_band = "Chưa xếp loại",
    .previous_mark = "Vạch đứng: chỉ số {previous}",
    .rise = "Tăng bậc",
    .fall = "Giảm bậc",
    .same = "Giữ nguyên",
    .continued = " (tiếp theo)",
    .decimal_comma = true,
};

constexpr ChartPhrases kEnglish{
    .index_title = "Index of each unit — {group}, {year}",
    .index_desc =
        "Horizontal bars, highest first, each the index of one unit, filled by band; "
        "the vertical mark is the index of {previous}. ",
    .bands_title = "Units per band — {group}, {year} against {previous}",
    .bands_title_alone = "Units per band — {group}, {year}",
    .ranks_title = "Rank changes — {group}, from {previous} to {year}",
    .fields_title = "Achievement per field — {group}, {year}",
    .year = "{year}",
    .previous_unknown = "the previous ranking",
    .no_band = "No band",
    .previous_mark = "Vertical mark: index of {previous}",
    .rise = "Climbed",
    .fall = "Fell",
    .same = "Held",
    .continued = " (continued)",
    .decimal_comma = false,
};

constexpr double kWidth = 1000;
constexpr double kLabelEnd = 290;  // names end here, right-aligned
constexpr double kBarStart = 300;
constexpr double kRow = 20;
constexpr double kBar = 14;
constexpr double kTop = 40;  // below the chart's heading
constexpr size_t kPatterns = 6;
constexpr size_t kUnitsPerPart = 25;  // the bars of an index chart that fit an A4 landscape page

using Out = std::back_insert_iterator<std::string>;

// Colours from light to dark would print as greys that cannot be told apart: each band also
// has its own pattern, drawn in black over the colour.
constexpr const char* kColours[kPatterns] = {"#1a9850", "#91cf60", "#fee08b",
                                             "#fc8d59", "#d73027", "#9e9e9e"};
constexpr const char* kMarks[kPatterns] = {
    "",
    R"(<path d="M0,6 L6,0" stroke="#000" stroke-width="1"/>)",
    R"(<circle cx="3" cy="3" r="1.1" fill="#000"/>)",
    R"(<path d="M0,6 L6,0 M0,0 L6,6" stroke="#000" stroke-width="0.8"/>)",
    R"(<path d="M0,3 L6,3" stroke="#000" stroke-width="1.2"/>)",
    R"(<path d="M3,0 L3,6" stroke="#000" stroke-width="1"/>)"};

// The fill of band `band` (1: the highest; 0: no band): its pattern.
std::string band_fill(size_t band) {
  const size_t pattern = band == 0 ? kPatterns : (band - 1) % (kPatterns - 1) + 1;
  return fmt::format("url(#chiso-band-{})", pattern);
}

class Charts {
 public:
  Charts(const GroupCharts& group, Language language)
      : group_(group), say_(language == Language::kVietnamese ? kVietnamese : kEnglish) {
    year_ = fmt::format(fmt::runtime(say_.year), fmt::arg("year", group.year));
    previous_ = group.previous_year
                    ? fmt::format(fmt::runtime(say_.year), fmt::arg("year", *group.previous_year))
                    : say_.previous_unknown;
    group_name_ = html_document_text(group.group);
    for (size_t b = 0; b < group.bands.size(); ++b) {
      if (!group.bands[b].label.empty()) band_numbers_.emplace(group.bands[b].label, b + 1);
    }
    double top = 100;
    for (const ChartUnit& unit : group.units) {
      top = std::max({top, unit.index, unit.previous_index.value_or(0.0)});
    }
    scale_ = top > 100 ? 500 / (std::ceil(top / 20) * 20) : kBarScale;
  }

  std::string all() {
    if (group_.units.empty()) return "";
    index_chart();
    if (!group_.bands.empty()) bands_chart();
    if (group_.has_previous) ranks_chart();
    if (!group_.fields.empty()) fields_chart();
    return std::move(text_);
  }

 private:
  Out out() { return std::back_inserter(text_); }
  std::string number(double value) const {
    return fixed(value, group_.decimals, say_.decimal_comma);
  }

  // 1 for the highest band, 0 for none.
  size_t band_of(const std::string& label) const {
    const auto found = band_numbers_.find(label);
    return found == band_numbers_.end() ? 0 : found->second;
  }

  std::string band_name(const std::string& label) const {
    return label.empty() ? say_.no_band : html_text(label);
  }

  // The <figure> and <svg> of a chart `height` high, with its heading, title and description
  // (HTML text).
  void open(const std::string& kind, double height, const std::string& title,
            const std::string& desc) {
    open_svg_figure(text_, kind, kWidth, height, title, desc);
  }

  void close() { close_svg_figure(text_); }

  // Grid lines and labels every 20 points, from 0 to 100 (or the largest value), at `bottom`.
  void axis(double top, double bottom, const char* suffix) {
    const double most = 500 / scale_;
    for (double value = 0; value <= most + 1e-9; value += 20) {
      const std::string x = svg_number(kBarStart + value * scale_);
      fmt::format_to(out(),
                     "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" "
                     "stroke=\"#bbb\" stroke-width=\"0.5\"/>\n"
                     "<text x=\"{0}\" y=\"{3}\" font-size=\"11\" text-anchor=\"middle\">{4}{5}</"
                     "text>\n",
                     x, svg_number(top), svg_number(bottom), svg_number(bottom + 13),
                     static_cast<int>(value), suffix);
    }
  }

  // The bands `shown` marks (by band_of), with their fills.
  void legend(double y, const std::vector<bool>& shown) {
    double x = kBarStart;
    for (size_t b = 0; b < group_.bands.size(); ++b) {
      if (!shown[b + 1]) continue;
      const std::string name = band_name(group_.bands[b].label);
      fmt::format_to(out(),
                     "<rect x=\"{0}\" y=\"{1}\" width=\"14\" height=\"12\" fill=\"{2}\" "
                     "stroke=\"#000\" stroke-width=\"0.5\"/>\n<text x=\"{3}\" y=\"{4}\" "
                     "font-size=\"12\">{5}</text>\n",
                     svg_number(x), svg_number(y), band_fill(b + 1), svg_number(x + 18),
                     svg_number(y + 10), name);
      x += 30 + 7.0 * static_cast<double>(group_.bands[b].label.size() / 2 + 4);
    }
  }

  // The index chart in parts of at most kUnitsPerPart units, each a figure that fits a page.
  void index_chart() {
    const size_t units = group_.units.size();
    for (size_t first = 0; first < units; first += kUnitsPerPart) {
      index_part(first, std::min(units, first + kUnitsPerPart));
    }
  }

  void index_part(size_t first, size_t end) {
    std::string desc = fmt::format(fmt::runtime(say_.index_desc), fmt::arg("previous", previous_));
    std::vector<bool> shown(group_.bands.size() + 1, false);  // the bands of the legend
    for (size_t u = first; u < end; ++u) {
      const ChartUnit& unit = group_.units[u];
      desc +=
          fmt::format("{}{}: {}", u == first ? "" : "; ", html_text(unit.unit), number(unit.index));
      if (!unit.band.empty()) desc += " (" + html_text(unit.band) + ")";
      if (unit.previous_index)
        desc += fmt::format(", {} {}", previous_, number(*unit.previous_index));
      shown[band_of(unit.band)] = true;
    }
    desc += '.';
    const double bottom = kTop + kRow * static_cast<double>(end - first);
    std::string title = fmt::format(fmt::runtime(say_.index_title), fmt::arg("group", group_name_),
                                    fmt::arg("year", year_));
    if (first > 0) title += say_.continued;
    open("index", bottom + 50, title, desc);
    axis(kTop - 4, bottom, "");
    for (size_t u = first; u < end; ++u) {
      index_bar(group_.units[u], kTop + kRow * static_cast<double>(u - first));
    }
    legend(bottom + 24, shown);
    if (group_.has_previous) {
      fmt::format_to(
          out(), "<text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>\n", svg_number(kBarStart),
          svg_number(bottom + 48),
          fmt::format(fmt::runtime(say_.previous_mark), fmt::arg("previous", previous_)));
    }
    close();
  }

  void index_bar(const ChartUnit& unit, double y) {
    const size_t band = band_of(unit.band);
    const double width = unit.index * scale_;
    // The value after the bar, and after last year's mark when that is further right.
    const double label_x =
        kBarStart + std::max(unit.index, unit.previous_index.value_or(0.0)) * scale_ + 6;
    fmt::format_to(out(),
                   "<text x=\"{0}\" y=\"{1}\" font-size=\"12\" text-anchor=\"end\">{2}. {3}</"
                   "text>\n<rect class=\"bar band-{4}\" data-unit=\"{5}\" data-index=\"{6}\" "
                   "x=\"{7}\" y=\"{8}\" width=\"{9}\" height=\"{10}\" fill=\"{11}\" "
                   "stroke=\"#000\" stroke-width=\"0.5\"/>\n<text x=\"{12}\" y=\"{1}\" "
                   "font-size=\"12\">{13}</text>\n",
                   svg_number(kLabelEnd), svg_number(y + 11), unit.rank,
                   html_text(shortened_name(unit.unit, 45)), band, html_text(unit.unit),
                   fixed(unit.index, group_.decimals), svg_number(kBarStart), svg_number(y + 2),
                   svg_number(width), svg_number(kBar), band_fill(band), svg_number(label_x),
                   number(unit.index));
    if (unit.previous_index) {
      const std::string x = svg_number(kBarStart + *unit.previous_index * scale_);
      fmt::format_to(out(),
                     "<line class=\"previous\" data-unit=\"{0}\" data-index=\"{1}\" x1=\"{2}\" "
                     "y1=\"{3}\" x2=\"{2}\" y2=\"{4}\" stroke=\"#000\" stroke-width=\"2.5\"/>\n",
                     html_text(unit.unit), fixed(*unit.previous_index, group_.decimals), x,
                     svg_number(y), svg_number(y + kRow - 2));
    }
  }

  void bands_chart() {
    int most = 1;
    for (const ChartBand& band : group_.bands)
      most = std::max({most, band.units, band.previous_units});
    const bool previous = group_.has_previous;
    const double row = previous ? 2 * kBar + 10 : kBar + 8;
    std::string desc;
    for (size_t b = 0; b < group_.bands.size(); ++b) {
      const ChartBand& band = group_.bands[b];
      desc +=
          fmt::format("{}{}: {} {}", b == 0 ? "" : "; ", band_name(band.label), year_, band.units);
      if (previous) desc += fmt::format(", {} {}", previous_, band.previous_units);
    }
    desc += '.';
    const std::string title =
        previous ? fmt::format(fmt::runtime(say_.bands_title), fmt::arg("group", group_name_),
                               fmt::arg("year", year_), fmt::arg("previous", previous_))
                 : fmt::format(fmt::runtime(say_.bands_title_alone), fmt::arg("group", group_name_),
                               fmt::arg("year", year_));
    const double bottom = kTop + row * static_cast<double>(group_.bands.size());
    open("bands", bottom + 30, title, desc);
    const double per_unit = 500.0 / most;
    for (size_t b = 0; b < group_.bands.size(); ++b) {
      const ChartBand& band = group_.bands[b];
      const double y = kTop + row * static_cast<double>(b);
      fmt::format_to(out(),
                     "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text>\n",
                     svg_number(kLabelEnd), svg_number(y + 11), band_name(band.label));
      count_bar("count band-" + std::to_string(b + 1), band_fill(b + 1), y, band.units, per_unit,
                year_);
      if (previous) {
        count_bar("count previous", "#fff", y + kBar + 2, band.previous_units, per_unit, previous_);
      }
    }
    close();
  }

  void count_bar(const std::string& kind, const std::string& fill, double y, int count,
                 double per_unit, const std::string& when) {
    const double width = count * per_unit;
    fmt::format_to(out(),
                   "<rect class=\"{}\" data-units=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" "
                   "height=\"{}\" fill=\"{}\" stroke=\"#000\" stroke-width=\"0.8\"/>\n<text "
                   "x=\"{}\" y=\"{}\" font-size=\"12\">{} ({})</text>\n",
                   kind, count, svg_number(kBarStart), svg_number(y), svg_number(width),
                   svg_number(kBar), fill, svg_number(kBarStart + width + 6), svg_number(y + 11),
                   count, when);
  }

  void ranks_chart() {
    std::vector<const ChartUnit*> compared;
    for (const ChartUnit& unit : group_.units) {
      if (unit.previous_rank) compared.push_back(&unit);
    }
    if (compared.empty()) return;
    if (compared.size() > kUnitsPerPart) {
      // A slope chart of many units is a tangle that no page holds: a dumbbell per unit instead,
      // in parts, as the index chart.
      int most = 1;
      for (const ChartUnit* unit : compared)
        most = std::max({most, unit->rank, *unit->previous_rank});
      for (size_t first = 0; first < compared.size(); first += kUnitsPerPart) {
        dumbbell_part(compared, first, std::min(compared.size(), first + kUnitsPerPart), most);
      }
      return;
    }
    slope_chart(compared);
  }

  static const char* move_kind(const ChartUnit& unit) {
    return unit.rank < *unit.previous_rank   ? "rise"
           : unit.rank > *unit.previous_rank ? "fall"
                                             : "same";
  }

  // Units [first, end) of `compared`, each on its row: a ring at last year's rank, a dot at this
  // year's, on one axis of ranks from 1 (left) to `most`.
  void dumbbell_part(const std::vector<const ChartUnit*>& compared, size_t first, size_t end,
                     int most) {
    std::string desc;
    for (size_t u = first; u < end; ++u) {
      desc += fmt::format("{}{}: {} → {}", u == first ? "" : "; ", html_text(compared[u]->unit),
                          *compared[u]->previous_rank, compared[u]->rank);
    }
    desc += '.';
    std::string title = fmt::format(fmt::runtime(say_.ranks_title), fmt::arg("group", group_name_),
                                    fmt::arg("year", year_), fmt::arg("previous", previous_));
    if (first > 0) title += say_.continued;
    const double bottom = kTop + kRow * static_cast<double>(end - first);
    open("ranks", bottom + 40, title, desc);
    const double per_rank = most > 1 ? 500.0 / (most - 1) : 0.0;
    auto x_of = [&](int rank) { return kBarStart + per_rank * (rank - 1); };
    for (size_t u = first; u < end; ++u) {
      const ChartUnit& unit = *compared[u];
      const double y = kTop + kRow * static_cast<double>(u - first) + 8;
      const char* kind = move_kind(unit);
      const char* dash = kind[0] == 'f' ? " stroke-dasharray=\"6 3\"" : "";
      const char* colour = kind[0] == 'r' ? "#1a6e35" : kind[0] == 'f' ? "#b2182b" : "#777";
      fmt::format_to(out(),
                     "<text x=\"{0}\" y=\"{1}\" font-size=\"12\" text-anchor=\"end\">{2}. "
                     "{3}</text>\n<line class=\"move {4}\" data-unit=\"{5}\" data-from=\"{6}\" "
                     "data-to=\"{2}\" x1=\"{7}\" y1=\"{8}\" x2=\"{9}\" y2=\"{8}\" "
                     "stroke=\"{10}\" stroke-width=\"1.6\"{11}/>\n<circle cx=\"{7}\" cy=\"{8}\" "
                     "r=\"3.5\" fill=\"#fff\" stroke=\"{10}\"/>\n<circle cx=\"{9}\" "
                     "cy=\"{8}\" r=\"3.5\" fill=\"{10}\"/>\n<text x=\"{12}\" y=\"{1}\" "
                     "font-size=\"11\">{6} → {2}</text>\n",
                     svg_number(kLabelEnd), svg_number(y + 4), unit.rank,
                     html_text(shortened_name(unit.unit, 45)), kind, html_text(unit.unit),
                     *unit.previous_rank, svg_number(x_of(*unit.previous_rank)), svg_number(y),
                     svg_number(x_of(unit.rank)), colour, dash, svg_number(kBarStart + 510));
    }
    move_legend(bottom + 20);
    fmt::format_to(out(),
                   "<circle cx=\"{0}\" cy=\"{1}\" r=\"3.5\" fill=\"#fff\" stroke=\"#000\"/>\n"
                   "<text x=\"{2}\" y=\"{3}\" font-size=\"12\">{4}</text>\n<circle cx=\"{5}\" "
                   "cy=\"{1}\" r=\"3.5\" fill=\"#000\"/>\n<text x=\"{6}\" y=\"{3}\" "
                   "font-size=\"12\">{7}</text>\n",
                   svg_number(kBarStart + 480), svg_number(bottom + 20),
                   svg_number(kBarStart + 488), svg_number(bottom + 24), previous_,
                   svg_number(kBarStart + 580), svg_number(kBarStart + 588), year_);
    close();
  }

  void slope_chart(const std::vector<const ChartUnit*>& compared) {
    constexpr double kLeft = 340;
    constexpr double kRight = 600;
    constexpr double kStep = 18;
    std::string desc;
    for (const ChartUnit* unit : compared) {
      desc += fmt::format("{}{}: {} → {}", desc.empty() ? "" : "; ", html_text(unit->unit),
                          *unit->previous_rank, unit->rank);
    }
    desc += '.';
    const double bottom = kTop + 20 + kStep * static_cast<double>(compared.size() - 1);
    open("ranks", bottom + 40,
         fmt::format(fmt::runtime(say_.ranks_title), fmt::arg("group", group_name_),
                     fmt::arg("year", year_), fmt::arg("previous", previous_)),
         desc);
    fmt::format_to(out(),
                   "<text x=\"{}\" y=\"{}\" font-size=\"12\" font-weight=\"bold\" "
                   "text-anchor=\"middle\">{}</text>\n<text x=\"{}\" y=\"{}\" font-size=\"12\" "
                   "font-weight=\"bold\" text-anchor=\"middle\">{}</text>\n",
                   svg_number(kLeft), svg_number(kTop), previous_, svg_number(kRight),
                   svg_number(kTop), year_);
    // Tied units share a rank: each gets a line of its own, in the order of the ranking.
    std::vector<const ChartUnit*> before = compared;
    std::stable_sort(before.begin(), before.end(), [](const ChartUnit* a, const ChartUnit* b) {
      return *a->previous_rank < *b->previous_rank;
    });
    for (size_t position = 0; position < compared.size(); ++position) {
      const ChartUnit* unit = compared[position];
      const auto earlier = std::find(before.begin(), before.end(), unit) - before.begin();
      const double y1 = kTop + 20 + kStep * static_cast<double>(earlier);
      const double y2 = kTop + 20 + kStep * static_cast<double>(position);
      const char* kind = move_kind(*unit);
      const char* dash = kind[0] == 'f' ? " stroke-dasharray=\"6 3\"" : "";
      const char* colour = kind[0] == 'r' ? "#1a6e35" : kind[0] == 'f' ? "#b2182b" : "#777";
      fmt::format_to(out(),
                     "<line class=\"move {0}\" data-unit=\"{1}\" data-from=\"{2}\" data-to=\"{3}\" "
                     "x1=\"{4}\" y1=\"{5}\" x2=\"{6}\" y2=\"{7}\" stroke=\"{8}\" "
                     "stroke-width=\"1.6\"{9}/>\n<circle cx=\"{4}\" cy=\"{5}\" r=\"3\" "
                     "fill=\"{8}\"/>\n<circle cx=\"{6}\" cy=\"{7}\" r=\"3\" fill=\"{8}\"/>\n"
                     "<text x=\"{10}\" y=\"{11}\" font-size=\"11\" text-anchor=\"end\">{2}. {12}</"
                     "text>\n<text x=\"{13}\" y=\"{14}\" font-size=\"11\">{3}. {12}</text>\n",
                     kind, html_text(unit->unit), *unit->previous_rank, unit->rank,
                     svg_number(kLeft), svg_number(y1), svg_number(kRight), svg_number(y2), colour,
                     dash, svg_number(kLeft - 8), svg_number(y1 + 4),
                     html_text(shortened_name(unit->unit, 40)), svg_number(kRight + 8),
                     svg_number(y2 + 4));
    }
    move_legend(bottom + 20);
    close();
  }

  void move_legend(double y) {
    const char* names[] = {say_.rise, say_.fall, say_.same};
    const char* colours[] = {"#1a6e35", "#b2182b", "#777"};
    const char* dashes[] = {"", " stroke-dasharray=\"6 3\"", ""};
    for (size_t k = 0; k < 3; ++k) {
      const double x = kBarStart + 160.0 * static_cast<double>(k);
      fmt::format_to(out(),
                     "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{3}\" "
                     "stroke-width=\"1.6\"{4}/>\n<text x=\"{5}\" y=\"{6}\" "
                     "font-size=\"12\">{7}</text>\n",
                     svg_number(x), svg_number(y), svg_number(x + 30), colours[k], dashes[k],
                     svg_number(x + 36), svg_number(y + 4), names[k]);
    }
  }

  void fields_chart() {
    std::string desc;
    for (const ChartField& field : group_.fields) {
      desc += fmt::format("{}{} {}: {}%", desc.empty() ? "" : "; ", html_text(field.id),
                          html_text(field.name), fixed(field.achievement, 2, say_.decimal_comma));
    }
    desc += '.';
    const double bottom = kTop + kRow * static_cast<double>(group_.fields.size());
    open("fields", bottom + 24,
         fmt::format(fmt::runtime(say_.fields_title), fmt::arg("group", group_name_),
                     fmt::arg("year", year_)),
         desc);
    axis(kTop - 4, bottom, "%");
    for (size_t f = 0; f < group_.fields.size(); ++f) {
      const ChartField& field = group_.fields[f];
      const double y = kTop + kRow * static_cast<double>(f);
      const double width = field.achievement * kBarScale;
      fmt::format_to(out(),
                     "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{} {}</text>\n"
                     "<rect class=\"bar field\" data-field=\"{}\" data-achievement=\"{}\" "
                     "x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#9ecae1\" "
                     "stroke=\"#000\" stroke-width=\"0.5\"/>\n<text x=\"{}\" y=\"{}\" "
                     "font-size=\"12\">{}%</text>\n",
                     svg_number(kLabelEnd), svg_number(y + 11), html_text(field.id),
                     html_text(shortened_name(field.name, 40)), html_text(field.id),
                     fixed(field.achievement, 2), svg_number(kBarStart), svg_number(y + 2),
                     svg_number(width), svg_number(kBar), svg_number(kBarStart + width + 6),
                     svg_number(y + 11), fixed(field.achievement, 2, say_.decimal_comma));
    }
    close();
  }

  const GroupCharts& group_;
  const ChartPhrases& say_;
  std::string year_;
  std::string previous_;
  std::string group_name_;
  double scale_ = kBarScale;
  std::map<std::string_view, size_t> band_numbers_;
  std::string text_;
};

}  // namespace

std::string chart_patterns() {
  std::string text =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" "
      "style=\"position:absolute\" aria-hidden=\"true\">\n<defs>\n";
  for (size_t p = 1; p <= kPatterns; ++p) {
    fmt::format_to(std::back_inserter(text),
                   "<pattern id=\"chiso-band-{}\" width=\"6\" height=\"6\" "
                   "patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" "
                   "fill=\"{}\"/>{}</pattern>\n",
                   p, kColours[p - 1], kMarks[p - 1]);
  }
  return text + "</defs>\n</svg>\n";
}

std::string group_charts_svg(const GroupCharts& charts, Language language) {
  return Charts(charts, language).all();
}

}  // namespace chiso

#include "io/svg_rank_charts.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "io/html_report.h"
#include "io/svg_parts.h"

namespace chiso {
namespace {

using fmt::arg;
using fmt::runtime;

// The words of the charts: plain text with {named} places, as the report's phrases
// (report_phrases.h).
struct RankChartPhrases {
  const char* intervals_title;  // {group} {year}
  const char* intervals_desc;   // {runs}: what the chart draws, before the units
  const char* interval_item;    // {unit} {rank} {median} {low} {high}
  const char* median_label;     // after a row: {median} {low} {high}
  const char* rank_mark;        // legend
  const char* median_mark;
  const char* interval_mark;
  const char* rank_axis;    // under the axis of ranks
  const char* lines_title;  // {province}
  const char* lines_desc;   // what the chart draws, before the indices
  const char* point_item;   // {year} {rank} {of}
  const char* lines_axis;   // beside the vertical axis
  const char* broken;       // under the chart, when a line breaks
  const char* continued;    // after the title of a chart's second and later parts
};

constexpr RankChartPhrases kVietnamese{
    .intervals_title = "Thứ hạng trung vị và khoảng thứ hạng — {group}, năm {year}",
    .intervals_desc =
        "Mỗi hàng là một đơn vị, theo thứ hạng; ô vuông là thứ hạng, chấm đen là thứ hạng trung "
        "vị qua {runs} lần xếp hạng lại, đoạn ngang là khoảng từ phân vị 5 đến phân vị 95. ",
    .interval_item = "{unit}: hạng {rank}, trung vị {median}, khoảng {low}–{high}",
    .median_label = "trung vị {median} ({low}–{high})",
    .rank_mark = "Thứ hạng",
    .median_mark = "Thứ hạng trung vị",
    .interval_mark = "Khoảng phân vị 5–95",
    .rank_axis = "Thứ hạng (1 là cao nhất)",
    .lines_title = "Thứ hạng các chỉ số của {province} qua các năm",
    .lines_desc =
        "Biểu đồ đường, trục ngang là năm, trục dọc là thứ hạng (hạng 1 ở trên cùng); mỗi điểm "
        "ghi thứ hạng trên tổng số tỉnh, thành phố. ",
    .point_item = "{year} {rank}/{of}",
    .lines_axis = "Thứ hạng (1 là cao nhất)",
    .broken =
        "Đường bị ngắt ở năm bản đồ tỉnh, thành phố thay đổi: thứ hạng hai năm đó không so sánh "
        "được.",
    .continued = " (tiếp theo)",
};

constexpr RankChartPhrases kEnglish{
    .intervals_title = "Median rank and rank interval — {group}, {year}",
    .intervals_desc =
        "Each row is a unit, in rank order; the square is its rank, the black dot its median "
        "rank over {runs} runs ranked again, the horizontal line the interval from the 5th to "
        "the 95th percentile. ",
    .interval_item = "{unit}: rank {rank}, median {median}, interval {low}–{high}",
    .median_label = "median {median} ({low}–{high})",
    .rank_mark = "Rank",
    .median_mark = "Median rank",
    .interval_mark = "5th–95th percentile",
    .rank_axis = "Rank (1 is the highest)",
    .lines_title = "Rank of {province} on each index over the years",
    .lines_desc =
        "Line chart, the years across, the rank down (rank 1 at the top); each point gives the "
        "rank out of how many provinces. ",
    .point_item = "{year} {rank}/{of}",
    .lines_axis = "Rank (1 is the highest)",
    .broken =
        "A line breaks at a year the map of provinces changed: the ranks of those two years "
        "cannot be compared.",
    .continued = " (continued)",
};

const RankChartPhrases& phrases(Language language) {
  return language == Language::kVietnamese ? kVietnamese : kEnglish;
}

using Out = std::back_insert_iterator<std::string>;

constexpr double kWidth = 1000;
constexpr double kTop = 40;  // below the chart's heading
constexpr double kRow = 20;
constexpr size_t kUnitsPerPart = 25;  // the rows that fit an A4 landscape page, as report.html's

// The interval chart: names end at kLabelEnd, ranks run from kAxisStart to kAxisEnd.
constexpr double kLabelEnd = 290;
constexpr double kAxisStart = 310;
constexpr double kAxisEnd = 790;

// The ranks that get a grid line and a label on an axis from 1 to `most`: every rank up to 20,
// else 1, the multiples of a round step (5, 10, 20, 25, 50, 100, …) that gives at most ten more,
// and `most`; a chart of 10,000 units has 12 grid lines, not 1,000.
std::vector<int> rank_ticks(int most) {
  int step = 1;
  if (most > 20) {
    for (int power = 1;; power *= 10) {
      const int steps[] = {5 * power, 10 * power, 20 * power, 25 * power, 50 * power};
      const int* fit = std::find_if(std::begin(steps), std::end(steps),
                                    [&](int each) { return most / each <= 10; });
      if (fit != std::end(steps)) {
        step = *fit;
        break;
      }
    }
  }
  std::vector<int> ticks{1};
  for (int rank = step; rank <= most; rank += step) {
    if (rank > 1) ticks.push_back(rank);
  }
  if (ticks.back() != most) {
    // A tick too close to `most` would print over its label.
    if (ticks.size() > 1 && most - ticks.back() < step / 2 + 1) ticks.pop_back();
    ticks.push_back(most);
  }
  return ticks;
}

class IntervalFigure {
 public:
  IntervalFigure(const IntervalChart& chart, Language language)
      : chart_(chart), say_(phrases(language)) {
    for (const IntervalUnit& unit : chart.units) {
      most_ = std::max({most_, unit.rank, unit.rank_high, unit.median_rank});
    }
    most_ = std::max(most_, static_cast<int>(chart.units.size()));
  }

  std::string all() {
    for (size_t first = 0; first < chart_.units.size(); first += kUnitsPerPart) {
      part(first, std::min(chart_.units.size(), first + kUnitsPerPart));
    }
    return std::move(text_);
  }

 private:
  Out out() { return std::back_inserter(text_); }

  double x_of(int rank) const {
    if (most_ <= 1) return (kAxisStart + kAxisEnd) / 2;
    return kAxisStart + (kAxisEnd - kAxisStart) * (rank - 1) / (most_ - 1);
  }

  void part(size_t first, size_t end) {
    std::string desc = fmt::format(runtime(say_.intervals_desc), arg("runs", chart_.runs));
    for (size_t u = first; u < end; ++u) {
      const IntervalUnit& unit = chart_.units[u];
      desc += fmt::format(runtime(say_.interval_item), arg("unit", html_text(unit.unit)),
                          arg("rank", unit.rank), arg("median", unit.median_rank),
                          arg("low", unit.rank_low), arg("high", unit.rank_high));
      desc += u + 1 == end ? "." : "; ";
    }
    std::string title =
        fmt::format(runtime(say_.intervals_title), arg("group", html_document_text(chart_.group)),
                    arg("year", chart_.year));
    if (first > 0) title += say_.continued;
    const double bottom = kTop + kRow * static_cast<double>(end - first);
    open_svg_figure(text_, "intervals", kWidth, bottom + 64, title, desc);
    axis(bottom);
    for (size_t u = first; u < end; ++u) {
      row(chart_.units[u], kTop + kRow * static_cast<double>(u - first) + kRow / 2);
    }
    legend(bottom + 50);
    close_svg_figure(text_);
  }

  void axis(double bottom) {
    for (int rank : rank_ticks(most_)) {
      fmt::format_to(out(),
                     "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" "
                     "stroke=\"#bbb\" stroke-width=\"0.5\"/>\n<text x=\"{0}\" y=\"{3}\" "
                     "font-size=\"11\" text-anchor=\"middle\">{4}</text>\n",
                     svg_number(x_of(rank)), svg_number(kTop - 4), svg_number(bottom),
                     svg_number(bottom + 13), rank);
    }
    fmt::format_to(
        out(), "<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>\n",
        svg_number((kAxisStart + kAxisEnd) / 2), svg_number(bottom + 27), say_.rank_axis);
  }

  // A unit's row, centred on `y`: its name, its interval with caps, a square at its rank and a
  // dot at its median rank, then the median and interval in words.
  void row(const IntervalUnit& unit, double y) {
    const std::string low = svg_number(x_of(unit.rank_low));
    const std::string high = svg_number(x_of(unit.rank_high));
    const double rank_x = x_of(unit.rank);
    fmt::format_to(
        out(),
        "<text x=\"{0}\" y=\"{1}\" font-size=\"12\" text-anchor=\"end\">{2}. {3}</text>\n"
        "<line class=\"interval\" data-unit=\"{4}\" data-rank=\"{2}\" data-median=\"{5}\" "
        "data-low=\"{6}\" data-high=\"{7}\" x1=\"{8}\" y1=\"{9}\" x2=\"{10}\" y2=\"{9}\" "
        "stroke=\"#000\" stroke-width=\"1.5\"/>\n"
        "<path d=\"M{8},{11} V{12} M{10},{11} V{12}\" stroke=\"#000\" stroke-width=\"1.5\"/>\n"
        "<rect class=\"rank\" x=\"{13}\" y=\"{14}\" width=\"10\" height=\"10\" fill=\"#fff\" "
        "stroke=\"#1f4e9c\" stroke-width=\"1.5\"/>\n"
        "<circle class=\"median\" cx=\"{15}\" cy=\"{9}\" r=\"3\" fill=\"#000\"/>\n"
        "<text x=\"{16}\" y=\"{1}\" font-size=\"11\">{17}</text>\n",
        svg_number(kLabelEnd), svg_number(y + 4), unit.rank,
        html_text(shortened_name(unit.unit, 45)), html_text(unit.unit), unit.median_rank,
        unit.rank_low, unit.rank_high, low, svg_number(y), high, svg_number(y - 5),
        svg_number(y + 5), svg_number(rank_x - 5), svg_number(y - 5),
        svg_number(x_of(unit.median_rank)), svg_number(kAxisEnd + 14),
        fmt::format(runtime(say_.median_label), arg("median", unit.median_rank),
                    arg("low", unit.rank_low), arg("high", unit.rank_high)));
  }

  void legend(double y) {
    const double x = kAxisStart;
    fmt::format_to(
        out(),
        "<rect x=\"{0}\" y=\"{1}\" width=\"10\" height=\"10\" fill=\"#fff\" stroke=\"#1f4e9c\" "
        "stroke-width=\"1.5\"/>\n<text x=\"{2}\" y=\"{3}\" font-size=\"12\">{4}</text>\n"
        "<circle cx=\"{5}\" cy=\"{6}\" r=\"3\" fill=\"#000\"/>\n<text x=\"{7}\" y=\"{3}\" "
        "font-size=\"12\">{8}</text>\n<path d=\"M{9},{1} V{10} M{9},{6} H{11} M{11},{1} "
        "V{10}\" stroke=\"#000\" stroke-width=\"1.5\" fill=\"none\"/>\n<text x=\"{12}\" y=\"{3}\" "
        "font-size=\"12\">{13}</text>\n",
        svg_number(x), svg_number(y - 5), svg_number(x + 16), svg_number(y + 4), say_.rank_mark,
        svg_number(x + 130), svg_number(y), svg_number(x + 140), say_.median_mark,
        svg_number(x + 290), svg_number(y + 5), svg_number(x + 320), svg_number(x + 328),
        say_.interval_mark);
  }

  const IntervalChart& chart_;
  const RankChartPhrases& say_;
  int most_ = 1;
  std::string text_;
};

// The rank-lines chart: ranks run down from kPlotTop, years across from kPlotLeft to kPlotRight,
// the legend right of it.
constexpr double kPlotLeft = 130;
constexpr double kPlotRight = 720;
constexpr double kPlotTop = 50;
constexpr double kPlotHeight = 330;
constexpr double kLegendX = 790;

// Each index's line: a colour (ColorBrewer's "Dark2", qualitative, for up to six lines), a dash
// and a marker shape, so that lines printed in grey are still told apart.
constexpr const char* kLineColours[] = {"#1b9e77", "#d95f02", "#7570b3",
                                        "#e7298a", "#66a61e", "#a6761d"};
constexpr const char* kLineDashes[] = {"", "7 4", "2 3", "9 3 2 3"};
constexpr size_t kStyles = 6;

// The marker of style `style` centred on (x, y), with `attributes` (class and data).
std::string marker(size_t style, double x, double y, const std::string& attributes) {
  const std::string colour = kLineColours[style % kStyles];
  switch (style % 4) {
    case 0:
      return fmt::format("<circle {} cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{}\"/>\n", attributes,
                         svg_number(x), svg_number(y), colour);
    case 1:
      return fmt::format("<rect {} x=\"{}\" y=\"{}\" width=\"8\" height=\"8\" fill=\"{}\"/>\n",
                         attributes, svg_number(x - 4), svg_number(y - 4), colour);
    case 2:
      return fmt::format("<path {} d=\"M{},{} L{},{} L{},{} Z\" fill=\"{}\"/>\n", attributes,
                         svg_number(x), svg_number(y - 5), svg_number(x + 5), svg_number(y + 4),
                         svg_number(x - 5), svg_number(y + 4), colour);
    default:
      return fmt::format(
          "<path {} d=\"M{},{} L{},{} L{},{} L{},{} Z\" fill=\"#fff\" "
          "stroke=\"{}\" stroke-width=\"2\"/>\n",
          attributes, svg_number(x), svg_number(y - 5), svg_number(x + 5), svg_number(y),
          svg_number(x), svg_number(y + 5), svg_number(x - 5), svg_number(y), colour);
  }
}

std::string dash_of(size_t style) {
  const char* dash = kLineDashes[style % 4];
  return *dash ? fmt::format(" stroke-dasharray=\"{}\"", dash) : "";
}

class RankLinesFigure {
 public:
  RankLinesFigure(const RankLinesChart& chart, Language language)
      : chart_(chart), say_(phrases(language)) {
    for (const RankLine& line : chart.lines) {
      for (const RankPoint& point : line.points) most_ = std::max({most_, point.of, point.rank});
    }
  }

  std::string all() {
    if (chart_.lines.empty() || chart_.years.empty()) return "";
    std::string desc = say_.lines_desc;
    bool broken = false;
    for (size_t l = 0; l < chart_.lines.size(); ++l) {
      const RankLine& line = chart_.lines[l];
      desc += html_document_text(line.name) + ": ";
      for (size_t p = 0; p < line.points.size(); ++p) {
        const RankPoint& point = line.points[p];
        if (p > 0) desc += ", ";
        desc += fmt::format(runtime(say_.point_item), arg("year", point.year),
                            arg("rank", point.rank), arg("of", point.of));
        broken = broken || (p > 0 && !point.joined);
      }
      desc += l + 1 == chart_.lines.size() ? "." : "; ";
    }
    const double bottom = kPlotTop + kPlotHeight;
    const double legend_bottom = kPlotTop + 22.0 * static_cast<double>(chart_.lines.size());
    const double height = std::max(bottom + 44 + (broken ? 20 : 0), legend_bottom + 10);
    open_svg_figure(text_, "rank-lines", kWidth, height,
                    fmt::format(runtime(say_.lines_title),
                                arg("province", html_document_text(chart_.province))),
                    desc);
    axes(bottom);
    for (size_t l = 0; l < chart_.lines.size(); ++l) line(chart_.lines[l], l);
    write_labels();
    if (broken) {
      fmt::format_to(out(), "<text x=\"{}\" y=\"{}\" font-size=\"11\">{}</text>\n",
                     svg_number(kPlotLeft), svg_number(bottom + 40), say_.broken);
    }
    close_svg_figure(text_);
    return std::move(text_);
  }

 private:
  Out out() { return std::back_inserter(text_); }

  // Years are placed by their distance, so that a year no table gives leaves its gap.
  double x_of(int year) const {
    const int first = chart_.years.front();
    const int last = chart_.years.back();
    if (first == last) return (kPlotLeft + kPlotRight) / 2;
    return kPlotLeft + (kPlotRight - kPlotLeft) * (year - first) / (last - first);
  }

  double y_of(int rank) const {
    if (most_ <= 1) return kPlotTop;
    return kPlotTop + kPlotHeight * (rank - 1) / (most_ - 1);
  }

  void axes(double bottom) {
    for (int rank : rank_ticks(most_)) {
      fmt::format_to(out(),
                     "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" "
                     "stroke=\"#bbb\" stroke-width=\"0.5\"/>\n<text x=\"{3}\" y=\"{4}\" "
                     "font-size=\"11\" text-anchor=\"end\">{5}</text>\n",
                     svg_number(kPlotLeft - 20), svg_number(y_of(rank)),
                     svg_number(kPlotRight + 20), svg_number(kPlotLeft - 26),
                     svg_number(y_of(rank) + 4), rank);
    }
    for (int year : chart_.years) {
      fmt::format_to(out(),
                     "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" "
                     "stroke=\"#bbb\" stroke-width=\"0.5\"/>\n<text x=\"{0}\" y=\"{3}\" "
                     "font-size=\"12\" text-anchor=\"middle\">{4}</text>\n",
                     svg_number(x_of(year)), svg_number(kPlotTop - 8), svg_number(bottom + 6),
                     svg_number(bottom + 20), year);
    }
    fmt::format_to(out(),
                   "<text x=\"{0}\" y=\"{1}\" font-size=\"11\" text-anchor=\"middle\" "
                   "transform=\"rotate(-90 {0} {1})\">{2}</text>\n",
                   svg_number(30), svg_number(kPlotTop + kPlotHeight / 2), say_.lines_axis);
  }

  void line(const RankLine& line, size_t style) {
    const std::string name = html_document_text(line.name);
    const std::string colour = kLineColours[style % kStyles];
    for (size_t p = 1; p < line.points.size(); ++p) {
      if (!line.points[p].joined) continue;
      fmt::format_to(out(),
                     "<line class=\"rank-line\" data-index=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" "
                     "y2=\"{}\" stroke=\"{}\" stroke-width=\"2\"{}/>\n",
                     name, svg_number(x_of(line.points[p - 1].year)),
                     svg_number(y_of(line.points[p - 1].rank)),
                     svg_number(x_of(line.points[p].year)), svg_number(y_of(line.points[p].rank)),
                     colour, dash_of(style));
    }
    for (const RankPoint& point : line.points) {
      const double x = x_of(point.year);
      const double y = y_of(point.rank);
      text_ += marker(style, x, y,
                      fmt::format("class=\"rank-point\" data-index=\"{}\" data-year=\"{}\" "
                                  "data-rank=\"{}\" data-of=\"{}\"",
                                  name, point.year, point.rank, point.of));
      labels_.push_back({x, y + 4, fmt::format("{}/{}", point.rank, point.of)});
    }
    // The legend: the line's dash and marker, and the index's name.
    const double y = kPlotTop + 22.0 * static_cast<double>(style);
    fmt::format_to(out(),
                   "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
                   "stroke-width=\"2\"{}/>\n",
                   svg_number(kLegendX), svg_number(y), svg_number(kLegendX + 36), svg_number(y),
                   colour, dash_of(style));
    text_ += marker(style, kLegendX + 18, y, "class=\"key\"");
    fmt::format_to(out(), "<text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>\n",
                   svg_number(kLegendX + 44), svg_number(y + 4), name);
  }

  // The labels "rank/of" right of the points, in black; the labels of one year are moved down
  // where they would print over one another.
  void write_labels() {
    std::stable_sort(labels_.begin(), labels_.end(), [](const Label& a, const Label& b) {
      return a.x != b.x ? a.x < b.x : a.y < b.y;
    });
    constexpr double kLabelHeight = 12;
    for (size_t i = 0; i < labels_.size(); ++i) {
      if (i > 0 && labels_[i].x == labels_[i - 1].x)
        labels_[i].y = std::max(labels_[i].y, labels_[i - 1].y + kLabelHeight);
      fmt::format_to(out(), "<text x=\"{}\" y=\"{}\" font-size=\"11\">{}</text>\n",
                     svg_number(labels_[i].x + 8), svg_number(labels_[i].y), labels_[i].text);
    }
  }

  struct Label {
    double x = 0;
    double y = 0;  // of the text's baseline
    std::string text;
  };

  const RankLinesChart& chart_;
  const RankChartPhrases& say_;
  int most_ = 1;
  std::vector<Label> labels_;
  std::string text_;
};

}  // namespace

std::string interval_chart_svg(const IntervalChart& chart, Language language) {
  return IntervalFigure(chart, language).all();
}

std::string rank_lines_svg(const RankLinesChart& chart, Language language) {
  return RankLinesFigure(chart, language).all();
}

}  // namespace chiso

// The chart of scorecard.html: each index's rank over the years (svg_rank_charts.h).
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "io/html_report.h"
#include "io/svg_parts.h"
#include "io/svg_rank_charts.h"

namespace chiso {
namespace {

using fmt::arg;
using fmt::runtime;

// The words of the chart: plain text with {named} places, as the report's phrases
// (report_phrases.h).
struct LinesPhrases {
  const char* lines_title;  // {province}
  const char* lines_desc;   // what the chart draws, before the indices
  const char* point_item;   // {year} {rank} {of}
  const char* lines_axis;   // beside the vertical axis
  const char* broken;       // under the chart, when a line breaks
};

constexpr LinesPhrases kVietnamese{
    .lines_title = "Thứ hạng các chỉ số của {province} qua các năm",
    .lines_desc =
        "Biểu đồ đường, trục ngang là năm, trục dọc là thứ hạng (hạng 1 ở trên cùng); mỗi điểm "
        "ghi thứ hạng trên tổng số tỉnh, thành phố. ",
    .point_item = "{year} {rank}/{of}",
    .lines_axis = "Thứ hạng (1 là cao nhất)",
    .broken =
        "Đường bị ngắt ở năm bản đồ tỉnh, thành phố thay đổi: thứ hạng hai năm đó không so sánh "
        "được.",
};

constexpr LinesPhrases kEnglish{
    .lines_title = "Rank of {province} on each index over the years",
    .lines_desc =
        "Line chart, the years across, the rank down (rank 1 at the top); each point gives the "
        "rank out of how many provinces. ",
    .point_item = "{year} {rank}/{of}",
    .lines_axis = "Rank (1 is the highest)",
    .broken =
        "A line breaks at a year the map of provinces changed: the ranks of those two years "
        "cannot be compared.",
};

const LinesPhrases& phrases(Language language) {
  return language == Language::kVietnamese ? kVietnamese : kEnglish;
}

using Out = std::back_insert_iterator<std::string>;

constexpr double kWidth = 1000;

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
  const LinesPhrases& say_;
  int most_ = 1;
  std::vector<Label> labels_;
  std::string text_;
};

}  // namespace

std::string rank_lines_svg(const RankLinesChart& chart, Language language) {
  return RankLinesFigure(chart, language).all();
}

}  // namespace chiso

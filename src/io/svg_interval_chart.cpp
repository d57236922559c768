// The chart of robustness.html: each unit's median rank and rank interval, in parts of 25
// units (svg_rank_charts.h).
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
struct IntervalPhrases {
  const char* intervals_title;  // {group} {year}
  const char* intervals_desc;   // {runs}: what the chart draws, before the units
  const char* interval_item;    // {unit} {rank} {median} {low} {high}
  const char* median_label;     // after a row: {median} {low} {high}
  const char* rank_mark;        // legend
  const char* median_mark;
  const char* interval_mark;
  const char* rank_axis;  // under the axis of ranks
  const char* continued;  // after the title of a chart's second and later parts
};

constexpr IntervalPhrases kVietnamese{
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
    .continued = " (tiếp theo)",
};

constexpr IntervalPhrases kEnglish{
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
    .continued = " (continued)",
};

const IntervalPhrases& phrases(Language language) {
  return language == Language::kVietnamese ? kVietnamese : kEnglish;
}

using Out = std::back_insert_iterator<std::string>;

constexpr double kWidth = 1000;
constexpr double kTop = 40;  // below the chart's heading
constexpr double kRow = 20;
constexpr size_t kUnitsPerPart = 25;  // the rows that fit an A4 landscape page, as report.html's

// Names end at kLabelEnd, ranks run from kAxisStart to kAxisEnd.
constexpr double kLabelEnd = 290;
constexpr double kAxisStart = 310;
constexpr double kAxisEnd = 790;

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
        "V{10}\" stroke=\"#000\" stroke-width=\"1.5\" fill=\"none\"/>\n<text x=\"{12}\" "
        "y=\"{3}\" "
        "font-size=\"12\">{13}</text>\n",
        svg_number(x), svg_number(y - 5), svg_number(x + 16), svg_number(y + 4), say_.rank_mark,
        svg_number(x + 130), svg_number(y), svg_number(x + 140), say_.median_mark,
        svg_number(x + 290), svg_number(y + 5), svg_number(x + 320), svg_number(x + 328),
        say_.interval_mark);
  }

  const IntervalChart& chart_;
  const IntervalPhrases& say_;
  int most_ = 1;
  std::string text_;
};

}  // namespace

std::string interval_chart_svg(const IntervalChart& chart, Language language) {
  return IntervalFigure(chart, language).all();
}

}  // namespace chiso

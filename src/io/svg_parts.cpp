#include "io/svg_parts.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace chiso {

std::string svg_number(double value) {
  std::string text = fmt::format("{:.2f}", value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string shortened_name(const std::string& name, size_t most) {
  size_t characters = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    if ((static_cast<unsigned char>(name[i]) & 0xC0) == 0x80) continue;
    if (++characters == most) return name.substr(0, i) + "…";
  }
  return name;
}

void open_svg_figure(std::string& out, const std::string& kind, double width, double height,
                     const std::string& title, const std::string& desc) {
  fmt::format_to(std::back_inserter(out),
                 "<figure class=\"chart {0}\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                 "viewBox=\"0 0 {1} {2}\" width=\"{1}\" height=\"{2}\" role=\"img\">\n"
                 "<title>{3}</title>\n<desc>{4}</desc>\n"
                 "<text x=\"0\" y=\"18\" font-size=\"16\" font-weight=\"bold\">{3}</text>\n",
                 kind, svg_number(width), svg_number(height), title, desc);
}

void close_svg_figure(std::string& out) { out += "</svg>\n</figure>\n"; }

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

}  // namespace chiso

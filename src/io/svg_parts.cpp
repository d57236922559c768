#include "io/svg_parts.h"

#include <fmt/format.h>

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

}  // namespace chiso

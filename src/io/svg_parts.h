// What the SVG charts of the HTML reports share: numbers as coordinates, names cut to fit, a
// chart's <figure> with its title and description, and the ticks of an axis of ranks.
#pragma once

#include <string>
#include <vector>

namespace chiso {

/// `value` as an SVG coordinate: at most 2 decimals, no trailing zeros ("12.5", "300").
std::string svg_number(double value);

/// `name` cut to `most` characters (code points), with "…" when cut: SVG text does not wrap.
std::string shortened_name(const std::string& name, size_t most);

/// Opens a chart: a <figure class="chart KIND"> holding an <svg> `width` × `height` with its
/// <title>, <desc> (both HTML text) and the title written at its top. close_svg_figure ends it.
void open_svg_figure(std::string& out, const std::string& kind, double width, double height,
                     const std::string& title, const std::string& desc);

void close_svg_figure(std::string& out);

/// The ranks that get a grid line and a label on an axis from 1 to `most`: every rank up to 20,
/// else 1, the multiples of a round step (5, 10, 20, 25, 50, 100, …) that gives at most ten
/// more, and `most`; a chart of 10,000 units has 12 grid lines, not 1,000.
std::vector<int> rank_ticks(int most);

}  // namespace chiso

// Tests of the report's document: names marked in its text are escaped by each format's writer
// and nothing else; report.md's layout of headings, paragraphs, tables and lists.
#include "io/report_document.h"

#include <doctest/doctest.h>

#include <string>

using namespace chiso;

namespace {

std::string bracketed(std::string_view text) { return "[" + std::string(text) + "]"; }
std::string braced(std::string_view text) { return "{" + std::string(text) + "}"; }
std::string as_is(std::string_view text) { return std::string(text); }

constexpr TextStyle kMarks{as_is, bracketed, braced};

}  // namespace

TEST_CASE("styled_text: a phrase is written as it is, each name and file name by its function") {
  CHECK(styled_text("Đơn vị " + name_text("Sở A") + " đứng đầu", kMarks) ==
        "Đơn vị [Sở A] đứng đầu");
  CHECK(styled_text(code_text("n/a") + " và " + name_text("B") + name_text(""), kMarks) ==
        "{n/a} và [B][]");
  CHECK(styled_text("", kMarks) == "");
}

TEST_CASE("name_text: a marker character inside a name becomes U+FFFD, and ends nothing") {
  const std::string name = name_text(std::string("A\x03") + "B\x01" + "C");
  CHECK(styled_text(name, kMarks) ==
        "[A\xEF\xBF\xBD"
        "B\xEF\xBF\xBD"
        "C]");
}

TEST_CASE("markdown_document: blocks one blank line apart, names escaped, one final line break") {
  ReportDocument document;
  document.heading(2, name_text("Sở | #"));
  document.paragraph("Có " + name_text("*A*") + ".");
  document.table(
      {{{"Hạng", Align::kRight}, {"Đơn vị"}, {"Cũ", Align::kRight}}, {{"1", name_text("A_"), ""}}});
  document.add_charts({});
  document.list({"một", name_text("[x]")});
  CHECK(markdown_document(document) ==
        "## Sở \\| \\#\n\n"
        "Có \\*A\\*.\n\n"
        "| Hạng | Đơn vị | Cũ |\n|-------:|-------|-----:|\n| 1 | A\\_ |  |\n\n"
        "- một\n- \\[x\\]\n");
  CHECK(document.charts.size() == 1);
}

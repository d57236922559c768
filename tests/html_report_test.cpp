// Tests of report.html's writer: text from the inputs is escaped, the document's blocks become
// their HTML elements, and the page stands alone.
#include "io/html_report.h"

#include <doctest/doctest.h>

#include <string>

using namespace chiso;

TEST_CASE("html_text: markup characters become references, line breaks spaces, controls U+FFFD") {
  CHECK(html_text("Sở Nội vụ") == "Sở Nội vụ");
  CHECK(html_text("<script>alert('x')</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(html_text("A & \"B\"") == "A &amp; &quot;B&quot;");
  CHECK(html_text("A\tB\r\nC") == "A B  C");
  CHECK(html_text("A\x01"
                  "B\xE2\x80\xAE"
                  "C") ==
        "A\xEF\xBF\xBD"
        "B\xEF\xBF\xBD"
        "C");
}

TEST_CASE("html_document_text: names escaped, file names as code, phrases as they are") {
  CHECK(html_document_text("Đơn vị " + name_text("<b>") + " so với " + code_text("a&b.csv")) ==
        "Đơn vị &lt;b&gt; so với <code>a&amp;b.csv</code>");
}

TEST_CASE("html_document: headings, paragraphs, tables with a repeated header, lists") {
  ReportDocument document;
  document.language = Language::kEnglish;
  document.heading(1, "Index " + name_text("A&B") + " 2022");
  document.paragraph("Ranked " + name_text("<i>x</i>") + ".");
  document.table({{{"Rank", Align::kRight}, {"Unit", Align::kLeft, true}, {"Band"}},
                  {{"1", name_text("Sở | A"), "Good"}}});
  document.list({"one", name_text("[two]")});
  const std::string page = html_document(document);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n",
                   0) == 0);
  CHECK(page.find("<title>Index A&amp;B 2022</title>") != std::string::npos);
  CHECK(page.find("<h1>Index A&amp;B 2022</h1>\n<p>Ranked &lt;i&gt;x&lt;/i&gt;.</p>\n"
                  "<table>\n<thead>\n<tr><th>Rank</th><th>Unit</th><th>Band</th></tr>\n</thead>\n"
                  "<tbody>\n<tr><td class=\"r\">1</td><td class=\"w\">Sở | A</td><td>Good</td>"
                  "</tr>\n</tbody>\n</table>\n<ul>\n<li>one</li>\n<li>[two]</li>\n</ul>\n"
                  "</body>\n</html>\n") != std::string::npos);
  CHECK(page.find("size: A4 landscape;") != std::string::npos);
  // The bands' patterns come only with report.html's charts.
  CHECK(page.find("http://www.w3.org/2000/svg") == std::string::npos);
  document.add_charts(GroupCharts{});
  CHECK(html_document(document).find("<pattern id=\"chiso-band-1\"") != std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("href") == std::string::npos);
}

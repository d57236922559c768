// Tests of markdown_text and markdown_code: names in the Markdown outputs read as the text they
// are, never as markup, HTML, a table's cell break or a new line.
#include "io/markdown_text.h"

#include <doctest/doctest.h>

#include <string>

using chiso::markdown_code;
using chiso::markdown_text;

TEST_CASE("markdown_text: plain Vietnamese names and criterion ids are left as they are") {
  CHECK(markdown_text("Sở Giao thông Vận tải") == "Sở Giao thông Vận tải");
  CHECK(markdown_text("UBND huyện Mường Nhé (cũ)") == "UBND huyện Mường Nhé (cũ)");
  CHECK(markdown_text("labour_training") == "labour_training");
  CHECK(markdown_text("1.1") == "1.1");
  CHECK(markdown_text("Sở A - Sở B") == "Sở A - Sở B");
  CHECK(markdown_text("") == "");
}

TEST_CASE("markdown_text: what would end a table cell or a line is escaped or made a space") {
  CHECK(markdown_text("Sở A|B") == "Sở A\\|B");
  CHECK(markdown_text("Sở A\\|B") == "Sở A\\\\\\|B");  // a backslash cannot escape the escape
  CHECK(markdown_text("Sở A\\") == "Sở A\\\\");
  CHECK(markdown_text("Sở A\n| 1 | Giả |") == "Sở A \\| 1 \\| Giả \\|");
  CHECK(markdown_text("Sở\r\nA\tB") == "Sở  A B");
}

TEST_CASE("markdown_text: HTML is shown, not run") {
  CHECK(markdown_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(markdown_text("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;");
  CHECK(markdown_text("A &amp; B") == "A &amp;amp; B");
  CHECK(markdown_text("<https://evil.example>") == "&lt;https://evil.example&gt;");
}

TEST_CASE("markdown_text: links, images, code and emphasis are escaped") {
  CHECK(markdown_text("[Bấm vào đây](https://evil.example)") ==
        "\\[Bấm vào đây\\](https://evil.example)");
  CHECK(markdown_text("![x](https://evil.example/a.png)") ==
        "!\\[x\\](https://evil.example/a.png)");
  CHECK(markdown_text("`rm -rf`") == "\\`rm -rf\\`");
  CHECK(markdown_text("*Sở* _A_ ~~B~~") == "\\*Sở\\* \\_A\\_ \\~\\~B\\~\\~");
}

TEST_CASE("markdown_text: a name that would start a heading or a list after '- ' does not") {
  CHECK(markdown_text("# Sở A") == "\\# Sở A");
  CHECK(markdown_text("- Sở A") == "\\- Sở A");
  CHECK(markdown_text("+ Sở A") == "\\+ Sở A");
  CHECK(markdown_text("---") == "\\---");
  CHECK(markdown_text("-") == "\\-");
  CHECK(markdown_text("-Khá") == "-Khá");
  CHECK(markdown_text("#1") == "#1");
  CHECK(markdown_text("Sở #") == "Sở \\#");  // "## Sở #" would be the heading "Sở"
  CHECK(markdown_text("Sở ##") == "Sở \\##");
  CHECK(markdown_text("Tổ C#") == "Tổ C#");
  CHECK(markdown_text("1. Sở A") == "1\\. Sở A");
  CHECK(markdown_text("12) Sở A") == "12\\) Sở A");
  CHECK(markdown_text("1.1 Kế hoạch") == "1.1 Kế hoạch");
  CHECK(markdown_text("2022") == "2022");
}

TEST_CASE(
    "markdown_text: characters the readers refuse become U+FFFD if given on the command line") {
  CHECK(markdown_text("PAR\xE2\x80\xAE INDEX") == "PAR\xEF\xBF\xBD INDEX");
  CHECK(markdown_text("\x1B[31mđỏ") == "\xEF\xBF\xBD\\[31mđỏ");
}

TEST_CASE("markdown_code: a file name in a code span that it cannot close") {
  CHECK(markdown_code("xep-hang-2021.csv") == "`xep-hang-2021.csv`");
  CHECK(markdown_code("a`b.csv") == "``a`b.csv``");
  CHECK(markdown_code("`a``.csv") == "``` `a``.csv ```");
  CHECK(markdown_code("a\nb|<c>.csv") == "`a b|<c>.csv`");
}

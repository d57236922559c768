// Tests of the CSV writer: quoting, and formula-like text neutralised in a spreadsheet's CSV
// (OWASP "CSV injection") while plain CSV keeps every name as it is.
#include "io/csv_writer.h"

#include <doctest/doctest.h>

#include <string>

using namespace chiso;

namespace {

// One row: a hostile name, a negative number, a rank change of -1 and an empty cell.
std::string row(const CsvStyle& style, const std::string& name) {
  CsvWriter csv(style);
  csv.text(name);
  csv.number(-2.5, 2);
  csv.integer(-1);
  csv.text("");
  csv.end_row();
  return csv.take();
}

}  // namespace

TEST_CASE("csv_writer: a spreadsheet's CSV puts a ' before a text cell a spreadsheet would run") {
  const CsvStyle bom{true, false};
  const CsvStyle comma{false, true};
  CHECK(row(bom, "=HYPERLINK(\"http://evil.example\",\"Sở A\")") ==
        "\xEF\xBB\xBF\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Sở A\"\")\",-2.50,-1,\n");
  CHECK(row(comma, "=1+1") == "'=1+1;-2,50;-1;\n");
  CHECK(row(comma, "+84 Sở") == "'+84 Sở;-2,50;-1;\n");
  CHECK(row(comma, "-Sở") == "'-Sở;-2,50;-1;\n");
  CHECK(row(comma, "@SUM(A1)") == "'@SUM(A1);-2,50;-1;\n");
  CHECK(row(comma, "  =1+1") == "'  =1+1;-2,50;-1;\n");
  CHECK(row(comma, "\t=1") == "'\t=1;-2,50;-1;\n");
  CHECK(row(comma, "\r=1") == "\"'\r=1\";-2,50;-1;\n");
  CHECK(row(comma, "\n=1") == "\"'\n=1\";-2,50;-1;\n");
  // Only the start counts; numbers are numbers.
  CHECK(row(comma, "Sở A = Sở B - 1") == "Sở A = Sở B - 1;-2,50;-1;\n");
  CHECK(row(comma, "Sở A") == "Sở A;-2,50;-1;\n");
}

TEST_CASE("csv_writer: plain CSV keeps every name as it is, to read back the same") {
  CHECK(row({}, "=HYPERLINK(\"x\")") == "\"=HYPERLINK(\"\"x\"\")\",-2.50,-1,\n");
  CHECK(row({}, "-Sở") == "-Sở,-2.50,-1,\n");
  CHECK(csv_field("=1+1") == "=1+1");
}

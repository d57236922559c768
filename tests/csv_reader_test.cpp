// Tests of csv_reader: dialect detection, quoting, locations and syntax errors.
#include "chiso/io/csv_reader.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chiso/io/diagnostic_format.h"

namespace chiso {
namespace {

// A record as one readable line: "line| field@column | \"quoted\"@column".
std::string describe(const CsvRecord& record) {
  std::string text = std::to_string(record.line) + "|";
  for (size_t i = 0; i < record.fields.size(); ++i) {
    const std::string field = record.quoted[i] ? "\"" + record.fields[i] + "\"" : record.fields[i];
    text += " " + field + "@" + std::to_string(record.columns[i]) + " |";
  }
  return text;
}

// Every record of `text` after the header, one described record per line.
std::string records_of(const std::string& text, char delimiter = 0) {
  std::istringstream in(text);
  CsvReader reader("t.csv", in, delimiter);
  CsvRecord record;
  std::string all;
  if (!reader.read_header(record)) return "no header";
  all += describe(record) + "\n";
  while (reader.next(record)) all += describe(record) + "\n";
  return all;
}

// The delimiter the reader settled on after reading the header of `text`.
char delimiter_of(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader("t.csv", in);
  CsvRecord header;
  reader.read_header(header);
  return reader.delimiter();
}

// The formatted error reading `text` throws, or "no error".
std::string error_of(const std::string& text) {
  try {
    records_of(text);
  } catch (const InputError& error) {
    std::string all;
    for (const Diagnostic& diagnostic : error.diagnostics()) all += format_diagnostic(diagnostic);
    return all;
  }
  return "no error";
}

}  // namespace

TEST_CASE("csv: the separator is the most frequent of comma, semicolon and tab in the header") {
  SUBCASE("comma") { CHECK(delimiter_of("unit,year,criterion,score\n") == ','); }
  SUBCASE("semicolon, as Vietnamese spreadsheets export") {
    CHECK(delimiter_of("unit;year;criterion;score\n") == ';');
    CHECK(records_of("unit;score\nSở Y tế;92,18\n") ==
          "1| unit@1 | score@6 |\n2| Sở Y tế@1 | 92,18@9 |\n");
  }
  SUBCASE("tab") { CHECK(delimiter_of("unit\tyear\tscore\n") == '\t'); }
  SUBCASE("a header without any separator is comma-separated") {
    CHECK(delimiter_of("unit\n") == ',');
  }
  SUBCASE("separators inside quotes do not count") {
    CHECK(delimiter_of("\"a;b;c\",d\n") == ',');
    CHECK(delimiter_of("\"a,b,c\";d\n") == ';');
  }
  SUBCASE("a delimiter given explicitly is used as it is") {
    std::istringstream in("a,b;c\n");
    CsvReader reader("t.csv", in, ';');
    CsvRecord header;
    REQUIRE(reader.read_header(header));
    CHECK(describe(header) == "1| a,b@1 | c@5 |");
  }
}

TEST_CASE("csv: a comma is a decimal comma only when the separator is a semicolon or a tab") {
  auto comma_is_decimal = [](const std::string& header) {
    std::istringstream in(header);
    CsvReader reader("t.csv", in);
    CsvRecord record;
    reader.read_header(record);
    return reader.comma_is_decimal();
  };
  CHECK_FALSE(comma_is_decimal("a,b\n"));
  CHECK(comma_is_decimal("a;b\n"));
  CHECK(comma_is_decimal("a\tb\n"));
}

TEST_CASE("csv: line endings, byte-order mark and blank lines are what spreadsheets write") {
  SUBCASE("a UTF-8 byte-order mark is skipped and does not shift columns") {
    CHECK(records_of("\xEF\xBB\xBFunit,year\nA,2022\n") ==
          "1| unit@1 | year@6 |\n2| A@1 | 2022@3 |\n");
  }
  SUBCASE("CRLF line breaks leave no carriage return in the last field") {
    CHECK(records_of("unit,year\r\nA,2022\r\nB,2021\r\n") ==
          "1| unit@1 | year@6 |\n2| A@1 | 2022@3 |\n3| B@1 | 2021@3 |\n");
  }
  SUBCASE("the last line may have no newline") {
    CHECK(records_of("unit,year\nA,2022") == "1| unit@1 | year@6 |\n2| A@1 | 2022@3 |\n");
  }
  SUBCASE("blank lines and lines of separators and spaces are skipped, line numbers stay right") {
    CHECK(records_of("unit,year\n\nA,2022\n,\n  , \n\t\nB,2021\n,,\n") ==
          "1| unit@1 | year@6 |\n3| A@1 | 2022@3 |\n7| B@1 | 2021@3 |\n");
  }
  SUBCASE("a line of quoted empty fields is a record, not a blank line") {
    CHECK(records_of("a,b\n\"\",\n") == "1| a@1 | b@3 |\n2| \"\"@1 | @4 |\n");
  }
  SUBCASE("an empty source has no header") {
    CHECK(records_of("") == "no header");
    CHECK(records_of("\xEF\xBB\xBF") == "no header");
  }
}

TEST_CASE("csv: a quoted field keeps separators, doubled quotes and line breaks") {
  const std::string text =
      "unit,note\n"
      "\"Sở Lao động, Thương binh và Xã hội\",\"say \"\"hi\"\"\"\n"
      "\"two\n"
      "lines\",x\n"
      "\"three\r\n"
      "\r\n"
      "lines\",y\n"
      "last,row\n";
  CHECK(records_of(text) ==
        "1| unit@1 | note@6 |\n"
        "2| \"Sở Lao động, Thương binh và Xã hội\"@1 | \"say \"hi\"\"@38 |\n"
        "3| \"two\nlines\"@1 | x@8 |\n"
        "5| \"three\n\nlines\"@1 | y@8 |\n"
        "8| last@1 | row@6 |\n");
}

TEST_CASE("csv: a field after a multi-line quoted field is located on the line where it is") {
  std::istringstream in("unit,note\n\"two\nlines\",x\n");
  CsvReader reader("t.csv", in);
  CsvRecord record;
  REQUIRE(reader.read_header(record));
  REQUIRE(reader.next(record));
  CHECK(format_diagnostic({record.at("t.csv", 0), Severity::kError, "first"}) ==
        "t.csv:2:1: error: first");
  // "x" is on line 3, column 8; the record only knows the line where it began.
  CHECK(format_diagnostic({record.at("t.csv", 1), Severity::kError, "second"}) ==
        "t.csv:3:8: error: second");
}

TEST_CASE("csv: spaces around fields are trimmed and columns point at the field") {
  CHECK(records_of("a , b,c\n  x  ,  \"y\"  , z \n\" kept \",,\n") ==
        "1| a@1 | b@5 | c@7 |\n"
        "2| x@3 | \"y\"@9 | z@16 |\n"
        "3| \" kept \"@1 | @10 | @11 |\n");
}

TEST_CASE("csv: columns count characters, not bytes") {
  CHECK(records_of("unit,score\nSở Nội vụ,2.5\nỦy ban nhân dân,\"3\"\n") ==
        "1| unit@1 | score@6 |\n2| Sở Nội vụ@1 | 2.5@11 |\n3| Ủy ban nhân dân@1 | \"3\"@17 |\n");
}

TEST_CASE("csv: syntax errors stop reading at their place, worded for the user") {
  SUBCASE("a quoted field that is never closed is reported where it opened") {
    CHECK(error_of("a,b\n1,\"abc\n2,3\n") ==
          "t.csv:2:3: error: quoted field is not closed; add the closing '\"'");
  }
  SUBCASE("text after a closing quote") {
    CHECK(error_of("a,b\n\"abc\"x,2\n") ==
          "t.csv:2:6: error: unexpected text after a closing quote; a quote inside a quoted field "
          "is written '\"\"'");
  }
  SUBCASE("text after a closing quote on a later line of the field") {
    CHECK(error_of("a,b\n1,\"ab\nSở\" x\n") ==
          "t.csv:3:5: error: unexpected text after a closing quote; a quote inside a quoted field "
          "is written '\"\"'");
  }
  SUBCASE("a quote inside an unquoted field") {
    CHECK(error_of("a,b\n1,Sở \"A\"\n") ==
          "t.csv:2:6: error: unexpected quote inside an unquoted field; quote the whole field and "
          "double the quote");
  }
  SUBCASE("invalid UTF-8 in the header") {
    CHECK(error_of("unit,\xFF\n") ==
          "t.csv:1:6: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)");
  }
  SUBCASE("invalid UTF-8 is located in characters after a Vietnamese name") {
    // Windows-1258 or Latin-1 bytes, as a spreadsheet saved in a legacy code page writes them.
    CHECK(error_of("unit,score\nSở Nội vụ,Kh\xE1\n") ==
          "t.csv:2:13: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)");
  }
  SUBCASE("invalid UTF-8 on a later line of a quoted field is located in characters too") {
    CHECK(error_of("unit,score\n\"Sở\nNội \xFF\",1\n") ==
          "t.csv:3:5: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)");
  }
}

TEST_CASE("csv: a NUL byte is an error at its place, not the end of its line") {
  const std::string kNul =
      ": error: NUL byte (character 0) in the text; a CSV file has none: save it again as \"CSV "
      "UTF-8\" (a file "
      "saved as UTF-16 has one in every character)";
  using namespace std::string_literals;
  SUBCASE("in a score, where it used to cut the line short silently") {
    CHECK(error_of("unit,year,criterion,score\nX,2022,1.1,1\0"
                   "999\n"s) == "t.csv:2:13" + kNul);
  }
  SUBCASE("after a Vietnamese name, located in characters") {
    CHECK(error_of("unit,score\nSở Nội vụ\0,1\n"s) == "t.csv:2:10" + kNul);
  }
  SUBCASE("on the first line after a byte-order mark") {
    CHECK(error_of("\xEF\xBB\xBFunit,\0score\n"s) == "t.csv:1:6" + kNul);
  }
  SUBCASE("on a later line of a quoted field") {
    CHECK(error_of("unit,score\n\"Sở\nNội\0\",1\n"s) == "t.csv:3:4" + kNul);
  }
  SUBCASE("at the end of a file without a final line break") {
    CHECK(error_of("unit,score\nA,1\r\nB,2\0"s) == "t.csv:3:4" + kNul);
  }
  SUBCASE("in a file saved as UTF-16 without a byte-order mark") {
    CHECK(error_of("u\0n\0i\0t\0\n\0"s) == "t.csv:1:2" + kNul);
  }
  SUBCASE("a byte 0xFF is still invalid UTF-8, in a file that also has a NUL") {
    CHECK(error_of("unit,score\nA,\xFF\nB,\0\n"s) ==
          "t.csv:2:3: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)");
  }
}

TEST_CASE("csv: records before a syntax error are read whole") {
  std::istringstream in("a,b\n1,2\n3,\"4\n");
  CsvReader reader("t.csv", in);
  CsvRecord record;
  REQUIRE(reader.read_header(record));
  REQUIRE(reader.next(record));
  CHECK(describe(record) == "2| 1@1 | 2@3 |");
  CHECK_THROWS_AS(reader.next(record), InputError);
}

TEST_CASE("csv: opening a file that does not exist names the file and the reason") {
  const std::string path =
      (std::filesystem::temp_directory_path() / "chiso-csv-test-no-such-folder" / "scores.csv")
          .string();
  std::string message = "no error";
  try {
    CsvReader::open(path);
  } catch (const InputError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    message = format_diagnostic(error.diagnostics()[0]);
  }
  CHECK(message == "chiso: error: cannot open '" + path + "': No such file or directory");
}

TEST_CASE("csv: a file opened by path is read like a stream") {
  const auto folder =
      std::filesystem::temp_directory_path() / ("chiso-csv-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const std::string path = (folder / "units.csv").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBFunit;group\r\nSở Y tế;\"Sở, ban, ngành\"\r\n";
  }
  auto reader = CsvReader::open(path);
  CsvRecord record;
  REQUIRE(reader->read_header(record));
  CHECK(reader->file() == path);
  CHECK(reader->delimiter() == ';');
  REQUIRE(reader->next(record));
  CHECK(describe(record) == "2| Sở Y tế@1 | \"Sở, ban, ngành\"@9 |");
  CHECK_FALSE(reader->next(record));
  reader.reset();
  std::filesystem::remove_all(folder);
}

}  // namespace chiso

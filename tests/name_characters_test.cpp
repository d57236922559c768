// Tests of name_characters: the control and bidi characters no name may hold, found by a byte
// scan, and refused with their own line and column by every reader of names.
#include "io/name_characters.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chiso/io/framework_reader.h"
#include "chiso/io/methods.h"
#include "chiso/io/tables_reader.h"
#include "io/scores_layout.h"
#include "messages.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("name-characters-test") {}
};

using testing::messages;

// `code_point` in UTF-8 (below U+10000).
std::string utf8(char32_t code_point) {
  std::string text;
  if (code_point < 0x80) {
    text += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    text += static_cast<char>(0xC0 | (code_point >> 6));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    text += static_cast<char>(0xE0 | (code_point >> 12));
    text += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return text;
}

bool is_forbidden(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

// The tail every refusal ends with.
const std::string kTail = "; delete it (names may hold no control or bidi characters)\n";

const char* const kFramework = "id,parent,name,max\n1,,Chỉ đạo,\n1.1,1,Kế hoạch,2.5\n";

}  // namespace

TEST_CASE("name_characters: every code point below U+10000 is forbidden exactly as listed") {
  for (char32_t c = 1; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates are no characters
    const std::string name = "Sở " + utf8(c) + " X";
    const std::optional<ForbiddenCharacter> found = forbidden_character(name);
    CAPTURE(static_cast<unsigned>(c));
    REQUIRE(found.has_value() == is_forbidden(c));
    if (found) {
      CHECK(found->offset == 5);  // "Sở " is 5 bytes
      CHECK(found->length == utf8(c).size());
      CHECK(found->code_point == c);
    }
  }
  CHECK_FALSE(forbidden_character("").has_value());
  CHECK(forbidden_character("\x1B[31m")->code_point == 0x1B);
  // A sequence cut at the end of the text is no character: invalid UTF-8 is refused elsewhere.
  CHECK_FALSE(forbidden_character("Sở \xE2\x80").has_value());
  CHECK(code_point_name(0x202E) == "U+202E");
  CHECK(code_point_name(0x7) == "U+0007");
}

TEST_CASE("name_characters: the error points at the character, in quoted fields too") {
  const Location start{"units.csv", 4, 7};
  SUBCASE("unquoted: columns count characters") {
    const auto problem = name_problem("Sở Nội vụ\xE2\x80\xAE", start, false, "unit name");
    REQUIRE(problem.has_value());
    CHECK(messages({*problem}) ==
          "units.csv:4:16: error: unit name holds the bidi control U+202E" + kTail);
  }
  SUBCASE("quoted: after the quote, a doubled quote takes two columns") {
    const auto problem = name_problem("Sở \"A\"\x07", start, true, "group name");
    REQUIRE(problem.has_value());
    CHECK(messages({*problem}) ==
          "units.csv:4:16: error: group name holds the control character U+0007" + kTail);
  }
  SUBCASE("quoted: after a line break inside the quotes, the next line from column 1") {
    const auto problem = name_problem("Sở A\nB\xC2\x9B", start, true, "band label");
    REQUIRE(problem.has_value());
    CHECK(messages({*problem}) ==
          "units.csv:5:2: error: band label holds the control character U+009B" + kTail);
  }
  SUBCASE("TAB, CR and LF are left to the matching of names") {
    CHECK_FALSE(name_problem("Sở\tA\r\nB", start, true, "unit name").has_value());
  }
}

TEST_CASE("name_characters: every reader of names refuses them with their place") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const std::string rlo = "\xE2\x80\xAE";  // U+202E RIGHT-TO-LEFT OVERRIDE
  SUBCASE("units: unit and group") {
    read_units(
        folder.write("units.csv", "unit,group\nSở " + rlo + "A,Sở\nSở B,\"Sở\x1B\"\nSở C,Sở\n"), {},
        diagnostics);
    CHECK(messages(diagnostics) ==
          folder.path("units.csv") + ":2:4: error: unit name holds the bidi control U+202E" +
              kTail + folder.path("units.csv") +
              ":3:9: error: group name holds the control character U+001B" + kTail);
  }
  SUBCASE("bands: label, group and set") {
    read_bands(folder.write("bands.csv", "group,label,min,set\n,Tốt" + utf8(0x2066) +
                                             ",80,\nSở\x7F,Khá,60,\n,Đạt,0,"
                                             "A" +
                                             utf8(0x200F) + "\n"),
               {}, diagnostics);
    const std::string path = folder.path("bands.csv");
    CHECK(messages(diagnostics) ==
          path + ":2:5: error: band label holds the bidi control U+2066" + kTail + path +
              ":3:3: error: group name holds the control character U+007F" + kTail + path +
              ":4:9: error: band set name holds the bidi control U+200F" + kTail);
  }
  SUBCASE("framework: id, parent, name, owner and aliases") {
    read_framework(folder.write("framework.csv",
                                "id,parent,name,max,owner,aliases\n1,,Chỉ đạo,,,\n"
                                "1.1" +
                                    rlo + ",1,A,1,,\n1.2,1" + rlo +
                                    ",B,1,,\n"
                                    "1.3,1,C" +
                                    rlo + ",1,,\n1.4,1,D,1,Sở" + rlo +
                                    ",\n"
                                    "1.5,1,E,1,,X|Y" +
                                    rlo + "\n"),
                   {}, diagnostics);
    const std::string path = folder.path("framework.csv");
    CHECK(messages(diagnostics) ==
          path + ":3:4: error: criterion id holds the bidi control U+202E" + kTail + path +
              ":4:6: error: parent id holds the bidi control U+202E" + kTail + path +
              ":5:8: error: criterion name holds the bidi control U+202E" + kTail + path +
              ":6:13: error: owner name holds the bidi control U+202E" + kTail + path +
              ":7:15: error: criterion alias holds the bidi control U+202E" + kTail);
  }
  SUBCASE("a previous ranking: unit, group and band") {
    read_previous(
        folder.write("previous.csv", "unit,rank,group,band\nSở A" + rlo + ",1,,\nSở B,2,X" + rlo +
                                         ",\nSở C,3,,Tốt" + rlo + "\n"),
        {}, diagnostics);
    const std::string path = folder.path("previous.csv");
    CHECK(messages(diagnostics) ==
          path + ":2:5: error: unit name holds the bidi control U+202E" + kTail + path +
              ":3:9: error: group name holds the bidi control U+202E" + kTail + path +
              ":4:12: error: band label holds the bidi control U+202E" + kTail);
  }
  SUBCASE("excluded units") {
    read_exclusions(folder.write("excluded.csv", "unit\nSở\x01 A\n"), {}, diagnostics);
    CHECK(messages(diagnostics) == folder.path("excluded.csv") +
                                       ":2:3: error: unit name holds the control character U+0001" +
                                       kTail);
  }
  SUBCASE("scores, read by the general reader") {
    const Framework framework =
        read_framework(folder.write("framework.csv", kFramework), {}, diagnostics);
    ScoreTable table(static_cast<int>(framework.leaves().size()));
    read_scores_general({folder.write("scores.csv", "unit,year,1.1\nSở A,2022,1\n\"Sở\n" +
                                                        utf8(0x061C) + "B\",2022,1\n"),
                         std::nullopt},
                        framework, criterion_names(framework), table, {}, diagnostics);
    CHECK(messages(diagnostics) == folder.path("scores.csv") +
                                       ":4:1: error: unit name holds the bidi control U+061C" +
                                       kTail);
    CHECK(table.units() == std::vector<std::string>{"Sở A"});
  }
  SUBCASE("scores: a long file's criterion and a wide file's column") {
    const Framework framework =
        read_framework(folder.write("framework.csv", kFramework), {}, diagnostics);
    ScoreTable table(static_cast<int>(framework.leaves().size()));
    read_scores_general(
        {folder.write("long.csv", "unit,year,criterion,score\nSở A,2022,1.1\x1B[31m,1\n"),
         std::nullopt},
        framework, criterion_names(framework), table, {}, diagnostics);
    read_scores_general(
        {folder.write("wide.csv", "unit,year,1.1" + rlo + "\nSở A,2022,1\n"), std::nullopt},
        framework, criterion_names(framework), table, {}, diagnostics);
    CHECK(messages(diagnostics) ==
          folder.path("long.csv") + ":2:14: error: criterion holds the control character U+001B" +
              kTail + folder.path("wide.csv") +
              ":1:14: error: column name holds the bidi control U+202E" + kTail);
  }
  SUBCASE("a method's title") {
    folder.write("method/framework.csv", kFramework);
    folder.write("method/method.csv", "key,value\ntitle,PAR" + rlo + " INDEX\n");
    CHECK(testing::thrown_by([&] { find_method(folder.path("method")); }) ==
          folder.path("method") +
              "/method.csv:2:10: error: method value holds the bidi control U+202E" + kTail);
  }
}

TEST_CASE("name_characters: a diagnostic quoting the input shows its control characters") {
  const Diagnostic quoting{
      {"a\x1B.csv", 2, 3},
      Severity::kError,
      "unknown criterion '\x1B[2J" + std::string("\xE2\x80\xAE") + "' on\nline\r2\tend"};
  CHECK(format_diagnostic(quoting) ==
        "a<U+001B>.csv:2:3: error: unknown criterion '<U+001B>[2J<U+202E>' on\\nline\\r2\tend");
  CHECK(format_diagnostic({{}, Severity::kWarning, "Sở Nội vụ"}) == "chiso: warning: Sở Nội vụ");
}

}  // namespace chiso

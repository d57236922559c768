// Tests of encoding: files in UTF-16, Windows-1258 and the legacy fonts read through
// CsvReader::open as their UTF-8 text would be, with the warning that says so; letters lost to
// '?'; --encoding.
#include "io/encoding.h"

#include <doctest/doctest.h>

#include <string>

#include "chiso/io/csv_reader.h"
#include "messages.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

using testing::messages;
using testing::thrown_by;

// Each record of the file `content`, header included, as "line:column field | …" lines; then
// the reader's warnings.
std::string read_file(const std::string& content, Encoding encoding = Encoding::kDetect) {
  testing::TemporaryFolder folder("encoding-test");
  const std::string path = folder.write("scores.csv", content);
  ReadOptions options;
  options.encoding = encoding;
  auto reader = CsvReader::open(path, options);
  CsvRecord record;
  std::string text;
  if (!reader->read_header(record)) return "no header";
  do {
    text += std::to_string(record.line) + ":";
    for (size_t i = 0; i < record.fields.size(); ++i)
      text += std::to_string(record.columns[i]) + " " + record.fields[i] + " | ";
    text += "\n";
  } while (reader->next(record));
  std::string warnings = messages(reader->warnings());
  for (size_t at = warnings.find(path); at != std::string::npos; at = warnings.find(path))
    warnings.replace(at, path.size(), "scores.csv");
  return text + warnings;
}

std::string error_reading(const std::string& content, Encoding encoding = Encoding::kDetect) {
  std::string message = thrown_by([&] { read_file(content, encoding); });
  const size_t at = message.find("scores.csv");
  return at == std::string::npos ? message : message.substr(at);
}

std::string utf16le(const std::string& ascii) {
  std::string bytes = "\xFF\xFE";
  for (char c : ascii) bytes += std::string{c, '\0'};
  return bytes;
}

const std::string kCp1258Warning =
    "scores.csv: warning: the file is not UTF-8 and was read as Windows-1258, as Excel's \"CSV "
    "(Comma delimited)\" saves it on Vietnamese Windows; to avoid this, save it as \"CSV UTF-8\" "
    "(in Excel 2010 and 2013, which have no \"CSV UTF-8\": as \"Unicode Text\"), or pass the "
    ".xlsx file itself\n";

// "Sở Nội vụ" and "Sở Tư pháp" in Windows-1258 as Excel writes them: ơ and ư precomposed, the
// tone marks as combining bytes (0xD2 hook above, 0xF2 dot below, 0xEC acute).
const std::string kCp1258File =
    "unit,score\r\nS\xF5\xD2 N\xF4\xF2i vu\xF2,1\r\nS\xF5\xD2 T\xFD pha\xECp,2\r\n";

}  // namespace

TEST_CASE("encoding: UTF-16 with a byte-order mark is read as its UTF-8, without a warning") {
  SUBCASE("little-endian") {
    std::string wide = utf16le("unit\tscore\r\n");
    // S ở (U+1EDF) space N ộ (U+1ED9) i space v ụ (U+1EE5) tab 2 , 5 CR LF
    wide += std::string(
        "S\0\xDF\x1E \0N\0\xD9\x1Ei\0 \0v\0\xE5\x1E\t\0"
        "2\0,\0"
        "5\0\r\0\n\0",
        30);
    CHECK(read_file(wide) == "1:1 unit | 6 score | \n2:1 Sở Nội vụ | 11 2,5 | \n");
  }
  SUBCASE("big-endian") {
    std::string wide = "\xFE\xFF";
    for (const char* p = "unit\tscore\n"; *p; ++p) wide += std::string{'\0', *p};
    wide += std::string(
        "\0S\x1E\xDF\0\t\0"
        "1\0\n",
        10);
    CHECK(read_file(wide) == "1:1 unit | 6 score | \n2:1 Sở | 4 1 | \n");
  }
  SUBCASE("given with --encoding utf-16, the byte-order mark says which end comes first") {
    CHECK(read_file(utf16le("unit,score\nA,1\n"), Encoding::kUtf16) ==
          "1:1 unit | 6 score | \n2:1 A | 3 1 | \n");
  }
  SUBCASE("a character cut in half at the end is an error") {
    CHECK(error_reading(utf16le("unit,score\nA,1\n") + "A") ==
          "scores.csv:3:1: error: invalid UTF-16 (the file starts with a UTF-16 byte-order mark); "
          "save it again as \"CSV UTF-8\" or \"Unicode Text\"\n");
  }
}

TEST_CASE("encoding: Windows-1258 is converted to NFC, with a warning that says how to avoid it") {
  CHECK(read_file(kCp1258File) ==
        "1:1 unit | 6 score | \n2:1 Sở Nội vụ | 11 1 | \n3:1 Sở Tư pháp | 12 2 | \n" +
            kCp1258Warning);
  SUBCASE("given with --encoding cp1258, without a warning") {
    CHECK(read_file(kCp1258File, Encoding::kCp1258) ==
          "1:1 unit | 6 score | \n2:1 Sở Nội vụ | 11 1 | \n3:1 Sở Tư pháp | 12 2 | \n");
  }
  SUBCASE("given with --encoding utf-8, the file is invalid UTF-8 at its first such byte") {
    CHECK(error_reading(kCp1258File, Encoding::kUtf8) ==
          "scores.csv:2:2: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in "
          "Excel)\n");
  }
  SUBCASE("a column counts the characters of the converted text") {
    CHECK(error_reading("unit,score\nS\xF5\xD2 N\xF4\xF2i vu\xF2 x\"y,1\n") ==
          "scores.csv:2:12: error: unexpected quote inside an unquoted field; quote the whole "
          "field and double the quote\n");
  }
}

TEST_CASE("encoding: invalid UTF-8 that reads as no Vietnamese is still an error at its place") {
  // A UTF-8 file cut inside a character, and Windows-1252 French names.
  CHECK(error_reading("unit,score\nS\xE1\xBB N\xE1\xBB\x99i,1\n") ==
        "scores.csv:2:2: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)\n");
  CHECK(error_reading("unit,score\nNo\xEBl M\xFCller,1\nZo\xEB,2\n") ==
        "scores.csv:2:3: error: invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)\n");
}

TEST_CASE("encoding: text typed in a legacy font is repaired, with a warning naming the font") {
  const std::string tcvn3 = "unit,score\nSë Néi vô,1\nSë T\u00AD ph¸p,2\n";
  const std::string tcvn3_warning =
      "scores.csv: warning: the text was typed in the legacy TCVN3 (.VnTime) font and was "
      "converted to Unicode ('Së' is read as 'Sở'); to avoid this, convert the file to Unicode "
      "(Unikey's converter does), or give --encoding utf-8 to read it as it is\n";
  const std::string read =
      "1:1 unit | 6 score | \n2:1 Sở Nội vụ | 11 1 | \n3:1 Sở Tư pháp | 12 2 | \n";
  SUBCASE("TCVN3 look-alikes in a UTF-8 file") { CHECK(read_file(tcvn3) == read + tcvn3_warning); }
  SUBCASE("TCVN3's own bytes") {
    CHECK(read_file("unit,score\nS\xEB N\xE9i v\xF4,1\nS\xEB T\xAD ph\xB8p,2\n") ==
          read + tcvn3_warning);
  }
  SUBCASE("VNI look-alikes in a UTF-8 file") {
    CHECK(read_file("unit,score\nSôû Noäi vuï,1\nSôû Tö phaùp,2\n") ==
          read +
              "scores.csv: warning: the text was typed in the legacy VNI (VNI-Times) font and was "
              "converted to Unicode ('Sôû' is read as 'Sở'); to avoid this, convert the file to "
              "Unicode (Unikey's converter does), or give --encoding utf-8 to read it as it is\n");
  }
  SUBCASE("given with --encoding, without a warning") {
    CHECK(read_file(tcvn3, Encoding::kTcvn3) == read);
    CHECK(read_file("unit,score\nSôû Noäi vuï,1\nSôû Tö phaùp,2\n", Encoding::kVni) == read);
  }
  SUBCASE("--encoding utf-8 reads the look-alikes as they are") {
    CHECK(read_file(tcvn3, Encoding::kUtf8) ==
          "1:1 unit | 6 score | \n2:1 Së Néi vô | 11 1 | \n3:1 Së T\u00AD ph¸p | 12 2 | \n");
  }
}

TEST_CASE("encoding: clean Vietnamese, ASCII and foreign names are read as they are") {
  CHECK(read_file("unit,score\nSở Nội vụ,1\nHòa Bình,2\n") ==
        "1:1 unit | 6 score | \n2:1 Sở Nội vụ | 11 1 | \n3:1 Hòa Bình | 10 2 | \n");
  CHECK(read_file("unit,score\nSo Noi vu,1\n") ==
        "1:1 unit | 6 score | \n2:1 So Noi vu | 11 1 | \n");
  CHECK(read_file("unit,score\nNoël Müller,1\nZoë Gödel,2\nBjörk,3\nCitroën,4\n") ==
        "1:1 unit | 6 score | \n2:1 Noël Müller | 13 1 | \n3:1 Zoë Gödel | 11 2 | \n"
        "4:1 Björk | 7 3 | \n5:1 Citroën | 9 4 | \n");
}

TEST_CASE("encoding: letters lost to '?' are an error that says what happened") {
  const std::string lost =
      "'N?i' has '?' in place of letters: the file was saved in a code page without Vietnamese "
      "letters, which replaced them with '?'; export it again from the original as \"CSV "
      "UTF-8\" (in Excel 2010 and 2013, which have no \"CSV UTF-8\": as \"Unicode Text\"), or "
      "pass the .xlsx file itself\n";
  CHECK(error_reading("unit,score\nS? N?i v?,1\n") == "scores.csv:2:4: error: " + lost);
  CHECK(error_reading("\xEF\xBB\xBFS? N?i v?,score\n") == "scores.csv:1:4: error: " + lost);
  SUBCASE("in Windows-1252, which keeps á but not ộ") {
    CHECK(error_reading("unit,score\nS? T? ph\xE1p,1\nS? N?i v?,2\n") ==
          "scores.csv:3:4: error: " + lost);
  }
  SUBCASE("a question mark elsewhere is no lost letter") {
    CHECK(read_file("unit,note\nSở Y tế,why? ?\n") ==
          "1:1 unit | 6 note | \n2:1 Sở Y tế | 9 why? ? | \n");
  }
  SUBCASE("--encoding utf-8 turns the check off") {
    CHECK(read_file("unit,score\nS? N?i v?,1\n", Encoding::kUtf8) ==
          "1:1 unit | 6 score | \n2:1 S? N?i v? | 11 1 | \n");
  }
}

TEST_CASE("encoding: a plain UTF-8 file is left to the reader to stream, from its start") {
  testing::TemporaryFolder folder("encoding-test");
  const std::string path = folder.write("units.csv", "\xEF\xBB\xBFunit,group\nSở Y tế,Sở\n");
  std::FILE* file = std::fopen(path.c_str(), "rb");
  REQUIRE(file != nullptr);
  CHECK_FALSE(decode_file(file, path, Encoding::kDetect));
  CHECK(std::ftell(file) == 0);
  std::fclose(file);
}

TEST_CASE("encoding: the last letter of a Windows-1258 file keeps its mark") {
  // Windows-1258 holds a letter back until it knows no mark follows: at the end, none does.
  CHECK(read_file("unit,score\nS\xF5\xD2 N\xF4\xF2i vu\xF2,1\nS\xF5\xD2 Y t\xEA\xEC") ==
        "1:1 unit | 6 score | \n2:1 Sở Nội vụ | 11 1 | \n3:1 Sở Y tế | \n" + kCp1258Warning);
}

TEST_CASE("encoding: --encoding names") {
  CHECK(encoding_named("") == Encoding::kDetect);
  CHECK(encoding_named("utf-8") == Encoding::kUtf8);
  CHECK(encoding_named("utf-16") == Encoding::kUtf16);
  CHECK(encoding_named("cp1258") == Encoding::kCp1258);
  CHECK(encoding_named("tcvn3") == Encoding::kTcvn3);
  CHECK(encoding_named("vni") == Encoding::kVni);
  CHECK_FALSE(encoding_named("latin1"));
  CHECK_FALSE(encoding_named("UTF-8"));
}

}  // namespace chiso

// Tests of text: trimming, Unicode normalisation of names, loose keys and UTF-8 checks.
#include "chiso/io/text.h"

#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace chiso {
namespace {

// "Sở Nội vụ" composed (NFC) and decomposed (NFD, marks in canonical and in typed order).
const std::string kComposed = "S\xE1\xBB\x9F N\xE1\xBB\x99i v\xE1\xBB\xA5";
const std::string kDecomposed = "So\xCC\x9B\xCC\x89 No\xCC\xA3\xCC\x82i vu\xCC\xA3";
const std::string kDecomposedTyped = "So\xCC\x9B\xCC\x89 No\xCC\x82\xCC\xA3i vu\xCC\xA3";

// `code_point` in UTF-8.
std::string utf8(std::int32_t code_point) {
  utf8proc_uint8_t bytes[4];
  const auto length = utf8proc_encode_char(code_point, bytes);
  return std::string(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
}

// `text` in NFC, as utf8proc makes it.
std::string nfc(const std::string& text) {
  utf8proc_uint8_t* mapped = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(text.c_str()));
  std::string result(reinterpret_cast<const char*>(mapped));
  std::free(mapped);
  return result;
}

// `text` case-folded as unit_key folds it, by utf8proc alone.
std::string casefold(const std::string& text) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  REQUIRE(length >= 0);
  std::string result(reinterpret_cast<const char*>(mapped), static_cast<size_t>(length));
  std::free(mapped);
  return result;
}

}  // namespace

TEST_CASE("text: trim removes surrounding spaces and tabs only") {
  CHECK(trim("  Sở Y tế \t") == "Sở Y tế");
  CHECK(trim("a  b") == "a  b");
  CHECK(trim(" \t ") == "");
  CHECK(trim("") == "");
  CHECK(trim("\nx\n") == "\nx\n");
}

TEST_CASE("text: normalise_name gives the same bytes for composed and decomposed names") {
  REQUIRE(kComposed != kDecomposed);
  CHECK(normalise_name(kComposed) == kComposed);
  CHECK(normalise_name(kDecomposed) == kComposed);
  CHECK(normalise_name(kDecomposedTyped) == kComposed);
  CHECK(kComposed == "Sở Nội vụ");  // this file is saved composed
}

TEST_CASE("text: normalise_name knows without utf8proc what NFC leaves as it is") {
  // normalise_name skips utf8proc for ASCII and the precomposed Latin letters; every pair of
  // them, each pair apart (a space combines with nothing), must be what NFC makes of it.
  std::vector<std::int32_t> letters = {'A', 'o', 'u', '1', '-', '(', 0xC0, 0xD7, 0xF7};
  for (std::int32_t c = 0xC0; c <= 0x24F; ++c) letters.push_back(c);
  for (std::int32_t c = 0x1E00; c <= 0x1EFF; ++c) letters.push_back(c);
  std::string pairs;
  for (std::int32_t first : letters) {
    for (std::int32_t second : letters) pairs += utf8(first) + utf8(second) + " ";
  }
  pairs.pop_back();
  CHECK(pairs.size() > 1'000'000);
  CHECK(normalise_name(pairs) == nfc(pairs));
  // Just past them: a combining mark, which composes with the letter before it.
  CHECK(normalise_name("o" + utf8(0x0302)) == "\xC3\xB4");             // ô
  CHECK(normalise_name(utf8(0x01A1) + utf8(0x0309)) == utf8(0x1EDF));  // ơ + hook above = ở
}

TEST_CASE("text: normalise_name trims and collapses inner runs of spaces and tabs") {
  CHECK(normalise_name("  Sở   Nội \t vụ  ") == "Sở Nội vụ");
  CHECK(normalise_name(" UBND  huyện\tA ") == "UBND huyện A");
  CHECK(normalise_name("   ") == "");
  CHECK(normalise_name("Sở, ban, ngành") == "Sở, ban, ngành");
}

TEST_CASE("text: normalise_name treats white space of every kind as a space") {
  CHECK(normalise_name("\rSở\xC2\xA0Tư  pháp\xC2\xA0") == "Sở Tư pháp");  // CR, NBSP
  CHECK(normalise_name("Sở\xE2\x80\xAFY\xE3\x80\x80tế\n") == "Sở Y tế");  // U+202F, U+3000
  CHECK(normalise_name("A\xE2\x80\x8B B") ==
        "A\xE2\x80\x8B B");  // a zero width space is not white space
}

TEST_CASE("text: unit_key ignores case, white space of every kind and composition") {
  const std::string key = unit_key("Sở Giao thông Vận tải");
  CHECK(key == "sở giao thông vận tải");
  CHECK(unit_key("sở giao thông vận tải") == key);
  CHECK(unit_key("SỞ GIAO THÔNG VẬN TẢI") == key);
  CHECK(unit_key(" Sở\xC2\xA0Giao  thông\tVận tải\r") == key);
  CHECK(unit_key("So\xCC\x9B\xCC\x89 Giao tho\xCC\x82ng Va\xCC\xA3\xCC\x82n ta\xCC\x89i") ==
        key);                                                        // NFD
  CHECK(unit_key("\xC4\x90\xC3\x80 N\xE1\xBA\xB4NG") == "đà nẵng");  // Đ À Ẵ
  CHECK(unit_key("UBND Huyện A") == "ubnd huyện a");
  // Diacritics and letters still count: these are other units.
  CHECK(unit_key("So Giao thong Van tai") != key);
  CHECK(unit_key("Sở Giao thông Vận tải 2") != key);
}

TEST_CASE("text: unit_key folds ASCII and precomposed Latin letters as utf8proc does") {
  // unit_key folds such names letter by letter, without utf8proc; every pair of them, each
  // pair apart, must fold as utf8proc folds the whole text.
  std::vector<std::int32_t> letters = {'A', 'Z', 'a', 'o', 'u', '1', '-', '(', ',', 0xD7, 0xF7};
  for (std::int32_t c = 0xC0; c <= 0x24F; ++c) letters.push_back(c);
  for (std::int32_t c = 0x1E00; c <= 0x1EFF; ++c) letters.push_back(c);
  std::string pairs;
  for (std::int32_t first : letters) {
    for (std::int32_t second : letters) pairs += utf8(first) + utf8(second) + " ";
  }
  pairs.pop_back();
  CHECK(pairs.size() > 1'000'000);
  CHECK(unit_key(pairs) == casefold(pairs));
  SUBCASE("names: ASCII, Vietnamese precomposed and decomposed, mixed case") {
    for (const std::string name :
         {"UBND Xa AN BINH", "UBND xã Hòa Bình, huyện Sông Xanh", "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
          "Sở Tư Pháp", "SỞ TƯ PHÁP", "Thị trấn Ỷ La - Ứng Hòa", "ĐÀ NẴNG",
          "D\xCC\x9B\xCC\x81 A\xCC\x80 N\xCC\x83",
          "So\xCC\x9B\xCC\x89 NO\xCC\xA3\xCC\x82I VU\xCC\xA3", "Straße", "STRASSE", "İstanbul", "ŉ",
          "Ǆ", "ǰ", "ẞ", "Ω Ωmega", "Ⅻ"}) {
      CAPTURE(name);
      CHECK(unit_key(name) == casefold(normalise_name(name)));
    }
  }
  // Letters whose folding is not such letters alone go to utf8proc: İ folds to i and a
  // combining dot above.
  CHECK(unit_key("\xC4\xB0") == "i\xCC\x87");
  CHECK(unit_key("Ẳ") == unit_key("ẳ"));
}

TEST_CASE("text: loose_key ignores case, Vietnamese diacritics and spacing") {
  CHECK(loose_key("Đơn vị") == "don vi");
  CHECK(loose_key("don vi") == "don vi");
  CHECK(loose_key("ĐƠN VỊ") == "don vi");
  CHECK(loose_key("  Đơn   vị ") == "don vi");
  CHECK(loose_key("\xC4\x90o\xCC\x9Bn vi\xCC\xA3") == "don vi");  // decomposed
  CHECK(loose_key("Tiêu chí") == "tieu chi");
  CHECK(loose_key("Điểm tối đa") == "diem toi da");
  CHECK(loose_key("Năm") == "nam");
  CHECK(loose_key("Xếp loại") == "xep loai");
  CHECK(loose_key("Score") == "score");
  CHECK(loose_key("Đơn vị") != loose_key("Đơn vị chủ trì"));
}

TEST_CASE("text: invalid_utf8_at gives the 1-based byte position of the first bad byte") {
  CHECK(invalid_utf8_at("") == std::nullopt);
  CHECK(invalid_utf8_at("plain ascii") == std::nullopt);
  CHECK(invalid_utf8_at("Sở Nội vụ") == std::nullopt);
  CHECK(invalid_utf8_at("\xF0\x9F\x93\x88 chart") == std::nullopt);
  CHECK(invalid_utf8_at("ab\xFF") == 3u);
  CHECK(invalid_utf8_at("S\xE1\xBB\x9F\xFF") == 5u);  // after a 3-byte character
  CHECK(invalid_utf8_at("\x80"
                        "abc") == 1u);        // a continuation byte alone
  CHECK(invalid_utf8_at("a\xE1\xBB") == 2u);  // a character cut short at the end
  CHECK(invalid_utf8_at("a\xE1"
                        "b") == 2u);              // a lead byte without continuation
  CHECK(invalid_utf8_at("\xC0\x80") == 1u);       // an overlong NUL
  CHECK(invalid_utf8_at("x\xED\xA0\x80") == 2u);  // a UTF-16 surrogate
  CHECK(invalid_utf8_at("Kh\xE1nh H\xF2"
                        "a") == 3u);  // Latin-1 text
}

}  // namespace chiso

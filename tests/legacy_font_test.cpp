// Tests of legacy_font: Vietnamese syllables, the TCVN3 and VNI look-alikes, their detection on
// all the words of a file at once, and '?' for lost letters.
#include "io/legacy_font.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/encoding.h"

namespace chiso {
namespace {

LegacyFont detect(const std::vector<std::string_view>& texts) { return detect_legacy_font(texts); }

}  // namespace

TEST_CASE("legacy font: a Vietnamese word is one syllable with at most one tone mark") {
  for (const char* word : {"Sở", "Nội", "vụ", "nghiêng", "giữa", "GIƯỜNG", "khuỷu", "quốc",
                           "Thương", "Huế", "Krông", "Đắk", "HĐND", "ngoại", "thuở", "yêu"}) {
    CAPTURE(word);
    CHECK(is_vietnamese_word(word));
  }
  // Look-alikes of the legacy fonts, foreign names and two tone marks on one syllable.
  for (const char* word : {"Së", "Néi", "Sôû", "Noäi", "vuï", "Müller", "Noël", "Björk", "Zoë",
                           "François", "Hélène", "hóà", "Jürgen", "Gödel", "Citroën", "ph¸p"}) {
    CAPTURE(word);
    CHECK_FALSE(is_vietnamese_word(word));
  }
}

TEST_CASE("legacy font: TCVN3 look-alikes are repaired letter for letter") {
  CHECK(repair_legacy_font("Së Néi vô", LegacyFont::kTcvn3) == "Sở Nội vụ");
  CHECK(repair_legacy_font("§µ N½ng", LegacyFont::kTcvn3) == "Đà Nẵng");
  CHECK(repair_legacy_font("Kho b¹c Nhµ n\u00ADíc tØnh", LegacyFont::kTcvn3) ==
        "Kho bạc Nhà nước tỉnh");
  CHECK(repair_legacy_font("UBND huyÖn §¾k M©y, 25°", LegacyFont::kTcvn3) ==
        "UBND huyện Đắk Mây, 25°");  // the degree sign is no TCVN3 letter
  // Every TCVN3 letter from 0xA1 up, as glibc's TCVN5712-1 reads its byte.
  for (int byte = 0xA1; byte <= 0xFF; ++byte) {
    if (byte >= 0xB0 && byte <= 0xB4) continue;
    CAPTURE(byte);
    const char bytes[1] = {static_cast<char>(byte)};
    const std::string look_alike = decode_bytes(std::string_view(bytes, 1), "LATIN1").text;
    CHECK(repair_legacy_font(look_alike, LegacyFont::kTcvn3) ==
          decode_bytes(std::string_view(bytes, 1), "TCVN5712-1").text);
  }
}

TEST_CASE("legacy font: VNI look-alikes are repaired, marks joined to their vowel") {
  CHECK(repair_legacy_font("Sôû Noäi vuï", LegacyFont::kVni) == "Sở Nội vụ");
  CHECK(repair_legacy_font("SÔÛ NOÄI VUÏ", LegacyFont::kVni) == "SỞ NỘI VỤ");
  CHECK(repair_legacy_font("Xin chaøo caùc baïn", LegacyFont::kVni) == "Xin chào các bạn");
  CHECK(repair_legacy_font("Lao ñoäng, Thöông binh vaø Xaõ hoäi", LegacyFont::kVni) ==
        "Lao động, Thương binh và Xã hội");
  CHECK(repair_legacy_font("Ñaø Naüng, Hueá, tænh Kyø, Quaûng Trò, Ñaék Laék", LegacyFont::kVni) ==
        "Đà Nẵng, Huế, tỉnh Kỳ, Quảng Trị, Đắk Lắk");
  CHECK(repair_legacy_font("Thöôøng tröïc, Hoïc vieän, Ngoaïi giao, quyeát", LegacyFont::kVni) ==
        "Thường trực, Học viện, Ngoại giao, quyết");
  CHECK(repair_legacy_font("Sở Nội vụ", LegacyFont::kNone) == "Sở Nội vụ");
}

TEST_CASE("legacy font: detected on all the words at once, and only when clearly one") {
  SUBCASE("TCVN3") {
    CHECK(detect({"Së Néi vô", "Së T\u00AD ph¸p", "Côc ThuÕ tØnh"}) == LegacyFont::kTcvn3);
  }
  SUBCASE("VNI") {
    CHECK(detect({"Sôû Noäi vuï", "Sôû Tö phaùp", "Cuïc Thueá tænh"}) == LegacyFont::kVni);
  }
  SUBCASE("clean Vietnamese, ASCII and nothing stay as they are") {
    CHECK(detect({"Sở Nội vụ", "Sở Tư pháp", "Cục Thuế tỉnh", "Hòa Bình"}) == LegacyFont::kNone);
    CHECK(detect({"UBND huyen Ba Vi", "So Noi vu"}) == LegacyFont::kNone);
    CHECK(detect({}) == LegacyFont::kNone);
  }
  SUBCASE("French and German names are not repaired") {
    CHECK(detect({"Noël Müller", "Zoë Gödel", "Björk Jürgen", "Citroën", "Hélène Löwe",
                  "Françoise Brontë"}) == LegacyFont::kNone);
  }
  SUBCASE("a look-alike that happens to be Vietnamese is not enough") {
    CHECK(detect({"vô"}) == LegacyFont::kNone);
    CHECK(detect({"Së Néi"}) == LegacyFont::kNone);  // two words: fewer than three
  }
  SUBCASE("a file mostly in Unicode keeps its few odd words") {
    CHECK(detect({"Sở Nội vụ", "Sở Tư pháp", "Cục Thuế tỉnh", "Së"}) == LegacyFont::kNone);
  }
}

TEST_CASE("legacy font: the example of a warning is the first word the repair changes") {
  WordSet words;
  words.add("UBND Së Néi vô");
  CHECK(words.words() == std::vector<std::string>{"Së", "Néi", "vô"});
  CHECK(repaired_example(words, LegacyFont::kTcvn3) ==
        std::make_pair<std::string, std::string>("Së", "Sở"));
}

TEST_CASE("legacy font: a '?' between letters stands for a lost letter") {
  const auto lost = find_lost_letter("S? N?i v?,2022");
  REQUIRE(lost);
  CHECK(lost->offset == 3);
  CHECK(lost->word == "N?i");
  CHECK(find_lost_letter("S? Ph??ng")->word == "Ph??ng");
  CHECK(find_lost_letter("Tr\xC6\xB0?ng")->word == "Tr\xC6\xB0?ng");
  CHECK_FALSE(find_lost_letter("Why? ? a ?b c? 2?3"));
}

}  // namespace chiso

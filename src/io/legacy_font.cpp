#include "io/legacy_font.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

#include "chiso/message.h"
#include "io/encoding.h"

namespace chiso {
namespace {

using CodePoint = utf8proc_int32_t;

// The code point at `at` of valid UTF-8 `text`, and its length in bytes.
std::pair<CodePoint, size_t> code_point_at(std::string_view text, size_t at) {
  CodePoint code_point = 0;
  const utf8proc_ssize_t length =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                       static_cast<utf8proc_ssize_t>(text.size() - at), &code_point);
  if (length <= 0) return {0xFFFD, 1};
  return {code_point, static_cast<size_t>(length)};
}

void append(std::string& out, CodePoint code_point) {
  utf8proc_uint8_t bytes[4];
  const utf8proc_ssize_t length = utf8proc_encode_char(code_point, bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
}

std::string map_unicode(std::string_view text, int options) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &mapped, static_cast<utf8proc_option_t>(options));
  if (length < 0) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<size_t>(length));
}

bool is_ascii_letter(CodePoint c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Latin-1 letters and signs (every look-alike of both fonts is one), the other Latin letters
// and the combining marks.
bool is_word_character(CodePoint c) {
  return is_ascii_letter(c) || (c >= 0xA1 && c <= 0x24F) || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

// --- Vietnamese syllables -------------------------------------------------------------------
// A word is reduced to a skeleton of one ASCII byte per letter, without its tone: the vowels
// with a shape mark are written A (ă), B (â), E (ê), O (ô), P (ơ), U (ư), and đ is D.

bool is_skeleton_vowel(char c) {
  return std::string_view("aABeEioOPuUy").find(c) != std::string_view::npos;
}

// With kr, as the Central Highlands' place names write it (Krông Pắc).
constexpr std::array<std::string_view, 28> kInitials = {
    "",  "b",  "c",   "ch", "d", "D",  "g", "gh", "h", "k", "kh", "kr", "l", "m",
    "n", "ng", "ngh", "nh", "p", "ph", "q", "r",  "s", "t", "th", "tr", "v", "x"};
constexpr std::array<std::string_view, 10> kFinals = {"",  "c",  "ch", "k", "m",
                                                      "n", "ng", "nh", "p", "t"};
// Vowel groups, "ia" as in "bia" to "uyu" as in "khuỷu" (after gi- the i belongs to the initial).
constexpr std::array<std::string_view, 62> kVowelGroups = {
    "a",   "A",   "B",   "e",   "E",   "i",   "o",   "O",   "P",   "u",   "U",   "y",   "ai",
    "ao",  "au",  "ay",  "Bu",  "By",  "eo",  "Eu",  "ia",  "iE",  "iu",  "oa",  "oA",  "oe",
    "oi",  "Oi",  "Pi",  "oo",  "ua",  "uB",  "uA",  "ue",  "uE",  "ui",  "uO",  "uP",  "uy",
    "Ua",  "Ui",  "Uu",  "UP",  "yE",  "iEu", "yEu", "oai", "oay", "oao", "oeo", "uBy", "uOi",
    "UPi", "UPu", "uyE", "uya", "uyu", "uai", "uay", "uao", "uEu", "ueo"};

template <size_t N>
bool is_one_of(std::string_view text, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), text) != set.end();
}

// The skeleton of `word` and its count of tone marks; nullopt for a letter or mark Vietnamese
// does not write (f, j, w, z, ë, ñ, a shape mark on the wrong vowel, …).
std::optional<std::pair<std::string, int>> skeleton_of(std::string_view word) {
  const std::string decomposed =
      map_unicode(word, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD);
  std::string skeleton;
  int tones = 0;
  for (size_t at = 0; at < decomposed.size();) {
    const auto [c, length] = code_point_at(decomposed, at);
    at += length;
    const char last = skeleton.empty() ? '\0' : skeleton.back();
    if (c >= 'a' && c <= 'z') {
      if (c == 'f' || c == 'j' || c == 'w' || c == 'z') return std::nullopt;
      skeleton += static_cast<char>(c);
    } else if (c == 0x111) {  // đ
      skeleton += 'D';
    } else if (c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323) {
      if (!is_skeleton_vowel(last)) return std::nullopt;
      ++tones;
    } else if (c == 0x302 && (last == 'a' || last == 'e' || last == 'o')) {
      skeleton.back() = last == 'a' ? 'B' : last == 'e' ? 'E' : 'O';
    } else if (c == 0x306 && last == 'a') {
      skeleton.back() = 'A';
    } else if (c == 0x31B && (last == 'o' || last == 'u')) {
      skeleton.back() = last == 'o' ? 'P' : 'U';
    } else {
      return std::nullopt;
    }
  }
  return std::make_pair(skeleton, tones);
}

}  // namespace

const char* legacy_font_name(LegacyFont font) {
  switch (font) {
    case LegacyFont::kTcvn3:
      return "TCVN3 (.VnTime)";
    case LegacyFont::kVni:
      return "VNI (VNI-Times)";
    case LegacyFont::kNone:
      break;
  }
  return "Unicode";
}

bool is_vietnamese_word(std::string_view word) {
  const auto skeleton = skeleton_of(word);
  if (!skeleton || skeleton->first.empty() || skeleton->second > 1) return false;
  const std::string& s = skeleton->first;
  const size_t vowel =
      static_cast<size_t>(std::find_if(s.begin(), s.end(), is_skeleton_vowel) - s.begin());
  if (vowel == s.size()) return true;  // an acronym such as "HĐND": no tone, no vowel
  const size_t final = static_cast<size_t>(
      std::find_if_not(s.begin() + static_cast<long>(vowel), s.end(), is_skeleton_vowel) -
      s.begin());
  const std::string_view initial = std::string_view(s).substr(0, vowel);
  std::string_view vowels = std::string_view(s).substr(vowel, final - vowel);
  const std::string_view ending = std::string_view(s).substr(final);
  if (std::any_of(ending.begin(), ending.end(), is_skeleton_vowel)) return false;
  if (initial == "g" && vowels.size() > 1 && vowels[0] == 'i') vowels.remove_prefix(1);
  return is_one_of(initial, kInitials) && is_one_of(vowels, kVowelGroups) &&
         is_one_of(ending, kFinals);
}

void WordSet::add(std::string_view text) {
  size_t start = 0;
  bool has_latin = false;  // a word of ASCII letters alone is no evidence either way
  auto flush = [&](size_t end) {
    if (has_latin && words_.size() < kMostWords) {
      std::string word(text.substr(start, end - start));
      if (seen_.insert(word).second) words_.push_back(std::move(word));
    }
    has_latin = false;
  };
  for (size_t at = 0; at < text.size();) {
    const auto [c, length] = code_point_at(text, at);
    if (!is_word_character(c)) {
      flush(at);
      start = at + length;
    } else if (c >= 0x80) {
      has_latin = true;
    }
    at += length;
  }
  flush(text.size());
}

double WordSet::vietnamese_share() const {
  if (words_.empty()) return 1;
  const auto good = std::count_if(words_.begin(), words_.end(),
                                  [](const std::string& word) { return is_vietnamese_word(word); });
  return static_cast<double>(good) / static_cast<double>(words_.size());
}

// The rule, taken on all the words of a file at once: the text was typed in a legacy font when
// the repair turns at least 90% of its words (and at least 3) into Vietnamese while fewer than
// half were Vietnamese as read. A wrong decoding shows letters Vietnamese has not (ë, ñ, ö, û)
// or several tone marks on one syllable in most words; clean Vietnamese passes as read, and
// foreign names (Noël, Müller, Björk) become no Vietnamese syllable when "repaired".
LegacyFont detect_legacy_font(const WordSet& words) {
  const auto& all = words.words();
  if (all.empty() || words.vietnamese_share() >= 0.5) return LegacyFont::kNone;
  LegacyFont best = LegacyFont::kNone;
  long best_good = 0;
  for (LegacyFont font : {LegacyFont::kTcvn3, LegacyFont::kVni}) {
    const long good = std::count_if(all.begin(), all.end(), [&](const std::string& word) {
      return is_vietnamese_word(repair_legacy_font(word, font));
    });
    if (good >= 3 && good * 10 >= static_cast<long>(all.size()) * 9 && good > best_good) {
      best = font;
      best_good = good;
    }
  }
  return best;
}

LegacyFont detect_legacy_font(const std::vector<std::string_view>& texts) {
  WordSet words;
  for (std::string_view text : texts) words.add(text);
  return detect_legacy_font(words);
}

namespace {

// TCVN3 (TCVN 5712:1993 VN3) letters by their byte, read from glibc's TCVN5712-1 (VN1, of which
// VN3 is the part from 0xA1 up). 0xB0–0xB4 are combining marks in VN1 and unused in VN3: a
// degree sign stays a degree sign. 0 where the byte is no letter.
const std::array<CodePoint, 256>& tcvn3_letters() {
  static const std::array<CodePoint, 256> table = [] {
    std::array<CodePoint, 256> letters{};
    for (int byte = 0xA1; byte <= 0xFF; ++byte) {
      if (byte >= 0xB0 && byte <= 0xB4) continue;
      const char bytes[1] = {static_cast<char>(byte)};
      const DecodedBytes decoded = decode_bytes(std::string_view(bytes, 1), "TCVN5712-1");
      const std::string letter = map_unicode(decoded.text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
      if (decoded.complete && !letter.empty()) letters[byte] = code_point_at(letter, 0).first;
    }
    return letters;
  }();
  return table;
}

// VNI for Windows writes ơ ư đ and the i's and ỵ as one byte, and every other mark as a byte
// after its vowel: "Sôû" is S, ơ (ô), hook above (û). The marks of the lowercase byte; the
// uppercase byte (0x20 below) has the same.
struct VniMark {
  CodePoint byte;
  CodePoint first;
  CodePoint second;  // 0: none
};
constexpr std::array<VniMark, 17> kVniMarks = {{{0xF9, 0x301, 0},
                                                {0xF8, 0x300, 0},
                                                {0xFB, 0x309, 0},
                                                {0xF5, 0x303, 0},
                                                {0xEF, 0x323, 0},
                                                {0xE2, 0x302, 0},
                                                {0xE1, 0x302, 0x301},
                                                {0xE0, 0x302, 0x300},
                                                {0xE5, 0x302, 0x309},
                                                {0xE3, 0x302, 0x303},
                                                {0xE4, 0x302, 0x323},
                                                {0xEA, 0x306, 0},
                                                {0xE9, 0x306, 0x301},
                                                {0xE8, 0x306, 0x300},
                                                {0xFA, 0x306, 0x309},
                                                {0xFC, 0x306, 0x303},
                                                {0xEB, 0x306, 0x323}}};
// Lowercase byte, its letter; the uppercase byte (0x20 below) is the uppercase letter.
constexpr std::array<std::pair<CodePoint, CodePoint>, 7> kVniLetters = {{{0xF4, 0x1A1},
                                                                         {0xF6, 0x1B0},
                                                                         {0xF1, 0x111},
                                                                         {0xE6, 0x1EC9},
                                                                         {0xF3, 0x129},
                                                                         {0xF2, 0x1ECB},
                                                                         {0xEE, 0x1EF5}}};

const VniMark* vni_mark(CodePoint c) {
  for (const VniMark& mark : kVniMarks) {
    if (c == mark.byte || c == mark.byte - 0x20) return &mark;
  }
  return nullptr;
}

std::optional<CodePoint> vni_letter(CodePoint c) {
  for (const auto& [byte, letter] : kVniLetters) {
    if (c == byte) return letter;
    if (c == byte - 0x20) return static_cast<CodePoint>(utf8proc_toupper(letter));
  }
  return std::nullopt;
}

bool takes_vni_mark(CodePoint c) {
  return std::string_view("aeouyAEOUY").find(static_cast<char>(c < 0x80 ? c : 0)) !=
             std::string_view::npos ||
         c == 0x1A0 || c == 0x1A1 || c == 0x1AF || c == 0x1B0;
}

std::string repair_vni(std::string_view text) {
  std::string out;
  bool after_vowel = false;
  for (size_t at = 0; at < text.size();) {
    const auto [c, length] = code_point_at(text, at);
    at += length;
    const VniMark* mark = after_vowel ? vni_mark(c) : nullptr;
    if (mark != nullptr) {
      append(out, mark->first);
      if (mark->second != 0) append(out, mark->second);
      after_vowel = false;
      continue;
    }
    const CodePoint letter = vni_letter(c).value_or(c);
    append(out, letter);
    after_vowel = takes_vni_mark(letter);
  }
  return out;
}

std::string repair_tcvn3(std::string_view text) {
  const auto& letters = tcvn3_letters();
  std::string out;
  for (size_t at = 0; at < text.size();) {
    const auto [c, length] = code_point_at(text, at);
    append(out, c >= 0 && c < 0x100 && letters[static_cast<size_t>(c)] != 0
                    ? letters[static_cast<size_t>(c)]
                    : c);
    at += length;
  }
  return out;
}

bool is_letter_byte(char c) {
  return is_ascii_letter(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string repair_legacy_font(std::string_view text, LegacyFont font) {
  if (font == LegacyFont::kNone) return std::string(text);
  const std::string repaired = font == LegacyFont::kTcvn3 ? repair_tcvn3(text) : repair_vni(text);
  return map_unicode(repaired, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::pair<std::string, std::string> repaired_example(const WordSet& words, LegacyFont font) {
  for (const std::string& word : words.words()) {
    std::string repaired = repair_legacy_font(word, font);
    if (repaired != word) return {word, repaired};
  }
  return {};
}

std::string legacy_font_message(const WordSet& words, LegacyFont font) {
  const auto [typed, read] = repaired_example(words, font);
  return tr(
      "the text was typed in the legacy {} font and was converted to Unicode ('{}' is read as "
      "'{}'); to avoid this, convert the file to Unicode (Unikey's converter does), or give "
      "--encoding utf-8 to read it as it is",
      legacy_font_name(font), typed, read);
}

std::string lost_letters_message(const std::string& word) {
  return tr(
      "'{}' has '?' in place of letters: the file was saved in a code page without Vietnamese "
      "letters, which replaced them with '?'; export it again from the original as \"CSV "
      "UTF-8\" (in Excel 2010 and 2013, which have no \"CSV UTF-8\": as \"Unicode Text\"), or "
      "pass the .xlsx file itself",
      word);
}

std::optional<LostLetter> find_lost_letter(std::string_view text) {
  for (size_t mark = text.find('?'); mark != std::string_view::npos;
       mark = text.find('?', mark + 1)) {
    if (mark == 0 || !is_letter_byte(text[mark - 1])) continue;
    size_t after = mark;
    while (after < text.size() && text[after] == '?') ++after;
    if (after == text.size() || !is_letter_byte(text[after])) {
      mark = after - 1;
      continue;
    }
    size_t start = mark;
    while (start > 0 && (is_letter_byte(text[start - 1]) || text[start - 1] == '?')) --start;
    size_t end = after;
    while (end < text.size() && (is_letter_byte(text[end]) || text[end] == '?')) ++end;
    return LostLetter{start, std::string(text.substr(start, end - start))};
  }
  return std::nullopt;
}

}  // namespace chiso

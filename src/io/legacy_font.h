// Vietnamese typed in the legacy TCVN3 (.VnTime) and VNI (VNI-Times) fonts, as it survives in
// Unicode files: each byte of the old code page became the Latin-1 character of the same number,
// so that "Sở Nội vụ" reads "Së Néi vô" (TCVN3) or "Sôû Noäi vuï" (VNI). Also letters lost in a
// code page without Vietnamese ("S? N?i v?").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace chiso {

/// The legacy font a text was typed in; kNone for Unicode.
enum class LegacyFont { kNone, kTcvn3, kVni };

/// The font's name as messages give it: "TCVN3 (.VnTime)" or "VNI (VNI-Times)".
const char* legacy_font_name(LegacyFont font);

/// Whether `word` (letters only) is written as Vietnamese is: one syllable of the Vietnamese
/// alphabet (an initial consonant, a vowel group, a final consonant) with at most one tone
/// mark, or an acronym of Vietnamese consonants ("HĐND"). Case is ignored.
bool is_vietnamese_word(std::string_view word);

/// The distinct words of some texts that hold a non-ASCII letter, in the order first seen
/// (at most kMostWords): what the decisions below are taken on.
class WordSet {
 public:
  static constexpr size_t kMostWords = 20000;
  /// Adds the words of valid UTF-8 `text`: runs of ASCII letters and Latin letters or marks
  /// (U+00A1–U+024F, U+0300–U+036F, U+1E00–U+1EFF), which include every look-alike.
  void add(std::string_view text);
  const std::vector<std::string>& words() const { return words_; }
  /// The share (0 to 1) of the words that are Vietnamese; 1 when there is none.
  double vietnamese_share() const;

 private:
  std::vector<std::string> words_;
  std::unordered_set<std::string> seen_;
};

/// The legacy font `words` were typed in, decided on all of them at once (never word by word):
/// a font when its repair turns at least 90% of the words, and at least 3 of them, into
/// Vietnamese while fewer than half of them were Vietnamese before. kNone otherwise, so that
/// clean Vietnamese, ASCII and French or German names ("Noël", "Müller") stay as they are.
LegacyFont detect_legacy_font(const WordSet& words);
/// detect_legacy_font on the words of `texts` (cells of a workbook, say).
LegacyFont detect_legacy_font(const std::vector<std::string_view>& texts);

/// Valid UTF-8 `text` with each look-alike of `font` turned into the Vietnamese letter it
/// stands for, in NFC; other characters are kept. `text` itself for kNone.
std::string repair_legacy_font(std::string_view text, LegacyFont font);

/// The first of `words` that repair_legacy_font changes, and its repair: for messages.
std::pair<std::string, std::string> repaired_example(const WordSet& words, LegacyFont font);

/// The warning for text repaired from `font` (the words it was detected on give the example):
/// "the text was typed in the legacy TCVN3 (.VnTime) font and was converted …".
std::string legacy_font_message(const WordSet& words, LegacyFont font);

/// A '?' standing for a letter lost in a code page without Vietnamese.
struct LostLetter {
  size_t offset = 0;  // of the word's first byte in the text
  std::string word;   // "N?i"
};

/// The first word of `text` in which a run of '?' sits between two letters ("N?i", "Ph??ng"):
/// a question mark never does in a name.
std::optional<LostLetter> find_lost_letter(std::string_view text);

/// The error for a lost letter in `word`: what happened and how to export the file again.
std::string lost_letters_message(const std::string& word);

}  // namespace chiso

#include "chiso/io/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

namespace chiso {
namespace {

// `text` mapped through utf8proc with `options`; the input is valid UTF-8 (checked on reading).
std::string map_unicode(std::string_view text, int options) {
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                         static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                         static_cast<utf8proc_option_t>(options));
  if (length < 0) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<size_t>(length));
}

// The Latin letters Vietnamese is written with, precomposed: U+00C0–U+024F (À … ơ ư …) and
// U+1E00–U+1EFF (ạ ả ấ … ỹ). Each is its own NFC, none is a combining mark, and none combines
// with the character before it (text_test checks every pair against utf8proc).
bool is_precomposed_latin(std::uint32_t code_point) {
  return (code_point >= 0xC0 && code_point <= 0x24F) ||
         (code_point >= 0x1E00 && code_point <= 0x1EFF);
}

// Whether NFC leaves valid UTF-8 `text` as it is, known without utf8proc for ASCII and
// precomposed Latin letters; false for anything else, which utf8proc then normalises.
bool is_known_nfc(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const auto byte = [&](size_t at) {
      return static_cast<std::uint32_t>(static_cast<unsigned char>(text[at]));
    };
    const std::uint32_t lead = byte(i);
    if (lead < 0x80) {
      ++i;
    } else if ((lead & 0xE0) == 0xC0 && i + 1 < text.size()) {
      if (!is_precomposed_latin(((lead & 0x1F) << 6) | (byte(i + 1) & 0x3F))) return false;
      i += 2;
    } else if ((lead & 0xF0) == 0xE0 && i + 2 < text.size()) {
      if (!is_precomposed_latin(((lead & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) |
                                (byte(i + 2) & 0x3F)))
        return false;
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// The first of `text`'s characters, when it is one byte of ASCII or 2 or 3 bytes of a
// precomposed Latin letter: its code point, and its length in bytes; {0, 0} otherwise.
std::pair<std::uint32_t, size_t> latin_at(std::string_view text, size_t i) {
  const auto byte = [&](size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(text[at]));
  };
  const std::uint32_t lead = byte(i);
  std::pair<std::uint32_t, size_t> found{0, 0};
  if (lead < 0x80) {
    found = {lead, 1};
  } else if ((lead & 0xE0) == 0xC0 && i + 1 < text.size()) {
    found = {((lead & 0x1F) << 6) | (byte(i + 1) & 0x3F), 2};
  } else if ((lead & 0xF0) == 0xE0 && i + 2 < text.size()) {
    found = {((lead & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F), 3};
  }
  if (found.second > 1 && !is_precomposed_latin(found.first)) return {0, 0};
  return found;
}

// Each precomposed Latin letter case-folded as utf8proc folds it (as unit_key does), by code
// point from U+00C0, or empty when that is not ASCII and such letters only (İ folds to i and a
// combining dot). A name of ASCII and such letters folds letter by letter: none combines with
// the letter before it (text_test checks every pair against utf8proc).
const std::vector<std::string>& latin_folds() {
  static const std::vector<std::string> folds = [] {
    std::vector<std::string> made(0x1F00 - 0xC0);
    for (std::uint32_t code_point = 0xC0; code_point < 0x1F00; ++code_point) {
      if (!is_precomposed_latin(code_point)) continue;
      utf8proc_uint8_t bytes[4];
      const auto length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), bytes);
      const std::string folded = map_unicode(
          std::string_view(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length)),
          UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
      bool plain = !folded.empty();
      for (size_t i = 0; i < folded.size() && plain; i += latin_at(folded, i).second) {
        plain = latin_at(folded, i).second > 0;
      }
      if (plain) made[code_point - 0xC0] = folded;
    }
    return made;
  }();
  return folds;
}

// `key` (NFC) case-folded letter by letter with latin_folds, or nothing when it holds a
// character that table cannot fold.
std::optional<std::string> fold_latin(std::string_view key) {
  const std::vector<std::string>& folds = latin_folds();
  std::string folded;
  folded.reserve(key.size());
  for (size_t i = 0; i < key.size();) {
    const auto [code_point, length] = latin_at(key, i);
    if (length == 0) return std::nullopt;
    if (length == 1) {
      const bool upper = code_point >= 'A' && code_point <= 'Z';
      folded += static_cast<char>(upper ? code_point - 'A' + 'a' : code_point);
    } else {
      const std::string& fold = folds[code_point - 0xC0];
      if (fold.empty()) return std::nullopt;
      folded += fold;
    }
    i += length;
  }
  return folded;
}

// The length in bytes of the white space character at `text[i]`, 0 when there is none: the
// Unicode White_Space characters, among them the NBSP Word puts in names and the CR of a
// Windows line end left in a cell.
size_t white_space_length(std::string_view text, size_t i) {
  const auto byte = [&](size_t at) {
    return static_cast<unsigned char>(at < text.size() ? text[at] : 0);
  };
  const unsigned char lead = byte(i);
  if (lead == ' ' || (lead >= 0x09 && lead <= 0x0D)) return 1;
  if (lead < 0xC2) return 0;
  const unsigned char second = byte(i + 1);
  const unsigned char third = byte(i + 2);
  if (lead == 0xC2) return second == 0x85 || second == 0xA0 ? 2 : 0;  // NEL, NBSP
  if (lead == 0xE1) return second == 0x9A && third == 0x80 ? 3 : 0;   // U+1680
  if (lead == 0xE2 && second == 0x80) {  // U+2000–200A, 2028, 2029, 202F
    return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0;
  }
  if (lead == 0xE2) return second == 0x81 && third == 0x9F ? 3 : 0;  // U+205F
  if (lead == 0xE3) return second == 0x80 && third == 0x80 ? 3 : 0;  // U+3000
  return 0;
}

// `text` trimmed of white space of every kind, each inner run of it made one space.
std::string collapse_spaces(std::string_view text) {
  bool plain = true;  // most names: single spaces between words, nothing else to do
  for (size_t i = 0; i < text.size() && plain; ++i) {
    const size_t length = white_space_length(text, i);
    plain = length == 0 || (text[i] == ' ' && i > 0 && i + 1 < text.size() && text[i + 1] != ' ' &&
                            white_space_length(text, i + 1) == 0);
  }
  if (plain) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    if (const size_t length = white_space_length(text, i); length > 0) {
      space = true;
      i += length;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += text[i++];
  }
  return out;
}

}  // namespace

std::string_view trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return text.substr(begin, end - begin);
}

std::string normalise_name(std::string_view text) {
  std::string spaced = collapse_spaces(text);
  if (is_known_nfc(spaced)) return spaced;  // most names: no call to utf8proc
  return map_unicode(spaced, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string unit_key(std::string_view text) {
  std::string key = normalise_name(text);
  if (std::all_of(key.begin(), key.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    for (char& c : key)
      c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;  // ASCII: no utf8proc
    return key;
  }
  // Most Vietnamese names: no call to utf8proc either.
  if (std::optional<std::string> folded = fold_latin(key)) return std::move(*folded);
  // Case folding after decomposition, then composition: the canonical caseless match of
  // Unicode (D145), so "Ở" and "O" + horn + hook fold alike.
  return map_unicode(key, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string loose_key(std::string_view text) {
  std::string spaced = collapse_spaces(trim(text));
  std::string folded = map_unicode(
      spaced, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  // đ has no decomposition (it is a letter of its own), so the mark stripping keeps it.
  std::string key;
  key.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 2, "\xC4\x91") == 0) {  // đ (Đ is case-folded to it)
      key += 'd';
      ++i;
    } else {
      key += folded[i];
    }
  }
  return key;
}

std::optional<size_t> invalid_utf8_at(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    // Eight ASCII bytes at a time: most of a scores file is digits and separators.
    if (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                         static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
    if (length <= 0) return i + 1;
    i += static_cast<size_t>(length);
  }
  return std::nullopt;
}

}  // namespace chiso

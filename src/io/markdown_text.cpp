#include "io/markdown_text.h"

#include <algorithm>
#include <optional>

#include "io/name_characters.h"

namespace chiso {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// `text` with TAB, CR and LF as spaces and every other forbidden character as U+FFFD: they
// reach the outputs only from the command line (--title, file names), never from a name read.
std::string visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (std::optional<ForbiddenCharacter> bad = forbidden_character(text)) {
    out.append(text.substr(0, bad->offset));
    out.append(kReplacement);
    text.remove_prefix(bad->offset + bad->length);
  }
  out.append(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\t' || c == '\r' || c == '\n'; }, ' ');
  return out;
}

// The position of the character at the start of `text` that would start a block (a heading,
// a list item, a rule) after "- " or "# ", or npos: "# …", "- …", "+ …", "---", "1. …", "1) …".
size_t block_marker(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  if (text[0] == '#' || text[0] == '-' || text[0] == '+') {
    const bool ends = text.size() == 1 || text[1] == ' ' || text[1] == text[0];
    return ends ? 0 : std::string_view::npos;
  }
  size_t digits = 0;
  while (digits < text.size() && digits < 10 && text[digits] >= '0' && text[digits] <= '9')
    ++digits;
  if (digits == 0 || digits == text.size() || (text[digits] != '.' && text[digits] != ')'))
    return std::string_view::npos;
  const bool ends = digits + 1 == text.size() || text[digits + 1] == ' ';
  return ends ? digits : std::string_view::npos;
}

bool is_word(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The position of the "#" run that would end a heading and be dropped from it ("## Sở #"), or
// npos: a run of '#' at the end of `text`, after a space.
size_t closing_hashes(std::string_view text) {
  const size_t last = text.find_last_not_of('#');
  if (last == std::string_view::npos || last + 1 == text.size() || text[last] != ' ')
    return std::string_view::npos;
  return last + 1;
}

}  // namespace

std::string markdown_text(std::string_view raw) {
  const std::string text = visible(raw);
  const size_t marker = block_marker(text);
  const size_t closing = closing_hashes(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '&':
        out += "&amp;";
        continue;
      case '_':
        // Between two letters or digits (labour_training) '_' starts no emphasis in CommonMark.
        if (i > 0 && i + 1 < text.size() && is_word(text[i - 1]) && is_word(text[i + 1])) break;
        out += '\\';
        break;
      case '\\':
      case '`':
      case '*':
      case '~':
      case '[':
      case ']':
      case '|':
        out += '\\';
        break;
      default:
        if (i == marker || i == closing) out += '\\';
    }
    out += c;
  }
  return out;
}

std::string markdown_code(std::string_view raw) {
  const std::string text = visible(raw);
  // A code span ends at a run of as many backticks as opened it: open with one more than the
  // longest run inside, and pad with a space when the text starts or ends with one.
  size_t longest = 0;
  size_t run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
  const std::string space = pad ? " " : "";
  return fence + space + text + space + fence;
}

}  // namespace chiso

#include "io/name_characters.h"

#include <fmt/format.h>

#include "chiso/message.h"

namespace chiso {

std::optional<ForbiddenCharacter> forbidden_character(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  for (size_t i = 0; i < size; ++i) {
    const unsigned char c = bytes[i];
    if (c < 0x20) {
      if (c != '\t' && c != '\n' && c != '\r') return ForbiddenCharacter{i, 1, c};
    } else if (c == 0x7F) {
      return ForbiddenCharacter{i, 1, c};
    } else if (c == 0xC2 && i + 1 < size && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F) {
      return ForbiddenCharacter{i, 2, bytes[i + 1]};  // C1: U+0080–U+009F
    } else if (c == 0xD8 && i + 1 < size && bytes[i + 1] == 0x9C) {
      return ForbiddenCharacter{i, 2, 0x061C};  // ARABIC LETTER MARK
    } else if (c == 0xE2 && i + 2 < size) {
      const unsigned char second = bytes[i + 1];
      const unsigned char third = bytes[i + 2];
      // E2 80 8E–8F: U+200E–U+200F; E2 80 AA–AE: U+202A–U+202E; E2 81 A6–A9: U+2066–U+2069.
      if ((second == 0x80 &&
           (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE))) ||
          (second == 0x81 && third >= 0xA6 && third <= 0xA9)) {
        return ForbiddenCharacter{
            i, 3, static_cast<char32_t>(0x2000 | ((second & 0x3F) << 6) | (third & 0x3F))};
      }
    }
  }
  return std::nullopt;
}

std::string code_point_name(char32_t code_point) {
  return fmt::format("U+{:04X}", static_cast<unsigned>(code_point));
}

std::optional<Diagnostic> name_problem(std::string_view text, const Location& where, bool quoted,
                                       const char* what) {
  const std::optional<ForbiddenCharacter> bad = forbidden_character(text);
  if (!bad) return std::nullopt;
  // The character's own place: a quoted field starts after its quote, where a doubled quote
  // took two columns and a line break started a new line. A sheet's cell is its own place.
  Location at = where;
  if (quoted && !where.cell) ++at.column;
  for (size_t i = 0; i < bad->offset && !where.cell; ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      at.column += quoted && c == '"' ? 2 : 1;
    }
  }
  const char32_t code = bad->code_point;
  const bool is_bidi = code > 0x9F;
  // `what` ("unit name") is a message of its own, extracted from the calls (po/extract).
  const char* name = translated(what);
  return Diagnostic{
      at, Severity::kError,
      is_bidi ? tr("{} holds the bidi control {}; delete it (names may hold no control or bidi "
                   "characters)",
                   name, code_point_name(code))
              : tr("{} holds the control character {}; delete it (names may hold no control or "
                   "bidi characters)",
                   name, code_point_name(code))};
}

bool check_name(const CsvRecord& record, size_t field, const std::string& file, const char* what,
                Diagnostics& diagnostics) {
  if (field >= record.fields.size()) return true;
  std::optional<Diagnostic> problem =
      name_problem(record.fields[field], record.at(file, field), record.quoted[field], what);
  if (!problem) return true;
  diagnostics.error(std::move(problem->where), std::move(problem->message));
  return false;
}

}  // namespace chiso

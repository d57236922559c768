#include "chiso/diagnostic_format.h"

#include <fmt/format.h>

#include "io/name_characters.h"

namespace chiso {
namespace {

// `text` as a terminal shows it harmlessly: messages quote what the input holds, and an escape
// or bidi character there would recolour the terminal or reorder the line, a line break would
// split the one-line form. They are written "<U+001B>", "\n", "\r".
std::string printable(const std::string& text) {
  std::string out;
  std::string_view rest = text;
  for (size_t at = rest.find_first_of("\n\r"); true; at = rest.find_first_of("\n\r")) {
    std::string_view piece = rest.substr(0, at);
    while (std::optional<ForbiddenCharacter> bad = forbidden_character(piece)) {
      out.append(piece.substr(0, bad->offset));
      out += "<" + code_point_name(bad->code_point) + ">";
      piece.remove_prefix(bad->offset + bad->length);
    }
    out.append(piece);
    if (at == std::string_view::npos) break;
    out += rest[at] == '\n' ? "\\n" : "\\r";
    rest.remove_prefix(at + 1);
  }
  return out;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const char* severity = diagnostic.severity == Severity::kError ? "error" : "warning";
  const Location& where = diagnostic.where;
  const std::string message = printable(diagnostic.message);
  const std::string file = printable(where.file);
  if (file.empty()) return fmt::format("chiso: {}: {}", severity, message);
  if (where.line == 0) return fmt::format("{}: {}: {}", file, severity, message);
  return fmt::format("{}:{}:{}: {}: {}", file, where.line, where.column, severity, message);
}

}  // namespace chiso

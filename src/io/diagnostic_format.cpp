#include "chiso/io/diagnostic_format.h"

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
  const char* severity = diagnostic.severity == Severity::kError     ? "error"
                         : diagnostic.severity == Severity::kWarning ? "warning"
                                                                     : "note";
  const Location& where = diagnostic.where;
  const std::string message = printable(diagnostic.message);
  const std::string file = printable(where.file);
  if (file.empty()) return fmt::format("chiso: {}: {}", severity, message);
  if (where.line == 0) return fmt::format("{}: {}: {}", file, severity, message);
  // A sheet's cell as the spreadsheet names it: "Bang-diem.xlsx:Điểm 2024!F12".
  if (where.cell && where.column > 0) {
    return fmt::format("{}!{}{}: {}: {}", file, column_letters(where.column), where.line, severity,
                       message);
  }
  if (where.cell)
    return fmt::format("{}!{}:{}: {}: {}", file, where.line, where.line, severity,
                       message);  // the whole row, "Sheet1!7:7"
  return fmt::format("{}:{}:{}: {}: {}", file, where.line, where.column, severity, message);
}

namespace {

// 99950 as "99,950": counts in messages are read by people, in English.
std::string grouped(size_t count) {
  std::string digits = std::to_string(count);
  for (size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
  return digits;
}

std::string counted(size_t count, const char* what) {
  return grouped(count) + " " + what + (count == 1 ? "" : "s");
}

}  // namespace

std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  size_t errors = 0;
  size_t warnings = 0;
  for (const Diagnostic& diagnostic : diagnostics) {
    size_t& seen = diagnostic.severity == Severity::kError ? errors : warnings;
    if (diagnostic.severity != Severity::kNote && ++seen > kDiagnosticsShown) continue;
    text += format_diagnostic(diagnostic);
    text += '\n';
  }
  // The lines left out are counted so that what is listed and the count line add up.
  if (errors > kDiagnosticsShown)
    text += "chiso: …and " + counted(errors - kDiagnosticsShown, "more error") + "\n";
  if (warnings > kDiagnosticsShown)
    text += "chiso: …and " + counted(warnings - kDiagnosticsShown, "more warning") + "\n";
  return text;
}

std::string count_line(const std::vector<Diagnostic>& diagnostics) {
  size_t errors = 0;
  size_t warnings = 0;
  for (const Diagnostic& diagnostic : diagnostics) {
    errors += diagnostic.severity == Severity::kError;
    warnings += diagnostic.severity == Severity::kWarning;
  }
  return counted(errors, "error") + ", " + counted(warnings, "warning");
}

}  // namespace chiso

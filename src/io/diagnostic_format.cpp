#include "chiso/io/diagnostic_format.h"

#include <fmt/format.h>

#include "chiso/message.h"
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
  const std::string severity = diagnostic.severity == Severity::kError     ? tr("error")
                               : diagnostic.severity == Severity::kWarning ? tr("warning")
                                                                           : tr("note");
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

// 99950 as "99,950": counts in messages are read by people, grouped as their language does.
std::string grouped(size_t count) {
  // TRANSLATORS: the thousands separator of counts in messages ("99,950 warnings").
  const std::string separator = tr(",");
  std::string digits = std::to_string(count);
  for (size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, separator);
  return digits;
}

// English plurals by two messages each (Vietnamese has one form for both).
std::string errors_counted(size_t count) {
  return count == 1 ? tr("{} error", grouped(count)) : tr("{} errors", grouped(count));
}

std::string warnings_counted(size_t count) {
  return count == 1 ? tr("{} warning", grouped(count)) : tr("{} warnings", grouped(count));
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
  if (errors > kDiagnosticsShown) {
    const size_t more = errors - kDiagnosticsShown;
    text += "chiso: " +
            (more == 1 ? tr("…and {} more error", grouped(more))
                       : tr("…and {} more errors", grouped(more))) +
            "\n";
  }
  if (warnings > kDiagnosticsShown) {
    const size_t more = warnings - kDiagnosticsShown;
    text += "chiso: " +
            (more == 1 ? tr("…and {} more warning", grouped(more))
                       : tr("…and {} more warnings", grouped(more))) +
            "\n";
  }
  return text;
}

std::string count_line(const std::vector<Diagnostic>& diagnostics) {
  size_t errors = 0;
  size_t warnings = 0;
  for (const Diagnostic& diagnostic : diagnostics) {
    errors += diagnostic.severity == Severity::kError;
    warnings += diagnostic.severity == Severity::kWarning;
  }
  return errors_counted(errors) + ", " + warnings_counted(warnings);
}

}  // namespace chiso

#include "chiso/diagnostic_format.h"

#include <fmt/format.h>

namespace chiso {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const char* severity = diagnostic.severity == Severity::kError     ? "error"
                         : diagnostic.severity == Severity::kWarning ? "warning"
                                                                     : "note";
  const Location& where = diagnostic.where;
  if (where.file.empty()) return fmt::format("chiso: {}: {}", severity, diagnostic.message);
  if (where.line == 0) return fmt::format("{}: {}: {}", where.file, severity, diagnostic.message);
  return fmt::format("{}:{}:{}: {}: {}", where.file, where.line, where.column, severity, diagnostic.message);
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
  if (errors > kDiagnosticsShown) text += "chiso: …and " + counted(errors - kDiagnosticsShown, "more error") + "\n";
  if (warnings > kDiagnosticsShown) text += "chiso: …and " + counted(warnings - kDiagnosticsShown, "more warning") + "\n";
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

#include "chiso/diagnostic_format.h"

#include <fmt/format.h>

namespace chiso {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const char* severity = diagnostic.severity == Severity::kError ? "error" : "warning";
  const Location& where = diagnostic.where;
  if (where.file.empty()) return fmt::format("chiso: {}: {}", severity, diagnostic.message);
  if (where.line == 0) return fmt::format("{}: {}: {}", where.file, severity, diagnostic.message);
  return fmt::format("{}:{}:{}: {}: {}", where.file, where.line, where.column, severity, diagnostic.message);
}

}  // namespace chiso

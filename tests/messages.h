// Diagnostics as the user reads them, for tests that compare whole messages.
#pragma once

#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/io/diagnostic_format.h"

namespace chiso::testing {

/// Every diagnostic as the user reads it, one per line.
inline std::string messages(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics) text += format_diagnostic(diagnostic) + "\n";
  return text;
}

inline std::string messages(const Diagnostics& diagnostics) { return messages(diagnostics.all()); }

/// The error that `read` throws as the user reads it, or "no error".
template <typename Read>
std::string thrown_by(Read read) {
  try {
    read();
  } catch (const InputError& error) {
    return messages(error.diagnostics());
  }
  return "no error";
}

}  // namespace chiso::testing

// Diagnostics as the user reads them, in the GNU form editors and CI understand.
#pragma once

#include <string>
#include <vector>

#include "chiso/diagnostic.h"

namespace chiso {

/// "file:line:column: error: message", "file: error: message" when the line is unknown, or
/// "chiso: error: message" when no file is involved; no final newline. Control and bidi
/// characters that a message quotes from the input are shown as "<U+001B>", line breaks as
/// "\n" and "\r", so that a message is one line and cannot act on the terminal.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// How many errors, and separately how many warnings, a listing shows; the rest are counted.
inline constexpr int kDiagnosticsShown = 50;

/// `diagnostics` one per line ('\n'-terminated) in the order found, showing the first
/// kDiagnosticsShown errors, the first kDiagnosticsShown warnings and every note, then
/// "chiso: …and 51 more errors" and "chiso: …and 99,950 more warnings" for the rest.
std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics);

/// "2 errors, 1 warning": the errors and warnings of `diagnostics`, thousands grouped
/// ("100,000 warnings"), no final newline.
std::string count_line(const std::vector<Diagnostic>& diagnostics);

}  // namespace chiso

// Diagnostics as the user reads them, in the GNU form editors and CI understand.
#pragma once

#include <string>

#include "chiso/diagnostic.h"

namespace chiso {

/// "file:line:column: error: message", "file: error: message" when the line is unknown, or
/// "chiso: error: message" when no file is involved; no final newline. Control and bidi
/// characters that a message quotes from the input are shown as "<U+001B>", line breaks as
/// "\n" and "\r", so that a message is one line and cannot act on the terminal.
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace chiso

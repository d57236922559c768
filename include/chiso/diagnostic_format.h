// Diagnostics as the user reads them, in the GNU form editors and CI understand.
#pragma once

#include <string>

#include "chiso/diagnostic.h"

namespace chiso {

/// "file:line:column: error: message", "file: error: message" when the line is unknown, or
/// "chiso: error: message" when no file is involved; no final newline.
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace chiso

// Printers shared by the unit tests, so that a failing CHECK prints whole values.
#pragma once

#include <doctest/doctest.h>

#include <ostream>
#include <vector>

#include "chiso/diagnostic.h"

namespace chiso {

/// A diagnostic as "file:line:column: error|warning: message".
inline std::ostream& operator<<(std::ostream& out, const Diagnostic& diagnostic) {
  return out << diagnostic.where.file << ':' << diagnostic.where.line << ':' << diagnostic.where.column
             << (diagnostic.severity == Severity::kError ? ": error: " : ": warning: ") << diagnostic.message;
}

}  // namespace chiso

namespace doctest {

/// A vector as "{a, b, c}", each element printed by its own printer.
template <typename T>
struct StringMaker<std::vector<T>> {
  static String convert(const std::vector<T>& values) {
    String text = "{";
    for (size_t i = 0; i < values.size(); ++i) text += String(i ? ", " : "") + toString(values[i]);
    return text + "}";
  }
};

}  // namespace doctest

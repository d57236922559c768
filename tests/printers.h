// Printers shared by the unit tests, so that a failing CHECK prints whole values.
#pragma once

#include <doctest/doctest.h>

#include <charconv>
#include <ostream>
#include <string>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/diagnostic.h"

namespace chiso {

/// A diagnostic as "file:line:column: error|warning: message".
inline std::ostream& operator<<(std::ostream& out, const Diagnostic& diagnostic) {
  return out << diagnostic.where.file << ':' << diagnostic.where.line << ':'
             << diagnostic.where.column
             << (diagnostic.severity == Severity::kError     ? ": error: "
                 : diagnostic.severity == Severity::kWarning ? ": warning: "
                                                             : ": note: ")
             << diagnostic.message;
}

namespace testing {

/// The shortest text that reads back as exactly `value`: comparing it compares the value.
inline std::string text(double value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

/// A subtotal as "points/max", each exactly.
inline std::string text(const Subtotal& subtotal) {
  return text(subtotal.points) + "/" + text(subtotal.max);
}

}  // namespace testing

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

#include "chiso/diagnostic.h"

#include "chiso/message.h"

namespace chiso {

std::string column_letters(int column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters;
}

std::string place_name(const Location& where) {
  if (where.cell)
    return where.file + "!" + column_letters(where.column) + std::to_string(where.line);
  return tr("{} line {}", where.file, where.line);
}

std::string line_name(const Location& where) {
  return where.cell ? tr("row {}", where.line) : tr("line {}", where.line);
}

void Diagnostics::add(Diagnostic diagnostic) {
  // Under --strict a warning is an error, wherever it was found (appended ones included).
  if (strict_ && diagnostic.severity == Severity::kWarning) {
    diagnostic.severity = Severity::kError;
    diagnostic.message = tr("{} (--strict)", diagnostic.message);
  }
  errors_ += diagnostic.severity == Severity::kError;
  warnings_ += diagnostic.severity == Severity::kWarning;
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(Location where, std::string message) {
  add({std::move(where), Severity::kError, std::move(message)});
}

void Diagnostics::warning(Location where, std::string message) {
  add({std::move(where), Severity::kWarning, std::move(message)});
}

void Diagnostics::note(Location where, std::string message) {
  add({std::move(where), Severity::kNote, std::move(message)});
}

void Diagnostics::append(const std::vector<Diagnostic>& more) {
  for (const Diagnostic& diagnostic : more) add(diagnostic);
}

bool Diagnostics::has_errors() const { return errors_ > 0; }

int Diagnostics::error_count() const { return errors_; }

int Diagnostics::warning_count() const { return warnings_; }

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(diagnostics.empty() ? "invalid input" : diagnostics.front().message),
      diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Location where, std::string message)
    : InputError(
          std::vector<Diagnostic>{{std::move(where), Severity::kError, std::move(message)}}) {}

}  // namespace chiso

#include "chiso/diagnostic.h"

#include <algorithm>

namespace chiso {

void Diagnostics::error(Location where, std::string message) {
  items_.push_back({std::move(where), Severity::kError, std::move(message)});
}

void Diagnostics::warning(Location where, std::string message) {
  if (strict_) {
    items_.push_back({std::move(where), Severity::kError, std::move(message) + " (--strict)"});
    return;
  }
  items_.push_back({std::move(where), Severity::kWarning, std::move(message)});
}

void Diagnostics::append(const std::vector<Diagnostic>& more) {
  items_.insert(items_.end(), more.begin(), more.end());
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  }));
}

int Diagnostics::warning_count() const {
  return static_cast<int>(items_.size()) - error_count();
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(diagnostics.empty() ? "invalid input" : diagnostics.front().message),
      diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Location where, std::string message)
    : InputError(std::vector<Diagnostic>{{std::move(where), Severity::kError, std::move(message)}}) {}

}  // namespace chiso

// Messages in the user's language: every diagnostic, usage error and output error is written
// with tr(), whose English text is the msgid of po/chiso.pot and whose translation comes from
// po/vi.po through GNU gettext (installed by src/cli at start-up; English until then).
#pragma once

#include <fmt/format.h>

#include <string>
#include <utility>

namespace chiso {

/// Turns an English message (a fmt format string) into the user's language.
using Translator = const char* (*)(const char* english);

/// Installs the translator for the whole run; call once at start-up, before any thread starts.
void set_translator(Translator translator);

/// `english` in the user's language; `english` itself when no translator is installed or the
/// catalogue has no translation.
const char* translated(const char* english);

/// The message `english` (a fmt format string such as "unit '{}' is scored twice") in the
/// user's language, with `arguments` in its places. A translation whose places do not fit the
/// arguments is never fatal: the English text is used instead.
template <typename... Arguments>
std::string tr(const char* english, Arguments&&... arguments) {
  const char* text = translated(english);
  if (text != english) {
    try {
      return fmt::format(fmt::runtime(text), arguments...);
    } catch (const fmt::format_error&) {
    }
  }
  return fmt::format(fmt::runtime(english), std::forward<Arguments>(arguments)...);
}

}  // namespace chiso

// The language of messages (diagnostics and usage errors), decided before the command line is
// parsed so that CLI11's own usage errors are translated too, and the translator that gives it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace chiso::cli {

/// "vi" or "en": the value of `--lang X` or `--lang=X` anywhere on the command line ("vi" only
/// when X is "vi"); without it, "vi" when the first of LC_ALL, LC_MESSAGES and LANG that is set
/// and not empty starts with "vi"; else "en".
std::string message_language(int argc, const char* const* argv);

/// Installs a GNU gettext translator of the "chiso" domain for `language` ("vi"); "en" installs
/// nothing. The catalogue is found beside the executable (<dir>/locale in the build tree,
/// <dir>/../share/locale when installed); LC_NUMERIC and LC_CTYPE are left as they are.
void use_message_language(const std::string& language);

/// CLI11's message for `error` in the user's language: the common errors by their type, with
/// the option names taken from the English text; the first letter lowercased, as ours are.
std::string usage_message(const CLI::ParseError& error);

}  // namespace chiso::cli

#include "cli/language.h"

#include <libintl.h>
#include <unistd.h>

#include <array>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <string_view>

#include "chiso/message.h"

namespace chiso::cli {

std::string message_language(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if (argument == "--") break;
    if (argument == "--lang" && i + 1 < argc)
      return std::string_view(argv[i + 1]) == "vi" ? "vi" : "en";
    if (argument.starts_with("--lang=")) return argument.substr(7) == "vi" ? "vi" : "en";
  }
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0')
      return std::string_view(value).starts_with("vi") ? "vi" : "en";
  }
  return "en";
}

namespace {

const char* from_catalogue(const char* english) { return dgettext("chiso", english); }

// The catalogue's folder: beside the executable in the build tree, share/locale when installed.
std::string catalogue_folder() {
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  const std::filesystem::path folder = executable.parent_path();
  if (std::filesystem::exists(folder / "locale/vi/LC_MESSAGES/chiso.mo", error))
    return (folder / "locale").string();
  return (folder / "../share/locale").lexically_normal().string();
}

}  // namespace

void use_message_language(const std::string& language) {
  if (language != "vi") return;
  // gettext ignores LANGUAGE only in the "C" locale: C.UTF-8, which every glibc system has,
  // lets LANGUAGE=vi choose the catalogue without a vi_VN locale being generated. Only
  // LC_MESSAGES changes; number parsing and character classes stay in the "C" locale.
  const char* set = std::setlocale(LC_MESSAGES, "C.UTF-8");
  if (set == nullptr) set = std::setlocale(LC_MESSAGES, "C.utf8");
  if (set == nullptr) set = std::setlocale(LC_MESSAGES, "");
  setenv("LANGUAGE", "vi", 1);
  const std::string folder = catalogue_folder();
  if (!folder.empty()) bindtextdomain("chiso", folder.c_str());
  bind_textdomain_codeset("chiso", "UTF-8");
  // The system's error texts (strerror) come from the C library's catalogue, in the character
  // set of LC_CTYPE unless told otherwise: "C" would turn every Vietnamese letter into '?'.
  bind_textdomain_codeset("libc", "UTF-8");
  set_translator(from_catalogue);
}

namespace {

// One kind of CLI11 message: its error type, the English text as a pattern whose groups are
// the option names and values, and the same text as our msgid with {} in their places.
struct Cli11Message {
  bool (*is_type)(const CLI::ParseError& error);
  std::regex english;
  std::string (*translate)(const std::smatch& parts);
};

// By the exception's type: CLI11 names some errors after the command, not their class.
template <typename Error>
bool is(const CLI::ParseError& error) {
  return dynamic_cast<const Error*>(&error) != nullptr;
}

// "A subcommand is required" as "a subcommand is required"; a name in capitals ("UNIT is
// required", a positional argument) stays as it is.
std::string first_lowercase(std::string text) {
  auto is_capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (!text.empty() && is_capital(text[0]) && !(text.size() > 1 && is_capital(text[1])))
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

const std::vector<Cli11Message>& cli11_messages() {
  static const std::vector<Cli11Message> messages = [] {
    std::vector<Cli11Message> list;
    auto add = [&list](bool (*is_type)(const CLI::ParseError&), const char* pattern,
                       std::string (*translate)(const std::smatch&)) {
      list.push_back({is_type, std::regex(pattern), translate});
    };
    add(is<CLI::RequiredError>, "a subcommand is required",
        [](const std::smatch&) { return tr("a subcommand is required"); });
    add(is<CLI::RequiredError>, "(\\S+) is required",
        [](const std::smatch& m) { return tr("{} is required", m.str(1)); });
    add(is<CLI::ExtrasError>, "the following argument was not expected: (.*)",
        [](const std::smatch& m) {
          return tr("the following argument was not expected: {}", m.str(1));
        });
    add(is<CLI::ExtrasError>, "the following arguments were not expected: (.*)",
        [](const std::smatch& m) {
          return tr("the following arguments were not expected: {}", m.str(1));
        });
    add(is<CLI::ValidationError>, "(\\S+): Value (.*) not in range (\\S+) to (\\S+)",
        [](const std::smatch& m) {
          return tr("{}: Value {} not in range {} to {}", m.str(1), m.str(2), m.str(3), m.str(4));
        });
    add(is<CLI::ValidationError>, "(\\S+): (.*) not in (\\{.*\\})",
        [](const std::smatch& m) { return tr("{}: {} not in {}", m.str(1), m.str(2), m.str(3)); });
    add(is<CLI::ArgumentMismatch>, "(\\S+): (\\d+) required (.*) missing",
        [](const std::smatch& m) {
          return tr("{}: {} required {} missing", m.str(1), m.str(2), m.str(3));
        });
    add(is<CLI::RequiresError>, "(\\S+) requires (\\S+)",
        [](const std::smatch& m) { return tr("{} requires {}", m.str(1), m.str(2)); });
    add(is<CLI::ExcludesError>, "(\\S+) excludes (\\S+)",
        [](const std::smatch& m) { return tr("{} excludes {}", m.str(1), m.str(2)); });
    add(is<CLI::ConversionError>, "could not convert: (\\S+) = (.*)",
        [](const std::smatch& m) { return tr("could not convert: {} = {}", m.str(1), m.str(2)); });
    add(is<CLI::ConversionError>, "(\\S+): too many inputs for a flag",
        [](const std::smatch& m) { return tr("{}: too many inputs for a flag", m.str(1)); });
    return list;
  }();
  return messages;
}

}  // namespace

std::string usage_message(const CLI::ParseError& error) {
  // CLI11 capitalises some messages ("A subcommand is required"); ours are lowercase.
  const std::string english = first_lowercase(error.what());
  for (const Cli11Message& message : cli11_messages()) {
    std::smatch parts;
    if (message.is_type(error) && std::regex_match(english, parts, message.english))
      return message.translate(parts);
  }
  return english;
}

}  // namespace chiso::cli

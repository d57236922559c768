// chiso methods: lists the built-in methods with their sources; `chiso methods show NAME`
// prints one of a method's files, to copy it and make a province's own.
#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "chiso/message.h"
#include "cli/command.h"
#include "cli/options.h"

namespace chiso::cli {
namespace {

struct MethodsArguments {
  std::string name;
  std::string file = "framework";
};

const char* headline_name(Headline headline) {
  return headline == Headline::kPoints  ? "points"
         : headline == Headline::kScore ? "score"
                                        : "index";
}

int list() {
  for (const Method& method : list_methods()) {
    fmt::print("{}\n  {}\n  headline: {}; bands: {}\n  source: {}\n", method.name, method.title,
               headline_name(method.headline), method.has_bands() ? "yes" : "none", method.source);
    if (!method.note.empty()) fmt::print("  note: {}\n", method.note);
    fmt::print("\n");
  }
  fmt::print(
      "Use one with 'chiso rank --method NAME'; print its files with 'chiso methods show NAME'.\n");
  return kExitOk;
}

int show(const MethodsArguments& arguments) {
  const Method method = find_method(arguments.name);
  const std::string path = arguments.file == "bands"    ? method.bands_path()
                           : arguments.file == "method" ? method.directory + "/method.csv"
                                                        : method.framework_path();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({}, tr("method '{}' has no {} file", method.name, arguments.file));
  std::ostringstream text;
  text << in.rdbuf();
  fmt::print("{}", text.str());
  return kExitOk;
}

}  // namespace

Command add_methods(CLI::App& app) {
  auto arguments = std::make_shared<MethodsArguments>();
  CLI::App* command = app.add_subcommand(
      "methods",
      wrap("List the built-in methods (PCI, PAPI, PAR INDEX) with the sources of their weights and "
           "thresholds."));
  CLI::App* show_command = command->add_subcommand(
      "show",
      wrap(
          "Print a method's framework, bands or method file, to copy it and make a province's own: "
          "a folder holding framework.csv, bands.csv and method.csv is a method for --method."));
  add_message_lang_option(*command);
  add_message_lang_option(*show_command);
  show_command->add_option("name", arguments->name, "The method's name")
      ->required()
      ->type_name("NAME");
  show_command->add_option("--file", arguments->file, "Which file to print")
      ->check(CLI::IsMember({"framework", "bands", "method"}))
      ->capture_default_str();
  return {command,
          [arguments, show_command] { return show_command->parsed() ? show(*arguments) : list(); }};
}

}  // namespace chiso::cli

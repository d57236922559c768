#include "chiso/io/methods.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "chiso/io/csv_reader.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "chiso/suggest.h"
#include "io/name_characters.h"

namespace chiso {
namespace {

namespace fs = std::filesystem;

// An unreadable folder is an error rather than "no such file": the method would be read without it.
bool file_exists(const fs::path& path) {
  std::error_code error;
  const bool found = fs::exists(path, error);
  if (error) throw InputError({}, tr("cannot read '{}'", path.string()) + ": " + error.message());
  return found;
}

// Reads method.csv (`key,value` rows) of the method in `directory`, and whether it has bands.
Method read_method(const std::string& directory) {
  Method method;
  method.directory = directory;
  method.name = fs::path(directory).filename().string();
  const std::string path = directory + "/method.csv";
  auto reader = CsvReader::open(path);
  CsvRecord record;
  if (!reader->read_header(record))
    throw InputError({path, 1, 1}, tr("file is empty; it needs a key,value header"));
  while (reader->next(record)) {
    if (record.fields.size() != 2)
      throw InputError(record.at(path, 0), tr("a method.csv row is key,value"));
    const std::string key = loose_key(record.fields[0]);
    const std::string& value = record.fields[1];
    // The title heads the report, and `chiso methods` prints every value.
    if (auto problem =
            name_problem(record.fields[0], record.at(path, 0), record.quoted[0], "method key"))
      throw InputError({*problem});
    if (auto problem =
            name_problem(record.fields[1], record.at(path, 1), record.quoted[1], "method value"))
      throw InputError({*problem});
    if (key == "name") {
      method.name = value;
    } else if (key == "title") {
      method.title = value;
    } else if (key == "source") {
      method.source = value;
    } else if (key == "note") {
      method.note = value;
    } else if (key == "headline") {
      const std::string headline = loose_key(value);
      if (headline != "index" && headline != "points" && headline != "score") {
        throw InputError(record.at(path, 1),
                         tr("headline '{}' is not one of 'index', 'points', 'score'", value));
      }
      method.headline = headline == "points"  ? Headline::kPoints
                        : headline == "score" ? Headline::kScore
                                              : Headline::kIndex;
    } else {
      throw InputError(record.at(path, 0),
                       tr("unknown key '{}'; the keys are name, title, headline, source, note",
                          record.fields[0]));
    }
  }
  method.has_bands_file = file_exists(method.bands_path());
  return method;
}

}  // namespace

std::vector<std::string> method_directories() {
  std::vector<std::string> directories;
  if (const char* from_environment = std::getenv("CHISO_METHODS"))
    directories.emplace_back(from_environment);
  std::error_code error;
  const fs::path binary = fs::read_symlink("/proc/self/exe", error);
  if (!error)
    directories.push_back((binary.parent_path().parent_path() / "share/chiso/methods").string());
  directories.emplace_back(CHISO_SOURCE_METHODS);
  return directories;
}

std::vector<Method> list_methods() {
  std::vector<Method> methods;
  for (const std::string& directory : method_directories()) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(directory, error)) {
      if (!file_exists(entry.path() / "method.csv")) continue;
      const std::string name = entry.path().filename().string();
      bool known = std::any_of(methods.begin(), methods.end(),
                               [&](const Method& m) { return m.name == name; });
      if (!known) methods.push_back(read_method(entry.path().string()));
    }
  }
  std::sort(methods.begin(), methods.end(),
            [](const Method& a, const Method& b) { return a.name < b.name; });
  return methods;
}

Method find_method(const std::string& name_or_path) {
  if (name_or_path.find('/') != std::string::npos) {
    if (!file_exists(fs::path(name_or_path) / "method.csv")) {
      throw InputError({}, tr("'{}' is not a method folder: it has no method.csv", name_or_path));
    }
    return read_method(name_or_path);
  }
  std::vector<std::string> names;
  for (const Method& method : list_methods()) {
    if (method.name == name_or_path) return method;
    names.push_back(method.name);
  }
  // "pci" means one of the PCI methods: offer every name it starts, else the closest.
  std::vector<std::string> hints;
  for (const std::string& name : names) {
    if (name.rfind(name_or_path, 0) == 0) hints.push_back("'" + name + "'");
  }
  if (hints.empty()) {
    if (std::string closest = closest_match(name_or_path, names); !closest.empty())
      hints.push_back("'" + closest + "'");
  }
  std::string hint;
  for (size_t i = 0; i < hints.size(); ++i)
    hint += (i == 0 ? "" : i + 1 == hints.size() ? tr(" or ") : ", ") + hints[i];
  throw InputError({}, hint.empty()
                           ? tr("unknown method '{}' ('chiso methods' lists them)", name_or_path)
                           : tr("unknown method '{}'; did you mean {}? ('chiso methods' "
                                "lists them)",
                                name_or_path, hint));
}

}  // namespace chiso

// Built-in methods: a framework, its bands and what it publishes, shipped as a folder.
#pragma once

#include <string>
#include <vector>

#include "chiso/rank.h"

namespace chiso {

/// A method: the folder holding framework.csv, bands.csv (optional) and method.csv, and what
/// method.csv says (keys name, title, headline, source, note).
struct Method {
  std::string name;
  std::string directory;
  std::string title;  // the index's name, for the report's title
  Headline headline = Headline::kIndex;
  std::string source;           // where its weights and thresholds come from
  std::string note;             // caveats, e.g. weights inferred rather than published
  bool has_bands_file = false;  // see has_bands()

  std::string framework_path() const { return directory + "/framework.csv"; }
  std::string bands_path() const { return directory + "/bands.csv"; }
  /// Whether bands.csv was in the method's folder when find_method or list_methods read it.
  bool has_bands() const { return has_bands_file; }
};

/// The folders searched for built-in methods, first match wins: $CHISO_METHODS, the folder
/// installed beside the binary (../share/chiso/methods), then the source tree's methods/.
std::vector<std::string> method_directories();

/// Every built-in method, sorted by name.
std::vector<Method> list_methods();

/// The method `name_or_path`: a folder path (containing '/'), or a built-in name. Throws
/// InputError for an unknown name (with the closest name) or an unreadable method.csv.
Method find_method(const std::string& name_or_path);

}  // namespace chiso

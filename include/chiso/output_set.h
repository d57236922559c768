// Output files that appear whole or not at all.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace chiso {

/// Thrown when an output cannot be written; the message names the file and the reason.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The files of one run, written into one folder all-or-nothing: every file is first written
/// and flushed to disk under a temporary name (".chiso-<name>.tmp") in the folder, and only
/// when all of them are complete are they renamed over the old ones. Should a rename fail,
/// the files already renamed are rolled back to their old contents.
class OutputSet {
 public:
  explicit OutputSet(std::string directory) : directory_(std::move(directory)) {}
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;
  /// Removes temporary files left by a commit that failed.
  ~OutputSet();

  /// Adds a file to write; `name` is relative to the folder.
  void add(std::string name, std::string content);
  /// Creates the folder and its parents if needed, writes every file, then renames them into place. On any
  /// failure throws OutputError and leaves the folder's existing files untouched.
  void commit();

  /// The temporary name a file is written under before it is renamed into place.
  static std::string temporary_name(const std::string& name) { return ".chiso-" + name + ".tmp"; }
  /// The name an old file is kept under while the new files are renamed into place.
  static std::string backup_name(const std::string& name) { return ".chiso-" + name + ".old"; }

 private:
  std::string directory_;
  std::vector<std::pair<std::string, std::string>> files_;
  std::vector<std::string> temporaries_;
};

}  // namespace chiso

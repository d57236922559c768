// Output files that appear whole or not at all.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
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
  explicit OutputSet(std::string directory);
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;
  /// Unless commit() succeeded: removes the temporary files, and the folders made for them.
  ~OutputSet();

  /// Adds a file to write; `name` is relative to the folder.
  void add(std::string name, std::string content);
  /// Adds a file written piece by piece with append(), for a file too large to hold whole (a
  /// national ranking.csv): its temporary file is created at once, with the folder and its
  /// parents if needed. Returns its number for append(). Throws OutputError.
  size_t start(std::string name);
  /// Writes `piece` at the end of started file number `file`; the disk starts writing it in
  /// the background. Throws OutputError.
  void append(size_t file, std::string_view piece);
  /// Creates the folder and its parents if needed, writes every file, then renames them into place. On any
  /// failure throws OutputError and leaves the folder's existing files untouched.
  void commit();

  /// The temporary name a file is written under before it is renamed into place.
  static std::string temporary_name(const std::string& name) { return ".chiso-" + name + ".tmp"; }
  /// The name an old file is kept under while the new files are renamed into place.
  static std::string backup_name(const std::string& name) { return ".chiso-" + name + ".old"; }

 private:
  struct File {
    std::string name;
    std::string content;    // added whole
    std::string temporary;  // its path, once the folder is made
    int fd = -1;            // started and not yet flushed
  };
  void make_folder();
  void watch_temporaries();

  std::string directory_;
  std::vector<File> files_;
  std::vector<std::string> made_folders_;  // by make_folder(), deepest first
  bool committed_ = false;
  class SignalGuard;
  std::unique_ptr<SignalGuard> guard_;     // removes the temporary files on a fatal signal
};

}  // namespace chiso

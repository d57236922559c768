// Output files that appear whole or not at all, as one run's set.
#pragma once

#include <sys/types.h>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace chiso {

/// Thrown when an output cannot be written; the message names the path the user gave and the
/// reason.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The files of one run, written into one folder as a set: at every instant the folder holds
/// all of the previous run's files or all of this run's, whatever happens to the run. The new
/// set is built in a private folder beside the output folder (".NAME.chiso-XXXXXX"), with the
/// folder's other entries carried over as hard links, flushed to disk, and swapped with the
/// output folder in one step (renameat2 RENAME_EXCHANGE); runs on one folder take turns through
/// a lock file beside it (".NAME.chiso-lock"). See output_set.cpp for every instant of a commit.
class OutputSet {
 public:
  /// `waiting` is called once, with the folder's name, if another run holds the folder's lock.
  explicit OutputSet(std::string directory, std::function<void(const std::string&)> waiting = {});
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;
  /// Unless commit() succeeded: removes the private folder, and the parent folders made for it.
  ~OutputSet();

  /// Adds a file to write; `name` is a plain file name in the folder (no '/').
  void add(std::string name, std::string content);
  /// Names a file that earlier runs wrote and this one may not: unless it is also added, it is
  /// not carried over into the new set, so the commit removes it with replacing the others.
  void leave_out(std::string name);
  /// Adds a file written piece by piece with append(), for a file too large to hold whole (a
  /// national ranking.csv): the folder's lock is taken (waiting for another run if need be)
  /// and its file is created at once. Returns its number for append(). Throws OutputError.
  size_t start(std::string name);
  /// Writes `piece` at the end of started file number `file`; the disk starts writing it in
  /// the background. Throws OutputError.
  void append(size_t file, std::string_view piece);
  /// The path of a temporary file `name` (a plain file name) for a library that writes only to a
  /// path (libxlsxwriter), in the folder ".chiso-scratch" of the private folder, where that
  /// library's own temporary files go too. Neither is ever part of the set: commit() removes the
  /// folder before the swap; a failure, SIGTERM, SIGINT or SIGHUP removes it with the private
  /// folder, and after a SIGKILL the next run on the folder does. Nothing is written to TMPDIR.
  /// Takes the folder's lock (waiting for another run if need be). Throws OutputError.
  std::string scratch_file(const std::string& name);
  /// Writes every file and swaps the new set in, creating the folder and its parents if
  /// needed. Throws OutputError; unless the message says the files were replaced, the
  /// folder's entries are then exactly as they were.
  void commit();

 private:
  struct File {
    std::string name;
    std::string content;  // added whole
    int fd = -1;          // created, not yet flushed
  };
  struct Old {  // what stood at an output's name in the old folder
    bool exists = false;
    mode_t mode = 0;
    uid_t owner = 0;
    gid_t group = 0;
  };
  void prepare();
  void create(File& file);
  template <typename Call>
  bool step(const char* what, Call call);
  void locate();
  void lock();
  void watch();
  Old look_at_old(int old_fd, const std::string& name);
  void sync_folder(int fd, const std::string& what);
  void swap();
  std::string user_path(const std::string& name) const { return directory_ + "/" + name; }

  std::string directory_;  // as the user gave it: every message names it
  std::function<void(const std::string&)> waiting_;
  std::string parent_;    // the folder's parent, resolved
  std::string name_;      // the folder's own name in its parent
  bool existed_ = false;  // whether the folder was there when prepared
  int parent_fd_ = -1;
  int lock_fd_ = -1;
  std::string private_;  // the private folder's name in the parent
  int private_fd_ = -1;
  std::vector<File> files_;
  std::vector<std::string> left_out_;
  std::vector<std::string> scratch_files_;  // their names in the scratch folder
  bool has_scratch_ = false;                // whether the scratch folder was made
  std::vector<std::string> made_folders_;   // parents made for the folder, deepest first
  int steps_ = 0;                           // for the test hook, CHISO_TEST_OUTPUT_STEP
  bool swapped_ = false;
  bool committed_ = false;
  class SignalGuard;
  std::unique_ptr<SignalGuard> guard_;  // removes this run's files on SIGTERM, SIGINT, SIGHUP
};

}  // namespace chiso

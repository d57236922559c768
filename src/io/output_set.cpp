// How a commit keeps the output folder one run's set at every instant (after SQLite's "Atomic
// Commit"). The chiso files of FOLDER are what FOLDER names in PARENT, so the whole question is
// which folder that name points at, and what each folder holds on disk.
//
//  1. Lock. PARENT/.FOLDER.chiso-lock, a file beside FOLDER (never swapped), is flock()ed; a
//     second run waits here. Holding it, the run removes the private folders
//     (PARENT/.FOLDER.chiso-XXXXXX) that a killed run left: no live run can own them.
//  2. Build. A private folder PARENT/.FOLDER.chiso-XXXXXX is made (random name, mode 0700,
//     mkdirat fails if anything is there), and every file is created in it with
//     O_CREAT|O_EXCL|O_NOFOLLOW. FOLDER is not touched: a crash here leaves the old set plus a
//     private folder, which readers of FOLDER never see and the next run removes. A library
//     that writes only to a path (libxlsxwriter) writes into its subfolder .chiso-scratch,
//     which is removed before step 3: so a killed run leaves nothing in TMPDIR either.
//  3. Carry over. FOLDER's other entries are hard-linked into the private folder (subfolders
//     made anew, their entries linked); nothing is opened, so a FIFO or symlink is never
//     followed. chiso files this run does not write, and files of the old design
//     (.chiso-NAME.tmp/.old), are not carried over. Each new file gets the old file's mode
//     (and owner, as root). Still nothing in FOLDER changed.
//  4. Flush. Every new file, every new subfolder and the private folder itself are fsync()ed,
//     so that after a power cut the private folder is whole on disk before its name can
//     ever be FOLDER.
//  5. Swap. renameat2(RENAME_EXCHANGE) swaps the two names in one step (RENAME_NOREPLACE
//     when FOLDER did not exist). The kernel does it atomically and the filesystem's journal
//     makes it atomic on disk: before it, FOLDER is the old set; after it, the new.
//  6. Flush PARENT, so that the swap itself survives a power cut; until then a power cut
//     may undo it, which leaves the old set, whole.
//  7. Remove the old folder, now at the private name. A crash here leaves it for the next run;
//     FOLDER is already the new set.
// A run killed at any point therefore leaves FOLDER as the old set or the new, never a mix,
// and its leftovers beside FOLDER only. Files other programs add to FOLDER during steps 3 to 5
// stay in the old folder and are removed with it; a process whose working folder is FOLDER
// keeps seeing the old one.
#include "chiso/io/output_set.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "chiso/message.h"
#include "io/folder_entries.h"

namespace chiso {
namespace {

std::string reason(int number = errno) { return std::strerror(number); }

// `message` (which names the path), then the system's reason.
OutputError failure(const std::string& message, int number = errno) {
  return OutputError(message + ": " + reason(number));
}

// The staged files of the run in progress, for the signal handler: a cron job's SIGTERM or a
// Ctrl-C while writing must not leave them behind. Files come before their folders; the last
// path is the private folder.
std::atomic<const char* const*> pending_paths{nullptr};
std::atomic<size_t> pending_count{0};
constexpr int kCleanedSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void remove_pending_and_die(int signal_number) {
  const char* const* paths = pending_paths.load();
  const size_t count = pending_count.load();
  for (size_t i = 0; paths != nullptr && i < count; ++i) {
    if (::unlink(paths[i]) != 0) ::rmdir(paths[i]);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

// The signals above are held back from the carrying over to the end of the commit, which is
// short and would otherwise leave its work for the next run.
class HeldSignals {
 public:
  HeldSignals() {
    sigset_t held;
    sigemptyset(&held);
    for (int signal_number : kCleanedSignals) sigaddset(&held, signal_number);
    ::sigprocmask(SIG_BLOCK, &held, &saved_);
  }
  ~HeldSignals() { ::sigprocmask(SIG_SETMASK, &saved_, nullptr); }
  HeldSignals(const HeldSignals&) = delete;
  HeldSignals& operator=(const HeldSignals&) = delete;

 private:
  sigset_t saved_;
};

void write_all(int fd, std::string_view content, const std::string& path) {
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw failure(tr("cannot write '{}'", path));
    done += static_cast<size_t>(n);
  }
}

mode_t current_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

// The folder of the temporary files that libraries write by name, inside the private folder.
constexpr const char* kScratch = ".chiso-scratch";

std::string random_letters(size_t count) {
  static const char kLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  unsigned char bytes[16];
  while (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
  }
  std::string letters;
  for (size_t i = 0; i < count; ++i) letters += kLetters[bytes[i] % (sizeof kLetters - 1)];
  return letters;
}

bool is_old_design_leftover(const std::string& name) {
  auto ends_with = [&](const char* tail) {
    const size_t n = std::strlen(tail);
    return name.size() > n && name.compare(name.size() - n, n, tail) == 0;
  };
  return name.rfind(".chiso-", 0) == 0 && (ends_with(".tmp") || ends_with(".old"));
}

}  // namespace

// While alive, removes the staged files if the process is killed by a signal, and makes a
// file-size limit an ordinary write error (EFBIG) instead of a kill.
class OutputSet::SignalGuard {
 public:
  explicit SignalGuard(std::vector<std::string> paths) : paths_(std::move(paths)) {
    for (const std::string& path : paths_) pointers_.push_back(path.c_str());
    pending_count.store(pointers_.size());
    pending_paths.store(pointers_.data());
    struct sigaction action {};
    action.sa_handler = remove_pending_and_die;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(kCleanedSignals); ++i)
      ::sigaction(kCleanedSignals[i], &action, &saved_[i]);
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGXFSZ, &ignore, &saved_file_size_);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;
  ~SignalGuard() {
    pending_paths.store(nullptr);
    pending_count.store(0);
    for (size_t i = 0; i < std::size(kCleanedSignals); ++i)
      ::sigaction(kCleanedSignals[i], &saved_[i], nullptr);
    ::sigaction(SIGXFSZ, &saved_file_size_, nullptr);
  }

 private:
  std::vector<std::string> paths_;
  std::vector<const char*> pointers_;
  struct sigaction saved_[std::size(kCleanedSignals)]{};
  struct sigaction saved_file_size_ {};
};

OutputSet::OutputSet(std::string directory, std::function<void(const std::string&)> waiting)
    : directory_(std::move(directory)), waiting_(std::move(waiting)) {}

OutputSet::~OutputSet() {
  for (const File& file : files_) {
    if (file.fd >= 0) ::close(file.fd);
  }
  if (private_fd_ >= 0) ::close(private_fd_);
  if (!private_.empty() && !committed_) remove_tree(parent_fd_, private_);
  guard_.reset();
  if (!committed_ && !swapped_ && !made_folders_.empty() && parent_fd_ >= 0) {
    ::unlinkat(parent_fd_, ("." + name_ + ".chiso-lock").c_str(), 0);
    for (const std::string& folder : made_folders_) ::rmdir(folder.c_str());  // only if left empty
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);
  if (parent_fd_ >= 0) ::close(parent_fd_);
}

void OutputSet::add(std::string name, std::string content) {
  files_.push_back({std::move(name), std::move(content), -1});
}

void OutputSet::leave_out(std::string name) { left_out_.push_back(std::move(name)); }

// The test hook: CHISO_TEST_OUTPUT_STEP=N:kill kills the process with SIGKILL just before the
// commit's Nth step, N:stop stops it there (SIGSTOP), N:eio (enospc, einval) makes that step
// fail with that error instead.
// CHISO_TEST_OUTPUT_STEP=list prints every step. For tests only.
// Returns false, with errno set, if the step (done by `call`, true on success) failed.
template <typename Call>
bool OutputSet::step(const char* what, Call call) {
  ++steps_;
  const char* hook = std::getenv("CHISO_TEST_OUTPUT_STEP");
  if (hook != nullptr) {
    const std::string setting = hook;
    if (setting == "list") std::fprintf(stderr, "chiso: test: step %d: %s\n", steps_, what);
    const size_t colon = setting.find(':');
    if (colon != std::string::npos && std::atoi(setting.c_str()) == steps_) {
      const std::string action = setting.substr(colon + 1);
      if (action == "kill") ::kill(::getpid(), SIGKILL);
      if (action == "stop") {
        ::kill(::getpid(), SIGSTOP);
        return call();
      }
      errno = action == "enospc" ? ENOSPC : action == "einval" ? EINVAL : EIO;
      return false;
    }
  }
  return call();
}

// Finds the folder's parent and name; a folder reached through a symlink is written where the
// symlink points, so that the symlink stays. Makes missing parents.
void OutputSet::locate() {
  std::string path = directory_;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  struct stat info;
  std::string resolved;
  if (::stat(path.c_str(), &info) == 0) {
    if (!S_ISDIR(info.st_mode))
      throw OutputError(tr("cannot write into '{}': it is not a folder", directory_));
    char* real = ::realpath(path.c_str(), nullptr);
    if (real == nullptr) throw failure(tr("cannot write into '{}'", directory_));
    resolved = real;
    std::free(real);
  } else if (errno == ENOENT) {
    const std::filesystem::path lexical(path);
    const std::string name = lexical.filename().string();
    if (name == "." || name == "..") throw failure(tr("cannot write into '{}'", directory_));
    std::filesystem::path parent = lexical.parent_path();
    if (parent.empty()) parent = ".";
    std::error_code error;
    for (std::filesystem::path missing = parent;
         !missing.empty() && ::lstat(missing.c_str(), &info) != 0 && errno == ENOENT;
         missing = missing.parent_path()) {
      made_folders_.push_back(missing.string());
    }
    std::filesystem::create_directories(parent, error);
    if (error)
      throw OutputError(tr("cannot create folder '{}'", parent.string()) + ": " + error.message());
    char* real = ::realpath(parent.c_str(), nullptr);
    if (real == nullptr) throw failure(tr("cannot write into '{}'", directory_));
    resolved = std::string(real) + (std::strcmp(real, "/") == 0 ? "" : "/") + name;
    std::free(real);
  } else {
    throw failure(tr("cannot write into '{}'", directory_));
  }
  if (resolved == "/") {
    throw OutputError(
        tr("cannot write into '{}': chiso replaces its output folder as a whole, "
           "which cannot be done to '/'; give a folder inside it",
           directory_));
  }
  const size_t slash = resolved.rfind('/');
  parent_ = slash == 0 ? "/" : resolved.substr(0, slash);
  name_ = resolved.substr(slash + 1);
  // Room for ".NAME.chiso-XXXXXX" beside it.
  if (name_.size() + 14 > NAME_MAX) {
    throw OutputError(
        tr("cannot write into '{}': its name is longer than {} bytes, and chiso "
           "needs room for a private folder beside it named '.NAME.chiso-XXXXXX'",
           directory_, NAME_MAX - 14));
  }
  parent_fd_ = ::open(parent_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (parent_fd_ < 0)
    throw failure(
        tr("cannot write into '{}': cannot read its parent folder '{}'", directory_, parent_));
}

void OutputSet::lock() {
  const std::string name = "." + name_ + ".chiso-lock";
  const std::string path = (parent_ == "/" ? "" : parent_) + "/" + name;
  lock_fd_ = ::openat(parent_fd_, name.c_str(),
                      O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
  if (lock_fd_ < 0)
    throw failure(tr("cannot lock '{}' for writing: cannot open '{}'", directory_, path));
  struct stat info;
  if (::fstat(lock_fd_, &info) != 0 || !S_ISREG(info.st_mode)) {
    throw OutputError(tr("cannot lock '{}' for writing: '{}' is not a regular file; remove it",
                         directory_, path));
  }
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) == 0) return;
  if (errno != EWOULDBLOCK)
    throw failure(tr("cannot lock '{}' for writing: cannot lock '{}'", directory_, path));
  if (waiting_) waiting_(directory_);
  while (::flock(lock_fd_, LOCK_EX) != 0) {
    if (errno != EINTR)
      throw failure(tr("cannot lock '{}' for writing: cannot lock '{}'", directory_, path));
  }
}

void OutputSet::prepare() {
  if (private_fd_ >= 0) return;
  locate();
  lock();
  // What a killed run left beside the folder. The lock says no live run owns it.
  const std::string prefix = "." + name_ + ".chiso-";
  for (const std::string& name : names_in(parent_fd_, parent_)) {
    struct stat info;
    if (name.size() != prefix.size() + 6 || name.rfind(prefix, 0) != 0) continue;
    if (::fstatat(parent_fd_, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISDIR(info.st_mode))
      continue;
    if (!remove_tree(parent_fd_, name)) {
      throw failure(tr("cannot remove the folder a stopped chiso run left beside '{}', '{}'",
                       directory_, parent_ + "/" + name));
    }
  }
  for (int attempt = 0; private_.empty(); ++attempt) {
    const std::string name = prefix + random_letters(6);
    if (::mkdirat(parent_fd_, name.c_str(), 0700) == 0) {
      private_ = name;
    } else if (errno != EEXIST || attempt == 100) {
      throw failure(tr("cannot write into '{}': cannot create a folder beside it, '{}'", directory_,
                       parent_ + "/" + name));
    }
  }
  private_fd_ =
      ::openat(parent_fd_, private_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (private_fd_ < 0)
    throw failure(
        tr("cannot write into '{}': cannot open '{}'", directory_, parent_ + "/" + private_));
}

// The signal handler's list: every file of the set in the private folder, the scratch files
// and their folder, then the private folder.
void OutputSet::watch() {
  std::vector<std::string> paths;
  const std::string folder = parent_ + "/" + private_;
  for (const File& file : files_) paths.push_back(folder + "/" + file.name);
  for (const std::string& name : scratch_files_) {
    paths.push_back(folder + "/" + kScratch + "/" + name);
  }
  if (has_scratch_) paths.push_back(folder + "/" + kScratch);
  paths.push_back(folder);
  guard_.reset();
  guard_ = std::make_unique<SignalGuard>(std::move(paths));
}

void OutputSet::create(File& file) {
  if (file.name.empty() || file.name.find('/') != std::string::npos || file.name == "." ||
      file.name == "..") {
    throw OutputError(tr("cannot create '{}': not a plain file name", user_path(file.name)));
  }
  file.fd = ::openat(private_fd_, file.name.c_str(),
                     O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (file.fd < 0) throw failure(tr("cannot create '{}'", user_path(file.name)));
}

size_t OutputSet::start(std::string name) {
  prepare();
  files_.push_back({std::move(name), {}, -1});
  watch();
  create(files_.back());
  return files_.size() - 1;
}

void OutputSet::append(size_t file, std::string_view piece) {
  File& started = files_.at(file);
  write_all(started.fd, piece, user_path(started.name));
  // The disk starts on it now, while the next piece is made, instead of all of it at fsync.
  ::sync_file_range(started.fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}

std::string OutputSet::scratch_file(const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..") {
    throw OutputError(tr("cannot create '{}': not a plain file name", user_path(name)));
  }
  prepare();
  const std::string folder = parent_ + "/" + private_ + "/" + kScratch;
  if (!has_scratch_) {
    if (::mkdirat(private_fd_, kScratch, 0700) != 0)
      throw failure(tr("cannot write into '{}': cannot create a folder in '{}'", directory_,
                       parent_ + "/" + private_));
    has_scratch_ = true;
  }
  scratch_files_.push_back(name);
  watch();
  return folder + "/" + name;
}

// A folder at an output's name is somebody's, not an old output: refused rather than removed.
OutputSet::Old OutputSet::look_at_old(int old_fd, const std::string& name) {
  Old old;
  struct stat info;
  if (old_fd < 0 || ::fstatat(old_fd, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) return old;
  if (S_ISDIR(info.st_mode)) {
    throw OutputError(
        tr("cannot replace '{}': it is a folder; move or rename it", user_path(name)));
  }
  // A symlink, FIFO or device there is replaced, never followed; the new file follows the umask.
  if (!S_ISREG(info.st_mode)) return old;
  return {true, info.st_mode & 07777, info.st_uid, info.st_gid};
}

void OutputSet::sync_folder(int fd, const std::string& what) {
  if (!step(("fsync " + what).c_str(), [&] { return ::fsync(fd) == 0; }))
    throw failure(tr("cannot write '{}'", what));
}

void OutputSet::swap() {
  const unsigned how = existed_ ? RENAME_EXCHANGE : RENAME_NOREPLACE;
  if (step("swap the folders", [&] {
        return ::renameat2(parent_fd_, private_.c_str(), parent_fd_, name_.c_str(), how) == 0;
      })) {
    swapped_ = true;
    return;
  }
  const int why = errno;
  std::string hint;
  if (why == EINVAL || why == ENOSYS || why == EOPNOTSUPP) {
    hint =
        tr(" (its filesystem cannot swap two folders in one step, renameat2 RENAME_EXCHANGE, "
           "which chiso needs to replace every file at once; write to a folder on a local "
           "filesystem such as ext4, xfs, btrfs or tmpfs)");
  } else if (why == EBUSY || why == EXDEV) {
    hint =
        tr(" (chiso replaces the folder as a whole, which cannot be done to a mount point; "
           "give a folder inside it)");
  } else if (why == ENOENT || why == EEXIST) {
    hint = tr(" (another program removed or made it while chiso was writing; run chiso again)");
  }
  throw OutputError(tr("cannot replace '{}'", directory_) + ": " + reason(why) + hint);
}

void OutputSet::commit() {
  prepare();
  watch();
  for (File& file : files_) {
    if (file.fd >= 0) continue;
    create(file);
    write_all(file.fd, file.content, user_path(file.name));
  }
  if (has_scratch_ && !remove_tree(private_fd_, kScratch)) {
    throw failure(tr("cannot write into '{}': cannot remove '{}'", directory_,
                     parent_ + "/" + private_ + "/" + kScratch));
  }
  has_scratch_ = false;
  scratch_files_.clear();
  const int old_fd =
      ::openat(parent_fd_, name_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (old_fd < 0 && errno != ENOENT) throw failure(tr("cannot write into '{}'", directory_));
  existed_ = old_fd >= 0;
  struct Closer {
    int fd;
    ~Closer() {
      if (fd >= 0) ::close(fd);
    }
  } closer{old_fd};
  for (const std::string& name : left_out_) look_at_old(old_fd, name);
  for (File& file : files_) {
    const Old old = look_at_old(old_fd, file.name);
    // An embargoed 0600 ranking.csv stays 0600; chown first, as it may clear mode bits.
    if (old.exists && ::geteuid() == 0 && ::fchown(file.fd, old.owner, old.group) != 0) {
      throw failure(tr("cannot keep the owner of '{}'", user_path(file.name)));
    }
    if (old.exists && ::fchmod(file.fd, old.mode) != 0)
      throw failure(tr("cannot keep the permissions of '{}'", user_path(file.name)));
    const std::string what = "fsync " + file.name;
    if (!step(what.c_str(), [&] { return ::fsync(file.fd) == 0; }) || ::close(file.fd) != 0) {
      const int why = errno;
      ::close(file.fd);
      file.fd = -1;
      throw failure(tr("cannot write '{}'", user_path(file.name)), why);
    }
    file.fd = -1;
  }
  const HeldSignals held;
  // The outputs, the files left out and the old design's temporary files are not carried over.
  auto is_chiso_file = [&](const std::string& name) {
    auto is = [&](const std::string& output) { return output == name; };
    return std::any_of(files_.begin(), files_.end(),
                       [&](const File& file) { return is(file.name); }) ||
           std::any_of(left_out_.begin(), left_out_.end(), is) || is_old_design_leftover(name);
  };
  auto flush = [&](int folder, const std::string& path) { sync_folder(folder, path); };
  if (existed_) link_entries(old_fd, private_fd_, directory_, is_chiso_file, flush);
  struct stat folder;
  if (existed_ && ::fstat(old_fd, &folder) == 0) {
    if (::geteuid() == 0) ::fchown(private_fd_, folder.st_uid, folder.st_gid);
    ::fchmod(private_fd_, folder.st_mode & 07777);
  } else {
    ::fchmod(private_fd_, 0777 & ~current_umask());
  }
  sync_folder(private_fd_, directory_);
  swap();
  committed_ = true;  // from here on the new set is in place
  guard_.reset();
  const bool flushed = step("fsync the parent folder", [&] { return ::fsync(parent_fd_) == 0; });
  const int why = errno;
  // The old folder is now at the private name; a failure leaves it to the next run.
  if (existed_) step("remove the old folder", [&] { return remove_tree(parent_fd_, private_); });
  if (!flushed) {
    throw OutputError(
        tr("replaced the files in '{}', but cannot flush its parent folder to disk: "
           "{} (a power cut now may bring the previous files back)",
           directory_, reason(why)));
  }
}

}  // namespace chiso

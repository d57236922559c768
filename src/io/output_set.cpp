#include "chiso/output_set.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace chiso {
namespace {

std::string reason() { return std::strerror(errno); }

// The temporary files of the commit in progress, for the signal handler: a cron job's SIGTERM
// or a Ctrl-C in the middle of writing must not leave them behind.
std::atomic<const char* const*> pending_paths{nullptr};
std::atomic<size_t> pending_count{0};
constexpr int kCleanedSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void remove_pending_and_die(int signal_number) {
  const char* const* paths = pending_paths.load();
  for (size_t i = 0; paths != nullptr && i < pending_count.load(); ++i) ::unlink(paths[i]);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}


void write_all(int fd, std::string_view content, const std::string& path) {
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw OutputError("cannot write '" + path + "': " + reason());
    done += static_cast<size_t>(n);
  }
}

int create(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw OutputError("cannot create '" + path + "': " + reason());
  return fd;
}

// Flushed to disk before the rename, so that a crash never leaves a renamed but empty file.
void flush_and_close(int fd, const std::string& path) {
  if (::fsync(fd) != 0) {
    const std::string why = reason();
    ::close(fd);
    throw OutputError("cannot write '" + path + "': " + why);
  }
  if (::close(fd) != 0) throw OutputError("cannot write '" + path + "': " + reason());
}

}  // namespace

// While alive, removes the given temporary files if the process is killed by a signal, and
// makes a file-size limit an ordinary write error (EFBIG) instead of a kill.
class OutputSet::SignalGuard {
 public:
  explicit SignalGuard(std::vector<std::string> paths) : paths_(std::move(paths)) {
    for (const std::string& path : paths_) pointers_.push_back(path.c_str());
    pending_count.store(pointers_.size());
    pending_paths.store(pointers_.data());
    struct sigaction action {};
    action.sa_handler = remove_pending_and_die;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(kCleanedSignals); ++i) ::sigaction(kCleanedSignals[i], &action, &saved_[i]);
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGXFSZ, &ignore, &saved_file_size_);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;
  ~SignalGuard() {
    for (size_t i = 0; i < std::size(kCleanedSignals); ++i) ::sigaction(kCleanedSignals[i], &saved_[i], nullptr);
    ::sigaction(SIGXFSZ, &saved_file_size_, nullptr);
    pending_paths.store(nullptr);
    pending_count.store(0);
  }

 private:
  std::vector<std::string> paths_;
  std::vector<const char*> pointers_;
  struct sigaction saved_[std::size(kCleanedSignals)] {};
  struct sigaction saved_file_size_ {};
};

OutputSet::OutputSet(std::string directory) : directory_(std::move(directory)) {}

OutputSet::~OutputSet() {
  if (committed_) return;
  for (const File& file : files_) {
    if (file.fd >= 0) ::close(file.fd);
    if (!file.temporary.empty()) ::unlink(file.temporary.c_str());
  }
  guard_.reset();
  for (const std::string& folder : made_folders_) ::rmdir(folder.c_str());  // only if left empty
}

void OutputSet::add(std::string name, std::string content) { files_.push_back({std::move(name), std::move(content), {}, -1}); }

void OutputSet::make_folder() {
  if (!made_folders_.empty() || std::filesystem::is_directory(directory_)) return;
  // The folders about to be made, to remove again should nothing be committed.
  std::error_code error;
  for (std::filesystem::path missing = directory_; !missing.empty() && !std::filesystem::exists(missing, error);
       missing = missing.parent_path()) {
    made_folders_.push_back(missing.string());
    if (missing == missing.parent_path()) break;
  }
  std::filesystem::create_directories(directory_, error);
  if (error && error != std::errc::file_exists && error != std::errc::not_a_directory) {
    throw OutputError("cannot create folder '" + directory_ + "': " + error.message());
  }
  struct stat info;
  if (::stat(directory_.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    throw OutputError("cannot write into '" + directory_ + "': it is not a folder");
  }
}

void OutputSet::watch_temporaries() {
  std::vector<std::string> paths;
  for (File& file : files_) {
    if (file.temporary.empty()) file.temporary = directory_ + "/" + temporary_name(file.name);
    paths.push_back(file.temporary);
  }
  guard_.reset();
  guard_ = std::make_unique<SignalGuard>(std::move(paths));
}

size_t OutputSet::start(std::string name) {
  make_folder();
  files_.push_back({std::move(name), {}, {}, -1});
  watch_temporaries();
  files_.back().fd = create(files_.back().temporary);
  return files_.size() - 1;
}

void OutputSet::append(size_t file, std::string_view piece) {
  File& started = files_.at(file);
  write_all(started.fd, piece, started.temporary);
  // The disk starts on it now, while the next piece is made, instead of all of it at fsync.
  ::sync_file_range(started.fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}

void OutputSet::commit() {
  make_folder();
  watch_temporaries();
  for (File& file : files_) {
    if (file.fd < 0) {
      file.fd = create(file.temporary);
      write_all(file.fd, file.content, file.temporary);
    }
    const int fd = file.fd;
    file.fd = -1;
    flush_and_close(fd, file.temporary);
  }
  // Each old file is kept under a second name (a hard link, no copy) until every new file is in
  // place, so that a rename failing half-way can put the old ones back.
  std::vector<std::string> targets;
  std::vector<bool> backed_up;
  for (const File& file : files_) {
    targets.push_back(directory_ + "/" + file.name);
    const std::string backup = directory_ + "/" + backup_name(file.name);
    ::unlink(backup.c_str());
    backed_up.push_back(::link(targets.back().c_str(), backup.c_str()) == 0);
  }
  for (size_t i = 0; i < files_.size(); ++i) {
    if (std::rename(files_[i].temporary.c_str(), targets[i].c_str()) == 0) continue;
    const std::string why = reason();
    for (size_t done = 0; done < i; ++done) {
      const std::string backup = directory_ + "/" + backup_name(files_[done].name);
      if (backed_up[done]) {
        std::rename(backup.c_str(), targets[done].c_str());
      } else {
        ::unlink(targets[done].c_str());
      }
    }
    for (size_t rest = i; rest < files_.size(); ++rest) {
      if (backed_up[rest]) ::unlink((directory_ + "/" + backup_name(files_[rest].name)).c_str());
    }
    throw OutputError("cannot replace '" + targets[i] + "': " + why);
  }
  for (size_t i = 0; i < files_.size(); ++i) {
    if (backed_up[i]) ::unlink((directory_ + "/" + backup_name(files_[i].name)).c_str());
  }
  committed_ = true;
  guard_.reset();
}

}  // namespace chiso

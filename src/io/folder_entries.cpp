#include "io/folder_entries.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

#include "chiso/io/output_set.h"
#include "chiso/message.h"

namespace chiso {
namespace {

// `message` (which names the path), then the system's reason.
OutputError failure(const std::string& message, int number = errno) {
  return OutputError(message + ": " + std::strerror(number));
}

// An open folder, closed on every way out.
struct OpenFolder {
  int fd;
  ~OpenFolder() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::vector<std::string> names_in(int folder, const std::string& path) {
  const int fd = ::dup(folder);
  DIR* entries = fd < 0 ? nullptr : ::fdopendir(fd);
  if (entries == nullptr) {
    const int why = errno;
    if (fd >= 0) ::close(fd);
    throw failure(tr("cannot read folder '{}'", path), why);
  }
  ::rewinddir(entries);  // the duplicate shares its offset with `folder`
  std::vector<std::string> names;
  for (;;) {
    errno = 0;
    const dirent* entry = ::readdir(entries);
    if (entry == nullptr) break;
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  const int why = errno;
  ::closedir(entries);
  // A folder read only in part would lose the rest when the old folder is removed.
  if (why != 0) throw failure(tr("cannot read folder '{}'", path), why);
  return names;
}

bool remove_tree(int folder, const std::string& name) {
  const int fd = ::openat(folder, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return ::unlinkat(folder, name.c_str(), 0) == 0 || errno == ENOENT;
  DIR* entries = ::fdopendir(fd);
  if (entries == nullptr) {
    ::close(fd);
    return false;
  }
  bool removed = true;
  while (const dirent* entry = ::readdir(entries)) {
    const std::string inner = entry->d_name;
    if (inner == "." || inner == "..") continue;
    struct stat info;
    if (::fstatat(fd, inner.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (S_ISDIR(info.st_mode) ? !remove_tree(fd, inner) : ::unlinkat(fd, inner.c_str(), 0) != 0)
      removed = false;
  }
  ::closedir(entries);
  return removed && ::unlinkat(folder, name.c_str(), AT_REMOVEDIR) == 0;
}

void link_entries(int from, int to, const std::string& path,
                  const std::function<bool(const std::string&)>& skip,
                  const std::function<void(int folder, const std::string& path)>& flush) {
  for (const std::string& name : names_in(from, path)) {
    if (skip(name)) continue;
    const std::string inner = path + "/" + name;
    struct stat info;
    if (::fstatat(from, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
      if (errno == ENOENT) continue;  // removed meanwhile
      throw failure(tr("cannot keep '{}'", inner));
    }
    if (!S_ISDIR(info.st_mode)) {
      if (::linkat(from, name.c_str(), to, name.c_str(), 0) == 0) continue;
      const int why = errno;
      char target[PATH_MAX];
      const ssize_t size =
          S_ISLNK(info.st_mode) ? ::readlinkat(from, name.c_str(), target, sizeof target) : -1;
      if (size >= 0 && size < static_cast<ssize_t>(sizeof target)) {
        target[size] = '\0';
        if (::symlinkat(target, to, name.c_str()) == 0) continue;
      }
      throw OutputError(
          tr("cannot keep '{}' in the new set of files: {} (chiso carries the "
             "folder's other files over as hard links; move it out of the folder)",
             inner, std::strerror(why)));
    }
    if (::mkdirat(to, name.c_str(), 0700) != 0) throw failure(tr("cannot keep '{}'", inner));
    const OpenFolder old_folder{
        ::openat(from, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
    if (old_folder.fd < 0) throw failure(tr("cannot keep '{}'", inner));
    const OpenFolder new_folder{
        ::openat(to, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
    if (new_folder.fd < 0) throw failure(tr("cannot keep '{}'", inner));
    link_entries(
        old_folder.fd, new_folder.fd, inner, [](const std::string&) { return false; }, flush);
    if (::geteuid() == 0 && ::fchown(new_folder.fd, info.st_uid, info.st_gid) != 0)
      throw failure(tr("cannot keep '{}'", inner));
    if (::fchmod(new_folder.fd, info.st_mode & 07777) != 0)
      throw failure(tr("cannot keep '{}'", inner));
    flush(new_folder.fd, inner);
  }
}

}  // namespace chiso

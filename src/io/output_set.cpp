#include "chiso/output_set.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace chiso {
namespace {

std::string reason() { return std::strerror(errno); }

void write_whole(const std::string& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw OutputError("cannot create '" + path + "': " + reason());
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::string why = reason();
      ::close(fd);
      throw OutputError("cannot write '" + path + "': " + why);
    }
    done += static_cast<size_t>(n);
  }
  // Flushed to disk before the rename, so that a crash never leaves a renamed but empty file.
  if (::fsync(fd) != 0 || ::close(fd) != 0) throw OutputError("cannot write '" + path + "': " + reason());
}

}  // namespace

OutputSet::~OutputSet() {
  for (const std::string& path : temporaries_) std::remove(path.c_str());
}

void OutputSet::add(std::string name, std::string content) { files_.emplace_back(std::move(name), std::move(content)); }

void OutputSet::commit() {
  if (::mkdir(directory_.c_str(), 0755) != 0 && errno != EEXIST) {
    throw OutputError("cannot create folder '" + directory_ + "': " + reason());
  }
  struct stat info;
  if (::stat(directory_.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    throw OutputError("cannot write into '" + directory_ + "': it is not a folder");
  }
  for (const auto& [name, content] : files_) {
    std::string temporary = directory_ + "/" + temporary_name(name);
    temporaries_.push_back(temporary);
    write_whole(temporary, content);
  }
  for (size_t i = 0; i < files_.size(); ++i) {
    std::string target = directory_ + "/" + files_[i].first;
    if (std::rename(temporaries_[i].c_str(), target.c_str()) != 0) {
      throw OutputError("cannot replace '" + target + "': " + reason());
    }
  }
  temporaries_.clear();
}

}  // namespace chiso

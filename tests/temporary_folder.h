// A scratch folder for tests that read and write real files.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace chiso::testing {

/// A fresh folder under the system's temporary folder, named after `purpose`, the process and
/// a counter, and removed with everything in it.
class TemporaryFolder {
 public:
  explicit TemporaryFolder(const std::string& purpose) {
    static int count = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("chiso-" + purpose + "-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  /// Writes `content` byte for byte to `name` in the folder (creating sub-folders); returns
  /// the file's path.
  std::string write(const std::string& name, const std::string& content) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }
  /// The path of `name` in the folder, written or not.
  std::string path(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace chiso::testing

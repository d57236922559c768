// A folder's entries listed, linked into another folder and removed, never following a
// symlink nor opening a file: what OutputSet needs to build a new set beside the old one.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace chiso {

/// The names in the open folder `folder`, without "." and "..". Throws OutputError naming
/// `path` if the folder cannot be read to the end.
std::vector<std::string> names_in(int folder, const std::string& path);

/// Removes `name` in the open folder `folder` and everything under it, without following a
/// symlink. Returns false, with errno set, if something could not be removed.
bool remove_tree(int folder, const std::string& name);

/// Links each entry of the open folder `from` into the open folder `to`, except the names
/// `skip` accepts: files, symlinks, FIFOs and devices as hard links (a symlink that cannot be
/// linked is made anew), a subfolder made anew with its mode (and owner, as root) and its
/// entries linked in turn, then passed to `flush`. `path` names `from` in messages. Throws
/// OutputError, with the hint to move the entry away, when an entry cannot be linked.
void link_entries(int from, int to, const std::string& path,
                  const std::function<bool(const std::string&)>& skip,
                  const std::function<void(int folder, const std::string& path)>& flush);

}  // namespace chiso

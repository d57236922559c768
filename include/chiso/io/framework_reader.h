// The reader of a framework file (id,parent,name,max and optional columns). Syntax errors
// throw InputError; every other problem is added to the Diagnostics given.
#pragma once

#include <string>

#include "chiso/diagnostic.h"
#include "chiso/framework.h"
#include "chiso/io/read_options.h"

namespace chiso {

/// Reads a framework file (`id,parent,name,max[,owner]`) and builds the tree.
Framework read_framework(const std::string& path, const ReadOptions& options,
                         Diagnostics& diagnostics);

}  // namespace chiso

// Blocks of score cells mapped from the system, for the tables the scores readers fill.
#pragma once

#include "chiso/score_table.h"

namespace chiso {

/// Cell blocks of anonymous pages mapped from the system and, where the kernel allows, backed
/// by huge pages: one page fault per 2 MiB instead of per 4 KiB when a national file fills
/// 80 MB of cells. Throws std::bad_alloc when the system has no pages to give.
CellMemory mapped_cell_memory();

}  // namespace chiso

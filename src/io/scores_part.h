// One part of a scores file, read by one thread of the fast reader (scores_fast.cpp): its lines
// split and checked as the general reader (scores_reader.cpp) would, each unit-year's cells in
// blocks of the part's own.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/framework.h"
#include "chiso/score_table.h"
#include "io/cell_memory.h"
#include "io/score_cell.h"
#include "io/scores_layout.h"

namespace chiso {

/// What every part reads by: the file's layout and the framework's leaves.
struct PartContext {
  const ScoresSource& source;
  const Framework& framework;
  const CriterionNames& names;
  const ScoresLayout& layout;
  char delimiter;
  bool comma_is_decimal;
  std::vector<std::string_view> leaf_ids;
  std::vector<CellBounds> leaf_bounds;  // the numbers each leaf's cells may hold
  size_t prefix_fields = 0;  // long layout: the leading fields that hold the unit and year
  size_t first_leaf_column =
      0;  // wide layout: the first score column, when the unit and year come before it
  bool summing =
      false;  // wide layout: add each line up (PartRows::results) instead of keeping its cells
};

/// A unit-year as first seen in a part: `unit` indexes PartRows::units, `line` counts from the
/// part's first line.
struct LocalRow {
  int unit;
  int year;
  int line;
  int column;
};

/// What one part of the file held.
struct PartRows {
  explicit PartRows(int width) : cells(width, mapped_cell_memory()) {}

  bool ok = false;  // every line was a plain valid row: else the fast reader declines
  int lines = 0;    // physical lines in the part
  std::vector<std::string> units;  // names (normalised) in the order first seen; two may be equal
  std::vector<std::string> unit_keys;  // each name's unit_key: the unit it names
  std::vector<LocalRow> rows;          // in the order first seen; their cells are `cells`
  CellBlocks cells;                    // empty when summing
  std::vector<Subtotal> sums;          // when summing: each row's total, then its fields' subtotals
};

/// Reads the lines of `fd` from byte `begin` to `end` into `part`. Every part but the file's
/// last ends on a line break.
void read_part(const PartContext& context, int fd, off_t begin, off_t end, bool last,
               PartRows& part);

/// Reads `size` bytes at `offset`; false when fewer could be read (an error, or the file shrank).
bool read_at(int fd, char* buffer, size_t size, off_t offset);

}  // namespace chiso

// Tests of where a score table's cells live (CellMemory in chiso/score_table.h) and of the
// pages the readers map for them (io/cell_memory.h).
#include "io/cell_memory.h"

#include <doctest/doctest.h>

#include <vector>

using namespace chiso;

namespace {

// A heap that counts what it gives and takes back.
struct Counts {
  int allocated = 0;
  int released = 0;
  std::vector<size_t> sizes;
} counts;

double* counted_allocate(size_t count) {
  ++counts.allocated;
  counts.sizes.push_back(count);
  return CellMemory::heap().allocate(count);
}

void counted_release(double* block, size_t count) {
  ++counts.released;
  CHECK(count == counts.sizes.front());
  CellMemory::heap().release(block, count);
}

}  // namespace

TEST_CASE("cell memory: a table takes its cells from the memory it is given, and gives them back") {
  counts = {};
  {
    ScoreTable table(3, CellMemory{counted_allocate, counted_release});
    CHECK(counts.allocated == 0);  // nothing before the first row
    const int unit = table.intern_unit("A");
    for (int year = 2000; year < 2100; ++year) table.row(unit, year, {"scores.csv", 2, 1});
    CHECK(counts.allocated == 1);  // one block holds 8 MiB of rows
    CHECK(counts.sizes == std::vector<size_t>{(size_t{8} << 20) / (3 * sizeof(double)) * 3});
    table.set_points(99, 2, 1.5);
    CHECK(table.points(99, 2) == 1.5);
    CHECK(table.cell(98, 2) == Cell::kMissing);
    ScoreTable moved = std::move(table);
    CHECK(moved.points(99, 2) == 1.5);
    CHECK(counts.released == 0);
  }
  CHECK(counts.released == 1);
}

TEST_CASE("cell memory: mapped blocks hold rows of cells as the heap's do") {
  for (const CellMemory memory : {CellMemory::heap(), mapped_cell_memory()}) {
    CellBlocks blocks(1000, memory);  // 1048 rows a block: the third block is reached
    std::vector<double*> rows;
    for (int row = 0; row < 2500; ++row) {
      rows.push_back(blocks.add());
      rows.back()[999] = row;
    }
    CHECK(blocks.size() == 2500);
    CHECK(blocks.at(0)[0] == ScoreTable::kMissingMark);
    CHECK(blocks.at(2499)[998] == ScoreTable::kMissingMark);
    const CellBlocks moved = std::move(blocks);
    for (int row = 0; row < 2500; ++row) {
      CAPTURE(row);
      REQUIRE(moved.at(static_cast<size_t>(row)) == rows[static_cast<size_t>(row)]);
      REQUIRE(moved.at(static_cast<size_t>(row))[999] == row);
    }
  }
}

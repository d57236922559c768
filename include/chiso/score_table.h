// The points each unit got for each leaf criterion, per year: a dense unit-year × leaf table.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chiso/diagnostic.h"

namespace chiso {

/// What a score cell holds besides points.
enum class Cell { kPoints, kNotApplicable, kMissing };

/// One unit in one year: its row of leaf scores and where it was first seen (see
/// ScoreTable::where; a national table has 100,000 rows and keeps each file name once).
struct UnitYear {
  int unit = 0;  // index into ScoreTable::units()
  int year = 0;
  int file = 0;  // of the first line that scored this unit in this year
  int line = 0;
  int column = 0;
};

/// Where CellBlocks take their blocks of cells from: `allocate` gives room for `count` doubles
/// or throws std::bad_alloc, `release` takes a block back with its `count`. The caller chooses:
/// the readers give pages mapped from the system (io/cell_memory.h), the default is the heap.
struct CellMemory {
  double* (*allocate)(size_t count);
  void (*release)(double* block, size_t count);

  /// Blocks from operator new.
  static CellMemory heap();
};

/// Rows of `width` cells in large blocks that never move: a row keeps its address while rows
/// are added, and the blocks a reader filled can join a table whole (ScoreTable::adopt).
class CellBlocks {
 public:
  explicit CellBlocks(int width, CellMemory memory = CellMemory::heap());
  CellBlocks(CellBlocks&& other) noexcept;
  CellBlocks& operator=(CellBlocks&& other) noexcept;
  CellBlocks(const CellBlocks&) = delete;
  CellBlocks& operator=(const CellBlocks&) = delete;
  ~CellBlocks();

  /// A new row, every cell ScoreTable::kMissingMark.
  double* add();
  double* at(size_t row) const {
    return blocks_[row / rows_per_block_] + (row % rows_per_block_) * width_;
  }
  size_t size() const { return count_; }

 private:
  size_t width_;
  size_t rows_per_block_;
  size_t count_ = 0;
  std::vector<double*> blocks_;
  CellMemory memory_;
};

/// Scores of every unit and year, one row of `leaf_count` cells per unit-year. Memory grows
/// with units × years × leaves, never with the number of input lines; the cells of the rows
/// row() adds are taken from `memory`.
class ScoreTable {
 public:
  explicit ScoreTable(int leaf_count, CellMemory memory = CellMemory::heap())
      : leaf_count_(leaf_count), own_(leaf_count, memory) {}

  int leaf_count() const { return leaf_count_; }

  /// The index of the unit whose key is `key` (unit_key of `name`), adding it on first sight
  /// with `name` (normalised) as its spelling, seen in `year`.
  int intern_unit(std::string_view name, std::string_view key, int year = 0);
  /// Notes that the first line of unit `unit` in `year` spells it `name`: the spelling printed
  /// is that of the unit's latest year (readers call it for each new unit-year, in file order).
  void spell_unit(int unit, int year, std::string_view name) {
    const auto at = static_cast<size_t>(unit);
    if (year <= spelling_year_[at]) return;
    spelling_year_[at] = year;
    if (units_[at] != name) units_[at].assign(name);
  }
  /// intern_unit with `name` as its own key, for tables built in memory from names that
  /// differ in more than case and spacing.
  int intern_unit(std::string_view name) { return intern_unit(name, name); }
  /// Prints unit `unit` as `name` from now on (the units file's spelling of it).
  void rename_unit(int unit, std::string name) {
    units_[static_cast<size_t>(unit)] = std::move(name);
  }
  /// The row of (unit, year), adding an all-missing row located at `where` on first sight.
  int row(int unit, int year, const Location& where);

  /// A row's cells as stored, `leaf_count()` of them: points (or a normalised leaf's raw
  /// value), or one of the two marks below.
  static constexpr double kMissingMark = std::numeric_limits<double>::infinity();
  static constexpr double kNotApplicableMark = -std::numeric_limits<double>::infinity();
  const double* row_cells(int row) const { return cells_[static_cast<size_t>(row)]; }
  double* row_cells(int row) { return cells_[static_cast<size_t>(row)]; }

  Cell cell(int row, int leaf) const {
    const double value = row_cells(row)[leaf];
    if (value == kNotApplicableMark) return Cell::kNotApplicable;
    if (value == kMissingMark) return Cell::kMissing;
    return Cell::kPoints;
  }
  /// Points of a cell; 0 unless `cell(row, leaf)` is `Cell::kPoints`.
  double points(int row, int leaf) const {
    const double value = row_cells(row)[leaf];
    return value == kMissingMark || value == kNotApplicableMark ? 0.0 : value;
  }
  void set_points(int row, int leaf, double points) { row_cells(row)[leaf] = points; }
  void set_not_applicable(int row, int leaf) { row_cells(row)[leaf] = kNotApplicableMark; }

  /// The unit whose key is `key` (unit_key), or the row of (unit, year), if present; for readers
  /// that check a file before adding it. find_row() indexes the rows add_new_row() added, so
  /// two threads must not call it at once.
  std::optional<int> find_unit(std::string_view key) const;
  std::optional<int> find_row(int unit, int year) const;
  /// Makes room for `rows` rows in all.
  void reserve_rows(size_t rows);
  /// Keeps `blocks`, filled by a reader, for as long as the table, so that new rows can take
  /// their cells from them instead of being copied (see the row() below).
  void adopt(CellBlocks blocks);
  /// Like row(), but a new row's cells are `cells`, in blocks the table adopted.
  int row(int unit, int year, const Location& where, double* cells);
  /// Adds a row the caller knows is new, for a reader that found repeats itself: the rows
  /// added so are looked up by the next row() or find_row(), not now.
  void add_new_row(int unit, int year, const Location& where);

  const std::vector<std::string>& units() const { return units_; }
  const std::vector<UnitYear>& rows() const { return rows_; }
  /// The first line that scored row `row`'s unit in its year.
  Location where(int row) const {
    const UnitYear& first = rows_[static_cast<size_t>(row)];
    const Location& file = files_[static_cast<size_t>(first.file)];
    return {file.file, first.line, first.column, file.cell};
  }
  /// The years present, ascending.
  std::vector<int> years() const;

 private:
  int leaf_count_;
  std::vector<std::string> units_;
  struct NameHash {  // looks names up from string_views without building a string
    using is_transparent = void;
    size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  std::unordered_map<std::string, int, NameHash, std::equal_to<>> unit_index_;  // by key
  std::vector<int> spelling_year_;  // the year each unit's printed spelling was seen in
  std::vector<UnitYear> rows_;
  std::vector<Location> files_;  // the files rows were first seen in (their file and cell only)
  int last_file_ = -1;
  void append(int unit, int year, const Location& where, double* cells);
  void index_rows() const;  // brings row_index_ up to the rows added by add_new_row()
  mutable std::unordered_map<std::uint64_t, int> row_index_;
  mutable size_t indexed_rows_ = 0;
  std::vector<double*> cells_;  // each row's cells, in own_ or in an adopted block
  CellBlocks own_;              // the cells of rows added by row()
  std::vector<CellBlocks> adopted_;
  int last_unit_ = -1;  // rows usually come grouped by unit: skip the map lookup then
  int last_row_ = -1;
  std::string last_name_;
};

}  // namespace chiso

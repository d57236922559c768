#include "chiso/score_table.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <set>

namespace chiso {
namespace {

// Raw values of a normalised leaf may be any finite number, negative included; scores are
// never infinite once read, so infinities mark the two cells that hold no number
// (ScoreTable::kMissingMark and kNotApplicableMark).

std::uint64_t row_key(int unit, int year) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(unit)) << 32) |
         static_cast<std::uint32_t>(year);
}

constexpr size_t kBlockBytes = size_t{8} << 20;

double* allocate_on_heap(size_t count) { return new double[count]; }
void release_to_heap(double* block, size_t) { delete[] block; }

}  // namespace

CellMemory CellMemory::heap() { return {allocate_on_heap, release_to_heap}; }

CellBlocks::CellBlocks(int width, CellMemory memory)
    : width_(static_cast<size_t>(std::max(width, 1))),
      rows_per_block_(std::max<size_t>(1, kBlockBytes / (width_ * sizeof(double)))),
      memory_(memory) {}

CellBlocks::CellBlocks(CellBlocks&& other) noexcept
    : width_(other.width_),
      rows_per_block_(other.rows_per_block_),
      count_(other.count_),
      blocks_(std::move(other.blocks_)),
      memory_(other.memory_) {
  other.blocks_.clear();
  other.count_ = 0;
}

CellBlocks& CellBlocks::operator=(CellBlocks&& other) noexcept {
  std::swap(width_, other.width_);
  std::swap(rows_per_block_, other.rows_per_block_);
  std::swap(count_, other.count_);
  std::swap(blocks_, other.blocks_);
  std::swap(memory_, other.memory_);
  return *this;
}

CellBlocks::~CellBlocks() {
  for (double* block : blocks_) memory_.release(block, rows_per_block_ * width_);
}

double* CellBlocks::add() {
  if (count_ % rows_per_block_ == 0) {
    blocks_.push_back(memory_.allocate(rows_per_block_ * width_));
  }
  double* row = at(count_++);
  std::fill(row, row + width_, ScoreTable::kMissingMark);
  return row;
}

int ScoreTable::intern_unit(std::string_view name, std::string_view key, int year) {
  if (last_unit_ >= 0 && name == last_name_) return last_unit_;
  auto found = unit_index_.find(key);
  if (found == unit_index_.end()) {
    found = unit_index_.emplace(std::string(key), static_cast<int>(units_.size())).first;
    units_.emplace_back(name);
    spelling_year_.push_back(year);
  }
  last_unit_ = found->second;
  last_name_.assign(name);
  return last_unit_;
}

int ScoreTable::row(int unit, int year, const Location& where) {
  return row(unit, year, where, nullptr);
}

int ScoreTable::row(int unit, int year, const Location& where, double* cells) {
  // Rows come grouped by unit and year in a long file: the same row as last time is likely.
  if (last_row_ >= 0 && rows_[last_row_].unit == unit && rows_[last_row_].year == year)
    return last_row_;
  index_rows();
  const std::uint64_t key = row_key(unit, year);
  auto found = row_index_.find(key);  // find first: emplace would allocate a node every time
  if (found == row_index_.end()) {
    found = row_index_.emplace(key, static_cast<int>(rows_.size())).first;
    append(unit, year, where, cells);
    indexed_rows_ = rows_.size();
  }
  last_row_ = found->second;
  return last_row_;
}

void ScoreTable::add_new_row(int unit, int year, const Location& where) {
  append(unit, year, where, nullptr);
  last_row_ = static_cast<int>(rows_.size()) - 1;
}

void ScoreTable::append(int unit, int year, const Location& where, double* cells) {
  auto same_file = [&](const Location& file) {
    return file.file == where.file && file.cell == where.cell;
  };
  if (last_file_ < 0 || !same_file(files_[static_cast<size_t>(last_file_)])) {
    auto known = std::find_if(files_.begin(), files_.end(), same_file);
    last_file_ = static_cast<int>(known - files_.begin());
    if (known == files_.end()) files_.push_back({where.file, 0, 0, where.cell});
  }
  rows_.push_back({unit, year, last_file_, where.line, where.column});
  cells_.push_back(cells != nullptr ? cells : own_.add());
}

void ScoreTable::index_rows() const {
  for (; indexed_rows_ < rows_.size(); ++indexed_rows_) {
    const UnitYear& unit_year = rows_[indexed_rows_];
    row_index_.emplace(row_key(unit_year.unit, unit_year.year), static_cast<int>(indexed_rows_));
  }
}

std::optional<int> ScoreTable::find_unit(std::string_view key) const {
  auto found = unit_index_.find(key);
  if (found == unit_index_.end()) return std::nullopt;
  return found->second;
}

std::optional<int> ScoreTable::find_row(int unit, int year) const {
  index_rows();
  auto found = row_index_.find(row_key(unit, year));
  if (found == row_index_.end()) return std::nullopt;
  return found->second;
}

void ScoreTable::reserve_rows(size_t rows) {
  rows_.reserve(rows);
  row_index_.reserve(rows);
  cells_.reserve(rows);
}

void ScoreTable::adopt(CellBlocks blocks) { adopted_.push_back(std::move(blocks)); }

std::vector<int> ScoreTable::years() const {
  std::set<int> years;
  for (const UnitYear& row : rows_) years.insert(row.year);
  return {years.begin(), years.end()};
}

}  // namespace chiso

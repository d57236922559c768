// The fast path for scores files: the file is cut at line boundaries into parts, one thread
// reads each part into rows of its own, and the parts are added to the table in file order, so
// that the table is the one the general reader (scores_reader.cpp) would build, byte for byte,
// row order and locations included. It keeps no per-line state and reports nothing: at the first
// thing that is not a plain valid row (a quoted line break, a bad or repeated score, an unknown
// criterion, invalid UTF-8, …) it declines, and the general reader reads the file instead and
// reports every problem at its place.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <sstream>
#include <thread>

#include "chiso/io/workbook.h"
#include "io/legacy_font.h"
#include "io/scores_layout.h"
#include "io/scores_part.h"

namespace chiso {
namespace {

constexpr size_t kBytesPerPart = size_t{8}
                                 << 20;  // a file is cut into parts only above this per part
constexpr size_t kHeaderBytes = size_t{1} << 20;  // a longer header line declines

// An open file, closed at the end of the scope.
class File {
 public:
  explicit File(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~File() {
    if (fd_ >= 0) ::close(fd_);
  }
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

// Where each part starts: after the header, and after the first line break past each
// equal share of the rest.
std::vector<off_t> part_starts(int fd, off_t begin, off_t end, int parts) {
  std::vector<off_t> starts = {begin};
  std::vector<char> window(64 * 1024);
  for (int k = 1; k < parts; ++k) {
    const off_t target = begin + (end - begin) / parts * k;
    const size_t size = std::min(window.size(), static_cast<size_t>(end - target));
    if (target <= starts.back() || !read_at(fd, window.data(), size, target)) break;
    const void* newline = std::memchr(window.data(), '\n', size);
    if (newline == nullptr) break;
    const off_t start = target + (static_cast<const char*>(newline) - window.data()) + 1;
    if (start >= end) break;
    starts.push_back(start);
  }
  return starts;
}

// Whether the cells `more` can join `into` (no cell given twice); joins them if so.
bool join(double* into, const double* more, int width) {
  for (int leaf = 0; leaf < width; ++leaf) {
    if (more[leaf] != ScoreTable::kMissingMark && into[leaf] != ScoreTable::kMissingMark)
      return false;
  }
  for (int leaf = 0; leaf < width; ++leaf) {
    if (more[leaf] != ScoreTable::kMissingMark) into[leaf] = more[leaf];
  }
  return true;
}

// The years of the parts' rows, in the order first seen. A year has few rows, so both ways of
// joining the parts find a unit-year given twice in a dense index of units × years, unless the
// years are so sparse (a unit per year, say) that the index would be large.
class YearIndex {
 public:
  explicit YearIndex(const std::vector<std::unique_ptr<PartRows>>& parts) {
    for (const auto& part : parts) {
      rows_ += part->rows.size();
      for (const LocalRow& local : part->rows) position(local.year);
    }
  }
  size_t size() const { return years_.size(); }
  /// The year's place in the index; rows come grouped by year, so the last one is tried first.
  size_t position(int year) {
    if (last_ < years_.size() && years_[last_] == year) return last_;
    last_ = static_cast<size_t>(std::find(years_.begin(), years_.end(), year) - years_.begin());
    if (last_ == years_.size()) years_.push_back(year);
    return last_;
  }
  /// Whether an index of `units` × years would be more than 4 places per row (beyond 4096).
  bool too_sparse(size_t units) const { return units * years_.size() > 4 * rows_ + 4096; }

 private:
  std::vector<int> years_;
  size_t rows_ = 0;
  size_t last_ = 0;
};

bool any_cell(const double* cells, int width) {
  return std::any_of(cells, cells + width,
                     [](double cell) { return cell != ScoreTable::kMissingMark; });
}

// Adds the parts to `table` in file order; false, with `table` untouched, when two of them
// (or a part and the table) score the same unit-year on the same criterion, or a wide file
// scores a unit-year twice.
bool add_parts(std::vector<std::unique_ptr<PartRows>>& parts, const PartContext& context,
               ScoreTable& table) {
  const int width = table.leaf_count();
  // First the unit and row numbers the table will give, found before it is touched. A unit is
  // numbered by its name: the table's number, or the next ones in the order first seen.
  std::unordered_map<std::string_view, int> new_units;  // by unit key
  const int units = static_cast<int>(table.units().size());
  std::vector<std::vector<int>> plan(parts.size());  // each part's units, numbered so
  for (size_t p = 0; p < parts.size(); ++p) {
    for (const std::string& key : parts[p]->unit_keys) {
      const std::optional<int> unit = table.find_unit(key);
      plan[p].push_back(unit
                            ? *unit
                            : new_units.try_emplace(key, units + static_cast<int>(new_units.size()))
                                  .first->second);
    }
  }
  // Which part's row gives each unit-year first.
  YearIndex years(parts);
  const size_t unit_count = static_cast<size_t>(units) + new_units.size();
  if (years.too_sparse(unit_count)) return false;
  struct First {
    int part = -1;
    int local = 0;
  };
  std::vector<First> first(unit_count * years.size());
  std::unordered_map<size_t, std::vector<double>> shared;  // unit-years given more than once
  size_t new_rows = 0;
  for (size_t p = 0; p < parts.size(); ++p) {
    const PartRows& part = *parts[p];
    for (size_t r = 0; r < part.rows.size(); ++r) {
      const LocalRow& local = part.rows[r];
      const size_t year = years.position(local.year);
      const int unit = plan[p][static_cast<size_t>(local.unit)];
      const std::optional<int> existing =
          unit < units ? table.find_row(unit, local.year) : std::nullopt;
      First& given = first[static_cast<size_t>(unit) * years.size() + year];
      if (!existing && given.part < 0) {
        given = {static_cast<int>(p), static_cast<int>(r)};
        ++new_rows;
        continue;
      }
      // Given again, or already in the table: a wide file may not, a long one may if no
      // criterion is scored twice.
      if (!context.layout.is_long && (!existing || any_cell(table.row_cells(*existing), width)))
        return false;
      const size_t key = static_cast<size_t>(unit) * years.size() + year;
      auto [so_far, added] = shared.try_emplace(key);
      if (added) {
        const double* cells = existing ? table.row_cells(*existing)
                                       : parts[static_cast<size_t>(given.part)]->cells.at(
                                             static_cast<size_t>(given.local));
        so_far->second.assign(cells, cells + width);
      }
      if (!join(so_far->second.data(), part.cells.at(r), width)) return false;
    }
  }

  table.reserve_rows(table.rows().size() + new_rows);
  int line = 2;  // the header is line 1
  Location where{context.source.path, 0, 0};
  for (size_t p = 0; p < parts.size(); ++p) {
    PartRows& part = *parts[p];
    std::vector<int> unit_of(part.units.size(),
                             -1);  // interned at its first row, as the general reader does
    for (size_t r = 0; r < part.rows.size(); ++r) {
      const LocalRow& local = part.rows[r];
      int& unit = unit_of[static_cast<size_t>(local.unit)];
      if (unit < 0) {
        const auto at = static_cast<size_t>(local.unit);
        unit = table.intern_unit(part.units[at], part.unit_keys[at], local.year);
      }
      double* cells = part.cells.at(r);
      where.line = line - 1 + local.line;
      where.column = local.column;
      const size_t rows_before = table.rows().size();
      const int row = table.row(unit, local.year, where, cells);
      if (table.rows().size() > rows_before)
        table.spell_unit(unit, local.year, part.units[static_cast<size_t>(local.unit)]);
      if (table.row_cells(row) != cells)
        join(table.row_cells(row), cells, width);  // a row given before
    }
    line += part.lines;
    table.adopt(std::move(part.cells));
  }
  return true;
}

// Adds the parts of a summing read to `summed` in file order, as add_parts adds cells to a
// table; false when a unit-year is given twice, or when the years are so sparse that the
// index of units × years this needs would be large.
bool add_summed_parts(std::vector<std::unique_ptr<PartRows>>& parts, const PartContext& context,
                      SummedScores& summed) {
  ScoreTable& table = summed.table;
  YearIndex years(parts);
  size_t rows = 0;
  for (const auto& part : parts) rows += part->rows.size();
  table.reserve_rows(rows);
  summed.sums.fields = context.framework.fields().size();
  std::vector<char> seen;  // by unit × year position
  int line = 2;            // the header is line 1
  Location where{context.source.path, 0, 0};
  for (const auto& part : parts) {
    std::vector<int> unit_of(part->units.size(),
                             -1);  // interned at its first row, as the general reader does
    for (const LocalRow& local : part->rows) {
      int& unit = unit_of[static_cast<size_t>(local.unit)];
      if (unit < 0) {
        const auto at = static_cast<size_t>(local.unit);
        unit = table.intern_unit(part->units[at], part->unit_keys[at], local.year);
        if (years.too_sparse(table.units().size())) return false;
        seen.resize(table.units().size() * years.size());
      }
      char& given = seen[static_cast<size_t>(unit) * years.size() + years.position(local.year)];
      if (given) return false;  // the unit-year given twice
      given = 1;
      where.line = line - 1 + local.line;
      where.column = local.column;
      table.add_new_row(unit, local.year, where);
      table.spell_unit(unit, local.year, part->units[static_cast<size_t>(local.unit)]);
    }
    summed.sums.first_rows.push_back(table.rows().size() - part->rows.size());
    summed.sums.pieces.push_back(std::move(part->sums));
    line += part->lines;
  }
  return true;
}

// Whether the file's text, its header and the distinct unit names the parts interned, needs the
// general reader: typed in a legacy font, or with letters lost to '?' (see encoding.h). Unit
// names repeat on every row: checking the distinct ones keeps a large file as fast.
bool has_encoding_problem(const CsvRecord& header,
                          const std::vector<std::unique_ptr<PartRows>>& parts) {
  std::vector<std::string_view> texts(header.fields.begin(), header.fields.end());
  for (const auto& part : parts) texts.insert(texts.end(), part->units.begin(), part->units.end());
  if (std::any_of(texts.begin(), texts.end(),
                  [](std::string_view text) { return find_lost_letter(text).has_value(); }))
    return true;
  return detect_legacy_font(texts) != LegacyFont::kNone;
}

// What both fast reads share: the header read, the file cut into parts and each part read on
// a thread of its own, then `add` called with the parts. False when the fast path declines.
template <typename Add>
bool read_parts(const ScoresSource& source, const Framework& framework, const CriterionNames& names,
                char delimiter, bool summing, FastReadOptions options,
                Diagnostics& layout_diagnostics, Add add) {
  if (workbook_path(source.path)) return false;  // a sheet is read by CsvReader, cell by cell
  File file(source.path);
  struct stat info;
  if (file.fd() < 0 || ::fstat(file.fd(), &info) != 0 || !S_ISREG(info.st_mode) ||
      framework.leaves().empty())
    return false;
  const off_t size = info.st_size;

  // The header: one physical line, read as the general reader reads it.
  std::string first(static_cast<size_t>(std::min<off_t>(size, kHeaderBytes)), '\0');
  if (!read_at(file.fd(), first.data(), first.size(), 0)) return false;
  const size_t newline = first.find('\n');
  if (newline == std::string::npos && first.size() < static_cast<size_t>(size)) return false;
  first.resize(std::min(newline, first.size()));
  if (std::count(first.begin(), first.end(), '"') % 2 != 0 || first.find('\0') != std::string::npos)
    return false;
  const off_t data = newline == std::string::npos ? size : static_cast<off_t>(newline + 1);
  CsvRecord header;
  std::istringstream header_text(first);
  char detected = 0;
  try {
    CsvReader reader(source.path, header_text, delimiter);
    if (!reader.read_header(header) || (header.fields.size() == 1 && header.fields[0].empty()))
      return false;
    detected = reader.delimiter();
  } catch (const InputError&) {
    return false;
  }
  const ScoresLayout layout = scores_layout(header, source, framework, names, layout_diagnostics);
  // A sheet laid out for people (an ignored column, a group or total column) is the general
  // reader's, which reads each the same way everywhere.
  if (layout_diagnostics.has_errors() || !layout.plain) return false;
  const auto leaf_columns = std::count_if(layout.leaf_of.begin(), layout.leaf_of.end(),
                                          [](int leaf) { return leaf >= 0; });
  if (!layout.is_long && leaf_columns == 0) return false;
  // A wide file naming a leaf in two columns scores it twice on every line: the general
  // reader reports it. Summing needs every leaf on every line: a wide file with a column for each.
  std::vector<char> has_column(framework.leaves().size());
  for (int leaf : layout.leaf_of) {
    if (leaf < 0) continue;
    if (has_column[static_cast<size_t>(leaf)]) return false;
    has_column[static_cast<size_t>(leaf)] = 1;
  }
  if (summing && (layout.is_long || static_cast<size_t>(leaf_columns) != framework.leaves().size()))
    return false;

  PartContext context{
      source, framework, names, layout, detected, detected == ';' || detected == '\t',
      {},     {},        0,     0,      summing};
  if (layout.is_long && std::max(layout.unit_column, layout.year_column) <
                            std::min(layout.criterion_column, layout.score_column)) {
    context.prefix_fields =
        static_cast<size_t>(std::max(layout.unit_column, layout.year_column)) + 1;
  }
  if (!layout.is_long) {
    const auto scored = std::find_if(layout.leaf_of.begin(), layout.leaf_of.end(),
                                     [](int leaf) { return leaf >= 0; });
    const auto column = static_cast<int>(scored - layout.leaf_of.begin());
    if (layout.unit_column < column && layout.year_column < column)
      context.first_leaf_column = static_cast<size_t>(column);
  }
  for (int node : framework.leaves()) {
    const Criterion& leaf = framework.node(node);
    context.leaf_ids.push_back(leaf.id);
    context.leaf_bounds.push_back(cell_bounds(leaf));
  }

  int parts = options.parts;
  if (parts <= 0) {
    const auto cores = static_cast<off_t>(std::max(1u, std::thread::hardware_concurrency()));
    parts = static_cast<int>(std::clamp<off_t>((size - data) / static_cast<off_t>(kBytesPerPart), 1,
                                               std::min<off_t>(cores, 2)));
  }
  const std::vector<off_t> starts = part_starts(file.fd(), data, size, parts);
  std::vector<std::unique_ptr<PartRows>> parts_read;
  const auto width = static_cast<int>(framework.leaves().size());
  for (size_t k = 0; k < starts.size(); ++k)
    parts_read.push_back(std::make_unique<PartRows>(width));
  auto read = [&](size_t k) {
    const bool last = k + 1 == starts.size();
    read_part(context, file.fd(), starts[k], last ? size : starts[k + 1], last, *parts_read[k]);
  };
  std::vector<std::thread> threads;
  for (size_t k = 1; k < starts.size(); ++k) threads.emplace_back(read, k);
  read(0);
  for (std::thread& thread : threads) thread.join();
  for (const auto& part : parts_read) {
    if (!part->ok) return false;
  }
  if (options.detect_encoding && has_encoding_problem(header, parts_read)) return false;
  return add(parts_read, context);
}

}  // namespace

bool read_scores_fast(const ScoresSource& source, const Framework& framework,
                      const CriterionNames& names, char delimiter, ScoreTable& table,
                      Diagnostics& diagnostics, FastReadOptions options) {
  if (table.leaf_count() != static_cast<int>(framework.leaves().size())) return false;
  Diagnostics layout_diagnostics;
  const bool read =
      read_parts(source, framework, names, delimiter, false, options, layout_diagnostics,
                 [&](std::vector<std::unique_ptr<PartRows>>& parts, const PartContext& context) {
                   return add_parts(parts, context, table);
                 });
  if (read) diagnostics.append(layout_diagnostics.all());
  return read;
}

std::optional<SummedScores> read_summed_fast(const ScoresSource& source, const Framework& framework,
                                             const CriterionNames& names, char delimiter,
                                             Diagnostics& diagnostics, FastReadOptions options) {
  if (framework.has_normalised_leaves()) return std::nullopt;  // their bounds need the whole year
  SummedScores summed;
  summed.table = ScoreTable(0, mapped_cell_memory());
  Diagnostics layout_diagnostics;
  const bool read =
      read_parts(source, framework, names, delimiter, true, options, layout_diagnostics,
                 [&](std::vector<std::unique_ptr<PartRows>>& parts, const PartContext& context) {
                   return add_summed_parts(parts, context, summed);
                 });
  if (!read) return std::nullopt;
  diagnostics.append(layout_diagnostics.all());
  return summed;
}

}  // namespace chiso

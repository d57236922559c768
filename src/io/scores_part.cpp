#include "io/scores_part.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <unordered_map>

#include "chiso/io/number.h"
#include "chiso/io/text.h"
#include "io/line_fields.h"
#include "io/name_characters.h"
#include "io/plain_number.h"

namespace chiso {
namespace {

constexpr size_t kChunkBytes = size_t{2}
                               << 20;  // read at once by each part; a longer line declines

struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using ViewMap = std::unordered_map<std::string, int, ViewHash, std::equal_to<>>;

// Whether `text` is a plain number as a whole (see plain_number), read into `value`.
bool simple_number(std::string_view text, double& value) {
  const char* end = text.data() + text.size();
  return !text.empty() && text.size() <= 16 && plain_number(text.data(), end, value) == end;
}

// Whether `text` is valid UTF-8, looking past ASCII quickly.
bool valid_text(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return !invalid_utf8_at(text);
  }
  return true;
}

// One part of the file, read by one thread.
class Part {
 public:
  Part(const PartContext& context, off_t begin, off_t end, bool last, PartRows& part)
      : ok(part.ok),
        lines(part.lines),
        units(part.units),
        unit_keys(part.unit_keys),
        rows(part.rows),
        cells(part.cells),
        sums(part.sums),
        context_(context),
        begin_(begin),
        end_(end),
        last_(last),
        fields_(context.layout.width, context.delimiter) {
    if (context.summing) {
      aggregator_.emplace(context.framework);
      line_cells_.resize(context.leaf_ids.size());
    }
  }

  // Reads the part; `ok` tells whether every line was a plain valid row.
  void read(int fd) {
    try {
      ok = read_lines(fd);
    } catch (const std::exception&) {
      ok = false;
    }
  }

  // What the part holds, in the PartRows given.
  bool& ok;
  int& lines;
  std::vector<std::string>& units;
  std::vector<std::string>& unit_keys;
  std::vector<LocalRow>& rows;
  CellBlocks& cells;
  std::vector<Subtotal>& sums;

 private:
  bool read_lines(int fd) {
    // No more than the part needs (a province's file is a few kB), and 8 bytes more, zeroed,
    // for short_plain_number to read past a number at the end.
    const size_t capacity = std::min(kChunkBytes, static_cast<size_t>(end_ - begin_) + 1);
    std::unique_ptr<char[]> buffer(new char[capacity + 8]());
    size_t kept = 0;
    off_t at = begin_;
    while (at < end_) {
      const size_t want = std::min(capacity - kept, static_cast<size_t>(end_ - at));
      if (want == 0) return false;  // a line longer than a chunk
      if (!read_at(fd, buffer.get() + kept, want, at)) return false;
      // A NUL byte ends a line for the general reader; such a file is its to judge.
      if (std::memchr(buffer.get() + kept, '\0', want) != nullptr) return false;
      at += static_cast<off_t>(want);
      const char* p = buffer.get();
      const char* stop = buffer.get() + kept + want;
      while (const char* newline =
                 static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(stop - p)))) {
        if (!line(p, newline)) return false;
        p = newline + 1;
      }
      kept = static_cast<size_t>(stop - p);
      std::memmove(buffer.get(), p, kept);
    }
    // Only the file's last line may lack its line break; the other parts end on one.
    if (kept > 0 && (!last_ || !line(buffer.get(), buffer.get() + kept))) return false;
    return true;
  }

  // Reads one physical line (without its '\n'); false to decline.
  bool line(const char* begin, const char* end) {
    ++lines;
    if (end > begin && end[-1] == '\r') --end;
    const ScoresLayout& layout = context_.layout;
    // A long file gives a unit-year on many lines in a row: when this line starts with the same
    // unit and year fields, byte for byte, as the last one, it scores the same row.
    if (!prefix_.empty() && static_cast<size_t>(end - begin) > prefix_.size() &&
        std::memcmp(begin, prefix_.data(), prefix_.size()) == 0) {
      return fields_.split(begin + prefix_.size(), end, context_.prefix_fields) &&
             others_valid(context_.prefix_fields) && store_long();
    }
    if (!layout.is_long && context_.first_leaf_column > 0 && begin < end &&
        *begin != context_.delimiter && *begin != ' ' && *begin != '\t') {
      return wide_line(begin, end) && add_up();
    }
    if (!fields_.split(begin, end, 0)) return false;
    if (fields_.blank())
      return true;  // a line of separators only, as spreadsheets leave below the data
    if (!begin_row(begin)) return false;
    if (layout.is_long) {
      if (!others_valid(0) || !store_long()) return false;
      prefix_.clear();
      const size_t last = context_.prefix_fields - 1;
      if (context_.prefix_fields > 0 && fields_.end(last) < end)
        prefix_.assign(begin, fields_.end(last) + 1);
      return true;
    }
    for (size_t i = 0; i < layout.width; ++i) {
      const int leaf = layout.leaf_of[i];
      if (leaf >= 0) {
        if (!store(leaf, fields_.field(i), fields_.quoted(i))) return false;
      } else if (static_cast<int>(i) != layout.unit_column &&
                 static_cast<int>(i) != layout.year_column) {
        if (!valid_text(fields_.field(i))) return false;
      }
    }
    return add_up();
  }

  // Finds the row of the line starting at `begin`, from its unit and year fields, adding it on
  // first sight; false to decline (a bad year or name, a wide file's unit-year given twice).
  bool begin_row(const char* begin) {
    const ScoresLayout& layout = context_.layout;
    const std::string_view raw = fields_.field(layout.unit_column);
    if (raw.empty()) return false;
    int year = 0;
    if (layout.year_column < 0) {
      year = *context_.source.year;
    } else if (last_year_ != 0 && fields_.field(layout.year_column) == last_year_text_) {
      year = last_year_;
    } else {
      std::optional<int> given = parse_year(fields_.field(layout.year_column));
      if (!given || (context_.source.year && *context_.source.year != *given)) return false;
      year = last_year_ = *given;
      last_year_text_.assign(fields_.field(layout.year_column));
    }
    if (last_unit_ < 0 || raw != *raw_of_unit_[static_cast<size_t>(last_unit_)]) {
      // Files list the units in the same order every year: the unit that followed the last
      // one before is likely to follow it again.
      const int guess = last_unit_ < 0 ? -1 : follower_[static_cast<size_t>(last_unit_)];
      int unit = -1;
      if (guess >= 0 && raw == *raw_of_unit_[static_cast<size_t>(guess)]) {
        unit = guess;
      } else {
        auto found = unit_of_raw_.find(raw);
        if (found == unit_of_raw_.end()) {
          // A forbidden character is the general reader's to report, with its place.
          if (!valid_text(raw) || forbidden_character(raw)) return false;
          found = unit_of_raw_.emplace(std::string(raw), static_cast<int>(units.size())).first;
          units.push_back(normalise_name(raw));  // here, on this part's core
          unit_keys.push_back(unit_key(units.back()));
          raw_of_unit_.push_back(&found->first);
          follower_.push_back(-1);
        }
        unit = found->second;
      }
      if (last_unit_ >= 0) follower_[static_cast<size_t>(last_unit_)] = unit;
      last_unit_ = unit;
    }
    if (context_.summing) {
      // A unit-year given twice makes two rows, which add_summed_parts declines.
      rows.push_back(
          {last_unit_, year, lines, column_of(begin, fields_.start(layout.unit_column))});
      last_row_ = static_cast<int>(rows.size()) - 1;
      row_cells_ =
          line_cells_.data();  // every cell is given on the line (read_parts checks the columns)
      return true;
    }
    if (last_row_ < 0 || rows[last_row_].unit != last_unit_ || rows[last_row_].year != year) {
      const std::uint64_t key =
          (static_cast<std::uint64_t>(last_unit_) << 32) | static_cast<std::uint32_t>(year);
      auto [found, added] = row_of_.try_emplace(key, static_cast<int>(rows.size()));
      if (added) {
        rows.push_back(
            {last_unit_, year, lines, column_of(begin, fields_.start(layout.unit_column))});
        cells.add();
      } else if (!layout.is_long) {
        return false;  // a unit-year scored twice in a wide file
      }
      last_row_ = found->second;
      row_cells_ = cells.at(static_cast<size_t>(last_row_));
    } else if (!layout.is_long) {
      return false;
    }
    return true;
  }

  // When summing, adds up the wide line just read, as aggregate() would its row; declines a
  // line with a criterion left without score or with every criterion n/a, which
  // check_scores reports. Otherwise there is nothing to do: the cells are kept.
  bool add_up() {
    if (!context_.summing) return true;
    // Declines a line with every criterion n/a: check_scores reports it.
    if (std::all_of(line_cells_.begin(), line_cells_.end(),
                    [](double cell) { return cell == ScoreTable::kNotApplicableMark; })) {
      return false;
    }
    const size_t at = sums.size();
    sums.resize(at + 1 + context_.framework.fields().size());
    aggregator_->add_up(line_cells_.data(), &sums[at]);
    return true;
  }

  // Whether the long layout's other columns, from field `from` on, are valid UTF-8.
  bool others_valid(size_t from) const {
    const ScoresLayout& layout = context_.layout;
    for (size_t i = from; i < layout.width; ++i) {
      const int column = static_cast<int>(i);
      if (column != layout.criterion_column && column != layout.score_column &&
          column != layout.unit_column && column != layout.year_column &&
          !valid_text(fields_.field(i))) {
        return false;
      }
    }
    return true;
  }

  // The criterion and score of a long line, stored in the current row.
  bool store_long() {
    const ScoresLayout& layout = context_.layout;
    const int leaf = leaf_named(fields_.field(layout.criterion_column));
    return leaf >= 0 &&
           store(leaf, fields_.field(layout.score_column), fields_.quoted(layout.score_column));
  }

  // A wide line whose unit and year come before its scores, read in one pass: each score that
  // is plain digits (with a decimal point) is read as it is found, any other field as split()
  // reads it. Lines that may be blank go to split() instead.
  bool wide_line(const char* begin, const char* end) {
    const ScoresLayout& layout = context_.layout;
    const size_t width = fields_.width();
    const char delimiter = context_.delimiter;
    const int* const leaf_of = layout.leaf_of.data();
    const CellBounds* const bounds = context_.leaf_bounds.data();
    fields_.begin_line(false);
    const char* p = begin;
    for (size_t i = 0; i < width; ++i) {
      if (i == context_.first_leaf_column && !begin_row(begin)) return false;
      const int leaf = leaf_of[i];
      double value = 0;
      const char* number = nullptr;
      if (leaf >= 0 && (number = short_plain_number(p, end, value)) == nullptr)
        number = plain_number(p, end, value);
      // A point in a file with decimal commas may group thousands: parse_number decides.
      if (number != nullptr && (number == end || *number == delimiter) &&
          !(context_.comma_is_decimal &&
            std::memchr(p, '.', static_cast<size_t>(number - p)) != nullptr)) {
        // Each leaf has one column (read_parts declines others), so no cell is given twice.
        // CellBounds::meaning_of, but a plain number is never negative.
        if (value > bounds[leaf].limit) return false;
        row_cells_[leaf] = value;
        p = number;
      } else {
        p = fields_.field_at(p, end, i);
        if (p == nullptr) return false;
        const bool unit_or_year =
            static_cast<int>(i) == layout.unit_column || static_cast<int>(i) == layout.year_column;
        if (leaf >= 0 ? !store(leaf, fields_.field(i), fields_.quoted(i))
                      : !unit_or_year && !valid_text(fields_.field(i)))
          return false;
      }
      if (p == end) return i + 1 == width;
      ++p;  // the separator
    }
    return false;  // more fields than the header
  }

  // The 1-based column, in characters, of `field` in the line starting at `line`.
  static int column_of(const char* line, const char* field) {
    int column = 1;
    for (const char* c = line; c < field; ++c)
      column += (static_cast<unsigned char>(*c) & 0xC0) != 0x80;
    return column;
  }

  // Whether two short texts are equal, without a call to memcmp.
  static bool same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  // The leaf named `text`, or -1. Criteria usually come in the framework's order.
  int leaf_named(std::string_view text) {
    const int next = last_leaf_ + 1;
    if (next < static_cast<int>(context_.leaf_ids.size()) && same(context_.leaf_ids[next], text))
      return last_leaf_ = next;
    auto found = leaf_of_text_.find(text);
    if (found == leaf_of_text_.end()) {
      int leaf = -1;
      if (valid_text(text)) {
        std::optional<int> node = criterion_named(context_.framework, context_.names, text);
        if (node) leaf = context_.framework.node(*node).leaf;
      }
      found = leaf_of_text_.emplace(std::string(text), leaf).first;
    }
    if (found->second >= 0) last_leaf_ = found->second;
    return found->second;
  }

  // Stores one score in the current row, as the general reader's store() does when it reports
  // nothing.
  bool store(int leaf, std::string_view text, bool quoted) {
    double& cell = row_cells_[leaf];
    // A summing line's cells hold the last line's until they are given: each once, as each
    // leaf has one column.
    if (cell != ScoreTable::kMissingMark && !context_.summing) return false;
    const CellBounds& bounds = context_.leaf_bounds[static_cast<size_t>(leaf)];
    ScoreCell read;
    // A point in a file with decimal commas may group thousands: read_score_cell decides.
    if (simple_number(text, read.points) &&
        !(context_.comma_is_decimal && text.find('.') != std::string_view::npos)) {
      read.meaning = bounds.meaning_of(read.points);
    } else {
      // Without the general reader's options: a cell they would change declines.
      read = read_score_cell(text, quoted, bounds, CellDialect{context_.comma_is_decimal});
    }
    if (read.meaning == CellMeaning::kNotApplicable) {
      cell = ScoreTable::kNotApplicableMark;
    } else if (read.meaning == CellMeaning::kPoints) {
      cell = read.points;
    } else {
      return false;
    }
    return true;
  }

  const PartContext& context_;
  off_t begin_, end_;
  bool last_;
  LineFields fields_;
  std::string prefix_;  // the last long line up to the separator after its unit and year
  ViewMap unit_of_raw_;
  std::vector<const std::string*>
      raw_of_unit_;            // each unit's name as written, a key of unit_of_raw_
  std::vector<int> follower_;  // the unit that last followed each, or -1
  int last_unit_ = -1;
  std::string last_year_text_;
  int last_year_ = 0;
  std::unordered_map<std::uint64_t, int> row_of_;
  int last_row_ = -1;
  double* row_cells_ = nullptr;
  std::optional<RowAggregator> aggregator_;  // when summing
  std::vector<double> line_cells_;           // when summing: the cells of the line being read
  ViewMap leaf_of_text_;
  int last_leaf_ = -1;
};

}  // namespace

void read_part(const PartContext& context, int fd, off_t begin, off_t end, bool last,
               PartRows& part) {
  Part(context, begin, end, last, part).read(fd);
}

bool read_at(int fd, char* buffer, size_t size, off_t offset) {
  while (size > 0) {
    ssize_t got = ::pread(fd, buffer, size, offset);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    buffer += got;
    size -= static_cast<size_t>(got);
    offset += got;
  }
  return true;
}

}  // namespace chiso

#include "io/columns.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "chiso/io/text.h"
#include "chiso/message.h"
#include "chiso/suggest.h"

namespace chiso {
namespace {

constexpr int kMaxErrorsPerFile = 50;
constexpr int kHeaderSearchRows = 30;  // a sheet's title rows are a few; a header is near the top

// The kinds of column --column may name; any other WHAT is a criterion id of a wide scores file.
constexpr const char* kColumnKinds[] = {"unit",  "year", "group", "total", "criterion",
                                        "score", "rank", "index", "band"};

std::string quote_list(const std::vector<std::string>& items) {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i) text += (i ? ", '" : "'") + items[i] + "'";
  return text;
}

bool is_blank(const CsvRecord& record) {
  for (const std::string& field : record.fields) {
    if (!field.empty()) return false;
  }
  return true;
}

// Whether `row` names every required column of `specs`.
bool names_required(const CsvRecord& row, const std::vector<ColumnSpec>& specs) {
  for (const ColumnSpec& spec : specs) {
    if (!spec.required) continue;
    bool named = false;
    for (const std::string& field : row.fields) named = named || names_column(field, spec);
    if (!named) return false;
  }
  return true;
}

// The field of `header` that names the first required column: a data row always fills it.
std::optional<size_t> key_field(const CsvRecord& header, const std::vector<ColumnSpec>& specs) {
  for (const ColumnSpec& spec : specs) {
    if (!spec.required) continue;
    for (size_t i = 0; i < header.fields.size(); ++i) {
      if (names_column(header.fields[i], spec)) return i;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// The two-row header rule. `below` is the second row of a header whose first row is `header`
// (a merged group row such as "Lĩnh vực 1" spanning its criteria) when both hold:
// - its cell in the key column (the unit, or a framework's id) is empty: a data row names its
//   unit there, so a first data row is never taken for a header;
// - it has text under an empty cell of `header`: the columns a merged cell spans.
// The two are then read as one row: each column is headed by the lower row's cell where it has
// one ("1.2"), else by the upper row's ("STT", "Tổng điểm").
bool is_second_header_row(const CsvRecord& header, const CsvRecord& below, size_t key) {
  if (key < below.fields.size() && !below.fields[key].empty()) return false;
  const size_t width = std::min(header.fields.size(), below.fields.size());
  for (size_t i = 0; i < width; ++i) {
    if (header.fields[i].empty() && !below.fields[i].empty()) return true;
  }
  return false;
}

void join_header_rows(CsvRecord& header, const CsvRecord& below) {
  const size_t width = std::min(header.fields.size(), below.fields.size());
  for (size_t i = 0; i < width; ++i) {
    if (below.fields[i].empty()) continue;
    header.fields[i] = below.fields[i];
    header.lines[i] = below.lines[i];
    header.columns[i] = below.columns[i];
    header.quoted[i] = below.quoted[i];
  }
}

// The header columns a row may leave out: the trailing ones without a header, which Excel
// exports as `;;;` and a shorter row may not have.
std::vector<bool> padded_columns(const CsvRecord& header) {
  std::vector<bool> padded(header.fields.size(), false);
  for (size_t i = header.fields.size(); i-- > 0 && header.fields[i].empty();) padded[i] = true;
  return padded;
}

std::unique_ptr<CsvReader> open_first_row(const std::string& path, ReadOptions options,
                                          char delimiter, CsvRecord& first) {
  options.delimiter = delimiter;
  auto reader = CsvReader::open(path, options);
  if (!reader->read_header(first)) {
    throw InputError({path, 1, 1}, tr("file is empty; it needs a header row and data rows"));
  }
  return reader;
}

// The reader of `path` just past its header, the first of its first rows that names the
// required columns of `specs`; none when no row does (`header` is then the first row).
std::unique_ptr<CsvReader> find_header(const std::string& path, const ReadOptions& options,
                                       char delimiter, const std::vector<ColumnSpec>& specs,
                                       CsvRecord& header) {
  auto reader = open_first_row(path, options, delimiter, header);
  if (names_required(header, specs)) return reader;
  reader->keep_fields(CsvReader::kMaxColumns + 1);  // a title row may be narrower than the header
  CsvRecord row;
  for (int rows = 1; rows < kHeaderSearchRows && reader->next(row); ++rows) {
    if (names_required(row, specs)) {
      header = std::move(row);
      return reader;
    }
  }
  return nullptr;
}

}  // namespace

std::string header_key(std::string_view header) {
  std::string spaced(header);
  for (char& c : spaced) {
    if (c == '_' || c == '\n' || c == '\r') c = ' ';
  }
  return loose_key(spaced);
}

std::vector<ColumnSpec> with_choices(std::vector<ColumnSpec> specs, const ReadOptions& options) {
  for (ColumnSpec& spec : specs) {
    for (const ColumnChoice& choice : options.columns) {
      if (choice.what == spec.name) spec.chosen = choice.header;
    }
  }
  return specs;
}

bool names_column(const std::string& header, const ColumnSpec& spec) {
  std::string key = header_key(header);
  if (key.empty()) return false;
  if (!spec.chosen.empty() && key == header_key(spec.chosen)) return true;
  if (key == header_key(spec.name)) return true;
  for (const std::string& alias : spec.aliases) {
    if (key == header_key(alias)) return true;
  }
  return false;
}

bool is_ignored_header(const std::string& header) {
  static const ColumnSpec row_number{"stt", {"tt", "số thứ tự", "số tt"}, false};
  return header_key(header).empty() || names_column(header, row_number);
}

std::vector<int> match_columns(const CsvRecord& header, const std::string& file,
                               const std::vector<ColumnSpec>& specs, Diagnostics& diagnostics) {
  std::map<std::string, size_t> seen;
  for (size_t i = 0; i < header.fields.size(); ++i) {
    if (is_ignored_header(header.fields[i])) continue;
    auto [first, inserted] = seen.emplace(header_key(header.fields[i]), i);
    if (!inserted) {
      diagnostics.error(header.at(file, i),
                        tr("column '{}' appears twice in the header (also column {})",
                           header.fields[i], header.columns[first->second]));
    }
  }
  std::vector<int> found(specs.size(), -1);
  for (size_t s = 0; s < specs.size(); ++s) {
    // The header --column names comes first: a file may also have a column an alias names.
    for (size_t i = 0; i < header.fields.size() && !specs[s].chosen.empty(); ++i) {
      if (found[s] == -1 && header_key(header.fields[i]) == header_key(specs[s].chosen))
        found[s] = static_cast<int>(i);
    }
    for (size_t i = 0; i < header.fields.size(); ++i) {
      if (found[s] == -1 && names_column(header.fields[i], specs[s]))
        found[s] = static_cast<int>(i);
    }
    if (found[s] != -1 || !specs[s].required) continue;
    std::vector<std::string> unmatched;
    for (size_t i = 0; i < header.fields.size(); ++i) {
      bool known = is_ignored_header(header.fields[i]);
      for (size_t other = 0; other < specs.size(); ++other)
        known = known || names_column(header.fields[i], specs[other]);
      if (!known) unmatched.push_back(header.fields[i]);
    }
    std::string hint = closest_match(specs[s].name, unmatched);
    diagnostics.error(
        header.start(file),
        hint.empty()
            ? tr("missing column '{}'; the header has {}", specs[s].name, quote_list(header.fields))
            : tr("missing column '{}'; did you mean '{}'?", specs[s].name, hint));
  }
  return found;
}

bool has_wrong_field_count(const CsvRecord& record, size_t expected, const std::string& file,
                           Diagnostics& diagnostics) {
  const size_t count = record.fields.size() + record.dropped;
  if (count == expected) return false;
  size_t place = std::min(count, expected) - (count < expected ? 1 : 0);
  diagnostics.error(record.at(file, place),
                    tr("row has {} fields but the header has {}", count, expected));
  return true;
}

const ColumnSpec& unit_column() {
  static const ColumnSpec spec{"unit",
                               {"đơn vị", "tên đơn vị", "cơ quan", "đơn vị đánh giá", "địa phương",
                                "tỉnh", "tỉnh, thành phố", "province", "tên cơ quan, đơn vị",
                                "cơ quan, đơn vị", "tên cơ quan", "tên địa phương"},
                               true};
  return spec;
}

const ColumnSpec& year_column(bool required) {
  static const ColumnSpec optional_spec{"year", {"năm", "năm đánh giá"}, false};
  static const ColumnSpec required_spec{"year", {"năm", "năm đánh giá"}, true};
  return required ? required_spec : optional_spec;
}

const ColumnSpec& group_column(bool required) {
  static const ColumnSpec optional_spec{"group", {"nhóm", "khối", "nhóm đơn vị"}, false};
  static const ColumnSpec required_spec{"group", {"nhóm", "khối", "nhóm đơn vị"}, true};
  return required ? required_spec : optional_spec;
}

SheetRows::SheetRows(std::unique_ptr<CsvReader> reader, std::optional<CsvRecord> pending,
                     std::vector<bool> padded)
    : reader_(std::move(reader)), pending_(std::move(pending)), padded_(std::move(padded)) {}

bool SheetRows::next(CsvRecord& record) {
  if (pending_) {
    record = std::move(*pending_);
    pending_.reset();
  } else if (!reader_->next(record)) {
    return false;
  }
  size_t count = record.fields.size();
  if (count >= padded_.size() || record.dropped > 0 || !padded_[count]) return true;
  record.fields.resize(padded_.size());
  record.lines.resize(padded_.size(), record.line);
  record.columns.resize(padded_.size(), count > 0 ? record.columns[count - 1] : 1);
  record.quoted.resize(padded_.size(), false);
  return true;
}

std::unique_ptr<SheetRows> open_with_header(const std::string& path, const ReadOptions& options,
                                            const std::vector<ColumnSpec>& specs, CsvRecord& header,
                                            Diagnostics& diagnostics) {
  std::optional<CsvRecord> pending_row;  // the row below the header, unless joined to it
  auto reader = find_header(path, options, options.delimiter, specs, header);
  // A title line without a separator detects none: try the others before giving up.
  for (const char other : {';', '\t'}) {
    if (reader || options.delimiter != 0 || header.fields.size() != 1) break;
    CsvRecord first = header;
    reader = find_header(path, options, other, specs, header);
    if (!reader) header = std::move(first);
  }
  if (!reader) {
    if (is_blank(header)) {
      throw InputError({path, 1, 1}, tr("file is empty; it needs a header row and data rows"));
    }
    reader = open_first_row(path, options, options.delimiter, header);  // "missing column" on row 1
  } else {
    CsvRecord below;
    const std::optional<size_t> key = key_field(header, specs);
    if (key && reader->next(below)) {
      if (is_second_header_row(header, below, *key)) {
        join_header_rows(header, below);
      } else {
        pending_row = std::move(below);
      }
    }
  }
  reader->keep_fields(header.fields.size() + 1);
  // What the reader says of the file as a whole (converted from another encoding), once.
  for (const Diagnostic& warning : reader->warnings())
    diagnostics.warning(warning.where, warning.message);
  if (options.headers_read) options.headers_read->files.push_back({path, header.fields});
  return std::make_unique<SheetRows>(std::move(reader), std::move(pending_row),
                                     padded_columns(header));
}

bool too_many_errors(Diagnostics& diagnostics, int errors_before, const std::string& file) {
  if (diagnostics.error_count() - errors_before < kMaxErrorsPerFile) return false;
  // A note, not an error: the count of errors stays the count of problems found.
  diagnostics.note({file, 0, 0}, tr("stopped reading after {} errors; the rest of the file was "
                                    "not checked",
                                    kMaxErrorsPerFile));
  return true;
}

ColumnChoice parse_column_choice(const std::string& argument) {
  const size_t equals = argument.find('=');
  ColumnChoice choice;
  if (equals != std::string::npos) {
    choice.what = std::string(trim(std::string_view(argument).substr(0, equals)));
    choice.header = std::string(trim(std::string_view(argument).substr(equals + 1)));
  }
  if (choice.what.empty() || choice.header.empty()) {
    throw ReadUsageError(tr("'{}' is not WHAT=HEADER, such as unit=tentinh_vie", argument));
  }
  for (const char* kind : kColumnKinds) {
    if (header_key(choice.what) == kind) choice.what = kind;
  }
  return choice;
}

bool is_column_kind(const std::string& what) {
  for (const char* kind : kColumnKinds) {
    if (what == kind) return true;
  }
  return false;
}

void check_column_choices(const ReadOptions& options) {
  if (!options.headers_read) return;
  for (const ColumnChoice& choice : options.columns) {
    bool found = false;
    std::vector<std::string> listed;
    for (const HeadersRead::File& file : options.headers_read->files) {
      std::vector<std::string> headers;
      for (const std::string& field : file.fields) {
        found = found || header_key(field) == header_key(choice.header);
        if (!header_key(field).empty()) headers.push_back(field);
      }
      listed.push_back(fmt::format("{}: {}", file.path, quote_list(headers)));
    }
    const std::vector<std::string>& named = options.headers_read->criteria_named;
    if (found && !is_column_kind(choice.what) &&
        std::find(named.begin(), named.end(), choice.what) == named.end()) {
      throw ReadUsageError(
          tr("--column {}={}: '{}' is neither a kind of column (unit, year, "
             "group, total, criterion, score, rank, index, band) nor a "
             "criterion column of a wide scores file",
             choice.what, choice.header, choice.what));
    }
    if (found) continue;
    if (listed.empty()) {
      throw ReadUsageError(tr("--column {}={}: no file was read to look for the header '{}'",
                              choice.what, choice.header, choice.header));
    }
    throw ReadUsageError(
        tr("--column {}={}: no file read has a column headed '{}'; their "
           "headers are {}",
           choice.what, choice.header, choice.header, fmt::format("{}", fmt::join(listed, "; "))));
  }
}

}  // namespace chiso

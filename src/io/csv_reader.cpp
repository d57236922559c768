#include "chiso/io/csv_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <set>
#include <utility>
// The parser's own header warns about its file-name copy under -Wall; it is not our code.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wunknown-warning-option"
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>
#pragma GCC diagnostic pop

#include "chiso/io/text.h"
#include "chiso/io/workbook.h"
#include "chiso/message.h"
#include "io/encoding.h"
#include "io/sheet_records.h"

namespace chiso {

// The parser's LineReader ends a line at a NUL byte without a word ("X,2022,1.1,1\0999" would
// read as "X,2022,1.1,1"). NulSource hands it the file's bytes with each NUL turned into 0xFF,
// which is never valid UTF-8, so that split() stops there, and NulMarks remembers where each
// NUL was, so that the error names it. The LineReader reads ahead on a thread of its own (hence
// the mutex), and drops its source once a small file is read (hence two classes).
class NulMarks {
 public:
  // Marks the NULs of the next `size` bytes of the file, at `bytes`.
  void mark(char* bytes, int size) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (first_read_ && size >= 3 && bytes[0] == '\xEF' && bytes[1] == '\xBB' &&
        bytes[2] == '\xBF') {
      byte_ = -3;  // the LineReader skips a byte-order mark: columns count from after it
    }
    first_read_ = false;
    const char* const end = bytes + std::max(size, 0);
    for (char* p = bytes; p < end;) {
      char* nul = static_cast<char*>(std::memchr(p, '\0', static_cast<size_t>(end - p)));
      const char* stop = nul ? nul : end;
      const size_t length = static_cast<size_t>(stop - p);
      if (const void* last = ::memrchr(p, '\n', length)) {
        line_ += static_cast<int>(std::count(static_cast<const char*>(p), stop, '\n'));
        byte_ = stop - static_cast<const char*>(last) - 1;
      } else {
        byte_ += static_cast<long>(length);
      }
      if (nul == nullptr) break;
      *nul = '\xFF';
      if (marks_.size() < kMostMarks) marks_.emplace(line_, byte_);
      ++byte_;
      p = nul + 1;
    }
  }

  // Whether byte `byte` (0-based) of physical line `line` was a NUL.
  bool was_nul(int line, long byte) const {
    std::lock_guard<std::mutex> lock(mutex_);
    return marks_.count({line, byte}) > 0;
  }

 private:
  static constexpr size_t kMostMarks =
      1000;  // reading stops at the first; a UTF-16 file has millions
  mutable std::mutex mutex_;
  std::set<std::pair<int, long>> marks_;
  bool first_read_ = true;
  int line_ = 1;
  long byte_ = 0;  // bytes since the start of line_
};

namespace {

class NulSource : public io::ByteSourceBase {
 public:
  NulSource(std::unique_ptr<io::ByteSourceBase> source, NulMarks& marks)
      : source_(std::move(source)), marks_(marks) {}
  int read(char* buffer, int size) override {
    const int got = source_->read(buffer, size);
    marks_.mark(buffer, got);
    return got;
  }

 private:
  std::unique_ptr<io::ByteSourceBase> source_;
  NulMarks& marks_;
};

// The text of a file converted to UTF-8 in memory (see encoding.h), read as the file would be.
class TextSource : public io::ByteSourceBase {
 public:
  explicit TextSource(std::string text) : text_(std::move(text)) {}
  int read(char* buffer, int size) override {
    const size_t count = std::min(static_cast<size_t>(std::max(size, 0)), text_.size() - at_);
    std::memcpy(buffer, text_.data() + at_, count);
    at_ += count;
    return static_cast<int>(count);
  }

 private:
  std::string text_;
  size_t at_ = 0;
};

}  // namespace

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Columns count characters, not bytes: UTF-8 continuation bytes do not start a character.
int advance_column(int column, char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? column : column + 1;
}

// The separator that splits the header line: the most frequent of `,` `;` and tab outside
// quotes; `,` when there is none.
char detect_delimiter(std::string_view header) {
  int commas = 0, semicolons = 0, tabs = 0;
  bool in_quotes = false;
  for (char c : header) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) continue;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

// A line with nothing but separators and spaces, as spreadsheets export below the data.
bool is_blank(const CsvRecord& record) {
  for (size_t i = 0; i < record.fields.size(); ++i) {
    if (!record.fields[i].empty() || record.quoted[i]) return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<CsvReader> CsvReader::open(const std::string& path, const ReadOptions& options) {
  if (std::optional<WorkbookPath> workbook = workbook_path(path)) {
    Sheet sheet = read_sheet(*workbook);
    std::vector<Diagnostic> warnings = repair_sheet_text(sheet, options.encoding);
    auto reader =
        std::unique_ptr<CsvReader>(new CsvReader(std::make_unique<SheetRecords>(std::move(sheet))));
    reader->warnings_ = std::move(warnings);
    return reader;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    throw InputError({}, tr("cannot open '{}': {}", path, std::strerror(errno)));
  }
  struct stat info;
  if (::fstat(::fileno(file), &info) == 0 && S_ISDIR(info.st_mode)) {
    std::fclose(file);
    throw InputError({}, tr("cannot open '{}': {}", path, std::strerror(EISDIR)));
  }
  if (auto reader = open_converted(path, file, options)) return reader;
  return std::unique_ptr<CsvReader>(new CsvReader(
      path, std::make_unique<io::detail::OwningStdIOByteSourceBase>(file), options.delimiter));
}

// A reader of `file` converted to UTF-8 in memory when it needs it (closing `file`); null when
// it is read as it is, from its start.
std::unique_ptr<CsvReader> CsvReader::open_converted(const std::string& path, std::FILE* file,
                                                     const ReadOptions& options) {
  std::optional<DecodedFile> decoded;
  try {
    decoded = decode_file(file, path, options.encoding);
  } catch (...) {
    std::fclose(file);
    throw;
  }
  if (!decoded) return nullptr;
  std::fclose(file);
  std::unique_ptr<CsvReader> reader(new CsvReader(
      path, std::make_unique<TextSource>(std::move(decoded->text)), options.delimiter));
  reader->warnings_ = std::move(decoded->warnings);
  return reader;
}

CsvReader::CsvReader(const std::string& name, std::istream& in, char delimiter)
    : CsvReader(name, std::make_unique<io::detail::NonOwningIStreamByteSource>(in), delimiter) {}

CsvReader::CsvReader(std::string name, std::unique_ptr<io::ByteSourceBase> bytes, char delimiter)
    : name_(std::move(name)), delimiter_(delimiter) {
  nuls_ = std::make_unique<NulMarks>();
  lines_ = std::make_unique<io::LineReader>(name_,
                                            std::make_unique<NulSource>(std::move(bytes), *nuls_));
}

// A sheet's rows: numbers come with a decimal point, so no decimal comma is guessed (','
// makes comma_is_decimal() false).
CsvReader::CsvReader(std::unique_ptr<SheetRecords> sheet)
    : name_(sheet->name()), delimiter_(','), sheet_(std::move(sheet)) {}

CsvReader::~CsvReader() = default;

bool CsvReader::read_header(CsvRecord& header) {
  if (sheet_) return sheet_->read_header(header);
  char* line = nullptr;
  try {
    line = lines_->next_line();
  } catch (const io::error::base&) {
    throw InputError({name_, static_cast<int>(lines_->get_file_line()), 1},
                     tr("line is too long (over 16 MiB)"));
  }
  if (line == nullptr) return false;
  if (delimiter_ == 0) delimiter_ = detect_delimiter(line);
  pending_ = line;
  split(header);
  if (header.dropped > 0) {
    throw InputError({name_, header.line, 1},
                     tr("the header has more than {} columns; chiso reads at most {}", kMaxColumns,
                        kMaxColumns));
  }
  max_fields_ = header.fields.size() + 1;
  return true;
}

void CsvReader::keep_fields(size_t count) {
  max_fields_ = count < kMaxColumns ? count : kMaxColumns + 1;
  if (sheet_) sheet_->keep_fields(count);
}

bool CsvReader::next(CsvRecord& record) {
  if (sheet_) return sheet_->next(record);
  do {
    char* line = nullptr;
    try {
      line = lines_->next_line();
    } catch (const io::error::base&) {
      throw InputError({name_, static_cast<int>(lines_->get_file_line()), 1},
                       tr("line is too long (over 16 MiB)"));
    }
    if (line == nullptr) return false;
    pending_ = line;
    if (!split(record)) return false;
  } while (!dropped_text_ && is_blank(record));
  return true;
}

// The error for a line whose byte `bad` (1-based) is not valid UTF-8, located in characters.
InputError CsvReader::invalid_utf8(std::string_view text, int line, size_t bad) const {
  int column = 1;
  for (size_t i = 0; i + 1 < bad; ++i) column = advance_column(column, text[i]);
  if (nuls_->was_nul(line, static_cast<long>(bad) - 1)) {
    return InputError({name_, line, column},
                      tr("NUL byte (character 0) in the text; a CSV file has none: save it "
                         "again as \"CSV UTF-8\" (a file saved as UTF-16 has one in every "
                         "character)"));
  }
  return InputError({name_, line, column},
                    tr("invalid UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in Excel)"));
}

// Splits `pending_` (one physical line) into fields, reading further lines while a quoted
// field is open. The record's vectors keep their storage from one record to the next, so that
// reading a large file does not allocate per row.
bool CsvReader::split(CsvRecord& record) {
  size_t count = 0;
  record.dropped = 0;
  record.sheet.clear();
  dropped_text_ = false;
  std::string past_the_end;  // a field beyond max_fields_, read and forgotten
  auto next_field = [&](int field_line, int field_column, bool quoted) -> std::string& {
    if (count == max_fields_) {
      ++record.dropped;
      dropped_text_ = dropped_text_ || quoted;
      return past_the_end;
    }
    if (count == record.fields.size()) {
      record.fields.emplace_back();
      record.lines.push_back(0);
      record.columns.push_back(0);
      record.quoted.push_back(false);
    }
    record.lines[count] = field_line;
    record.columns[count] = field_column;
    record.quoted[count] = quoted;
    return record.fields[count++];
  };
  int line = static_cast<int>(lines_->get_file_line());
  record.line = line;
  if (auto bad = invalid_utf8_at(pending_)) throw invalid_utf8(pending_, line, *bad);

  size_t at = 0;
  int column = 1;
  while (true) {
    while (at < pending_.size() && is_space(pending_[at]) && pending_[at] != delimiter_) {
      column = advance_column(column, pending_[at++]);
    }
    const int field_column = column;
    const int field_line = line;
    if (at < pending_.size() && pending_[at] == '"') {
      std::string& field = next_field(field_line, field_column, true);
      field.clear();
      column = advance_column(column, pending_[at++]);
      while (true) {
        if (at == pending_.size()) {
          char* more = lines_->next_line();
          if (more == nullptr) {
            throw InputError({name_, field_line, field_column},
                             tr("quoted field is not closed; add the closing '\"'"));
          }
          ++line;
          if (auto bad = invalid_utf8_at(more)) throw invalid_utf8(more, line, *bad);
          field += '\n';
          pending_ = more;
          at = 0;
          column = 1;
          continue;
        }
        char c = pending_[at];
        column = advance_column(column, c);
        ++at;
        if (c != '"') {
          field += c;
        } else if (at < pending_.size() && pending_[at] == '"') {
          field += '"';
          column = advance_column(column, pending_[at++]);
        } else {
          break;
        }
      }
      while (at < pending_.size() && is_space(pending_[at]) && pending_[at] != delimiter_) {
        column = advance_column(column, pending_[at++]);
      }
      if (at < pending_.size() && pending_[at] != delimiter_) {
        throw InputError({name_, line, column},
                         tr("unexpected text after a closing quote; a quote inside a quoted "
                            "field is written '\"\"'"));
      }
    } else {
      // An unquoted field runs to the next separator; find it in one pass, then count its
      // characters for the next field's column.
      // (find_first_of would call memchr once per character.)
      const size_t start = at;
      size_t end = at;
      while (end < pending_.size() && pending_[end] != delimiter_ && pending_[end] != '"') {
        column = advance_column(column, pending_[end++]);
      }
      if (end < pending_.size() && pending_[end] == '"') {
        throw InputError({name_, line, column},
                         tr("unexpected quote inside an unquoted field; quote the whole field "
                            "and double the quote"));
      }
      at = end;
      next_field(field_line, field_column, false)
          .assign(trim(std::string_view(pending_).substr(start, end - start)));
    }
    if (!past_the_end.empty()) {
      dropped_text_ = true;
      past_the_end.clear();
    }
    if (at >= pending_.size()) break;
    column = advance_column(column, pending_[at++]);  // the delimiter
  }
  record.fields.resize(count);
  record.lines.resize(count);
  record.columns.resize(count);
  record.quoted.resize(count);
  return true;
}

}  // namespace chiso

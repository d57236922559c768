// How the input files are read: options every reader takes.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace chiso {

/// The encoding of the input files (--encoding); kDetect finds each file's own.
enum class Encoding { kDetect, kUtf8, kUtf16, kCp1258, kTcvn3, kVni };

/// The Encoding --encoding names: "utf-8", "utf-16", "cp1258", "tcvn3" or "vni"; "" is
/// kDetect; nullopt for any other name.
std::optional<Encoding> encoding_named(std::string_view name);

/// --column WHAT=HEADER: the column headed HEADER holds WHAT (unit, year, group, total,
/// criterion, score, rank, index, band, or a criterion id of a wide scores file).
struct ColumnChoice {
  std::string what;
  std::string header;

  friend bool operator==(const ColumnChoice&, const ColumnChoice&) = default;
};

/// The header rows of the files read in a run, so that a --column HEADER that none of them has
/// is reported once every file is read.
struct HeadersRead {
  struct File {
    std::string path;
    std::vector<std::string> fields;
  };
  std::vector<File> files;
  std::vector<std::string> criteria_named;  // the criterion ids of --column a wide file used
};

/// How input files are read.
struct ReadOptions {
  char delimiter = 0;                       // 0: detect `,` `;` or tab from each file's header line
  std::vector<std::string> not_applicable;  // more spellings of 'n/a' in scores (--not-applicable)
  bool no_thousands = false;  // --no-thousands: "1.234" in a `;` file is 1.234, not refused
  Encoding encoding = Encoding::kDetect;  // --encoding
  std::vector<ColumnChoice> columns;      // --column
  /// Where each reader notes the header it found (none: not noted).
  std::shared_ptr<HeadersRead> headers_read;
};

/// A usage error found while reading (a --column that names nothing): the command line, not
/// the files, must change. src/cli maps it to its usage errors (exit status 2).
class ReadUsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Parses a --column argument "WHAT=HEADER"; throws ReadUsageError when it has no '=', an
/// empty side, or a WHAT that is a column kind no file has.
ColumnChoice parse_column_choice(const std::string& argument);

/// Throws ReadUsageError for the first --column of `options` whose HEADER no file read (see
/// ReadOptions::headers_read) has, listing the headers read, or whose WHAT is no kind of column
/// and named no criterion column of a wide scores file.
void check_column_choices(const ReadOptions& options);

}  // namespace chiso

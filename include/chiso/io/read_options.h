// How the input files are read: options every reader takes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chiso {

/// The encoding of the input files (--encoding); kDetect finds each file's own.
enum class Encoding { kDetect, kUtf8, kUtf16, kCp1258, kTcvn3, kVni };

/// The Encoding --encoding names: "utf-8", "utf-16", "cp1258", "tcvn3" or "vni"; "" is
/// kDetect; nullopt for any other name.
std::optional<Encoding> encoding_named(std::string_view name);

/// How input files are read.
struct ReadOptions {
  char delimiter = 0;                       // 0: detect `,` `;` or tab from each file's header line
  std::vector<std::string> not_applicable;  // more spellings of 'n/a' in scores (--not-applicable)
  bool no_thousands = false;  // --no-thousands: "1.234" in a `;` file is 1.234, not refused
  Encoding encoding = Encoding::kDetect;  // --encoding
};

}  // namespace chiso

// How the input files are read: options every reader takes.
#pragma once

#include <string>
#include <vector>

namespace chiso {

/// How input files are read.
struct ReadOptions {
  char delimiter = 0;                       // 0: detect `,` `;` or tab from each file's header line
  std::vector<std::string> not_applicable;  // more spellings of 'n/a' in scores (--not-applicable)
  bool no_thousands = false;  // --no-thousands: "1.234" in a `;` file is 1.234, not refused
};

}  // namespace chiso

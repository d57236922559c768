// libFuzzer target over every reader: the first byte picks the reader, the rest is the file.
// Readers may refuse the input (InputError) but must never crash, hang, leak or trip a
// sanitizer. One reader per input, because each of fast-cpp-csv-parser's LineReaders
// allocates a 48 MiB buffer that AddressSanitizer poisons: six per input ran 25 inputs/s.
#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "chiso/csv_reader.h"
#include "chiso/inputs.h"
#include "chiso/number.h"

namespace {

// A small valid framework, so that scores inputs reach the per-cell checks.
chiso::Framework fuzz_framework() {
  chiso::Diagnostics diagnostics;
  std::vector<chiso::CriterionRow> rows(4);
  const char* ids[] = {"1", "1.1", "1.2", "2"};
  const char* parents[] = {"", "1", "1", ""};
  const std::optional<double> maxima[] = {std::nullopt, 2.5, 3.0, 4.0};
  for (size_t i = 0; i < rows.size(); ++i) {
    rows[i].id = ids[i];
    rows[i].parent = parents[i];
    rows[i].max = maxima[i];
  }
  return chiso::Framework::build(rows, diagnostics);
}

template <typename Read>
void read_refusing(Read read) {
  try {
    read();
  } catch (const chiso::InputError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  static const chiso::Framework framework = fuzz_framework();
  static const std::string path = "/tmp/chiso-fuzz-" + std::to_string(::getpid()) + ".csv";
  if (size == 0) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const int reader = data[0] % 6;
  if (reader == 0) {
    read_refusing([&] {
      std::istringstream in(bytes);
      chiso::CsvReader csv("fuzz.csv", in);
      chiso::CsvRecord record;
      if (!csv.read_header(record)) return;
      while (csv.next(record)) {
        for (const std::string& field : record.fields) {
          std::string why;
          (void)chiso::parse_number(field, csv.comma_is_decimal(), why);
        }
      }
    });
    return 0;
  }
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  chiso::Diagnostics diagnostics;
  const chiso::ReadOptions options;
  read_refusing([&] {
    chiso::ScoreTable table(static_cast<int>(framework.leaves().size()));
    switch (reader) {
      case 1: (void)chiso::read_framework(path, options, diagnostics); break;
      case 2: chiso::read_scores({path, 2022}, framework, table, options, diagnostics); break;
      case 3: (void)chiso::read_units(path, options, diagnostics); break;
      case 4: (void)chiso::read_bands(path, options, diagnostics); break;
      default: (void)chiso::read_previous(path, options, diagnostics); break;
    }
  });
  return 0;
}

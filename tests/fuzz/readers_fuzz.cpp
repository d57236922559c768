// libFuzzer target over every reader: the first byte picks the reader, the rest is the file.
// Readers may refuse the input (InputError) but must never crash, hang, leak or trip a
// sanitizer. One reader per input, because each of fast-cpp-csv-parser's LineReaders
// allocates a 48 MiB buffer that AddressSanitizer poisons: six per input ran 25 inputs/s.
//
// Every input is also a scores file for the two scores readers (scores_layout.h): the general
// reader, and the fast path in 1, 2 and 3 parts. The fast path must either decline, leaving the
// table and the diagnostics untouched, or build the general reader's table to the bit, with its
// diagnostics and no error; anything else prints both tables and traps. The summing reader
// (read_summed_fast) must decline, or give the general reader's rows with aggregate()'s
// results where there is nothing to report. The rest of the first
// byte picks the framework, whether the file has a year on the command line, and whether the
// table already holds the rows of another file.
#include <unistd.h>

#include <bit>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "chiso/aggregate.h"
#include "chiso/io/csv_reader.h"
#include "chiso/io/diagnostic_format.h"
#include "chiso/io/framework_reader.h"
#include "chiso/io/number.h"
#include "chiso/io/read_options.h"
#include "chiso/io/scores_reader.h"
#include "chiso/io/tables_reader.h"
#include "io/scores_layout.h"
#include "io/scores_summed.h"

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

// The criteria of data-samples/framework.csv, so that the sample scores files are valid seeds,
// with a few names and aliases for files that name criteria, and one normalised leaf (any
// number) among them.
chiso::Framework sample_framework() {
  struct Row {
    const char* id;
    const char* parent;
    double max;  // 0 for an inner node
    const char* name;
    const char* alias;
  };
  static const Row kRows[] = {
      {"1", "", 0, "Chỉ đạo, điều hành", ""},
      {"1.1", "1", 2.5, "Kế hoạch", "Plan"},
      {"1.2", "1", 3.5, "Báo cáo", "Report"},
      {"1.3", "1", 2.5, "", ""},
      {"1.4", "1", 1.5, "", ""},
      {"1.5", "1", 2, "", ""},
      {"2", "", 0, "Thể chế", ""},
      {"2.1", "2", 3.5, "Văn bản", ""},
      {"2.2", "2", 3, "", ""},
      {"2.3", "2", 3.5, "", ""},
      {"3", "", 0, "", ""},
      {"3.1", "3", 3, "", ""},
      {"3.2", "3", 0, "", ""},
      {"3.2.1", "3.2", 2, "", ""},
      {"3.2.2", "3.2", 2, "", ""},
      {"3.3", "3", 0, "", ""},
      {"3.3.1", "3.3", 6, "", ""},
      {"3.3.2", "3.3", 1.5, "", ""},
      {"3.3.3", "3.3", 2, "", ""},
      {"3.4", "3", 3.5, "", ""},
      {"4", "", 0, "", ""},
      {"4.1", "4", 3.5, "", ""},
      {"4.2", "4", 3.5, "", ""},
      {"4.3", "4", 3, "", ""},
      {"5", "", 0, "", ""},
      {"5.1", "5", 0, "", ""},
      {"5.1.1", "5.1", 2.5, "", ""},
      {"5.1.2", "5.1", 2.5, "", ""},
      {"5.2", "5", 3, "", ""},
      {"5.3", "5", 3, "", ""},
      {"5.4", "5", 5, "", ""},
      {"6", "", 0, "", ""},
      {"6.1", "6", 3.5, "", ""},
      {"6.2", "6", 2.5, "", ""},
      {"6.3", "6", 3, "", ""},
      {"7", "", 0, "", ""},
      {"7.1", "7", 4.5, "", ""},
      {"7.2", "7", 6, "", ""},
      {"7.3", "7", 5, "Số ngày", "Days"},
      {"7.4", "7", 4, "", ""},
      {"7.5", "7", 3.5, "", ""},
  };
  chiso::Diagnostics diagnostics;
  std::vector<chiso::CriterionRow> rows;
  for (const Row& given : kRows) {
    chiso::CriterionRow row;
    row.id = given.id;
    row.parent = given.parent;
    if (given.max > 0) row.max = given.max;
    row.name = given.name;
    if (*given.alias != '\0') row.aliases.push_back(given.alias);
    if (row.id == "7.3") row.normalise = chiso::Normalise::kMinMax;
    rows.push_back(row);
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

// Everything a table holds, to the bit: units, rows with their places, and raw cells in hex.
std::string dump(const chiso::ScoreTable& table) {
  std::ostringstream out;
  for (size_t unit = 0; unit < table.units().size(); ++unit) {
    out << "unit " << unit << " '" << table.units()[unit] << "'";
    if (table.find_unit(table.units()[unit]) != static_cast<int>(unit)) out << " (not found)";
    out << "\n";
  }
  for (int row = 0; row < static_cast<int>(table.rows().size()); ++row) {
    const chiso::UnitYear& unit_year = table.rows()[static_cast<size_t>(row)];
    const chiso::Location where = table.where(row);
    out << "row " << row << ": unit " << unit_year.unit << ", " << unit_year.year << ", at "
        << where.file << ':' << where.line << ':' << where.column;
    if (table.find_row(unit_year.unit, unit_year.year) != row) out << " (not found)";
    out << ":" << std::hex;
    for (int leaf = 0; leaf < table.leaf_count(); ++leaf) {
      out << ' ' << std::bit_cast<std::uint64_t>(table.row_cells(row)[leaf]);
    }
    out << std::dec << "\n";
  }
  return out.str();
}

std::string messages(const chiso::Diagnostics& diagnostics) {
  std::string text;
  for (const chiso::Diagnostic& diagnostic : diagnostics.all()) {
    text += chiso::format_diagnostic(diagnostic) + "\n";
  }
  return text;
}

// Prints what the fast path should have left (the general reader's table and diagnostics, or
// the table as it was before a decline and no diagnostics) beside what it left, and traps.
[[noreturn]] void fail(const char* what, int parts, const std::string& expected_table,
                       const std::string& table, const std::string& expected_problems,
                       const std::string& problems) {
  std::fprintf(
      stderr,
      "scores readers differ: %s (fast path in %d parts)\n--- expected table\n%s--- fast path's "
      "table\n%s--- expected diagnostics\n%s--- fast path's diagnostics\n%s",
      what, parts, expected_table.c_str(), table.c_str(), expected_problems.c_str(),
      problems.c_str());
  __builtin_trap();
}

// Each row of `table` with its result (total, then fields), to the bit.
std::string dump_results(const chiso::ScoreTable& table,
                         const std::vector<chiso::UnitResult>& results) {
  std::ostringstream out;
  for (size_t row = 0; row < table.rows().size(); ++row) {
    const chiso::UnitYear& unit_year = table.rows()[row];
    const chiso::Location where = table.where(static_cast<int>(row));
    out << "'" << table.units()[static_cast<size_t>(unit_year.unit)] << "' " << unit_year.year
        << " at " << where.line << ':' << where.column << ':' << std::hex;
    const chiso::UnitResult& result = results[row];
    out << ' ' << std::bit_cast<std::uint64_t>(result.total.points) << '/'
        << std::bit_cast<std::uint64_t>(result.total.max);
    for (const chiso::Subtotal& field : result.fields) {
      out << ' ' << std::bit_cast<std::uint64_t>(field.points) << '/'
          << std::bit_cast<std::uint64_t>(field.max);
    }
    out << std::dec << "\n";
  }
  return out.str();
}

// Reads `path` with the summing reader and traps unless it declines without a word, or gives
// the rows of the general reader's table, each with aggregate()'s result to the bit, where
// neither the general reader nor check_scores finds anything to report but the header's warnings.
void compare_summing_reader(const std::string& path, const chiso::ScoresSource& source,
                            const chiso::Framework& framework, const chiso::CriterionNames& names) {
  chiso::ScoreTable general(static_cast<int>(framework.leaves().size()));
  chiso::Diagnostics general_diagnostics;
  try {
    read_scores_general(source, framework, names, general, {}, general_diagnostics);
  } catch (const chiso::InputError& error) {
    general_diagnostics.error({path, 0, 0}, error.what());
  }
  const std::string read_problems = messages(general_diagnostics);
  if (!general_diagnostics.has_errors()) check_scores(framework, general, general_diagnostics);
  const bool checks_quiet = messages(general_diagnostics) == read_problems;
  std::string expected;
  if (!general_diagnostics.has_errors()) {
    std::vector<chiso::UnitResult> by_row(general.rows().size());
    for (int year : general.years()) {
      std::vector<chiso::UnitResult> results = chiso::aggregate(framework, general, year);
      size_t next = 0;
      for (size_t row = 0; row < general.rows().size(); ++row) {
        if (general.rows()[row].year == year) by_row[row] = results[next++];
      }
    }
    expected = dump_results(general, by_row);
  }
  for (int parts : {1, 2, 3}) {
    chiso::Diagnostics diagnostics;
    std::optional<chiso::SummedScores> summed =
        chiso::read_summed_fast(source, framework, names, 0, diagnostics, {parts});
    if (!summed) {
      if (!messages(diagnostics).empty())
        fail("summing declined but reported", parts, "", "", "", messages(diagnostics));
      continue;
    }
    if (general_diagnostics.has_errors() || !checks_quiet) {
      fail("summing accepted a file with something to report", parts, expected, "",
           messages(general_diagnostics), messages(diagnostics));
    }
    std::vector<chiso::UnitResult> results;
    for (size_t row = 0; row < summed->table.rows().size(); ++row) {
      results.push_back(summed->sums.result(summed->table, static_cast<int>(row), true));
    }
    const std::string got = dump_results(summed->table, results);
    if (got != expected || messages(diagnostics) != read_problems ||
        summed->table.units() != general.units()) {
      fail("summing gave other rows or results", parts, expected, got, read_problems,
           messages(diagnostics));
    }
  }
}

// Reads `path` with both scores readers and traps when the fast path breaks its contract.
void compare_scores_readers(const std::string& path, unsigned variant) {
  static const chiso::Framework small = fuzz_framework();
  static const chiso::Framework sample = sample_framework();
  static const chiso::CriterionNames small_names = chiso::criterion_names(small);
  static const chiso::CriterionNames sample_names = chiso::criterion_names(sample);
  static const std::string earlier_path = [] {
    const std::string earlier = "/tmp/chiso-fuzz-" + std::to_string(::getpid()) + "-earlier.csv";
    std::ofstream(earlier, std::ios::binary | std::ios::trunc) << "unit,year,criterion,score\n"
                                                                  "Sở Nội vụ,2022,1.1,1\n"
                                                                  "A,2022,1.1,2\n"
                                                                  "Sở Tư pháp,2021,1.2,n/a\n"
                                                                  "Sở Nội vụ,2021,1.2,0.5\n";
    return earlier;
  }();
  const bool with_sample = (variant & 1) != 0;
  const chiso::ScoresSource source{path,
                                   (variant & 2) != 0 ? std::optional<int>(2022) : std::nullopt};
  const bool with_earlier = (variant & 4) != 0;
  const chiso::Framework& framework = with_sample ? sample : small;
  const chiso::CriterionNames& names = with_sample ? sample_names : small_names;
  const int leaves = static_cast<int>(framework.leaves().size());
  auto read_earlier = [&](chiso::ScoreTable& table) {
    chiso::Diagnostics ignored;
    if (with_earlier) {
      read_scores_general({earlier_path, std::nullopt}, framework, names, table, {}, ignored);
    }
  };

  chiso::ScoreTable general(leaves);
  read_earlier(general);
  chiso::Diagnostics general_diagnostics;
  try {
    read_scores_general(source, framework, names, general, {}, general_diagnostics);
  } catch (const chiso::InputError& error) {
    general_diagnostics.append(error.diagnostics());
    if (error.diagnostics().empty()) general_diagnostics.error({path, 0, 0}, error.what());
  }
  const std::string general_table = dump(general);
  const std::string general_problems = messages(general_diagnostics);
  if (!with_earlier) compare_summing_reader(path, source, framework, names);

  for (int parts : {1, 2, 3}) {
    chiso::ScoreTable fast(leaves);
    read_earlier(fast);
    const std::string before = dump(fast);
    chiso::Diagnostics fast_diagnostics;
    const bool accepted =
        read_scores_fast(source, framework, names, 0, fast, fast_diagnostics, {parts});
    const std::string fast_table = dump(fast);
    const std::string fast_problems = messages(fast_diagnostics);
    if (!accepted && (fast_table != before || !fast_problems.empty())) {
      fail("declined but changed the table or the diagnostics", parts, before, fast_table, "",
           fast_problems);
    }
    if (accepted && general_diagnostics.has_errors()) {
      fail("accepted a file in which the general reader finds an error", parts, general_table,
           fast_table, general_problems, fast_problems);
    }
    if (accepted && (fast_table != general_table || fast_problems != general_problems)) {
      fail("accepted but built another table", parts, general_table, fast_table, general_problems,
           fast_problems);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  static const chiso::Framework framework = fuzz_framework();
  static const std::string path = "/tmp/chiso-fuzz-" + std::to_string(::getpid()) + ".csv";
  if (size == 0) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const int reader = data[0] % 6;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  compare_scores_readers(path, data[0] / 6u);
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
  chiso::Diagnostics diagnostics;
  const chiso::ReadOptions options;
  read_refusing([&] {
    chiso::ScoreTable table(static_cast<int>(framework.leaves().size()));
    switch (reader) {
      case 1:
        (void)chiso::read_framework(path, options, diagnostics);
        break;
      case 2:
        chiso::read_scores({path, 2022}, framework, table, options, diagnostics);
        break;
      case 3:
        (void)chiso::read_units(path, options, diagnostics);
        break;
      case 4:
        (void)chiso::read_bands(path, options, diagnostics);
        break;
      default:
        (void)chiso::read_previous(path, options, diagnostics);
        break;
    }
  });
  return 0;
}

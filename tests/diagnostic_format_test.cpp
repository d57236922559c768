// Tests of diagnostic_format: the GNU form, and listings capped with counts that add up.
#include "chiso/io/diagnostic_format.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chiso/message.h"

using namespace chiso;

namespace {

std::vector<Diagnostic> many(Severity severity, int count, int first_line = 1) {
  std::vector<Diagnostic> out;
  for (int i = 0; i < count; ++i)
    out.push_back({{"u.csv", first_line + i, 1}, severity, "problem"});
  return out;
}

// The lines of `text`, without their '\n'.
std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("diagnostic_format: a note names no severity of the input") {
  CHECK(format_diagnostic({{"u.csv", 0, 0}, Severity::kNote, "stopped reading"}) ==
        "u.csv: note: stopped reading");
}

TEST_CASE("diagnostic_format: up to 50 errors and 50 warnings are listed in full") {
  std::vector<Diagnostic> all = many(Severity::kError, 50);
  const std::vector<Diagnostic> warnings = many(Severity::kWarning, 50, 100);
  all.insert(all.end(), warnings.begin(), warnings.end());
  const std::vector<std::string> listed = lines(format_diagnostics(all));
  CHECK(listed.size() == 100);
  CHECK(listed.front() == "u.csv:1:1: error: problem");
  CHECK(listed.back() == "u.csv:149:1: warning: problem");
  CHECK(count_line(all) == "50 errors, 50 warnings");
}

TEST_CASE("diagnostic_format: past 50, the rest is counted, so that listed and left out add up") {
  std::vector<Diagnostic> all = many(Severity::kWarning, 100000);
  const std::vector<Diagnostic> errors = many(Severity::kError, 51);
  all.insert(all.begin() + 10, errors.begin(), errors.end());
  all.push_back({{"s.csv", 0, 0}, Severity::kNote, "stopped reading after 50 errors"});
  const std::vector<std::string> listed = lines(format_diagnostics(all));
  REQUIRE(listed.size() == 50 + 50 + 1 + 2);
  CHECK(listed[10] == "u.csv:1:1: error: problem");
  CHECK(listed[100] == "s.csv: note: stopped reading after 50 errors");
  CHECK(listed[101] == "chiso: …and 1 more error");
  CHECK(listed[102] == "chiso: …and 99,950 more warnings");
  CHECK(count_line(all) == "51 errors, 100,000 warnings");
  CHECK(count_line(many(Severity::kError, 1)) == "1 error, 0 warnings");
  CHECK(count_line({}) == "0 errors, 0 warnings");
}

TEST_CASE("diagnostic_format: Diagnostics counts errors and warnings, not notes") {
  Diagnostics diagnostics;
  diagnostics.error({}, "e");
  diagnostics.warning({}, "w");
  diagnostics.note({}, "n");
  diagnostics.append(many(Severity::kWarning, 2));
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.warning_count() == 3);
  CHECK(diagnostics.all().size() == 5);
}

namespace {

// The catalogue's translations of the words of a listing, as po/vi.po gives them.
const char* to_vietnamese(const char* english) {
  const std::string text = english;
  if (text == ",") return ".";
  if (text == "error") return "lỗi";
  if (text == "warning") return "cảnh báo";
  if (text == "{} error" || text == "{} errors") return "{} lỗi";
  if (text == "{} warning" || text == "{} warnings") return "{} cảnh báo";
  if (text == "…and {} more warnings") return "…và {} cảnh báo khác";
  return english;
}

}  // namespace

TEST_CASE(
    "diagnostic_format: in Vietnamese, the severities and counts are translated and counts "
    "grouped with '.'") {
  std::vector<Diagnostic> all = many(Severity::kWarning, 1051);
  all.push_back({{"u.csv", 7, 2}, Severity::kError, "problem"});
  set_translator(to_vietnamese);
  const std::vector<std::string> listed = lines(format_diagnostics(all));
  const std::string counts = count_line(all);
  set_translator(nullptr);
  REQUIRE(listed.size() == 50 + 1 + 1);
  CHECK(listed[0] == "u.csv:1:1: cảnh báo: problem");
  CHECK(listed[50] == "u.csv:7:2: lỗi: problem");
  CHECK(listed[51] == "chiso: …và 1.001 cảnh báo khác");
  CHECK(counts == "1 lỗi, 1.051 cảnh báo");
}

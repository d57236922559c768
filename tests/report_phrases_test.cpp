// Tests of the phrase tables: every phrase, in each language, is plain text that any output
// format can use as it is (the rule at the top of report_phrases.h).
#include "io/report_phrases.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "io/analysis_phrases.h"
#include "io/change_words.h"
#include "io/markdown_text.h"
#include "io/robustness_phrases.h"

namespace chiso {
namespace {

const Language kLanguages[] = {Language::kVietnamese, Language::kEnglish};

// Why `text` is not a plain phrase, or "" when it is.
std::string markup_in(std::string_view text) {
  if (text.find("**") != std::string_view::npos) return "emphasis '**'";
  if (text.find('|') != std::string_view::npos) return "a table's '|'";
  if (text.starts_with('#')) return "a heading's '#'";
  if (text.starts_with("- ")) return "a list's '- '";
  if (text.find('\\') != std::string_view::npos) return "a backslash";
  if (text.find('`') != std::string_view::npos) return "a code span's '`'";
  if (text.find('\n') != std::string_view::npos) return "a line break";
  if (markdown_text(text) != text) return "a character Markdown or HTML would escape";
  return "";
}

// One line for each phrase of `phrases` that is missing or not plain: "name: why: text".
std::string faults(const std::vector<NamedPhrase>& phrases) {
  std::string lines;
  for (const NamedPhrase& phrase : phrases) {
    const std::string why = phrase.text == nullptr ? "missing" : markup_in(phrase.text);
    if (why.empty()) continue;
    lines += std::string(phrase.name) + ": " + why + ": " + (phrase.text ? phrase.text : "") + "\n";
  }
  return lines;
}

TEST_CASE("report_phrases: the check finds each mark of Markdown a phrase must not hold") {
  CHECK(markup_in("Tăng {n} bậc; chiếm {share}% (1, 2, 2, 4). = giữ nguyên ↑{n}") == "");
  CHECK(markup_in("Sở A - Sở B #1") == "");
  CHECK(markup_in("{unit}: **tăng {change}**") == "emphasis '**'");
  CHECK(markup_in("| Hạng | Đơn vị |") == "a table's '|'");
  CHECK(markup_in("## Ghi chú phương pháp") == "a heading's '#'");
  CHECK(markup_in("# {title} năm {year}") == "a heading's '#'");
  CHECK(markup_in("- {unit}: đổi tên từ {old}") == "a list's '- '");
  CHECK(markup_in("Sở A\\_B") == "a backslash");
  CHECK(markup_in("không áp dụng (`n/a`)") == "a code span's '`'");
  CHECK(markup_in("Tăng nhiều bậc nhất:\n\n") == "a line break");
  CHECK(markup_in("<b>{unit}</b>") == "a character Markdown or HTML would escape");
  CHECK(markup_in("*{unit}*") == "a character Markdown or HTML would escape");
  CHECK(faults({{"missing", nullptr}, {"plain", "Xếp loại"}}) == "missing: missing: \n");
}

TEST_CASE("report_phrases: every phrase of report.md is plain text, in each language") {
  for (Language language : kLanguages) {
    const ReportPhrases& say = report_phrases(language);
    // Every field but decimal_comma (which takes the room of one pointer) is listed.
    CHECK(phrase_list(say).size() == sizeof(ReportPhrases) / sizeof(const char*) - 1);
    CHECK(faults(phrase_list(say)) == "");
  }
}

TEST_CASE("report_phrases: every phrase of the analyses and of explain is plain text") {
  for (Language language : kLanguages) {
    const AnalysisPhrases& say = analysis_phrases(language);
    CHECK(phrase_list(say).size() == sizeof(AnalysisPhrases) / sizeof(const char*) - 1);
    CHECK(faults(phrase_list(say)) == "");
  }
}

TEST_CASE("report_phrases: every phrase of compare and history is plain text") {
  for (Language language : kLanguages) {
    const ChangeWording& words = change_wording(language);
    CHECK(phrase_list(words).size() == sizeof(ChangeWording) / sizeof(const char*) - 1);
    CHECK(faults(phrase_list(words)) == "");
    const ComparePhrases& compare = compare_phrases(language);
    CHECK(phrase_list(compare).size() == sizeof(ComparePhrases) / sizeof(const char*));
    CHECK(faults(phrase_list(compare)) == "");
    const HistoryPhrases& history = history_phrases(language);
    CHECK(phrase_list(history).size() == sizeof(HistoryPhrases) / sizeof(const char*));
    CHECK(faults(phrase_list(history)) == "");
  }
}

TEST_CASE("report_phrases: every phrase of robustness.md is plain text") {
  for (Language language : kLanguages) {
    const RobustnessPhrases& say = robustness_phrases(language);
    CHECK(phrase_list(say).size() == sizeof(RobustnessPhrases) / sizeof(const char*));
    CHECK(faults(phrase_list(say)) == "");
  }
}

TEST_CASE("report_phrases: the phrase of a headline is the one named for it") {
  const HeadlinePhrases suffix = report_phrases(Language::kVietnamese).figure_suffix;
  CHECK(std::string(for_headline(suffix, Headline::kIndex)) == "%");
  CHECK(std::string(for_headline(suffix, Headline::kPoints)) == " điểm");
  CHECK(std::string(report_phrases(Language::kEnglish).figure_suffix.score) == "");
}

}  // namespace
}  // namespace chiso

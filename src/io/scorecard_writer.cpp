#include "chiso/io/scorecard_writer.h"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "chiso/io/ranking_writer.h"  // fixed
#include "io/csv_writer.h"
#include "io/html_report.h"
#include "io/report_document.h"
#include "io/scorecard_phrases.h"

namespace chiso {
namespace {

using fmt::arg;

const NationalIndex& index_of(const std::vector<NationalIndex>& indices, const std::string& name) {
  return *find_index(indices, name);
}

std::string number(double value, int decimals, const ScorecardPhrases& say) {
  return fixed(value, decimals, say.decimal_comma);
}

// "85,13%", "43,37/80 điểm", "59,33 điểm": the figure as its index publishes it.
std::string figure_text(double value, double maximum, const NationalIndex& index,
                        const ScorecardPhrases& say) {
  const std::string n = number(value, index.decimals, say);
  if (index.unit == FigureUnit::kPercent)
    return fmt::format(fmt::runtime(say.percent), arg("n", n));
  if (maximum == 100) return fmt::format(fmt::runtime(say.points_100), arg("n", n));
  return fmt::format(fmt::runtime(say.points), arg("n", n),
                     arg("maximum", fmt::format("{}", maximum)));
}

std::string names_list(const std::vector<std::string>& names, const ScorecardPhrases& say) {
  std::string text;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += i + 1 == names.size() ? say.and_word : ", ";
    text += names[i];
  }
  return text;
}

// What the sentence says of the previous year of a merged province or a changed map.
std::string old_map_words(const ScorecardEntry& entry, const ScorecardPhrases& say) {
  const std::string previous = std::to_string(*entry.previous_year);
  if (!entry.is_merged()) {
    const PreviousPlace& old = entry.previous.front();
    return fmt::format(fmt::runtime(say.old_map), arg("previous", previous), arg("rank", old.rank),
                       arg("of", old.of));
  }
  std::vector<std::string> units;
  std::vector<std::string> places;
  for (const PreviousPlace& old : entry.previous) {
    units.push_back(name_text(old.unit));
    places.push_back(fmt::format(fmt::runtime(say.old_place), arg("unit", name_text(old.unit)),
                                 arg("rank", old.rank), arg("of", old.of)));
  }
  return fmt::format(fmt::runtime(say.merged), arg("units", names_list(units, say)),
                     arg("previous", previous),
                     arg("places", fmt::format("{}", fmt::join(places, ", "))));
}

const char* change_phrase(int rank_change, double value_change, bool has_value,
                          const ScorecardChanges& say) {
  if (!has_value || value_change == 0) {
    return rank_change > 0 ? say.rank_up : rank_change < 0 ? say.rank_down : say.rank_same;
  }
  if (value_change > 0) {
    return rank_change > 0   ? say.both_up
           : rank_change < 0 ? say.value_up_rank_down
                             : say.value_up_rank_same;
  }
  return rank_change < 0   ? say.both_down
         : rank_change > 0 ? say.value_down_rank_up
                           : say.value_down_rank_same;
}

// The change from the previous year, with what comes before it: " (tăng 4 bậc so với năm 2021)"
// when it names the rank only, as the articles bracket it, else ", tăng 2,92 điểm và 14 bậc so
// với năm 2021".
std::string change_words(const ScorecardEntry& entry, const NationalIndex& index,
                         const ScorecardPhrases& say) {
  if (!entry.previous_year) return "";
  if (entry.is_merged() || entry.map_changed) return " (" + old_map_words(entry, say) + ")";
  const int rank_change = *entry.rank_change();
  const std::optional<double> value_change = entry.value_change(index.decimals);
  const bool has_value = value_change && *value_change != 0;
  const int n = std::abs(rank_change);
  const std::string places =
      fmt::format(fmt::runtime(n == 1 ? say.places_one : say.places_many), arg("n", n));
  const std::string value =
      has_value ? fmt::format(fmt::runtime(index.unit == FigureUnit::kPercent ? say.percent_change
                                                                              : say.points_change),
                              arg("n", number(std::abs(*value_change), index.decimals, say)))
                : "";
  const std::string words = fmt::format(
      fmt::runtime(change_phrase(rank_change, value_change.value_or(0), has_value, say.changes)),
      arg("places", places), arg("value", value),
      arg("previous", std::to_string(*entry.previous_year)));
  return has_value ? ", " + words : " (" + words + ")";
}

std::string tier_text(const ScorecardEntry& entry, const NationalIndex& index, Language language) {
  const std::vector<std::string>& labels =
      language == Language::kEnglish ? index.tier_labels_en : index.tier_labels_vi;
  if (entry.quartile && *entry.quartile < static_cast<int>(labels.size()))
    return labels[*entry.quartile];
  return entry.tier;
}

std::string cell(const ScorecardEntry& entry, const NationalIndex& index, Language language,
                 const ScorecardPhrases& say) {
  std::string text =
      fmt::format(fmt::runtime(say.cell), arg("rank", entry.rank), arg("of", entry.of));
  if (entry.value) text += " · " + figure_text(*entry.value, entry.maximum, index, say);
  const std::string tier = tier_text(entry, index, language);
  if (!tier.empty()) text += " · " + name_text(tier);
  return text;
}

// The table index × year.
Table scorecard_table(const Scorecard& card, const std::vector<NationalIndex>& indices,
                      const std::set<int>& years, Language language, const ScorecardPhrases& say) {
  Table table;
  table.columns = {{say.index_column}};
  for (int year : years) table.columns.push_back({std::to_string(year), Align::kRight});
  for (size_t first = 0; first < card.entries.size();) {
    const std::string& name = card.entries[first].index_name;
    const NationalIndex& index = index_of(indices, name);
    std::vector<std::string> row = {name_text(index.short_name)};
    size_t next = first;
    for (int year : years) {
      std::string text = say.missing;
      if (next < card.entries.size() && card.entries[next].index_name == name &&
          card.entries[next].year == year) {
        text = cell(card.entries[next++], index, language, say);
      }
      row.push_back(std::move(text));
    }
    table.rows.push_back(std::move(row));
    first = next;
  }
  return table;
}

// Each index's rank over the years, for the HTML scorecard's chart.
RankLinesChart rank_lines(const Scorecard& card, const std::vector<NationalIndex>& indices,
                          const std::set<int>& years) {
  RankLinesChart chart{name_text(card.province), {years.begin(), years.end()}, {}};
  for (const ScorecardEntry& entry : card.entries) {
    if (chart.lines.empty() || chart.lines.back().name != entry.index_name) {
      chart.lines.push_back({entry.index_name, {}});
    }
    chart.lines.back().points.push_back(
        {entry.year, entry.rank, entry.of, entry.rank_change().has_value()});
  }
  for (RankLine& line : chart.lines) line.name = name_text(index_of(indices, line.name).short_name);
  return chart;
}

// The sentence of scorecard_sentence, in document text.
std::string sentence_text(const ScorecardEntry& entry, const NationalIndex& index,
                          Language language, bool with_year) {
  const ScorecardPhrases& say = scorecard_phrases(language);
  const std::string title =
      name_text(language == Language::kEnglish ? index.title_en : index.title_vi);
  const std::string short_name = name_text(index.short_name);
  std::string text = with_year ? fmt::format(fmt::runtime(say.lead_year), arg("title", title),
                                             arg("short", short_name), arg("year", entry.year))
                               : fmt::format(fmt::runtime(say.lead), arg("title", title),
                                             arg("short", short_name));
  if (entry.value) {
    text += fmt::format(fmt::runtime(say.figure),
                        arg("value", figure_text(*entry.value, entry.maximum, index, say)));
  }
  text += fmt::format(fmt::runtime(say.place), arg("rank", entry.rank), arg("of", entry.of));
  const std::string tier = tier_text(entry, index, language);
  if (!tier.empty()) text += fmt::format(fmt::runtime(say.tier), arg("tier", name_text(tier)));
  return text + change_words(entry, index, say);
}

ReportDocument scorecard_document(const Scorecard& card, const std::vector<NationalIndex>& indices,
                                  Language language) {
  const ScorecardPhrases& say = scorecard_phrases(language);
  ReportDocument document;
  document.language = language;
  document.title = fmt::format(fmt::runtime(say.title), arg("province", name_text(card.province)));
  document.heading(1, document.title);
  std::set<int> years;
  std::vector<std::string> names;
  std::vector<const ScorecardEntry*> latest;  // each index's latest year
  for (const ScorecardEntry& entry : card.entries) {
    years.insert(entry.year);
    if (latest.empty() || latest.back()->index_name != entry.index_name) {
      names.push_back(name_text(index_of(indices, entry.index_name).short_name));
      latest.push_back(&entry);
    } else {
      latest.back() = &entry;
    }
  }
  if (years.empty()) return document;
  document.paragraph(
      years.size() == 1
          ? fmt::format(fmt::runtime(say.intro_one), arg("indices", names_list(names, say)),
                        arg("year", *years.begin()))
          : fmt::format(fmt::runtime(say.intro), arg("indices", names_list(names, say)),
                        arg("first", *years.begin()), arg("last", *years.rbegin())));
  document.heading(2, say.table_heading);
  document.table(scorecard_table(card, indices, years, language, say));
  document.add_rank_lines(rank_lines(card, indices, years));
  document.heading(2, say.latest_heading);
  std::optional<int> said_year;
  std::string paragraph;
  for (size_t i = 0; i < latest.size(); ++i) {
    const ScorecardEntry& entry = *latest[i];
    // The year is said once, as the articles say it, and again where an index's latest differs.
    paragraph += sentence_text(entry, index_of(indices, entry.index_name), language,
                               said_year != entry.year);
    said_year = entry.year;
    paragraph += i + 1 == latest.size() ? "." : "; ";
  }
  // English sentences start in lower case to follow "; ": the paragraph's first letter is raised.
  if (paragraph[0] >= 'a' && paragraph[0] <= 'z') paragraph[0] -= 'a' - 'A';
  document.paragraph(std::move(paragraph));
  return document;
}

}  // namespace

std::string scorecard_sentence(const ScorecardEntry& entry, const NationalIndex& index,
                               Language language, bool with_year) {
  return markdown_document_text(sentence_text(entry, index, language, with_year));
}

std::string scorecard_markdown(const Scorecard& card, const std::vector<NationalIndex>& indices,
                               Language language) {
  return markdown_document(scorecard_document(card, indices, language));
}

ReportTexts scorecard_texts(const Scorecard& card, const std::vector<NationalIndex>& indices,
                            Language language, bool markdown, bool html) {
  const ReportDocument document = scorecard_document(card, indices, language);
  ReportTexts texts;
  if (markdown) texts.markdown = markdown_document(document);
  if (html) texts.html = html_document(document);
  return texts;
}

std::string scorecard_csv(const Scorecard& card, const std::vector<NationalIndex>& indices) {
  std::string out = "index_name,year,value,scale,rank,of,rank_change,value_change,tier,unit\n";
  for (const ScorecardEntry& entry : card.entries) {
    const NationalIndex& index = index_of(indices, entry.index_name);
    const std::optional<int> rank_change = entry.rank_change();
    const std::optional<double> value_change = entry.value_change(index.decimals);
    fmt::format_to(
        std::back_inserter(out), "{},{},{},{},{},{},{},{},{},{}\n", csv_field(entry.index_name),
        entry.year, entry.value ? fixed(*entry.value, index.decimals) : "",
        fmt::format("{}", entry.maximum), entry.rank, entry.of,
        rank_change ? std::to_string(*rank_change) : "",
        value_change ? fixed(*value_change, index.decimals) : "",
        csv_field(tier_text(entry, index, Language::kVietnamese)), csv_field(card.province));
  }
  return out;
}

}  // namespace chiso

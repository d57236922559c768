// The writers of chiso robustness: robustness.csv, discrimination.csv and the Markdown section.
#include "chiso/io/robustness_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "io/change_words.h"
#include "io/csv_writer.h"
#include "io/html_report.h"
#include "io/report_document.h"
#include "io/robustness_phrases.h"

namespace chiso {
namespace {

using fmt::arg;
using fmt::runtime;

// The units of `year` by group, in the order of the groups.
std::vector<std::vector<const UnitRobustness*>> by_group(const YearRobustness& year) {
  std::vector<std::vector<const UnitRobustness*>> groups(year.groups.size());
  size_t g = 0;
  for (const UnitRobustness& unit : year.units) {
    while (year.groups[g] != unit.group) ++g;
    groups[g].push_back(&unit);
  }
  return groups;
}

Table group_table(const std::vector<const UnitRobustness*>& units, bool has_bands,
                  const RobustnessPhrases& say, bool comma) {
  Table table;
  table.columns = {{say.col_rank, Align::kRight},
                   {say.col_unit, Align::kLeft, true},
                   {say.col_median, Align::kRight},
                   {say.col_interval, Align::kRight},
                   {say.col_shift, Align::kRight}};
  if (has_bands) {
    table.columns.push_back({say.col_band});
    table.columns.push_back({say.col_band_kept, Align::kRight});
  }
  for (const UnitRobustness* unit : units) {
    std::vector<std::string> row{std::to_string(unit->rank), name_text(unit->unit),
                                 std::to_string(unit->median_rank),
                                 fmt::format(runtime(say.interval), arg("low", unit->rank_low),
                                             arg("high", unit->rank_high)),
                                 fixed(unit->mean_abs_shift, 2, comma)};
    if (has_bands) {
      row.push_back(name_text(unit->band));
      row.push_back(unit->band_kept ? fixed(*unit->band_kept, 1, comma) : "");
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

// "Widest rank intervals: …": the three widest intervals of more than one rank.
std::string widest_sentence(std::vector<const UnitRobustness*> units,
                            const RobustnessPhrases& say) {
  std::stable_sort(units.begin(), units.end(),
                   [](const UnitRobustness* a, const UnitRobustness* b) {
                     return a->rank_high - a->rank_low > b->rank_high - b->rank_low;
                   });
  std::vector<std::string> items;
  for (const UnitRobustness* unit : units) {
    if (items.size() == 3 || unit->rank_high == unit->rank_low) break;
    items.push_back(fmt::format(runtime(say.widest_item), arg("unit", name_text(unit->unit)),
                                arg("rank", unit->rank), arg("low", unit->rank_low),
                                arg("high", unit->rank_high)));
  }
  if (items.empty()) return say.all_settled;
  return fmt::format(runtime(say.widest), arg("units", fmt::join(items, "; ")));
}

// The unsettled pairs a group's sentence names (a province's groups have fewer); the others are
// counted, as a national group may have thousands.
constexpr size_t kMostPairs = 30;

// Neighbours in rank order whose intervals each hold the other's rank.
std::string unsettled_sentence(const std::vector<const UnitRobustness*>& units,
                               const RobustnessPhrases& say) {
  std::vector<std::string> pairs;
  size_t more = 0;
  for (size_t i = 1; i < units.size(); ++i) {
    const UnitRobustness& a = *units[i - 1];
    const UnitRobustness& b = *units[i];
    const bool a_holds_b = a.rank_low <= b.rank && b.rank <= a.rank_high;
    const bool b_holds_a = b.rank_low <= a.rank && a.rank <= b.rank_high;
    if (!a_holds_b || !b_holds_a) continue;
    if (pairs.size() == kMostPairs) {
      ++more;
      continue;
    }
    pairs.push_back(fmt::format(runtime(say.pair), arg("first", name_text(a.unit)),
                                arg("first_rank", a.rank), arg("second", name_text(b.unit)),
                                arg("second_rank", b.rank)));
  }
  if (pairs.empty()) return say.no_unsettled;
  if (more > 0) pairs.push_back(fmt::format(runtime(say.more_pairs), arg("more", more)));
  return fmt::format(runtime(say.unsettled), arg("pairs", fmt::join(pairs, "; ")));
}

std::vector<std::string> settings_list(const RobustnessReport& report, const RobustnessPhrases& say,
                                       bool comma) {
  const RobustnessSettings& settings = report.settings;
  const std::string not_applicable = code_text("n/a");
  std::vector<std::string> items;
  items.push_back(
      fmt::format(runtime(say.runs), arg("runs", settings.runs), arg("seed", settings.seed)));
  items.push_back(settings.weights > 0
                      ? fmt::format(runtime(say.weights),
                                    arg("low", fixed(1 - settings.weights / 100, 2, comma)),
                                    arg("high", fixed(1 + settings.weights / 100, 2, comma)))
                      : say.no_weights);
  items.push_back(settings.noise > 0 ? fmt::format(runtime(say.noise),
                                                   arg("noise", fixed(settings.noise, 2, comma)),
                                                   arg("not_applicable", not_applicable))
                                     : say.no_noise);
  items.push_back(fmt::format(
      runtime(settings.vary_not_applicable ? say.vary_not_applicable : say.keep_not_applicable),
      arg("not_applicable", not_applicable)));
  items.push_back(fmt::format(runtime(say.same_rules), arg("decimals", report.decimals)));
  items.push_back(say.percentiles);
  items.push_back(fmt::format(runtime(say.generator), arg("generator", code_text("xoshiro256**"))));
  return items;
}

Table flat_table(const YearRobustness& year, const Framework& framework,
                 const RobustnessPhrases& say, int decimals, bool comma) {
  Table table;
  table.columns = {{say.col_criterion},
                   {say.col_name, Align::kLeft, true},
                   {say.col_reason},
                   {say.col_points, Align::kRight},
                   {say.col_max, Align::kRight},
                   {say.col_units, Align::kRight}};
  for (const FlatCriterion& flat : year.flat) {
    const Criterion& criterion = framework.node(flat.node);
    table.rows.push_back({name_text(criterion.id), name_text(criterion.name),
                          flat.at_maximum ? say.at_maximum : say.same_points,
                          fixed(flat.points, decimals, comma),
                          fixed(criterion.max, decimals, comma), std::to_string(flat.units)});
  }
  return table;
}

Table correlation_table(const YearRobustness& year, const Framework& framework,
                        const RobustnessPhrases& say, bool comma) {
  const std::vector<int>& fields = framework.fields();
  const size_t n = fields.size();
  std::vector<std::vector<std::string>> cells(n, std::vector<std::string>(n));
  for (size_t f = 0; f < n; ++f) cells[f][f] = fixed(1, 2, comma);
  for (const FieldCorrelation& pair : year.correlations) {
    std::string cell = pair.r ? fixed(*pair.r, 2, comma) : say.not_defined;
    if (pair.units != static_cast<int>(year.units.size()))
      cell += " " + fmt::format(runtime(say.units_note), arg("units", pair.units));
    cells[static_cast<size_t>(pair.first)][static_cast<size_t>(pair.second)] = cell;
    cells[static_cast<size_t>(pair.second)][static_cast<size_t>(pair.first)] = cell;
  }
  Table table;
  table.columns = {{say.col_field, Align::kLeft, true}};
  for (int field : fields)
    table.columns.push_back({name_text(framework.node(field).id), Align::kRight});
  for (size_t f = 0; f < n; ++f) {
    const Criterion& field = framework.node(fields[f]);
    std::vector<std::string> row{name_text(field.id + ". " + field.name)};
    row.insert(row.end(), cells[f].begin(), cells[f].end());
    table.rows.push_back(std::move(row));
  }
  return table;
}

IntervalChart interval_chart(const std::vector<const UnitRobustness*>& units, std::string group,
                             int year, int runs) {
  IntervalChart chart{std::move(group), year, runs, {}};
  for (const UnitRobustness* unit : units) {
    chart.units.push_back(
        {unit->unit, unit->rank, unit->median_rank, unit->rank_low, unit->rank_high});
  }
  return chart;
}

ReportDocument robustness_document(const std::vector<YearRobustness>& years,
                                   const Framework& framework, const RobustnessReport& report) {
  const RobustnessPhrases& say = robustness_phrases(report.language);
  const ChangeWords words(report.language, 2);
  const bool comma = report.language == Language::kVietnamese;
  const std::string title =
      report.title.empty() ? report_phrases(report.language).default_title : report.title;
  ReportDocument document;
  document.language = report.language;
  for (const YearRobustness& year : years) {
    const std::string heading =
        fmt::format(runtime(say.title), arg("title", name_text(title)), arg("year", year.year));
    if (document.title.empty()) document.title = heading;
    document.heading(1, heading);
    document.paragraph(fmt::format(runtime(say.intro), arg("units", words.units(year.units.size())),
                                   arg("groups", words.groups(year.groups.size())),
                                   arg("runs", report.settings.runs)));
    const std::vector<std::vector<const UnitRobustness*>> groups = by_group(year);
    for (size_t g = 0; g < groups.size(); ++g) {
      const std::string group = name_text(words.group_name(year.groups[g], year.groups.size()));
      document.heading(2, group);
      document.paragraph(fmt::format(runtime(say.group_shift),
                                     arg("shift", fixed(year.group_mean_shift[g], 2, comma))));
      document.table(group_table(groups[g], year.has_bands, say, comma));
      document.add_intervals(interval_chart(groups[g], group, year.year, report.settings.runs));
      document.paragraph(widest_sentence(groups[g], say));
      document.paragraph(unsettled_sentence(groups[g], say));
    }
    document.heading(2, say.settings_heading);
    document.list(settings_list(report, say, comma));
    document.heading(2, say.discrimination_heading);
    document.heading(3, say.flat_heading);
    if (year.flat.empty()) {
      document.paragraph(say.no_flat);
    } else {
      document.table(flat_table(year, framework, say, report.decimals, comma));
    }
    if (framework.fields().size() > 1) {
      document.heading(3, say.correlation_heading);
      document.paragraph(fmt::format(runtime(say.correlation_intro),
                                     arg("units", words.units(year.units.size()))));
      document.table(correlation_table(year, framework, say, comma));
    }
  }
  return document;
}

}  // namespace

std::string robustness_csv(const std::vector<YearRobustness>& years, const CsvStyle& style) {
  CsvWriter csv(style);
  for (const char* header : {"year", "group", "unit", "rank", "median_rank", "rank_low",
                             "rank_high", "mean_abs_shift", "band", "band_kept"})
    csv.text(header);
  csv.end_row();
  for (const YearRobustness& year : years) {
    for (const UnitRobustness& unit : year.units) {
      csv.integer(year.year);
      csv.text(unit.group);
      csv.text(unit.unit);
      csv.integer(unit.rank);
      csv.integer(unit.median_rank);
      csv.integer(unit.rank_low);
      csv.integer(unit.rank_high);
      csv.number(unit.mean_abs_shift, 2);
      csv.text(unit.band);
      if (unit.band_kept) {
        csv.number(*unit.band_kept, 1);
      } else {
        csv.text("");
      }
      csv.end_row();
    }
  }
  return csv.take();
}

std::string discrimination_csv(const std::vector<YearRobustness>& years, const Framework& framework,
                               const CsvStyle& style, int decimals) {
  CsvWriter csv(style);
  for (const char* header :
       {"year", "kind", "criterion", "name", "other", "other_name", "value", "units"})
    csv.text(header);
  csv.end_row();
  for (const YearRobustness& year : years) {
    for (const FlatCriterion& flat : year.flat) {
      const Criterion& criterion = framework.node(flat.node);
      csv.integer(year.year);
      csv.text(flat.at_maximum ? "at_maximum" : "same_points");
      csv.text(criterion.id);
      csv.text(criterion.name);
      csv.text("");
      csv.text("");
      csv.number(flat.points, decimals);
      csv.integer(flat.units);
      csv.end_row();
    }
    for (const FieldCorrelation& pair : year.correlations) {
      const Criterion& first = framework.node(framework.fields()[pair.first]);
      const Criterion& second = framework.node(framework.fields()[pair.second]);
      csv.integer(year.year);
      csv.text("correlation");
      csv.text(first.id);
      csv.text(first.name);
      csv.text(second.id);
      csv.text(second.name);
      if (pair.r) {
        csv.number(*pair.r, 3);
      } else {
        csv.text("");
      }
      csv.integer(pair.units);
      csv.end_row();
    }
  }
  return csv.take();
}

std::string robustness_markdown(const std::vector<YearRobustness>& years,
                                const Framework& framework, const RobustnessReport& report) {
  return markdown_document(robustness_document(years, framework, report));
}

ReportTexts robustness_texts(const std::vector<YearRobustness>& years, const Framework& framework,
                             const RobustnessReport& report) {
  const ReportDocument document = robustness_document(years, framework, report);
  return {markdown_document(document), html_document(document)};
}

}  // namespace chiso

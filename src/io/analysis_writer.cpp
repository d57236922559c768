#include "chiso/io/analysis_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "io/analysis_phrases.h"
#include "io/csv_writer.h"
#include "io/group_analysis.h"
#include "io/markdown_table.h"
#include "io/markdown_text.h"
#include "io/report_document.h"

namespace chiso {
namespace {

std::string signed_text(double value, int decimals, bool comma) {
  std::string text = fixed(value, decimals, comma);
  return text[0] == '-' || text.find_first_not_of("0.,") == std::string::npos ? text : "+" + text;
}

// Names, each as markdown_text, ", "-joined.
std::string markdown_list(const std::vector<std::string>& names) {
  std::string text;
  for (size_t i = 0; i < names.size(); ++i) text += (i == 0 ? "" : ", ") + markdown_text(names[i]);
  return text;
}

std::string units_text(size_t count, const AnalysisPhrases& say) {
  return fmt::format(fmt::runtime(count == 1 ? say.units_one : say.units_many),
                     fmt::arg("n", count));
}

// Names as document text (name_text), ", "-joined.
std::string name_list(const std::vector<std::string>& names) {
  std::string text;
  for (size_t i = 0; i < names.size(); ++i) text += (i == 0 ? "" : ", ") + name_text(names[i]);
  return text;
}

void add_self_assessment(ReportDocument& document, const GroupSelfAssessment& self,
                         const Framework& framework, const AnalysisPhrases& say, int decimals) {
  auto number = [&](double value) { return fixed(value, decimals, say.decimal_comma); };
  document.heading(3, say.self_heading);
  document.paragraph(fmt::format(fmt::runtime(say.self_means),
                                 fmt::arg("units", units_text(self.units.size(), say)),
                                 fmt::arg("self", number(self.mean_self)),
                                 fmt::arg("appraised", number(self.mean_appraised))));
  if (!self.missing.empty()) {
    document.paragraph(
        fmt::format(fmt::runtime(say.self_missing), fmt::arg("units", name_list(self.missing))));
  }
  if (self.overshot.empty()) {
    document.paragraph(say.no_overshot);
  } else {
    document.paragraph(say.overshot_heading);
    std::vector<std::string> items;
    for (const SelfGap& gap : self.overshot) {
      items.push_back(fmt::format(
          fmt::runtime(say.overshot_line), fmt::arg("unit", name_text(gap.unit)),
          fmt::arg("self", number(gap.self.points)),
          fmt::arg("appraised", number(gap.appraised.points)),
          fmt::arg("gap", signed_text(gap.gap_points(), decimals, say.decimal_comma)),
          fmt::arg("gap_index", signed_text(gap.gap_index(), decimals, say.decimal_comma))));
    }
    document.list(std::move(items));
  }
  if (!self.disagreements.empty()) {
    document.paragraph(say.disputed_heading);
    std::vector<std::string> items;
    for (const Disagreement& disagreement : self.disagreements) {
      const Criterion& node = framework.node(disagreement.node);
      items.push_back(fmt::format(
          fmt::runtime(say.disputed_line), fmt::arg("id", name_text(node.id)),
          fmt::arg("name", name_text(node.name)), fmt::arg("units", disagreement.units)));
    }
    document.list(std::move(items));
  }
}

// The unit's points in each field.
std::string explained_fields(const Explanation& explanation, const Framework& framework,
                             const AnalysisPhrases& say, int decimals) {
  auto number = [&](double value) { return fixed(value, decimals, say.decimal_comma); };
  const UnitFieldColumns& columns = say.explain_field_columns;
  std::vector<std::vector<std::string>> rows;
  for (const UnitCriterion& field : explanation.fields) {
    const Criterion& node = framework.node(field.node);
    rows.push_back({markdown_text(node.id), markdown_text(node.name), number(field.subtotal.points),
                    number(field.subtotal.max), number(field.lost())});
  }
  return markdown_table({{columns.field},
                         {columns.name},
                         {columns.points, true},
                         {columns.maximum, true},
                         {columns.lost, true}},
                        rows);
}

// The criteria below the fields, each with its level and owner.
std::string explained_criteria(const Explanation& explanation, const Framework& framework,
                               const AnalysisPhrases& say, int decimals) {
  auto number = [&](double value) { return fixed(value, decimals, say.decimal_comma); };
  const UnitCriterionColumns& columns = say.explain_criterion_columns;
  std::vector<std::vector<std::string>> rows;
  for (const UnitCriterion& criterion : explanation.criteria) {
    if (criterion.level == 1) continue;
    const Criterion& node = framework.node(criterion.node);
    rows.push_back({markdown_text(node.id), std::to_string(criterion.level),
                    markdown_text(node.name), number(criterion.subtotal.points),
                    number(criterion.subtotal.max), number(criterion.lost()),
                    markdown_text(node.owner)});
  }
  return markdown_table({{columns.criterion},
                         {columns.level, true},
                         {columns.name},
                         {columns.points, true},
                         {columns.maximum, true},
                         {columns.lost, true},
                         {columns.owner}},
                        rows);
}

// Each field's part in the change of the index since last year.
std::string explained_contributions(const Explanation& explanation, const Framework& framework,
                                    const AnalysisPhrases& say, int decimals) {
  // Largest moves first, up or down; ties in framework order.
  std::vector<size_t> order(explanation.contributions.size());
  for (size_t f = 0; f < order.size(); ++f) order[f] = f;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::abs(explanation.contributions[a]) > std::abs(explanation.contributions[b]) + 1e-9;
  });
  std::vector<std::vector<std::string>> rows;
  for (size_t f : order) {
    const Criterion& node = framework.node(framework.fields()[f]);
    rows.push_back({markdown_text(node.id), markdown_text(node.name),
                    signed_text(explanation.contributions[f], decimals, say.decimal_comma)});
  }
  const ContributionColumns& columns = say.change_columns;
  return markdown_table({{columns.field}, {columns.name}, {columns.contribution, true}}, rows);
}

}  // namespace

std::string lost_points_csv(const std::vector<RankedYear>& years, const Framework& framework,
                            const CsvStyle& style, int decimals) {
  CsvWriter csv(style);
  for (const char* name :
       {"year", "group", "level", "id", "name", "owner", "max", "points_lost", "units_losing",
        "units", "share_losing", "achievement", "contribution"}) {
    csv.text(name);
  }
  csv.end_row();
  for (const RankedYear& ranked : years) {
    const YearAnalysis& year = ranked.analysis;
    for (const GroupLosses& group : year.losses) {
      for (const CriterionLoss& loss : group.criteria) {
        const Criterion& node = framework.node(loss.node);
        csv.integer(year.year);
        csv.text(group.group);
        csv.integer(loss.level);
        csv.text(node.id);
        csv.text(node.name);
        csv.text(node.owner);
        csv.number(node.max, decimals);
        csv.number(loss.lost(), decimals);
        csv.integer(loss.units_losing);
        csv.integer(loss.units);
        csv.number(loss.units > 0 ? 100.0 * loss.units_losing / loss.units : 0.0, 2);
        csv.number(loss.achievement(), 2);
        auto field = std::find(framework.fields().begin(), framework.fields().end(), loss.node);
        if (loss.level == 1 && !group.contributions.empty() && field != framework.fields().end()) {
          csv.number(group.contributions[static_cast<size_t>(field - framework.fields().begin())],
                     decimals);
        } else {
          csv.text("");
        }
        csv.end_row();
      }
    }
  }
  return csv.take();
}

std::string self_assessment_csv(const std::vector<RankedYear>& years, const CsvStyle& style,
                                int decimals) {
  CsvWriter csv(style);
  for (const char* name : {"year", "group", "unit", "self_points", "appraised_points", "max",
                           "gap_points", "self_index", "appraised_index", "gap_index"}) {
    csv.text(name);
  }
  csv.end_row();
  for (const RankedYear& ranked : years) {
    const YearAnalysis& year = ranked.analysis;
    for (const GroupSelfAssessment& group : year.self) {
      for (const SelfGap& gap : group.units) {
        csv.integer(year.year);
        csv.text(group.group);
        csv.text(gap.unit);
        csv.number(gap.self.points, decimals);
        csv.number(gap.appraised.points, decimals);
        csv.number(gap.appraised.max, decimals);
        csv.number(gap.gap_points(), decimals);
        csv.number(gap.self.index(), decimals);
        csv.number(gap.appraised.index(), decimals);
        csv.number(gap.gap_index(), decimals);
        csv.end_row();
      }
    }
  }
  return csv.take();
}

void add_group_analysis(ReportDocument& document, const YearAnalysis& analysis, size_t group_index,
                        const Framework& framework, Language language, int decimals) {
  const AnalysisPhrases& say = analysis_phrases(language);
  auto number = [&](double value) { return fixed(value, decimals, say.decimal_comma); };
  const GroupLosses& losses = analysis.losses[group_index];

  // The criteria that cost most: leaves only, since a field or an inner criterion only adds up
  // its children's losses.
  document.heading(3, say.lost_heading);
  const LostColumns& lost_columns = say.lost_columns;
  Table lost{{{lost_columns.criterion},
              {lost_columns.name, Align::kLeft, true},
              {lost_columns.lost, Align::kRight},
              {lost_columns.units_losing, Align::kRight},
              {lost_columns.achieved, Align::kRight},
              {lost_columns.owner, Align::kLeft, true}}};
  for (const CriterionLoss& loss : losses.criteria) {
    const Criterion& node = framework.node(loss.node);
    if (!node.is_leaf() || loss.lost() <= kPointsEpsilon || lost.rows.size() == kLossesShown)
      continue;
    lost.rows.push_back({name_text(node.id), name_text(node.name), number(loss.lost()),
                         fmt::format("{}/{}", loss.units_losing, loss.units),
                         fixed(loss.achievement(), 2, say.decimal_comma), name_text(node.owner)});
  }
  if (lost.rows.empty()) {
    document.paragraph(say.lost_none);
  } else {
    document.table(std::move(lost));
  }

  document.heading(3, say.fields_heading);
  const bool has_contributions = !losses.contributions.empty() && analysis.previous_year;
  const FieldColumns& columns = say.field_columns;
  Table fields{{{columns.field},
                {columns.name, Align::kLeft, true},
                {columns.achieved, Align::kRight},
                {columns.lost, Align::kRight}}};
  if (has_contributions) {
    fields.columns.push_back(
        {fmt::format(fmt::runtime(columns.contribution), fmt::arg("year", *analysis.previous_year)),
         Align::kRight});
  }
  for (size_t f = 0; f < losses.fields.size(); ++f) {
    const CriterionLoss& field = losses.fields[f];
    const Criterion& node = framework.node(field.node);
    std::vector<std::string> row = {name_text(node.id), name_text(node.name),
                                    fixed(field.achievement(), 2, say.decimal_comma),
                                    number(field.lost())};
    if (has_contributions)
      row.push_back(signed_text(losses.contributions[f], decimals, say.decimal_comma));
    fields.rows.push_back(std::move(row));
  }
  document.table(std::move(fields));
  if (has_contributions && losses.mean_index_change) {
    document.paragraph(fmt::format(
        fmt::runtime(say.mean_change),
        fmt::arg("change", signed_text(*losses.mean_index_change, decimals, say.decimal_comma)),
        fmt::arg("year", *analysis.previous_year)));
  }
  if (group_index < analysis.self.size()) {
    add_self_assessment(document, analysis.self[group_index], framework, say, decimals);
  }
}

std::string group_analysis_markdown(const YearAnalysis& analysis, size_t group_index,
                                    const Framework& framework, Language language, int decimals) {
  ReportDocument document;
  add_group_analysis(document, analysis, group_index, framework, language, decimals);
  return markdown_document(document) + "\n";
}

std::string explanation_markdown(const Explanation& explanation, const Framework& framework,
                                 std::optional<int> previous_year, Language language,
                                 int decimals) {
  const AnalysisPhrases& say = analysis_phrases(language);
  auto number = [&](double value) { return fixed(value, decimals, say.decimal_comma); };
  std::string text;
  auto out = std::back_inserter(text);
  const RankedUnit& unit = explanation.unit;
  const std::string group = unit.group.empty() ? say.all_units : markdown_text(unit.group);
  fmt::format_to(
      out, "# {}\n\n",
      fmt::format(fmt::runtime(say.explain_title), fmt::arg("unit", markdown_text(unit.unit)),
                  fmt::arg("year", unit.year)));
  if (unit.is_ranked()) {
    fmt::format_to(out, fmt::runtime(say.standing), fmt::arg("rank", unit.rank),
                   fmt::arg("ranked", explanation.ranked), fmt::arg("group", group),
                   fmt::arg("index", number(unit.index)));
    if (!unit.band.empty())
      fmt::format_to(out, fmt::runtime(say.band), fmt::arg("band", markdown_text(unit.band)));
    text += '.';
    if (!explanation.tied_with.empty()) {
      fmt::format_to(out, fmt::runtime(say.tied),
                     fmt::arg("units", markdown_list(explanation.tied_with)));
    }
  } else {
    fmt::format_to(out, fmt::runtime(say.not_ranked), fmt::arg("group", group),
                   fmt::arg("index", number(unit.index)));
    text += '.';
  }
  text += "\n\n";
  fmt::format_to(out, fmt::runtime(say.points_line), fmt::arg("points", number(unit.total.points)),
                 fmt::arg("max", number(unit.total.max)),
                 fmt::arg("lost", number(unit.total.max - unit.total.points)));
  text += "\n\n";

  if (unit.is_ranked()) {
    fmt::format_to(out, "## {}\n\n", say.move_heading);
    if (explanation.top_band) fmt::format_to(out, "- {}\n", say.top_band);
    if (const auto& band = explanation.next_band) {
      text += "- ";
      fmt::format_to(out, fmt::runtime(band->reachable ? say.next_band : say.next_band_unreachable),
                     fmt::arg("band", markdown_text(band->target)),
                     fmt::arg("points", number(band->points)));
      text += '\n';
    }
    if (const auto& rank = explanation.next_rank) {
      const char* line = !rank->reachable ? say.next_rank_unreachable
                         : rank->tied     ? say.next_rank_tied
                                          : say.next_rank;
      text += "- ";
      fmt::format_to(out, fmt::runtime(line), fmt::arg("units", markdown_text(rank->target)),
                     fmt::arg("rank", explanation.rank_above),
                     fmt::arg("points", number(rank->points)));
      text += '\n';
    } else {
      fmt::format_to(out, "- {}\n", say.first);
    }
    text += '\n';
  }

  fmt::format_to(out, "## {}\n\n", say.explain_fields_heading);
  text += explained_fields(explanation, framework, say, decimals) + '\n';
  fmt::format_to(out, "## {}\n\n", say.explain_criteria_heading);
  text += explained_criteria(explanation, framework, say, decimals);
  text += '\n';

  if (previous_year) {
    fmt::format_to(out, "## {}\n\n",
                   fmt::format(fmt::runtime(say.change_heading), fmt::arg("year", *previous_year)));
    if (!explanation.index_change) {
      fmt::format_to(out, "{}\n", say.no_previous);
      return text;
    }
    const double to = unit.total.index();
    fmt::format_to(
        out, fmt::runtime(say.change_sentence),
        fmt::arg("change", signed_text(*explanation.index_change, decimals, say.decimal_comma)),
        fmt::arg("from", number(to - *explanation.index_change)), fmt::arg("to", number(to)));
    text += "\n\n" + explained_contributions(explanation, framework, say, decimals);
  }
  while (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n')
    text.pop_back();
  return text;
}

}  // namespace chiso

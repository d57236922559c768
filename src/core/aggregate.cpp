#include "chiso/aggregate.h"

#include <map>

#include "core/number_text.h"

namespace chiso {

std::vector<UnitResult> aggregate(const Framework& framework, const ScoreTable& scores, int year) {
  const auto& leaves = framework.leaves();
  const auto& leaf_field = framework.leaf_field();
  std::vector<UnitResult> results;
  for (int row = 0; row < static_cast<int>(scores.rows().size()); ++row) {
    const UnitYear& unit_year = scores.rows()[row];
    if (unit_year.year != year) continue;
    UnitResult result{unit_year.unit, year, {}, std::vector<Subtotal>(framework.fields().size())};
    for (int leaf = 0; leaf < static_cast<int>(leaves.size()); ++leaf) {
      if (scores.cell(row, leaf) == Cell::kNotApplicable) continue;
      double points = scores.points(row, leaf);
      double max = framework.node(leaves[leaf]).max;
      Subtotal& field = result.fields[leaf_field[leaf]];
      field.points += points;
      field.max += max;
    }
    // Summing per field first, then the fields, keeps the total equal to the sum of the
    // field columns that fields.csv prints.
    for (const Subtotal& field : result.fields) {
      result.total.points += field.points;
      result.total.max += field.max;
    }
    results.push_back(std::move(result));
  }
  return results;
}

void check_scores(const Framework& framework, const ScoreTable& scores, Diagnostics& diagnostics) {
  const int leaf_count = scores.leaf_count();
  std::map<int, std::vector<bool>> scored_in_year;  // year -> leaf was scored for some unit
  for (const UnitYear& row : scores.rows()) scored_in_year[row.year].assign(leaf_count, false);
  for (int row = 0; row < static_cast<int>(scores.rows().size()); ++row) {
    auto& scored = scored_in_year[scores.rows()[row].year];
    for (int leaf = 0; leaf < leaf_count; ++leaf) {
      if (scores.cell(row, leaf) != Cell::kMissing) scored[leaf] = true;
    }
  }
  for (int row = 0; row < static_cast<int>(scores.rows().size()); ++row) {
    const UnitYear& unit_year = scores.rows()[row];
    const std::string& unit = scores.units()[unit_year.unit];
    const auto& scored = scored_in_year[unit_year.year];
    int applicable = 0;
    std::vector<std::string> missing;
    for (int leaf = 0; leaf < leaf_count; ++leaf) {
      Cell cell = scores.cell(row, leaf);
      if (cell != Cell::kNotApplicable) ++applicable;
      if (cell == Cell::kMissing && scored[leaf]) missing.push_back(framework.node(framework.leaves()[leaf]).id);
    }
    if (applicable == 0) {
      diagnostics.error(unit_year.where, "every criterion of unit " + quoted(unit) + " is 'n/a' in " +
                                             std::to_string(unit_year.year) + "; it cannot be ranked");
    } else if (!missing.empty()) {
      std::string list;
      for (size_t i = 0; i < missing.size() && i < 5; ++i) list += (i ? ", " : "") + quoted(missing[i]);
      if (missing.size() > 5) list += ", …";
      diagnostics.warning(unit_year.where,
                          "unit " + quoted(unit) + " has no score for " + std::to_string(missing.size()) +
                              (missing.size() == 1 ? " criterion" : " criteria") + " in " +
                              std::to_string(unit_year.year) + " (" + list + "); counted as 0 points");
    }
  }
  for (const auto& [year, scored] : scored_in_year) {
    for (int leaf = 0; leaf < leaf_count; ++leaf) {
      if (scored[leaf]) continue;
      const Criterion& criterion = framework.node(framework.leaves()[leaf]);
      diagnostics.warning(criterion.where, "nobody was scored on criterion " + quoted(criterion.id) + " in " +
                                  std::to_string(year) + "; it counts as 0 points for every unit");
    }
  }
}

}  // namespace chiso

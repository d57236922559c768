#include "chiso/ranked_year.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <unordered_map>

#include "chiso/message.h"
#include "chiso/renames.h"
#include "chiso/suggest.h"
#include "core/league_steps.h"

namespace chiso {

std::vector<int> years_to_rank(const YearChoice& choice, const std::vector<int>& present) {
  if (present.empty()) throw InputError({}, tr("the scores files have no rows"));
  if (choice.all) return present;
  if (!choice.year && choice.text.empty()) return {present.back()};
  if (!choice.year || !std::binary_search(present.begin(), present.end(), *choice.year)) {
    std::string years;
    for (int year : present) years += (years.empty() ? "" : ", ") + std::to_string(year);
    throw InputError({}, tr("year '{}' is not in the scores, which have {}", choice.text, years));
  }
  return {*choice.year};
}

EarlierRanking previous_for(const std::vector<PreviousRow>& rows, int year,
                            const std::string& file) {
  std::optional<int> chosen;
  for (const PreviousRow& row : rows) {
    if (row.year && *row.year < year && (!chosen || *row.year > *chosen)) chosen = row.year;
  }
  std::vector<PreviousStanding> standings;
  for (const PreviousRow& row : rows) {
    if (!row.year || row.year == chosen) standings.push_back(row.standing);
  }
  if (standings.empty()) {
    throw InputError({file, 0, 0}, tr("has no year before {} to compare with", year));
  }
  return {standings, chosen};
}

namespace {

// The years of one ranking, each ranked once, in ascending order.
class Pipeline {
 public:
  Pipeline(const League& league, const RankingWork& work)
      : league_(league),
        work_(work),
        units_(league.scored.units()),
        order_(unit_order(units_, league.groups)),
        present_(league.scored.years()) {}

  void run(const std::vector<int>& years, const std::optional<EarlierRanking>& earlier,
           const Parallel& parallel, Diagnostics& diagnostics,
           const std::function<void(RankedYear)>& each) {
    Ranked current = rank(years.front(), own_detail());
    for (size_t i = 0; i < years.size(); ++i) {
      Ranked next;
      const auto finish = [&] {
        finish_year(current, i == 0 ? earlier : std::nullopt, diagnostics, each);
      };
      if (i + 1 < years.size()) {
        // The next year is ranked on a second core while this one is compared and handed on.
        parallel.both([&] { next = rank(years[i + 1], own_detail()); }, finish);
      } else {
        finish();
      }
      current = std::move(next);
    }
  }

 private:
  // A year ranked, before it is compared, and the results it was ranked from: their node
  // subtotals are what the analyses read.
  struct Ranked {
    YearRows rows;
    std::vector<UnitResult> results;
  };

  // What the years asked for are aggregated with: every criterion's subtotal for an analysis.
  Detail own_detail() const {
    return work_.losses || work_.keep_results || work_.self != nullptr ? Detail::kNodes
                                                                       : work_.detail;
  }

  // Whether an analysis needs the previous year's table, and not only its standings.
  bool needs_previous_table() const { return work_.losses || work_.keep_results; }

  // Ranks one year on its own; called from two threads at once, so it changes nothing.
  Ranked rank(int year, Detail detail) const {
    Ranked ranked;
    ranked.results = league_.scored.results(year, detail);
    ranked.rows.table =
        rank_year_in_order(ranked.results, units_, order_, league_.bands, league_.options, year,
                           league_.excluded, &ranked.rows.unit_of_row);
    ranked.rows.by_unit.resize(units_.size());
    for (size_t row = 0; row < ranked.rows.table.units.size(); ++row) {
      const RankedUnit& unit = ranked.rows.table.units[row];
      if (unit.is_ranked()) {
        ranked.rows.by_unit[static_cast<size_t>(ranked.rows.unit_of_row[row])] = {
            unit.rank, unit.index, unit.figure, unit.band, unit.group};
      }
    }
    return ranked;
  }

  // Compares the year with the one before it, works out what was asked for and hands it on.
  void finish_year(Ranked& ranked_year, const std::optional<EarlierRanking>& earlier,
                   Diagnostics& diagnostics, const std::function<void(RankedYear)>& each) {
    YearRows& rows = ranked_year.rows;
    std::vector<UnitResult>& results = ranked_year.results;
    const int year = rows.table.year;
    const LeagueTable* previous_table = nullptr;
    auto before = std::lower_bound(present_.begin(), present_.end(), year);
    if (earlier) {
      compare_with(rows.table, earlier->standings, league_.renames, earlier->year);
      rows.table.previous_year = earlier->year;
      rows.table.previous_given = true;
    } else if (before != present_.begin()) {
      const int previous_year = *std::prev(before);
      if (!last_ || last_->year != previous_year) {
        Ranked alone =
            rank(previous_year, needs_previous_table() ? Detail::kFields : Detail::kTotal);
        last_ = Last{previous_year, std::move(alone.rows.by_unit), {}};
        if (needs_previous_table()) last_->table = std::move(alone.rows.table);
      }
      compare_by_unit(rows, last_->by_unit, units_,
                      renames_for(league_.renames, year, previous_year));
      rows.table.previous_year = previous_year;
      if (last_->table) previous_table = &*last_->table;
    }
    check_bands(rows.table, league_.bands, diagnostics);
    warn_gone(rows.table, league_.scores, league_.previous, diagnostics);

    RankedYear ranked;
    ranked.analysis.year = year;
    if (work_.summaries) ranked.summaries = summarise(rows.table, league_.bands);
    if (work_.losses) {
      if (previous_table != nullptr) ranked.analysis.previous_year = rows.table.previous_year;
      ranked.analysis.losses =
          lost_points(league_.framework, rows.table, results, units_, previous_table);
    }
    if (work_.self != nullptr) {
      const std::vector<int> self_years = work_.self->years();
      // A year nobody assessed itself in gets no self-assessment.
      if (std::binary_search(self_years.begin(), self_years.end(), year)) {
        ranked.analysis.self = self_assessment(
            league_.framework, rows.table, results, units_,
            aggregate(league_.framework, *work_.self, year, true), work_.self->units());
      }
    }
    if (work_.keep_results) {
      ranked.results = std::move(results);
      if (previous_table != nullptr) ranked.previous_table = *previous_table;
    }
    // The standings (and, for an analysis, the table) of this year: the next one's previous.
    last_ = Last{year, std::move(rows.by_unit), {}};
    if (needs_previous_table()) last_->table = rows.table;
    ranked.table = std::move(rows.table);
    each(std::move(ranked));
  }

  // The year ranked last: the previous year of the next one, usually.
  struct Last {
    int year = 0;
    std::vector<UnitStanding> by_unit;
    std::optional<LeagueTable> table;  // when an analysis needs it
  };

  const League& league_;
  const RankingWork& work_;
  const std::vector<std::string>& units_;
  const UnitOrder order_;
  const std::vector<int> present_;
  std::optional<Last> last_;
};

}  // namespace

void rank_years(const League& league, const YearChoice& choice, const RankingWork& work,
                const Parallel& parallel, Diagnostics& diagnostics,
                const std::function<void(RankedYear)>& each) {
  try {
    const std::vector<int> years = years_to_rank(choice, league.scored.years());
    std::optional<EarlierRanking> earlier;
    if (league.previous)
      earlier = previous_for(*league.previous, years.front(), league.previous_file);
    Pipeline(league, work).run(years, earlier, parallel, diagnostics, each);
  } catch (const InputError& e) {
    diagnostics.append(e.diagnostics());
  }
}

std::vector<RankedYear> rank_years(const League& league, const YearChoice& choice,
                                   const RankingWork& work, const Parallel& parallel,
                                   Diagnostics& diagnostics) {
  std::vector<RankedYear> years;
  rank_years(league, choice, work, parallel, diagnostics,
             [&](RankedYear year) { years.push_back(std::move(year)); });
  return years;
}

void warn_gone(const LeagueTable& table, const ScoreTable& scores,
               const std::vector<PreviousRow>* previous, Diagnostics& diagnostics) {
  if (table.gone.empty()) return;
  std::vector<std::string> entered;  // this year's units that continue no earlier one
  for (const RankedUnit& unit : table.units) {
    if (unit.is_ranked() && !unit.previous_rank && unit.formed_from.empty())
      entered.push_back(unit.unit);
  }
  if (entered.size() * table.gone.size() > kSuggestedPairs) entered.clear();
  const std::string earlier =
      table.previous_year ? tr("in {}", *table.previous_year) : tr("in the previous ranking");
  // Where each unit was: its row in the earlier ranking, or its first scores line in that year.
  std::unordered_map<std::string, Location> where_of;
  if (table.previous_given) {
    if (previous != nullptr) {
      for (const PreviousRow& row : *previous) where_of.try_emplace(row.standing.unit, row.where);
    }
  } else {
    const std::vector<UnitYear>& rows = scores.rows();
    for (size_t r = 0; r < rows.size(); ++r) {
      if (rows[r].year != table.previous_year) continue;
      where_of.try_emplace(scores.units()[static_cast<size_t>(rows[r].unit)],
                           scores.where(static_cast<int>(r)));
    }
  }
  for (const PreviousStanding& gone : table.gone) {
    const auto found = where_of.find(gone.unit);
    const Location where = found == where_of.end() ? Location{} : found->second;
    const std::string hint = did_you_mean(gone.unit, entered);
    diagnostics.warning(
        where, hint.empty() ? tr("unit '{}', ranked {}, matches no unit of {} and is reported as "
                                 "no longer ranked (a renamed or merged unit goes in --renames)",
                                 gone.unit, earlier, table.year)
                            : tr("unit '{}', ranked {}, matches no unit of {}{} (a renamed or "
                                 "merged unit goes in --renames)",
                                 gone.unit, earlier, table.year, hint));
  }
}

}  // namespace chiso

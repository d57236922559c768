#include "chiso/scorecard.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "chiso/band.h"
#include "chiso/message.h"
#include "chiso/rank.h"
#include "chiso/renames.h"
#include "core/number_text.h"

namespace chiso {
namespace {

// A unit's place in one year's table of one index.
struct Place {
  const NationalRow* row = nullptr;
  int rank = 0;  // 0: the table gives no rank and cannot be ranked on its values
  int of = 0;
  std::optional<double> value;
  std::string tier;
  std::optional<int> quartile;
};

// One year of one index: every unit's place, by unit.
using YearPlaces = std::unordered_map<std::string, Place>;

std::optional<double> figure(const NationalRow& row, const NationalIndex& index) {
  if (index.unit == FigureUnit::kPoints && row.points) return row.points;
  return row.value;
}

// The quartile group of `value`: 0 at or above the 75th percentile of the year's values (the
// `boundaries` 75th, 50th, 25th) ... 3 below the 25th. A value on a boundary takes the upper
// group, as PAPI's reports place it.
int quartile_of(double value, const std::vector<double>& boundaries) {
  int group = 0;
  while (group < 3 && value < boundaries[group]) ++group;
  return group;
}

std::optional<int> published_quartile(const std::string& tier, const NationalIndex& index) {
  const auto& labels = index.tier_labels_vi;
  auto found = std::find(labels.begin(), labels.end(), tier);
  if (found == labels.end()) return std::nullopt;
  return static_cast<int>(found - labels.begin());
}

YearPlaces place_units(const std::vector<const NationalRow*>& rows, const NationalIndex& index) {
  std::vector<double> values;
  for (const NationalRow* row : rows) {
    if (std::optional<double> value = figure(*row, index)) values.push_back(*value);
  }
  const bool complete = values.size() == rows.size() && !rows.empty();
  const std::vector<int> ranks =
      complete ? rank_descending(values, TieRule::kCompetition) : std::vector<int>{};
  std::vector<double> boundaries;
  for (double quantile : {0.75, 0.5, 0.25}) boundaries.push_back(percentile_inc(values, quantile));
  YearPlaces places;
  for (size_t i = 0; i < rows.size(); ++i) {
    const NationalRow& row = *rows[i];
    Place place{&row,
                row.rank.value_or(complete ? ranks[i] : 0),
                row.of.value_or(static_cast<int>(rows.size())),
                figure(row, index),
                row.tier,
                std::nullopt};
    if (!row.tier.empty()) {
      place.quartile = published_quartile(row.tier, index);
    } else if (index.tiers == TierRule::kQuartiles && complete) {
      place.quartile = quartile_of(values[i], boundaries);
      if (*place.quartile < static_cast<int>(index.tier_labels_vi.size()))
        place.tier = index.tier_labels_vi[*place.quartile];
    }
    places.emplace(row.unit, std::move(place));
  }
  return places;
}

// Warns when the province's published rank lies outside the places its value shares with equal
// values (a published rank inside them is a tie broken on unrounded values, as PCI does).
void check_published_rank(const Place& place, const YearPlaces& places, const NationalIndex& index,
                          Diagnostics& diagnostics) {
  if (!place.row->rank || !place.value) return;
  int above = 0;
  int equal = 0;
  for (const auto& [unit, other] : places) {
    if (other.row->group != place.row->group) continue;
    if (!other.value) return;
    if (*other.value > *place.value) ++above;
    if (*other.value == *place.value) ++equal;
  }
  const int rank = *place.row->rank;
  if (rank >= above + 1 && rank <= above + equal) return;
  diagnostics.warning(
      place.row->where,
      tr("published rank {} of '{}' in {} {} differs from rank {} that its value {} gives among "
         "the table's values; the published rank is kept",
         rank, place.row->unit, index.short_name, place.row->year, above + 1,
         number_text(*place.value)));
}

// A figure off the index's scale, or a rank past the table's count, is a wrong number rather than
// a doubt: the wrong column or a table cut short (PCI publishes only its top 30 values).
bool check_place(const Place& place, const NationalIndex& index, Diagnostics& diagnostics) {
  const NationalRow& row = *place.row;
  const double maximum = index.maximum_in(row.year);
  if (place.value && (*place.value < 0 || *place.value > maximum)) {
    diagnostics.error(
        row.where,
        tr("value {} of '{}' in {} {} is outside the index's scale, 0 to {}",
           number_text(*place.value), row.unit, index.short_name, row.year, number_text(maximum)));
    return false;
  }
  if (place.rank > place.of) {
    diagnostics.error(row.where, tr("rank {} of '{}' in {} {} is larger than the {} rows of the "
                                    "table; give the number of provinces ranked in an 'of' column",
                                    place.rank, row.unit, index.short_name, row.year, place.of));
    return false;
  }
  return true;
}

bool has_merger(const RenameSources& olds) {
  return std::any_of(olds.begin(), olds.end(),
                     [](const auto& each) { return each.second.size() > 1; });
}

// Fills in the previous year of `entry` among the years of its index before it.
void find_previous(ScorecardEntry& entry, const std::string& province,
                   const std::map<int, YearPlaces>& years, const std::vector<Rename>& renames) {
  for (auto year = std::make_reverse_iterator(years.find(entry.year)); year != years.rend();
       ++year) {
    const YearPlaces& places = year->second;
    const RenameSources olds = renames_for(renames, entry.year, year->first);
    const auto was_ranked = [&places](std::string_view unit) {
      auto found = places.find(std::string(unit));
      return found != places.end() && found->second.rank > 0;
    };
    const std::vector<std::string_view> sources = continued(province, olds, was_ranked);
    if (sources.empty()) continue;
    entry.previous_year = year->first;
    entry.map_changed = has_merger(olds);
    for (std::string_view unit : sources) {
      const Place& place = places.at(std::string(unit));
      entry.previous.push_back({std::string(unit), place.rank, place.of, place.value});
    }
    return;
  }
}

std::vector<ScorecardEntry> index_entries(
    const std::string& province, const std::map<int, std::vector<const NationalRow*>>& rows,
    const NationalIndex& index, const std::vector<Rename>& renames, Diagnostics& diagnostics) {
  std::map<int, YearPlaces> years;
  for (const auto& [year, table] : rows) {
    // A ranking.csv of several groups ranks each group on its own.
    std::map<std::string, std::vector<const NationalRow*>> groups;
    for (const NationalRow* row : table) groups[row->group].push_back(row);
    YearPlaces& places = years[year];
    for (const auto& [group, members] : groups) places.merge(place_units(members, index));
  }
  std::vector<ScorecardEntry> entries;
  for (const auto& [year, places] : years) {
    auto found = places.find(province);
    if (found == places.end()) continue;
    const Place& place = found->second;
    if (place.rank == 0) {
      diagnostics.error(place.row->where,
                        tr("'{}' has no rank in {} {}, and not every row of the table has a value "
                           "to rank it on; give the published rank in a 'rank' column",
                           province, index.short_name, year));
      continue;
    }
    if (!check_place(place, index, diagnostics)) continue;
    check_published_rank(place, places, index, diagnostics);
    ScorecardEntry entry;
    entry.index_name = index.name;
    entry.year = year;
    entry.value = place.value;
    entry.maximum = index.maximum_in(year);
    entry.rank = place.rank;
    entry.of = place.of;
    entry.tier = place.tier;
    entry.quartile = place.quartile;
    find_previous(entry, province, years, renames);
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace

double NationalIndex::maximum_in(int year) const {
  double maximum = 100;
  for (const IndexScale& scale : scales) {
    if (!scale.from_year || *scale.from_year <= year) maximum = scale.maximum;
  }
  return maximum;
}

std::string index_key(const std::string& name) {
  std::string key;
  for (char c : name) {
    if (c == ' ' || c == '-') c = '_';
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    key += c;
  }
  return key;
}

std::optional<int> ScorecardEntry::rank_change() const {
  if (previous.size() != 1 || map_changed) return std::nullopt;
  return previous.front().rank - rank;
}

std::optional<double> ScorecardEntry::value_change(int decimals) const {
  if (previous.size() != 1 || !value || !previous.front().value) return std::nullopt;
  return round_half_up(*value - *previous.front().value, decimals);
}

const NationalIndex* find_index(const std::vector<NationalIndex>& indices,
                                const std::string& name) {
  const std::string key = index_key(name);
  for (const NationalIndex& index : indices) {
    if (index_key(index.name) == key) return &index;
  }
  return nullptr;
}

Scorecard make_scorecard(const std::string& province, const std::vector<NationalRow>& rows,
                         const std::vector<NationalIndex>& indices,
                         const std::vector<Rename>& renames, Diagnostics& diagnostics) {
  // index position -> year -> rows
  std::map<size_t, std::map<int, std::vector<const NationalRow*>>> tables;
  for (const NationalRow& row : rows) {
    const NationalIndex* index = find_index(indices, row.index_name);
    if (index == nullptr) continue;  // the reader reports an index without a method
    tables[static_cast<size_t>(index - indices.data())][row.year].push_back(&row);
  }
  Scorecard card{province, {}};
  for (const auto& [position, years] : tables) {
    std::vector<ScorecardEntry> entries =
        index_entries(province, years, indices[position], renames, diagnostics);
    for (ScorecardEntry& entry : entries) card.entries.push_back(std::move(entry));
  }
  return card;
}

}  // namespace chiso

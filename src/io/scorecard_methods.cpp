// The method files of chiso scorecard's indices: methods/national/*.csv and --index-method.
#include <algorithm>
#include <filesystem>

#include "chiso/io/csv_reader.h"
#include "chiso/io/methods.h"
#include "chiso/io/number.h"
#include "chiso/io/scorecard_reader.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "io/name_characters.h"

namespace chiso {
namespace {

namespace fs = std::filesystem;

// The labels of `value`, between '|'.
std::vector<std::string> labels(const std::string& value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t bar = value.find('|', start);
    if (bar == std::string::npos) bar = value.size();
    out.push_back(normalise_name(std::string_view(value).substr(start, bar - start)));
    start = bar + 1;
  }
  return out;
}

double read_maximum(const std::string& text, const Location& where) {
  std::string why;
  std::optional<double> maximum = parse_number(text, false, why);
  if (!maximum || *maximum <= 0)
    throw InputError(where, tr("maximum '{}' is not a number above 0", text));
  return *maximum;
}

// Applies one key,value row of an index's method file to `index`.
void apply_method_key(NationalIndex& index, const std::string& key, const std::string& value,
                      const Location& key_at, const Location& value_at) {
  if (key == "name") {
    index.name = index_key(value);
  } else if (key == "short_name") {
    index.short_name = value;
  } else if (key == "title_vi") {
    index.title_vi = value;
  } else if (key == "title_en") {
    index.title_en = value;
  } else if (key == "source") {
    index.source = value;
  } else if (key == "note") {
  } else if (key == "unit") {
    if (value != "percent" && value != "points")
      throw InputError(value_at, tr("unit '{}' is not one of 'percent', 'points'", value));
    index.unit = value == "points" ? FigureUnit::kPoints : FigureUnit::kPercent;
  } else if (key == "maximum") {
    index.scales.insert(index.scales.begin(), {std::nullopt, read_maximum(value, value_at)});
  } else if (key.starts_with("maximum_from_") && parse_year(key.substr(13))) {
    index.scales.push_back({parse_year(key.substr(13)), read_maximum(value, value_at)});
  } else if (key == "decimals") {
    if (value.size() != 1 || value[0] < '0' || value[0] > '6')
      throw InputError(value_at, tr("decimals '{}' is not a whole number from 0 to 6", value));
    index.decimals = value[0] - '0';
  } else if (key == "tiers") {
    if (value != "none" && value != "published" && value != "quartiles")
      throw InputError(value_at,
                       tr("tiers '{}' is not one of 'none', 'published', 'quartiles'", value));
    index.tiers = value == "quartiles"   ? TierRule::kQuartiles
                  : value == "published" ? TierRule::kPublished
                                         : TierRule::kNone;
  } else if (key == "tier_labels_vi") {
    index.tier_labels_vi = labels(value);
  } else if (key == "tier_labels_en") {
    index.tier_labels_en = labels(value);
  } else {
    throw InputError(key_at, tr("unknown key '{}'; the keys are name, short_name, title_vi, "
                                "title_en, unit, maximum, maximum_from_YEAR, decimals, tiers, "
                                "tier_labels_vi, tier_labels_en, source, note",
                                key));
  }
}

void check_method(const NationalIndex& index, const std::string& path) {
  const Location file{path, 0, 0};
  if (index.name.empty()) throw InputError(file, tr("the index method has no 'name'"));
  if (index.short_name.empty() || index.title_vi.empty() || index.title_en.empty())
    throw InputError(file, tr("the index method needs short_name, title_vi and title_en"));
  if (index.scales.empty() || index.scales.front().from_year)
    throw InputError(file, tr("the index method has no 'maximum'"));
  if (index.tiers == TierRule::kQuartiles &&
      (index.tier_labels_vi.size() != 4 || index.tier_labels_en.size() != 4))
    throw InputError(file, tr("quartile tiers need four labels in tier_labels_vi and in "
                              "tier_labels_en, highest first, between '|'"));
}

int known_order(const std::string& name) {
  static const std::vector<std::string> kOrder = {"PAR_INDEX", "SIPAS", "PAPI", "PCI"};
  auto found = std::find(kOrder.begin(), kOrder.end(), name);
  return static_cast<int>(found - kOrder.begin());
}

}  // namespace

NationalIndex read_index_method(const std::string& path) {
  auto reader = CsvReader::open(path);
  CsvRecord record;
  if (!reader->read_header(record))
    throw InputError({path, 1, 1}, tr("file is empty; it needs a key,value header"));
  NationalIndex index;
  while (reader->next(record)) {
    if (record.fields.size() != 2)
      throw InputError(record.at(path, 0), tr("an index method row is key,value"));
    for (size_t field : {0, 1}) {
      if (auto problem = name_problem(record.fields[field], record.at(path, field),
                                      record.quoted[field], "method value"))
        throw InputError({*problem});
    }
    apply_method_key(index, std::string(trim(record.fields[0])), normalise_name(record.fields[1]),
                     record.at(path, 0), record.at(path, 1));
  }
  std::stable_sort(index.scales.begin(), index.scales.end(), [](const auto& a, const auto& b) {
    return a.from_year.value_or(0) < b.from_year.value_or(0);
  });
  check_method(index, path);
  return index;
}

std::vector<NationalIndex> shipped_indices() {
  std::vector<NationalIndex> indices;
  for (const std::string& directory : method_directories()) {
    const fs::path folder = fs::path(directory) / "national";
    std::error_code error;
    if (!fs::is_directory(folder, error)) continue;
    std::vector<std::string> paths;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
      if (entry.path().extension() == ".csv") paths.push_back(entry.path().string());
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& path : paths) indices.push_back(read_index_method(path));
    break;
  }
  std::stable_sort(indices.begin(), indices.end(), [](const auto& a, const auto& b) {
    return std::make_pair(known_order(a.name), a.name) <
           std::make_pair(known_order(b.name), b.name);
  });
  return indices;
}

}  // namespace chiso

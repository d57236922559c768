#include "chiso/io/framework_reader.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "chiso/io/number.h"
#include "chiso/io/read_options.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "io/columns.h"
#include "io/name_characters.h"

namespace chiso {

namespace {

// The largest maximum (and weight) of a criterion: sums of a file's worth of them stay far from
// overflow, and every index computed from them is finite.
constexpr double kLargestMaximum = 1e6;

// The words of the combine, normalise and direction columns, each with what it means, in the
// order the error message lists them.
constexpr std::pair<const char*, Combine> kCombineWords[] = {
    {"sum", Combine::kSum}, {"weighted", Combine::kWeighted}, {"mean", Combine::kMean}};
constexpr std::pair<const char*, Normalise> kNormaliseWords[] = {{"none", Normalise::kNone},
                                                                 {"minmax", Normalise::kMinMax}};
constexpr std::pair<const char*, int> kDirectionWords[] = {{"1", 1}, {"-1", -1}, {"+1", 1}};

}  // namespace

Framework read_framework(const std::string& path, const ReadOptions& options,
                         Diagnostics& diagnostics) {
  const std::vector<ColumnSpec> specs = with_choices(
      {
          {"id", {"mã", "mã tiêu chí", "mã số"}, true},
          {"parent", {"cha", "mã cha", "tiêu chí cha", "thuộc"}, true},
          {"name", {"tên", "tên tiêu chí", "nội dung"}, true},
          {"max", {"tối đa", "điểm tối đa", "điểm chuẩn", "maximum"}, true},
          {"owner", {"cơ quan chủ trì", "đơn vị chủ trì", "phụ trách", "chủ trì"}, false},
          {"weight", {"trọng số", "tỷ trọng"}, false},
          {"combine", {"cách tổng hợp", "tổng hợp"}, false},
          {"normalise", {"normalize", "chuẩn hóa"}, false},
          {"direction", {"chiều"}, false},
          {"low", {"cận dưới", "ngưỡng dưới"}, false},
          {"high", {"cận trên", "ngưỡng trên"}, false},
          {"aliases", {"tên khác", "alias"}, false},
      },
      options);
  enum {
    kId,
    kParent,
    kName,
    kMax,
    kOwner,
    kWeight,
    kCombine,
    kNormalise,
    kDirection,
    kLow,
    kHigh,
    kAliases
  };
  CsvRecord record;
  auto reader = open_with_header(path, options, specs, record, diagnostics);
  const int errors_before = diagnostics.error_count();
  const size_t width = record.fields.size();
  std::vector<int> column = match_columns(record, path, specs, diagnostics);
  if (diagnostics.error_count() > errors_before) return {};
  // The optional number columns (weight, low, high): blank means not given.
  auto number = [&](int which, std::optional<double>& out) {
    if (column[which] < 0 || record.fields[column[which]].empty()) return true;
    const std::string& text = record.fields[column[which]];
    std::string why;
    out = parse_number(text, reader->comma_is_decimal(), record.quoted[column[which]], why,
                       options.no_thousands);
    if (!out) {
      diagnostics.error(record.at(path, column[which]),
                        which == kWeight ? tr("weight '{}' {}", text, why)
                        : which == kLow  ? tr("low goalpost '{}' {}", text, why)
                                         : tr("high goalpost '{}' {}", text, why));
    }
    return out.has_value();
  };
  // The optional word columns: one of `words`, in any case, stored in `out` as what it means;
  // blank means not given. False after reporting a word that is none of them.
  auto word = [&](int which, const auto& words, auto& out) {
    if (column[which] < 0 || record.fields[column[which]].empty()) return true;
    const std::string key = loose_key(record.fields[column[which]]);
    for (const auto& [spelling, meaning] : words) {
      if (key == spelling) {
        out = meaning;
        return true;
      }
    }
    std::string list;
    for (const auto& [spelling, meaning] : words)
      list += (list.empty() ? "'" : ", '") + std::string(spelling) + "'";
    diagnostics.error(
        record.at(path, column[which]),
        tr("{} '{}' is not one of {}", specs[which].name, record.fields[column[which]], list));
    return false;
  };

  std::vector<CriterionRow> rows;
  while (reader->next(record)) {
    if (too_many_errors(diagnostics, errors_before, path)) return {};
    if (has_wrong_field_count(record, width, path, diagnostics)) continue;
    if (!check_name(record, column[kId], path, "criterion id", diagnostics) ||
        !check_name(record, column[kParent], path, "parent id", diagnostics) ||
        !check_name(record, column[kName], path, "criterion name", diagnostics) ||
        (column[kOwner] >= 0 &&
         !check_name(record, column[kOwner], path, "owner name", diagnostics)) ||
        (column[kAliases] >= 0 &&
         !check_name(record, column[kAliases], path, "criterion alias", diagnostics))) {
      continue;
    }
    CriterionRow row;
    row.id = record.fields[column[kId]];
    row.parent = record.fields[column[kParent]];
    row.name = normalise_name(record.fields[column[kName]]);
    if (column[kOwner] >= 0) row.owner = normalise_name(record.fields[column[kOwner]]);
    if (column[kAliases] >= 0) {
      std::string_view rest = record.fields[column[kAliases]];
      while (!rest.empty()) {  // "Transparency|Minh bạch"
        const size_t bar = std::min(rest.find('|'), rest.size());
        if (std::string alias = normalise_name(rest.substr(0, bar)); !alias.empty())
          row.aliases.push_back(alias);
        rest.remove_prefix(std::min(bar + 1, rest.size()));
      }
    }
    row.where = record.at(path, column[kId]);
    row.parent_where = record.at(path, column[kParent]);
    row.max_where = record.at(path, column[kMax]);
    if (row.id.empty()) {
      diagnostics.error(row.where, tr("criterion id is empty"));
      continue;
    }
    const std::string& max_text = record.fields[column[kMax]];
    if (!max_text.empty()) {
      std::string why;
      row.max = parse_number(max_text, reader->comma_is_decimal(), record.quoted[column[kMax]], why,
                             options.no_thousands);
      if (!row.max) {
        diagnostics.error(row.max_where, tr("maximum '{}' {}", max_text, why));
        continue;
      }
      if (*row.max <= 0) {
        diagnostics.error(row.max_where, tr("maximum '{}' must be greater than 0", max_text));
        continue;
      }
      // Near the largest double, sums of maxima and points overflow to inf and indices to NaN.
      if (*row.max > kLargestMaximum) {
        diagnostics.error(
            row.max_where,
            tr("maximum '{}' is too large; a maximum is at most 1000000 points", max_text));
        continue;
      }
    }
    row.weight_where = column[kWeight] >= 0 ? record.at(path, column[kWeight]) : row.where;
    if (!number(kWeight, row.weight) || !number(kLow, row.low) || !number(kHigh, row.high)) {
      continue;
    }
    if (row.weight && std::fabs(*row.weight) > kLargestMaximum) {
      diagnostics.error(row.weight_where,
                        tr("weight '{}' is too large; a weight is at most 1000000",
                           record.fields[column[kWeight]]));
      continue;
    }
    if (!word(kCombine, kCombineWords, row.combine) ||
        !word(kNormalise, kNormaliseWords, row.normalise) ||
        !word(kDirection, kDirectionWords, row.direction)) {
      continue;
    }
    rows.push_back(std::move(row));
  }
  if (diagnostics.error_count() > errors_before) return {};
  if (rows.empty()) {
    diagnostics.error(reader->start(),
                      tr("the framework has no criteria; add one row per criterion below the "
                         "header"));
    return {};
  }
  return Framework::build(rows, diagnostics);
}

}  // namespace chiso

// Words shared by the writers of chiso compare and chiso history: counts of units, groups and
// years, rank changes in words, numbers in the report's language, and names in Markdown tables
// and CSV fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chiso/report.h"
#include "io/csv_writer.h"  // csv_field
#include "io/markdown_text.h"

namespace chiso {

/// The words both reports use, in one language.
struct ChangeWording;

/// Numbers, counts, rank changes and group names as a report in `language` writes them.
class ChangeWords {
 public:
  ChangeWords(Language language, int decimals);

  /// `value` with the report's decimals and decimal mark.
  std::string number(double value) const;
  /// As `number`, with a '+' before a change above zero: "+3,25", "-1,04", "0,00".
  std::string signed_number(double value) const;
  /// "22 đơn vị", "1 unit", "22 units".
  std::string units(size_t count) const;
  std::string groups(size_t count) const;
  std::string years(size_t count) const;
  /// "↑11 tăng 11 bậc", "↓4 giảm 4 bậc", "= giữ nguyên" for a rank change (positive = climbed).
  std::string rank_change(int change) const;
  /// The heading of a group: its name (markdown_text), or for units without a group "Tất cả đơn vị"
  /// when it is the only group and "Đơn vị không có nhóm" beside others.
  std::string group_name(const std::string& group, size_t groups) const;

 private:
  const ChangeWording& say_;
  int decimals_;
};

/// A whole number, or an empty field.
std::string csv_number(const std::optional<int>& value);

/// A number with `decimals` places and a decimal point, or an empty field.
std::string csv_number(const std::optional<double>& value, int decimals);

}  // namespace chiso

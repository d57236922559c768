#include "io/change_words.h"

#include <fmt/format.h>

namespace chiso {

// The Vietnamese follows the report's wording ("tăng 11 bậc").
struct ChangeWording {
  const char* units;     // {n}: a count of units
  const char* unit_one;  // {n}: English singular
  const char* groups;    // {n}: a count of groups
  const char* group_one;
  const char* years;  // {n}: a count of years
  const char* year_one;
  const char* all_units;  // the group of every unit when no group is known
  const char* no_group;   // units without a group beside grouped ones
  const char* up;         // {n}
  const char* down;       // {n}
  const char* same;
  bool decimal_comma;
};

const ChangeWording kVietnameseWords{
    "{n} đơn vị",        "{n} đơn vị",        "{n} nhóm",      "{n} nhóm",
    "{n} năm",           "{n} năm",           "Tất cả đơn vị", "Đơn vị không có nhóm",
    "↑{n} tăng {n} bậc", "↓{n} giảm {n} bậc", "= giữ nguyên",  true,
};

const ChangeWording kEnglishWords{
    "{n} units",   "{n} unit",      "{n} groups",  "{n} group",
    "{n} years",   "{n} year",      "All units",   "Units without a group",
    "↑{n} up {n}", "↓{n} down {n}", "= unchanged", false,
};

namespace {

std::string counted(size_t count, const char* one, const char* many) {
  return fmt::format(fmt::runtime(count == 1 ? one : many), fmt::arg("n", count));
}

}  // namespace

ChangeWords::ChangeWords(Language language, int decimals)
    : say_(language == Language::kVietnamese ? kVietnameseWords : kEnglishWords),
      decimals_(decimals) {}

std::string ChangeWords::number(double value) const {
  return fixed(value, decimals_, say_.decimal_comma);
}

std::string ChangeWords::signed_number(double value) const {
  std::string text = number(value);
  return text[0] == '-' || text.find_first_not_of("0.,") == std::string::npos ? text : "+" + text;
}

std::string ChangeWords::units(size_t count) const {
  return counted(count, say_.unit_one, say_.units);
}
std::string ChangeWords::groups(size_t count) const {
  return counted(count, say_.group_one, say_.groups);
}
std::string ChangeWords::years(size_t count) const {
  return counted(count, say_.year_one, say_.years);
}

std::string ChangeWords::rank_change(int change) const {
  if (change > 0) return fmt::format(fmt::runtime(say_.up), fmt::arg("n", change));
  if (change < 0) return fmt::format(fmt::runtime(say_.down), fmt::arg("n", -change));
  return say_.same;
}

std::string ChangeWords::group_name(const std::string& group, size_t groups) const {
  if (!group.empty()) return markdown_text(group);
  return groups == 1 ? say_.all_units : say_.no_group;
}

std::string csv_number(const std::optional<int>& value) {
  return value ? std::to_string(*value) : "";
}

std::string csv_number(const std::optional<double>& value, int decimals) {
  return value ? fixed(*value, decimals) : "";
}

}  // namespace chiso

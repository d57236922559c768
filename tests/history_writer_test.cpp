// Tests of history_writer: the Markdown and CSV outputs of chiso history.
#include "chiso/io/history_writer.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace chiso;

namespace {

const std::string kDepartments = "Sở, ban, ngành";
const std::string kLabour = "Sở Lao động, Thương binh và Xã hội";

PreviousStanding standing(const std::string& group, const std::string& unit, int rank,
                          std::optional<double> index = std::nullopt,
                          const std::string& band = "") {
  PreviousStanding result;
  result.unit = unit;
  result.group = group;
  result.rank = rank;
  result.index = index;
  result.band = band;
  return result;
}

History three_years() {
  return history({
      {2020,
       {standing(kDepartments, "Cục Thuế tỉnh", 1, 96.61),
        standing(kDepartments, "Sở Nội vụ", 9, 85)}},
      {2021,
       {standing(kDepartments, "Cục Thuế tỉnh", 2, 94.87),
        standing(kDepartments, "Sở Nội vụ", 6, 88.64),
        standing(kDepartments, "Ban Quản lý các khu công nghiệp", 18, 79.52, "Khá")}},
      {2022,
       {standing(kDepartments, "Cục Thuế tỉnh", 1, 98.12), standing(kDepartments, "Sở Nội vụ", 5)}},
  });
}

}  // namespace

TEST_CASE("history_writer: the history is a unit × year table with best, worst and change") {
  const std::string expected = R"md(# Xếp hạng qua các năm 2020–2022

3 đơn vị trong 1 nhóm, 3 năm: 2020, 2021, 2022. Mỗi ô ghi hạng (chỉ số %).

## Sở, ban, ngành

| Đơn vị | 2020 | 2021 | 2022 | Tốt nhất | Kém nhất | Thay đổi |
|----------------------------------|-----------:|------------:|-----------:|-----------------|-----------------|----------------------------------|
| Cục Thuế tỉnh | 1 (96,61) | 2 (94,87) | 1 (98,12) | 2022 (hạng 1) | 2021 (hạng 2) | = giữ nguyên; +1,51 (2020–2022) |
| Sở Nội vụ | 9 (85,00) | 6 (88,64) | 5 | 2022 (hạng 5) | 2020 (hạng 9) | ↑4 tăng 4 bậc (2020–2022) |
| Ban Quản lý các khu công nghiệp |  | 18 (79,52) |  | 2021 (hạng 18) | 2021 (hạng 18) | chỉ có năm 2021 |

Tốt nhất, kém nhất: năm đơn vị có hạng cao nhất, thấp nhất (cùng hạng: năm gần nhất). Thay đổi: từ năm đầu đến năm cuối đơn vị có trong bảng xếp hạng; chỉ số tính bằng điểm phần trăm.
)md";
  CHECK(history_markdown(three_years(), Language::kVietnamese, 2) == expected);
}

TEST_CASE("history_writer: the English history of one year") {
  const History one = history({{2022, {standing("", "Sở Nội vụ", 1, 89.62)}}});
  CHECK(history_markdown(one, Language::kEnglish, 1) ==
        "# Ranking 2022\n\n"
        "1 unit in 1 group, 1 year: 2022. Each cell: rank (index %).\n\n"
        "## All units\n\n"
        "| Unit | 2022 | Best | Worst | Change |\n"
        "|------------|----------:|----------------|----------------|------------|\n"
        "| Sở Nội vụ | 1 (89.6) | 2022 (rank 1) | 2022 (rank 1) | 2022 only |\n\n"
        "Best and worst: the year of the unit's best and worst rank (equal ranks: the latest "
        "year). Change: from "
        "the first to the last year the unit was ranked; the index in percentage points.\n");
}

TEST_CASE("history_writer: a merged unit says what it was formed from; its change starts then") {
  const std::vector<YearStandings> years = {
      {2022,
       {standing("", "Sở Nội vụ", 1, 92.0), standing("", kLabour, 2, 90.0),
        standing("", "Sở A", 3, 80.0), standing("", "Sở B", 4, 75.0)}},
      {2023, {standing("", "Sở C", 1, 91.0), standing("", "Sở Nội vụ", 3, 88.0)}},
      {2024, {standing("", "Sở C", 1, 93.0), standing("", "Sở Nội vụ", 2, 89.5)}},
  };
  const std::vector<Rename> renames = {
      {kLabour, "Sở Nội vụ", 2023}, {"Sở A", "Sở C", 2023}, {"Sở B", "Sở C", 2023}};
  const History merged = history(years, find_mergers(years, renames));
  const std::string vi = history_markdown(merged, Language::kVietnamese, 2);
  CHECK(vi.find("| Sở Nội vụ | 1 (92,00) | 3 (88,00) | 2 (89,50) | 2024 (hạng 2) | 2023 (hạng 3) "
                "| hợp nhất năm 2023 từ Sở Nội vụ, Sở Lao động, Thương binh và Xã hội; ↑1 tăng 1 "
                "bậc; +1,50 (2023–2024) |\n") != std::string::npos);
  CHECK(vi.find("| Sở C |  | 1 (91,00) | 1 (93,00) | 2024 (hạng 1) | 2024 (hạng 1) | hợp nhất năm "
                "2023 từ Sở A, Sở B; = giữ nguyên; +2,00 (2023–2024) |\n") != std::string::npos);
  CHECK(
      vi.ends_with("chỉ số tính bằng điểm phần trăm. Đơn vị hợp nhất: tốt nhất, kém nhất và "
                   "thay đổi tính từ năm hợp nhất.\n"));
  const std::vector<YearStandings> two(years.begin(), years.begin() + 2);
  const std::string en =
      history_markdown(history(two, find_mergers(two, renames)), Language::kEnglish, 2);
  CHECK(en.find("| 2023 (rank 3) | 2023 (rank 3) | merged in 2023 from Sở Nội vụ, Sở Lao động, "
                "Thương binh và Xã hội |\n") != std::string::npos);
}

TEST_CASE("history_writer: the history CSV has one row per unit and year it was ranked") {
  CHECK(history_csv(three_years(), 2) ==
        "year,rank,index,band,group,unit\n"
        "2020,1,96.61,,\"Sở, ban, ngành\",Cục Thuế tỉnh\n"
        "2021,2,94.87,,\"Sở, ban, ngành\",Cục Thuế tỉnh\n"
        "2022,1,98.12,,\"Sở, ban, ngành\",Cục Thuế tỉnh\n"
        "2020,9,85.00,,\"Sở, ban, ngành\",Sở Nội vụ\n"
        "2021,6,88.64,,\"Sở, ban, ngành\",Sở Nội vụ\n"
        "2022,5,,,\"Sở, ban, ngành\",Sở Nội vụ\n"
        "2021,18,79.52,Khá,\"Sở, ban, ngành\",Ban Quản lý các khu công nghiệp\n");
}

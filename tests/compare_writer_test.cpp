// Tests of compare_writer: the Markdown and CSV outputs of chiso compare and chiso history.
#include "chiso/io/compare_writer.h"
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

// Departments in 2021 and 2022: a climb of 11, a held rank, a fall of 2, a new and a gone unit.
Comparison departments() {
  return compare({2021,
                  {standing(kDepartments, "Sở Tư pháp", 1, 90.10, "Xuất sắc"),
                   standing(kDepartments, "Sở Nội vụ", 2, 88, "Tốt"),
                   standing(kDepartments, "Sở Ngoại vụ", 3, 86.5, "Tốt"),
                   standing(kDepartments, kLabour, 12, 85.25, "Tốt")}},
                 {2022,
                  {standing(kDepartments, kLabour, 1, 92.5, "Xuất sắc"),
                   standing(kDepartments, "Sở Nội vụ", 2, 88, "Tốt"),
                   standing(kDepartments, "Sở Tư pháp", 3, 85, "Tốt"),
                   standing(kDepartments, "Sở Y tế", 4, 70.7, "Khá")}});
}

}  // namespace

TEST_CASE("compare_writer: the Vietnamese comparison reads as a published report") {
  CompareOptions options;
  const std::string expected = R"md(# So sánh xếp hạng năm 2022 với năm 2021

So sánh 4 đơn vị của năm 2022 với 4 đơn vị của năm 2021, trong 1 nhóm; đơn vị được đối chiếu theo tên.

## Sở, ban, ngành

1 đơn vị tăng bậc, 1 đơn vị giảm bậc, 1 đơn vị giữ nguyên, 1 đơn vị mới, 1 đơn vị không còn trong bảng xếp hạng.

Tăng nhiều bậc nhất:

- Sở Lao động, Thương binh và Xã hội: tăng 11 bậc (từ hạng 12 lên hạng 1)

Giảm nhiều bậc nhất:

- Sở Tư pháp: giảm 2 bậc (từ hạng 1 xuống hạng 3)

Xếp loại năm 2022 so với năm 2021:

- 1/4 xếp loại Xuất sắc, không đổi (năm 2021: 1/4)
- 2/4 xếp loại Tốt, giảm 1 đơn vị (năm 2021: 3/4)
- 1/4 xếp loại Khá, tăng 1 đơn vị (năm 2021: 0/4)

| Hạng 2022 | Đơn vị | Hạng 2021 | Thay đổi | Chỉ số 2022 (%) | Chỉ số 2021 (%) | Thay đổi chỉ số | Xếp loại |
|---:|---|---:|---|---:|---:|---:|---|
| 1 | Sở Lao động, Thương binh và Xã hội | 12 | ↑11 tăng 11 bậc | 92,50 | 85,25 | +7,25 | Tốt → Xuất sắc |
| 2 | Sở Nội vụ | 2 | = giữ nguyên | 88,00 | 88,00 | 0,00 | Tốt |
| 3 | Sở Tư pháp | 1 | ↓2 giảm 2 bậc | 85,00 | 90,10 | -5,10 | Xuất sắc → Tốt |

Đơn vị mới, không có trong xếp hạng năm 2021:

- Sở Y tế: hạng 4, chỉ số 70,70%, xếp loại Khá

Không còn trong bảng xếp hạng năm 2022:

- Sở Ngoại vụ: hạng 3, chỉ số 86,50%, xếp loại Tốt

Thay đổi thứ hạng = hạng năm trước − hạng năm sau: "tăng N bậc" là vươn lên N bậc, "giảm N bậc" là tụt N bậc. Thay đổi chỉ số tính bằng điểm phần trăm.
)md";
  CHECK(compare_markdown(departments(), options) == expected);
}

TEST_CASE(
    "compare_writer: the English comparison names files without a year and notes other "
    "frameworks") {
  Comparison comparison =
      compare({std::nullopt, {standing("", "Sở Nội vụ", 2), standing("", "Sở Tư pháp", 1)}},
              {2022, {standing("", "Sở Nội vụ", 1, 89.62), standing("", "Sở Tư pháp", 2, 89.15)}});
  CompareOptions options;
  options.language = Language::kEnglish;
  options.old_source = "published-2021.csv";
  options.new_source = "out/ranking.csv";
  options.different_frameworks = true;
  const std::string expected = R"md(# Ranking of 2022 against `published-2021.csv`

2 units of 2022 (`out/ranking.csv`) compared with 2 units of `published-2021.csv`, in 1 group; units are matched by name.

The two years were scored on different frameworks; they are compared at index level.

## All units

1 unit climbed, 1 fell, 0 held their rank, 0 new, 0 gone.

Largest climbs:

- Sở Nội vụ: up 1 place (from rank 2 to 1)

Largest falls:

- Sở Tư pháp: down 1 place (from rank 1 to 2)

| Rank 2022 | Unit | Rank before | Change | Index 2022 (%) | Index before (%) | Index change | Band |
|---:|---|---:|---|---:|---:|---:|---|
| 1 | Sở Nội vụ | 2 | ↑1 up 1 | 89.62 |  |  |  |
| 2 | Sở Tư pháp | 1 | ↓1 down 1 | 89.15 |  |  |  |

Rank change = earlier rank − later rank: "up N" is a climb of N places, "down N" a fall. Index changes are in percentage points.
)md";
  CHECK(compare_markdown(comparison, options) == expected);
}

TEST_CASE("compare_writer: a group without climbs or falls says so; a '|' in a name is escaped") {
  Comparison comparison = compare({2021, {standing("", "Sở A|B", 1, 90, "Tốt")}},
                                  {2022, {standing("", "Sở A|B", 1, 91, "Tốt")}});
  const std::string markdown = compare_markdown(comparison, {});
  CHECK(markdown.find("Không có đơn vị nào tăng bậc.\n\nKhông có đơn vị nào giảm bậc.\n\n") !=
        std::string::npos);
  CHECK(markdown.find("| 1 | Sở A\\|B | 1 | = giữ nguyên | 91,00 | 90,00 | +1,00 | Tốt |\n") !=
        std::string::npos);
}

TEST_CASE(
    "compare_writer: the CSV has one row per unit, numbers first, names last, quoted where "
    "needed") {
  const std::string header =
      "rank_change,old_rank,new_rank,index_change,old_index,new_index,status,old_band,new_band,"
      "group,unit\n";
  CHECK(compare_csv(departments(), 2) ==
        header +
            "11,12,1,7.25,85.25,92.50,climbed,Tốt,Xuất sắc,\"Sở, ban, ngành\",\"Sở Lao động, "
            "Thương binh và Xã hội\"\n"
            "0,2,2,0.00,88.00,88.00,held,Tốt,Tốt,\"Sở, ban, ngành\",Sở Nội vụ\n"
            "-2,1,3,-5.10,90.10,85.00,fell,Xuất sắc,Tốt,\"Sở, ban, ngành\",Sở Tư pháp\n"
            ",,4,,,70.70,new,,Khá,\"Sở, ban, ngành\",Sở Y tế\n"
            ",3,,,86.50,,gone,Tốt,,\"Sở, ban, ngành\",Sở Ngoại vụ\n");
  Comparison quoted =
      compare({2021, {standing("", "Sở \"A\"", 1)}}, {2022, {standing("", "Sở \"A\"", 1)}});
  CHECK(compare_csv(quoted, 1) == header + "0,1,1,,,,held,,,,\"Sở \"\"A\"\"\"\n");
}

namespace {

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

TEST_CASE("compare_writer: the history is a unit × year table with best, worst and change") {
  const std::string expected = R"md(# Xếp hạng qua các năm 2020–2022

3 đơn vị trong 1 nhóm, 3 năm: 2020, 2021, 2022. Mỗi ô ghi hạng (chỉ số %).

## Sở, ban, ngành

| Đơn vị | 2020 | 2021 | 2022 | Tốt nhất | Kém nhất | Thay đổi |
|---|---:|---:|---:|---|---|---|
| Cục Thuế tỉnh | 1 (96,61) | 2 (94,87) | 1 (98,12) | 2022 (hạng 1) | 2021 (hạng 2) | = giữ nguyên; +1,51 (2020–2022) |
| Sở Nội vụ | 9 (85,00) | 6 (88,64) | 5 | 2022 (hạng 5) | 2020 (hạng 9) | ↑4 tăng 4 bậc (2020–2022) |
| Ban Quản lý các khu công nghiệp |  | 18 (79,52) |  | 2021 (hạng 18) | 2021 (hạng 18) | chỉ có năm 2021 |

Tốt nhất, kém nhất: năm đơn vị có hạng cao nhất, thấp nhất (cùng hạng: năm gần nhất). Thay đổi: từ năm đầu đến năm cuối đơn vị có trong bảng xếp hạng; chỉ số tính bằng điểm phần trăm.
)md";
  CHECK(history_markdown(three_years(), Language::kVietnamese, 2) == expected);
}

TEST_CASE("compare_writer: the English history of one year") {
  const History one = history({{2022, {standing("", "Sở Nội vụ", 1, 89.62)}}});
  CHECK(history_markdown(one, Language::kEnglish, 1) ==
        "# Ranking 2022\n\n"
        "1 unit in 1 group, 1 year: 2022. Each cell: rank (index %).\n\n"
        "## All units\n\n"
        "| Unit | 2022 | Best | Worst | Change |\n"
        "|---|---:|---|---|---|\n"
        "| Sở Nội vụ | 1 (89.6) | 2022 (rank 1) | 2022 (rank 1) | 2022 only |\n\n"
        "Best and worst: the year of the unit's best and worst rank (equal ranks: the latest "
        "year). Change: from "
        "the first to the last year the unit was ranked; the index in percentage points.\n");
}

TEST_CASE("compare_writer: the history CSV has one row per unit and year it was ranked") {
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

// Tests of compare_writer: the Markdown and CSV outputs of chiso compare.
#include "chiso/io/compare_writer.h"

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
|-------:|-------------------------------------|-------:|------------------|----------:|----------:|----------:|-----------------|
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

1 unit climbed, 1 fell, none held its rank, none new, none gone.

Largest climbs:

- Sở Nội vụ: up 1 place (from rank 2 to 1)

Largest falls:

- Sở Tư pháp: down 1 place (from rank 1 to 2)

| Rank 2022 | Unit | Rank before | Change | Index 2022 (%) | Index before (%) | Index change | Band |
|-------:|-------------|---------:|------------|---------:|----------:|---------:|--------|
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

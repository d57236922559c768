// Tests of robustness_writer: robustness.csv, discrimination.csv and the Markdown section.
#include "chiso/io/robustness_writer.h"

#include <doctest/doctest.h>

#include <string>

using namespace chiso;

namespace {

CriterionRow row(std::string id, std::string parent, std::optional<double> max) {
  CriterionRow result;
  result.id = std::move(id);
  result.parent = std::move(parent);
  result.name = "Lĩnh vực " + result.id;
  result.max = max;
  return result;
}

Framework two_fields() {
  Diagnostics diagnostics;
  return Framework::build({row("1", "", std::nullopt), row("1.1", "1", 10),
                           row("2", "", std::nullopt), row("2.1", "2", 10)},
                          diagnostics);
}

YearRobustness sample() {
  YearRobustness year;
  year.year = 2022;
  year.groups = {"Sở, ban, ngành"};
  year.group_mean_shift = {1.25};
  year.has_bands = true;
  year.units = {{"Sở, ban, ngành", "Sở Nội vụ", 1, 1, 1, 3, 0.5, "Tốt", 97.25},
                {"Sở, ban, ngành", "Sở Tư pháp", 2, 3, 1, 3, 1.5, "Tốt", 88.0},
                {"Sở, ban, ngành", "Sở Y tế", 3, 3, 3, 3, 0, "Khá", 100}};
  year.flat = {{3, true, 10, 3}};  // node 3 is leaf 2.1
  year.correlations = {{0, 1, -0.4567, 3}};
  return year;
}

}  // namespace

TEST_CASE("robustness_writer: robustness.csv has one row per ranked unit") {
  CHECK(robustness_csv({sample()}, {}) ==
        "year,group,unit,rank,median_rank,rank_low,rank_high,mean_abs_shift,band,band_kept\n"
        "2022,\"Sở, ban, ngành\",Sở Nội vụ,1,1,1,3,0.50,Tốt,97.3\n"
        "2022,\"Sở, ban, ngành\",Sở Tư pháp,2,3,1,3,1.50,Tốt,88.0\n"
        "2022,\"Sở, ban, ngành\",Sở Y tế,3,3,3,3,0.00,Khá,100.0\n");
}

TEST_CASE("robustness_writer: discrimination.csv lists flat criteria, then the correlations") {
  CHECK(discrimination_csv({sample()}, two_fields(), {}, 2) ==
        "year,kind,criterion,name,other,other_name,value,units\n"
        "2022,at_maximum,2.1,Lĩnh vực 2.1,,,10.00,3\n"
        "2022,correlation,1,Lĩnh vực 1,2,Lĩnh vực 2,-0.457,3\n");
}

TEST_CASE("robustness_writer: the section names the widest intervals and unsettled pairs") {
  RobustnessReport report;
  report.settings.runs = 200;
  const std::string vi = robustness_markdown({sample()}, two_fields(), report);
  CHECK(
      vi.starts_with("# Chỉ số cải cách hành chính năm 2022: độ vững của xếp hạng\n\n"
                     "Xếp hạng lại 3 đơn vị trong 1 nhóm 200 lần,"));
  CHECK(vi.find("Dịch chuyển hạng tuyệt đối trung bình của nhóm: 1,25 bậc.\n") !=
        std::string::npos);
  CHECK(vi.find("| 2 | Sở Tư pháp | 3 | 1–3 | 1,50 | Tốt | 88,0 |\n") != std::string::npos);
  CHECK(vi.find("Khoảng hạng rộng nhất: Sở Nội vụ (hạng 1, có thể từ 1 đến 3); Sở Tư pháp (hạng "
                "2, có thể từ 1 đến 3).\n") != std::string::npos);
  // Nội vụ (1) and Tư pháp (2) hold each other's rank; Tư pháp's 1–3 holds Y tế's 3, but Y
  // tế's 3–3 does not hold 2.
  CHECK(vi.find("chứa hạng của đơn vị kia): Sở Nội vụ (1) và Sở Tư pháp (2).\n") !=
        std::string::npos);
  CHECK(vi.find("| 2.1 | Lĩnh vực 2.1 | mọi đơn vị đạt điểm tối đa | 10,00 | 10,00 | 3 |\n") !=
        std::string::npos);
  CHECK(vi.find("| 1\\. Lĩnh vực 1 | 1,00 | -0,46 |\n") != std::string::npos);
  report.language = Language::kEnglish;
  report.settings.weights = 0;
  const std::string en = robustness_markdown({sample()}, two_fields(), report);
  CHECK(en.starts_with("# Administrative reform index 2022: how sure the ranking is\n"));
  CHECK(en.find("- Weights: as the framework gives them.\n") != std::string::npos);
  CHECK(en.find("Neighbours whose order is not settled (the interval of each holds the other's "
                "rank): Sở Nội vụ (1) and Sở Tư pháp (2).\n") != std::string::npos);
}

TEST_CASE("robustness_writer: a group names its first 30 unsettled pairs and counts the others") {
  YearRobustness year = sample();
  year.units.clear();
  // 34 units whose intervals all hold one another's ranks: 33 unsettled pairs.
  for (int r = 1; r <= 34; ++r)
    year.units.push_back(
        {"Sở, ban, ngành", "Đơn vị " + std::to_string(r), r, r, 1, 34, 1.0, "", std::nullopt});
  year.has_bands = false;
  RobustnessReport report;
  const std::string vi = robustness_markdown({year}, two_fields(), report);
  CHECK(vi.find("Đơn vị 30 (30) và Đơn vị 31 (31); và 3 cặp khác (xem khoảng hạng trong bảng "
                "trên).\n") != std::string::npos);
  CHECK(vi.find("Đơn vị 31 (31) và Đơn vị 32") == std::string::npos);
  report.language = Language::kEnglish;
  const std::string en = robustness_markdown({year}, two_fields(), report);
  CHECK(en.find("Đơn vị 30 (30) and Đơn vị 31 (31); and 3 more (see the intervals in the table "
                "above).\n") != std::string::npos);
}

// Tests of analysis_writer: lost-points.csv, self-assessment.csv and the Markdown of the analyses.
#include "chiso/io/analysis_writer.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace chiso;

namespace {

CriterionRow criterion(std::string id, std::string parent, std::optional<double> max,
                       std::string owner, int line) {
  CriterionRow row;
  row.id = std::move(id);
  row.parent = std::move(parent);
  row.name = "Tiêu chí " + row.id;
  row.max = max;
  row.owner = std::move(owner);
  row.where = {"framework.csv", line, 1};
  return row;
}

Framework small_framework() {
  Diagnostics diagnostics;
  Framework framework = Framework::build(
      {criterion("1", "", std::nullopt, "", 2), criterion("1.1", "1", 4, "Sở Nội vụ", 3),
       criterion("1.2", "1", 6, "Sở Tư pháp, Văn phòng", 4)},
      diagnostics);
  REQUIRE(diagnostics.all().empty());
  return framework;
}

YearAnalysis analysis() {
  YearAnalysis year;
  year.year = 2023;
  year.previous_year = 2022;
  GroupLosses losses;
  losses.group = "Sở, ban, ngành";
  losses.units = 2;
  losses.criteria = {{0, 1, 14, 20, 2, 2}, {2, 2, 8, 12, 1, 2}, {1, 2, 6, 8, 1, 2}};
  losses.fields = {{0, 1, 14, 20, 2, 2}};
  losses.contributions = {-2.5};
  losses.mean_index_change = -2.5;
  year.losses = {losses};
  GroupSelfAssessment self;
  self.group = "Sở, ban, ngành";
  self.units = {{"Sở A", {9, 10}, {8, 10}}, {"Sở B", {6, 10}, {6, 10}}};
  self.mean_self = 7.5;
  self.mean_appraised = 7;
  self.overshot = {{"Sở A", {9, 10}, {8, 10}}};
  self.disagreements = {{1, 1}};
  year.self = {self};
  return year;
}

// The year of analysis(), as rank_years hands it to the writers.
RankedYear ranked() {
  RankedYear year;
  year.analysis = analysis();
  return year;
}

}  // namespace

TEST_CASE("analysis_writer: lost-points.csv lists every node worst first, quoted where needed") {
  CHECK(lost_points_csv({ranked()}, small_framework(), {}, 2) ==
        "year,group,level,id,name,owner,max,points_lost,units_losing,units,share_losing,"
        "achievement,contribution\n"
        "2023,\"Sở, ban, ngành\",1,1,Tiêu chí 1,,10.00,6.00,2,2,100.00,70.00,-2.50\n"
        "2023,\"Sở, ban, ngành\",2,1.2,Tiêu chí 1.2,\"Sở Tư pháp, Văn "
        "phòng\",6.00,4.00,1,2,50.00,66.67,\n"
        "2023,\"Sở, ban, ngành\",2,1.1,Tiêu chí 1.1,Sở Nội vụ,4.00,2.00,1,2,50.00,75.00,\n");
}

TEST_CASE("analysis_writer: self-assessment.csv gives both totals and the gaps") {
  CHECK(self_assessment_csv({ranked()}, {false, true}, 2) ==
        "year;group;unit;self_points;appraised_points;max;gap_points;self_index;appraised_index;"
        "gap_index\n"
        "2023;Sở, ban, ngành;Sở A;9,00;8,00;10,00;1,00;90,00;80,00;10,00\n"
        "2023;Sở, ban, ngành;Sở B;6,00;6,00;10,00;0,00;60,00;60,00;0,00\n");
}

TEST_CASE("analysis_writer: the report section names the costliest leaves with their owner") {
  const std::string text =
      group_analysis_markdown(analysis(), 0, small_framework(), Language::kVietnamese, 2);
  CHECK(text ==
        "### Điểm bị mất nhiều nhất\n\n"
        "| Tiêu chí | Nội dung | Điểm bị mất | Số đơn vị bị mất điểm | Đạt (%) | Cơ quan phụ trách "
        "|\n"
        "|--------|---------------|--------:|-------------:|-------:|------------------------|\n"
        "| 1.2 | Tiêu chí 1.2 | 4,00 | 1/2 | 66,67 | Sở Tư pháp, Văn phòng |\n"
        "| 1.1 | Tiêu chí 1.1 | 2,00 | 1/2 | 75,00 | Sở Nội vụ |\n\n"
        "### Kết quả theo lĩnh vực\n\n"
        "| Lĩnh vực | Nội dung | Đạt (%) | Điểm bị mất | Đóng góp vào thay đổi chỉ số so với năm "
        "2022 |\n"
        "|--------|-------------|-------:|--------:|------------------------:|\n"
        "| 1 | Tiêu chí 1 | 70,00 | 6,00 | -2,50 |\n\n"
        "Chỉ số trung bình của nhóm thay đổi -2,50 điểm phần trăm so với năm 2022.\n\n"
        "### Tự đánh giá so với thẩm định\n\n"
        "2 đơn vị có tự đánh giá: điểm tự đánh giá trung bình 7,50, điểm thẩm định 7,00.\n\n"
        "Tự đánh giá cao hơn kết quả thẩm định nhiều nhất:\n\n"
        "- Sở A: tự đánh giá 9,00, thẩm định 8,00 (+1,00 điểm; +10,00 điểm phần trăm)\n\n"
        "Tiêu chí có điểm tự đánh giá khác điểm thẩm định ở nhiều đơn vị nhất:\n\n"
        "- 1.1 Tiêu chí 1.1: 1 đơn vị\n\n");
}

TEST_CASE(
    "analysis_writer: an explanation states the tie, the targets and the field contributions") {
  Explanation explanation;
  explanation.unit.year = 2023;
  explanation.unit.group = "";
  explanation.unit.rank = 2;
  explanation.unit.unit = "Sở C";
  explanation.unit.total = {8, 10};
  explanation.unit.index = 80;
  explanation.unit.band = "Tốt";
  explanation.ranked = 3;
  explanation.rank_above = 1;
  explanation.tied_with = {"Sở D"};
  explanation.next_band = PointsNeeded{"Xuất sắc", 1, true, false};
  explanation.next_rank = PointsNeeded{"Sở A", 1.01, true, false};
  explanation.fields = {{0, 1, {8, 10}}};
  explanation.criteria = {{0, 1, {8, 10}}, {2, 2, {4, 6}}, {1, 2, {4, 4}}};
  explanation.contributions = {5};
  explanation.index_change = 5;
  CHECK(
      explanation_markdown(explanation, small_framework(), 2022, Language::kEnglish, 2) ==
      "# Sở C 2023\n\n"
      "Rank 2/3 in group All units; index 80.00%; band Tốt. Tied with: Sở D.\n\n"
      "Points 8.00 of an applicable maximum of 10.00; 2.00 points lost.\n\n"
      "## To move up\n\n"
      "- To reach band Xuất sắc: 1.00 more points.\n"
      "- To pass Sở A (rank 1): 1.01 more points.\n\n"
      "## Fields\n\n"
      "| Field | Name | Points | Maximum | Lost "
      "|\n|---------|-------------|---------:|----------:|-------:|\n"
      "| 1 | Tiêu chí 1 | 8.00 | 10.00 | 2.00 |\n\n"
      "## Criteria (most points lost first)\n\n"
      "| Criterion | Level | Name | Points | Maximum | Lost | Owner "
      "|\n|-------------|--------:|---------------|---------:|----------:|-------:|----------------"
      "--------|\n"
      "| 1.2 | 2 | Tiêu chí 1.2 | 4.00 | 6.00 | 2.00 | Sở Tư pháp, Văn phòng |\n"
      "| 1.1 | 2 | Tiêu chí 1.1 | 4.00 | 4.00 | 0.00 | Sở Nội vụ |\n\n"
      "## Against 2022\n\n"
      "The index changed by +5.00 percentage points (from 75.00% to 80.00%); each field's part:\n\n"
      "| Field | Name | Contribution (percentage points) "
      "|\n|---------|-------------|------------------:|\n"
      "| 1 | Tiêu chí 1 | +5.00 |\n");
}

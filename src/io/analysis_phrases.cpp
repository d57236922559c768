#include "io/analysis_phrases.h"

namespace chiso {
namespace {

const AnalysisPhrases kVietnamese{
    "Tất cả đơn vị",
    "### Điểm bị mất nhiều nhất\n\n",
    "| Tiêu chí | Nội dung | Điểm bị mất | Số đơn vị bị mất điểm | Đạt (%) | Cơ quan phụ trách |\n"
    "|---|---|---:|---:|---:|---|\n",
    "Không đơn vị nào bị mất điểm.\n\n",
    "### Kết quả theo lĩnh vực\n\n",
    "| Lĩnh vực | Nội dung | Đạt (%) | Điểm bị mất |",
    " Đóng góp vào thay đổi chỉ số so với năm {year} |",
    "Chỉ số trung bình của nhóm thay đổi {change} điểm phần trăm so với năm {year}.\n\n",
    "### Tự đánh giá so với thẩm định\n\n",
    "{units} có tự đánh giá: điểm tự đánh giá trung bình {self}, điểm thẩm định {appraised}.\n\n",
    "Chưa có tự đánh giá: {units}.\n\n",
    "Tự đánh giá cao hơn kết quả thẩm định nhiều nhất:\n\n",
    "- {unit}: tự đánh giá {self}, thẩm định {appraised} ({gap} điểm; {gap_index} điểm phần "
    "trăm)\n",
    "Không đơn vị nào tự đánh giá cao hơn kết quả thẩm định.\n\n",
    "Tiêu chí có điểm tự đánh giá khác điểm thẩm định ở nhiều đơn vị nhất:\n\n",
    "- {id} {name}: {units} đơn vị\n",
    "# {unit} năm {year}\n\n",
    "Hạng {rank}/{ranked} trong nhóm {group}; chỉ số {index}%",
    "; xếp loại {band}",
    "Không xếp hạng năm nay (nhóm {group}); chỉ số {index}%",
    " Đồng hạng với: {units}.",
    "Điểm {points} trên tối đa áp dụng {max}; bị mất {lost} điểm.\n\n",
    "## Để lên hạng\n\n",
    "- Lên xếp loại {band}: cần thêm {points} điểm.\n",
    "- Lên xếp loại {band}: cần thêm {points} điểm, nhiều hơn số điểm còn có thể đạt.\n",
    "- Đã ở xếp loại cao nhất.\n",
    "- Vượt {units} (hạng {rank}): cần thêm {points} điểm.\n",
    "- Vượt các đơn vị đồng hạng {rank} ({units}): cần thêm {points} điểm.\n",
    "- Vượt {units} (hạng {rank}): cần thêm {points} điểm, nhiều hơn số điểm còn có thể đạt.\n",
    "- Đang đứng hạng 1 trong nhóm.\n",
    "## Theo lĩnh vực\n\n",
    "| Lĩnh vực | Nội dung | Điểm | Tối đa | Bị mất |\n|---|---|---:|---:|---:|\n",
    "## Theo tiêu chí (mất nhiều điểm nhất trước)\n\n",
    "| Tiêu chí | Cấp | Nội dung | Điểm | Tối đa | Bị mất | Cơ quan phụ trách "
    "|\n|---|---:|---|---:|---:|---:|---|\n",
    "## So với năm {year}\n\n",
    "Chỉ số thay đổi {change} điểm phần trăm (từ {from}% đến {to}%); đóng góp của từng lĩnh "
    "vực:\n\n",
    "| Lĩnh vực | Nội dung | Đóng góp (điểm phần trăm) |\n|---|---|---:|\n",
    "Không có kết quả năm trước của đơn vị này để so sánh.\n",
    true,
};

const AnalysisPhrases kEnglish{
    "All units",
    "### Where points were lost\n\n",
    "| Criterion | Name | Points lost | Units losing points | Achieved (%) | Owner |\n"
    "|---|---|---:|---:|---:|---|\n",
    "No unit lost points.\n\n",
    "### Fields\n\n",
    "| Field | Name | Achieved (%) | Points lost |",
    " Contribution to the index change since {year} |",
    "The group's mean index changed by {change} percentage points since {year}.\n\n",
    "### Self-assessment against appraisal\n\n",
    "{units} assessed themselves: mean self-assessed points {self}, appraised {appraised}.\n\n",
    "No self-assessment: {units}.\n\n",
    "Self-assessment above the appraisal most:\n\n",
    "- {unit}: self-assessed {self}, appraised {appraised} ({gap} points; {gap_index} percentage "
    "points)\n",
    "No unit assessed itself above the appraisal.\n\n",
    "Criteria where self-assessment and appraisal differ for most units:\n\n",
    "- {id} {name}: {units} units\n",
    "# {unit} {year}\n\n",
    "Rank {rank}/{ranked} in group {group}; index {index}%",
    "; band {band}",
    "Not ranked this year (group {group}); index {index}%",
    " Tied with: {units}.",
    "Points {points} of an applicable maximum of {max}; {lost} points lost.\n\n",
    "## To move up\n\n",
    "- To reach band {band}: {points} more points.\n",
    "- To reach band {band}: {points} more points, more than it can still win.\n",
    "- Already in the top band.\n",
    "- To pass {units} (rank {rank}): {points} more points.\n",
    "- To pass the units tied at rank {rank} ({units}): {points} more points.\n",
    "- To pass {units} (rank {rank}): {points} more points, more than it can still win.\n",
    "- Already ranked first in its group.\n",
    "## Fields\n\n",
    "| Field | Name | Points | Maximum | Lost |\n|---|---|---:|---:|---:|\n",
    "## Criteria (most points lost first)\n\n",
    "| Criterion | Level | Name | Points | Maximum | Lost | Owner "
    "|\n|---|---:|---|---:|---:|---:|---|\n",
    "## Against {year}\n\n",
    "The index changed by {change} percentage points (from {from}% to {to}%); each field's "
    "part:\n\n",
    "| Field | Name | Contribution (percentage points) |\n|---|---|---:|\n",
    "No result of this unit in the previous year to compare with.\n",
    false,
};

}  // namespace

const AnalysisPhrases& analysis_phrases(Language language) {
  return language == Language::kEnglish ? kEnglish : kVietnamese;
}

}  // namespace chiso

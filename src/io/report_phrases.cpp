#include "io/report_phrases.h"

namespace chiso {
namespace {

const ReportPhrases kVietnamese{
    "{n} bậc",
    "{n} bậc",
    "{n} đơn vị",
    "{n} đơn vị",
    "Chỉ số cải cách hành chính",
    "# {title} năm {year}\n\n",
    "Xếp hạng {units} trong {groups} nhóm",
    "Xếp hạng {units}",
    "; so sánh với năm {year}.\n\n",
    "; so sánh với bảng xếp hạng trong tệp {file}.\n\n",
    "; không có năm trước để so sánh.\n\n",
    "Tất cả đơn vị",
    "Đơn vị chưa có trong danh sách nhóm",
    "Chỉ số của {units} có giá trị trung bình đạt {mean}, trung vị {median}; cao nhất {max} "
    "({max_unit}), thấp nhất {min} ({min_unit}).\n\n",
    "### Xếp loại\n\n",
    "| Xếp loại | Số đơn vị | Tỷ lệ |\n|---|---:|---:|\n",
    "Chưa xếp loại",
    "Xếp loại ",
    "{label} có {units}, chiếm {share}%",
    "### Bảng xếp hạng\n\n",
    "năm {year}",
    "năm trước",
    {"Hạng", "Đơn vị", "Điểm", "Tối đa", "Chỉ số (%)", "Điểm tổng hợp", "Xếp loại",
     "Hạng {previous}", "Thay đổi"},
    {"Chỉ số so với {previous}", "Điểm so với {previous}", "Điểm so với {previous}"},
    {"%", " điểm", " điểm"},
    "không xếp hạng",
    "Không xếp hạng năm nay: {units}.\n\n",
    "### So với {previous}\n\n",
    "{climbed} tăng bậc, {fell} đơn vị giảm bậc, {held} đơn vị giữ nguyên, {new_units} đơn vị "
    "mới.\n\n",
    "{merged} được hợp nhất từ các đơn vị của {previous}, không tính thay đổi thứ hạng.\n\n",
    "Tăng nhiều bậc nhất:\n\n",
    "Giảm nhiều bậc nhất:\n\n",
    "- {unit}: tăng {change} (từ hạng {from} lên hạng {to})\n",
    "- {unit}: giảm {change} (từ hạng {from} xuống hạng {to})\n",
    "Không có đơn vị nào tăng bậc.\n\n",
    "Không có đơn vị nào giảm bậc.\n\n",
    "↑{n} tăng {n} bậc",
    "↓{n} giảm {n} bậc",
    "= giữ nguyên",
    "mới",
    "## Ghi chú phương pháp\n\n",
    "- Chỉ số (%) = điểm đạt được ÷ điểm tối đa áp dụng × 100. Tiêu chí không áp dụng với một đơn "
    "vị "
    "(`n/a`) không tính vào điểm tối đa của đơn vị đó.\n",
    "- Xếp hạng trong từng nhóm theo chỉ số {basis}, từ cao xuống thấp; {ties} Các đơn vị cùng "
    "hạng được "
    "liệt kê theo thứ tự tên.\n",
    "làm tròn đến {decimals} chữ số thập phân",
    "chưa làm tròn",
    "các đơn vị có chỉ số bằng nhau đồng hạng và hạng kế tiếp được bỏ qua (1, 2, 2, 4).",
    "các đơn vị có chỉ số bằng nhau đồng hạng và hạng kế tiếp liền sau (1, 2, 2, 3).",
    "không có đồng hạng: các đơn vị có chỉ số bằng nhau được xếp lần lượt theo thứ tự tên (1, 2, "
    "3, 4).",
    "- Thay đổi thứ hạng = hạng năm trước − hạng năm nay: \"tăng N bậc\" là vươn lên N bậc, \"giảm "
    "N bậc\" "
    "là tụt N bậc; \"mới\" là đơn vị không có trong xếp hạng năm trước. Thay đổi chỉ số tính bằng "
    "điểm "
    "phần trăm.\n",
    "- Tỷ lệ xếp loại được làm tròn đến 2 chữ số thập phân theo phương pháp phần dư lớn nhất, để "
    "tổng "
    "đúng bằng 100%.\n",
    "- Giá trị trung bình, trung vị, cao nhất và thấp nhất tính trên chỉ số chưa làm tròn.\n",
    true,
    "hợp nhất",
    "## Đơn vị đổi tên hoặc hợp nhất\n\n",
    "- {unit}: đổi tên từ {old}\n",
    "- {unit}: hợp nhất từ {old}; không tính thay đổi thứ hạng\n",
    "## Đơn vị không còn trong bảng xếp hạng\n\n",
    "- {unit}: hạng {rank} {previous}\n",
};

const ReportPhrases kEnglish{
    "{n} place",
    "{n} places",
    "{n} unit",
    "{n} units",
    "Administrative reform index",
    "# {title} {year}\n\n",
    "{units} ranked in {groups} groups",
    "{units} ranked",
    "; compared with {year}.\n\n",
    "; compared with the ranking in {file}.\n\n",
    "; no previous year to compare with.\n\n",
    "All units",
    "Units missing from the units file",
    "Mean {what} of the {units}: {mean}, median {median}; highest {max} ({max_unit}), "
    "lowest {min} ({min_unit}).\n\n",
    "### Bands\n\n",
    "| Band | Units | Share |\n|---|---:|---:|\n",
    "No band",
    "",
    "{label}: {units}, {share}%",
    "### Ranking\n\n",
    "{year}",
    "before",
    {"Rank", "Unit", "Points", "Maximum", "Index (%)", "Score", "Band", "Rank {previous}",
     "Change"},
    {"Index vs {previous}", "Points vs {previous}", "Score vs {previous}"},
    {"%", " points", ""},
    "not ranked",
    "Not ranked this year: {units}.\n\n",
    "### Against {previous}\n\n",
    "{climbed} climbed, {fell} fell, {held} held their rank, {new_units} new.\n\n",
    "{merged} formed by merging units of {previous}, without a rank change.\n\n",
    "Largest climbs:\n\n",
    "Largest falls:\n\n",
    "- {unit}: up {change} (from rank {from} to {to})\n",
    "- {unit}: down {change} (from rank {from} to {to})\n",
    "No unit climbed.\n\n",
    "No unit fell.\n\n",
    "↑{n} up {n}",
    "↓{n} down {n}",
    "= unchanged",
    "new",
    "## Method\n\n",
    "- Index (%) = points achieved ÷ applicable maximum × 100. Criteria that do not apply to a "
    "unit "
    "(`n/a`) leave that unit's maximum.\n",
    "- Units are ranked within their group on the index {basis}, highest first; {ties} Tied units "
    "are "
    "listed by name.\n",
    "rounded to {decimals} decimals",
    "unrounded",
    "equal indices share a rank and the next rank is skipped (1, 2, 2, 4).",
    "equal indices share a rank and the next rank follows on (1, 2, 2, 3).",
    "there are no shared ranks: equal indices are ranked in name order (1, 2, 3, 4).",
    "- Rank change = previous rank − current rank: \"up N\" is a climb of N places, \"down N\" a "
    "fall; "
    "\"new\" marks a unit not ranked the year before. Index changes are in percentage points.\n",
    "- Band shares are rounded to 2 decimals by the largest remainder method, so that they add up "
    "to "
    "exactly 100%.\n",
    "- Means, medians, highest and lowest are taken on the unrounded index.\n",
    false,
    "merged",
    "## Renamed and merged units\n\n",
    "- {unit}: renamed from {old}\n",
    "- {unit}: formed from {old}; no rank change\n",
    "## Units no longer ranked\n\n",
    "- {unit}: rank {rank} ({previous})\n",
};

}  // namespace

const ReportPhrases& report_phrases(Language language) {
  return language == Language::kEnglish ? kEnglish : kVietnamese;
}

}  // namespace chiso

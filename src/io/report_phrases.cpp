#include "io/report_phrases.h"

#include <fmt/format.h>

namespace chiso {
namespace {

const ReportPhrases kVietnamese{
    .places_one = "{n} bậc",
    .places_many = "{n} bậc",
    .units_one = "{n} đơn vị",
    .units_many = "{n} đơn vị",
    .default_title = "Chỉ số cải cách hành chính",
    .year_title = "{title} năm {year}",
    .ranked = "Xếp hạng {units} trong {groups} nhóm",
    .ranked_one_group = "Xếp hạng {units}",
    .compared_year = "; so sánh với năm {year}.",
    .compared_unknown = "; so sánh với bảng xếp hạng năm trước.",
    .not_compared = "; không có năm trước để so sánh.",
    .all_units = "Tất cả đơn vị",
    .unlisted_units = "Đơn vị chưa có trong danh sách nhóm",
    .group_summary =
        "Chỉ số của {units} có giá trị trung bình đạt {mean}, trung vị {median}; "
        "cao nhất {max} ({max_unit}), thấp nhất {min} ({min_unit}).",
    .figure_name = {.index = "chỉ số", .points = "điểm", .score = "điểm tổng hợp"},
    .bands_heading = "Xếp loại",
    .band_columns = {.band = "Xếp loại", .units = "Số đơn vị", .share = "Tỷ lệ"},
    .no_band = "Chưa xếp loại",
    .band_units_one = "{n:02} đơn vị",
    .band_units_many = "{n:02} đơn vị",
    .band_sentence = "xếp loại {label} có {units}, chiếm {share}%",
    .band_named = "xếp loại {label} có {units} là {names}, chiếm {share}%",
    .band_none = "không có đơn vị nào xếp loại {labels}",
    .band_unrated = "có {units} chưa được xếp loại, chiếm {share}%",
    .table_heading = "Bảng xếp hạng",
    .previous_year = "năm {year}",
    .previous_unknown = "năm trước",
    .columns = {.number = "STT",
                .rank = "Hạng",
                .unit = "Đơn vị",
                .points = "Điểm",
                .maximum = "Tối đa",
                .index = "Chỉ số (%)",
                .score = "Điểm tổng hợp",
                .band = "Xếp loại",
                .previous_rank = "Hạng {previous}",
                .change = "Thay đổi"},
    .figure_change = {.index = "Chỉ số so với {previous}",
                      .points = "Điểm so với {previous}",
                      .score = "Điểm so với {previous}"},
    .figure_suffix = {.index = "%", .points = " điểm", .score = " điểm"},
    .not_ranked = "không xếp hạng",
    .not_ranked_sentence = "Không xếp hạng năm nay: {units}.",
    .changes_heading = "So với {previous}",
    .climbed_some = "{units} tăng bậc",
    .climbed_none = "không có đơn vị nào tăng bậc",
    .fell_some = "{units} giảm bậc",
    .fell_none = "không có đơn vị nào giảm bậc",
    .held_some = "{units} giữ nguyên thứ hạng",
    .new_some = "{units} mới vào bảng xếp hạng",
    .changes_merged =
        "{merged} được hợp nhất từ các đơn vị của {previous}, không tính thay đổi thứ hạng.",
    .climbers = "Tăng nhiều bậc nhất:",
    .fallers = "Giảm nhiều bậc nhất:",
    .move_up = "{unit}: tăng {change} (từ hạng {from} lên hạng {to})",
    .move_down = "{unit}: giảm {change} (từ hạng {from} xuống hạng {to})",
    .up = "↑{n} tăng {n} bậc",
    .down = "↓{n} giảm {n} bậc",
    .same = "= giữ nguyên",
    .is_new = "mới",
    .is_merged = "hợp nhất",
    .method_heading = "Ghi chú phương pháp",
    .method_index =
        "Chỉ số (%) = điểm đạt được ÷ điểm tối đa áp dụng × 100. Tiêu chí không áp dụng với "
        "một đơn vị ({not_applicable}) không tính vào điểm tối đa của đơn vị đó.",
    .method_rank =
        "Xếp hạng trong từng nhóm theo chỉ số {basis}, từ cao xuống thấp; {ties} Các "
        "đơn vị cùng hạng được liệt kê theo thứ tự tên.",
    .basis_rounded = "làm tròn đến {decimals} chữ số thập phân",
    .basis_exact = "chưa làm tròn",
    .ties_competition =
        "các đơn vị có chỉ số bằng nhau đồng hạng và hạng kế tiếp được bỏ qua (1, 2, 2, 4).",
    .ties_dense = "các đơn vị có chỉ số bằng nhau đồng hạng và hạng kế tiếp liền sau (1, 2, 2, 3).",
    .ties_ordinal =
        "không có đồng hạng: các đơn vị có chỉ số bằng nhau được xếp lần lượt theo "
        "thứ tự tên (1, 2, 3, 4).",
    .method_change =
        "Thay đổi thứ hạng = hạng năm trước − hạng năm nay: \"tăng N bậc\" là vươn "
        "lên N bậc, \"giảm N bậc\" là tụt N bậc; \"mới\" là đơn vị không có trong "
        "xếp hạng năm trước. Thay đổi chỉ số tính bằng điểm phần trăm.",
    .method_shares =
        "Tỷ lệ xếp loại được làm tròn đến 2 chữ số thập phân theo phương pháp phần "
        "dư lớn nhất, để tổng đúng bằng 100%.",
    .method_mean =
        "Giá trị trung bình, trung vị, cao nhất và thấp nhất tính trên chỉ số chưa làm tròn.",
    .renamed_heading = "Đơn vị đổi tên hoặc hợp nhất",
    .renamed_line = "{unit}: đổi tên từ {old}",
    .merged_line = "{unit}: hợp nhất từ {old}; không tính thay đổi thứ hạng",
    .gone_heading = "Đơn vị không còn trong bảng xếp hạng",
    .gone_line = "{unit}: hạng {rank} {previous}",
    .decimal_comma = true,
};

const ReportPhrases kEnglish{
    .places_one = "{n} place",
    .places_many = "{n} places",
    .units_one = "{n} unit",
    .units_many = "{n} units",
    .default_title = "Administrative reform index",
    .year_title = "{title} {year}",
    .ranked = "{units} ranked in {groups} groups",
    .ranked_one_group = "{units} ranked",
    .compared_year = "; compared with {year}.",
    .compared_unknown = "; compared with the previous ranking.",
    .not_compared = "; no previous year to compare with.",
    .all_units = "All units",
    .unlisted_units = "Units missing from the units file",
    .group_summary =
        "Mean {what} of the {units}: {mean}, median {median}; highest {max} "
        "({max_unit}), lowest {min} ({min_unit}).",
    .figure_name = {.index = "index", .points = "points", .score = "score"},
    .bands_heading = "Bands",
    .band_columns = {.band = "Band", .units = "Units", .share = "Share"},
    .no_band = "No band",
    .band_units_one = "{n} unit",
    .band_units_many = "{n} units",
    .band_sentence = "{label}: {units}, {share}%",
    .band_named = "{label}: {units} ({names}), {share}%",
    .band_none = "no unit rated {labels}",
    .band_unrated = "{units} without a band, {share}%",
    .table_heading = "Ranking",
    .previous_year = "{year}",
    .previous_unknown = "before",
    .columns = {.number = "No.",
                .rank = "Rank",
                .unit = "Unit",
                .points = "Points",
                .maximum = "Maximum",
                .index = "Index (%)",
                .score = "Score",
                .band = "Band",
                .previous_rank = "Rank {previous}",
                .change = "Change"},
    .figure_change = {.index = "Index vs {previous}",
                      .points = "Points vs {previous}",
                      .score = "Score vs {previous}"},
    .figure_suffix = {.index = "%", .points = " points", .score = ""},
    .not_ranked = "not ranked",
    .not_ranked_sentence = "Not ranked this year: {units}.",
    .changes_heading = "Against {previous}",
    .climbed_some = "{units} climbed",
    .climbed_none = "no unit climbed",
    .fell_some = "{units} fell",
    .fell_none = "no unit fell",
    .held_some = "{units} held their rank",
    .new_some = "{units} new to the ranking",
    .changes_merged = "{merged} formed by merging units of {previous}, without a rank change.",
    .climbers = "Largest climbs:",
    .fallers = "Largest falls:",
    .move_up = "{unit}: up {change} (from rank {from} to {to})",
    .move_down = "{unit}: down {change} (from rank {from} to {to})",
    .up = "↑{n} up {n}",
    .down = "↓{n} down {n}",
    .same = "= unchanged",
    .is_new = "new",
    .is_merged = "merged",
    .method_heading = "Method",
    .method_index =
        "Index (%) = points achieved ÷ applicable maximum × 100. Criteria that do not "
        "apply to a unit ({not_applicable}) leave that unit's maximum.",
    .method_rank =
        "Units are ranked within their group on the index {basis}, highest first; "
        "{ties} Tied units are listed by name.",
    .basis_rounded = "rounded to {decimals} decimals",
    .basis_exact = "unrounded",
    .ties_competition = "equal indices share a rank and the next rank is skipped (1, 2, 2, 4).",
    .ties_dense = "equal indices share a rank and the next rank follows on (1, 2, 2, 3).",
    .ties_ordinal =
        "there are no shared ranks: equal indices are ranked in name order (1, 2, 3, 4).",
    .method_change =
        "Rank change = previous rank − current rank: \"up N\" is a climb of N "
        "places, \"down N\" a fall; \"new\" marks a unit not ranked the year before. "
        "Index changes are in percentage points.",
    .method_shares =
        "Band shares are rounded to 2 decimals by the largest remainder method, so "
        "that they add up to exactly 100%.",
    .method_mean = "Means, medians, highest and lowest are taken on the unrounded index.",
    .renamed_heading = "Renamed and merged units",
    .renamed_line = "{unit}: renamed from {old}",
    .merged_line = "{unit}: formed from {old}; no rank change",
    .gone_heading = "Units no longer ranked",
    .gone_line = "{unit}: rank {rank} ({previous})",
    .decimal_comma = false,
};

}  // namespace

const ReportPhrases& report_phrases(Language language) {
  return language == Language::kEnglish ? kEnglish : kVietnamese;
}

const char* for_headline(const HeadlinePhrases& phrases, Headline headline) {
  switch (headline) {
    case Headline::kIndex:
      return phrases.index;
    case Headline::kPoints:
      return phrases.points;
    case Headline::kScore:
      return phrases.score;
  }
  return phrases.index;
}

std::vector<NamedPhrase> phrase_list(const ReportPhrases& say) {
  return {
      {"places_one", say.places_one},
      {"places_many", say.places_many},
      {"units_one", say.units_one},
      {"units_many", say.units_many},
      {"default_title", say.default_title},
      {"year_title", say.year_title},
      {"ranked", say.ranked},
      {"ranked_one_group", say.ranked_one_group},
      {"compared_year", say.compared_year},
      {"compared_unknown", say.compared_unknown},
      {"not_compared", say.not_compared},
      {"all_units", say.all_units},
      {"unlisted_units", say.unlisted_units},
      {"group_summary", say.group_summary},
      {"figure_name.index", say.figure_name.index},
      {"figure_name.points", say.figure_name.points},
      {"figure_name.score", say.figure_name.score},
      {"bands_heading", say.bands_heading},
      {"band_columns.band", say.band_columns.band},
      {"band_columns.units", say.band_columns.units},
      {"band_columns.share", say.band_columns.share},
      {"no_band", say.no_band},
      {"band_units_one", say.band_units_one},
      {"band_units_many", say.band_units_many},
      {"band_sentence", say.band_sentence},
      {"band_named", say.band_named},
      {"band_none", say.band_none},
      {"band_unrated", say.band_unrated},
      {"table_heading", say.table_heading},
      {"previous_year", say.previous_year},
      {"previous_unknown", say.previous_unknown},
      {"columns.number", say.columns.number},
      {"columns.rank", say.columns.rank},
      {"columns.unit", say.columns.unit},
      {"columns.points", say.columns.points},
      {"columns.maximum", say.columns.maximum},
      {"columns.index", say.columns.index},
      {"columns.score", say.columns.score},
      {"columns.band", say.columns.band},
      {"columns.previous_rank", say.columns.previous_rank},
      {"columns.change", say.columns.change},
      {"figure_change.index", say.figure_change.index},
      {"figure_change.points", say.figure_change.points},
      {"figure_change.score", say.figure_change.score},
      {"figure_suffix.index", say.figure_suffix.index},
      {"figure_suffix.points", say.figure_suffix.points},
      {"figure_suffix.score", say.figure_suffix.score},
      {"not_ranked", say.not_ranked},
      {"not_ranked_sentence", say.not_ranked_sentence},
      {"changes_heading", say.changes_heading},
      {"climbed_some", say.climbed_some},
      {"climbed_none", say.climbed_none},
      {"fell_some", say.fell_some},
      {"fell_none", say.fell_none},
      {"held_some", say.held_some},
      {"new_some", say.new_some},
      {"changes_merged", say.changes_merged},
      {"climbers", say.climbers},
      {"fallers", say.fallers},
      {"move_up", say.move_up},
      {"move_down", say.move_down},
      {"up", say.up},
      {"down", say.down},
      {"same", say.same},
      {"is_new", say.is_new},
      {"is_merged", say.is_merged},
      {"method_heading", say.method_heading},
      {"method_index", say.method_index},
      {"method_rank", say.method_rank},
      {"basis_rounded", say.basis_rounded},
      {"basis_exact", say.basis_exact},
      {"ties_competition", say.ties_competition},
      {"ties_dense", say.ties_dense},
      {"ties_ordinal", say.ties_ordinal},
      {"method_change", say.method_change},
      {"method_shares", say.method_shares},
      {"method_mean", say.method_mean},
      {"renamed_heading", say.renamed_heading},
      {"renamed_line", say.renamed_line},
      {"merged_line", say.merged_line},
      {"gone_heading", say.gone_heading},
      {"gone_line", say.gone_line},
  };
}

std::string change_words(const RankedUnit& unit, const ReportPhrases& say) {
  std::optional<int> change = unit.rank_change();
  if (!change && !unit.formed_from.empty()) return say.is_merged;
  if (!change) return say.is_new;
  if (*change > 0) return fmt::format(fmt::runtime(say.up), fmt::arg("n", *change));
  if (*change < 0) return fmt::format(fmt::runtime(say.down), fmt::arg("n", -*change));
  return say.same;
}

std::string previous_name(const LeagueTable& table, const ReportPhrases& say) {
  if (!table.previous_year) return say.previous_unknown;
  return fmt::format(fmt::runtime(say.previous_year), fmt::arg("year", *table.previous_year));
}

}  // namespace chiso

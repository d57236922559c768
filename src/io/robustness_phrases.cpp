// The words of chiso robustness's Markdown section, in Vietnamese and English.
#include "io/robustness_phrases.h"

namespace chiso {
namespace {

const RobustnessPhrases kVietnamese{
    .title = "{title} năm {year}: độ vững của xếp hạng",
    .intro =
        "Xếp hạng lại {units} trong {groups} {runs} lần, mỗi lần với những giả định khác "
        "mà người xếp hạng có thể đã chọn (mục Giả định và thiết lập), như bước 7 của Sổ "
        "tay xây dựng chỉ số tổng hợp của JRC/OECD. Khoảng hạng của một đơn vị đi từ phân "
        "vị thứ 5 đến phân vị thứ 95 của các hạng đơn vị nhận được: khoảng 90% số lần chạy "
        "xếp đơn vị trong khoảng này.",
    .group_shift = "Dịch chuyển hạng tuyệt đối trung bình của nhóm: {shift} bậc.",
    .col_rank = "Hạng",
    .col_unit = "Đơn vị",
    .col_median = "Hạng trung vị",
    .col_interval = "Khoảng hạng (5%–95%)",
    .col_shift = "Dịch chuyển trung bình (bậc)",
    .col_band = "Xếp loại",
    .col_band_kept = "Giữ xếp loại (%)",
    .interval = "{low}–{high}",
    .widest = "Khoảng hạng rộng nhất: {units}.",
    .widest_item = "{unit} (hạng {rank}, có thể từ {low} đến {high})",
    .all_settled = "Khoảng hạng của mọi đơn vị chỉ gồm một hạng.",
    .unsettled =
        "Các cặp đơn vị liền kề chưa phân định được thứ tự (khoảng hạng của mỗi đơn vị "
        "chứa hạng của đơn vị kia): {pairs}.",
    .pair = "{first} ({first_rank}) và {second} ({second_rank})",
    .more_pairs = "và {more} cặp khác (xem khoảng hạng trong bảng trên)",
    .no_unsettled = "Thứ tự của mọi cặp đơn vị liền kề đều đã phân định.",
    .settings_heading = "Giả định và thiết lập",
    .runs = "Số lần chạy: {runs}; hạt giống (seed): {seed}.",
    .weights =
        "Trọng số: mỗi lần chạy, điểm và điểm tối đa áp dụng của mỗi lĩnh vực được nhân "
        "với một hệ số ngẫu nhiên phân phối đều từ {low} đến {high}, như nhau cho mọi đơn "
        "vị (bộ tiêu chí tính bình quân có trọng số: hệ số nhân vào trọng số của lĩnh "
        "vực).",
    .no_weights = "Trọng số: giữ nguyên như bộ tiêu chí.",
    .noise =
        "Sai số thẩm định: mỗi điểm tiêu chí thành phần được thẩm định cộng thêm một lượng "
        "ngẫu nhiên phân phối đều trong khoảng ±{noise} điểm, giới hạn từ 0 đến điểm tối đa "
        "của tiêu chí; tiêu chí {not_applicable} giữ nguyên, tiêu chí chuẩn hóa theo các "
        "đơn vị không thay đổi.",
    .no_noise = "Sai số thẩm định: không có, điểm giữ nguyên như thẩm định.",
    .vary_not_applicable =
        "Tiêu chí không áp dụng ({not_applicable}): mỗi lần chạy, với xác "
        "suất 1/2, được tính 0 điểm trên điểm tối đa đầy đủ thay vì giảm "
        "điểm tối đa áp dụng.",
    .keep_not_applicable =
        "Tiêu chí không áp dụng ({not_applicable}): giảm điểm tối đa áp "
        "dụng, như chiso rank.",
    .same_rules =
        "Mỗi lần chạy xếp hạng như chiso rank: cùng nhóm, cùng quy tắc đồng hạng, chỉ "
        "số làm tròn {decimals} chữ số thập phân, cùng thang xếp loại.",
    .percentiles =
        "Hạng trung vị, phân vị thứ 5 và thứ 95 tính theo phương pháp hạng gần nhất "
        "(nearest rank); dịch chuyển là trung bình độ lệch tuyệt đối giữa hạng của "
        "mỗi lần chạy và hạng; giữ xếp loại là tỷ lệ số lần chạy đơn vị giữ xếp loại "
        "của mình.",
    .generator =
        "Số ngẫu nhiên: {generator}, mỗi lần chạy khởi tạo từ SplitMix64 theo hạt giống "
        "và số thứ tự của lần chạy; cùng dữ liệu, số lần chạy và hạt giống cho cùng kết "
        "quả.",
    .discrimination_heading = "Khả năng phân biệt của bộ tiêu chí",
    .flat_heading = "Tiêu chí không phân biệt được đơn vị nào",
    .col_criterion = "Tiêu chí",
    .col_name = "Tên",
    .col_reason = "Lý do",
    .col_points = "Điểm",
    .col_max = "Tối đa",
    .col_units = "Số đơn vị",
    .at_maximum = "mọi đơn vị đạt điểm tối đa",
    .same_points = "mọi đơn vị cùng số điểm",
    .no_flat = "Mỗi tiêu chí thành phần đều phân biệt được ít nhất hai đơn vị.",
    .correlation_heading = "Tương quan giữa các lĩnh vực",
    .correlation_intro =
        "Hệ số tương quan Pearson giữa tỷ lệ đạt điểm (điểm chia điểm tối đa áp "
        "dụng) của các lĩnh vực, trên {units} được xếp hạng. Hai lĩnh vực tương "
        "quan rất chặt đo gần như cùng một điều; lĩnh vực tương quan âm với các "
        "lĩnh vực khác kéo chỉ số theo hướng ngược lại.",
    .col_field = "Lĩnh vực",
    .units_note = "(n = {units})",
    .not_defined = "—",
};

const RobustnessPhrases kEnglish{
    .title = "{title} {year}: how sure the ranking is",
    .intro =
        "{units} in {groups} ranked again {runs} times, each time under other assumptions "
        "that could reasonably have been made (see Assumptions and settings), as step 7 of "
        "the JRC/OECD Handbook on Constructing Composite Indicators does. A unit's rank "
        "interval runs from the 5th to the 95th percentile of the ranks it got: about 90% "
        "of the runs rank it inside the interval.",
    .group_shift = "The group's average absolute rank shift: {shift} places.",
    .col_rank = "Rank",
    .col_unit = "Unit",
    .col_median = "Median rank",
    .col_interval = "Rank interval (5%–95%)",
    .col_shift = "Mean shift (places)",
    .col_band = "Band",
    .col_band_kept = "Band kept (%)",
    .interval = "{low}–{high}",
    .widest = "Widest rank intervals: {units}.",
    .widest_item = "{unit} (rank {rank}, between {low} and {high})",
    .all_settled = "Every unit's rank interval holds a single rank.",
    .unsettled =
        "Neighbours whose order is not settled (the interval of each holds the other's "
        "rank): {pairs}.",
    .pair = "{first} ({first_rank}) and {second} ({second_rank})",
    .more_pairs = "and {more} more (see the intervals in the table above)",
    .no_unsettled = "The order of every pair of neighbours is settled.",
    .settings_heading = "Assumptions and settings",
    .runs = "Runs: {runs}; seed: {seed}.",
    .weights =
        "Weights: in each run, each field's points and applicable maximum are multiplied "
        "by a factor uniform between {low} and {high}, the same for every unit (in a "
        "framework of weighted means, the factor multiplies the field's weight).",
    .no_weights = "Weights: as the framework gives them.",
    .noise =
        "Appraisal: each appraised sub-criterion score moves by an amount uniform within "
        "±{noise} points, kept between 0 and the criterion's maximum; {not_applicable} "
        "stays {not_applicable}, and criteria normalised across units do not move.",
    .no_noise = "Appraisal: the scores as appraised.",
    .vary_not_applicable =
        "Criteria that do not apply ({not_applicable}): in each run, with "
        "probability 1/2, they count as 0 points against their full maximum "
        "instead of leaving the applicable maximum.",
    .keep_not_applicable =
        "Criteria that do not apply ({not_applicable}): they leave the "
        "applicable maximum, as in chiso rank.",
    .same_rules =
        "Each run ranks as chiso rank does: the same groups, tie rule, index rounded to "
        "{decimals} decimals, and bands.",
    .percentiles =
        "Median, 5th and 95th percentiles by the nearest-rank method; the shift is the "
        "mean absolute difference between a run's rank and the rank; band kept is the "
        "share of runs in which the unit keeps its band.",
    .generator =
        "Random numbers: {generator}, each run's generator started from SplitMix64 by "
        "the seed and the run's number; the same inputs, runs and seed give the same "
        "results.",
    .discrimination_heading = "What the framework tells apart",
    .flat_heading = "Criteria that tell no unit apart",
    .col_criterion = "Criterion",
    .col_name = "Name",
    .col_reason = "Why",
    .col_points = "Points",
    .col_max = "Maximum",
    .col_units = "Units",
    .at_maximum = "every unit got the maximum",
    .same_points = "every unit got the same points",
    .no_flat = "Every sub-criterion tells at least two units apart.",
    .correlation_heading = "Correlations between the fields",
    .correlation_intro =
        "Pearson's correlation of the fields' achievements (points over "
        "applicable maximum), across the {units} ranked. Two fields that "
        "correlate very closely measure nearly the same thing; a field "
        "correlated negatively with the others pulls the index the other way.",
    .col_field = "Field",
    .units_note = "(n = {units})",
    .not_defined = "—",
};

}  // namespace

const RobustnessPhrases& robustness_phrases(Language language) {
  return language == Language::kEnglish ? kEnglish : kVietnamese;
}

std::vector<NamedPhrase> phrase_list(const RobustnessPhrases& p) {
  return {{"title", p.title},
          {"intro", p.intro},
          {"group_shift", p.group_shift},
          {"col_rank", p.col_rank},
          {"col_unit", p.col_unit},
          {"col_median", p.col_median},
          {"col_interval", p.col_interval},
          {"col_shift", p.col_shift},
          {"col_band", p.col_band},
          {"col_band_kept", p.col_band_kept},
          {"interval", p.interval},
          {"widest", p.widest},
          {"widest_item", p.widest_item},
          {"all_settled", p.all_settled},
          {"unsettled", p.unsettled},
          {"pair", p.pair},
          {"more_pairs", p.more_pairs},
          {"no_unsettled", p.no_unsettled},
          {"settings_heading", p.settings_heading},
          {"runs", p.runs},
          {"weights", p.weights},
          {"no_weights", p.no_weights},
          {"noise", p.noise},
          {"no_noise", p.no_noise},
          {"vary_not_applicable", p.vary_not_applicable},
          {"keep_not_applicable", p.keep_not_applicable},
          {"same_rules", p.same_rules},
          {"percentiles", p.percentiles},
          {"generator", p.generator},
          {"discrimination_heading", p.discrimination_heading},
          {"flat_heading", p.flat_heading},
          {"col_criterion", p.col_criterion},
          {"col_name", p.col_name},
          {"col_reason", p.col_reason},
          {"col_points", p.col_points},
          {"col_max", p.col_max},
          {"col_units", p.col_units},
          {"at_maximum", p.at_maximum},
          {"same_points", p.same_points},
          {"no_flat", p.no_flat},
          {"correlation_heading", p.correlation_heading},
          {"correlation_intro", p.correlation_intro},
          {"col_field", p.col_field},
          {"units_note", p.units_note},
          {"not_defined", p.not_defined}};
}

}  // namespace chiso

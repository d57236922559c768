// The writers of chiso robustness: robustness.csv, discrimination.csv and the Markdown section.
#include "chiso/io/robustness_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "io/change_words.h"
#include "io/csv_writer.h"
#include "io/markdown_table.h"
#include "io/markdown_text.h"
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

using fmt::arg;
using fmt::runtime;

// The units of `year` by group, in the order of the groups.
std::vector<std::vector<const UnitRobustness*>> by_group(const YearRobustness& year) {
  std::vector<std::vector<const UnitRobustness*>> groups(year.groups.size());
  size_t g = 0;
  for (const UnitRobustness& unit : year.units) {
    while (year.groups[g] != unit.group) ++g;
    groups[g].push_back(&unit);
  }
  return groups;
}

std::string group_table(const std::vector<const UnitRobustness*>& units, bool has_bands,
                        const RobustnessPhrases& say, bool comma) {
  std::vector<MarkdownColumn> columns{{say.col_rank, true},
                                      {say.col_unit},
                                      {say.col_median, true},
                                      {say.col_interval, true},
                                      {say.col_shift, true}};
  if (has_bands) {
    columns.push_back({say.col_band});
    columns.push_back({say.col_band_kept, true});
  }
  std::vector<std::vector<std::string>> rows;
  for (const UnitRobustness* unit : units) {
    std::vector<std::string> row{std::to_string(unit->rank), markdown_text(unit->unit),
                                 std::to_string(unit->median_rank),
                                 fmt::format(runtime(say.interval), arg("low", unit->rank_low),
                                             arg("high", unit->rank_high)),
                                 fixed(unit->mean_abs_shift, 2, comma)};
    if (has_bands) {
      row.push_back(markdown_text(unit->band));
      row.push_back(unit->band_kept ? fixed(*unit->band_kept, 1, comma) : "");
    }
    rows.push_back(std::move(row));
  }
  return markdown_table(columns, rows);
}

// "Widest rank intervals: …": the three widest intervals of more than one rank.
std::string widest_sentence(std::vector<const UnitRobustness*> units,
                            const RobustnessPhrases& say) {
  std::stable_sort(units.begin(), units.end(),
                   [](const UnitRobustness* a, const UnitRobustness* b) {
                     return a->rank_high - a->rank_low > b->rank_high - b->rank_low;
                   });
  std::vector<std::string> items;
  for (const UnitRobustness* unit : units) {
    if (items.size() == 3 || unit->rank_high == unit->rank_low) break;
    items.push_back(fmt::format(runtime(say.widest_item), arg("unit", markdown_text(unit->unit)),
                                arg("rank", unit->rank), arg("low", unit->rank_low),
                                arg("high", unit->rank_high)));
  }
  if (items.empty()) return say.all_settled;
  return fmt::format(runtime(say.widest), arg("units", fmt::join(items, "; ")));
}

// Neighbours in rank order whose intervals each hold the other's rank.
std::string unsettled_sentence(const std::vector<const UnitRobustness*>& units,
                               const RobustnessPhrases& say) {
  std::vector<std::string> pairs;
  for (size_t i = 1; i < units.size(); ++i) {
    const UnitRobustness& a = *units[i - 1];
    const UnitRobustness& b = *units[i];
    const bool a_holds_b = a.rank_low <= b.rank && b.rank <= a.rank_high;
    const bool b_holds_a = b.rank_low <= a.rank && a.rank <= b.rank_high;
    if (!a_holds_b || !b_holds_a) continue;
    pairs.push_back(fmt::format(runtime(say.pair), arg("first", markdown_text(a.unit)),
                                arg("first_rank", a.rank), arg("second", markdown_text(b.unit)),
                                arg("second_rank", b.rank)));
  }
  if (pairs.empty()) return say.no_unsettled;
  return fmt::format(runtime(say.unsettled), arg("pairs", fmt::join(pairs, "; ")));
}

std::string settings_list(const RobustnessReport& report, const RobustnessPhrases& say,
                          bool comma) {
  const RobustnessSettings& settings = report.settings;
  const std::string not_applicable = markdown_code("n/a");
  std::vector<std::string> items;
  items.push_back(
      fmt::format(runtime(say.runs), arg("runs", settings.runs), arg("seed", settings.seed)));
  items.push_back(settings.weights > 0
                      ? fmt::format(runtime(say.weights),
                                    arg("low", fixed(1 - settings.weights / 100, 2, comma)),
                                    arg("high", fixed(1 + settings.weights / 100, 2, comma)))
                      : say.no_weights);
  items.push_back(settings.noise > 0 ? fmt::format(runtime(say.noise),
                                                   arg("noise", fixed(settings.noise, 2, comma)),
                                                   arg("not_applicable", not_applicable))
                                     : say.no_noise);
  items.push_back(fmt::format(
      runtime(settings.vary_not_applicable ? say.vary_not_applicable : say.keep_not_applicable),
      arg("not_applicable", not_applicable)));
  items.push_back(fmt::format(runtime(say.same_rules), arg("decimals", report.decimals)));
  items.push_back(say.percentiles);
  items.push_back(
      fmt::format(runtime(say.generator), arg("generator", markdown_code("xoshiro256**"))));
  std::string out;
  for (const std::string& item : items) out += "- " + item + "\n";
  return out;
}

std::string flat_table(const YearRobustness& year, const Framework& framework,
                       const RobustnessPhrases& say, int decimals, bool comma) {
  if (year.flat.empty()) return std::string(say.no_flat) + "\n";
  std::vector<std::vector<std::string>> rows;
  for (const FlatCriterion& flat : year.flat) {
    const Criterion& criterion = framework.node(flat.node);
    rows.push_back({markdown_text(criterion.id), markdown_text(criterion.name),
                    flat.at_maximum ? say.at_maximum : say.same_points,
                    fixed(flat.points, decimals, comma), fixed(criterion.max, decimals, comma),
                    std::to_string(flat.units)});
  }
  return markdown_table({{say.col_criterion},
                         {say.col_name},
                         {say.col_reason},
                         {say.col_points, true},
                         {say.col_max, true},
                         {say.col_units, true}},
                        rows);
}

std::string correlation_table(const YearRobustness& year, const Framework& framework,
                              const RobustnessPhrases& say, bool comma) {
  const std::vector<int>& fields = framework.fields();
  const size_t n = fields.size();
  std::vector<std::vector<std::string>> cells(n, std::vector<std::string>(n));
  for (size_t f = 0; f < n; ++f) cells[f][f] = fixed(1, 2, comma);
  for (const FieldCorrelation& pair : year.correlations) {
    std::string cell = pair.r ? fixed(*pair.r, 2, comma) : say.not_defined;
    if (pair.units != static_cast<int>(year.units.size()))
      cell += " " + fmt::format(runtime(say.units_note), arg("units", pair.units));
    cells[static_cast<size_t>(pair.first)][static_cast<size_t>(pair.second)] = cell;
    cells[static_cast<size_t>(pair.second)][static_cast<size_t>(pair.first)] = cell;
  }
  std::vector<MarkdownColumn> columns{{say.col_field}};
  for (int field : fields) columns.push_back({markdown_text(framework.node(field).id), true});
  std::vector<std::vector<std::string>> rows;
  for (size_t f = 0; f < n; ++f) {
    const Criterion& field = framework.node(fields[f]);
    std::vector<std::string> row{markdown_text(field.id + ". " + field.name)};
    row.insert(row.end(), cells[f].begin(), cells[f].end());
    rows.push_back(std::move(row));
  }
  return markdown_table(columns, rows);
}

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

std::string robustness_csv(const std::vector<YearRobustness>& years, const CsvStyle& style) {
  CsvWriter csv(style);
  for (const char* header : {"year", "group", "unit", "rank", "median_rank", "rank_low",
                             "rank_high", "mean_abs_shift", "band", "band_kept"})
    csv.text(header);
  csv.end_row();
  for (const YearRobustness& year : years) {
    for (const UnitRobustness& unit : year.units) {
      csv.integer(year.year);
      csv.text(unit.group);
      csv.text(unit.unit);
      csv.integer(unit.rank);
      csv.integer(unit.median_rank);
      csv.integer(unit.rank_low);
      csv.integer(unit.rank_high);
      csv.number(unit.mean_abs_shift, 2);
      csv.text(unit.band);
      if (unit.band_kept) {
        csv.number(*unit.band_kept, 1);
      } else {
        csv.text("");
      }
      csv.end_row();
    }
  }
  return csv.take();
}

std::string discrimination_csv(const std::vector<YearRobustness>& years, const Framework& framework,
                               const CsvStyle& style, int decimals) {
  CsvWriter csv(style);
  for (const char* header :
       {"year", "kind", "criterion", "name", "other", "other_name", "value", "units"})
    csv.text(header);
  csv.end_row();
  for (const YearRobustness& year : years) {
    for (const FlatCriterion& flat : year.flat) {
      const Criterion& criterion = framework.node(flat.node);
      csv.integer(year.year);
      csv.text(flat.at_maximum ? "at_maximum" : "same_points");
      csv.text(criterion.id);
      csv.text(criterion.name);
      csv.text("");
      csv.text("");
      csv.number(flat.points, decimals);
      csv.integer(flat.units);
      csv.end_row();
    }
    for (const FieldCorrelation& pair : year.correlations) {
      const Criterion& first = framework.node(framework.fields()[pair.first]);
      const Criterion& second = framework.node(framework.fields()[pair.second]);
      csv.integer(year.year);
      csv.text("correlation");
      csv.text(first.id);
      csv.text(first.name);
      csv.text(second.id);
      csv.text(second.name);
      if (pair.r) {
        csv.number(*pair.r, 3);
      } else {
        csv.text("");
      }
      csv.integer(pair.units);
      csv.end_row();
    }
  }
  return csv.take();
}

std::string robustness_markdown(const std::vector<YearRobustness>& years,
                                const Framework& framework, const RobustnessReport& report) {
  const RobustnessPhrases& say = robustness_phrases(report.language);
  const ChangeWords words(report.language, 2);
  const bool comma = report.language == Language::kVietnamese;
  const std::string title =
      report.title.empty() ? report_phrases(report.language).default_title : report.title;
  std::string out;
  for (const YearRobustness& year : years) {
    if (!out.empty()) out += "\n";
    out += "# " +
           fmt::format(runtime(say.title), arg("title", markdown_text(title)),
                       arg("year", year.year)) +
           "\n\n";
    out += fmt::format(runtime(say.intro), arg("units", words.units(year.units.size())),
                       arg("groups", words.groups(year.groups.size())),
                       arg("runs", report.settings.runs)) +
           "\n";
    const std::vector<std::vector<const UnitRobustness*>> groups = by_group(year);
    for (size_t g = 0; g < groups.size(); ++g) {
      out += "\n## " + markdown_text(words.group_name(year.groups[g], year.groups.size())) + "\n\n";
      out += fmt::format(runtime(say.group_shift),
                         arg("shift", fixed(year.group_mean_shift[g], 2, comma))) +
             "\n\n";
      out += group_table(groups[g], year.has_bands, say, comma);
      out += "\n" + widest_sentence(groups[g], say) + "\n\n";
      out += unsettled_sentence(groups[g], say) + "\n";
    }
    out += "\n## " + std::string(say.settings_heading) + "\n\n";
    out += settings_list(report, say, comma);
    out += "\n## " + std::string(say.discrimination_heading) + "\n\n";
    out += "### " + std::string(say.flat_heading) + "\n\n";
    out += flat_table(year, framework, say, report.decimals, comma);
    if (framework.fields().size() > 1) {
      out += "\n### " + std::string(say.correlation_heading) + "\n\n";
      out += fmt::format(runtime(say.correlation_intro),
                         arg("units", words.units(year.units.size()))) +
             "\n\n";
      out += correlation_table(year, framework, say, comma);
    }
  }
  return out;
}

}  // namespace chiso

#include "io/change_words.h"

#include <fmt/format.h>

#include "chiso/io/ranking_writer.h"

namespace chiso {
namespace {

const ChangeWording kVietnameseWords{
    .units = "{n} đơn vị",
    .unit_one = "{n} đơn vị",
    .groups = "{n} nhóm",
    .group_one = "{n} nhóm",
    .years = "{n} năm",
    .year_one = "{n} năm",
    .all_units = "Tất cả đơn vị",
    .no_group = "Đơn vị không có nhóm",
    .up = "↑{n} tăng {n} bậc",
    .down = "↓{n} giảm {n} bậc",
    .same = "= giữ nguyên",
    .decimal_comma = true,
};

const ChangeWording kEnglishWords{
    .units = "{n} units",
    .unit_one = "{n} unit",
    .groups = "{n} groups",
    .group_one = "{n} group",
    .years = "{n} years",
    .year_one = "{n} year",
    .all_units = "All units",
    .no_group = "Units without a group",
    .up = "↑{n} up {n}",
    .down = "↓{n} down {n}",
    .same = "= unchanged",
    .decimal_comma = false,
};

const ComparePhrases kVietnameseCompare{
    .side_year = "năm {year}",
    .before = "trước",
    .after = "sau",
    .compare_title = "So sánh xếp hạng {new} với {old}",
    .compare_intro =
        "So sánh {new_units} của {new} với {old_units} của {old}, trong {groups}; "
        "đơn vị được đối chiếu theo tên.",
    .frameworks_differ = "Hai năm chấm theo hai bộ tiêu chí khác nhau; so sánh ở mức chỉ số.",
    .climbed = "{units} tăng bậc",
    .fell = "{units} giảm bậc",
    .held = "{units} giữ nguyên",
    .entered = "{units} mới",
    .gone = "{units} không còn trong bảng xếp hạng",
    .none_climbed = "không có đơn vị nào tăng bậc",
    .none_fell = "không có đơn vị nào giảm bậc",
    .none_held = "không có đơn vị nào giữ nguyên bậc",
    .none_entered = "không có đơn vị mới",
    .none_gone = "không có đơn vị nào ra khỏi bảng xếp hạng",
    .climbers = "Tăng nhiều bậc nhất:",
    .fallers = "Giảm nhiều bậc nhất:",
    .places_one = "{n} bậc",
    .places_many = "{n} bậc",
    .move_up = "{unit}: tăng {places} (từ hạng {from} lên hạng {to})",
    .move_down = "{unit}: giảm {places} (từ hạng {from} xuống hạng {to})",
    .no_climbers = "Không có đơn vị nào tăng bậc.",
    .no_fallers = "Không có đơn vị nào giảm bậc.",
    .bands_heading = "Xếp loại {new} so với {old}:",
    .band_line = "{count}/{total} xếp loại {label}",
    .band_was = " ({old}: {count}/{total})",
    .more = "tăng {n} đơn vị",
    .fewer = "giảm {n} đơn vị",
    .no_change = "không đổi",
    .columns = {.new_rank = "Hạng {new}",
                .unit = "Đơn vị",
                .old_rank = "Hạng {old}",
                .change = "Thay đổi",
                .new_index = "Chỉ số {new} (%)",
                .old_index = "Chỉ số {old} (%)",
                .index_change = "Thay đổi chỉ số",
                .band = "Xếp loại"},
    .entered_heading = "Đơn vị mới, không có trong xếp hạng {old}:",
    .gone_heading = "Không còn trong bảng xếp hạng {new}:",
    .merged_counts =
        "{merged} được hợp nhất từ các đơn vị của {old}, không tính thay đổi thứ hạng.",
    .merged_heading = "Đơn vị hợp nhất từ các đơn vị của {old}:",
    .formed_from = "hợp nhất từ {units}",
    .rank = "hạng {rank}",
    .index = "chỉ số {index}%",
    .band = "xếp loại {band}",
    .compare_note =
        "Thay đổi thứ hạng = hạng năm trước − hạng năm sau: \"tăng N bậc\" là vươn "
        "lên N bậc, \"giảm N bậc\" là tụt N bậc. Thay đổi chỉ số tính bằng điểm phần "
        "trăm.",
};

const ComparePhrases kEnglishCompare{
    .side_year = "{year}",
    .before = "before",
    .after = "after",
    .compare_title = "Ranking of {new} against {old}",
    .compare_intro =
        "{new_units} of {new} compared with {old_units} of {old}, in {groups}; units "
        "are matched by name.",
    .frameworks_differ =
        "The two years were scored on different frameworks; they are compared at index level.",
    .climbed = "{units} climbed",
    .fell = "{count} fell",
    .held = "{count} held their rank",
    .entered = "{count} new",
    .gone = "{count} gone",
    .none_climbed = "no unit climbed",
    .none_fell = "none fell",
    .none_held = "none held its rank",
    .none_entered = "none new",
    .none_gone = "none gone",
    .climbers = "Largest climbs:",
    .fallers = "Largest falls:",
    .places_one = "{n} place",
    .places_many = "{n} places",
    .move_up = "{unit}: up {places} (from rank {from} to {to})",
    .move_down = "{unit}: down {places} (from rank {from} to {to})",
    .no_climbers = "No unit climbed.",
    .no_fallers = "No unit fell.",
    .bands_heading = "Bands in {new} against {old}:",
    .band_line = "{count}/{total} {label}",
    .band_was = " ({old}: {count}/{total})",
    .more = "up {n}",
    .fewer = "down {n}",
    .no_change = "unchanged",
    .columns = {.new_rank = "Rank {new}",
                .unit = "Unit",
                .old_rank = "Rank {old}",
                .change = "Change",
                .new_index = "Index {new} (%)",
                .old_index = "Index {old} (%)",
                .index_change = "Index change",
                .band = "Band"},
    .entered_heading = "New, not ranked in {old}:",
    .gone_heading = "Gone from {new}:",
    .merged_counts = "{merged} formed by merging units of {old}, without a rank change.",
    .merged_heading = "Merged from units of {old}:",
    .formed_from = "formed from {units}",
    .rank = "rank {rank}",
    .index = "index {index}%",
    .band = "band {band}",
    .compare_note =
        "Rank change = earlier rank − later rank: \"up N\" is a climb of N places, "
        "\"down N\" a fall. Index changes are in percentage points.",
};

const HistoryPhrases kVietnameseHistory{
    .history_title = "Xếp hạng qua các năm {first}–{last}",
    .history_title_one = "Xếp hạng năm {year}",
    .history_intro = "{units} trong {groups}, {count}: {years}. Mỗi ô ghi hạng (chỉ số %).",
    .columns = {.unit = "Đơn vị", .best = "Tốt nhất", .worst = "Kém nhất", .change = "Thay đổi"},
    .best_rank = "{year} (hạng {rank})",
    .span = "({from}–{to})",
    .only_year = "chỉ có năm {year}",
    .merged = "hợp nhất năm {year} từ {units}",
    .history_note =
        "Tốt nhất, kém nhất: năm đơn vị có hạng cao nhất, thấp nhất (cùng hạng: năm "
        "gần nhất). Thay đổi: từ năm đầu đến năm cuối đơn vị có trong bảng xếp hạng; "
        "chỉ số tính bằng điểm phần trăm.",
    .merged_note = "Đơn vị hợp nhất: tốt nhất, kém nhất và thay đổi tính từ năm hợp nhất.",
};

const HistoryPhrases kEnglishHistory{
    .history_title = "Rankings {first}–{last}",
    .history_title_one = "Ranking {year}",
    .history_intro = "{units} in {groups}, {count}: {years}. Each cell: rank (index %).",
    .columns = {.unit = "Unit", .best = "Best", .worst = "Worst", .change = "Change"},
    .best_rank = "{year} (rank {rank})",
    .span = "({from}–{to})",
    .only_year = "{year} only",
    .merged = "merged in {year} from {units}",
    .history_note =
        "Best and worst: the year of the unit's best and worst rank (equal ranks: the "
        "latest year). Change: from the first to the last year the unit was ranked; "
        "the index in percentage points.",
    .merged_note = "A merged unit: best, worst and change from the year of the merger.",
};

std::string counted(size_t count, const char* one, const char* many) {
  return fmt::format(fmt::runtime(count == 1 ? one : many), fmt::arg("n", count));
}

}  // namespace

const ChangeWording& change_wording(Language language) {
  return language == Language::kVietnamese ? kVietnameseWords : kEnglishWords;
}

const ComparePhrases& compare_phrases(Language language) {
  return language == Language::kVietnamese ? kVietnameseCompare : kEnglishCompare;
}

const HistoryPhrases& history_phrases(Language language) {
  return language == Language::kVietnamese ? kVietnameseHistory : kEnglishHistory;
}

std::vector<NamedPhrase> phrase_list(const ChangeWording& say) {
  return {
      {"units", say.units},         {"unit_one", say.unit_one}, {"groups", say.groups},
      {"group_one", say.group_one}, {"years", say.years},       {"year_one", say.year_one},
      {"all_units", say.all_units}, {"no_group", say.no_group}, {"up", say.up},
      {"down", say.down},           {"same", say.same},
  };
}

std::vector<NamedPhrase> phrase_list(const ComparePhrases& say) {
  return {
      {"side_year", say.side_year},
      {"before", say.before},
      {"after", say.after},
      {"compare_title", say.compare_title},
      {"compare_intro", say.compare_intro},
      {"frameworks_differ", say.frameworks_differ},
      {"climbed", say.climbed},
      {"fell", say.fell},
      {"held", say.held},
      {"entered", say.entered},
      {"gone", say.gone},
      {"none_climbed", say.none_climbed},
      {"none_fell", say.none_fell},
      {"none_held", say.none_held},
      {"none_entered", say.none_entered},
      {"none_gone", say.none_gone},
      {"climbers", say.climbers},
      {"fallers", say.fallers},
      {"places_one", say.places_one},
      {"places_many", say.places_many},
      {"move_up", say.move_up},
      {"move_down", say.move_down},
      {"no_climbers", say.no_climbers},
      {"no_fallers", say.no_fallers},
      {"bands_heading", say.bands_heading},
      {"band_line", say.band_line},
      {"band_was", say.band_was},
      {"more", say.more},
      {"fewer", say.fewer},
      {"no_change", say.no_change},
      {"columns.new_rank", say.columns.new_rank},
      {"columns.unit", say.columns.unit},
      {"columns.old_rank", say.columns.old_rank},
      {"columns.change", say.columns.change},
      {"columns.new_index", say.columns.new_index},
      {"columns.old_index", say.columns.old_index},
      {"columns.index_change", say.columns.index_change},
      {"columns.band", say.columns.band},
      {"entered_heading", say.entered_heading},
      {"gone_heading", say.gone_heading},
      {"merged_counts", say.merged_counts},
      {"merged_heading", say.merged_heading},
      {"formed_from", say.formed_from},
      {"rank", say.rank},
      {"index", say.index},
      {"band", say.band},
      {"compare_note", say.compare_note},
  };
}

std::vector<NamedPhrase> phrase_list(const HistoryPhrases& say) {
  return {
      {"history_title", say.history_title},
      {"history_title_one", say.history_title_one},
      {"history_intro", say.history_intro},
      {"columns.unit", say.columns.unit},
      {"columns.best", say.columns.best},
      {"columns.worst", say.columns.worst},
      {"columns.change", say.columns.change},
      {"best_rank", say.best_rank},
      {"span", say.span},
      {"only_year", say.only_year},
      {"merged", say.merged},
      {"history_note", say.history_note},
      {"merged_note", say.merged_note},
  };
}

ChangeWords::ChangeWords(Language language, int decimals)
    : say_(change_wording(language)), decimals_(decimals) {}

std::string ChangeWords::number(double value) const {
  return fixed(value, decimals_, say_.decimal_comma);
}

std::string ChangeWords::signed_number(double value) const {
  std::string text = number(value);
  return text[0] == '-' || text.find_first_not_of("0.,") == std::string::npos ? text : "+" + text;
}

std::string ChangeWords::units(size_t count) const {
  return counted(count, say_.unit_one, say_.units);
}
std::string ChangeWords::groups(size_t count) const {
  return counted(count, say_.group_one, say_.groups);
}
std::string ChangeWords::years(size_t count) const {
  return counted(count, say_.year_one, say_.years);
}

std::string ChangeWords::rank_change(int change) const {
  if (change > 0) return fmt::format(fmt::runtime(say_.up), fmt::arg("n", change));
  if (change < 0) return fmt::format(fmt::runtime(say_.down), fmt::arg("n", -change));
  return say_.same;
}

std::string ChangeWords::group_name(const std::string& group, size_t groups) const {
  if (!group.empty()) return group;
  return groups == 1 ? say_.all_units : say_.no_group;
}

std::string csv_number(const std::optional<int>& value) {
  return value ? std::to_string(*value) : "";
}

std::string csv_number(const std::optional<double>& value, int decimals) {
  return value ? fixed(*value, decimals) : "";
}

}  // namespace chiso

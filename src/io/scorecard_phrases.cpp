#include "io/scorecard_phrases.h"

namespace chiso {
namespace {

const ScorecardPhrases kVietnamese{
    .title = "{province}: các chỉ số quốc gia",
    .intro =
        "Thứ hạng và giá trị của {indices} qua các năm {first}–{last}, theo các bảng xếp "
        "hạng toàn quốc.",
    .intro_one = "Thứ hạng và giá trị của {indices} năm {year}, theo các bảng xếp hạng toàn quốc.",
    .table_heading = "Các chỉ số qua các năm",
    .index_column = "Chỉ số",
    .missing = "—",
    .cell = "{rank}/{of}",
    .latest_heading = "Năm gần nhất",
    .lead = "{title} ({short})",
    .lead_year = "{title} ({short}) năm {year}",
    .figure = " đạt {value},",
    .place = " xếp thứ {rank}/{of} tỉnh, thành phố",
    .tier = ", thuộc nhóm {tier}",
    .percent = "{n}%",
    .points = "{n}/{maximum} điểm",
    .points_100 = "{n} điểm",
    .percent_change = "{n}%",
    .points_change = "{n} điểm",
    .places_one = "{n} bậc",
    .places_many = "{n} bậc",
    .changes = {.rank_up = "tăng {places} so với năm {previous}",
                .rank_down = "giảm {places} so với năm {previous}",
                .rank_same = "giữ nguyên vị trí so với năm {previous}",
                .both_up = "tăng {value} và {places} so với năm {previous}",
                .both_down = "giảm {value} và {places} so với năm {previous}",
                .value_up_rank_down = "tăng {value} và giảm {places} so với năm {previous}",
                .value_down_rank_up = "giảm {value} và tăng {places} so với năm {previous}",
                .value_up_rank_same = "tăng {value}, giữ nguyên vị trí so với năm {previous}",
                .value_down_rank_same = "giảm {value}, giữ nguyên vị trí so với năm {previous}"},
    .merged = "hợp nhất từ {units}; năm {previous} trên bản đồ cũ: {places}",
    .old_place = "{unit} xếp thứ {rank}/{of}",
    .old_map = "năm {previous} xếp thứ {rank}/{of} trên bản đồ cũ",
    .and_word = " và ",
    .decimal_comma = true,
};

const ScorecardPhrases kEnglish{
    .title = "{province}: national indices",
    .intro =
        "Rank and value of {indices} over the years {first}–{last}, from the national "
        "tables.",
    .intro_one = "Rank and value of {indices} in {year}, from the national tables.",
    .table_heading = "The indices over the years",
    .index_column = "Index",
    .missing = "—",
    .cell = "{rank}/{of}",
    .latest_heading = "The latest year",
    .lead = "the {title} ({short})",
    .lead_year = "in {year}, the {title} ({short})",
    .figure = " reached {value},",
    .place = " ranked {rank}/{of} provinces and cities",
    .tier = ", in the {tier} group",
    .percent = "{n}%",
    .points = "{n}/{maximum} points",
    .points_100 = "{n} points",
    .percent_change = "{n} percentage points",
    .points_change = "{n} points",
    .places_one = "{n} place",
    .places_many = "{n} places",
    .changes = {.rank_up = "up {places} from {previous}",
                .rank_down = "down {places} from {previous}",
                .rank_same = "the same place as in {previous}",
                .both_up = "up {value} and {places} from {previous}",
                .both_down = "down {value} and {places} from {previous}",
                .value_up_rank_down = "up {value} and down {places} from {previous}",
                .value_down_rank_up = "down {value} and up {places} from {previous}",
                .value_up_rank_same = "up {value}, the same place as in {previous}",
                .value_down_rank_same = "down {value}, the same place as in {previous}"},
    .merged = "merged from {units}; in {previous}, on the old map: {places}",
    .old_place = "{unit} ranked {rank}/{of}",
    .old_map = "ranked {rank}/{of} in {previous}, on the old map",
    .and_word = " and ",
    .decimal_comma = false,
};

}  // namespace

const ScorecardPhrases& scorecard_phrases(Language language) {
  return language == Language::kEnglish ? kEnglish : kVietnamese;
}

std::vector<NamedPhrase> phrase_list(const ScorecardPhrases& say) {
  return {
      {"title", say.title},
      {"intro", say.intro},
      {"intro_one", say.intro_one},
      {"table_heading", say.table_heading},
      {"index_column", say.index_column},
      {"missing", say.missing},
      {"cell", say.cell},
      {"latest_heading", say.latest_heading},
      {"lead", say.lead},
      {"lead_year", say.lead_year},
      {"figure", say.figure},
      {"place", say.place},
      {"tier", say.tier},
      {"percent", say.percent},
      {"points", say.points},
      {"points_100", say.points_100},
      {"percent_change", say.percent_change},
      {"points_change", say.points_change},
      {"places_one", say.places_one},
      {"places_many", say.places_many},
      {"changes.rank_up", say.changes.rank_up},
      {"changes.rank_down", say.changes.rank_down},
      {"changes.rank_same", say.changes.rank_same},
      {"changes.both_up", say.changes.both_up},
      {"changes.both_down", say.changes.both_down},
      {"changes.value_up_rank_down", say.changes.value_up_rank_down},
      {"changes.value_down_rank_up", say.changes.value_down_rank_up},
      {"changes.value_up_rank_same", say.changes.value_up_rank_same},
      {"changes.value_down_rank_same", say.changes.value_down_rank_same},
      {"merged", say.merged},
      {"old_place", say.old_place},
      {"old_map", say.old_map},
      {"and_word", say.and_word},
  };
}

}  // namespace chiso

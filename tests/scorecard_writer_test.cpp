#include "chiso/io/scorecard_writer.h"

#include <doctest/doctest.h>

#include "io/scorecard_phrases.h"

namespace chiso {
namespace {

NationalIndex index(const std::string& name, FigureUnit unit, double maximum) {
  NationalIndex each;
  each.name = name;
  each.short_name = name;
  each.title_vi = "Chỉ số " + name;
  each.title_en = name + " index";
  each.unit = unit;
  each.scales = {{std::nullopt, maximum}};
  return each;
}

const NationalIndex kPercent = index("PAR", FigureUnit::kPercent, 100);
const NationalIndex kPoints = index("PCI", FigureUnit::kPoints, 100);

// An entry ranked `rank` with `value` in 2022, after `previous_rank` and `previous_value` in
// 2021.
ScorecardEntry entry(std::optional<double> value, int rank, std::optional<double> previous_value,
                     int previous_rank) {
  ScorecardEntry each;
  each.index_name = "PCI";
  each.year = 2022;
  each.value = value;
  each.rank = rank;
  each.of = 63;
  each.previous_year = 2021;
  each.previous = {{"X", previous_rank, 63, previous_value}};
  return each;
}

std::string vi(const ScorecardEntry& each, const NationalIndex& of = kPoints) {
  return scorecard_sentence(each, of, Language::kVietnamese, false);
}
std::string en(const ScorecardEntry& each, const NationalIndex& of = kPoints) {
  return scorecard_sentence(each, of, Language::kEnglish, false);
}

}  // namespace

TEST_CASE("scorecard_sentence: every change of rank and value, in both languages") {
  const std::string vi_lead = "Chỉ số PCI (PCI) đạt ";
  const std::string en_lead = "the PCI index (PCI) reached ";
  SUBCASE("rank only: bracketed, as the articles write it") {
    CHECK(vi(entry(std::nullopt, 37, std::nullopt, 41)) ==
          "Chỉ số PCI (PCI) xếp thứ 37/63 tỉnh, thành phố (tăng 4 bậc so với năm 2021)");
    CHECK(vi(entry(std::nullopt, 41, std::nullopt, 37)) ==
          "Chỉ số PCI (PCI) xếp thứ 41/63 tỉnh, thành phố (giảm 4 bậc so với năm 2021)");
    CHECK(vi(entry(std::nullopt, 37, std::nullopt, 37)) ==
          "Chỉ số PCI (PCI) xếp thứ 37/63 tỉnh, thành phố (giữ nguyên vị trí so với năm 2021)");
    CHECK(en(entry(std::nullopt, 37, std::nullopt, 38)) ==
          "the PCI index (PCI) ranked 37/63 provinces and cities (up 1 place from 2021)");
    CHECK(en(entry(std::nullopt, 41, std::nullopt, 37)) ==
          "the PCI index (PCI) ranked 41/63 provinces and cities (down 4 places from 2021)");
    CHECK(en(entry(std::nullopt, 37, std::nullopt, 37)) ==
          "the PCI index (PCI) ranked 37/63 provinces and cities (the same place as in 2021)");
  }
  SUBCASE("value and rank") {
    CHECK(vi(entry(62.13, 38, 59.21, 52)) ==
          vi_lead +
              "62,13 điểm, xếp thứ 38/63 tỉnh, thành phố, tăng 2,92 điểm và 14 bậc so với "
              "năm 2021");
    CHECK(vi(entry(59.21, 52, 62.13, 38)) ==
          vi_lead +
              "59,21 điểm, xếp thứ 52/63 tỉnh, thành phố, giảm 2,92 điểm và 14 bậc so với "
              "năm 2021");
    CHECK(vi(entry(7.88, 61, 7.77, 59)) ==
          vi_lead +
              "7,88 điểm, xếp thứ 61/63 tỉnh, thành phố, tăng 0,11 điểm và giảm 2 bậc so "
              "với năm 2021");
    CHECK(vi(entry(60, 30, 61, 31)) ==
          vi_lead +
              "60,00 điểm, xếp thứ 30/63 tỉnh, thành phố, giảm 1,00 điểm và tăng 1 bậc so "
              "với năm 2021");
    CHECK(vi(entry(61, 30, 60, 30)) ==
          vi_lead +
              "61,00 điểm, xếp thứ 30/63 tỉnh, thành phố, tăng 1,00 điểm, giữ nguyên vị "
              "trí so với năm 2021");
    CHECK(vi(entry(60, 30, 61, 30)) ==
          vi_lead +
              "60,00 điểm, xếp thứ 30/63 tỉnh, thành phố, giảm 1,00 điểm, giữ nguyên vị "
              "trí so với năm 2021");
    CHECK(en(entry(62.13, 38, 59.21, 52)) ==
          en_lead +
              "62.13 points, ranked 38/63 provinces and cities, up 2.92 points and 14 "
              "places from 2021");
    CHECK(en(entry(59.21, 52, 62.13, 38)) ==
          en_lead +
              "59.21 points, ranked 52/63 provinces and cities, down 2.92 points and 14 "
              "places from 2021");
    CHECK(en(entry(7.88, 61, 7.77, 59)) ==
          en_lead +
              "7.88 points, ranked 61/63 provinces and cities, up 0.11 points and down 2 "
              "places from 2021");
    CHECK(en(entry(60, 30, 61, 31)) ==
          en_lead +
              "60.00 points, ranked 30/63 provinces and cities, down 1.00 points and up 1 "
              "place from 2021");
    CHECK(en(entry(61, 30, 60, 30)) ==
          en_lead +
              "61.00 points, ranked 30/63 provinces and cities, up 1.00 points, the same "
              "place as in 2021");
    CHECK(en(entry(60, 30, 61, 30)) ==
          en_lead +
              "60.00 points, ranked 30/63 provinces and cities, down 1.00 points, the same "
              "place as in 2021");
  }
  SUBCASE("an unchanged value says the rank only") {
    CHECK(vi(entry(60, 30, 60, 31)) ==
          vi_lead + "60,00 điểm, xếp thứ 30/63 tỉnh, thành phố (tăng 1 bậc so với năm 2021)");
  }
  SUBCASE("a percentage, a scale other than 100, the year and a tier") {
    CHECK(scorecard_sentence(entry(85.13, 37, 83.2, 41), kPercent, Language::kVietnamese, true) ==
          "Chỉ số PAR (PAR) năm 2022 đạt 85,13%, xếp thứ 37/63 tỉnh, thành phố, tăng 1,93% và 4 "
          "bậc so với năm 2021");
    CHECK(scorecard_sentence(entry(85.13, 37, 83.2, 41), kPercent, Language::kEnglish, true) ==
          "in 2022, the PAR index (PAR) reached 85.13%, ranked 37/63 provinces and cities, up "
          "1.93 percentage points and 4 places from 2021");
    NationalIndex papi = index("PAPI", FigureUnit::kPoints, 80);
    papi.tier_labels_vi = {"Cao nhất", "Trung bình cao", "Trung bình thấp", "Thấp nhất"};
    papi.tier_labels_en = {"Highest", "High average", "Low average", "Lowest"};
    ScorecardEntry each = entry(43.37, 19, std::nullopt, 15);
    each.maximum = 80;
    each.tier = "Trung bình cao";
    each.quartile = 1;
    CHECK(vi(each, papi) ==
          "Chỉ số PAPI (PAPI) đạt 43,37/80 điểm, xếp thứ 19/63 tỉnh, thành phố, thuộc nhóm Trung "
          "bình cao (giảm 4 bậc so với năm 2021)");
    CHECK(en(each, papi) ==
          "the PAPI index (PAPI) reached 43.37/80 points, ranked 19/63 provinces and cities, in "
          "the High average group (down 4 places from 2021)");
  }
  SUBCASE("no previous year") {
    ScorecardEntry each = entry(std::nullopt, 37, std::nullopt, 41);
    each.previous_year.reset();
    each.previous.clear();
    CHECK(vi(each) == "Chỉ số PCI (PCI) xếp thứ 37/63 tỉnh, thành phố");
  }
}

TEST_CASE("scorecard_sentence: a merger and a changed map give the old ranks out of 63") {
  ScorecardEntry merged = entry(90.12, 12, std::nullopt, 0);
  merged.of = 34;
  merged.map_changed = true;
  merged.previous = {
      {"Lâm Đồng", 25, 63, 89.21}, {"Đắk Nông", 31, 63, 88.36}, {"Bình Thuận", 44, 63, 87.12}};
  CHECK(vi(merged, kPercent) ==
        "Chỉ số PAR (PAR) đạt 90,12%, xếp thứ 12/34 tỉnh, thành phố (hợp nhất từ Lâm Đồng, Đắk "
        "Nông và Bình Thuận; năm 2021 trên bản đồ cũ: Lâm Đồng xếp thứ 25/63, Đắk Nông xếp thứ "
        "31/63, Bình Thuận xếp thứ 44/63)");
  CHECK(en(merged, kPercent) ==
        "the PAR index (PAR) reached 90.12%, ranked 12/34 provinces and cities (merged from Lâm "
        "Đồng, Đắk Nông and Bình Thuận; in 2021, on the old map: Lâm Đồng ranked 25/63, Đắk Nông "
        "ranked 31/63, Bình Thuận ranked 44/63)");
  ScorecardEntry same = entry(88.02, 28, 86.40, 50);
  same.of = 34;
  same.map_changed = true;
  CHECK(vi(same, kPercent) ==
        "Chỉ số PAR (PAR) đạt 88,02%, xếp thứ 28/34 tỉnh, thành phố (năm 2021 xếp thứ 50/63 trên "
        "bản đồ cũ)");
  CHECK(en(same, kPercent) ==
        "the PAR index (PAR) reached 88.02%, ranked 28/34 provinces and cities (ranked 50/63 in "
        "2021, on the old map)");
}

TEST_CASE("scorecard_markdown and scorecard_csv: a year missing for one index") {
  Scorecard card{"Cao Bằng", {}};
  ScorecardEntry first = entry(std::nullopt, 58, std::nullopt, 0);
  first.index_name = "PAR";
  first.year = 2019;
  first.previous_year.reset();
  first.previous.clear();
  ScorecardEntry second = entry(81.07, 56, std::nullopt, 58);
  second.index_name = "PAR";
  second.year = 2020;
  second.previous_year = 2019;
  ScorecardEntry pci = entry(60.02, 55, 58.4, 58);
  card.entries = {first, second, pci};
  const std::vector<NationalIndex> indices = {kPercent, kPoints};
  CHECK(scorecard_markdown(card, indices, Language::kVietnamese) ==
        "# Cao Bằng: các chỉ số quốc gia\n\n"
        "Thứ hạng và giá trị của PAR và PCI qua các năm 2019–2022, theo các bảng xếp hạng toàn "
        "quốc.\n\n"
        "## Các chỉ số qua các năm\n\n"
        "| Chỉ số | 2019 | 2020 | 2022 |\n"
        "|-------|-------:|----------------:|--------------------:|\n"
        "| PAR | 58/63 | 56/63 · 81,07% | — |\n"
        "| PCI | — | — | 55/63 · 60,02 điểm |\n"
        "\n## Năm gần nhất\n\n"
        "Chỉ số PAR (PAR) năm 2020 đạt 81,07%, xếp thứ 56/63 tỉnh, thành phố (tăng 2 bậc so với "
        "năm 2019); Chỉ số PCI (PCI) năm 2022 đạt 60,02 điểm, xếp thứ 55/63 tỉnh, thành phố, tăng "
        "1,62 điểm và 3 bậc so với năm 2021.\n");
  CHECK(scorecard_markdown(card, indices, Language::kEnglish)
            .find("\n\nIn 2020, the PAR index (PAR) reached 81.07%") != std::string::npos);
  CHECK(scorecard_csv(card, indices) ==
        "index_name,year,value,scale,rank,of,rank_change,value_change,tier,unit\n"
        "PAR,2019,,100,58,63,,,,Cao Bằng\n"
        "PAR,2020,81.07,100,56,63,2,,,Cao Bằng\n"
        "PCI,2022,60.02,100,55,63,3,1.62,,Cao Bằng\n");
}

TEST_CASE("scorecard phrases: plain text, every one named") {
  for (Language language : {Language::kVietnamese, Language::kEnglish}) {
    const std::vector<NamedPhrase> phrases = phrase_list(scorecard_phrases(language));
    CHECK(phrases.size() ==
          (sizeof(ScorecardPhrases) - sizeof(ScorecardChanges)) / sizeof(const char*) - 1 + 9);
    for (const NamedPhrase& phrase : phrases) {
      CAPTURE(phrase.name);
      REQUIRE(phrase.text != nullptr);
      CHECK(std::string(phrase.text).find_first_of("#*`|\\<>\n") == std::string::npos);
    }
  }
}

}  // namespace chiso

// Tests of band: thresholds per group and their validation.
#include "chiso/band.h"

#include <doctest/doctest.h>

#include <ostream>
#include <string>
#include <vector>

#include "printers.h"

namespace chiso {

// Failure messages print whole values. `static`: printers of this file's types; shared ones are in
// printers.h.
static std::ostream& operator<<(std::ostream& out, const Band& band) {
  return out << "{'" << band.group << "', '" << band.label << "', " << band.min << ", line "
             << band.where.line << '}';
}

}  // namespace chiso

using namespace chiso;

namespace {

// A band on `line` of bands.csv.
Band band(std::string group, std::string label, double min, int line) {
  return {std::move(group), std::move(label), min, {"bands.csv", line, 1}, std::nullopt, {}};
}

}  // namespace

TEST_CASE("band: a unit gets the band whose minimum is at or below its index") {
  Diagnostics diagnostics;
  // Given out of order: the scheme sorts them.
  BandScheme bands = BandScheme::build(
      {band("", "Tốt", 80, 3), band("", "Khá", 70, 4), band("", "Xuất sắc", 90, 2)}, diagnostics);
  REQUIRE(diagnostics.all().empty());
  CHECK_FALSE(bands.empty());

  SUBCASE("a minimum is inclusive") {
    CHECK(bands.label("Sở, ban, ngành", 90) == "Xuất sắc");
    CHECK(bands.label("Sở, ban, ngành", 80) == "Tốt");
    CHECK(bands.label("Sở, ban, ngành", 70) == "Khá");
  }
  SUBCASE("just below a minimum is the band under it") {
    CHECK(bands.label("Sở, ban, ngành", 89.99) == "Tốt");
    CHECK(bands.label("Sở, ban, ngành", 79.999) == "Khá");
  }
  SUBCASE("above every minimum is the highest band") { CHECK(bands.label("", 100) == "Xuất sắc"); }
  SUBCASE("below every band there is no label") {
    CHECK(bands.label("Sở, ban, ngành", 69.99) == "");
    CHECK(bands.label("", 0) == "");
  }
  SUBCASE("for_group lists the shared bands highest first") {
    CHECK(bands.for_group("Sở, ban, ngành") == std::vector<Band>{band("", "Xuất sắc", 90, 2),
                                                                 band("", "Tốt", 80, 3),
                                                                 band("", "Khá", 70, 4)});
    CHECK(bands.for_group("") == bands.for_group("Sở, ban, ngành"));
  }
}

TEST_CASE("band: a group with bands of its own uses only those") {
  Diagnostics diagnostics;
  BandScheme bands = BandScheme::build(
      {band("", "Xuất sắc", 90, 2), band("", "Tốt", 80, 3),
       band("UBND cấp huyện", "Nhóm II", 70, 5), band("UBND cấp huyện", "Nhóm I", 80, 4)},
      diagnostics);
  REQUIRE(diagnostics.all().empty());

  CHECK(bands.for_group("UBND cấp huyện") ==
        std::vector<Band>{band("UBND cấp huyện", "Nhóm I", 80, 4),
                          band("UBND cấp huyện", "Nhóm II", 70, 5)});
  CHECK(bands.label("UBND cấp huyện", 95) == "Nhóm I");
  CHECK(bands.label("UBND cấp huyện", 80) == "Nhóm I");
  CHECK(bands.label("UBND cấp huyện", 75) == "Nhóm II");
  CHECK(bands.label("UBND cấp huyện", 69.99) == "");

  SUBCASE("other groups keep the shared bands") {
    CHECK(bands.for_group("Sở, ban, ngành") ==
          std::vector<Band>{band("", "Xuất sắc", 90, 2), band("", "Tốt", 80, 3)});
    CHECK(bands.label("Sở, ban, ngành", 95) == "Xuất sắc");
    CHECK(bands.label("Sở, ban, ngành", 75) == "");
  }
  SUBCASE("group names are matched exactly") {
    CHECK(bands.label("UBND cấp Huyện", 95) == "Xuất sắc");
  }
}

TEST_CASE("band: a group with only its own bands leaves other groups without a band") {
  Diagnostics diagnostics;
  BandScheme bands = BandScheme::build({band("UBND cấp huyện", "Nhóm I", 80, 2)}, diagnostics);
  REQUIRE(diagnostics.all().empty());
  CHECK(bands.for_group("Sở, ban, ngành").empty());
  CHECK(bands.label("Sở, ban, ngành", 99) == "");
  CHECK(bands.label("UBND cấp huyện", 99) == "Nhóm I");
}

TEST_CASE("band: an empty scheme gives no label") {
  Diagnostics diagnostics;
  BandScheme built = BandScheme::build({}, diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(built.empty());
  CHECK(built.label("", 95) == "");
  CHECK(built.for_group("").empty());
  CHECK(BandScheme{}.empty());
}

TEST_CASE("band: two bands with the same minimum in a group are an error at the later one") {
  Diagnostics diagnostics;
  SUBCASE("in the shared bands") {
    BandScheme::build(
        {band("", "Xuất sắc", 90, 2), band("", "Tốt", 80.5, 3), band("", "Khá", 80.5, 4)},
        diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{{{"bands.csv", 4, 1},
                                   Severity::kError,
                                   "bands 'Tốt' and 'Khá' have the same minimum 80.5"}});
  }
  SUBCASE("in a group, whatever order they are given in") {
    BandScheme::build({band("UBND cấp huyện", "Nhóm II", 80, 7), band("", "Tốt", 80, 2),
                       band("UBND cấp huyện", "Nhóm I", 80, 5)},
                      diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{{{"bands.csv", 7, 1},
                                   Severity::kError,
                                   "bands 'Nhóm I' and 'Nhóm II' have the same minimum 80 in group "
                                   "'UBND cấp huyện'"}});
  }
}

TEST_CASE("band: the same minimum in different groups is fine") {
  Diagnostics diagnostics;
  BandScheme bands =
      BandScheme::build({band("", "Tốt", 80, 2), band("Sở, ban, ngành", "Tốt", 80, 3),
                         band("UBND cấp huyện", "Nhóm I", 80, 4)},
                        diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(bands.label("UBND cấp huyện", 80) == "Nhóm I");
}

TEST_CASE("band: at most 10 band sets, an error at the first band of the 11th") {
  std::vector<Band> bands;
  for (int set = 1; set <= 12; ++set) {
    Band one = band("", "A", 50, set + 1);
    one.set = "S" + std::to_string(set);
    bands.push_back(one);
  }
  Diagnostics diagnostics;
  SUBCASE("10 sets are fine") {
    bands.resize(10);
    BandScheme scheme = BandScheme::build(bands, diagnostics);
    CHECK(diagnostics.all().empty());
    CHECK(scheme.sets().size() == 10);
  }
  SUBCASE("12 sets: one error") {
    BandScheme::build(bands, diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {{"bands.csv", 12, 1},
               Severity::kError,
               "band set 'S11' is one set too many; at most 10 band sets side by side"}});
  }
}

TEST_CASE("band: a group's bands are found by group and set among many") {
  std::vector<Band> bands;
  for (int group = 0; group < 1000; ++group) {
    bands.push_back(band("G" + std::to_string(group), "A", 50, 2 * group + 2));
    bands.push_back(band("G" + std::to_string(group), "B", 0, 2 * group + 3));
  }
  bands.push_back(band("", "Shared", 0, 2002));
  Diagnostics diagnostics;
  BandScheme scheme = BandScheme::build(bands, diagnostics);
  REQUIRE(diagnostics.all().empty());
  CHECK(scheme.for_group("G999").size() == 2);
  CHECK(scheme.for_group("G999").front().label == "A");
  CHECK(scheme.label("G500", 49) == "B");
  CHECK(scheme.label("not listed", 49) == "Shared");
}

TEST_CASE("band: a label given twice in a group is an error at the later one") {
  Diagnostics diagnostics;
  SUBCASE("in the shared bands") {
    BandScheme::build({band("", "Tốt", 80, 2), band("", "Khá", 70, 3), band("", "Tốt", 60, 4)},
                      diagnostics);
    CHECK(
        diagnostics.all() ==
        std::vector<Diagnostic>{
            {{"bands.csv", 4, 1},
             Severity::kError,
             "band 'Tốt' is given twice (also on line 2); give each band once, with its minimum"}});
  }
  SUBCASE("in a group; the same label in another group is fine") {
    BandScheme::build({band("UBND cấp huyện", "Tốt", 80, 5), band("", "Tốt", 80, 2),
                       band("UBND cấp huyện", "Tốt", 75, 6)},
                      diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {{"bands.csv", 6, 1},
               Severity::kError,
               "band 'Tốt' is given twice in group 'UBND cấp huyện' (also on line 5); give "
               "each band once, with its minimum"}});
  }
}

TEST_CASE("band: a band for a group that no unit is in is an error with the closest group") {
  Diagnostics diagnostics;
  const BandScheme bands =
      BandScheme::build({band("", "Tốt", 80, 2), band("Sở, ban, nganh", "Xuất sắc", 90, 3),
                         band("Sở, ban, nganh", "Khá", 70, 4), band("Nhóm X", "A", 50, 5),
                         band("UBND cấp huyện", "Nhóm I", 80, 6)},
                        diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  SUBCASE("against the groups of the units file, once per group") {
    check_band_groups(bands, {"Sở, ban, ngành", "UBND cấp huyện"}, "units.csv", diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {{"bands.csv", 5, 1},
               Severity::kError,
               "band 'A' is for group 'Nhóm X', which is not a group of 'units.csv'"},
              {{"bands.csv", 3, 1},
               Severity::kError,
               "band 'Xuất sắc' is for group 'Sở, ban, nganh', which is not a group of "
               "'units.csv'; did you mean "
               "'Sở, ban, ngành'?"}});
  }
  SUBCASE("without a units file, every group is unknown") {
    check_band_groups(bands, {}, "", diagnostics);
    CHECK(diagnostics.error_count() == 3);
    CHECK(diagnostics.all().back().message ==
          "band 'Nhóm I' is for group 'UBND cấp huyện', but there is no units file (--units) to "
          "give groups; "
          "leave the group empty, or give --units");
  }
}

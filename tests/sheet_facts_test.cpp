// Tests of sheet_facts: the totals and groups a clerk's sheet states, checked against chiso's.
#include "chiso/io/sheet_facts.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chiso/io/framework_reader.h"
#include "chiso/io/scores_reader.h"
#include "chiso/io/text.h"
#include "messages.h"
#include "small_framework.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("sheet-facts-test") {}
};

using testing::kFramework;
using testing::messages;

}  // namespace

TEST_CASE("sheet_facts: a total column is checked against the unit's points") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const Framework framework = read_framework(folder.write("f.csv", kFramework), {}, diagnostics);
  ScoreTable table(static_cast<int>(framework.leaves().size()));
  SheetFacts facts;
  const std::string path = folder.write("s.csv",
                                        "unit;1.1;1.2;2.1;Tổng điểm\n"
                                        "Sở A;1,25;2;3;6,25\n"   // right
                                        "Sở B;1,25;2;3;6,26\n"   // 0.01 off at 2 decimals
                                        "Sở C;1,25;2;3;6\n"      // within half a unit of 6
                                        "Sở D;1,25;n/a;3;5,3\n"  // n/a counts no points
                                        "Sở E;1,25;2;3;không\n"  // not a number
                                        "Sở F;1;2;3;\n");        // no total given
  read_scores({path, 2022}, framework, table, {}, diagnostics, &facts);
  check_totals(framework, table, facts.totals, diagnostics);
  CHECK(messages(diagnostics) ==
        path +
            ":6:15: warning: total 'không' of unit 'Sở E' is not a number; chiso uses its own "
            "total\n" +
            path +
            ":3:15: warning: unit 'Sở B': the total column says 6,26 but its criteria add up to "
            "6,25 (0,01 less); chiso uses its own total\n" +
            path +
            ":5:17: warning: unit 'Sở D': the total column says 5,3 but its criteria add up to "
            "4,25 (1,05 less); chiso uses its own total\n");
}

TEST_CASE("sheet_facts: the sheet's groups fill in the units file's and must agree with it") {
  ScoreTable scores(1);
  for (const char* unit : {"Sở A", "Sở B", "Huyện C"})
    scores.intern_unit(unit, unit_key(unit), 2022);
  UnitGroups groups;
  groups.group_of = {{"Sở A", "Sở, ban, ngành"}, {"Huyện C", "Huyện"}};
  groups.order = {"Sở, ban, ngành", "Huyện"};
  SheetFacts facts;
  facts.groups = {{0, "SỞ, BAN, NGÀNH", {"s.csv", 2, 3}},
                  {1, "sở,  ban, ngành", {"s.csv", 3, 3}},
                  {2, "Sở, ban, ngành", {"s.csv", 4, 3}},
                  {1, "Khác", {"s.csv", 5, 3}}};
  Diagnostics diagnostics;
  add_sheet_groups(groups, scores, facts, "units.csv", diagnostics);
  CHECK(groups.group("Sở B") == "Sở, ban, ngành");  // spelt as the units file spells it
  CHECK(groups.order == std::vector<std::string>{"Sở, ban, ngành", "Huyện"});
  CHECK(messages(diagnostics) ==
        "s.csv:4:3: error: unit 'Huyện C' is in group 'Sở, ban, ngành' here but in group 'Huyện' "
        "in the units file 'units.csv'\n"
        "s.csv:5:3: error: unit 'Sở B' is in group 'Sở, ban, ngành' on line 3 and in group 'Khác' "
        "here; a unit belongs to one group\n");
}

}  // namespace chiso

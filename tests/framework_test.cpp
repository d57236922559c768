// Tests of framework: building and validating the criteria tree.
#include "chiso/framework.h"

#include <doctest/doctest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "printers.h"

using namespace chiso;

namespace {

// A row of framework.csv on `line`: the id in column 1, the parent in column 10, the max in
// column 30, so that a test sees which cell a message points at.
CriterionRow row(std::string id, std::string parent, std::optional<double> max, int line) {
  CriterionRow result;
  result.id = std::move(id);
  result.parent = std::move(parent);
  result.max = max;
  result.where = {"framework.csv", line, 1};
  result.parent_where = {"framework.csv", line, 10};
  result.max_where = {"framework.csv", line, 30};
  result.weight_where = {"framework.csv", line, 40};
  return result;
}

Location cell(int line, int column) { return {"framework.csv", line, column}; }

}  // namespace

TEST_CASE("framework: a valid tree keeps fields and leaves in file order and sums the maxima") {
  Diagnostics diagnostics;
  Framework framework = Framework::build(
      {row("1", "", 10, 2), row("1.1", "1", 4, 3), row("1.2", "1", 6, 4),
       row("2", "", std::nullopt, 5), row("2.1", "2", std::nullopt, 6), row("2.1.1", "2.1", 2.5, 7),
       row("2.1.2", "2.1", 1.5, 8), row("2.2", "2", 3, 9), row("3", "", 5, 10)},
      diagnostics);
  REQUIRE(diagnostics.all().empty());

  CHECK(framework.nodes().size() == 9);
  CHECK(framework.fields() == std::vector<int>{0, 3, 8});
  CHECK(framework.leaves() == std::vector<int>{1, 2, 5, 6, 7, 8});
  CHECK(framework.leaf_field() == std::vector<int>{0, 0, 1, 1, 1, 2});
  CHECK(framework.max() == 22);

  SUBCASE("inner nodes get the sum of their children, leaves keep their own maximum") {
    CHECK(framework.node(0).max == 10);
    CHECK(framework.node(3).max == 7);
    CHECK(framework.node(4).max == 4);
    CHECK(framework.node(5).max == 2.5);
    CHECK(framework.node(8).max == 5);
  }
  SUBCASE("nodes know their parent, children, field and leaf position") {
    const Criterion& node = framework.node(6);
    CHECK(node.id == "2.1.2");
    CHECK(node.parent == 4);
    CHECK(node.field == 1);
    CHECK(node.leaf == 3);
    CHECK(node.where == cell(8, 1));
    CHECK(framework.node(3).children == std::vector<int>{4, 7});
    CHECK(framework.node(4).children == std::vector<int>{5, 6});
    CHECK(framework.node(4).leaf == -1);
    CHECK(framework.node(4).field == 1);
    CHECK(framework.node(3).parent == -1);
    CHECK_FALSE(framework.node(3).is_leaf());
    CHECK(framework.node(8).is_leaf());
  }
  SUBCASE("nodes know their level: 1 for a field, one more for each level below") {
    CHECK(framework.node(0).level == 1);
    CHECK(framework.node(1).level == 2);
    CHECK(framework.node(4).level == 2);
    CHECK(framework.node(6).level == 3);
    CHECK(framework.node(8).level == 1);
  }
  SUBCASE("find looks criteria up by id") {
    CHECK(framework.find("2.1") == std::optional<int>(4));
    CHECK(framework.find("3") == std::optional<int>(8));
    CHECK_FALSE(framework.find("2.3").has_value());
    CHECK_FALSE(framework.find("").has_value());
  }
}

TEST_CASE("framework: a row may come before its parent; order stays the file's") {
  Diagnostics diagnostics;
  Framework framework =
      Framework::build({row("1.2", "1", 6, 2), row("2.1", "2", 1, 3), row("1", "", std::nullopt, 4),
                        row("1.1", "1", 4, 5), row("2", "", std::nullopt, 6)},
                       diagnostics);
  REQUIRE(diagnostics.all().empty());
  CHECK(framework.fields() == std::vector<int>{2, 4});
  CHECK(framework.leaves() == std::vector<int>{0, 1, 3});
  CHECK(framework.leaf_field() == std::vector<int>{0, 1, 0});
  CHECK(framework.node(2).children == std::vector<int>{0, 3});
  CHECK(framework.node(2).max == 10);
  CHECK(framework.max() == 11);
}

TEST_CASE("framework: a tree may be any depth") {
  Diagnostics diagnostics;
  Framework framework = Framework::build(
      {row("a", "", std::nullopt, 2), row("a.b", "a", std::nullopt, 3), row("a.b.c", "a.b", 2.5, 4),
       row("a.b.d", "a.b", std::nullopt, 5), row("a.b.d.e", "a.b.d", std::nullopt, 6),
       row("a.b.d.e.f", "a.b.d.e", 0.75, 7), row("a.b.d.e.g", "a.b.d.e", 0.25, 8)},
      diagnostics);
  REQUIRE(diagnostics.all().empty());
  CHECK(framework.fields() == std::vector<int>{0});
  CHECK(framework.leaves() == std::vector<int>{2, 5, 6});
  CHECK(framework.leaf_field() == std::vector<int>{0, 0, 0});
  CHECK(framework.node(4).max == 1);
  CHECK(framework.node(3).max == 1);
  CHECK(framework.node(1).max == 3.5);
  CHECK(framework.node(0).max == 3.5);
  CHECK(framework.node(6).field == 0);
  CHECK(framework.node(6).leaf == 2);
  CHECK(framework.max() == 3.5);
}

TEST_CASE("framework: a declared inner maximum equal to the sum up to rounding is accepted") {
  Diagnostics diagnostics;
  Framework framework = Framework::build(
      {row("1", "", 0.3, 2), row("1.1", "1", 0.1, 3), row("1.2", "1", 0.2, 4)}, diagnostics);
  CHECK(diagnostics.all().empty());
  CHECK(framework.leaves() == std::vector<int>{1, 2});
}

TEST_CASE("framework: a duplicate id is an error pointing at the second row") {
  Diagnostics diagnostics;
  Framework::build({row("1", "", std::nullopt, 2), row("1.1", "1", 1, 3), row("1.1", "1", 2, 7)},
                   diagnostics);
  CHECK(diagnostics.all() ==
        std::vector<Diagnostic>{{cell(7, 1), Severity::kError,
                                 "duplicate criterion id '1.1' (first defined on line 3)"}});
}

TEST_CASE("framework: an unknown parent is an error at the parent cell") {
  Diagnostics diagnostics;
  SUBCASE("with a suggestion when an id is one typo away") {
    Framework::build({row("2", "", std::nullopt, 2), row("2.1", "2", std::nullopt, 3),
                      row("2.1.1", "2.1", 1, 4), row("2.2", "2", 1, 5), row("2.1.2", "2.x", 1, 6)},
                     diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {cell(6, 10), Severity::kError, "unknown parent '2.x'; did you mean '2.1'?"}});
  }
  SUBCASE("without a suggestion when nothing is close") {
    Framework::build({row("1", "", std::nullopt, 2), row("1.1", "1", 1, 3), row("1.2", "zz", 1, 4)},
                     diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{{cell(4, 10), Severity::kError, "unknown parent 'zz'"}});
  }
  SUBCASE("never suggesting the row itself as its own parent") {
    Framework::build({row("A1", "A", 1, 2)}, diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{{cell(2, 10), Severity::kError, "unknown parent 'A'"}});
  }
}

TEST_CASE("framework: a cycle is reported once, at its first row in the file") {
  Diagnostics diagnostics;
  SUBCASE("two nodes that are each other's parent") {
    Framework::build({row("1", "", 1, 2), row("a", "b", 1, 3), row("b", "a", 1, 4)}, diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {cell(3, 1), Severity::kError, "criterion 'a' is its own ancestor: a -> b -> a"}});
  }
  SUBCASE("a node that is its own parent") {
    Framework::build({row("1", "", 1, 2), row("x", "x", 1, 3)}, diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {cell(3, 1), Severity::kError, "criterion 'x' is its own ancestor: x -> x"}});
  }
  SUBCASE("a cycle first reached from a node hanging below it") {
    Framework::build(
        {row("1", "", 1, 2), row("tail", "b", 1, 3), row("a", "b", 1, 4), row("b", "a", 1, 5)},
        diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {cell(4, 1), Severity::kError, "criterion 'a' is its own ancestor: a -> b -> a"}});
  }
}

TEST_CASE("framework: a leaf without a maximum is an error at the max cell") {
  Diagnostics diagnostics;
  Framework::build({row("1", "", std::nullopt, 2), row("1.1", "1", 2, 3),
                    row("1.2", "1", std::nullopt, 4), row("2", "", std::nullopt, 5)},
                   diagnostics);
  CHECK(diagnostics.all() ==
        std::vector<Diagnostic>{
            {cell(4, 30), Severity::kError,
             "criterion '1.2' has no sub-criteria and no maximum; give its maximum points"},
            {cell(5, 30), Severity::kError,
             "criterion '2' has no sub-criteria and no maximum; give its maximum points"}});
}

TEST_CASE("framework: a leaf without a maximum does not also make its parent's maximum wrong") {
  Diagnostics diagnostics;
  Framework::build({row("1", "", 10, 2), row("1.1", "1", 4, 3), row("1.2", "1", std::nullopt, 4)},
                   diagnostics);
  CHECK(diagnostics.all() ==
        std::vector<Diagnostic>{
            {cell(4, 30), Severity::kError,
             "criterion '1.2' has no sub-criteria and no maximum; give its maximum points"}});
}

TEST_CASE("framework: an inner maximum that differs from the sum of its children is an error") {
  Diagnostics diagnostics;
  Framework framework = Framework::build(
      {row("1", "", 10, 2), row("1.1", "1", 4, 3), row("1.2", "1", 5.5, 4)}, diagnostics);
  CHECK(diagnostics.all() ==
        std::vector<Diagnostic>{{cell(2, 30), Severity::kError,
                                 "maximum of '1' is 10 but its sub-criteria add up to 9.5"}});
  CHECK(framework.node(0).max == 9.5);
}

TEST_CASE("framework: no rows at all is an error without a place") {
  Diagnostics diagnostics;
  Framework framework = Framework::build({}, diagnostics);
  CHECK(diagnostics.all() ==
        std::vector<Diagnostic>{{Location{}, Severity::kError, "the framework has no criteria"}});
  CHECK(framework.nodes().empty());
}

TEST_CASE("framework: every problem of a file is reported, not only the first") {
  Diagnostics diagnostics;
  diagnostics.warning(cell(1, 1), "an earlier warning");
  Framework::build({row("1", "", std::nullopt, 2), row("1", "", 3, 3), row("1.1", "9", 1, 4)},
                   diagnostics);
  CHECK(diagnostics.all() ==
        std::vector<Diagnostic>{
            {cell(1, 1), Severity::kWarning, "an earlier warning"},
            {cell(3, 1), Severity::kError, "duplicate criterion id '1' (first defined on line 2)"},
            {cell(4, 10), Severity::kError, "unknown parent '9'; did you mean '1'?"}});
}

TEST_CASE(
    "framework: a tree 100,000 levels deep gets each node's field and level from its parent") {
  std::vector<CriterionRow> rows;
  for (int i = 0; i < 100000; ++i) {
    rows.push_back(row("c" + std::to_string(i), i ? "c" + std::to_string(i - 1) : "",
                       i == 99999 ? std::optional<double>(4) : std::nullopt, i + 2));
  }
  Diagnostics diagnostics;
  Framework framework = Framework::build(rows, diagnostics);
  REQUIRE(diagnostics.all().empty());
  CHECK(framework.node(99999).level == 100000);
  CHECK(framework.node(99999).field == 0);
  CHECK(framework.node(0).max == 4);
  CHECK(framework.leaves() == std::vector<int>{99999});
}

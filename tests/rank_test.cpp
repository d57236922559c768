// Tests of rank: rounding as published and the tie rules of league tables.
#include "chiso/rank.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

#include "printers.h"

using namespace chiso;

TEST_CASE("rank: round_half_up rounds halves away from zero as a spreadsheet does") {
  SUBCASE("decimal halves stored just below the half still round up") {
    // 2.675 is stored as 2.67499999999999982…; 1.005 and 0.285 stay below the half once scaled.
    CHECK(1.005 * 100 < 100.5);
    CHECK(0.285 * 100 < 28.5);
    CHECK(round_half_up(87.825, 2) == 87.83);
    CHECK(round_half_up(2.675, 2) == 2.68);
    CHECK(round_half_up(1.005, 2) == 1.01);
    CHECK(round_half_up(0.285, 2) == 0.29);
    CHECK(round_half_up(97.6845, 3) == 97.685);
  }
  SUBCASE("values clearly below or above the half round to the nearest") {
    CHECK(round_half_up(87.824, 2) == 87.82);
    CHECK(round_half_up(87.8249, 2) == 87.82);
    CHECK(round_half_up(87.8251, 2) == 87.83);
    CHECK(round_half_up(88.461538461538, 2) == 88.46);
    CHECK(round_half_up(81.333333333333, 2) == 81.33);
    CHECK(round_half_up(99.999, 2) == 100);
  }
  SUBCASE("no decimals") {
    CHECK(round_half_up(2.5, 0) == 3);
    CHECK(round_half_up(3.5, 0) == 4);
    CHECK(round_half_up(2.4999, 0) == 2);
    CHECK(round_half_up(0, 0) == 0);
  }
  SUBCASE("negative values round their halves away from zero too") {
    CHECK(round_half_up(-2.5, 0) == -3);
    CHECK(round_half_up(-2.675, 2) == -2.68);
    CHECK(round_half_up(-1.234, 2) == -1.23);
  }
  SUBCASE("already rounded values are unchanged") {
    CHECK(round_half_up(94.49, 2) == 94.49);
    CHECK(round_half_up(100, 2) == 100);
    CHECK(round_half_up(48.811, 3) == 48.811);
  }
}

TEST_CASE("rank: equal indices share a rank and the next rank is skipped") {
  CHECK(rank_descending({90, 85, 85, 70}, TieRule::kCompetition) == std::vector<int>{1, 2, 2, 4});
  CHECK(rank_descending({85, 90, 70, 85}, TieRule::kCompetition) == std::vector<int>{2, 1, 4, 2});
  CHECK(rank_descending({70, 70, 90, 90, 90}, TieRule::kCompetition) ==
        std::vector<int>{4, 4, 1, 1, 1});
}

TEST_CASE("rank: dense ties share a rank and the next rank follows on") {
  CHECK(rank_descending({90, 85, 85, 70}, TieRule::kDense) == std::vector<int>{1, 2, 2, 3});
  CHECK(rank_descending({85, 90, 70, 85}, TieRule::kDense) == std::vector<int>{2, 1, 3, 2});
  CHECK(rank_descending({70, 70, 90, 90, 90}, TieRule::kDense) == std::vector<int>{2, 2, 1, 1, 1});
}

TEST_CASE("rank: the order of the ranks, ties in input order, for every tie rule") {
  const std::vector<double> keys = {70, 85, 90, 85, 70, 95};
  for (TieRule rule : {TieRule::kCompetition, TieRule::kDense, TieRule::kOrdinal}) {
    std::vector<int> order;
    const std::vector<int> ranks = rank_descending(keys, rule, &order);
    CHECK(order == std::vector<int>{5, 2, 1, 3, 0, 4});
    CHECK(ranks == rank_descending(keys, rule));
  }
}

TEST_CASE("rank: ordinal ties are broken by input order") {
  CHECK(rank_descending({90, 85, 85, 70}, TieRule::kOrdinal) == std::vector<int>{1, 2, 3, 4});
  CHECK(rank_descending({85, 90, 70, 85}, TieRule::kOrdinal) == std::vector<int>{2, 1, 4, 3});
  CHECK(rank_descending({70, 70, 90, 90, 90}, TieRule::kOrdinal) ==
        std::vector<int>{4, 5, 1, 2, 3});
}

TEST_CASE("rank: degenerate inputs") {
  SUBCASE("all tied") {
    CHECK(rank_descending({80, 80, 80}, TieRule::kCompetition) == std::vector<int>{1, 1, 1});
    CHECK(rank_descending({80, 80, 80}, TieRule::kDense) == std::vector<int>{1, 1, 1});
    CHECK(rank_descending({80, 80, 80}, TieRule::kOrdinal) == std::vector<int>{1, 2, 3});
  }
  SUBCASE("no keys") {
    CHECK(rank_descending({}, TieRule::kCompetition).empty());
    CHECK(rank_descending({}, TieRule::kDense).empty());
    CHECK(rank_descending({}, TieRule::kOrdinal).empty());
  }
  SUBCASE("a single key") {
    CHECK(rank_descending({42.5}, TieRule::kCompetition) == std::vector<int>{1});
    CHECK(rank_descending({42.5}, TieRule::kDense) == std::vector<int>{1});
    CHECK(rank_descending({42.5}, TieRule::kOrdinal) == std::vector<int>{1});
  }
}

TEST_CASE("rank: keys are compared exactly, without tolerance") {
  CHECK(rank_descending({88.46, 88.4600000001, 88.46}, TieRule::kCompetition) ==
        std::vector<int>{2, 1, 2});
  CHECK(rank_descending({59.04, 59.0400001}, TieRule::kCompetition) == std::vector<int>{2, 1});
}

TEST_CASE("rank: shuffling the keys gives each key the same competition rank") {
  const std::vector<double> keys{88.46, 92.18, 75.5,   88.46, 60, 92.18,
                                 88.46, 81.33, 97.685, 75.5,  0,  100};
  const std::vector<int> ranks = rank_descending(keys, TieRule::kCompetition);
  const std::vector<int> dense_ranks = rank_descending(keys, TieRule::kDense);
  // A valid competition ranking: each rank is one more than the number of strictly higher keys.
  for (size_t i = 0; i < keys.size(); ++i) {
    auto higher =
        std::count_if(keys.begin(), keys.end(), [&](double key) { return key > keys[i]; });
    CHECK(ranks[i] == higher + 1);
  }
  std::mt19937 random(20240517);
  for (int round = 0; round < 8; ++round) {
    CAPTURE(round);
    std::vector<size_t> order(keys.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::shuffle(order.begin(), order.end(), random);
    std::vector<double> shuffled;
    std::vector<int> expected;
    std::vector<int> expected_dense;
    for (size_t from : order) {
      shuffled.push_back(keys[from]);
      expected.push_back(ranks[from]);
      expected_dense.push_back(dense_ranks[from]);
    }
    CHECK(rank_descending(shuffled, TieRule::kCompetition) == expected);
    CHECK(rank_descending(shuffled, TieRule::kDense) == expected_dense);
  }
}

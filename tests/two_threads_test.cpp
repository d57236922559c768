// Tests of two_threads: the Parallel the commands give the core.
#include "chiso/io/two_threads.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <thread>

using namespace chiso;

TEST_CASE("two_threads: both pieces run, the first on a thread of its own") {
  std::thread::id first_thread, second_thread;
  TwoThreads().both([&] { first_thread = std::this_thread::get_id(); },
                    [&] { second_thread = std::this_thread::get_id(); });
  CHECK(second_thread == std::this_thread::get_id());
  CHECK(first_thread != std::thread::id());
  CHECK(first_thread != second_thread);
}

TEST_CASE("two_threads: an exception from either piece is rethrown once both are done") {
  bool second_ran = false;
  CHECK_THROWS_WITH(
      TwoThreads().both([] { throw std::runtime_error("first"); }, [&] { second_ran = true; }),
      "first");
  CHECK(second_ran);
  bool first_ran = false;
  CHECK_THROWS_WITH(
      TwoThreads().both([&] { first_ran = true; }, [] { throw std::runtime_error("second"); }),
      "second");
  CHECK(first_ran);
}

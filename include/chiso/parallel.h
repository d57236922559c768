// How the core may use a second processor core: the caller hands it a way to run two pieces of
// work at once, so that the core itself starts no thread and stays free of threading headers.
#pragma once

#include <functional>

namespace chiso {

/// Runs two pieces of work and returns when both are done; they may run at the same time, so
/// they must not share anything they write. An exception from either is rethrown.
class Parallel {
 public:
  virtual ~Parallel() = default;
  virtual void both(const std::function<void()>& first,
                    const std::function<void()>& second) const = 0;
};

/// Runs the two pieces one after the other: for tests, and for a caller with one core.
class Sequential final : public Parallel {
 public:
  void both(const std::function<void()>& first,
            const std::function<void()>& second) const override {
    first();
    second();
  }
};

}  // namespace chiso

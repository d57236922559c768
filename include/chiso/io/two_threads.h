// The Parallel of the commands: the second piece of work on the calling thread, the first on a
// thread of its own.
#pragma once

#include "chiso/parallel.h"

namespace chiso {

/// Runs `first` on a thread of its own while `second` runs on the calling thread.
class TwoThreads final : public Parallel {
 public:
  void both(const std::function<void()>& first, const std::function<void()>& second) const override;
};

}  // namespace chiso

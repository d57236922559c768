#include "chiso/io/two_threads.h"

#include <future>

namespace chiso {

void TwoThreads::both(const std::function<void()>& first,
                      const std::function<void()>& second) const {
  std::future<void> started = std::async(std::launch::async, first);
  try {
    second();
  } catch (...) {
    started.wait();  // `first` may use what the caller is about to destroy
    throw;
  }
  started.get();
}

}  // namespace chiso

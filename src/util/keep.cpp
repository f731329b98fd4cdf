#include "tatakerja/util/keep.hpp"

#include <mutex>
#include <vector>

namespace tatakerja::util {

void keep_reachable(const void* pointer) {
  // Never destroyed itself: a static vector would be destroyed before
  // LeakSanitizer looks, and leave what it held leaked.
  static auto* kept = new std::vector<const void*>;
  static std::mutex mutex;
  const std::lock_guard lock(mutex);
  kept->push_back(pointer);
}

}  // namespace tatakerja::util

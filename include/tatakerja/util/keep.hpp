// Objects a command leaves for the system to reclaim at exit, like clang's
// -disable-free: a repository of 10,000 SOPs is a few hundred thousand
// allocations, and freeing them one by one takes longer than the whole
// rest of a warm run's ending. They stay reachable, so leak checkers do not
// report them. Only for what a command makes once, never in a loop.
#pragma once

#include <utility>

namespace tatakerja::util {

// Makes `pointer` reachable until the process ends (thread-safe).
void keep_reachable(const void* pointer);

// A T made from `args` on the heap, never destroyed.
template <class T, class... Args>
T& kept_until_exit(Args&&... args) {
  auto* object = new T(std::forward<Args>(args)...);
  keep_reachable(object);
  return *object;
}

}  // namespace tatakerja::util

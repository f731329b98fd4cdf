// Work spread over threads whose results are taken in a fixed order, so that
// what is written never depends on the number of threads (ARCHITECTURE.md,
// "Threads and determinism"). The same style as the loader's and the
// checks' pools: worker threads take the next index from a shared counter
// and fill only their own slot.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace tatakerja::util {

// Threads to use for `jobs` (0: one a core), never more than `items` and
// never fewer than one.
unsigned thread_count(unsigned jobs, std::size_t items);

using MakeText = std::function<void(std::size_t index, std::string& text)>;
using TakeText = std::function<void(std::size_t index, std::string& text)>;

// Calls make(i, text) for every i in [0, n), each into an empty string of
// its own, on up to `jobs` worker threads (0: one a core); and take(i, text)
// on the calling thread in the order of i, as soon as text i is made. At
// most a few texts a thread are made ahead of the one taken next, so the
// memory used stays bounded however large n is. With one thread, make and
// take alternate on the calling thread, and no thread is started.
// The first exception that make or take throws stops the work: the threads
// finish their current text and are joined, and it is rethrown.
void in_order(std::size_t n, unsigned jobs, const MakeText& make, const TakeText& take);

}  // namespace tatakerja::util

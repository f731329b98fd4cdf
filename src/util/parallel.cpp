#include "tatakerja/util/parallel.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace tatakerja::util {

namespace {

constexpr std::size_t kAheadPerThread = 4;  // texts a thread may make ahead

// The shared state of one in_order run: a ring of `window` slots; text i
// goes into slot i % window, and is made only once text i - window was
// taken, so that no slot is filled twice.
class Ordered {
 public:
  Ordered(std::size_t n, unsigned threads, const MakeText& make)
      : n_(n), window_(threads * kAheadPerThread), make_(make), slots_(window_) {}

  // A worker thread: makes texts until there are none left or work stops.
  void work() {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex_);
        taken_.wait(lock, [&] { return stop_ || next_ >= n_ || next_ < done_ + window_; });
        if (stop_ || next_ >= n_) return;
        i = next_++;
      }
      std::string text;
      try {
        make_(i, text);
      } catch (...) {
        fail(std::current_exception());
        return;
      }
      {
        std::lock_guard lock(mutex_);
        slots_[i % window_].text = std::move(text);
        slots_[i % window_].ready = true;
      }
      made_.notify_one();  // only the calling thread waits for a text
    }
  }

  // The calling thread: text i, once made; false when work stopped.
  bool next_text(std::size_t i, std::string& text) {
    {
      std::unique_lock lock(mutex_);
      auto& slot = slots_[i % window_];
      made_.wait(lock, [&] { return stop_ || slot.ready; });
      if (stop_) return false;
      text = std::move(slot.text);
      slot.text = std::string();
      slot.ready = false;
      done_ = i + 1;
    }
    taken_.notify_all();
    return true;
  }

  void fail(std::exception_ptr error) {
    {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = error;
      stop_ = true;
    }
    made_.notify_all();
    taken_.notify_all();
  }

  std::exception_ptr error() const { return error_; }  // after the threads are joined

 private:
  struct Slot {
    std::string text;
    bool ready = false;
  };

  const std::size_t n_, window_;
  const MakeText& make_;
  std::vector<Slot> slots_;
  std::mutex mutex_;
  std::condition_variable made_, taken_;
  std::size_t next_ = 0;  // the next text to make
  std::size_t done_ = 0;  // texts taken
  bool stop_ = false;
  std::exception_ptr error_;
};

}  // namespace

unsigned thread_count(unsigned jobs, std::size_t items) {
  const unsigned n = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(items, 1)));
}

void in_order(std::size_t n, unsigned jobs, const MakeText& make, const TakeText& take) {
  const unsigned threads = thread_count(jobs, n);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) {
      std::string text;
      make(i, text);
      take(i, text);
    }
    return;
  }
  Ordered ordered(n, threads, make);
  {
    std::vector<std::jthread> pool;
    std::string text;
    try {
      for (unsigned t = 0; t < threads; ++t) pool.emplace_back([&ordered] { ordered.work(); });
      for (std::size_t i = 0; i < n && ordered.next_text(i, text); ++i) take(i, text);
    } catch (...) {
      ordered.fail(std::current_exception());
    }
  }  // joins
  if (auto error = ordered.error()) std::rethrow_exception(error);
}

}  // namespace tatakerja::util

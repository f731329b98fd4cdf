// A progress line on stderr for long work ("rendering handbook.html:
// 1200/5000"): shown only on a terminal, only once the work has taken a
// while, redrawn at most ten times a second in place ("\r"), and cleared
// when the work ends, so that nothing of it stays on the screen.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>

namespace tatakerja::sys {

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  // `enabled`: stderr is a terminal and not --quiet. `now` is for tests.
  Progress(std::ostream& err, bool enabled, std::size_t total,
           std::function<Clock::time_point()> now = Clock::now);
  ~Progress();  // clears the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void step();                   // one item done
  void stage(std::string what);  // what is being done ("rendering handbook.html")
  void clear();                  // removes the line, if one is shown

 private:
  void draw(bool force);

  std::ostream& err_;
  bool enabled_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::string stage_;
  std::function<Clock::time_point()> now_;
  Clock::time_point start_;
  Clock::time_point last_{};
  bool shown_ = false;
};

}  // namespace tatakerja::sys

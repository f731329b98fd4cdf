#include <doctest/doctest.h>

#include <sstream>

#include "tatakerja/sys/progress.hpp"

namespace sys = tatakerja::sys;

using tatakerja::sys::Progress;
using namespace std::chrono_literals;

namespace {

struct FakeClock {
  sys::Progress::Clock::time_point now{};
  std::function<sys::Progress::Clock::time_point()> fn() {
    return [this] { return now; };
  }
};

}  // namespace

TEST_CASE("sys::Progress shows nothing when it is not enabled") {
  std::ostringstream err;
  FakeClock clock;
  {
    sys::Progress progress(err, false, 10, clock.fn());
    clock.now += 5s;
    progress.stage("rendering handbook.html");
    progress.step();
  }
  CHECK(err.str().empty());
}

TEST_CASE("sys::Progress waits, then redraws at most ten times a second, and clears its line") {
  std::ostringstream err;
  FakeClock clock;
  {
    sys::Progress progress(err, true, 100, clock.fn());
    progress.stage("rendering handbook.html");
    progress.step();
    CHECK(err.str().empty());  // quick work shows nothing
    clock.now += 300ms;
    progress.step();
    CHECK(err.str() == "\rtatakerja: rendering handbook.html 2/100\033[K");
    clock.now += 50ms;
    progress.step();  // too soon
    CHECK(err.str() == "\rtatakerja: rendering handbook.html 2/100\033[K");
    clock.now += 50ms;
    progress.step();
    CHECK(err.str().ends_with("\rtatakerja: rendering handbook.html 4/100\033[K"));
  }
  CHECK(err.str().ends_with("\r\033[K"));
}

TEST_CASE("sys::Progress that never showed clears nothing") {
  std::ostringstream err;
  FakeClock clock;
  {
    sys::Progress progress(err, true, 3, clock.fn());
    progress.step();
    progress.clear();
  }
  CHECK(err.str().empty());
}

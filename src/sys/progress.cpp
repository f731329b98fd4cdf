#include "tatakerja/sys/progress.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace tatakerja::sys {

namespace {

constexpr auto kDelay = std::chrono::milliseconds(300);
constexpr auto kInterval = std::chrono::milliseconds(100);

}  // namespace

Progress::Progress(std::ostream& err, bool enabled, std::size_t total,
                   std::function<Clock::time_point()> now)
    : err_(err), enabled_(enabled), total_(total), now_(std::move(now)), start_(now_()) {}

Progress::~Progress() {
  clear();
}

void Progress::step() {
  ++done_;
  if (enabled_) draw(false);
}

void Progress::stage(std::string what) {
  stage_ = std::move(what);
  if (enabled_) draw(true);
}

void Progress::draw(bool force) {
  const auto now = now_();
  if (now - start_ < kDelay) return;
  if (!force && shown_ && now - last_ < kInterval) return;
  last_ = now;
  shown_ = true;
  std::string line = "tatakerja: " + stage_;
  if (total_ > 0) line += fmt::format(" {}/{}", std::min(done_, total_), total_);
  // "\033[K" clears what a longer line before left on the right.
  err_ << '\r' << line << "\033[K" << std::flush;
}

void Progress::clear() {
  if (!shown_) return;
  err_ << "\r\033[K" << std::flush;
  shown_ = false;
}

}  // namespace tatakerja::sys

#include "tatakerja/sys/interrupt.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>

namespace tatakerja::sys {

namespace {

constexpr int kSlots = 16;
constexpr int kFree = -1;
constexpr int kBusy = -2;  // claimed, name being copied

struct Slot {
  std::atomic<int> dirfd{kFree};
  char name[256] = {};
};

Slot g_slots[kSlots];
std::atomic<pid_t> g_child{0};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[3];
bool g_installed[3] = {};
// SIGXFSZ (a write past `ulimit -f`) would kill the process with the
// temporary file half-written: ignored, the write fails with EFBIG instead,
// and the error is reported and cleaned up like a full disk.
struct sigaction g_previous_xfsz;
int g_guards = 0;
std::mutex g_mutex;

void clean_up() {
  for (auto& slot : g_slots) {
    const int fd = slot.dirfd.load(std::memory_order_acquire);
    if (fd >= 0) ::unlinkat(fd, slot.name, 0);
  }
  if (const pid_t group = g_child.load(); group > 0) ::kill(-group, SIGKILL);
}

extern "C" void on_signal(int sig) {
  const int saved = errno;
  clean_up();
  for (int i = 0; i < 3; ++i) {
    if (kSignals[i] == sig) ::sigaction(sig, &g_previous[i], nullptr);
  }
  errno = saved;
  // Blocked while the handler runs: delivered with the old action on return.
  ::raise(sig);
}

}  // namespace

SignalCleanup::SignalCleanup() {
  std::lock_guard lock(g_mutex);
  if (g_guards++ > 0) return;
  for (int i = 0; i < 3; ++i) {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (int s : kSignals) sigaddset(&action.sa_mask, s);
    ::sigaction(kSignals[i], nullptr, &g_previous[i]);
    // A signal the caller ignores (nohup) stays ignored.
    g_installed[i] = g_previous[i].sa_handler != SIG_IGN;
    if (g_installed[i]) ::sigaction(kSignals[i], &action, nullptr);
  }
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  ::sigaction(SIGXFSZ, &ignore, &g_previous_xfsz);
}

SignalCleanup::~SignalCleanup() {
  std::lock_guard lock(g_mutex);
  if (--g_guards > 0) return;
  for (int i = 0; i < 3; ++i) {
    if (g_installed[i]) ::sigaction(kSignals[i], &g_previous[i], nullptr);
    g_installed[i] = false;
  }
  ::sigaction(SIGXFSZ, &g_previous_xfsz, nullptr);
}

int track_file(int dirfd, std::string_view name) {
  if (dirfd < 0 || name.size() >= sizeof(Slot::name)) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (!g_slots[i].dirfd.compare_exchange_strong(expected, kBusy)) continue;
    std::memcpy(g_slots[i].name, name.data(), name.size());
    g_slots[i].name[name.size()] = '\0';
    g_slots[i].dirfd.store(dirfd, std::memory_order_release);
    return i;
  }
  return -1;
}

void untrack_file(int slot) {
  if (slot >= 0 && slot < kSlots) g_slots[slot].dirfd.store(kFree, std::memory_order_release);
}

void track_child_group(pid_t group) {
  g_child.store(group);
}

}  // namespace tatakerja::sys

#include "tatakerja/sys/chromium.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "tatakerja/sys/interrupt.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/process.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::sys {

namespace fs = std::filesystem;

namespace {

constexpr const char* kNames[] = {"chromium", "chromium-browser", "google-chrome",
                                  "google-chrome-stable"};

bool is_executable(const fs::path& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// A fresh folder under TMPDIR, removed with everything in it when it goes.
class TempFolder {
 public:
  TempFolder() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = fmt::format("{}/tatakerja-chromium-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!::mkdtemp(pattern.data())) {
      throw util::Failure(
          fmt::format("cannot make a temporary folder for Chromium: {}", std::strerror(errno)));
    }
    path_ = pattern;
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string tail_of(const fs::path& log, std::size_t lines) {
  std::ifstream in(log, std::ios::binary);
  std::vector<std::string> all;
  for (std::string line; std::getline(in, line);) all.push_back(std::move(line));
  std::string text;
  for (auto i = all.size() > lines ? all.size() - lines : 0; i < all.size(); ++i) {
    text += util::escape_control(all[i]) + "\n";
  }
  return text;
}

}  // namespace

std::string find_chromium() {
  if (const char* chosen = std::getenv("TATAKERJA_CHROMIUM"); chosen && *chosen) {
    if (!is_executable(chosen)) {
      throw util::Failure(fmt::format("TATAKERJA_CHROMIUM={}: no executable file there",
                                      util::escape_control(chosen)));
    }
    return fs::absolute(chosen).string();
  }
  const char* path = std::getenv("PATH");
  std::vector<std::string> folders;
  for (std::string_view rest = path ? path : ""; !rest.empty();) {
    const auto colon = rest.find(':');
    auto folder = rest.substr(0, colon);
    if (!folder.empty()) folders.emplace_back(folder);  // empty: the current folder, never used
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
  }
  for (const char* name : kNames) {
    for (const auto& folder : folders) {
      const fs::path candidate = fs::path(folder) / name;
      if (is_executable(candidate)) return fs::absolute(candidate).string();
    }
  }
  throw util::Failure(
      "the `pdf` format needs Chromium or Google Chrome to print the HTML, and none was "
      "found on PATH (chromium, chromium-browser, google-chrome, google-chrome-stable); "
      "install one (on Debian or Ubuntu: sudo apt-get install chromium), or set "
      "TATAKERJA_CHROMIUM to its path");
}

std::string file_url(const fs::path& absolute) {
  std::string url = "file://";
  for (unsigned char c : absolute.string()) {
    if (std::isalnum(c) || std::strchr("-._~/", c)) {
      url += static_cast<char>(c);
    } else {
      url += fmt::format("%{:02X}", c);
    }
  }
  return url;
}

void print_to_pdf(const std::string& chromium, const fs::path& html, const fs::path& pdf,
                  std::chrono::seconds timeout) {
  TempFolder temp;
  const fs::path log = temp.path() / "chromium.log";
  const std::vector<std::string> argv = {chromium,
                                         "--headless",
                                         "--no-sandbox",
                                         "--disable-gpu",
                                         "--disable-quic",
                                         "--no-first-run",
                                         "--disable-background-networking",
                                         "--disable-component-update",
                                         "--disable-sync",
                                         "--user-data-dir=" + (temp.path() / "profile").string(),
                                         "--no-pdf-header-footer",
                                         "--print-to-pdf=" + pdf.string(),
                                         file_url(html)};
  const auto done = util::run({.argv = argv,
                               .output = util::Command::Output::Log,
                               .log = log,
                               .own_group = true,
                               .timeout = timeout,
                               .started = [](pid_t pid) { track_child_group(pid); }});
  track_child_group(0);
  const int status = done.status;
  std::string problem;
  if (!done.error.empty()) {
    throw util::Failure(fmt::format("cannot run Chromium: {}", done.error));
  } else if (done.timed_out) {
    problem = fmt::format("it did not finish within {} seconds", timeout.count());
  } else if (done.not_found()) {
    problem = "it could not be started";
  } else if (!done.exited(0)) {
    problem = WIFEXITED(status) ? fmt::format("it exited with status {}", WEXITSTATUS(status))
                                : fmt::format("it was killed by signal {}", WTERMSIG(status));
  } else {
    std::error_code ec;
    if (fs::file_size(pdf, ec) == 0 || ec) problem = "it wrote no PDF";
  }
  if (problem.empty()) return;
  throw ChromiumFailure(fmt::format("Chromium ({}) could not print the PDF: {}", chromium, problem),
                        tail_of(log, 40));
}

}  // namespace tatakerja::sys

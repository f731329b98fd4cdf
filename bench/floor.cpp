// tatakerja-yaml-floor: the least work that any tool built on yaml-cpp must do
// to read a repository: find every *.yaml / *.yml file, read it into memory and
// run yaml-cpp's event parser over it with a handler that does nothing, on N
// threads. Nothing is built and nothing is kept, so a real tool cannot beat
// this time from a cold start; bench/run.sh compares `tatakerja validate` to it.
//
// Usage: tatakerja-yaml-floor [-j N] DIR (or one FILE)
// Prints the number of files, their bytes and the wall time on stdout; every
// file that does not parse is reported on stderr as `path:line:col: message`,
// and then the exit status is 1.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Receives every event and does nothing with it.
class NullHandler final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

struct Options {
  fs::path root;
  unsigned jobs = 0;
};

bool is_yaml(const fs::path& path) {
  const auto ext = path.extension();
  return ext == ".yaml" || ext == ".yml";
}

bool is_hidden(const fs::path& path) {
  const auto name = path.filename().string();
  return name.size() > 1 && name.front() == '.' && name != "..";
}

// Every YAML file under root, hidden folders skipped, sorted by path; or root
// itself when it is a file.
std::vector<fs::path> find_yaml_files(const fs::path& root) {
  std::vector<fs::path> files;
  if (fs::is_regular_file(root)) {
    files.push_back(root);
    return files;
  }
  auto it = fs::recursive_directory_iterator(root);
  for (const auto& entry : it) {
    if (entry.is_directory() && is_hidden(entry.path())) {
      it.disable_recursion_pending();
    } else if (entry.is_regular_file() && is_yaml(entry.path())) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::string text;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    text.resize(static_cast<std::size_t>(size));
    in.seekg(0, std::ios::beg);
    in.read(text.data(), size);
  }
  if (!in) {
    return std::nullopt;
  }
  return text;
}

// Parses one file; an empty string on success, else the message to print.
std::string parse_file(const fs::path& path, std::uintmax_t& bytes) {
  const auto text = read_file(path);
  if (!text) {
    return path.string() + ": cannot read the file";
  }
  bytes += text->size();
  std::istringstream stream(*text);
  try {
    YAML::Parser parser(stream);
    NullHandler handler;
    while (parser.HandleNextDocument(handler)) {
    }
  } catch (const YAML::Exception& e) {
    return path.string() + ":" + std::to_string(e.mark.line + 1) + ":" +
           std::to_string(e.mark.column + 1) + ": " + e.msg;
  } catch (const std::exception& e) {
    return path.string() + ": " + e.what();
  }
  return {};
}

struct Result {
  std::uintmax_t bytes = 0;
  std::vector<std::string> errors;
};

Result parse_all(const std::vector<fs::path>& files, unsigned jobs) {
  Result result;
  std::mutex mutex;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    std::uintmax_t bytes = 0;
    std::vector<std::string> errors;
    for (auto i = next++; i < files.size(); i = next++) {
      if (auto error = parse_file(files[i], bytes); !error.empty()) {
        errors.push_back(std::move(error));
      }
    }
    const std::lock_guard lock(mutex);
    result.bytes += bytes;
    std::move(errors.begin(), errors.end(), std::back_inserter(result.errors));
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < jobs; ++t) {
    threads.emplace_back(worker);
  }
  worker();
  threads.clear();
  std::sort(result.errors.begin(), result.errors.end());
  return result;
}

void usage(std::ostream& out) {
  out << "usage: tatakerja-yaml-floor [-j N] DIR\n"
         "Parses every *.yaml/*.yml under DIR with yaml-cpp's event parser on N threads\n"
         "(default: all cores) and prints the file count, bytes and wall time.\n";
}

std::optional<unsigned> parse_jobs(std::string_view text) {
  unsigned value = 0;
  if (text.empty()) {
    return std::nullopt;
  }
  for (const char c : text) {
    if (c < '0' || c > '9' || value > 100000) {
      return std::nullopt;
    }
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value == 0 ? std::nullopt : std::optional(value);
}

// Returns the options, or an exit status when there is nothing to run.
std::optional<Options> parse_args(int argc, char** argv, int& status) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      usage(std::cout);
      status = 0;
      return std::nullopt;
    }
    std::string_view jobs;
    if ((arg == "-j" || arg == "--jobs") && i + 1 < argc) {
      jobs = argv[++i];
    } else if (arg.starts_with("--jobs=")) {
      jobs = arg.substr(7);
    } else if (arg.starts_with("-j") && arg.size() > 2) {
      jobs = arg.substr(2);
    } else if (!arg.starts_with("-") && options.root.empty()) {
      options.root = arg;
      continue;
    } else {
      std::cerr << "tatakerja-yaml-floor: bad argument '" << arg << "'\n";
      usage(std::cerr);
      status = 2;
      return std::nullopt;
    }
    const auto value = parse_jobs(jobs);
    if (!value) {
      std::cerr << "tatakerja-yaml-floor: bad thread count '" << jobs << "'\n";
      status = 2;
      return std::nullopt;
    }
    options.jobs = *value;
  }
  if (options.root.empty()) {
    usage(std::cerr);
    status = 2;
    return std::nullopt;
  }
  if (options.jobs == 0) {
    options.jobs = std::max(1U, std::thread::hardware_concurrency());
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  int status = 0;
  const auto options = parse_args(argc, argv, status);
  if (!options) {
    return status;
  }
  try {
    const auto start = std::chrono::steady_clock::now();
    const auto files = find_yaml_files(options->root);
    const auto result = parse_all(files, options->jobs);
    const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
    for (const auto& error : result.errors) {
      std::cerr << error << '\n';
    }
    std::printf("files %zu bytes %ju threads %u seconds %.3f errors %zu\n", files.size(),
                result.bytes, options->jobs, wall.count(), result.errors.size());
    return result.errors.empty() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "tatakerja-yaml-floor: error: " << e.what() << '\n';
    return 2;
  }
}

#include "tatakerja/load/loader.hpp"

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "discover.hpp"
#include "read_file.hpp"
#include "tatakerja/cache/session.hpp"
#include "tatakerja/util/error.hpp"

namespace tatakerja::load {

namespace fs = std::filesystem;

namespace {

// Reports show paths relative to the top of the git work tree holding the
// root (where GitHub matches them), else relative to the root.
std::string display_prefix(const fs::path& root) {
  std::error_code ec;
  for (fs::path folder = root; !folder.empty(); folder = folder.parent_path()) {
    if (fs::exists(folder / ".git", ec)) {
      std::string rel = root.lexically_relative(folder).generic_string();
      return rel == "." || rel.empty() ? "" : rel + "/";
    }
    if (folder == folder.parent_path()) break;
  }
  return "";
}

unsigned thread_count(unsigned jobs, std::size_t files) {
  unsigned n = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(files, 1)));
}

template <class T>
void append(std::vector<T>& to, std::vector<T>& from) {
  std::move(from.begin(), from.end(), std::back_inserter(to));
}

// One file: from the cache when it holds the file's content, else parsed
// (and given to the cache). A file that cannot be read is never cached.
FileResult read_one(const fs::path& path, std::size_t slot, std::uint32_t file,
                    const model::Config& config, cache::Session* cache) {
  std::string content, error;
  if (!slurp(path, content, error)) return unreadable_file(file, error);
  if (cache) {
    if (auto entry = cache->find(slot, content, file)) {
      return {std::move(entry->documents), std::move(entry->diagnostics), std::move(content)};
    }
  }
  auto result = read_text(std::move(content), file, config);
  if (cache) cache->keep(slot, result.documents, result.diagnostics, file);
  return result;
}

void read_all(const fs::path& root, const std::vector<FoundFile>& found, Loaded& loaded,
              const LoadOptions& options) {
  std::vector<FileResult> results(found.size());
  std::optional<cache::Session> cache;
  if (options.cache_dir) cache.emplace(*options.cache_dir, root, loaded.repo.config, found.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < found.size(); i = next++) {
      const auto file = static_cast<std::uint32_t>(i + 1);
      if (!found[i].problem.empty()) {
        results[i].diagnostics.push_back(diag::make("encoding", {file, 0, 0}, found[i].problem));
      } else {
        results[i] = read_one(root / found[i].path, i, file, loaded.repo.config,
                              cache ? &*cache : nullptr);
      }
    }
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < thread_count(options.jobs, found.size()); ++t) threads.emplace_back(work);
  work();
  threads.clear();  // joins
  if (cache) loaded.cache = cache->finish();
  auto& repo = loaded.repo;
  for (std::size_t i = 0; i < found.size(); ++i) {
    auto& r = results[i];
    repo.files[i + 1].content = std::move(r.content);
    append(repo.units, r.documents.units);
    append(repo.positions, r.documents.positions);
    append(repo.employees, r.documents.employees);
    append(repo.sops, r.documents.sops);
    append(repo.roles, r.documents.roles);
    append(loaded.diagnostics, r.diagnostics);
  }
}

}  // namespace

Loaded load_repository(const fs::path& root, const LoadOptions& options) {
  Loaded loaded;
  auto& repo = loaded.repo;
  repo.root = root.string();
  const std::string prefix = display_prefix(root);
  std::string content, error;
  if (!slurp(root / kConfigName, content, error)) {
    throw util::Failure(fmt::format("{}: cannot be read: {}", (root / kConfigName).string(), error));
  }
  repo.files.push_back({std::string(kConfigName), prefix + std::string(kConfigName), {}});
  if (check_encoding(content, 0, loaded.diagnostics)) {
    repo.config = read_config(content, 0, loaded.diagnostics);
  }
  repo.files[0].content = std::move(content);
  loaded.config_ok = loaded.diagnostics.empty();
  for (auto& d : loaded.diagnostics) d.rule = "config";
  if (!loaded.config_ok) return loaded;

  const auto found = discover(root, repo.config);
  for (const auto& f : found) repo.files.push_back({f.path, prefix + f.path, {}});
  read_all(root, found, loaded, options);
  return loaded;
}

}  // namespace tatakerja::load

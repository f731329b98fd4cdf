#include "tatakerja/load/loader.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <optional>
#include <thread>

#include "discover.hpp"
#include "read_file.hpp"
#include "tatakerja/cache/session.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/parallel.hpp"

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

template <class T>
void append(std::vector<T>& to, std::vector<T>& from) {
  std::move(from.begin(), from.end(), std::back_inserter(to));
}

// One file: from the cache when it holds the file's content, else parsed
// (and given to the cache). A file that cannot be read is never cached.
cache::FileStatus status_of(const struct stat& st) {
  return {static_cast<std::uint64_t>(st.st_size), static_cast<std::uint64_t>(st.st_ino),
          static_cast<std::uint64_t>(st.st_dev),
          static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
          static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec};
}

// One file: from the cache without reading it when its status is as the
// cache last saw it; else read, and from the cache when it holds the
// file's content, else parsed (and given to the cache). A file that cannot
// be read is never cached.
FileResult read_one(const fs::path& root, const std::string& relative, std::size_t slot,
                    std::uint32_t file, const model::Config& config, cache::Session* cache) {
  const fs::path path = root / relative;
  struct stat st {};
  if (cache && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    if (auto entry = cache->find_unchanged(slot, relative, status_of(st), file)) {
      return {std::move(entry->documents), std::move(entry->diagnostics), {}, false};
    }
  }
  std::string content, error;
  if (!slurp(path, content, error, &st)) return unreadable_file(file, error);
  if (cache) {
    if (auto entry = cache->find(slot, content, file, relative, status_of(st))) {
      return {std::move(entry->documents), std::move(entry->diagnostics), std::move(content)};
    }
  }
  auto result = read_text(std::move(content), file, config);
  if (cache) cache->keep(slot, result.documents, result.diagnostics, file);
  return result;
}

// Reads the unread files of `documents` that `session` (when given) does
// not know by their blob ids, in one fetch.
void fetch_unread(const std::vector<TreeFile*>& documents, const Tree& tree,
                  const cache::Session* session) {
  std::vector<TreeFile*> unread;
  std::vector<std::string> objects;
  for (auto* file : documents) {
    if (!file->unread || (session && session->knows_object(file->object))) continue;
    unread.push_back(file);
    objects.push_back(file->object);
  }
  if (unread.empty()) return;
  if (!tree.fetch)
    throw util::Failure(fmt::format("{}: {} was not read", tree.name, unread[0]->path));
  auto contents = tree.fetch(objects);
  for (std::size_t i = 0; i < unread.size(); ++i) {
    unread[i]->content = std::move(contents.at(i));
    unread[i]->unread = false;
  }
}

// A file of a tree in memory (a git revision): from the cache by its blob
// id without its content, else by its content, else parsed and given to
// the cache. An unread file the cache cannot give is fetched now.
FileResult read_listed(TreeFile& listed, const Tree& tree, std::size_t slot, std::uint32_t file,
                       const model::Config& config, cache::Session* cache) {
  if (cache && listed.unread) {
    if (auto entry = cache->find_object(slot, listed.object, file)) {
      return {std::move(entry->documents), std::move(entry->diagnostics), {}, false};
    }
  }
  fetch_unread({&listed}, tree, nullptr);
  std::string content = std::move(listed.content);
  if (cache) {
    auto entry = cache->find(slot, content, file);
    if (!listed.object.empty()) cache->name_object(slot, listed.object);
    if (entry) {
      return {std::move(entry->documents), std::move(entry->diagnostics), std::move(content)};
    }
  }
  auto result = read_text(std::move(content), file, config);
  if (cache) cache->keep(slot, result.documents, result.diagnostics, file);
  return result;
}

// Reads the unread files of a tree by their blob ids, all in one fetch.
ContentReader tree_reader(Tree::Fetch fetch) {
  return
      [fetch = std::move(fetch)](model::Repository& repo, const std::vector<std::uint32_t>& files) {
        std::vector<std::string> wanted;
        for (const auto f : files) wanted.push_back(repo.files[f].object);
        auto contents = fetch(wanted);
        for (std::size_t i = 0; i < files.size(); ++i) {
          repo.files[files[i]].content = std::move(contents.at(i));
        }
      };
}

// Reads `count` files on all cores, file i (0-based) by `one(i, file,
// cache, slot)`, through the shared session or one of its own, then merges
// them into `loaded` in file order.
using ReadOne = std::function<FileResult(std::size_t, std::uint32_t, cache::Session*, std::size_t)>;

void read_all(const fs::path& root, std::size_t count, const ReadOne& one, Loaded& loaded,
              const LoadOptions& options) {
  std::vector<FileResult> results(count);
  std::optional<cache::Session> own;
  cache::Session* cache = nullptr;
  std::size_t first_slot = 0;
  if (options.session && options.session->fits(loaded.repo.config)) {
    cache = options.session;
    first_slot = cache->add_slots(count);
  } else if (options.cache_dir && !options.session) {
    cache = &own.emplace(*options.cache_dir, root, loaded.repo.config, count);
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      results[i] = one(i, static_cast<std::uint32_t>(i + 1), cache, first_slot + i);
    }
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < util::thread_count(options.jobs, count); ++t) threads.emplace_back(work);
  work();
  threads.clear();  // joins
  if (cache) {      // the bytes' identity, which diff compares across sides
    for (std::size_t i = 0; i < count; ++i) {
      if (const auto hash = cache->content_hash(first_slot + i)) {
        loaded.repo.files[i + 1].content_hash = cache::hex(*hash);
      }
    }
  }
  if (own) loaded.cache = own->finish();
  auto& repo = loaded.repo;
  // Room for every document first, so that each is moved once.
  std::size_t units = 0, positions = 0, employees = 0, sops = 0;
  for (const auto& r : results) {
    units += r.documents.units.size();
    positions += r.documents.positions.size();
    employees += r.documents.employees.size();
    sops += r.documents.sops.size();
  }
  repo.units.reserve(units);
  repo.positions.reserve(positions);
  repo.employees.reserve(employees);
  repo.sops.reserve(sops);
  // The SOPs, most of the bytes, are moved (and what is left of them
  // freed) on a thread of their own while the rest is moved here: merging
  // 10,000 SOPs on one thread was a fifth of a warm load.
  const auto move_sops = [&] {
    for (auto& r : results) {
      append(repo.sops, r.documents.sops);
      std::vector<model::Sop>().swap(r.documents.sops);
    }
  };
  std::optional<std::jthread> sops_thread;
  if (util::thread_count(options.jobs, 2) > 1 && sops > 0) sops_thread.emplace(move_sops);
  for (std::size_t i = 0; i < count; ++i) {
    auto& r = results[i];
    repo.files[i + 1].content = std::move(r.content);
    repo.files[i + 1].content_read = r.content_read;
    append(repo.units, r.documents.units);
    append(repo.positions, r.documents.positions);
    append(repo.employees, r.documents.employees);
    append(repo.roles, r.documents.roles);
    append(loaded.diagnostics, r.diagnostics);
  }
  if (sops_thread) {
    sops_thread.reset();  // joins
  } else {
    move_sops();
  }
}

}  // namespace

void read_contents(model::Repository& repo, const diag::Diagnostics& diagnostics,
                   const ContentReader& reader) {
  const fs::path root = repo.root;
  std::vector<std::uint32_t> unread;
  for (const auto& d : diagnostics) {
    if (d.loc.file >= repo.files.size()) continue;
    auto& source = repo.files[d.loc.file];
    if (source.content_read) continue;
    source.content_read = true;
    unread.push_back(d.loc.file);
  }
  if (unread.empty()) return;
  if (reader) return reader(repo, unread);
  for (const auto file : unread) {
    auto& source = repo.files[file];
    std::string error;
    if (!slurp(root / source.path, source.content, error)) source.content.clear();
  }
}

Loaded load_repository(const fs::path& root, const LoadOptions& options) {
  Loaded loaded;
  auto& repo = loaded.repo;
  repo.root = root.string();
  const std::string prefix = display_prefix(root);
  std::string content, error;
  if (!slurp(root / kConfigName, content, error)) {
    throw util::Failure(
        fmt::format("{}: cannot be read: {}", (root / kConfigName).string(), error));
  }
  repo.files.push_back({std::string(kConfigName), prefix + std::string(kConfigName), {}});
  if (check_encoding(content, 0, loaded.diagnostics)) {
    repo.config = read_config(content, 0, loaded.diagnostics);
  }
  repo.files[0].content = std::move(content);
  loaded.config_ok = loaded.diagnostics.empty();
  for (auto& d : loaded.diagnostics) d.rule = std::string(diag::rules::kConfig.id);
  if (!loaded.config_ok) return loaded;
  read_logo(root, repo, loaded.diagnostics);

  const auto found = discover(root, repo.config);
  for (const auto& f : found) repo.files.push_back({f.path, prefix + f.path, {}});
  auto one = [&](std::size_t i, std::uint32_t file, cache::Session* cache, std::size_t slot) {
    if (!found[i].problem.empty()) {
      FileResult result;
      result.diagnostics.push_back(
          diag::make(diag::rules::kEncoding, {file, 0, 0}, found[i].problem));
      return result;
    }
    return read_one(root, found[i].path, slot, file, repo.config, cache);
  };
  read_all(root, found.size(), one, loaded, options);
  return loaded;
}

Loaded load_tree(const fs::path& root, Tree tree, const LoadOptions& options) {
  Loaded loaded;
  auto& repo = loaded.repo;
  repo.root = root.string();
  const std::string prefix = display_prefix(root);
  repo.files.push_back({std::string(kConfigName), prefix + std::string(kConfigName), {}});
  if (!tree.config) {
    throw util::Failure(fmt::format("{}: {} holds no {}", root.string(), tree.name, kConfigName));
  }
  if (check_encoding(*tree.config, 0, loaded.diagnostics)) {
    repo.config = read_config(*tree.config, 0, loaded.diagnostics);
  }
  repo.files[0].content = std::move(*tree.config);
  loaded.config_ok = loaded.diagnostics.empty();
  for (auto& d : loaded.diagnostics) d.rule = std::string(diag::rules::kConfig.id);
  if (!loaded.config_ok) return loaded;

  std::vector<std::string> paths;
  paths.reserve(tree.files.size());
  for (const auto& f : tree.files) paths.push_back(f.path);
  const auto included = discover_listed(paths, repo.config);
  std::vector<TreeFile*> documents;
  for (std::size_t i = 0; i < tree.files.size(); ++i) {
    if (!included[i]) continue;
    documents.push_back(&tree.files[i]);
    repo.files.push_back(
        {tree.files[i].path, prefix + tree.files[i].path, {}, true, tree.files[i].object});
  }
  // The unread files that the cache cannot give by their blob ids are read
  // now, in one fetch.
  const bool shared = options.session && options.session->fits(repo.config);
  fetch_unread(documents, tree, shared ? options.session : nullptr);
  auto one = [&](std::size_t i, std::uint32_t file, cache::Session* cache, std::size_t slot) {
    return read_listed(*documents[i], tree, slot, file, repo.config, cache);
  };
  read_all(root, documents.size(), one, loaded, options);
  if (tree.fetch) loaded.read_source = tree_reader(std::move(tree.fetch));
  return loaded;
}

}  // namespace tatakerja::load

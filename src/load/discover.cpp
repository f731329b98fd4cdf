#include "discover.hpp"

#include <algorithm>
#include <set>
#include <system_error>

#include "tatakerja/load/loader.hpp"
#include "tatakerja/util/glob.hpp"

namespace tatakerja::load {

namespace fs = std::filesystem;

namespace {

class Walker {
 public:
  Walker(const fs::path& root, const model::Config& config) : root_(root), config_(config) {
    std::error_code ec;
    canonical_root_ = fs::canonical(root, ec);
    if (ec) canonical_root_ = root;
  }

  std::vector<FoundFile> run() {
    visited_dirs_.insert(canonical_root_.string());
    walk(root_, "", canonical_root_);
    std::sort(found_.begin(), found_.end(),
              [](const auto& a, const auto& b) { return a.first.path < b.first.path; });
    return dedupe();
  }

 private:
  bool included(const std::string& rel) const {
    auto match = [&](const std::string& p) { return util::glob_match(p, rel); };
    return std::any_of(config_.include.begin(), config_.include.end(), match) &&
           !std::any_of(config_.exclude.begin(), config_.exclude.end(), match);
  }

  // A folder is pruned when an exclude pattern `P/**` has P matching it.
  bool pruned(const std::string& rel) const {
    for (const auto& p : config_.exclude) {
      if (p.ends_with("/**") && util::glob_match(p.substr(0, p.size() - 3), rel)) return true;
    }
    return false;
  }

  bool inside_root(const fs::path& target) const {
    auto rel = target.lexically_relative(canonical_root_);
    return !rel.empty() && *rel.begin() != "..";
  }

  void report(const std::string& rel, std::string problem) {
    if (included(rel)) found_.push_back({{rel, std::move(problem)}, ""});
  }

  // The entry's own type (a symlink is a symlink), from what readdir said
  // when it says it: one lstat a file saved, which is a tenth of a warm run
  // on 10,000 SOPs. Other types, or none known, are asked of the system.
  static fs::file_type entry_type(const fs::directory_entry& entry) {
    std::error_code ec;
    if (entry.is_symlink(ec)) return fs::file_type::symlink;
    if (!ec && entry.is_directory(ec)) return fs::file_type::directory;
    if (!ec && entry.is_regular_file(ec)) return fs::file_type::regular;
    return entry.symlink_status(ec).type();
  }

  // `canonical` is the real path of `dir`: a plain entry's real path is
  // that plus its name, so only symlinks need resolving (realpath costs a
  // lookup a path component).
  void walk(const fs::path& dir, const std::string& prefix, const fs::path& canonical) {
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::none, ec);
    if (ec) {
      found_.push_back({{prefix.empty() ? "." : prefix.substr(0, prefix.size() - 1),
                         "folder cannot be read: " + ec.message()},
                        ""});
      return;
    }
    // Sorted, so that the walk is the same on every file system.
    std::vector<std::pair<std::string, fs::file_type>> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      entries.emplace_back(it->path().filename().string(), entry_type(*it));
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& [name, type] : entries) {
      visit(dir / name, prefix + name, canonical / name, type);
    }
  }

  void visit(const fs::path& path, const std::string& rel, const fs::path& canonical,
             fs::file_type type) {
    const std::string name = path.filename().string();
    if (name.starts_with(".") || rel == kConfigName) return;
    switch (type) {
      case fs::file_type::symlink:
        return visit_link(path, rel);
      case fs::file_type::directory:
        return visit_dir(path, rel, canonical);
      case fs::file_type::regular:
        if (included(rel)) found_.push_back({{rel, ""}, canonical.string()});
        return;
      case fs::file_type::none:
      case fs::file_type::not_found:
        return report(rel, "cannot be read");
      default:
        return report(rel, "is not a regular file");
    }
  }

  void visit_link(const fs::path& path, const std::string& rel) {
    std::error_code ec;
    const fs::path target = fs::canonical(path, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) return report(rel, "is a symlink loop");
    if (ec) return report(rel, "is a dangling symlink (its target does not exist)");
    if (!inside_root(target))
      return report(rel, "is a symlink to outside the repository: not followed");
    const auto status = fs::status(target, ec);
    if (fs::is_directory(status)) return visit_dir(path, rel, target);
    if (fs::is_regular_file(status)) {
      if (included(rel)) found_.push_back({{rel, ""}, target.string()});
      return;
    }
    report(rel, "is not a regular file");
  }

  void visit_dir(const fs::path& path, const std::string& rel, const fs::path& canonical) {
    std::error_code ec;
    if (pruned(rel) || fs::exists(path / kConfigName, ec)) return;
    if (!visited_dirs_.insert(canonical.string()).second) return;  // a loop, or seen already
    if (included(rel)) report(rel, "is a folder, not a file");
    walk(path, rel + "/", canonical);
  }

  // A file reached twice (through a symlink) is read once, at its first path.
  std::vector<FoundFile> dedupe() {
    std::set<std::string> seen;
    std::vector<FoundFile> out;
    for (auto& [file, canonical] : found_) {
      if (!canonical.empty() && !seen.insert(canonical).second) continue;
      out.push_back(std::move(file));
    }
    return out;
  }

  fs::path root_;
  fs::path canonical_root_;
  const model::Config& config_;
  std::set<std::string> visited_dirs_;
  std::vector<std::pair<FoundFile, std::string>> found_;  // file, canonical path
};

}  // namespace

std::vector<FoundFile> discover(const fs::path& root, const model::Config& config) {
  return Walker(root, config).run();
}

namespace {

bool hidden(std::string_view path) {
  return path.starts_with(".") || path.find("/.") != std::string_view::npos;
}

// The folders (with their '/') that hold a tatakerja.yaml of their own.
std::set<std::string, std::less<>> nested_roots(const std::vector<std::string>& paths) {
  std::set<std::string, std::less<>> roots;
  const std::string suffix = "/" + std::string(kConfigName);
  for (const auto& p : paths) {
    if (p.ends_with(suffix)) roots.insert(p.substr(0, p.size() - kConfigName.size()));
  }
  return roots;
}

bool under_nested_root(std::string_view path, const std::set<std::string, std::less<>>& roots) {
  for (auto slash = path.find('/'); slash != std::string_view::npos;
       slash = path.find('/', slash + 1)) {
    if (roots.contains(path.substr(0, slash + 1))) return true;
  }
  return false;
}

}  // namespace

std::vector<bool> discover_listed(const std::vector<std::string>& paths,
                                  const model::Config& config) {
  const auto roots = nested_roots(paths);
  std::vector<bool> included(paths.size(), false);
  auto match = [](const std::string& rel) {
    return [&rel](const std::string& p) { return util::glob_match(p, rel); };
  };
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const auto& rel = paths[i];
    if (rel == kConfigName || hidden(rel) || under_nested_root(rel, roots)) continue;
    included[i] = std::any_of(config.include.begin(), config.include.end(), match(rel)) &&
                  !std::any_of(config.exclude.begin(), config.exclude.end(), match(rel));
  }
  return included;
}

}  // namespace tatakerja::load

#include "revision.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "tatakerja/sys/git.hpp"
#include "tatakerja/util/error.hpp"

namespace tatakerja::app {

namespace fs = std::filesystem;

namespace {

struct Listed {
  std::string path;
  std::string object;
};

// `git ls-tree -r -z` rows: "MODE TYPE OBJECT\tPATH\0"; regular files only
// (100644, 100755).
std::vector<Listed> regular_files(const std::string& listing) {
  std::vector<Listed> files;
  std::size_t start = 0;
  while (start < listing.size()) {
    std::size_t end = listing.find('\0', start);
    if (end == std::string::npos) end = listing.size();
    const std::string_view row(listing.data() + start, end - start);
    start = end + 1;
    const auto tab = row.find('\t');
    if (tab == std::string_view::npos || !row.starts_with("100")) continue;
    const auto space = row.rfind(' ', tab);
    if (space == std::string_view::npos || row.substr(0, 7) == "120000 ") continue;
    files.push_back(
        {std::string(row.substr(tab + 1)), std::string(row.substr(space + 1, tab - space - 1))});
  }
  // git lists a tree in its own order ("a/" for a folder "a"): nearly
  // always the paths' order already.
  const auto by_path = [](const Listed& a, const Listed& b) { return a.path < b.path; };
  if (!std::is_sorted(files.begin(), files.end(), by_path)) {
    std::sort(files.begin(), files.end(), by_path);
  }
  return files;
}

// Splits `git cat-file --batch` output ("OBJECT TYPE SIZE\nBYTES\n" each)
// into the objects' contents, in the order asked.
std::vector<std::string> split_batch(const std::string& batch,
                                     const std::vector<std::string>& objects) {
  std::vector<std::string> contents;
  contents.reserve(objects.size());
  std::size_t at = 0;
  for (const auto& object : objects) {
    const auto eol = batch.find('\n', at);
    if (eol == std::string::npos) throw util::Failure("git cat-file: its output ended early");
    const std::string_view header(batch.data() + at, eol - at);
    const auto space = header.rfind(' ');
    std::size_t size = 0;
    const char* first = header.data() + space + 1;
    const auto parsed = std::from_chars(first, header.data() + header.size(), size);
    if (space == std::string_view::npos || parsed.ec != std::errc() ||
        eol + 1 + size > batch.size()) {
      throw util::Failure(fmt::format("git cat-file: cannot read object {}", object));
    }
    contents.push_back(batch.substr(eol + 1, size));
    at = eol + 1 + size + 1;
  }
  return contents;
}

// The blobs' contents by their ids, in one `git cat-file --batch`.
std::vector<std::string> read_blobs(const fs::path& root, const std::vector<std::string>& objects) {
  if (objects.empty()) return {};
  std::string request;
  for (const auto& object : objects) request += object + '\n';
  return split_batch(sys::capture({"git", "cat-file", "--batch"}, root, std::move(request)),
                     objects);
}

}  // namespace

std::string resolve_revision(const fs::path& root, const std::string& rev,
                             const std::string& option) {
  auto commit = sys::find_commit(rev, root);
  switch (commit.found) {
    case sys::Commit::Found::Yes:
      return std::move(commit.id);
    case sys::Commit::Found::NotInWorkTree:
      throw util::Failure(fmt::format("{}: the repository is not in a git work tree", option));
    case sys::Commit::Found::NoSuchRevision:
      break;
  }
  throw util::Failure(fmt::format("{}: git knows no such revision `{}`", option, rev));
}

std::string default_base(const fs::path& root) {
  if (sys::succeeds({"git", "rev-parse", "--verify", "--quiet", "@{upstream}"}, root)) {
    std::string base = sys::capture({"git", "merge-base", "HEAD", "@{upstream}"}, root);
    while (!base.empty() && base.back() == '\n') base.pop_back();
    if (!base.empty()) return base;
  }
  return "HEAD";
}

std::optional<std::string> read_config_at(const fs::path& root, const std::string& commit) {
  // "COMMIT:./PATH" is relative to the folder git runs in: the root.
  const std::string name = commit + ":./" + std::string(load::kConfigName);
  const std::string batch = sys::capture({"git", "cat-file", "--batch"}, root, name + "\n");
  const auto eol = batch.find('\n');
  if (eol == std::string::npos || batch.substr(0, eol).find(" blob ") == std::string::npos) {
    return std::nullopt;  // "NAME missing", or not a file
  }
  return std::move(split_batch(batch, {name}).at(0));
}

load::Tree read_revision(const fs::path& root, const std::string& commit, const std::string& name) {
  // Run in the root, ls-tree lists the root's folder only, relative to it.
  auto listed = regular_files(sys::capture({"git", "ls-tree", "-r", "-z", commit}, root));
  load::Tree tree;
  tree.name = name;
  tree.files.reserve(listed.size());
  // Only tatakerja.yaml is read now; the loader reads the documents it
  // chooses, unless the cache knows them by their blob ids.
  for (auto& file : listed) {
    if (file.path == load::kConfigName) {
      tree.config = std::move(read_blobs(root, {file.object}).at(0));
    } else {
      tree.files.push_back({std::move(file.path), {}, std::move(file.object), true});
    }
  }
  tree.fetch = [root](const std::vector<std::string>& objects) {
    return read_blobs(root, objects);
  };
  return tree;
}

}  // namespace tatakerja::app

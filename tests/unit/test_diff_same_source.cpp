// diff::SameSource (src/diff/common.hpp): a document is taken as unchanged
// without comparing it only when it is the same place of the same bytes,
// read alike.
#include <doctest/doctest.h>

#include "diff/common.hpp"

using namespace tatakerja;

namespace {

model::Repository repo_of(std::string object, std::string content_hash, int hours_per_day = 5) {
  model::Repository repo;
  repo.files.push_back({"tatakerja.yaml", "tatakerja.yaml", {}});
  repo.files.push_back(
      {"sops/a.yaml", "sops/a.yaml", {}, true, std::move(object), std::move(content_hash)});
  repo.config.workload.hours_per_day.seconds = hours_per_day * 3600;
  return repo;
}

}  // namespace

TEST_CASE("same source: the same blob id, or the same content hash, at the same place") {
  const model::Location at{1, 3, 1}, below{1, 4, 1};
  // Two revisions: their blob ids.
  CHECK(diff::SameSource(repo_of("b1", ""), repo_of("b1", ""))(at, at));
  CHECK_FALSE(diff::SameSource(repo_of("b1", ""), repo_of("b2", ""))(at, at));
  // A revision and the working tree: the cache's content hashes.
  CHECK(diff::SameSource(repo_of("b1", "h1"), repo_of("", "h1"))(at, at));
  CHECK_FALSE(diff::SameSource(repo_of("b1", "h1"), repo_of("", "h2"))(at, at));
  // Without the cache the working tree's files have neither: compared.
  CHECK_FALSE(diff::SameSource(repo_of("b1", ""), repo_of("", ""))(at, at));
  CHECK_FALSE(diff::SameSource(repo_of("", ""), repo_of("", ""))(at, at));
  // Another place in the same bytes is another document.
  CHECK_FALSE(diff::SameSource(repo_of("b1", "h1"), repo_of("b1", "h1"))(at, below));
  // The same bytes read with another hours_per_day are not the same.
  CHECK_FALSE(diff::SameSource(repo_of("b1", "h1"), repo_of("b1", "h1", 6))(at, at));
}

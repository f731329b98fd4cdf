// Test helper: a Repository read from YAML texts in memory, as the loader
// reads files (without the file system), optionally resolved.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "load/read_file.hpp"
#include "tatakerja/model/repository.hpp"
#include "tatakerja/resolve/resolve.hpp"

namespace test {

struct TextRepo {
  tatakerja::model::Repository repo;
  tatakerja::diag::Diagnostics diagnostics;
};

inline TextRepo read_repo(const std::vector<std::pair<std::string, std::string>>& files,
                          bool resolve = true) {
  TextRepo out;
  out.repo.files.push_back({"tatakerja.yaml", "tatakerja.yaml", "organization: Uji\n"});
  for (const auto& [path, text] : files) {
    const auto index = static_cast<std::uint32_t>(out.repo.files.size());
    out.repo.files.push_back({path, path, text});
    auto r = tatakerja::load::read_text(text, index, out.repo.config);
    auto append = [](auto& to, auto& from) {
      for (auto& x : from) to.push_back(std::move(x));
    };
    append(out.repo.units, r.documents.units);
    append(out.repo.positions, r.documents.positions);
    append(out.repo.employees, r.documents.employees);
    append(out.repo.sops, r.documents.sops);
    append(out.repo.roles, r.documents.roles);
    append(out.diagnostics, r.diagnostics);
  }
  if (resolve) tatakerja::resolve::resolve(out.repo, out.diagnostics);
  return out;
}

inline std::string describe(const tatakerja::model::Repository& repo,
                            const tatakerja::diag::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += repo.files[d.loc.file].path + ":" + std::to_string(d.loc.line) + ":" +
           std::to_string(d.loc.column) + " " + d.rule + " " + d.message + "\n";
  }
  return out;
}

}  // namespace test

// The whole repository: its configuration, its files and its documents,
// in a deterministic order (files sorted by path, documents in file order).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "tatakerja/model/config.hpp"
#include "tatakerja/model/documents.hpp"

namespace tatakerja::model {

struct SourceFile {
  std::string path;     // relative to the root, '/'-separated, no "./"
  std::string display;  // as reports show it (relative to the git top, else the root)
  std::string content;  // the bytes read (for source lines under diagnostics)
  // False when the content cache knew the file unchanged by its status and
  // it was not read: load::read_contents reads it when a report needs it.
  bool content_read = true;
  // The git blob id when the file was read from a revision (load_tree);
  // empty for a file on disk. Equal ids: byte for byte the same file.
  std::string object = {};
  // The content cache's hash of the bytes (hex), on disk or in a revision,
  // when the file went through the cache; empty without it. Equal hashes:
  // the same bytes, whatever the side.
  std::string content_hash = {};
};

// The organisation's logo (`handbook.logo`), read and checked once by the
// loader: a PNG or SVG file inside the repository's root.
struct Logo {
  std::string media_type;  // "image/png" or "image/svg+xml"; empty: no logo
  std::string bytes;
};

struct Repository {
  std::string root;  // absolute path of the folder holding tatakerja.yaml
  Config config;
  Logo logo;
  std::vector<SourceFile> files;  // index 0 is tatakerja.yaml
  std::vector<Unit> units;
  std::vector<Position> positions;
  std::vector<Employee> employees;
  std::vector<Sop> sops;
  std::vector<Role> roles;

  // id -> index, filled by the resolver (first document wins on duplicates).
  std::unordered_map<std::string, int> unit_index, position_index, employee_index, sop_index;
  std::unordered_map<std::string, int> role_index;
};

}  // namespace tatakerja::model

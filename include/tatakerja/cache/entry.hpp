// One cache entry: what reading one file gave (its documents and its
// file-level diagnostics), as bytes. The *_ref fields, filled later by the
// resolver, are not stored: they come back at their defaults.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/documents.hpp"

namespace tatakerja::cache {

// The documents of one file, in the order they were written.
struct Documents {
  std::vector<model::Unit> units;
  std::vector<model::Position> positions;
  std::vector<model::Employee> employees;
  std::vector<model::Sop> sops;
  std::vector<model::Role> roles;
};

struct Entry {
  Documents documents;
  diag::Diagnostics diagnostics;
};

// The payload for what was read from file number `file`; none when it
// cannot be stored (a location names another file).
std::optional<std::string> encode_entry(const Documents& documents,
                                        const diag::Diagnostics& diagnostics, std::uint32_t file);

// The entry back, its locations moved to file number `file`; none when the
// bytes are not a whole, valid payload. Safe on any bytes.
std::optional<Entry> decode_entry(std::string_view payload, std::uint32_t file);

// The checked findings of a whole revision (diff's memo, app/diff.cpp):
// what it shows and what `suppress:` silenced, each location with its file.
struct Findings {
  diag::Diagnostics shown;
  diag::Diagnostics suppressed;
};

std::string encode_findings(const Findings& findings);

// The findings back; none unless the bytes are whole and valid and every
// location names one of `files` files. Safe on any bytes.
std::optional<Findings> decode_findings(std::string_view payload, std::size_t files);

}  // namespace tatakerja::cache

// Content hashes for the cache (XXH3 from libxxhash). They are fast, not
// cryptographic: the cache belongs to one user, as ccache's does, and a
// colliding file would only be read from the cache as the other one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tatakerja::cache {

struct Hash128 {
  std::uint64_t low = 0, high = 0;
  friend bool operator==(const Hash128&, const Hash128&) = default;
};

struct Hash128Of {  // for unordered containers
  std::size_t operator()(const Hash128& h) const { return static_cast<std::size_t>(h.low); }
};

Hash128 hash128(std::string_view bytes);       // XXH3-128
std::uint64_t hash64(std::string_view bytes);  // XXH3-64
std::string hex(const Hash128& hash);          // 32 lower-case hex digits

}  // namespace tatakerja::cache

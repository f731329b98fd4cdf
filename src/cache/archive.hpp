// The two sides of the cache's serialisation. Each type is described once,
// by an `io(Archive&, T&)` overload that lists its fields (entry.cpp); a
// Writer appends them to bytes, a Reader fills them back in. Integers are
// varints (signed ones zigzagged), strings and lists are length-prefixed.
//
// Nothing a Reader reads is trusted: every length is checked against the
// bytes left before anything is allocated, an enum against its last value,
// and at the first problem the Reader fails and reads nothing more (every
// later count is 0, so no loop runs on).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "tatakerja/model/location.hpp"

namespace tatakerja::cache {

// Locations are stored without their file: a value written at `file` is
// read back at the file's current index (0, "no place", stays 0). With
// kEveryFile, for what spans a whole repository (a revision's findings),
// each location keeps its file number instead.
inline constexpr std::uint32_t kEveryFile = UINT32_MAX;

class Writer {
 public:
  static constexpr bool kReading = false;
  explicit Writer(std::uint32_t file) : file_(file) {}

  void varint(std::uint64_t value);
  template <class T>
  void number(T& value) {
    if constexpr (std::is_signed_v<T>) {
      const auto v = static_cast<std::int64_t>(value);
      varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    } else {
      varint(value);
    }
  }
  void flag(bool& value) { bytes_.push_back(value ? '\1' : '\0'); }
  void text(std::string& value);
  std::size_t count(std::size_t size) {
    varint(size);
    return size;
  }
  template <class E>
  void enumeration(E& value, E /*last*/) {
    varint(static_cast<std::uint64_t>(value));
  }
  void location(model::Location& loc);

  // False when a value cannot be stored (a location in another file).
  bool ok() const { return ok_; }
  std::string take() { return std::move(bytes_); }

 private:
  std::uint32_t file_;
  bool ok_ = true;
  std::string bytes_;
};

class Reader {
 public:
  static constexpr bool kReading = true;
  Reader(std::string_view bytes, std::uint32_t file) : bytes_(bytes), file_(file) {}

  std::uint64_t varint();
  template <class T>
  void number(T& value) {
    const std::uint64_t raw = varint();
    if constexpr (std::is_signed_v<T>) {
      const auto v = static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
      if (!std::in_range<T>(v)) return fail();
      value = static_cast<T>(v);
    } else {
      if (!std::in_range<T>(raw)) return fail();
      value = static_cast<T>(raw);
    }
  }
  void flag(bool& value);
  void text(std::string& value);
  std::size_t count(std::size_t /*size*/);  // at most the bytes left
  template <class E>
  void enumeration(E& value, E last) {
    const std::uint64_t raw = varint();
    if (raw > static_cast<std::uint64_t>(last)) return fail();
    value = static_cast<E>(raw);
  }
  void location(model::Location& loc);

  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == bytes_.size(); }
  void fail() {
    ok_ = false;
    pos_ = bytes_.size();
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::uint32_t file_;
  bool ok_ = true;
};

// The shapes every model type is built from.
template <class Ar>
void io(Ar& ar, std::string& v) {
  ar.text(v);
}
template <class Ar>
void io(Ar& ar, bool& v) {
  ar.flag(v);
}
template <class Ar, class T>
requires std::is_integral_v<T>
void io(Ar& ar, T& v) {
  ar.number(v);
}
template <class Ar>
void io(Ar& ar, model::Location& v) {
  ar.location(v);
}

template <class Ar, class T>
void io(Ar& ar, model::Located<T>& v) {
  io(ar, v.value);
  io(ar, v.loc);
  io(ar, v.valid);
}

template <class Ar, class T>
void io(Ar& ar, std::optional<T>& v) {
  bool present = v.has_value();
  ar.flag(present);
  if (!present || !ar.ok()) return;
  if (!v) v.emplace();
  io(ar, *v);
}

template <class Ar, class T>
void io(Ar& ar, std::vector<T>& v) {
  const std::size_t n = ar.count(v.size());
  if constexpr (Ar::kReading) {
    // `n` is bounded by the bytes left, not by what an element takes: a
    // small reserve saves the common regrowths, and beyond it the vector
    // grows with what is really read.
    v.clear();
    v.reserve(std::min<std::size_t>(n, 64));
    for (std::size_t i = 0; i < n && ar.ok(); ++i) io(ar, v.emplace_back());
  } else {
    for (auto& item : v) io(ar, item);
  }
}

}  // namespace tatakerja::cache

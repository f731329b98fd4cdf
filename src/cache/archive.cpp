#include "archive.hpp"

namespace tatakerja::cache {

void Writer::varint(std::uint64_t value) {
  while (value >= 0x80) {
    bytes_.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  bytes_.push_back(static_cast<char>(value));
}

void Writer::text(std::string& value) {
  varint(value.size());
  bytes_.append(value);
}

// Line and "file is 0" share one varint; the column follows.
void Writer::location(model::Location& loc) {
  if (file_ == kEveryFile) varint(loc.file);
  if (loc.file != 0 && loc.file != file_ && file_ != kEveryFile) ok_ = false;
  varint((static_cast<std::uint64_t>(loc.line) << 1) | (loc.file == 0 ? 1u : 0u));
  varint(loc.column);
}

std::uint64_t Reader::varint() {
  std::uint64_t value = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    if (pos_ >= bytes_.size()) break;
    const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
    if (shift == 63 && byte > 1) break;  // more than 64 bits
    value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return value;
  }
  fail();
  return 0;
}

void Reader::flag(bool& value) {
  if (pos_ >= bytes_.size() || static_cast<unsigned char>(bytes_[pos_]) > 1) return fail();
  value = bytes_[pos_++] == '\1';
}

void Reader::text(std::string& value) {
  const std::uint64_t size = varint();
  if (size > bytes_.size() - pos_) return fail();
  value.assign(bytes_.substr(pos_, size));
  pos_ += size;
}

std::size_t Reader::count(std::size_t) {
  const std::uint64_t n = varint();
  if (n > bytes_.size() - pos_) {
    fail();
    return 0;
  }
  return static_cast<std::size_t>(n);
}

void Reader::location(model::Location& loc) {
  std::uint32_t file = file_;
  if (file_ == kEveryFile) number(file);
  const std::uint64_t line_and_flag = varint();
  std::uint32_t column = 0;
  number(column);
  if (!ok() || (line_and_flag >> 1) > UINT32_MAX) return fail();
  loc = {(line_and_flag & 1) ? 0u : file, static_cast<std::uint32_t>(line_and_flag >> 1), column};
}

}  // namespace tatakerja::cache

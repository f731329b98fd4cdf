#include "fd_stream.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "tatakerja/util/file.hpp"

namespace tatakerja::sys {

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd), buffer_(64 * 1024) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool FdStreamBuf::write_all(const char* data, std::size_t size) {
  if (error_ == 0 && !util::write_all(fd_, {data, size})) error_ = errno;
  return error_ == 0;
}

bool FdStreamBuf::drain() {
  const auto size = static_cast<std::size_t>(pptr() - pbase());
  const bool ok = write_all(pbase(), size);
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type ch) {
  if (!drain()) return traits_type::eof();
  if (!traits_type::eq_int_type(ch, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(ch);
    pbump(1);
  }
  return traits_type::not_eof(ch);
}

std::streamsize FdStreamBuf::xsputn(const char* s, std::streamsize n) {
  const auto room = epptr() - pptr();
  if (n <= room) {
    std::memcpy(pptr(), s, static_cast<std::size_t>(n));
    pbump(static_cast<int>(n));
    return n;
  }
  // Larger than the room left: send the buffer, then the text itself.
  if (!drain() || !write_all(s, static_cast<std::size_t>(n))) return 0;
  return n;
}

int FdStreamBuf::sync() {
  return drain() ? 0 : -1;
}

}  // namespace tatakerja::sys

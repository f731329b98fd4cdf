// An std::ostream over a POSIX file descriptor, with its own buffer: output
// is streamed to the file as it is made, never held whole in memory.
#pragma once

#include <streambuf>
#include <vector>

namespace tatakerja::sys {

class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd);
  int error() const { return error_; }  // errno of the first failed write, 0: none

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool write_all(const char* data, std::size_t size);
  bool drain();

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

}  // namespace tatakerja::sys

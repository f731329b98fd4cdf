// Writing files whole or not at all: the one write-all loop and the one
// atomic replace that the cache, the reports, the baseline and `init` share
// (render streams its pages through app::OutputDir, which uses write_all).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace tatakerja::util {

// Writes all of `bytes` to `fd`, retrying when a signal interrupts a write.
// False on an error (errno says which; EIO when the device took nothing).
bool write_all(int fd, std::string_view bytes);

struct ReplaceOptions {
  mode_t mode = 0644;          // the new file's mode (before the umask)
  bool make_folders = false;   // make missing folders (mode 0700)
  bool keep_existing = false;  // never replace a file that exists: fail with EEXIST (`import`)
};

// Replaces `path` with `parts` written one after another: they go to a new
// file with a unique name in the same folder (opened exclusively), which is
// flushed to the disk (fsync), then renamed over `path`, and the folder is
// flushed too, so that after a crash or a power loss `path` holds the old
// bytes or the new ones, never a mix or nothing. Renaming replaces a
// symbolic link at `path`, never writing through it. False, with `error`
// ("cannot write PATH: REASON") and nothing left behind, when it cannot.
bool replace_file(const std::filesystem::path& path, std::span<const std::string_view> parts,
                  std::string& error, const ReplaceOptions& options = {});

// Writes a file at a given path, for a library that opens the file by its
// name itself (libxlsxwriter): true when it wrote the whole file, else false
// with `why` saying what went wrong.
using FileWriter = std::function<bool(const std::filesystem::path& temp, std::string& why)>;

// As replace_file, with the bytes written by `write` into the new file
// beside `path` (created empty, exclusively, before `write` is called); on
// any failure, `write`'s included ("cannot write PATH: WHY"), nothing is
// left behind and `path` is untouched; so too when `write` throws (the
// exception is passed on).
bool replace_file_with(const std::filesystem::path& path, const FileWriter& write,
                       std::string& error, const ReplaceOptions& options = {});

}  // namespace tatakerja::util

// Internal: reading and parsing one document file.
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "documents.hpp"

namespace tatakerja::load {

struct FileResult {
  FileDocuments documents;
  diag::Diagnostics diagnostics;
  std::string content;
  bool content_read = true;  // false: the cache knew the file unchanged by its status
};

// Reads the whole file; reports unreadable files and text that is not
// UTF-8 (rule `encoding`), then parses and reads every document.
FileResult read_file(const std::filesystem::path& path, std::uint32_t file,
                     const model::Config& config);

// The result for a file that cannot be read (`error` says why).
FileResult unreadable_file(std::uint32_t file, const std::string& error);

// The same, for text already in memory.
FileResult read_text(std::string content, std::uint32_t file, const model::Config& config);

// Reads a file's bytes; returns false (with `error` set) when it cannot.
// `status`, when given, gets the file's status that the bytes belong to.
bool slurp(const std::filesystem::path& path, std::string& content, std::string& error,
           struct stat* status = nullptr);

// Reports text that is not UTF-8, or holds a NUL byte; returns false then.
bool check_encoding(std::string_view content, std::uint32_t file, diag::Diagnostics& out);

}  // namespace tatakerja::load

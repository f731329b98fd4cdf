// The output folder of `render` (handbook.md, "Guarantees"): files are
// written only inside it, each whole (a temporary file beside the target,
// then renamed over it), never through a symbolic link, and a manifest of
// what was written lets the next run remove what it no longer produces, and
// nothing else.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "tatakerja/sys/interrupt.hpp"

namespace tatakerja::sys {

inline constexpr const char* kManifestName = ".tatakerja-manifest";
inline constexpr const char* kTempMarker = ".tatakerja-tmp-";

// A temporary file beside its target, `.NAME.tatakerja-tmp-XXXXXX[SUFFIX]`:
// filled through stream() or by another program through path(), then
// renamed over the target by commit(). Removed on every other way out.
class PendingFile {
 public:
  PendingFile(int dirfd, std::filesystem::path folder, std::string target, std::string shown,
              const std::string& suffix);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  std::ostream& stream();
  const std::filesystem::path& path() const { return path_; }  // the temporary file
  void close();   // flushes and closes what stream() wrote; throws on a write error
  void commit();  // close(), then rename over the target

 private:
  struct Stream;
  int dirfd_;
  int fd_ = -1;
  int slot_ = -1;
  std::string name_;    // the temporary file's name in its folder
  std::string target_;  // the target's name in the same folder
  std::string shown_;   // OUT/relative, for messages
  std::filesystem::path path_;
  std::unique_ptr<Stream> stream_;
  bool committed_ = false;
};

class OutputDir {
 public:
  // Opens `dir`, creating it and its parents; `shown` is how messages name
  // it (as the user wrote it). Throws util::Failure "cannot write to DIR:
  // REASON" when it is not a writable folder or another render holds it.
  // Removes temporary files that a killed run left behind and reads the
  // previous manifest.
  OutputDir(const std::filesystem::path& dir, std::string shown);
  ~OutputDir();
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;

  // Checks, before anything is written, that every path (relative,
  // '/'-separated) can be written: its folders are made, and must be real
  // folders, never symbolic links; no folder stands at a file's name. Then
  // records them in the manifest beside the previous one's, so that an
  // interrupted run forgets no file it may have written.
  void prepare(const std::vector<std::string>& relatives);

  // Writes `relative` whole: `fill` streams the content.
  void write(const std::string& relative, const std::function<void(std::ostream&)>& fill);

  // A temporary file beside `relative` (its name ends in `suffix`), for a
  // program to fill; commit() puts it in place. It counts as written.
  PendingFile pending(const std::string& relative, const std::string& suffix = "");

  // A temporary file beside `relative`, never put in place: gone when it
  // goes (the HTML that Chromium prints when only `pdf` is asked for).
  PendingFile scratch(const std::string& relative, const std::string& suffix = "");

  // Removes the files of the previous manifest not written this time (only
  // those), then writes the manifest: the last file written. Returns how
  // many files it removed.
  std::size_t finish();

  const std::filesystem::path& path() const { return path_; }
  std::string shown(const std::string& relative) const;  // DIR/relative, as the user wrote DIR
  std::size_t leftovers_removed() const { return leftovers_; }

 private:
  int folder(const std::string& relative_folder, bool create);
  int open_folder(int parent, const std::string& relative, const std::string& name, bool create);
  int existing_folder(const std::string& relative_folder);  // -1: missing or not a real folder
  void remove_leftovers(const std::string& relative_folder);
  void read_manifest();
  void write_manifest(const std::set<std::string>& paths);
  std::size_t remove_stale();

  std::filesystem::path path_;
  std::string shown_;
  int root_ = -1;
  std::map<std::string, int> folders_;  // relative folder -> open descriptor
  std::set<std::string> previous_;      // the previous manifest
  std::set<std::string> written_;
  std::size_t leftovers_ = 0;
  SignalCleanup signals_;
};

// True for a relative path that stays inside its folder: no leading '/',
// no empty, "." or ".." component.
bool is_inside_path(const std::string& relative);

}  // namespace tatakerja::sys

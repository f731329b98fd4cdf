// One run's use of the content cache: the loader asks it for each file's
// entry by content, tells it what it parsed on a miss, and at the end has
// it write a new pack with exactly this run's entries when anything
// changed. Any failure turns the cache off for the run, never the run.
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tatakerja/cache/entry.hpp"
#include "tatakerja/cache/hash.hpp"
#include "tatakerja/cache/pack.hpp"
#include "tatakerja/model/config.hpp"

namespace tatakerja::cache {

// What a run did with the cache, for `-v`.
struct Report {
  bool used = false;       // false: off (--no-cache, or no folder)
  std::size_t reused = 0;  // files whose entry was found
  std::size_t files = 0;   // files looked up
  std::size_t unread = 0;  // of the reused, those not even read (status unchanged)
  std::string folder;
  std::string problem;  // why it was not read or not saved, if it was not
};

class Session {
 public:
  // The pack for the repository at `root`, read with `config`, in
  // `folder`; `slots`: one for each file the loader may look up.
  Session(const std::filesystem::path& folder, const std::filesystem::path& root,
          const model::Config& config, std::size_t slots);

  // Room for `count` more files, for a second load sharing this run's
  // cache (diff loads two revisions): their slots start at the index
  // returned, and find() gives them the entries that the loads before
  // parsed too, so a file in both is parsed once. Not while files are
  // being looked up.
  std::size_t add_slots(std::size_t count);

  // Whether files read with `config` may share this session: the settings
  // that change what a file parses into are the same.
  bool fits(const model::Config& config) const;

  // The entry for the file at `path` (relative to the root), read as file
  // number `file`, without reading it: when the pack's status table holds
  // it with exactly `status` and the entry is valid. Each slot is used by
  // one thread only.
  std::optional<Entry> find_unchanged(std::size_t slot, std::string_view path,
                                      const FileStatus& status, std::uint32_t file);

  // The entry for `content`, read as file number `file`, if the pack holds
  // a valid one. `path` and `status` (of the bytes read) go into the new
  // status table, unless the file was changed too recently to be sure that
  // a later change will show in its status (git's "racy" files).
  std::optional<Entry> find(std::size_t slot, std::string_view content, std::uint32_t file,
                            std::string_view path = {}, const FileStatus& status = {});

  // What a miss in `slot` parsed into, to store (after find()).
  void keep(std::size_t slot, const Documents& documents, const diag::Diagnostics& diagnostics,
            std::uint32_t file);

  // Git objects (diff reads revisions from git): whether the pack knows the
  // content of the blob `object` (its id) and holds an entry for it, so
  // that the blob need not be read from git at all.
  bool knows_object(std::string_view object) const;

  // The entry for the blob `object`, read as file number `file`, when
  // knows_object(); the blob's row is kept for the next run.
  std::optional<Entry> find_object(std::size_t slot, std::string_view object, std::uint32_t file);

  // The object's row, for a blob read from git and looked up by content
  // (after find()): the next run finds it by its id.
  void name_object(std::size_t slot, std::string_view object);

  // The hash of the bytes that `slot` was found or parsed by (the key of
  // its entry), once the slot was looked up; none before, or when the cache
  // is off. The same for the same bytes, on disk or in a revision.
  std::optional<Hash128> content_hash(std::size_t slot) const;

  // A memo: bytes stored under `key` (a hash of everything they depend
  // on) by this run or an earlier one; kept in the pack while runs use it.
  // diff keeps each revision's checked findings so (app/diff.cpp). Safe
  // from several threads at once.
  std::optional<std::string> recall(const Hash128& key);
  void remember(const Hash128& key, std::string_view bytes);

  // Writes the new pack when an entry was added or one went unused.
  Report finish();

  // Keeps, when the pack is written, the entries and status rows that this
  // run did not use too, after its own: for a run that reads something
  // besides the working tree (render --changes reads a revision after the
  // working tree's load wrote its pack), so that it does not evict them.
  void keep_unused();

 private:
  struct Slot {
    enum class State { Unused, Hit, Miss } state = State::Unused;
    Hash128 hash;
    std::string_view old_record;
    std::string new_record;
    std::string path;  // empty: no status row for this file
    FileStatus status;
    bool unread = false;          // found by its status, without reading it
    std::size_t twin = SIZE_MAX;  // a Hit on what an earlier load's slot parsed
  };
  std::optional<Entry> reuse(Slot& s, const Hash128& hash, std::uint32_t file);
  std::string_view record_of(const Slot& s) const;
  bool sure(const FileStatus& status) const;
  std::string status_table() const;
  void prune_folder() const;

  bool usable_ = true;
  bool keep_unused_ = false;
  std::int64_t started_ns_ = 0;  // when this run began (realtime clock)
  std::filesystem::path pack_;
  std::string header_;
  std::string settings_;  // model::reading_settings() of the config
  std::string bytes_;
  PackIndex index_;
  std::vector<Slot> slots_;
  std::unordered_map<Hash128, std::size_t, Hash128Of> parsed_;  // earlier loads' misses -> slot
  std::unordered_map<Hash128, std::string, Hash128Of> memos_;   // recalled or remembered records
  std::mutex memos_mutex_;  // recall() and remember() may be called from several threads
  Report report_;
};

}  // namespace tatakerja::cache

// The run store: stories, article versions, runs, claims, findings, evidence and re-check
// batches in SQLite (HOME/verify.db).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "verify/engine.h"

namespace verify::engine {

// How a run came about, stored beside it.
struct RunContext {
  std::string kind = "check";  // "check" or "recheck"
  std::uint64_t corpus_generation = 0;
  std::int64_t batch_id = 0;  // re-check batch, 0 for none
};

// A story's newest run, what a re-check starts from.
struct StoryState {
  std::int64_t story_id = 0;
  std::string story;
  std::int64_t run_id = 0;  // 0 when the story has no run yet
  std::uint64_t run_generation = 0;
  std::uint64_t checked_generation = 0;  // corpus generation it was last found unaffected at
};

// What a re-check needs of a story's previous run to tell whether new sources matter.
struct RunTerms {
  std::vector<rules::SearchPlan> plans;  // every search of every claim
  std::set<std::string> evidence_docs;   // sources cited as evidence
  // Ids of each search's hits, best first, by plan_key; empty for runs stored before hits were.
  std::map<std::string, std::vector<std::string>> hits;
  bool has_citations = false;  // links that may have died since
  // A quote's searches may be answered by any source that holds enough of its words
  // (rules::RuleSet::quote_words); the other claims read only sources about the article's
  // story (rules::StoryNames). The quote (Claim::value, else text) of each of `plans`, "" for
  // the other claims' searches; and by plan_key (a key shared with another claim's search is
  // in `story_keys` too).
  std::vector<std::string> quote_of_plan;
  std::map<std::string, std::string> quote_of_key;
  std::set<std::string> story_keys;
  // Where the run's extractor stopped reading the article (Report::claims_unread_from).
  std::optional<std::size_t> unread_from;
};

// Owns one SQLite connection to the store. Every write is one transaction; a failed write
// rolls back and throws StoreError, leaving earlier runs untouched.
class Store {
 public:
  explicit Store(const std::filesystem::path& db_path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Records the report (story, article version, run, claims, findings, evidence) and, for a
  // re-check, marks the story done in its batch, all in one transaction. Sets report.run_id.
  void save(Report& report, const RunContext& context);
  Report load(std::int64_t run_id) const;
  std::vector<Engine::RunInfo> list(std::size_t limit) const;
  std::vector<Engine::RunInfo> history(const std::string& story) const;
  std::vector<StoryInfo> stories() const;

  // The newest unfinished batch, or a new one holding the stories that match `options`.
  // Returns the batch id and whether it was resumed.
  std::pair<std::int64_t, bool> open_batch(const RecheckOptions& options);
  std::vector<StoryState> pending(std::int64_t batch_id) const;
  // Stories of a batch already re-run (an interrupted batch's), in batch order: `run_id` is
  // the batch's run, `previous_run` the story's run before it (0: none) and `run_generation`
  // that run's corpus generation.
  struct Finished {
    std::int64_t story_id = 0;
    std::string story;
    std::int64_t run_id = 0, previous_run = 0;
    std::uint64_t run_generation = 0;
  };
  std::vector<Finished> finished(std::int64_t batch_id) const;
  std::size_t batch_size(std::int64_t batch_id) const;
  // The story was found unaffected by corpus changes up to `generation`.
  void mark_skipped(std::int64_t batch_id, std::int64_t story_id, std::uint64_t generation);
  void finish_batch(std::int64_t batch_id);
  RunTerms run_terms(std::int64_t run_id) const;
  // Body hash and fetch time of the newest stored citation of `url`, if any.
  std::optional<std::pair<std::string, std::string>> last_citation(const std::string& url) const;
  // The text of the story's newest article version.
  claims::Article latest_article(std::int64_t story_id) const;
  // Housekeeping, each one transaction that removes everything asked or nothing: runs by id
  // (their claims, findings, evidence and citations go with them), and whole stories (every
  // version, run and re-check entry). Throw StoreError naming the first unknown id or story.
  void remove_runs(const std::vector<std::int64_t>& ids);
  void remove_stories(const std::vector<std::string>& stories);

 private:
  void exec(const char* sql) const;
  sqlite3* db_ = nullptr;
  std::string path_;
};

// The current time as UTC ISO 8601 ("2026-03-12T08:00:00Z"), the store's timestamp format.
std::string utc_now();

// A plan's identity: its words, dates and limit. Hits stored under a key are reused only by
// the very same search (a changed rule set makes other plans).
std::string plan_key(const rules::SearchPlan& plan);
// Each plan's key and hit ids: plans separated by GS, key and ids by RS, ids by US.
std::string encode_hits(const std::vector<rules::SearchPlan>& plans,
                        const std::vector<std::vector<std::string>>& hits);
// Plans are stored in one column: plans separated by GS, groups by RS, words by US.
std::string encode_plans(const std::vector<rules::SearchPlan>& plans);
std::vector<rules::SearchPlan> decode_plans(std::string_view encoded);

}  // namespace verify::engine

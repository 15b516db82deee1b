// Public interface of the engine: checks articles (claims -> search -> rules), keeps every
// run in the SQLite store, and renders reports in text, JSON and Markdown.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "verify/claims.h"
#include "verify/corpus.h"
#include "verify/rules.h"

namespace verify::engine {

// Thrown when the store cannot be opened, read or written (locked, corrupt, missing run).
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Version of the report and claims JSON schema (docs/formats.md).
inline constexpr int kSchemaVersion = 1;

// What checking a cited link found (claims of kind citation only).
struct LinkCheck {
  std::string url;        // as cited (credentials removed)
  std::string final_url;  // after redirects; "" when nothing was fetched
  std::string status;  // ok, dead, timeout, redirected, not-text, refused, not-cached, unresolved
  long http_status = 0;
  // Does the page say what the citing sentence says: supported, contradicted, unsupported
  // (the page does not mention it), or unknown (no readable page).
  std::string support = "unknown";
  std::string fetched_at;
  bool from_cache = false;
  bool changed = false;  // the page's text differs from when this URL was last cited
  std::string error;
  std::string body_hash;
};

struct ClaimResult {
  claims::Claim claim;
  rules::Finding finding;
  std::optional<LinkCheck> link;
  // The searches that were run for the claim (all of the rules' plans, whose passages are
  // judged together); a re-check uses them to tell whether a new source could matter.
  std::vector<rules::SearchPlan> plans;
  // Ids of each plan's hits, best first (hits[i] belongs to plans[i]). A re-check ranks new
  // sources against these instead of searching the whole corpus again.
  std::vector<std::vector<std::string>> hits;
};

struct Summary {
  std::size_t supported = 0, contradicted = 0, disputed = 0, unverified = 0;
};

struct Report {
  std::int64_t run_id = 0;  // 0 when not stored
  std::string story;        // story key: --story, else the article's absolute path
  std::string created_at;   // UTC ISO 8601
  claims::Article article;
  std::string article_hash;
  std::size_t corpus_size = 0;
  std::vector<ClaimResult> results;
  Summary summary;
  double seconds = 0;  // wall time of the check
  // When the article has more claims or tokens than claims::kMaxClaimsPerArticle or
  // kMaxTokensPerArticle: the byte offset in article.text from which it was not read for
  // claims (the report says so in every format).
  std::optional<std::size_t> claims_unread_from;
};

// Most claims of one sentence that are searched and judged. Each claim is judged against its
// whole sentence, so a sentence of thousands of figures would cost their square; the claims
// after the first this many get verdict unverified, rule "limit.sentence_claims" and an
// explanation naming the sentence's line and claim count (docs/user-guide.md, "Limits").
inline constexpr std::size_t kMaxCheckedClaimsPerSentence = 50;

struct CheckOptions {
  std::string reference_date;    // overrides the article's own date for relative dates
  bool store = true;             // record the run in the store
  std::string story;             // story key; "" = the article's absolute path
  bool fetch = true;             // fetch cited links (citation claims); false: not checked
  bool offline = false;          // links only from the fetch cache, no network
  long max_age_seconds = 86400;  // cached pages younger than this are not re-fetched
  bool allow_private = false;    // allow links to loopback/private addresses (tests, intranets)
  // Cited links matching any of these ECMAScript regular expressions (searched anywhere in the
  // URL, as lychee's --exclude) are not fetched: link status "excluded", verdict unverified.
  // An invalid pattern throws std::regex_error from check().
  std::vector<std::string> exclude_links;
  // HTTP status codes that count as a live link (lychee's --accept), such as 403 or 429 from
  // sites that turn robots away: link status "ok", its page not judged, verdict unverified.
  std::vector<long> accept_status;
};

// One claim whose judgement moved between two runs of a story.
struct ClaimChange {
  enum class Kind {
    kNewContradiction,  // now contradicted or disputed, before not
    kNewlySupported,    // now supported, before not
    kVerdictChanged,    // any other verdict move
    kNewEvidence,       // same verdict, new sources among the evidence
    kLinkDead,          // a cited link that worked before no longer does
    // Same verdict, another status: "supported" now "supported [outdated]" (a newer figure
    // supersedes the story's), or "corrected", or the other way round.
    kStatusChanged,
  };
  Kind kind = Kind::kVerdictChanged;
  ClaimResult now;
  rules::Verdict before = rules::Verdict::kUnverified;
  std::string before_status;  // the earlier finding's status ("outdated", …; "" none)
  // Ids of evidence new in this run that were added or changed since the earlier one (every
  // newly cited source when the rules searched differently then).
  std::vector<std::string> new_sources;
};
std::string_view to_string(ClaimChange::Kind kind);

struct StoryChanges {
  std::string story;
  std::string title;
  std::int64_t previous_run = 0;
  std::int64_t run = 0;
  std::vector<ClaimChange> changes;
};

struct RecheckOptions {
  std::string story;      // only this story ("" = every story matching the other filters)
  std::string since;      // only stories published on/after YYYY-MM-DD
  int stale_days = -1;    // only stories not re-checked for this many days (-1 = any)
  std::size_t limit = 0;  // at most this many stories (0 = no limit)
  bool wait = false;      // wait for a running re-check instead of failing
  // Cited links: stories that cite links are always re-run (links die whatever the corpus
  // does) unless fetching is off. Off, a story re-run for its sources keeps each cited link's
  // finding and link state from its previous run (RecheckResult::links_kept).
  bool fetch = true;
  long max_age_seconds = 86400;  // as CheckOptions: cached pages younger are not re-fetched
  bool allow_private = false;
  std::vector<std::string> exclude_links;  // as CheckOptions
  std::vector<long> accept_status;         // as CheckOptions
  // Rank new sources against each search's stored hits (its best documents at the last run)
  // instead of searching the whole corpus again. false: every affected story is searched in
  // full, as `verify ARTICLE` would.
  bool incremental = true;
  // Stories re-run at once, each on its own engine (index handles, document cache; about
  // 100 MB each at 200k sources). 0: two on a machine with two cores or more, else one. The
  // stories' outcomes are stored in batch order whatever the number, and are the same.
  std::size_t workers = 0;
  // Called after each story with (stories done, stories in the batch).
  std::function<void(std::size_t, std::size_t)> progress;
};

struct RecheckResult {
  std::int64_t batch = 0;
  bool resumed = false;  // an interrupted batch was finished
  // Of a resumed batch: stories the interrupted run had re-run (their changes are in
  // `changed`, first, as the store holds them); `checked` and `skipped` count this run's.
  std::size_t finished_before = 0;
  std::size_t stories = 0;            // in the batch
  std::size_t checked = 0;            // re-run against the corpus
  std::size_t skipped = 0;            // no new or changed source could affect them
  std::vector<StoryChanges> changed;  // only stories where something moved
  // Claims whose verdict or evidence moved although no source among their evidence, then or
  // now, was added, changed or removed since the story's last run: old sources ranked
  // differently (a full search re-ranks the whole corpus under its grown word statistics), or
  // pushed out of the hits by a new source the judge does not read (another story's). Stored
  // with the new run, never listed in `changed`.
  std::size_t drifted = 0;
  // Whether cited links were fetched (RecheckOptions::fetch); when not, how many cited links
  // of the stories re-run kept the verdict and link state of their previous run.
  bool links_fetched = true;
  std::size_t links_kept = 0;
  // Some change is a new contradiction or dispute, or a cited link that died.
  bool alarming() const;
};

struct StoryInfo {
  std::string story, title, published, last_checked;
  std::int64_t versions = 0, runs = 0;
};

// The corpus query that carries out one of the rules' search plans.
corpus::Query to_query(const rules::SearchPlan& plan);

// Sources are read by the claims extractor (the one that reads articles) once, at ingest: this
// sets `corpus`'s annotator so every document it adds, and every stale one reannotate()
// visits, carries its mentions. `corpus` must be open for writing (else CorpusError). A check
// reads the sources whose mentions are missing or stale at query time, with the same result.
void read_sources_at_ingest(corpus::Corpus& corpus);
// The version of that reading stored with each document: a hash of the extractor's sources
// taken at build time, so a changed extractor makes stored mentions stale.
const std::string& source_reading_version();

// Paths under a verify home directory.
std::filesystem::path index_path(const std::filesystem::path& home);
std::filesystem::path store_path(const std::filesystem::path& home);

// Orchestrates one home (corpus + store) with one rule set. Not thread-safe.
class Engine {
 public:
  // Opens the corpus for reading and the store for writing; `shards` are further indexes
  // searched with the home's own (directories, or "tcp://host:port" for xapian-tcpsrv).
  // Throws corpus::CorpusError or StoreError.
  Engine(const std::filesystem::path& home, rules::RuleSet rules,
         const std::vector<std::string>& shards = {});
  ~Engine();

  // Extracts, judges and (unless options.store is false) records one article. The whole run
  // is written in one transaction. Throws StoreError on a store failure.
  Report check(const claims::Article& article, const CheckOptions& options = {});

  // Loads a stored run as a report, without re-running anything. Throws StoreError when no
  // such run exists.
  Report load_run(std::int64_t run_id) const;

  struct RunInfo {
    std::int64_t id;
    std::string created_at, article_path, title;
    Summary summary;
    std::string kind;          // "check" or "recheck"
    std::int64_t version = 0;  // version of the story's article that was checked
  };
  std::vector<RunInfo> list_runs(std::size_t limit) const;

  // Re-runs archived stories against the current corpus and reports what changed since each
  // story's previous run. Only one re-check runs per home: a second one fails with StoreError
  // (or waits, with options.wait). A killed re-check leaves every finished story stored and
  // the next re-check resumes the interrupted batch.
  RecheckResult recheck(const RecheckOptions& options);

  // The runs of one story, oldest first. Throws StoreError for an unknown story.
  std::vector<RunInfo> history(const std::string& story) const;
  std::vector<StoryInfo> stories() const;

  // Housekeeping. Removes stored runs by id, with their claims, findings and evidence; a story
  // whose runs are all removed stays listed with its article. Removes whole stories (by key)
  // with every version and run. Each call is one transaction: an unknown id or story throws
  // StoreError naming it and nothing is removed.
  void remove_runs(const std::vector<std::int64_t>& run_ids);
  void remove_stories(const std::vector<std::string>& stories);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

enum class Format { kText, kJson, kMarkdown, kHtml };

// Renders a full report. `color` adds ANSI colours to text output only. HTML is one
// self-contained page with every article and source text escaped.
std::string render(const Report& report, Format format, bool color = false);

// One article of a check of several (`verify a.txt b.txt`): its report, or for an article
// that could not be read, its path and why.
struct ArticleEntry {
  std::string path;
  std::optional<Report> report;  // empty when the article could not be read
  std::string error;             // why it could not be read (the message on stderr)
};

// Renders the reports of several articles as one self-contained HTML page, in the order given:
// a list of the articles with their counts, then a section per article as render() gives it
// alone (an error section naming the path and the message for one that could not be read).
// Every id in the page is unique, so each section's claims open their own cards.
std::string render_html(const std::vector<ArticleEntry>& entries);

// Renders what a re-check found: only the stories and claims that moved, and the counts.
std::string render(const RecheckResult& result, Format format, bool color = false);

// The claims JSON contract of `verify claims ARTICLE --format json`.
std::string claims_json(const claims::Article& article, const claims::Extraction& extraction);

// What a reader is told when an article was not read to its end for claims ("the article is
// longer than verify reads (20,000 claims or 2,000,000 words and signs): the text from line 3,
// byte 140,023, on was not read for claims"), `unread_from` a byte offset into `text`.
std::string unread_note(std::string_view text, std::size_t unread_from);
// A claim's text on one line, for the text and Markdown reports: each run of white space that
// holds a line break (a wrapped line's, a quote's over paragraphs) or a tab becomes one space.
// JSON keeps the text as it is, the slice of the article at the claim's offsets.
std::string one_line(std::string_view text);

}  // namespace verify::engine

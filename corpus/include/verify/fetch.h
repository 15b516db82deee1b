// Public interface for fetching cited links and URL sources: concurrent, polite, size- and
// time-bounded HTTP(S) fetches with a SQLite cache, turned into readable UTF-8 Documents.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "verify/corpus.h"

namespace verify::corpus {

// Limits and policy for one Fetcher. The defaults suit checking the links of one article.
struct FetchOptions {
  std::size_t max_concurrent = 8;        // transfers in flight at once (>= 1)
  std::size_t per_host = 2;              // transfers in flight per host of the cited URL (>= 1)
  long connect_timeout_ms = 5000;        // TCP + TLS connect, per transfer
  long total_timeout_ms = 15000;         // whole transfer including redirects
  long max_redirects = 5;                // more than this is reported as kDead
  std::size_t max_body_bytes = 5 << 20;  // decoded bytes kept; the rest is not downloaded
  bool allow_private = false;    // permit loopback, link-local and private addresses (tests)
  bool offline = false;          // answer from the cache only; no network at all
  long max_age_seconds = 86400;  // a cache entry younger than this is used without a request;
                                 // an older one is revalidated with a conditional request
  std::string user_agent = "verify/0.1 (+fact-check; newsroom link checker)";
};

// What a cited link turned out to be.
enum class LinkStatus {
  kOk,          // 2xx with readable text, possibly after redirects within the same site
  kDead,        // HTTP 4xx/5xx, connection refused, redirect loop, TLS failure
  kTimeout,     // connect or total timeout
  kRedirected,  // ended on another host, or on the site's front page (a soft 404)
  kNotText,     // PDF, image, audio, video or other binary content
  kRefused,     // not fetched: bad URL, scheme other than http(s), or a private address
  kNotCached,   // offline mode and the URL is not in the cache
  kUnresolved,  // the host name did not resolve: a typo, a lapsed domain or no DNS here
};

// "ok", "dead", "timeout", "redirected", "not-text", "refused", "not-cached", "unresolved".
std::string_view to_string(LinkStatus status);

// The outcome for one URL. Never holds credentials except in `url` (exactly as given).
struct FetchResult {
  std::string url;        // as passed to fetch()
  std::string final_url;  // after redirects, credentials removed; "" when nothing was fetched
  LinkStatus status = LinkStatus::kDead;
  long http_status = 0;  // last HTTP status seen (304 when revalidated); 0 when none
  std::string content_type, etag, last_modified;  // from the final response (or the cache)
  std::string fetched_at;   // UTC "YYYY-MM-DDTHH:MM:SSZ" of the body described here
  std::string error;        // human message for non-ok outcomes and notes such as truncation
  bool from_cache = false;  // body not downloaded now: fresh cache entry, 304, or offline
  bool changed = false;     // body_hash differs from the previously cached fetch of this URL
  bool truncated = false;   // body was cut at max_body_bytes before parsing
  std::string body_hash;    // SHA-256 hex of page.text (of the raw body for kNotText); "" if none
  // Readable page: id = url without credentials, url = final_url, source = final host without
  // "www.", title, published ("YYYY-MM-DD" or ""), text (UTF-8, paragraphs split by "\n\n").
  // Empty unless a body was fetched or cached.
  Document page;
};

// Fetches URLs with libcurl's multi interface and keeps the outcome in the SQLite table
// `fetch_cache` of `cache_db` (same file as the corpus's other tables is fine: it opens its
// own WAL connection). An empty path keeps the cache in memory. Not thread-safe per object;
// separate Fetchers on separate threads are fine.
class Fetcher {
 public:
  // Opens (creating if needed) the cache and loads libcurl (on first use in the process, not
  // at start-up). Throws CorpusError when the cache cannot be opened or libcurl not loaded.
  Fetcher(const std::filesystem::path& cache_db, FetchOptions options = {});
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Fetches every URL (duplicates are fetched once) and returns one result per input, in
  // input order. Per-URL failures are statuses, never exceptions; throws CorpusError only when
  // the cache cannot be written. `progress(done, total)` runs on the calling thread after each
  // URL is settled; total == urls.size().
  std::vector<FetchResult> fetch(
      const std::vector<std::string>& urls,
      const std::function<void(std::size_t, std::size_t)>& progress = {});

  // Forgets every cached page, so the next fetch of each URL downloads it again. Returns how
  // many pages were cached. Throws CorpusError when the cache cannot be written.
  std::size_t clear_cache();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `url` with any user name and password removed ("https://u:p@h/x" -> "https://h/x"); safe to
// log. A string that is not a URL is returned with anything up to an '@' after "://" cut.
std::string redact_url(std::string_view url);

}  // namespace verify::corpus

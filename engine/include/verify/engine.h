// Public interface of the engine: checks articles (claims -> search -> rules), keeps every
// run in the SQLite store, and renders reports in text, JSON and Markdown.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
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

struct ClaimResult {
  claims::Claim claim;
  rules::Finding finding;
};

struct Summary {
  std::size_t supported = 0, contradicted = 0, disputed = 0, unverified = 0;
};

struct Report {
  std::int64_t run_id = 0;  // 0 when not stored
  std::string created_at;   // UTC ISO 8601
  claims::Article article;
  std::string article_hash;
  std::size_t corpus_size = 0;
  std::vector<ClaimResult> results;
  Summary summary;
  double seconds = 0;  // wall time of the check
};

struct CheckOptions {
  std::string reference_date;  // overrides the article's own date for relative dates
  bool store = true;           // record the run in the store
};

// Paths under a verify home directory.
std::filesystem::path index_path(const std::filesystem::path& home);
std::filesystem::path store_path(const std::filesystem::path& home);

// Orchestrates one home (corpus + store) with one rule set. Not thread-safe.
class Engine {
 public:
  // Opens the corpus for reading and the store for writing. Throws corpus::CorpusError or
  // StoreError.
  Engine(const std::filesystem::path& home, rules::RuleSet rules);
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
  };
  std::vector<RunInfo> list_runs(std::size_t limit) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

enum class Format { kText, kJson, kMarkdown, kHtml };

// Renders a full report. `color` adds ANSI colours to text output only. HTML is one
// self-contained page with every article and source text escaped.
std::string render(const Report& report, Format format, bool color = false);

// The claims JSON contract of `verify claims ARTICLE --format json`.
std::string claims_json(const claims::Article& article, const std::vector<claims::Claim>& claims);

}  // namespace verify::engine

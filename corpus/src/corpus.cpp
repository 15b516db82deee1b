// The corpus: ingest into Xapian (full text, positions, values) and the SQLite `documents`
// listing, batch commits across both stores, and query building for search.
#include "verify/corpus.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <fstream>
#include <future>
#include <istream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "sources.h"
#include "story_match.h"
#include "text.h"
#include "verify/locking.h"

namespace verify::corpus {
namespace fs = std::filesystem;
using detail::fold;

namespace {

// Batches bound both the work lost to a crash and the writer's memory; ~1000 documents was
// measured faster than larger batches (PERF-NOTES.md). The byte cap keeps huge sources in check.
// A batch is shared among the shards: with two, each commits 500 documents, which measured 3%
// faster in wall time and 6% in CPU than 1,000 each (20k Reuters documents, six interleaved
// pairs, docs/performance.md): the writers' in-memory postings stay smaller.
constexpr std::size_t kBatchDocs = 1000;
constexpr std::size_t kBatchBytes = 64u << 20;
constexpr std::size_t kProgressEvery = 200;
// A new index is split into this many shards, each written by its own thread, so an ingest
// uses two cores (docs/corpus.md, docs/performance.md). Fixed, not the core count, because
// routing depends on it and an index must route the same way on every machine.
constexpr std::size_t kShards = 2;

// Value slots and term prefixes; documented in docs/corpus.md.
constexpr Xapian::valueno kSlotPublished = 0;   // "YYYYMMDD"
constexpr Xapian::valueno kSlotSource = 1;      // source as given
constexpr Xapian::valueno kSlotHash = 2;        // content hash, for dedupe against the index
constexpr Xapian::valueno kSlotAnnotation = 3;  // the annotator's data (Document::annotation)
constexpr Xapian::valueno kSlotAnnotationVersion = 4;  // the annotator version that wrote it
constexpr const char* kNoDateTerm = "XNODATE";
constexpr std::size_t kMaxTermBytes = 200;  // Xapian's limit is 245; stay well clear

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

// Q<id>: ids longer than a Xapian term allows keep a readable prefix plus a hash of the whole.
std::string id_term(std::string_view id) {
  if (id.size() + 1 <= kMaxTermBytes) return "Q" + std::string(id);
  return "Q" + std::string(id.substr(0, 128)) + "#" + content_hash(id);
}

std::string source_term(std::string_view source) {
  std::string t = "XS" + fold(source);
  if (t.size() > kMaxTermBytes) t.resize(kMaxTermBytes);
  return t;
}

// Lower-case hex of a digest.
std::string hex(const unsigned char* md, unsigned len) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) {
    out += kHex[md[i] >> 4];
    out += kHex[md[i] & 0xF];
  }
  return out;
}

// SHA-256 over the fields that make a document what it is, separated so that moving text
// between fields changes the hash.
std::string document_hash(const Document& d) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  std::string tier = std::to_string(d.tier);
  for (std::string_view part :
       {std::string_view(d.id), std::string_view(d.url), std::string_view(d.title),
        std::string_view(d.published), std::string_view(d.source), std::string_view(tier),
        std::string_view(d.text)}) {
    EVP_DigestUpdate(ctx, part.data(), part.size());
    EVP_DigestUpdate(ctx, "\x1f", 1);
  }
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx, md, &len);
  EVP_MD_CTX_free(ctx);
  return hex(md, len);
}

CorpusError xapian_error(const Xapian::Error& e, const fs::path& dir, std::string_view doing) {
  std::string_view type = e.get_type();
  if (type == "DatabaseLockError") {
    return CorpusError("corpus: index at " + quoted(dir) +
                       " is locked by another verify process (a running ingest?), waited " +
                       std::to_string(locking::lock_timeout_ms()) +
                       " ms (VERIFY_LOCK_TIMEOUT_MS); try again when it finishes");
  }
  if (type == "DatabaseCorruptError") {
    return CorpusError("corpus: index at " + quoted(dir) + " is corrupt (" + e.get_msg() +
                       "); remove that directory and add the sources again");
  }
  if (type == "DatabaseVersionError") {
    return CorpusError("corpus: index at " + quoted(dir) +
                       " was written by an incompatible Xapian version: " + e.get_msg());
  }
  std::string hint;
  if (type == "DatabaseError") hint = " (the index may be damaged; if so remove it and re-add)";
  return CorpusError("corpus: cannot " + std::string(doing) + " index at " + quoted(dir) + ": " +
                     e.get_description() + hint);
}

// RAII sqlite3 connection with errors turned into CorpusError naming the file.
class Sqlite {
 public:
  Sqlite() = default;
  Sqlite(const Sqlite&) = delete;
  Sqlite& operator=(const Sqlite&) = delete;
  ~Sqlite() {
    if (db_) sqlite3_close_v2(db_);
  }

  void open(const fs::path& path, int flags) {
    path_ = path;
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) fail(rc, "open");
    sqlite3_busy_timeout(db_, locking::lock_timeout_ms());
    sqlite3_extended_result_codes(db_, 0);
  }
  bool is_open() const { return db_ != nullptr; }
  sqlite3* handle() const { return db_; }

  void exec(const char* sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) fail(rc, "write");
  }

  [[noreturn]] void fail(int rc, std::string_view doing) const {
    int primary = rc & 0xFF;
    std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
      throw CorpusError("corpus: document table in " + quoted(path_) + locking::locked_hint());
    }
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
      throw CorpusError("corpus: " + quoted(path_) + " is corrupt or not an SQLite database (" +
                        msg + ")");
    }
    throw CorpusError("corpus: cannot " + std::string(doing) + " " + quoted(path_) + ": " + msg);
  }

 private:
  sqlite3* db_ = nullptr;
  fs::path path_;
};

// A prepared statement, reset after each use so it can be bound again.
class Statement {
 public:
  Statement(const Sqlite& db, const char* sql) : db_(db) {
    int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "prepare a statement on");
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(stmt_); }

  Statement& bind(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind_or_null(int i, std::string_view s) {
    if (s.empty()) {
      sqlite3_bind_null(stmt_, i);
    } else {
      bind(i, s);
    }
    return *this;
  }
  Statement& bind(int i, std::int64_t n) {
    sqlite3_bind_int64(stmt_, i, n);
    return *this;
  }
  // True while a row is available.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    db_.fail(rc, "write");
  }
  void done() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string text(int col) const {
    auto p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }

 private:
  const Sqlite& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS documents (
  id         TEXT PRIMARY KEY,
  url        TEXT NOT NULL DEFAULT '',
  title      TEXT NOT NULL DEFAULT '',
  published  TEXT,
  source     TEXT NOT NULL DEFAULT '',
  tier       INTEGER NOT NULL DEFAULT 0,
  hash       TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  indexed_at TEXT NOT NULL,
  generation INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_generation ON documents(generation);
CREATE TABLE IF NOT EXISTS removed_documents (
  id         TEXT NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS removed_generation ON removed_documents(generation);
CREATE TABLE IF NOT EXISTS corpus_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql";

// One row waiting for the batch commit; the text itself lives only in Xapian.
struct Row {
  std::string id, url, title, published, source, hash;
  int tier = 0;
  std::int64_t bytes = 0;
};

// Counters and progress of one add_* call.
struct IngestRun {
  IngestReport report;
  const Progress* progress = nullptr;
  std::size_t records = 0;
  std::uint64_t bytes = 0;
  std::uint64_t total = 0;

  void tick() {
    ++records;
    if (progress && *progress && records % kProgressEvery == 0) (*progress)(records, bytes, total);
  }
  void reject(std::string problem) {
    report.problems.push_back(std::move(problem));
    count_rejected();
  }
  // A rejection whose problem the caller lists itself, or not at all.
  void count_rejected() {
    ++report.rejected;
    tick();
  }
};

// An id as a message shows it: at most 80 bytes, cut before a character, not inside one.
std::string shown_id(std::string_view id) {
  if (id.size() <= 80) return std::string(id);
  std::size_t cut = 80;
  while (cut > 0 && (static_cast<unsigned char>(id[cut]) & 0xC0) == 0x80) --cut;
  return std::string(id.substr(0, cut)) + "…";
}

bool is_hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// A stable 64-bit FNV-1a of the id: routes a document to its shard the same way in every
// process, so updates, removals and dedupe find the copy that is already there.
std::uint64_t route_hash(std::string_view id) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// One validated document on its way to a shard; the worker decides what happened to it.
struct Job {
  enum class Outcome { kAdded, kUpdated, kSkipped };
  Document doc;
  std::string hash, term;
  bool table_current = false;  // the documents table already lists this hash
  Outcome outcome = Outcome::kSkipped;
  // A record whose id an earlier record of the same input had. It is counted as repeated, and
  // the id, counted once by its first record, moves from what the earlier record made it
  // (`was`) to what this one makes it (`now`), both against the corpus before the input.
  struct Repeat {
    Outcome was, now;
  };
  std::optional<Repeat> repeat;
};

// One Xapian shard with its own writer thread. The main thread parses, validates and routes;
// the worker generates terms and updates its inverted index, so shards are written in
// parallel (PERF-NOTES: the index update, not parsing, is the cost). Only the worker touches
// `db` while the thread runs; the main thread uses it only between start() and after stop().
class ShardWriter {
 public:
  ShardWriter(const fs::path& dir, int flags) : dir_(dir) {
    // Another writer (an ingest) holds the shard: wait for it as a write to the document
    // table does (locking::lock_timeout_ms), trying again every 50 ms. Xapian's own
    // DB_RETRY_LOCK would wait without end.
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(locking::lock_timeout_ms());
    for (;;) {
      try {
        db_ = std::make_unique<Xapian::WritableDatabase>(dir.string(), flags);
        break;
      } catch (const Xapian::DatabaseLockError& e) {
        if (std::chrono::steady_clock::now() >= deadline) throw xapian_error(e, dir, "open");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      } catch (const Xapian::Error& e) {
        throw xapian_error(e, dir, "open");
      }
    }
    indexer_.set_stemmer(stemmer_);
    indexer_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  }
  ShardWriter(const ShardWriter&) = delete;
  ShardWriter& operator=(const ShardWriter&) = delete;
  ~ShardWriter() { stop(); }

  Xapian::WritableDatabase& db() { return *db_; }
  const fs::path& dir() const { return dir_; }
  // Set while no worker runs; read by the worker.
  void set_annotator(const Annotator* annotator, const std::string* version) {
    annotator_ = annotator;
    annotator_version_ = version;
  }

  void start() {
    if (thread_.joinable()) return;
    stopping_ = false;
    thread_ = std::thread([this] { run(); });
  }
  void stop() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

  // Queues a job (nullptr = commit). Blocks while the queue is full, which bounds memory.
  void push(Job* job) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return queue_.size() < kQueueCap; });
    queue_.push_back(job);
    lock.unlock();
    wake_.notify_one();
  }
  // Drops the batch written since the last commit. Call only when idle (after wait_idle).
  void cancel() {
    if (!in_transaction_) return;
    in_transaction_ = false;
    try {
      db_->cancel_transaction();
    } catch (const Xapian::Error& e) {
      throw xapian_error(e, dir_, "roll back a batch in");
    }
  }

  // Waits until every queued job and commit is done; rethrows the worker's first error.
  void wait_idle() {
    std::unique_lock lock(mu_);
    idle_.wait(lock, [&] { return queue_.empty() && !busy_; });
    if (error_) {
      auto e = error_;
      error_ = nullptr;
      std::rethrow_exception(e);
    }
  }

 private:
  static constexpr std::size_t kQueueCap = 512;
  bool in_transaction_ = false;  // a batch begun and not committed; the worker's, or idle

  void run() {
    std::unique_lock lock(mu_);
    for (;;) {
      wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      Job* job = queue_.front();
      queue_.pop_front();
      busy_ = true;
      bool failed = error_ != nullptr;
      lock.unlock();
      room_.notify_one();
      // After a failure the rest of the batch is dropped; the caller rolls the batch back.
      if (!failed) {
        try {
          if (job) {
            // A batch is one transaction: when the document table cannot take it (locked by
            // another process), cancel() drops it, where a plain close would commit it and
            // leave the index ahead of the table.
            if (!in_transaction_) {
              db_->begin_transaction();  // flushed: commit_transaction() commits
              in_transaction_ = true;
            }
            index(*job);
          } else if (in_transaction_) {
            db_->commit_transaction();
            in_transaction_ = false;
          } else {
            db_->commit();
          }
        } catch (const Xapian::Error& e) {
          failed_with(std::make_exception_ptr(xapian_error(e, dir_, job ? "write" : "commit")));
        } catch (...) {
          failed_with(std::current_exception());
        }
      }
      lock.lock();
      busy_ = false;
      if (queue_.empty()) idle_.notify_all();
    }
  }

  void failed_with(std::exception_ptr e) {
    std::lock_guard lock(mu_);
    if (!error_) error_ = std::move(e);
  }

  std::string indexed_hash(const std::string& term) {
    Xapian::PostingIterator p = db_->postlist_begin(term);
    if (p == db_->postlist_end(term)) return "";
    std::string h = db_->get_document(*p, Xapian::DOC_ASSUME_VALID).get_value(kSlotHash);
    // An entry without a hash (written by something else) must still count as present.
    return h.empty() ? "?" : h;
  }

  void index(Job& job) {
    std::string in_index = indexed_hash(job.term);
    if (in_index == job.hash) {
      job.outcome = Job::Outcome::kSkipped;
      return;
    }
    if (in_index.empty()) {
      // Known absent from this shard (its only writer is this thread): add_document saves
      // replace_document's second lookup of the id term.
      db_->add_document(build(job.doc, job.term, job.hash));
      job.outcome = Job::Outcome::kAdded;
    } else {
      db_->replace_document(job.term, build(job.doc, job.term, job.hash));
      job.outcome = Job::Outcome::kUpdated;
    }
  }

  Xapian::Document build(const Document& d, const std::string& term, const std::string& hash) {
    Xapian::Document x;
    x.set_data(detail::encode_document(d));
    indexer_.set_document(x);
    std::string title = fold(d.title);
    // Title-only search needs no phrases, so the S copy skips positions (they cost ~1.5x).
    indexer_.index_text_without_positions(title, 1, "S");
    indexer_.index_text(title);
    // The gap keeps phrases from running from the title into the body.
    indexer_.increase_termpos();
    std::string body = fold(d.text);
    indexer_.index_text(body);
    // French elided words ("d'urgence", "l'ardeche") also as bare words, without positions
    // (phrases match the glued form as the query writes it), so a search for "urgence" finds
    // "aide d'urgence". The title's too: a source whose title alone names the story (« … voté
    // à l'Assemblée ») is one of the story's sources, and the story filter asks for the name
    // bare ("assemblee").
    std::string elided = detail::elided_words(title);
    if (std::string in_body = detail::elided_words(body); !in_body.empty()) {
      if (!elided.empty()) elided += ' ';
      elided += in_body;
    }
    if (!elided.empty()) indexer_.index_text_without_positions(elided);
    // The publisher's name words (publisher_words), as boolean terms a story filter can ask
    // for (publisher_filter_word): an organisation's own page about a story is one of the
    // story's sources though it never names itself. Not as the document's words: a wire
    // agency's name would then be in every one of its stories.
    for (const auto& w : publisher_words(d.source)) {
      std::string t = "XP" + w;
      if (t.size() <= kMaxTermBytes) x.add_boolean_term(t);
    }
    x.add_boolean_term(term);
    if (!d.source.empty()) x.add_boolean_term(source_term(d.source));
    if (d.published.empty()) {
      x.add_boolean_term(kNoDateTerm);
    } else {
      std::string ymd = detail::compact_date(d.published);
      x.add_boolean_term("Y" + ymd.substr(0, 4));
      x.add_boolean_term("M" + ymd.substr(0, 6));
      x.add_value(kSlotPublished, ymd);
    }
    x.add_value(kSlotSource, d.source);
    x.add_value(kSlotHash, hash);
    annotate(d, x);
    return x;
  }

 public:
  // Runs the annotator (if any) on `d` and stores its result in `x`. An annotator that throws
  // leaves the document without an annotation, which readers treat as "not annotated".
  void annotate(const Document& d, Xapian::Document& x) {
    if (!annotator_ || !*annotator_) return;
    try {
      Annotation a = (*annotator_)(d);
      x.add_value(kSlotAnnotation, a.data);
      x.add_value(kSlotAnnotationVersion, *annotator_version_);
    } catch (...) {
      x.remove_value(kSlotAnnotation);
      x.remove_value(kSlotAnnotationVersion);
      failed_annotations_.fetch_add(1);
    }
  }
  std::size_t failed_annotations() const { return failed_annotations_.load(); }

 private:
  fs::path dir_;
  std::unique_ptr<Xapian::WritableDatabase> db_;
  Xapian::Stem stemmer_{"english"};
  Xapian::TermGenerator indexer_;
  const Annotator* annotator_ = nullptr;
  const std::string* annotator_version_ = nullptr;
  std::atomic<std::size_t> failed_annotations_{0};
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable wake_, room_, idle_;
  std::deque<Job*> queue_;
  bool busy_ = false, stopping_ = false;
  std::exception_ptr error_;
};

// Shard directories of a new index, listed in the stub file HOME/index/XAPIANDB so that
// `Xapian::Database(HOME/index)` (and xapian-tcpsrv) opens them all as one database.
constexpr const char* kStubName = "XAPIANDB";

// The stub's text, "" when there is none (a single-database index, or none yet).
std::string read_stub(const fs::path& index_dir) {
  std::ifstream in(index_dir / kStubName, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The databases a stub's text lists, in its order: each line's kind ("glass") and directory
// (relative to `index_dir`, where the stub is); a line without both has an empty kind.
// Comments and blank lines are skipped.
std::vector<std::pair<std::string, fs::path>> stub_entries(const fs::path& index_dir,
                                                           const std::string& stub) {
  std::vector<std::pair<std::string, fs::path>> out;
  std::istringstream lines(stub);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto space = line.find(' ');
    if (space == std::string::npos) {
      out.emplace_back();
      continue;
    }
    out.emplace_back(line.substr(0, space), index_dir / line.substr(space + 1));
  }
  return out;
}

std::vector<fs::path> stub_shards(const fs::path& index_dir) {
  std::vector<fs::path> out;
  for (auto& [kind, dir] : stub_entries(index_dir, read_stub(index_dir))) {
    if (!kind.empty()) out.push_back(dir);
  }
  return out;
}

// The index at `dir` opened as Xapian opens it, its shards also kept one by one in `parts`
// (Database::get_revision takes a single shard): one glass database, or the shards its stub
// `stub` lists, in the stub's order (what Xapian's own stub reading does). `parts` is left
// empty for a stub with other kinds of lines (remote shards), which is then opened by Xapian.
Xapian::Database open_index_dir(const fs::path& dir, const std::string& stub,
                                std::vector<Xapian::Database>& parts) {
  parts.clear();
  if (stub.empty()) {
    Xapian::Database one(dir.string());
    parts.push_back(one);
    return one;
  }
  const auto entries = stub_entries(dir, stub);
  for (const auto& [kind, shard] : entries) {
    if (kind != "glass") return Xapian::Database(dir.string());
  }
  Xapian::Database whole;
  for (const auto& [kind, shard] : entries) {
    Xapian::Database one(shard.string());
    whole.add_database(one);
    parts.push_back(std::move(one));
  }
  return whole;
}

std::uint64_t dir_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code file_ec;
    if (it->is_regular_file(file_ec)) {
      auto bytes = it->file_size(file_ec);
      if (!file_ec) total += bytes;
    }
  }
  return total;
}

// Replaces the stub listing `shard_names` (directories of `index_dir`) in one rename, so a
// reader opening the index sees either every old shard or every new one. Synced first: after a
// crash the stub names complete shards.
void replace_stub(const fs::path& index_dir, const std::vector<std::string>& shard_names) {
  fs::path tmp = index_dir / (std::string(kStubName) + ".tmp");
  std::string text;
  for (const auto& name : shard_names) text += "glass " + name + "\n";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  bool ok = fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
            ::fsync(fd) == 0;
  if (fd >= 0) ::close(fd);
  std::error_code ec;
  if (ok) fs::rename(tmp, index_dir / kStubName, ec);
  if (!ok || ec) {
    fs::remove(tmp, ec);
    throw CorpusError("corpus: cannot write " + quoted(index_dir / kStubName) + ": " +
                      std::strerror(errno));
  }
  int dir_fd = ::open(index_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

}  // namespace

// Where each document id lives in each shard of a read handle: shard uuid -> id term -> its
// docids there (none: not in that shard). Valid for one snapshot of the index; cleared when
// the handle reopens.
using DocidCache =
    std::unordered_map<std::string, std::unordered_map<std::string, std::vector<Xapian::docid>>>;

// The documents of `db` holding `term`, ascending.
static std::vector<Xapian::docid> docs_holding(const Xapian::Database& db,
                                               const std::string& term) {
  std::vector<Xapian::docid> docs;
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) docs.push_back(*p);
  return docs;
}

// The documents of `db` (a shard, or a whole index) holding `term` (an id term), looked up
// once per snapshot and kept in `where`, the cache of that database (DocidCache, by
// Database::get_uuid, which formats a string per call: taken once per search, not per id).
static const std::vector<Xapian::docid>& docids_of(
    const Xapian::Database& db, std::unordered_map<std::string, std::vector<Xapian::docid>>& where,
    const std::string& term) {
  auto it = where.find(term);
  if (it == where.end()) it = where.emplace(term, docs_holding(db, term)).first;
  return it->second;
}

// An unweighted posting source over a sorted list of a shard's docids, set by the subclass's
// init() (which also calls start()): the right side of OP_FILTER for IdFilter and QueryFilter.
class SortedDocs : public Xapian::PostingSource {
 public:
  Xapian::doccount get_termfreq_min() const override { return docs_->size(); }
  Xapian::doccount get_termfreq_est() const override { return docs_->size(); }
  Xapian::doccount get_termfreq_max() const override { return docs_->size(); }
  void next(double) override {
    if (started_) ++pos_;
    started_ = true;
  }
  void skip_to(Xapian::docid did, double) override {
    started_ = true;
    pos_ = static_cast<std::size_t>(
        std::lower_bound(docs_->begin() + static_cast<std::ptrdiff_t>(pos_), docs_->end(), did) -
        docs_->begin());
  }
  bool at_end() const override { return started_ && pos_ >= docs_->size(); }
  Xapian::docid get_docid() const override { return (*docs_)[pos_]; }

 protected:
  // `docs` (sorted, unique) must outlive the search.
  void start(const std::vector<Xapian::docid>* docs) {
    docs_ = docs;
    pos_ = 0;
    started_ = false;
  }

 private:
  const std::vector<Xapian::docid>* docs_ = nullptr;
  std::size_t pos_ = 0;
  bool started_ = false;
};

// Confines a search to documents named by id (Query::only_ids) without a term per id in the
// query. Naming them as an OR of their id terms opened a posting list per id in every search,
// a B-tree descent read through pread(2) each: in a re-check, whose confined searches name each
// search's earlier hits and hundreds of new sources, that was a third of the time at 200k
// documents (docs/performance.md, "Confined searches"). Here an id is looked up once per shard
// per snapshot and the search filters by a sorted list of docids. The filter is unweighted, as
// the right side of OP_FILTER always is, so scores are those of the same search unconfined.
// Xapian clones the source for each shard and calls init() with that shard alone, so the
// docids are the shard's own. Not serialisable: remote shards get the OR of id terms instead.
//
// A handle searching only its own shards looks the named documents up once, in the whole
// index, when it builds the query (Impl::build_query, `Whole`): each shard then takes its own
// docids from those, as Xapian interleaves shards (docid d of shard k of n is (d - 1) * n + k
// + 1), with no lookup. Looking each id up again in each shard, and hashing it once more per
// shard and search, put docids_of at 12.3% of a 1,000-story re-check's samples; 9.7% now
// (docs/performance.md, "Ids looked up once").
class IdFilter : public SortedDocs {
 public:
  // The shards of a whole index, by uuid in their order, and the named documents' docids in it
  // (sorted).
  struct Whole {
    std::vector<std::string> shard_uuids;
    std::vector<Xapian::docid> docids;
  };
  IdFilter(std::shared_ptr<const std::vector<std::string>> terms, std::shared_ptr<DocidCache> cache,
           std::shared_ptr<const Whole> whole = nullptr)
      : terms_(std::move(terms)), cache_(std::move(cache)), whole_(std::move(whole)) {}
  IdFilter* clone() const override { return new IdFilter(terms_, cache_, whole_); }
  void init(const Xapian::Database& shard) override {
    docids_.clear();
    const std::string uuid = shard.get_uuid();
    if (whole_) {
      const auto& uuids = whole_->shard_uuids;
      const auto at = std::find(uuids.begin(), uuids.end(), uuid);
      if (at != uuids.end() && std::count(uuids.begin(), uuids.end(), uuid) == 1) {
        const auto n = static_cast<Xapian::docid>(uuids.size());
        const auto k = static_cast<Xapian::docid>(at - uuids.begin());
        for (Xapian::docid d : whole_->docids) {
          if ((d - 1) % n == k) docids_.push_back((d - 1) / n + 1);
        }
        start(&docids_);
        return;
      }
    }
    auto& where = (*cache_)[uuid];
    for (const auto& term : *terms_) {
      const auto& found = docids_of(shard, where, term);
      docids_.insert(docids_.end(), found.begin(), found.end());
    }
    std::sort(docids_.begin(), docids_.end());
    docids_.erase(std::unique(docids_.begin(), docids_.end()), docids_.end());
    start(&docids_);
  }
  std::string get_description() const override { return "IdFilter"; }

 private:
  std::shared_ptr<const std::vector<std::string>> terms_;
  std::shared_ptr<DocidCache> cache_;
  std::shared_ptr<const Whole> whole_;
  std::vector<Xapian::docid> docids_;
};

// Query::filter_any in the index's terms: per group, its clauses, each a boolean query with a
// key naming it (its alternatives).
struct FilterClause {
  std::string key;  // its alternatives
  // In the index's terms: documents holding every term of one of `all_of`, or a term
  // beginning with one of `prefixes`.
  std::vector<std::vector<std::string>> all_of;
  std::vector<std::string> prefixes;
};
struct AnyFilter {
  std::vector<std::vector<FilterClause>> groups;
  std::string key;      // the whole filter
  Xapian::Query query;  // the same as one boolean query (remote shards)
};

// The documents of each shard matching one filter clause (one name's forms), by clause key,
// and of each whole filter, by filter key; for one snapshot of the index.
struct FilterCache {
  std::unordered_map<std::string, std::vector<Xapian::docid>> clauses, filters;
  std::size_t clause_entries = 0;  // docids held in `clauses`
};

// Confines a search to the documents Query::filter_any lets through. Each clause (a name and
// its forms) is matched once per shard and snapshot and kept, since an article's and a
// re-check's stories share names ("new", "reuters"); a group is the intersection of its
// clauses' documents, the filter the union of its groups, also kept. Searching with the same
// filter as one boolean query opened some 300 posting lists (the names' forms, once per pair)
// in every search, which made each search slower than no filter at all, and matching it as a
// whole took 7.5 ms per filter and shard at 200k documents, paid again for every story of a
// re-check (docs/performance.md, "Searching among the story's sources").
class QueryFilter : public SortedDocs {
 public:
  QueryFilter(std::shared_ptr<const AnyFilter> filter,
              std::shared_ptr<std::unordered_map<std::string, FilterCache>> cache)
      : filter_(std::move(filter)), cache_(std::move(cache)) {}
  QueryFilter* clone() const override { return new QueryFilter(filter_, cache_); }
  void init(const Xapian::Database& shard) override {
    // Into the cache, which no one clears while a search runs (one thread per handle).
    start(&documents(shard, (*cache_)[shard.get_uuid()], *filter_));
  }

  // The documents of `db` (a shard, or a whole index) that `filter` lets through, sorted;
  // matched on first need and kept in `where`, the cache of that database.
  static const std::vector<Xapian::docid>& documents(const Xapian::Database& db, FilterCache& where,
                                                     const AnyFilter& filter) {
    auto it = where.filters.find(filter.key);
    if (it != where.filters.end()) return it->second;
    std::vector<Xapian::docid> any;
    for (const auto& group : filter.groups) {
      std::vector<const std::vector<Xapian::docid>*> sets;
      for (const auto& clause : group) sets.push_back(&clause_docs(db, where, clause));
      std::sort(sets.begin(), sets.end(),
                [](const auto* a, const auto* b) { return a->size() < b->size(); });
      // The smallest set's documents found in every other (binary search: names are often
      // one rare and one common).
      for (Xapian::docid d : *sets.front()) {
        bool all = std::all_of(sets.begin() + 1, sets.end(), [&](const auto* set) {
          return std::binary_search(set->begin(), set->end(), d);
        });
        if (all) any.push_back(d);
      }
    }
    std::sort(any.begin(), any.end());
    any.erase(std::unique(any.begin(), any.end()), any.end());
    return where.filters.emplace(filter.key, std::move(any)).first->second;
  }
  // Whether a document of `terms` is among the documents() of `filter`: the same test, from
  // the document's terms instead of the terms' posting lists.
  static bool admits(const detail::TermLists::Doc& terms, const AnyFilter& filter) {
    auto clause_holds = [&](const FilterClause& clause) {
      for (const auto& all : clause.all_of) {
        if (std::all_of(all.begin(), all.end(),
                        [&](const std::string& t) { return terms.wdf_of(t).has_value(); }))
          return true;
      }
      return std::any_of(clause.prefixes.begin(), clause.prefixes.end(),
                         [&](const std::string& p) { return terms.holds_prefix(p); });
    };
    return std::any_of(filter.groups.begin(), filter.groups.end(), [&](const auto& group) {
      return std::all_of(group.begin(), group.end(), clause_holds);
    });
  }
  std::string get_description() const override { return "QueryFilter"; }

 private:
  // The shard's documents matching one clause, sorted; matched on first need.
  // Read from the terms' posting lists: matching the clause's query through Enquire kept an
  // MSet sized for the whole database (a 12% share of a check at 200,000 documents).
  static const std::vector<Xapian::docid>& clause_docs(const Xapian::Database& db,
                                                       FilterCache& where,
                                                       const FilterClause& clause) {
    auto it = where.clauses.find(clause.key);
    if (it != where.clauses.end()) return it->second;
    // Each posting list is ascending: merged in as read, not sorted at the end (sorting the
    // union of a common name's forms was a quarter of building a filter).
    std::vector<Xapian::docid> found;
    auto add = [&found](const std::vector<Xapian::docid>& docs) {
      const auto middle = static_cast<std::ptrdiff_t>(found.size());
      found.insert(found.end(), docs.begin(), docs.end());
      std::inplace_merge(found.begin(), found.begin() + middle, found.end());
    };
    for (const auto& all : clause.all_of) {
      std::vector<Xapian::docid> both = docs_holding(db, all[0]);
      for (std::size_t k = 1; k < all.size() && !both.empty(); ++k) {
        std::vector<Xapian::docid> next = docs_holding(db, all[k]), kept;
        std::set_intersection(both.begin(), both.end(), next.begin(), next.end(),
                              std::back_inserter(kept));
        both = std::move(kept);
      }
      add(both);
    }
    for (const auto& prefix : clause.prefixes) {
      for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        add(docs_holding(db, *t));
      }
    }
    found.erase(std::unique(found.begin(), found.end()), found.end());
    where.clause_entries += found.size();
    return where.clauses.emplace(clause.key, std::move(found)).first->second;
  }

  std::shared_ptr<const AnyFilter> filter_;
  std::shared_ptr<std::unordered_map<std::string, FilterCache>> cache_;
};

// Copies a stored annotation and its version into `d`; both stay "" for a document stored
// without one (before annotators existed, or by a writer without one).
static void read_annotation(const Xapian::Document& x, Document& d) {
  d.annotation_version = x.get_value(kSlotAnnotationVersion);
  if (!d.annotation_version.empty()) d.annotation = x.get_value(kSlotAnnotation);
}

struct Corpus::Impl {
  fs::path home, index_dir, db_path;
  Mode mode = Mode::kRead;
  std::vector<std::unique_ptr<ShardWriter>> shards;  // kWrite only; routed by route_hash(id)
  Xapian::Database own;                              // this corpus's index: all its shards
  Xapian::Database combined;  // own + added shards, once there are added shards
  bool has_shards = false;
  std::vector<Xapian::Database> added;  // the added shards, to rebuild `combined`
  bool has_remote = false;              // an added shard is xapian-tcpsrv's (no IdFilter)
  // Read handles only: a writer's snapshot moves with every commit it makes.
  std::shared_ptr<DocidCache> docids = std::make_shared<DocidCache>();
  // A cache of a few hundred thousand ids is a few tens of MB; past that it starts over.
  static constexpr std::size_t kMaxCachedIds = 500000;
  // The documents of Query::filter_any's clauses and filters (QueryFilter), for the same
  // snapshot. A check uses one filter of up to six names, a re-check one per story. Most
  // names are rare, but a common word among them ("new") holds a good part of a shard (4
  // bytes a document), so past a million docids (4 MB) in clauses it starts over, and past 32
  // filters the filters do (bound_filter_cache). A 1,000-story re-check at 200k documents ran
  // as fast with a million as with four (16.8 against 16.5 s) and peaked at 477 MB against
  // 598 MB (docs/performance.md).
  std::shared_ptr<std::unordered_map<std::string, FilterCache>> filter_docids =
      std::make_shared<std::unordered_map<std::string, FilterCache>>();
  static constexpr std::size_t kMaxCachedClauseEntries = 1u << 20;
  static constexpr std::size_t kMaxCachedFilters = 32;
  // The postings of the stories' documents (story_match.h), by snapshot and filter key:
  // this handle's, or shared with the other read handles of an engine (share_story_sets),
  // which search the same story at the same time. A check uses one story, a re-check one per
  // story; a story of common names holds some 30,000 documents of 200,000 and a few million
  // pairs over a check's terms, so past 4 stories or 8 million pairs (some 100 MB) it starts
  // over. A set being made is waited for, not made twice.
  struct StorySets {
    std::mutex mu;
    std::unordered_map<std::string, std::shared_future<std::shared_ptr<detail::DocSetPostings>>>
        sets;
    void clear() {
      std::lock_guard lock(mu);
      sets.clear();
    }
  };
  std::shared_ptr<StorySets> story_sets = std::make_shared<StorySets>();
  // The shards of `own` one by one, when it was opened from local glass shards (read handles):
  // their revisions tell two handles at the same snapshot (snapshot_key).
  std::vector<Xapian::Database> own_parts;
  // Per-document working space of this handle's searches (one thread at a time).
  mutable detail::MatchScratch scratch;
  static constexpr std::size_t kMaxStorySets = 4;
  static constexpr std::size_t kMaxStoryEntries = 8u << 20;
  // Query::filter_any as built (any_filter), by its names; they do not depend on the index.
  mutable std::unordered_map<std::string, std::shared_ptr<const AnyFilter>> any_filters;
  static constexpr std::size_t kMaxAnyFilters = 64;
  // Read handles only: each hit's content hash by docid, for the same snapshot. A check's
  // searches return the same few hundred documents again and again (20 hits each, some 140
  // searches), and each value Glass reads is a lookup of one to three blocks: the hashes were
  // a third of a check's block reads. Some 100 bytes a document; past 100,000 it starts over.
  mutable std::unordered_map<Xapian::docid, std::string> hash_of;
  // Read handles only: the whole index's term frequencies, for the same snapshot, shared by the
  // story sets and every confined search's set (DocSetPostings::TermFreqs). A few dozen bytes
  // a term; past 200,000 terms it starts over (before a search, so none is freed under it).
  mutable detail::DocSetPostings::TermFreqs termfreqs;
  static constexpr std::size_t kMaxCachedTermFreqs = 200000;
  // Read handles only: the terms of the documents a re-check's confined searches name, for the
  // same snapshot (story_match.h; bounded there).
  mutable detail::TermLists termlists;
  // Whether the filter of the last confined search admits each document named so far: a
  // story's confined searches share its filter and mostly name the same documents.
  struct Admitted {
    std::string filter;  // AnyFilter::key
    std::unordered_map<Xapian::docid, bool> docs;
    void clear() {
      filter.clear();
      docs.clear();
    }
  };
  mutable Admitted admitted;
  static constexpr std::size_t kMaxCachedHashes = 100000;
  std::string stub_text;  // the stub as the index was opened (compact() swaps it)
  Sqlite db;
  bool has_table = false;
  std::unique_ptr<Statement> select_hash, upsert, delete_row, set_meta;
  // remember()'s, made on first use.
  std::unique_ptr<Statement> seen_select, seen_insert, seen_update;
  // The JSON Lines inputs of the current ingest, which remember() numbers its records' by.
  std::vector<std::string> ingest_inputs;
  Xapian::Stem stemmer{"english"};
  mutable Xapian::TermGenerator query_tokenizer;
  mutable simdjson::dom::parser data_parser;
  simdjson::dom::parser jsonl_parser;

  Annotator annotator;
  std::string annotator_version;

  // The open batch. A deque so that jobs handed to workers keep their address as it grows.
  std::deque<Job> pending;
  std::unordered_map<std::string, std::string> pending_hash;  // id -> hash queued this batch
  std::size_t pending_bytes = 0;

  static constexpr int kWriteFlags = Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS;

  const Xapian::Database& search_db() const { return has_shards ? combined : own; }

  // A read handle's reopen(): to the latest commit of the same shards, or, when compact() has
  // replaced them (the stub changed), to the new shards: the old ones may be gone already.
  void reopen_reader() {
    docids->clear();  // document numbers belong to the snapshot being replaced
    filter_docids->clear();
    story_sets->clear();
    hash_of.clear();
    termfreqs.clear();
    termlists.clear();
    admitted.clear();
    if (std::string now = read_stub(index_dir); now != stub_text && !now.empty()) {
      std::vector<Xapian::Database> parts;
      Xapian::Database fresh = open_index_dir(index_dir, now, parts);
      own_parts = std::move(parts);
      stub_text = std::move(now);
      own = std::move(fresh);
      if (has_shards) {
        combined = Xapian::Database();
        combined.add_database(own);
        for (auto& shard : added) combined.add_database(shard);
      }
      return;
    }
    (has_shards ? combined : own).reopen();
  }
  bool writable() const { return !shards.empty(); }

  // Whether a read that a writer's commits interrupted (Xapian's DatabaseModifiedError) may be
  // tried again: a read handle, within locking::lock_timeout_ms() of `start` (an ingest
  // committing four times a second can interrupt a long read several times running). After
  // the third try it waits a little, so the writer's next commit is not raced.
  bool retry_read(std::chrono::steady_clock::time_point start, int attempt) const {
    if (mode != Mode::kRead) return false;
    if (attempt >= 3) {
      if (std::chrono::steady_clock::now() - start >=
          std::chrono::milliseconds(locking::lock_timeout_ms()))
        return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
  }

  // Runs a read of the index, `doing` naming it in errors. On a read handle, a writer that
  // committed more than once since the handle's snapshot (an ingest under a long re-check)
  // discards the revision being read (Xapian's DatabaseModifiedError): the handle reopens to
  // the latest commit and the read is tried again (retry_read).
  template <class F>
  auto reading(std::string_view doing, F&& read) -> decltype(read()) {
    const auto start = std::chrono::steady_clock::now();
    for (int attempt = 0;; ++attempt) {
      try {
        return read();
      } catch (const Xapian::DatabaseModifiedError& e) {
        if (!retry_read(start, attempt)) throw xapian_error(e, index_dir, doing);
        reopen_reader();
      } catch (const Xapian::Error& e) {
        throw xapian_error(e, index_dir, doing);
      }
    }
  }

  // The content hash of `x` (docid `did` of search_db()), through hash_of on a read handle.
  std::string hash_at(const Xapian::Document& x, Xapian::docid did) const {
    if (mode != Mode::kRead) return x.get_value(kSlotHash);
    if (auto it = hash_of.find(did); it != hash_of.end()) return it->second;
    if (hash_of.size() >= kMaxCachedHashes) hash_of.clear();
    return hash_of.emplace(did, x.get_value(kSlotHash)).first->second;
  }

  void open_index() {
    docids->clear();  // document numbers belong to the snapshot being replaced
    filter_docids->clear();
    story_sets->clear();
    own_parts.clear();
    hash_of.clear();
    termfreqs.clear();
    termlists.clear();
    admitted.clear();
    try {
      if (mode == Mode::kWrite) {
        open_writers();
        own = Xapian::Database();
        for (auto& s : shards) own.add_database(s->db());
      } else if (std::error_code ec; fs::exists(index_dir, ec) && !fs::is_empty(index_dir, ec)) {
        // Opens a single glass database or, through the stub file, every shard.
        stub_text = read_stub(index_dir);
        own = open_index_dir(index_dir, stub_text, own_parts);
      }
    } catch (const Xapian::Error& e) {
      throw xapian_error(e, index_dir, "open");
    }
  }

  // An index written before sharding (HOME/index is itself a glass database) stays one shard;
  // a new index gets kShards shards under HOME/index/shard-N plus the stub that lists them.
  void open_writers() {
    std::error_code ec;
    if (fs::exists(index_dir / "iamglass", ec)) {
      shards.push_back(std::make_unique<ShardWriter>(index_dir, kWriteFlags));
      return;
    }
    std::vector<fs::path> dirs = stub_shards(index_dir);
    if (dirs.empty()) {
      create_index();
      dirs = stub_shards(index_dir);
      if (dirs.empty()) throw CorpusError("corpus: cannot create index at " + quoted(index_dir));
    }
    for (const auto& dir : dirs) shards.push_back(std::make_unique<ShardWriter>(dir, kWriteFlags));
  }

  // Builds a new index's shards and stub in HOME/.index-new-PID and renames that into place
  // whole. Creating a shard is several files; a crash in between leaves a directory Xapian
  // refuses to open ("Failed to open glass revision file"), which in HOME/index would stop
  // every later add. A creation cut short now leaves only its scratch directory, removed by
  // the next creation. Two processes creating at once: the first rename wins, the other's
  // fails and it opens the winner's index.
  void create_index() {
    std::error_code ec;
    const std::string scratch_prefix = ".index-new-";
    for (const auto& entry : fs::directory_iterator(home, ec)) {
      std::string name = entry.path().filename().string();
      if (!name.starts_with(scratch_prefix)) continue;
      pid_t owner = static_cast<pid_t>(std::atoll(name.c_str() + scratch_prefix.size()));
      if (owner <= 0 || owner == getpid() || (kill(owner, 0) != 0 && errno == ESRCH)) {
        fs::remove_all(entry.path(), ec);
      }
    }
    fs::path scratch = home / (scratch_prefix + std::to_string(getpid()));
    fs::create_directories(scratch, ec);
    if (ec) throw CorpusError("corpus: cannot create " + quoted(scratch) + ": " + ec.message());
    {
      std::ofstream stub(scratch / kStubName, std::ios::trunc);
      for (std::size_t i = 0; i < kShards; ++i) {
        std::string name = "shard-" + std::to_string(i);
        try {
          Xapian::WritableDatabase((scratch / name).string(),
                                   Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
        } catch (const Xapian::Error& e) {
          throw xapian_error(e, scratch / name, "create");
        }
        stub << "glass " << name << "\n";
      }
      if (!stub.flush()) throw CorpusError("corpus: cannot write " + quoted(scratch / kStubName));
    }
    // Shards left in HOME/index by a creation cut short before this scheme hold nothing:
    // documents are only ever written once the stub exists.
    for (std::size_t i = 0; i < kShards; ++i) {
      fs::path leftover = index_dir / ("shard-" + std::to_string(i));
      if (fs::exists(leftover, ec) && !fs::exists(leftover / "iamglass", ec)) {
        fs::remove_all(leftover, ec);
      }
    }
    fs::remove(index_dir / (std::string(kStubName) + ".tmp"), ec);
    // rename() replaces an empty directory; a non-empty one means another process won.
    fs::rename(scratch, index_dir, ec);
    if (ec) fs::remove_all(scratch, ec);
  }

  ShardWriter& shard_of(std::string_view id) { return *shards[route_hash(id) % shards.size()]; }

  // Worker threads run for the length of one add_* call (Session) and are joined after it.
  void start_workers() {
    for (auto& s : shards) s->start();
  }
  void stop_workers() {
    for (auto& s : shards) s->stop();
  }
  struct Session {
    explicit Session(Impl& im) : im_(im) { im_.start_workers(); }
    ~Session() { im_.stop_workers(); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    Impl& im_;
  };

  void open_store() {
    if (mode == Mode::kWrite) {
      db.open(db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      db.exec("PRAGMA journal_mode=WAL");
      db.exec(kSchema);
      has_table = true;
      select_hash = std::make_unique<Statement>(db, "SELECT hash FROM documents WHERE id = ?1");
      upsert = std::make_unique<Statement>(
          db,
          "INSERT INTO documents(id, url, title, published, source, tier, hash, bytes, "
          "indexed_at, generation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
          "ON CONFLICT(id) DO UPDATE SET "
          "url = excluded.url, title = excluded.title, published = excluded.published, "
          "source = excluded.source, tier = excluded.tier, hash = excluded.hash, "
          "bytes = excluded.bytes, indexed_at = excluded.indexed_at, "
          "generation = excluded.generation");
      delete_row = std::make_unique<Statement>(db, "DELETE FROM documents WHERE id = ?1");
      set_meta = std::make_unique<Statement>(
          db,
          "INSERT INTO corpus_meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET "
          "value = excluded.value");
      return;
    }
    // Reading never creates the file: a home without a corpus is simply empty.
    if (!fs::exists(db_path)) return;
    db.open(db_path, SQLITE_OPEN_READWRITE);
    Statement probe(db,
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                    "'documents'");
    has_table = probe.step() && probe.integer(0) > 0;
    probe.done();
  }

  std::string listed_hash(const std::string& id) {
    if (auto it = pending_hash.find(id); it != pending_hash.end()) return it->second;
    select_hash->bind(1, id);
    std::string h = select_hash->step() ? select_hash->text(0) : "";
    select_hash->done();
    return h;
  }

  // Routes one validated document to its shard's worker; flushes when the batch is full.
  // Counting waits for the flush, where the workers' outcomes are known.
  // `hash`: document_hash(d) when the caller has it already.
  void add_one(const Document& d, IngestRun& run, std::string hash = {},
               std::optional<Job::Repeat> repeat = std::nullopt) {
    Job& job = pending.emplace_back();
    job.repeat = repeat;
    job.doc = d;
    job.hash = hash.empty() ? document_hash(d) : std::move(hash);
    job.term = id_term(d.id);
    job.table_current = listed_hash(d.id) == job.hash;
    pending_hash[d.id] = job.hash;
    pending_bytes += d.text.size() + 256;
    shard_of(d.id).push(&job);
    run.tick();
    if (pending.size() >= kBatchDocs || pending_bytes >= kBatchBytes) {
      flush(&run.report);
    }
  }

  // One batch: the workers drain their queues; then one SQLite transaction spans the Xapian
  // commits of every shard (run in parallel), so a crash leaves at worst some shards ahead of
  // SQLite, which the next add of those ids repairs.
  void flush(IngestReport* report = nullptr) {
    if (pending.empty()) return;
    start_workers();  // a flush after an interrupted session finds them stopped
    auto start = std::chrono::steady_clock::now();
    auto drop = [&] {
      pending.clear();
      pending_hash.clear();
      pending_bytes = 0;
    };
    bool in_txn = false;
    try {
      for (auto& s : shards) s->wait_idle();
      // Index already current and listed: nothing to write. Index current but the table
      // behind (a crash between the two commits): rewrite the row, still a skip.
      auto needs_row = [](const Job& job) {
        return !(job.outcome == Job::Outcome::kSkipped && job.table_current);
      };
      for (const Job& job : pending) {
        if (!report) break;
        if (job.repeat) {
          ++report->repeated;
          if (job.repeat->was != job.repeat->now) {
            // The earlier record was counted in this batch or an earlier one of the same run.
            std::size_t& was = count_of(*report, job.repeat->was);
            if (was > 0) --was;
            ++count_of(*report, job.repeat->now);
          }
          continue;
        }
        switch (job.outcome) {
          case Job::Outcome::kAdded:
            ++report->added;
            break;
          case Job::Outcome::kUpdated:
            ++report->updated;
            break;
          case Job::Outcome::kSkipped:
            ++report->skipped;
            break;
        }
      }
      // A batch of skips changes nothing, so it must not bump the generation. Its shards'
      // transactions, empty, are ended (a commit with nothing to write writes nothing).
      if (std::none_of(pending.begin(), pending.end(), needs_row)) {
        for (auto& s : shards) s->push(nullptr);
        for (auto& s : shards) s->wait_idle();
        drop();
        return;
      }
      db.exec("BEGIN IMMEDIATE");
      in_txn = true;
      std::string now = detail::utc_now();
      std::int64_t gen = next_generation();
      for (const Job& job : pending) {
        if (!needs_row(job)) continue;
        const Document& d = job.doc;
        upsert->bind(1, d.id)
            .bind(2, d.url)
            .bind(3, d.title)
            .bind_or_null(4, d.published)
            .bind(5, d.source)
            .bind(6, static_cast<std::int64_t>(d.tier))
            .bind(7, job.hash)
            .bind(8, static_cast<std::int64_t>(d.text.size()))
            .bind(9, now)
            .bind(10, gen);
        upsert->step();
        upsert->done();
      }
      touch(now);
      for (auto& s : shards) s->push(nullptr);
      for (auto& s : shards) s->wait_idle();
      db.exec("COMMIT");
    } catch (...) {
      if (in_txn) sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
      // Other workers may still be busy with this batch; its jobs must outlive them. Then
      // the index drops the batch too, so it stays what the table lists.
      for (auto& s : shards) {
        try {
          s->wait_idle();
          s->cancel();
        } catch (...) {
        }
      }
      drop();
      throw;
    }
    spdlog::debug("corpus: committed {} documents in {:.3f} s", pending.size(),
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    drop();
  }

  // Every committed change bumps the generation by one; re-checks ask what changed since one.
  // Called inside the batch's SQLite transaction.
  std::int64_t next_generation() {
    Statement q(db, "SELECT CAST(value AS INTEGER) FROM corpus_meta WHERE key = 'generation'");
    std::int64_t gen = (q.step() ? q.integer(0) : 0) + 1;
    q.done();
    set_meta->bind(1, std::string_view("generation")).bind(2, std::to_string(gen));
    set_meta->step();
    set_meta->done();
    return gen;
  }

  void touch(const std::string& now) {
    set_meta->bind(1, std::string_view("last_change")).bind(2, now);
    set_meta->step();
    set_meta->done();
  }

  static std::size_t& count_of(IngestReport& report, Job::Outcome outcome) {
    switch (outcome) {
      case Job::Outcome::kAdded:
        return report.added;
      case Job::Outcome::kUpdated:
        return report.updated;
      case Job::Outcome::kSkipped:
        break;
    }
    return report.skipped;
  }

  // What a record with content `hash` makes of an id the corpus listed with `before` ("" for
  // none) when the input began.
  static Job::Outcome outcome_against(const std::string& before, const std::string& hash) {
    if (before.empty()) return Job::Outcome::kAdded;
    return before == hash ? Job::Outcome::kSkipped : Job::Outcome::kUpdated;
  }

  // An earlier record of the current ingest with the same id: its input (an index into
  // ingest_inputs) and line, and the id's hash in the corpus before the ingest and in that
  // record.
  struct Seen {
    std::size_t input = 0;
    std::size_t line = 0;
    std::string before, last;
  };

  // Starts an ingest (one add_* call): no id has been seen in it yet.
  void begin_ingest() {
    ingest_inputs.clear();
    if (seen_select) db.exec("DELETE FROM temp.input_ids");
  }

  // Looks `id` up among the current ingest's records so far and records this one (`input`,
  // `line`, `hash`) as its last. The ids live in a TEMP table of this connection (on disk, as
  // SQLite's other temporary files), so a large input does not grow the writer's memory.
  std::optional<Seen> remember(const std::string& id, std::size_t input, std::size_t line,
                               const std::string& hash) {
    if (!seen_select) {
      // TEMP writes happen between the batch transactions: no journal, nothing to roll back.
      db.exec(
          "PRAGMA temp.journal_mode = OFF;"
          "CREATE TEMP TABLE IF NOT EXISTS input_ids (id TEXT PRIMARY KEY, input INTEGER NOT "
          "NULL, line INTEGER NOT NULL, before TEXT NOT NULL, last TEXT NOT NULL) WITHOUT ROWID");
      seen_select = std::make_unique<Statement>(
          db, "SELECT input, line, before, last FROM temp.input_ids WHERE id = ?1");
      seen_insert = std::make_unique<Statement>(
          db,
          "INSERT INTO temp.input_ids(id, input, line, before, last) VALUES (?1, ?2, ?3, ?4, ?5)");
      seen_update = std::make_unique<Statement>(
          db, "UPDATE temp.input_ids SET input = ?2, line = ?3, last = ?4 WHERE id = ?1");
    }
    std::optional<Seen> seen;
    seen_select->bind(1, id);
    if (seen_select->step()) {
      seen = Seen{static_cast<std::size_t>(seen_select->integer(0)),
                  static_cast<std::size_t>(seen_select->integer(1)), seen_select->text(2),
                  seen_select->text(3)};
    }
    seen_select->done();
    if (seen) {
      seen_update->bind(1, id)
          .bind(2, static_cast<std::int64_t>(input))
          .bind(3, static_cast<std::int64_t>(line))
          .bind(4, hash);
      seen_update->step();
      seen_update->done();
    } else {
      // Read before add_one() queues this record: what the corpus held until now.
      seen_insert->bind(1, id)
          .bind(2, static_cast<std::int64_t>(input))
          .bind(3, static_cast<std::int64_t>(line))
          .bind(4, listed_hash(id))
          .bind(5, hash);
      seen_insert->step();
      seen_insert->done();
    }
    return seen;
  }

  // `named_file`: a file the user named, whose holding no record at all is a problem (as an
  // empty .txt is); a stream (stdin) with nothing in it is simply nothing to add.
  void ingest_jsonl(std::istream& in, const std::string& origin, IngestRun& run,
                    bool named_file = false) {
    detail::JsonlReader reader(in, origin);
    detail::SourceResult r;
    std::size_t counted = 0;
    std::size_t records = 0;
    std::size_t repeats = 0;
    std::size_t good = 0;
    // The first kMaxMessagesPerInput problems, and how many others: a binary file named
    // .jsonl is tens of thousands of "lines", each a problem.
    std::vector<std::string> problems;
    std::size_t rejected = 0;
    const std::size_t input = ingest_inputs.size();
    ingest_inputs.push_back(origin);
    while (reader.next(r, jsonl_parser)) {
      ++records;
      run.bytes += reader.bytes() - counted;
      counted = reader.bytes();
      if (r.doc) {
        // The later record wins, as it always did; but a repeated id is most often a mistake
        // (two stories given one id), and the earlier one's text is lost: said, not silent.
        std::string hash = document_hash(*r.doc);
        auto seen = remember(r.doc->id, input, reader.line(), hash);
        std::optional<Job::Repeat> repeat;
        if (seen) {
          if (++repeats <= kMaxMessagesPerInput) {
            // The earlier record's place: its line in this input, or its input and line.
            const std::string earlier =
                (seen->input == input ? "line " : ingest_inputs.at(seen->input) + ":") +
                std::to_string(seen->line);
            run.report.warnings.push_back(origin + ":" + std::to_string(reader.line()) + ": id '" +
                                          shown_id(r.doc->id) + "' repeats " + earlier +
                                          "; the later record is kept");
          }
          repeat = Job::Repeat{outcome_against(seen->before, seen->last),
                               outcome_against(seen->before, hash)};
        }
        add_one(*r.doc, run, std::move(hash), repeat);
        ++good;
      } else {
        if (++rejected <= kMaxMessagesPerInput) problems.push_back(std::move(r.problem));
        run.count_rejected();
      }
    }
    // Every line is still read, so that no good record of a damaged file is lost; but a file
    // of which nothing could be read and that holds a NUL byte is said to be binary, once.
    if (good == 0 && rejected > 1 && reader.first_nul() && !reader.stopped()) {
      run.report.problems.push_back(
          origin + ": binary file (NUL byte at offset " + std::to_string(*reader.first_nul()) +
          "), not JSON Lines; all " + std::to_string(rejected) + " of its lines are rejected");
    } else {
      for (auto& p : problems) run.report.problems.push_back(std::move(p));
      if (rejected > kMaxMessagesPerInput) {
        run.report.problems.push_back("… and " + std::to_string(rejected - kMaxMessagesPerInput) +
                                      " more rejected lines in " + origin);
      }
    }
    if (repeats > kMaxMessagesPerInput) {
      run.report.warnings.push_back("… and " + std::to_string(repeats - kMaxMessagesPerInput) +
                                    " more repeated ids in " + origin);
    }
    run.bytes += reader.bytes() - counted;
    if (in.bad()) {
      run.reject(origin + ":" + std::to_string(reader.line() + 1) + ": read error");
    } else if (named_file && records == 0) {
      run.reject(origin + (reader.bytes() == 0 ? ": empty file"
                                               : ": no JSON Lines records (only blank lines)"));
    }
  }

  void ingest_file(const fs::path& file, detail::FileKind kind, const std::string& id,
                   IngestRun& run) {
    std::string shown = file.string();
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      run.reject(shown + ": cannot read: " + std::strerror(errno));
      return;
    }
    if (kind == detail::FileKind::kJsonl) {
      ingest_jsonl(in, shown, run, /*named_file=*/true);
      return;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    run.bytes += bytes.size();
    std::error_code ec;
    fs::path abs = fs::absolute(file, ec).lexically_normal();
    auto r = detail::document_from_file(bytes, kind, id, "file://" + abs.string(), shown);
    if (r.doc) {
      add_one(*r.doc, run);
    } else {
      run.reject(std::move(r.problem));
    }
  }

  // A path as add_path takes it: a directory, a .jsonl file or one source file.
  void ingest_path(const fs::path& path, IngestRun& run) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      run.reject(path.string() + ": no such file or directory");
      return;
    }
    if (fs::is_directory(path, ec)) {
      std::vector<std::pair<fs::path, detail::FileKind>> files;
      auto it =
          fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code entry_ec;  // a vanished or unreadable entry must not end the walk
        if (is_hidden(it->path())) {
          if (it->is_directory(entry_ec)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(entry_ec)) continue;
        auto kind = detail::file_kind(it->path());
        if (kind == detail::FileKind::kNone) continue;
        files.emplace_back(it->path(), kind);
        auto bytes = it->file_size(entry_ec);
        if (!entry_ec) run.total += bytes;
      }
      if (ec) run.reject(path.string() + ": cannot list directory: " + ec.message());
      // Sorted so that ingest order (and so "last wins" among duplicate ids) is reproducible.
      std::sort(files.begin(), files.end());
      for (const auto& [file, kind] : files) {
        ingest_file(file, kind, file.lexically_relative(path).generic_string(), run);
      }
      return;
    }
    auto kind = detail::file_kind(path);
    if (kind == detail::FileKind::kNone) {
      run.reject(path.string() + ": unsupported file type (expected .txt .md .html .htm .jsonl)");
      return;
    }
    auto bytes = fs::file_size(path, ec);
    run.total = ec ? 0 : bytes;
    ingest_file(path, kind, path.filename().string(), run);
  }

  void finish(IngestRun& run, std::string_view what, std::chrono::steady_clock::time_point start) {
    flush(&run.report);
    if (run.progress && *run.progress) (*run.progress)(run.records, run.bytes, run.total);
    const auto& r = run.report;
    spdlog::info(
        "corpus: {}: added {}, updated {}, skipped {}, rejected {}, repeated {} in {:.2f} s", what,
        r.added, r.updated, r.skipped, r.rejected, r.repeated,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }

  void require_writer() const {
    if (!writable())
      throw CorpusError("corpus: opened read-only; open with Mode::kWrite to change it");
  }

  // Words of one query alternative exactly as TermGenerator splits them, in order, each with
  // its stemmed term ("Z...") when TermGenerator would have made one.
  struct Word {
    std::string raw, stemmed;
  };
  // words_of's answers, by alternative; they do not depend on the index.
  mutable std::unordered_map<std::string, std::vector<Word>> words_known;
  static constexpr std::size_t kMaxWordsKnown = 4096;
  // Remembered per handle (bounded): a check's searches repeat the same alternatives.
  const std::vector<Word>& words_of(const std::string& alternative) const {
    if (auto it = words_known.find(alternative); it != words_known.end()) return it->second;
    if (words_known.size() >= kMaxWordsKnown) words_known.clear();
    return words_known.emplace(alternative, tokenize_words(alternative)).first->second;
  }

  std::vector<Word> tokenize_words(const std::string& alternative) const {
    Xapian::Document scratch;
    query_tokenizer.set_document(scratch);
    query_tokenizer.index_text(fold(alternative));
    std::vector<std::pair<Xapian::termpos, std::string>> positioned;
    std::unordered_set<std::string> stems;
    for (auto t = scratch.termlist_begin(); t != scratch.termlist_end(); ++t) {
      const std::string term = *t;
      if (!term.empty() && term[0] == 'Z') stems.insert(term);
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
        positioned.emplace_back(*p, term);
      }
    }
    std::sort(positioned.begin(), positioned.end());
    std::vector<Word> words;
    for (auto& [pos, term] : positioned) {
      std::string z("Z");
      z += stemmer(term);
      words.push_back({term, stems.count(z) ? z : std::string()});
    }
    return words;
  }

  // A ranking-only phrase ("take over", "agreed to buy") whose every word is common in a large
  // index: left out. Its weight is the sum of its words' BM25 weights, small for words in one
  // document in fifty, while checking its positions in every document holding its words was
  // most of a search's time on wire copy (docs/performance.md, "Phrases of common words":
  // 19% of the searches' time at 200k documents, the slowest search 900 -> 360 ms, verdicts on
  // the dev gold mixed into 200k documents unchanged). Small indexes keep every phrase: there a
  // word in 2% of the documents is in a handful, and positions are cheap.
  static constexpr Xapian::doccount kCommonPhraseMinDocs = 2000;
  static constexpr double kCommonPhraseWordShare = 0.02;
  bool common_phrase(const std::vector<Word>& words) const {
    const auto& db = search_db();
    const double docs = db.get_doccount();
    if (docs < kCommonPhraseMinDocs) return false;
    for (const auto& w : words) {
      if (db.get_termfreq(w.raw) < kCommonPhraseWordShare * docs) return false;
    }
    return true;
  }

  // Query::filter_any in the index's terms, or null when it lets everything through (empty,
  // or a word the index cannot hold). Built once per handle: a check's searches share one
  // filter, and building it (tokenizing and stemming each name) was 4% of a check's time.
  std::shared_ptr<const AnyFilter> any_filter(
      const std::vector<std::vector<std::vector<std::string>>>& groups) const {
    if (groups.empty()) return nullptr;
    std::string key;
    for (const auto& group : groups) {
      for (const auto& clause : group) {
        for (const auto& alt : clause) (key += alt) += '\0';
        key += '\1';
      }
      key += '\2';
    }
    if (auto it = any_filters.find(key); it != any_filters.end()) return it->second;
    if (any_filters.size() >= kMaxAnyFilters) any_filters.clear();
    auto built = build_any_filter(groups);
    return any_filters
        .emplace(std::move(key),
                 built ? std::make_shared<const AnyFilter>(std::move(*built)) : nullptr)
        .first->second;
  }

  std::optional<AnyFilter> build_any_filter(
      const std::vector<std::vector<std::vector<std::string>>>& groups) const {
    if (groups.empty()) return std::nullopt;
    AnyFilter out;
    std::vector<Xapian::Query> any;
    for (const auto& group : groups) {
      auto& clauses = out.groups.emplace_back();
      std::vector<Xapian::Query> all;
      for (const auto& clause : group) {
        std::vector<Xapian::Query> alts;
        FilterClause fc;
        for (const auto& alt : clause) {
          fc.key += alt;
          fc.key += '\0';
          // A term as the index holds it (publisher_filter_word).
          if (!alt.empty() && alt[0] == '\x01') {
            alts.emplace_back(alt.substr(1));
            fc.all_of.push_back({alt.substr(1)});
            continue;
          }
          const bool prefix = !alt.empty() && alt.back() == '*';
          auto words = words_of(prefix ? alt.substr(0, alt.size() - 1) : alt);
          if (words.empty()) return std::nullopt;
          if (words.size() == 1) {
            alts.emplace_back(words[0].raw);
            fc.all_of.push_back({words[0].raw});
            if (!words[0].stemmed.empty()) {
              alts.emplace_back(words[0].stemmed);
              fc.all_of.push_back({words[0].stemmed});
            }
            if (prefix) {
              alts.emplace_back(Xapian::Query::OP_WILDCARD, words[0].raw);
              fc.prefixes.push_back(words[0].raw);
            }
          } else {
            std::vector<Xapian::Query> each;
            for (const auto& w : words) each.emplace_back(w.raw);
            alts.emplace_back(Xapian::Query::OP_AND, each.begin(), each.end());
            auto& terms = fc.all_of.emplace_back();
            for (const auto& w : words) terms.push_back(w.raw);
          }
        }
        if (alts.empty()) return std::nullopt;  // a clause of no word: no narrowing
        Xapian::Query either(Xapian::Query::OP_OR, alts.begin(), alts.end());
        out.key += fc.key;
        out.key += '\1';
        clauses.push_back(std::move(fc));
        all.push_back(std::move(either));
      }
      if (all.empty()) return std::nullopt;
      out.key += '\2';
      any.emplace_back(Xapian::Query::OP_AND, all.begin(), all.end());
    }
    out.query = Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
    return out;
  }

  // Clears the filter caches when they hold more than their bounds allow (before a search
  // adds to them, so nothing a search holds is freed under it).
  // The clauses are bounded by the docids they hold, not their number, and kept when only the
  // filters overflow: a re-check builds a filter per story, and starting over every 32 stories
  // read the common names' long posting lists ("new", "reuters") again and again (13% of a
  // 1,000-story re-check at 200k documents, docs/performance.md).
  void bound_filter_cache() const {
    std::size_t entries = 0, filters = 0;
    for (const auto& [uuid, cached] : *filter_docids) {
      entries += cached.clause_entries;
      filters += cached.filters.size();
    }
    if (entries > kMaxCachedClauseEntries) {
      filter_docids->clear();
    } else if (filters > kMaxCachedFilters) {
      for (auto& [uuid, cached] : *filter_docids) cached.filters.clear();
    }
  }

  // Clears the cache of documents' ids when it holds more than kMaxCachedIds (before a search
  // adds to it).
  void bound_id_cache() const {
    std::size_t cached = 0;
    for (const auto& [uuid, ids] : *docids) cached += ids.size();
    if (cached > kMaxCachedIds) docids->clear();
  }

  // A search among the documents `filter` lets through, ranked from the postings of the
  // filter's documents (story_match.h); with Query::only_ids, among those named (match_named,
  // which fills `ids`).
  std::vector<detail::ScoredDoc> match_story(
      const Query& q, const AnyFilter& filter, const std::vector<detail::MatchClause>& clauses,
      std::unordered_map<Xapian::docid, std::string>* ids = nullptr) const {
    const auto& db = search_db();
    bound_filter_cache();
    if (termfreqs.size() > kMaxCachedTermFreqs) termfreqs.clear();
    if (q.only_ids) return match_named(q, filter, clauses, ids);
    const detail::DateBounds dates = date_bounds(q);
    const auto set = story_set(db, filter);
    return detail::match_within(db, *set, clauses, dates, kSlotPublished, q.limit, scratch);
  }

  // The documents `ids` names, by docid of search_db(), into `out`: looked up once in the
  // whole index (the lookups the search's IdFilter took its shards' docids from). False, and
  // `out` untouched, when this handle's shards are not known one by one (added shards).
  bool named_docids(const std::vector<std::string>& ids,
                    std::unordered_map<Xapian::docid, std::string>& out) const {
    if (!own_shards_only()) return false;
    bound_id_cache();
    whole_docids(ids, &out);
    return true;
  }

  // The docids of search_db() of the documents `ids` names (its postings of their id terms),
  // sorted and unique, each id looked up once per snapshot (DocidCache, under the whole
  // index's uuid). `id_of`, when given, receives each docid's id.
  std::vector<Xapian::docid> whole_docids(
      const std::vector<std::string>& ids,
      std::unordered_map<Xapian::docid, std::string>* id_of = nullptr) const {
    const auto& db = search_db();
    auto& where = (*docids)[db.get_uuid()];
    std::vector<Xapian::docid> out;
    for (const auto& id : ids) {
      const auto& found = docids_of(db, where, id_term(id));
      out.insert(out.end(), found.begin(), found.end());
      if (id_of) {
        for (Xapian::docid d : found) id_of->try_emplace(d, id);
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Whether this handle searches its own shards alone, each known (own_parts): its docids are
  // theirs interleaved, and a document is looked up once in the whole index (whose postings
  // give whole-index docids) rather than in each shard.
  bool own_shards_only() const {
    return !has_shards && !own_parts.empty() && search_db().size() == own_parts.size();
  }

  // Which snapshot of the index this handle reads: each shard's uuid and revision. Two read
  // handles of the same shards at the same revisions read the same postings under the same
  // docids. A handle with added shards, or whose shards cannot be told apart, gets a key of
  // its own.
  std::string snapshot_key() const {
    std::string key;
    if (has_shards || own_parts.empty()) {
      key = "handle ";
      key += std::to_string(reinterpret_cast<std::uintptr_t>(this));
      return key;
    }
    for (const auto& part : own_parts) {
      key += part.get_uuid();
      key += ':';
      key += std::to_string(part.get_revision());
      key += ' ';
    }
    return key;
  }

  // The postings of the documents `filter` lets through (a story's), for this snapshot: made
  // on first need by the handle that needs them (from its own filter cache), then kept in
  // story_sets for every handle sharing them.
  std::shared_ptr<detail::DocSetPostings> story_set(const Xapian::Database& db,
                                                    const AnyFilter& filter) const {
    std::string key = snapshot_key();
    key += '\n';
    key += filter.key;
    std::promise<std::shared_ptr<detail::DocSetPostings>> mine;
    {
      std::unique_lock lock(story_sets->mu);
      auto& sets = story_sets->sets;
      if (auto it = sets.find(key); it != sets.end()) {
        auto found = it->second;
        lock.unlock();
        return found.get();  // rethrows what the making handle threw
      }
      std::size_t entries = 0;
      for (const auto& [k, made] : sets) {
        if (made.wait_for(std::chrono::seconds(0)) != std::future_status::ready) continue;
        try {
          entries += made.get()->entries();
        } catch (...) {  // a failed making, being removed by its maker
        }
      }
      if (sets.size() >= kMaxStorySets || entries > kMaxStoryEntries) sets.clear();
      sets.emplace(key, mine.get_future().share());
    }
    try {
      const auto& docs = QueryFilter::documents(db, (*filter_docids)[db.get_uuid()], filter);
      auto made = std::make_shared<detail::DocSetPostings>(docs);
      mine.set_value(made);
      return made;
    } catch (...) {
      mine.set_exception(std::current_exception());
      {
        std::lock_guard lock(story_sets->mu);
        story_sets->sets.erase(key);  // the next search tries again
      }
      throw;
    }
  }

  // A search among the documents Query::only_ids names that `filter` lets through, ranked from
  // the named documents' own terms (story_match.h): a re-check's confined search names a few
  // documents, mostly the same ones from search to search.
  // `ids`, when given, receives the id of each named document found, by docid.
  std::vector<detail::ScoredDoc> match_named(
      const Query& q, const AnyFilter& filter, const std::vector<detail::MatchClause>& clauses,
      std::unordered_map<Xapian::docid, std::string>* ids = nullptr) const {
    const auto& db = search_db();
    if (termfreqs.size() > kMaxCachedTermFreqs) termfreqs.clear();
    const detail::DateBounds dates = date_bounds(q);
    bound_id_cache();
    const std::vector<Xapian::docid> named = whole_docids(*q.only_ids, ids);
    // Which named documents the filter lets through, from their own terms: the filter's
    // documents over the whole index (a story's tens of thousands, from its names' posting
    // lists) are not needed to keep a few, and were the costliest part of a re-check's
    // confined searches.
    if (admitted.filter != filter.key) {
      admitted.clear();
      admitted.filter = filter.key;
    }
    std::vector<Xapian::docid> both;
    for (Xapian::docid did : named) {
      auto [it, fresh] = admitted.docs.try_emplace(did, false);
      if (fresh) it->second = QueryFilter::admits(*termlists.of(db, did), filter);
      if (it->second) both.push_back(did);
    }
    detail::DocSetPostings few(std::move(both), &termfreqs, &termlists);
    return detail::match_within(db, few, clauses, dates, kSlotPublished, q.limit, scratch);
  }

  // Query::published_from / published_to as bounds on the published value ("YYYYMMDD");
  // partial bounds ("2025", "2025-03") widen to the whole year or month.
  static detail::DateBounds date_bounds(const Query& q) {
    detail::DateBounds b;
    b.from = detail::compact_date(q.published_from);
    b.to = detail::compact_date(q.published_to);
    b.active = !b.from.empty() || !b.to.empty();
    if (!b.from.empty() && b.from.size() < 8) b.from.append(8 - b.from.size(), '0');
    if (!b.to.empty() && b.to.size() < 8) b.to.append(8 - b.to.size(), '9');
    b.include_undated = q.include_undated;
    return b;
  }

  // The query's clauses in the index's terms: an alternative of one word is its stemmed term
  // when TermGenerator makes one, else the word; one of several words is an exact phrase of
  // the words. An optional phrase of common words is left out (common_phrase), and so is a
  // clause left with no alternative; a required one makes the search `impossible`.
  std::vector<detail::MatchClause> match_clauses(const Query& q, bool& impossible) const {
    std::vector<detail::MatchClause> out;
    for (const auto& clause : q.clauses) {
      detail::MatchClause c;
      c.required = clause.required;
      for (const auto& alt : clause.alternatives) {
        auto words = words_of(alt);
        if (words.empty()) continue;
        detail::MatchAlt a;
        if (words.size() == 1) {
          const Word& w = words[0];
          a.terms.push_back(w.stemmed.empty() ? w.raw : w.stemmed);
        } else {
          if (!clause.required && common_phrase(words)) continue;
          for (const auto& w : words) a.terms.push_back(w.raw);
        }
        c.alts.push_back(std::move(a));
      }
      if (c.alts.empty()) {
        // A required clause with nothing searchable can never match.
        if (clause.required) impossible = true;
        continue;
      }
      out.push_back(std::move(c));
    }
    return out;
  }

  Xapian::Query build_query(const Query& q, bool& impossible) const {
    std::vector<Xapian::Query> required, optional;
    for (const auto& clause : match_clauses(q, impossible)) {
      // An alternative of several words is an exact phrase in a required clause; in an
      // optional one it ranks a document holding all its words, as their AND, its weight
      // theirs as the phrase's would be. In the optional words' OR under AND_MAYBE, Xapian
      // 1.4.22 credits some documents with an OP_PHRASE's weight although they hold neither
      // its words nor the phrase, once its matcher raises the minimum weight of a full list of
      // hits (the OR turns into an AND_MAYBE mid-match): a wire table without the figure
      // "462 440" outranked the tables giving it, and a re-check, whose confined search weighs
      // each document as it is, reported what --full did not. Each phrase in an AND_MAYBE of
      // its own is weighed right but made the benchmark's searches 3.6 times slower (positions
      // checked for every document of the required clauses); the AND is faster than the
      // phrase was (docs/performance.md, "Optional phrases").
      std::vector<Xapian::Query> alts;
      for (const auto& alt : clause.alts) {
        if (alt.terms.size() == 1) {
          alts.emplace_back(alt.terms[0]);
          continue;
        }
        std::vector<Xapian::Query> terms;
        for (const auto& t : alt.terms) terms.emplace_back(t);
        if (clause.required) {
          alts.emplace_back(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                            static_cast<Xapian::termcount>(terms.size()));
        } else {
          alts.emplace_back(Xapian::Query::OP_AND, terms.begin(), terms.end());
        }
      }
      // A required clause's alternatives are one notion in several words (the forms of an event
      // class, "killed|dead|morts"): weighted as one term (OP_SYNONYM), so a document that uses
      // many of them (a disaster's coverage, for a toll) does not outrank one that uses one
      // of them and the story's names. Optional words are separate things and each count.
      if (clause.required) {
        required.emplace_back(Xapian::Query::OP_SYNONYM, alts.begin(), alts.end());
      } else {
        optional.insert(optional.end(), alts.begin(), alts.end());
      }
    }
    Xapian::Query main;
    if (!required.empty())
      main = Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
    if (!optional.empty()) {
      Xapian::Query maybe(Xapian::Query::OP_OR, optional.begin(), optional.end());
      main = required.empty() ? maybe : Xapian::Query(Xapian::Query::OP_AND_MAYBE, main, maybe);
    }
    if (q.clauses.empty()) main = Xapian::Query::MatchAll;
    if (main.empty()) impossible = true;
    if (auto filter = any_filter(q.filter_any)) {
      if (mode == Mode::kRead && !has_remote) {
        bound_filter_cache();
        auto* source = new QueryFilter(std::move(filter), filter_docids);
        main = Xapian::Query(Xapian::Query::OP_FILTER, main, Xapian::Query(source->release()));
      } else {
        main = Xapian::Query(Xapian::Query::OP_FILTER, main, filter->query);
      }
    }
    if (q.only_ids) {
      if (q.only_ids->empty()) impossible = true;
      if (mode == Mode::kRead && !has_remote) {
        auto terms = std::make_shared<std::vector<std::string>>();
        terms->reserve(q.only_ids->size());
        for (const auto& id : *q.only_ids) terms->push_back(id_term(id));
        bound_id_cache();
        std::shared_ptr<IdFilter::Whole> whole;
        if (own_shards_only()) {
          whole = std::make_shared<IdFilter::Whole>();
          for (const auto& part : own_parts) whole->shard_uuids.push_back(part.get_uuid());
          whole->docids = whole_docids(*q.only_ids);
        }
        // The query holds the source by reference count and releases it with the query.
        auto* filter = new IdFilter(std::move(terms), docids, std::move(whole));
        main = Xapian::Query(Xapian::Query::OP_FILTER, main, Xapian::Query(filter->release()));
      } else {
        std::vector<Xapian::Query> ids;
        ids.reserve(q.only_ids->size());
        for (const auto& id : *q.only_ids) ids.emplace_back(id_term(id));
        main = Xapian::Query(Xapian::Query::OP_FILTER, main,
                             Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end()));
      }
    }

    if (auto dates = date_bounds(q); dates.active) {
      const std::string &from = dates.from, &to = dates.to;
      Xapian::Query range;
      if (!from.empty() && !to.empty()) {
        range = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSlotPublished, from, to);
      } else if (!from.empty()) {
        range = Xapian::Query(Xapian::Query::OP_VALUE_GE, kSlotPublished, from);
      } else {
        range = Xapian::Query(Xapian::Query::OP_VALUE_LE, kSlotPublished, to);
      }
      // Undated documents pass a date filter (absence of a date is not a mismatch) unless the
      // search is for what was published in those days.
      Xapian::Query passes =
          q.include_undated ? Xapian::Query(Xapian::Query::OP_OR, range, Xapian::Query(kNoDateTerm))
                            : range;
      main = Xapian::Query(Xapian::Query::OP_FILTER, main, passes);
    }
    return main;
  }
};

Corpus::Corpus(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Corpus::~Corpus() {
  if (impl_ && impl_->writable()) {
    // Every add_* flushes before returning; this only matters after an exception, and then a
    // committed index with a lagging table is the state the next add repairs.
    try {
      impl_->flush();
    } catch (const std::exception& e) {
      spdlog::warn("{}", e.what());
    }
  }
}

std::unique_ptr<Corpus> Corpus::open(const fs::path& home, Mode mode) {
  auto impl = std::make_unique<Impl>();
  impl->home = home;
  impl->index_dir = home / "index";
  impl->db_path = home / "verify.db";
  impl->mode = mode;
  if (mode == Mode::kWrite) {
    std::error_code ec;
    fs::create_directories(home, ec);
    if (ec) throw CorpusError("corpus: cannot create home " + quoted(home) + ": " + ec.message());
  }
  impl->open_index();
  impl->open_store();
  impl->query_tokenizer.set_stemmer(impl->stemmer);
  impl->query_tokenizer.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  return std::unique_ptr<Corpus>(new Corpus(std::move(impl)));
}

IngestReport Corpus::add_path(const fs::path& path, const Progress& progress) {
  impl_->require_writer();
  Impl::Session session(*impl_);
  auto start = std::chrono::steady_clock::now();
  IngestRun run;
  run.progress = &progress;
  impl_->begin_ingest();
  impl_->ingest_path(path, run);
  impl_->finish(run, path.string(), start);
  return run.report;
}

IngestReport Corpus::add_jsonl(std::istream& in, std::string_view origin,
                               const Progress& progress) {
  impl_->require_writer();
  Impl::Session session(*impl_);
  auto start = std::chrono::steady_clock::now();
  IngestRun run;
  run.progress = &progress;
  impl_->begin_ingest();
  impl_->ingest_jsonl(in, std::string(origin), run);
  impl_->finish(run, origin, start);
  return run.report;
}

IngestReport Corpus::add_inputs(const std::vector<IngestInput>& inputs) {
  impl_->require_writer();
  Impl::Session session(*impl_);
  auto start = std::chrono::steady_clock::now();
  IngestRun run;
  impl_->begin_ingest();
  for (const auto& input : inputs) {
    // Progress is drawn per input, as separate add_path calls draw it.
    run.progress = &input.progress;
    run.records = 0;
    run.bytes = run.total = 0;
    if (input.stream) {
      impl_->ingest_jsonl(*input.stream, input.origin, run);
    } else {
      impl_->ingest_path(input.path, run);
    }
    if (input.progress) input.progress(run.records, run.bytes, run.total);
  }
  run.progress = nullptr;
  impl_->finish(run, std::to_string(inputs.size()) + (inputs.size() == 1 ? " input" : " inputs"),
                start);
  return run.report;
}

IngestReport Corpus::add_documents(const std::vector<Document>& docs) {
  impl_->require_writer();
  Impl::Session session(*impl_);
  auto start = std::chrono::steady_clock::now();
  IngestRun run;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const Document& d = docs[i];
    std::string where =
        "document " + std::to_string(i + 1) + (d.id.empty() ? "" : " '" + d.id + "'");
    const char* bad = nullptr;
    if (d.id.empty()) {
      bad = "field 'id': missing or empty";
    } else if (detail::trim(d.text).empty()) {
      bad = "field 'text': missing or empty";
    } else if (!d.published.empty() && !detail::is_iso_date(d.published)) {
      bad = "field 'published': expected \"YYYY-MM-DD\" or empty";
    } else if (d.tier < 0 || d.tier > 3) {
      bad = "field 'tier': expected 0..3";
    } else {
      for (auto [name, value] : {std::pair<const char*, const std::string*>{"id", &d.id},
                                 {"url", &d.url},
                                 {"title", &d.title},
                                 {"source", &d.source},
                                 {"text", &d.text}}) {
        if (detail::first_invalid_utf8(*value)) {
          run.reject(where + ": field '" + name + "': invalid UTF-8");
          bad = "";
          break;
        }
      }
      if (bad) continue;
    }
    if (bad) {
      run.reject(where + ": " + bad);
      continue;
    }
    impl_->add_one(d, run);
  }
  impl_->finish(run, "documents", start);
  return run.report;
}

void Corpus::set_annotator(Annotator annotator, std::string version) {
  auto& im = *impl_;
  im.require_writer();
  im.annotator = std::move(annotator);
  im.annotator_version = std::move(version);
  for (auto& s : im.shards) s->set_annotator(&im.annotator, &im.annotator_version);
}

std::size_t Corpus::reannotate(const Progress& progress) {
  auto& im = *impl_;
  im.require_writer();
  if (!im.annotator) throw CorpusError("corpus: nothing to re-annotate with (no annotator set)");
  im.flush();
  // Commits every so many documents, so an interrupted run keeps its work and the writer's
  // memory stays bounded.
  constexpr std::size_t kCommitEvery = 1000;
  std::atomic<std::size_t> done{0}, changed{0};
  std::vector<std::exception_ptr> errors(im.shards.size());
  std::vector<std::thread> workers;
  std::atomic<std::size_t> finished{0};
  for (std::size_t i = 0; i < im.shards.size(); ++i) {
    workers.emplace_back([&, i] {
      ShardWriter& shard = *im.shards[i];
      auto& db = shard.db();
      try {
        simdjson::dom::parser parser;
        std::vector<Xapian::docid> ids;
        for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) ids.push_back(*it);
        std::size_t since_commit = 0;
        for (Xapian::docid id : ids) {
          Xapian::Document x = db.get_document(id);
          if (x.get_value(kSlotAnnotationVersion) != im.annotator_version) {
            Document d;
            if (detail::decode_document(x.get_data(), parser, d)) {
              shard.annotate(d, x);
              db.replace_document(id, x);
              changed.fetch_add(1);
              if (++since_commit == kCommitEvery) {
                db.commit();
                since_commit = 0;
              }
            }
          }
          done.fetch_add(1);
        }
        db.commit();
      } catch (const Xapian::Error& e) {
        errors[i] = std::make_exception_ptr(xapian_error(e, shard.dir(), "re-annotate"));
      } catch (...) {
        errors[i] = std::current_exception();
      }
      finished.fetch_add(1);
    });
  }
  // Progress is reported from this thread only: callers need not be thread-safe.
  while (progress && finished.load() < workers.size()) {
    progress(done.load(), 0, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  for (auto& w : workers) w.join();
  if (progress) progress(done.load(), 0, 0);
  for (auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
  return changed.load();
}

std::size_t Corpus::annotated(std::string_view version) const {
  auto& im = *impl_;
  return im.reading("read", [&]() -> std::size_t {
    const auto& db = im.own;
    std::size_t n = 0;
    if (db.size() == 0) return 0;
    for (auto it = db.valuestream_begin(kSlotAnnotationVersion);
         it != db.valuestream_end(kSlotAnnotationVersion); ++it) {
      if (*it == version) ++n;
    }
    return n;
  });
}

CompactReport Corpus::compact(const Progress& progress) {
  auto& im = *impl_;
  im.require_writer();
  im.flush();
  const auto start = std::chrono::steady_clock::now();
  std::error_code ec;
  if (fs::exists(im.index_dir / "iamglass", ec)) {
    throw CorpusError("corpus: the index at " + quoted(im.index_dir) +
                      " was written before indexes had shards and cannot be compacted; build "
                      "a new home with 'verify corpus add' to get one that can");
  }
  std::vector<fs::path> old_dirs;
  for (const auto& s : im.shards) old_dirs.push_back(s->dir());
  // Leftovers of a compaction cut short: shard directories the stub does not list. Only a
  // writer gets here, and it holds every listed shard's lock, so nobody else is compacting.
  for (const auto& entry : fs::directory_iterator(im.index_dir, ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with("shard-") || !entry.is_directory(ec)) continue;
    if (std::find(old_dirs.begin(), old_dirs.end(), entry.path()) == old_dirs.end()) {
      fs::remove_all(entry.path(), ec);
    }
  }
  CompactReport report;
  report.shards = old_dirs.size();
  report.bytes_before = dir_bytes(im.index_dir);
  std::vector<std::uint64_t> before;
  for (const auto& dir : old_dirs) before.push_back(dir_bytes(dir));
  // New names: the shard's base name ("shard-0") and a tag, so old and new never collide.
  const std::string tag =
      "-c" + std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count());
  std::vector<fs::path> new_dirs;
  std::vector<std::string> new_names;
  for (const auto& dir : old_dirs) {
    std::string base = dir.filename().string();
    if (auto c = base.find("-c"); c != std::string::npos) base.resize(c);
    new_names.push_back(base + tag);
    new_dirs.push_back(im.index_dir / new_names.back());
  }
  auto discard_new = [&] {
    for (const auto& dir : new_dirs) fs::remove_all(dir, ec);
  };
  // One thread a shard, as ingest writes them. The sources are the last commit of each shard.
  // 32 KB blocks for a large shard: fewer and larger reads per posting list than the default
  // 8 KB (searches about 7% faster again at 200,000 documents; docs/performance.md). A small
  // one keeps 8 KB: its lists are short, and each table's blocks would mostly be empty.
  constexpr std::uint64_t kLargeShardBytes = 32u << 20;
  std::vector<std::string> errors(old_dirs.size());
  std::atomic<std::size_t> done{0};
  std::atomic<std::uint64_t> done_bytes{0};
  std::mutex progress_mu;
  auto compact_one = [&](std::size_t i) {
    try {
      Xapian::Database source(old_dirs[i].string());
      source.compact(new_dirs[i].string(), Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULL,
                     before[i] >= kLargeShardBytes ? 32768 : 8192);
    } catch (const Xapian::Error& e) {
      errors[i] = e.get_description();
      return;
    }
    std::size_t n = done.fetch_add(1) + 1;
    std::uint64_t b = done_bytes.fetch_add(before[i]) + before[i];
    if (progress) {
      std::lock_guard lock(progress_mu);
      progress(n, b, report.bytes_before);
    }
  };
  {
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < old_dirs.size(); ++i) threads.emplace_back(compact_one, i);
    if (!old_dirs.empty()) compact_one(0);
    for (auto& t : threads) t.join();
  }
  for (std::size_t i = 0; i < errors.size(); ++i) {
    if (errors[i].empty()) continue;
    discard_new();
    throw CorpusError("corpus: cannot compact " + quoted(old_dirs[i]) + ": " + errors[i] +
                      " (the index is unchanged)");
  }
  // The new shards are locked by this writer before the stub names them, so no other writer
  // can slip in between.
  std::vector<std::unique_ptr<ShardWriter>> writers;
  try {
    for (const auto& dir : new_dirs) {
      writers.push_back(std::make_unique<ShardWriter>(dir, Impl::kWriteFlags));
      if (im.annotator) writers.back()->set_annotator(&im.annotator, &im.annotator_version);
    }
    replace_stub(im.index_dir, new_names);
  } catch (...) {
    writers.clear();
    discard_new();
    throw;
  }
  // From here the new shards are the index; the old ones are only removed.
  im.shards = std::move(writers);
  im.own = Xapian::Database();
  for (auto& s : im.shards) im.own.add_database(s->db());
  if (im.has_shards) {
    im.combined = Xapian::Database();
    im.combined.add_database(im.own);
    for (auto& shard : im.added) im.combined.add_database(shard);
  }
  for (const auto& dir : old_dirs) {
    fs::remove_all(dir, ec);
    if (ec)
      spdlog::warn("corpus: could not remove the old shard {}: {}", dir.string(), ec.message());
  }
  report.bytes_after = dir_bytes(im.index_dir);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  spdlog::info("corpus: compacted {} shards: {} -> {} bytes in {:.1f} s", report.shards,
               report.bytes_before, report.bytes_after, report.seconds);
  return report;
}

bool Corpus::remove(std::string_view id) {
  impl_->require_writer();
  auto& im = *impl_;
  im.flush();
  std::string term = id_term(id);
  // Every shard is asked, not just the routed one: it costs one term lookup each and keeps
  // removal correct whatever wrote the index.
  std::vector<ShardWriter*> holding;
  try {
    for (auto& s : im.shards) {
      if (s->db().term_exists(term)) holding.push_back(s.get());
    }
  } catch (const Xapian::Error& e) {
    throw xapian_error(e, im.index_dir, "read");
  }
  bool in_index = !holding.empty();
  im.db.exec("BEGIN IMMEDIATE");
  try {
    im.delete_row->bind(1, id);
    im.delete_row->step();
    im.delete_row->done();
    bool in_table = sqlite3_changes(im.db.handle()) > 0;
    if (!in_index && !in_table) {
      im.db.exec("ROLLBACK");
      return false;
    }
    im.touch(detail::utc_now());
    {
      Statement tomb(im.db, "INSERT INTO removed_documents(id, generation) VALUES (?1, ?2)");
      tomb.bind(1, id).bind(2, im.next_generation());
      tomb.step();
      tomb.done();
    }
    for (ShardWriter* s : holding) {
      try {
        s->db().delete_document(term);
        s->db().commit();
      } catch (const Xapian::Error& e) {
        throw xapian_error(e, s->dir(), "write");
      }
    }
    im.db.exec("COMMIT");
  } catch (...) {
    sqlite3_exec(im.db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  return true;
}

std::vector<std::string> Corpus::remove_where(const RemoveFilter& filter) {
  if (filter.source.empty() && filter.published_from.empty() && filter.published_to.empty()) {
    throw CorpusError("corpus: removing by filter needs an outlet or a date bound");
  }
  impl_->require_writer();
  auto& im = *impl_;
  im.flush();
  im.db.exec("BEGIN IMMEDIATE");
  std::vector<std::string> ids;
  try {
    {
      // An undated source has no date to fall in a range, so a date bound never matches it.
      Statement q(im.db,
                  "SELECT id FROM documents WHERE (?1 = '' OR source = ?1) "
                  "AND (?2 = '' OR (published IS NOT NULL AND published >= ?2)) "
                  "AND (?3 = '' OR (published IS NOT NULL AND published <= ?3)) ORDER BY id");
      q.bind(1, filter.source).bind(2, filter.published_from).bind(3, filter.published_to);
      while (q.step()) ids.push_back(q.text(0));
      q.done();
    }
    if (ids.empty()) {
      im.db.exec("ROLLBACK");
      return ids;
    }
    // One generation for the whole removal: a re-check sees it as one change.
    std::int64_t generation = im.next_generation();
    im.touch(detail::utc_now());
    Statement tomb(im.db, "INSERT INTO removed_documents(id, generation) VALUES (?1, ?2)");
    for (const auto& id : ids) {
      im.delete_row->bind(1, id);
      im.delete_row->step();
      im.delete_row->done();
      tomb.bind(1, id).bind(2, generation);
      tomb.step();
      tomb.done();
    }
    // The index is written before the table commits, as for a single remove: a failure
    // rolls the table back, and the shards not yet committed keep their documents.
    for (auto& s : im.shards) {
      try {
        bool changed = false;
        for (const auto& id : ids) {
          std::string term = id_term(id);
          if (s->db().term_exists(term)) {
            s->db().delete_document(term);
            changed = true;
          }
        }
        if (changed) s->db().commit();
      } catch (const Xapian::Error& e) {
        throw xapian_error(e, s->dir(), "write");
      }
    }
    im.db.exec("COMMIT");
  } catch (...) {
    sqlite3_exec(im.db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  return ids;
}

std::optional<Document> Corpus::get(std::string_view id) const {
  auto& im = *impl_;
  std::string term = id_term(id);
  return im.reading("read", [&]() -> std::optional<Document> {
    const auto& db = im.search_db();
    Xapian::PostingIterator p = db.postlist_begin(term);
    if (p == db.postlist_end(term)) return std::nullopt;
    Document d;
    Xapian::Document x = db.get_document(*p, Xapian::DOC_ASSUME_VALID);
    if (!detail::decode_document(x.get_data(), im.data_parser, d)) {
      throw CorpusError("corpus: document '" + std::string(id) + "' in " + quoted(im.index_dir) +
                        " has unreadable data");
    }
    read_annotation(x, d);
    return d;
  });
}

std::uint64_t Corpus::generation() const {
  if (!impl_->has_table) return 0;
  Statement q(impl_->db, "SELECT CAST(value AS INTEGER) FROM corpus_meta WHERE key = 'generation'");
  std::uint64_t gen = q.step() ? static_cast<std::uint64_t>(q.integer(0)) : 0;
  q.done();
  return gen;
}

std::vector<Document> Corpus::changed_since(std::uint64_t generation) const {
  std::vector<Document> out;
  if (!impl_->has_table) return out;
  std::vector<std::pair<std::string, std::uint64_t>> ids;
  {
    Statement q(impl_->db, "SELECT id, generation FROM documents WHERE generation > ?1");
    q.bind(1, static_cast<std::int64_t>(generation));
    while (q.step()) ids.emplace_back(q.text(0), static_cast<std::uint64_t>(q.integer(1)));
    q.done();
  }
  for (auto& [id, gen] : ids) {
    if (auto d = get(id)) {
      d->generation = gen;
      out.push_back(std::move(*d));
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::uint64_t>> Corpus::removed_since(
    std::uint64_t generation) const {
  std::vector<std::pair<std::string, std::uint64_t>> out;
  if (!impl_->has_table) return out;
  Statement q(impl_->db, "SELECT id, generation FROM removed_documents WHERE generation > ?1");
  q.bind(1, static_cast<std::int64_t>(generation));
  while (q.step()) out.emplace_back(q.text(0), static_cast<std::uint64_t>(q.integer(1)));
  q.done();
  return out;
}

std::size_t Corpus::size() const {
  auto& im = *impl_;
  return im.reading("read", [&]() -> std::size_t { return im.own.get_doccount(); });
}

Stats Corpus::stats() const {
  Stats s;
  s.documents = size();
  if (std::error_code ec; fs::is_directory(impl_->index_dir, ec)) {
    s.index_bytes = dir_bytes(impl_->index_dir);
  }
  if (!impl_->has_table) return s;
  Statement q(impl_->db,
              "SELECT count(published), count(DISTINCT source) FILTER (WHERE source <> ''), "
              "min(published), max(published), "
              "(SELECT value FROM corpus_meta WHERE key = 'last_change') FROM documents");
  if (q.step()) {
    s.dated = static_cast<std::size_t>(q.integer(0));
    s.sources = static_cast<std::size_t>(q.integer(1));
    s.oldest = q.text(2);
    s.newest = q.text(3);
    s.last_change = q.text(4);
  }
  q.done();
  return s;
}

std::vector<Hit> Corpus::search(const Query& query) const {
  auto& im = *impl_;
  std::vector<Hit> hits;
  // A read of a home with no index yet has a Database with no shards, which Enquire refuses.
  if (query.limit == 0 || im.search_db().size() == 0) return hits;
  bool impossible = false;
  // A search confined to a story's documents is ranked from postings read once per story
  // (story_match.h); remote shards and writers' handles go through Xapian's matcher.
  // A search confined to named documents without a filter (a quote's) stays with Xapian's
  // matcher, as the whole-index search it stands for does: ranking it ours changed which hits
  // one claim of a 10,000-story re-check kept (a synonym's weight rounds differently,
  // story_match.h), against what --full reports.
  std::shared_ptr<const AnyFilter> story;
  if (!query.clauses.empty() && !query.filter_any.empty() && im.mode == Mode::kRead &&
      !im.has_remote)
    story = im.any_filter(query.filter_any);
  Xapian::Query xq;
  std::vector<detail::MatchClause> clauses;
  if (story) {
    clauses = im.match_clauses(query, impossible);
    if (clauses.empty()) impossible = true;
  } else {
    xq = im.build_query(query, impossible);
  }
  if (impossible) return hits;
  const auto search_start = std::chrono::steady_clock::now();
  for (int attempt = 0;; ++attempt) {
    try {
      std::unordered_set<std::string> seen;
      auto take = [&](const Xapian::Document& x, double weight, Xapian::docid did) {
        Hit h;
        h.hash = im.hash_at(x, did);
        if (query.known && !h.hash.empty()) {
          if (auto id = query.known(h.hash)) {
            h.document.id = std::move(*id);
            h.known = true;
            if (!seen.insert(h.document.id).second) return;
            h.score = weight;
            hits.push_back(std::move(h));
            return;
          }
        }
        if (!detail::decode_document(x.get_data(), im.data_parser, h.document)) {
          spdlog::warn("corpus: skipping a hit with unreadable document data (docid {})", did);
          return;
        }
        read_annotation(x, h.document);
        // The same id on two shards is one source; keep its best-scored copy.
        if (!seen.insert(h.document.id).second) return;
        h.score = weight;
        hits.push_back(std::move(h));
      };
      // A hit of a confined search asked for ids only: the id it was given, nothing read.
      auto take_id = [&](const std::string& id, double weight) {
        if (!seen.insert(id).second) return;  // the same id on two shards is one source
        Hit h;
        h.document.id = id;
        h.id_only = true;
        h.score = weight;
        hits.push_back(std::move(h));
      };
      if (story) {
        const auto& db = im.search_db();
        // A confined search asked for ids only has them from the names it was given.
        std::unordered_map<Xapian::docid, std::string> ids;
        auto* want_ids = query.ids_only && query.only_ids ? &ids : nullptr;
        for (const auto& m : im.match_story(query, *story, clauses, want_ids)) {
          if (auto it = ids.find(m.did); it != ids.end()) {
            take_id(it->second, m.weight);
            continue;
          }
          take(db.get_document(m.did, Xapian::DOC_ASSUME_VALID), m.weight, m.did);
        }
        return hits;
      }
      Xapian::Enquire enquire(im.search_db());
      enquire.set_query(xq);
      Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(query.limit));
      // A confined search asked for ids only has them from the names it was given, as above:
      // nothing of the hits is read.
      std::unordered_map<Xapian::docid, std::string> ids;
      if (query.ids_only && query.only_ids && im.named_docids(*query.only_ids, ids)) {
        for (auto it = mset.begin(); it != mset.end(); ++it) {
          auto id = ids.find(*it);
          if (id == ids.end())
            throw CorpusError("corpus: a confined search returned a document it was not given");
          take_id(id->second, it.get_weight());
        }
        return hits;
      }
      for (auto it = mset.begin(); it != mset.end(); ++it)
        take(it.get_document(), it.get_weight(), *it);
      return hits;
    } catch (const Xapian::DatabaseModifiedError&) {
      // A writer committed several times under a long read; reopen and retry (retry_read).
      if (!im.retry_read(search_start, attempt))
        throw CorpusError("corpus: index at " + quoted(im.index_dir) +
                          " changed too often during a search, for " +
                          std::to_string(locking::lock_timeout_ms()) +
                          " ms (VERIFY_LOCK_TIMEOUT_MS); retry when the ingest has finished");
      hits.clear();
      const_cast<Corpus::Impl&>(im).reopen_reader();
    } catch (const Xapian::Error& e) {
      throw xapian_error(e, im.index_dir, "search");
    }
  }
}

void Corpus::refresh() {
  auto& im = *impl_;
  if (im.mode == Mode::kWrite) return;  // a writer's handle sees its own commits
  try {
    if (im.own.size() == 0) {
      im.open_index();
      if (im.has_shards && im.own.size() != 0) im.combined.add_database(im.own);
    } else {
      im.reopen_reader();
    }
  } catch (const Xapian::Error& e) {
    throw xapian_error(e, im.index_dir, "reopen");
  }
}

void Corpus::add_shard(const std::string& location) {
  auto& im = *impl_;
  Xapian::Database shard;
  try {
    if (location.rfind("tcp://", 0) == 0) {
      std::string hostport = location.substr(6);
      auto colon = hostport.rfind(':');
      if (colon == std::string::npos || colon + 1 == hostport.size()) {
        throw CorpusError("corpus: shard '" + location + "': expected tcp://HOST:PORT");
      }
      unsigned port = 0;
      try {
        port = static_cast<unsigned>(std::stoul(hostport.substr(colon + 1)));
      } catch (const std::exception&) {
        throw CorpusError("corpus: shard '" + location + "': bad port number");
      }
      shard = Xapian::Remote::open(hostport.substr(0, colon), port);
    } else {
      fs::path dir = location;
      // A verify home works as a shard too: its index lives under index/.
      if (fs::is_directory(dir / "index")) dir /= "index";
      shard = Xapian::Database(dir.string());
    }
  } catch (const Xapian::Error& e) {
    throw CorpusError("corpus: cannot open shard '" + location + "': " + e.get_description());
  }
  if (!im.has_shards) {
    im.combined = Xapian::Database();
    im.combined.add_database(im.own);
    im.has_shards = true;
  }
  im.combined.add_database(shard);
  im.added.push_back(shard);
  // Docids of the combined database interleave its shards: one more shard renumbers them.
  // The caches keyed by the database's uuid follow by themselves; these do not.
  im.story_sets->clear();
  im.hash_of.clear();
  im.termfreqs.clear();
  im.termlists.clear();
  im.admitted.clear();
  if (location.rfind("tcp://", 0) == 0) im.has_remote = true;
}

void Corpus::share_story_sets(const Corpus& other) {
  if (impl_->mode != Mode::kRead || other.impl_->mode != Mode::kRead) return;
  impl_->story_sets = other.impl_->story_sets;
}

std::string index_stem(std::string_view folded_word) {
  thread_local Xapian::Stem stemmer("english");
  return stemmer(std::string(folded_word));
}

std::vector<std::string> publisher_words(std::string_view source) {
  std::string s = fold(source);
  // A URL given as the source: its host.
  if (auto scheme = s.find("://"); scheme != std::string::npos) s.erase(0, scheme + 3);
  if (auto slash = s.find('/'); slash != std::string::npos) s.erase(slash);
  std::vector<std::string> labels;
  const bool domain = s.find('.') != std::string::npos && s.find(' ') == std::string::npos;
  std::string cur;
  for (char ch : s) {
    if (ch == '.' && domain) {
      labels.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  labels.push_back(cur);
  if (domain && labels.size() > 1) labels.pop_back();  // the top-level domain
  static const std::set<std::string, std::less<>> kGeneric = {
      "www", "gov", "gouv", "com", "org", "net", "edu", "int", "news", "info", "the"};
  std::vector<std::string> out;
  for (const auto& label : labels) {
    std::string word;
    auto flush = [&] {
      if (word.size() >= 3 && !kGeneric.count(word) &&
          std::find(out.begin(), out.end(), word) == out.end())
        out.push_back(word);
      word.clear();
    };
    for (char ch : label) {
      if ((ch >= 'a' && ch <= 'z') || (static_cast<unsigned char>(ch) >= 0x80)) {
        word += ch;
      } else {
        flush();
      }
    }
    flush();
  }
  return out;
}

std::string publisher_filter_word(std::string_view word) { return "\x01XP" + fold(word); }

std::string content_hash(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr);
  return hex(md, len);
}

}  // namespace verify::corpus

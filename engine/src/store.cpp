// SQLite persistence of checks: schema, one-transaction saves, and loading a run back.
#include "store.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <sstream>
#include <string_view>

#include "verify/locking.h"

namespace verify::engine {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS stories (
  id INTEGER PRIMARY KEY,
  story_key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  published TEXT,
  created_at TEXT NOT NULL,
  last_checked_at TEXT,
  checked_generation INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES stories(id),
  version INTEGER NOT NULL,
  path TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT,
  format TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  UNIQUE (story_id, content_hash)
);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  story_id INTEGER NOT NULL REFERENCES stories(id),
  kind TEXT NOT NULL,
  batch_id INTEGER,
  created_at TEXT NOT NULL,
  corpus_size INTEGER NOT NULL,
  corpus_generation INTEGER NOT NULL,
  seconds REAL NOT NULL,
  schema_version INTEGER NOT NULL,
  supported INTEGER NOT NULL,
  contradicted INTEGER NOT NULL,
  disputed INTEGER NOT NULL,
  unverified INTEGER NOT NULL,
  unread_from INTEGER
);
CREATE INDEX IF NOT EXISTS runs_story ON runs(story_id, id);
CREATE TABLE IF NOT EXISTS claims (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  claim_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  value TEXT NOT NULL,
  number REAL,
  date_end TEXT,
  unit TEXT,
  noun TEXT,
  head TEXT,
  hedge TEXT,
  speaker TEXT,
  role TEXT,
  organization TEXT,
  entities TEXT,
  flags TEXT,
  confidence REAL NOT NULL,
  plans TEXT,
  hits TEXT
);
CREATE INDEX IF NOT EXISTS claims_run ON claims(run_id);
CREATE TABLE IF NOT EXISTS findings (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL UNIQUE REFERENCES claims(id) ON DELETE CASCADE,
  verdict TEXT NOT NULL,
  rule TEXT NOT NULL,
  status TEXT,
  confidence REAL NOT NULL,
  explanation TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS evidence (
  id INTEGER PRIMARY KEY,
  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  url TEXT,
  title TEXT,
  published TEXT,
  source TEXT,
  tier INTEGER,
  passage_start INTEGER NOT NULL,
  passage_end INTEGER NOT NULL,
  passage TEXT NOT NULL,
  value_start INTEGER NOT NULL,
  value_end INTEGER NOT NULL,
  snippet TEXT NOT NULL,
  mark_start INTEGER NOT NULL,
  mark_end INTEGER NOT NULL,
  stance TEXT NOT NULL,
  value TEXT
);
CREATE INDEX IF NOT EXISTS evidence_finding ON evidence(finding_id);
CREATE TABLE IF NOT EXISTS citations (
  claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  final_url TEXT,
  status TEXT NOT NULL,
  http_status INTEGER,
  support TEXT NOT NULL,
  fetched_at TEXT,
  from_cache INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  error TEXT,
  body_hash TEXT
);
CREATE INDEX IF NOT EXISTS citations_url ON citations(url);
CREATE TABLE IF NOT EXISTS recheck_batches (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE TABLE IF NOT EXISTS recheck_items (
  batch_id INTEGER NOT NULL REFERENCES recheck_batches(id),
  story_id INTEGER NOT NULL REFERENCES stories(id),
  position INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  run_id INTEGER,
  PRIMARY KEY (batch_id, story_id)
);
)sql";

// Lists are stored joined by the unit separator, which never occurs in extracted text.
constexpr char kListSep = '\x1f';

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += kListSep;
    out += items[i];
  }
  return out;
}

// The pieces of `s` between `sep` characters; "" gives no pieces.
std::vector<std::string_view> split_on(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  if (s.empty()) return parts;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    parts.push_back(s.substr(pos, next == std::string_view::npos ? s.npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return parts;
}

std::vector<std::string> split(std::string_view s) {
  auto parts = split_on(s, kListSep);
  return {parts.begin(), parts.end()};
}

rules::Verdict verdict_from(std::string_view s) {
  if (s == "supported") return rules::Verdict::kSupported;
  if (s == "contradicted") return rules::Verdict::kContradicted;
  if (s == "disputed") return rules::Verdict::kDisputed;
  return rules::Verdict::kUnverified;
}

// RAII prepared statement with typed binds and column reads.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      throw StoreError(std::string("store: cannot prepare statement: ") + sqlite3_errmsg(db));
    }
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, std::int64_t n) {
    sqlite3_bind_int64(stmt_, i, n);
    return *this;
  }
  Stmt& bind(int i, double d) {
    sqlite3_bind_double(stmt_, i, d);
    return *this;
  }
  Stmt& bind_null(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  // Returns true while rows come; throws on error.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw StoreError(std::string("store: ") + sqlite3_errmsg(db_));
  }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string text(int col) const {
    auto p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

std::int64_t as_i64(size_t n) { return static_cast<std::int64_t>(n); }

}  // namespace

Store::Store(const std::filesystem::path& db_path) : path_(db_path.string()) {
  std::error_code ec;
  std::filesystem::create_directories(db_path.parent_path(), ec);
  if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("store: cannot open '" + path_ + "': " + msg);
  }
  // How long a write waits for another process's transaction before giving up.
  sqlite3_busy_timeout(db_, locking::lock_timeout_ms());
  try {
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA foreign_keys=ON");
    exec("PRAGMA synchronous=NORMAL");
    exec(kSchema);
    // Stores made before re-checks ranked new sources against earlier hits lack the column;
    // their runs re-check by searching the whole corpus.
    sqlite3_stmt* probe = nullptr;
    bool has_hits = sqlite3_prepare_v2(db_, "SELECT hits FROM claims LIMIT 0", -1, &probe,
                                       nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    if (!has_hits) exec("ALTER TABLE claims ADD COLUMN hits TEXT");
    // Stores made before the article claims limit lack the column: their runs read it all.
    bool has_unread = sqlite3_prepare_v2(db_, "SELECT unread_from FROM runs LIMIT 0", -1, &probe,
                                         nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    if (!has_unread) exec("ALTER TABLE runs ADD COLUMN unread_from INTEGER");
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

Store::~Store() { sqlite3_close(db_); }

void Store::exec(const char* sql) const {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    if (sqlite3_errcode(db_) == SQLITE_BUSY || sqlite3_errcode(db_) == SQLITE_LOCKED) {
      throw StoreError("store: '" + path_ + "'" + locking::locked_hint());
    }
    throw StoreError("store: '" + path_ + "': " + msg);
  }
}

namespace {

Summary summary_at(const Stmt& q, int first) {
  return Summary{static_cast<size_t>(q.integer(first)), static_cast<size_t>(q.integer(first + 1)),
                 static_cast<size_t>(q.integer(first + 2)),
                 static_cast<size_t>(q.integer(first + 3))};
}

// A run's listing counts its claims as its report does: the article's own date (its dateline,
// rule date.dateline) is not checked, so it is no "unverified" claim there either.
constexpr const char* kRunInfoColumns =
    "SELECT r.id, r.created_at, a.path, a.title, r.supported, r.contradicted, r.disputed, "
    "r.unverified - (SELECT COUNT(*) FROM claims c JOIN findings f ON f.claim_id = c.id "
    "WHERE c.run_id = r.id AND f.rule = 'date.dateline' AND f.verdict = 'unverified'), "
    "r.kind, a.version FROM runs r JOIN articles a ON a.id = r.article_id ";

Engine::RunInfo run_info(const Stmt& q) {
  Engine::RunInfo info{q.integer(0),     q.text(1), q.text(2),   q.text(3),
                       summary_at(q, 4), q.text(8), q.integer(9)};
  return info;
}

}  // namespace

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string encode_plans(const std::vector<rules::SearchPlan>& plans) {
  std::string out;
  for (size_t p = 0; p < plans.size(); ++p) {
    if (p) out += '\x1d';
    auto groups = plans[p].required;
    // A plan without required words matches on its ranking words.
    if (groups.empty() && !plans[p].optional.empty()) groups.push_back(plans[p].optional);
    for (size_t g = 0; g < groups.size(); ++g) {
      if (g) out += '\x1e';
      for (size_t w = 0; w < groups[g].size(); ++w) {
        if (w) out += '\x1f';
        out += groups[g][w];
      }
    }
  }
  return out;
}

std::string plan_key(const rules::SearchPlan& plan) {
  std::string text;
  for (const auto& group : plan.required) {
    text += "R";
    for (const auto& w : group) text += '\x1f' + w;
    text += '\n';
  }
  text += "O";
  for (const auto& w : plan.optional) text += '\x1f' + w;
  text += "\n" + plan.published_from + "\n" + plan.published_to + "\n" + std::to_string(plan.limit);
  // Only when set, so the keys of plans stored before the flag existed stay the same.
  if (plan.dated_only) text += "\nD";
  return corpus::content_hash(text).substr(0, 32);
}

std::string encode_hits(const std::vector<rules::SearchPlan>& plans,
                        const std::vector<std::vector<std::string>>& hits) {
  std::string out;
  for (size_t p = 0; p < plans.size() && p < hits.size(); ++p) {
    if (p) out += '\x1d';
    out += plan_key(plans[p]);
    out += '\x1e';
    out += join(hits[p]);
  }
  return out;
}

std::vector<rules::SearchPlan> decode_plans(std::string_view encoded) {
  std::vector<rules::SearchPlan> plans;
  if (encoded.empty()) return plans;
  for (auto plan_text : split_on(encoded, '\x1d')) {
    rules::SearchPlan plan;
    for (auto group_text : split_on(plan_text, '\x1e')) {
      std::vector<std::string> group;
      for (auto w : split_on(group_text, '\x1f')) {
        if (!w.empty()) group.emplace_back(w);
      }
      if (!group.empty()) plan.required.push_back(std::move(group));
    }
    plans.push_back(std::move(plan));
  }
  return plans;
}

void Store::save(Report& report, const RunContext& context) {
  exec("BEGIN IMMEDIATE");
  try {
    const auto& a = report.article;
    std::int64_t story_id = 0;
    {
      Stmt ins(db_,
               "INSERT INTO stories(story_key, title, published, created_at) VALUES(?,?,?,?) "
               "ON CONFLICT(story_key) DO UPDATE SET title=excluded.title, "
               "published=excluded.published RETURNING id");
      ins.bind(1, report.story).bind(2, a.title).bind(3, a.published).bind(4, report.created_at);
      if (ins.step()) story_id = ins.integer(0);
    }
    std::int64_t article_id = 0;
    {
      Stmt find(db_, "SELECT id FROM articles WHERE story_id = ? AND content_hash = ?");
      find.bind(1, story_id).bind(2, report.article_hash);
      if (find.step()) article_id = find.integer(0);
    }
    if (article_id == 0) {
      Stmt ins(db_,
               "INSERT INTO articles(story_id, version, path, title, published, format, "
               "content_hash, text, first_seen) VALUES(?, (SELECT COALESCE(MAX(version), 0) + 1 "
               "FROM articles WHERE story_id = ?), ?,?,?,?,?,?,?)");
      ins.bind(1, story_id).bind(2, story_id).bind(3, a.path).bind(4, a.title);
      ins.bind(5, a.published).bind(6, a.format).bind(7, report.article_hash).bind(8, a.text);
      ins.bind(9, report.created_at);
      ins.step();
      article_id = sqlite3_last_insert_rowid(db_);
    }
    {
      Stmt ins(db_,
               "INSERT INTO runs(article_id, story_id, kind, batch_id, created_at, corpus_size, "
               "corpus_generation, seconds, schema_version, supported, contradicted, disputed, "
               "unverified, unread_from) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      ins.bind(1, article_id).bind(2, story_id).bind(3, context.kind);
      if (context.batch_id) {
        ins.bind(4, context.batch_id);
      } else {
        ins.bind_null(4);
      }
      ins.bind(5, report.created_at).bind(6, as_i64(report.corpus_size));
      ins.bind(7, static_cast<std::int64_t>(context.corpus_generation));
      ins.bind(8, report.seconds).bind(9, std::int64_t{kSchemaVersion});
      ins.bind(10, as_i64(report.summary.supported)).bind(11, as_i64(report.summary.contradicted));
      ins.bind(12, as_i64(report.summary.disputed)).bind(13, as_i64(report.summary.unverified));
      if (report.claims_unread_from) {
        ins.bind(14, as_i64(*report.claims_unread_from));
      } else {
        ins.bind_null(14);
      }
      ins.step();
      report.run_id = sqlite3_last_insert_rowid(db_);
    }
    {
      Stmt upd(db_, "UPDATE stories SET last_checked_at = ?, checked_generation = ? WHERE id = ?");
      upd.bind(1, report.created_at).bind(2, static_cast<std::int64_t>(context.corpus_generation));
      upd.bind(3, story_id);
      upd.step();
    }
    Stmt claim_ins(db_,
                   "INSERT INTO claims(run_id, claim_key, kind, text, start, end, sentence_start, "
                   "sentence_end, value, number, date_end, unit, noun, head, hedge, speaker, role, "
                   "organization, entities, flags, confidence, plans, hits) "
                   "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt finding_ins(db_,
                     "INSERT INTO findings(claim_id, verdict, rule, status, confidence, "
                     "explanation) VALUES(?,?,?,?,?,?)");
    Stmt link_ins(db_,
                  "INSERT INTO citations(claim_id, url, final_url, status, http_status, support, "
                  "fetched_at, from_cache, changed, error, body_hash) "
                  "VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    Stmt ev_ins(db_,
                "INSERT INTO evidence(finding_id, rank, doc_id, url, title, published, source, "
                "tier, passage_start, passage_end, passage, value_start, value_end, snippet, "
                "mark_start, mark_end, stance, value) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto& r : report.results) {
      const auto& c = r.claim;
      claim_ins.reset();
      claim_ins.bind(1, report.run_id).bind(2, c.id).bind(3, claims::to_string(c.kind));
      claim_ins.bind(4, c.text).bind(5, as_i64(c.start)).bind(6, as_i64(c.end));
      claim_ins.bind(7, as_i64(c.sentence_start)).bind(8, as_i64(c.sentence_end));
      claim_ins.bind(9, c.value);
      if (c.number) {
        claim_ins.bind(10, *c.number);
      } else {
        claim_ins.bind_null(10);
      }
      claim_ins.bind(11, c.date_end).bind(12, c.unit).bind(13, c.noun).bind(14, c.head);
      claim_ins.bind(15, c.hedge).bind(16, c.speaker).bind(17, c.role).bind(18, c.organization);
      claim_ins.bind(19, join(c.entities)).bind(20, join(c.flags)).bind(21, c.confidence);
      claim_ins.bind(22, encode_plans(r.plans)).bind(23, encode_hits(r.plans, r.hits));
      claim_ins.step();
      std::int64_t claim_row = sqlite3_last_insert_rowid(db_);
      if (r.link) {
        const auto& l = *r.link;
        link_ins.reset();
        link_ins.bind(1, claim_row).bind(2, l.url).bind(3, l.final_url).bind(4, l.status);
        link_ins.bind(5, static_cast<std::int64_t>(l.http_status)).bind(6, l.support);
        link_ins.bind(7, l.fetched_at).bind(8, std::int64_t{l.from_cache});
        link_ins.bind(9, std::int64_t{l.changed}).bind(10, l.error).bind(11, l.body_hash);
        link_ins.step();
      }

      const auto& f = r.finding;
      finding_ins.reset();
      finding_ins.bind(1, claim_row).bind(2, rules::to_string(f.verdict)).bind(3, f.rule);
      finding_ins.bind(4, f.status).bind(5, f.confidence).bind(6, f.explanation);
      finding_ins.step();
      std::int64_t finding_row = sqlite3_last_insert_rowid(db_);

      std::int64_t rank = 0;
      for (const auto& e : f.evidence) {
        const auto& p = e.passage;
        ev_ins.reset();
        ev_ins.bind(1, finding_row).bind(2, rank++).bind(3, p.doc_id).bind(4, p.url);
        ev_ins.bind(5, p.title).bind(6, p.published).bind(7, p.source);
        ev_ins.bind(8, std::int64_t{p.tier}).bind(9, as_i64(p.start)).bind(10, as_i64(p.end));
        ev_ins.bind(11, p.text).bind(12, as_i64(e.value_start)).bind(13, as_i64(e.value_end));
        ev_ins.bind(14, e.snippet).bind(15, as_i64(e.mark_start)).bind(16, as_i64(e.mark_end));
        ev_ins.bind(17, rules::to_string(e.stance)).bind(18, e.value);
        ev_ins.step();
      }
    }
    if (context.batch_id) {
      Stmt done(db_,
                "UPDATE recheck_items SET state = 'checked', run_id = ? WHERE batch_id = ? AND "
                "story_id = ?");
      done.bind(1, report.run_id).bind(2, context.batch_id).bind(3, story_id);
      done.step();
    }
    exec("COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    report.run_id = 0;
    throw;
  }
}

Report Store::load(std::int64_t run_id) const {
  Report report;
  {
    Stmt q(db_,
           "SELECT r.id, r.created_at, r.corpus_size, r.seconds, a.path, a.title, a.published, "
           "a.format, a.content_hash, a.text, r.supported, r.contradicted, r.disputed, "
           "r.unverified, s.story_key, r.unread_from FROM runs r JOIN articles a "
           "ON a.id = r.article_id JOIN stories s ON s.id = r.story_id WHERE r.id = ?");
    q.bind(1, run_id);
    if (!q.step()) {
      throw StoreError("store: no run " + std::to_string(run_id) +
                       " (verify show without an id lists the recent runs)");
    }
    report.run_id = q.integer(0);
    report.created_at = q.text(1);
    report.corpus_size = static_cast<size_t>(q.integer(2));
    report.seconds = q.real(3);
    report.article.path = q.text(4);
    report.article.title = q.text(5);
    report.article.published = q.text(6);
    report.article.format = q.text(7);
    report.article_hash = q.text(8);
    report.article.text = q.text(9);
    report.summary = summary_at(q, 10);
    report.story = q.text(14);
    if (!q.is_null(15)) report.claims_unread_from = static_cast<std::size_t>(q.integer(15));
  }
  Stmt cq(db_,
          "SELECT c.claim_key, c.kind, c.text, c.start, c.end, c.sentence_start, c.sentence_end, "
          "c.value, c.number, c.date_end, c.unit, c.noun, c.head, c.hedge, c.speaker, c.role, "
          "c.organization, c.entities, c.flags, c.confidence, f.id, f.verdict, f.rule, f.status, "
          "f.confidence, f.explanation, c.plans, l.url, l.final_url, l.status, l.http_status, "
          "l.support, l.fetched_at, l.from_cache, l.changed, l.error, l.body_hash, c.hits "
          "FROM claims c JOIN findings f ON f.claim_id = c.id "
          "LEFT JOIN citations l ON l.claim_id = c.id WHERE c.run_id = ? ORDER BY c.id");
  cq.bind(1, run_id);
  Stmt eq(db_,
          "SELECT doc_id, url, title, published, source, tier, passage_start, passage_end, "
          "passage, value_start, value_end, snippet, mark_start, mark_end, stance, value "
          "FROM evidence WHERE finding_id = ? ORDER BY rank");
  // Claims of one sentence share its text, as they do when extracted: cut from the text with
  // its hard-wrap line breaks joined, as the extractor cut them.
  std::string text = report.article.text;
  claims::unwrap_lines(text);
  std::map<std::pair<size_t, size_t>, claims::SharedText> sentences;
  while (cq.step()) {
    ClaimResult r;
    auto& c = r.claim;
    c.id = cq.text(0);
    c.kind = claims::kind_from_string(cq.text(1)).value_or(claims::Kind::kCount);
    c.text = cq.text(2);
    c.start = static_cast<size_t>(cq.integer(3));
    c.end = static_cast<size_t>(cq.integer(4));
    c.sentence_start = static_cast<size_t>(cq.integer(5));
    c.sentence_end = static_cast<size_t>(cq.integer(6));
    if (c.sentence_end <= text.size() && c.sentence_start <= c.sentence_end) {
      auto [it, added] = sentences.try_emplace({c.sentence_start, c.sentence_end});
      if (added) it->second = text.substr(c.sentence_start, c.sentence_end - c.sentence_start);
      c.sentence = it->second;
    }
    c.value = cq.text(7);
    if (!cq.is_null(8)) c.number = cq.real(8);
    c.date_end = cq.text(9);
    c.unit = cq.text(10);
    c.noun = cq.text(11);
    c.head = cq.text(12);
    c.hedge = cq.text(13);
    c.speaker = cq.text(14);
    c.role = cq.text(15);
    c.organization = cq.text(16);
    c.entities = split(cq.text(17));
    c.flags = split(cq.text(18));
    c.confidence = cq.real(19);
    auto& f = r.finding;
    std::int64_t finding_id = cq.integer(20);
    f.verdict = verdict_from(cq.text(21));
    f.rule = cq.text(22);
    f.status = cq.text(23);
    f.confidence = cq.real(24);
    f.explanation = cq.text(25);
    r.plans = decode_plans(cq.text(26));
    // Each plan's hit ids, in plan order (encode_hits); none for runs stored before hits were.
    if (!cq.is_null(37)) {
      const std::string hits = cq.text(37);
      for (auto of_plan : split_on(hits, '\x1d')) {
        auto fields = split_on(of_plan, '\x1e');
        if (fields.size() == 2) r.hits.push_back(split(fields[1]));
      }
    }
    if (!cq.is_null(27)) {
      LinkCheck l;
      l.url = cq.text(27);
      l.final_url = cq.text(28);
      l.status = cq.text(29);
      l.http_status = static_cast<long>(cq.integer(30));
      l.support = cq.text(31);
      l.fetched_at = cq.text(32);
      l.from_cache = cq.integer(33) != 0;
      l.changed = cq.integer(34) != 0;
      l.error = cq.text(35);
      l.body_hash = cq.text(36);
      r.link = std::move(l);
    }
    eq.reset();
    eq.bind(1, finding_id);
    while (eq.step()) {
      rules::Evidence e;
      auto& p = e.passage;
      p.doc_id = eq.text(0);
      p.url = eq.text(1);
      p.title = eq.text(2);
      p.published = eq.text(3);
      p.source = eq.text(4);
      p.tier = static_cast<int>(eq.integer(5));
      p.start = static_cast<size_t>(eq.integer(6));
      p.end = static_cast<size_t>(eq.integer(7));
      p.text = eq.text(8);
      e.value_start = static_cast<size_t>(eq.integer(9));
      e.value_end = static_cast<size_t>(eq.integer(10));
      e.snippet = eq.text(11);
      e.mark_start = static_cast<size_t>(eq.integer(12));
      e.mark_end = static_cast<size_t>(eq.integer(13));
      e.stance =
          eq.text(14) == "contradicts" ? rules::Stance::kContradicts : rules::Stance::kSupports;
      e.value = eq.text(15);
      f.evidence.push_back(std::move(e));
    }
    report.results.push_back(std::move(r));
  }
  return report;
}

std::vector<Engine::RunInfo> Store::list(std::size_t limit) const {
  std::vector<Engine::RunInfo> out;
  Stmt q(db_, (std::string(kRunInfoColumns) + "ORDER BY r.id DESC LIMIT ?").c_str());
  q.bind(1, static_cast<std::int64_t>(limit));
  while (q.step()) out.push_back(run_info(q));
  return out;
}

std::vector<Engine::RunInfo> Store::history(const std::string& story) const {
  std::vector<Engine::RunInfo> out;
  Stmt q(db_, (std::string(kRunInfoColumns) +
               "JOIN stories s ON s.id = r.story_id WHERE s.story_key = ? ORDER BY r.id")
                  .c_str());
  q.bind(1, story);
  while (q.step()) out.push_back(run_info(q));
  if (out.empty()) {
    throw StoreError("store: no story '" + story + "' (verify stories lists them)");
  }
  return out;
}

std::vector<StoryInfo> Store::stories() const {
  std::vector<StoryInfo> out;
  Stmt q(db_,
         "SELECT s.story_key, s.title, s.published, s.last_checked_at, "
         "(SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id), "
         "(SELECT COUNT(*) FROM runs r WHERE r.story_id = s.id) FROM stories s ORDER BY s.id");
  while (q.step()) {
    out.push_back(
        StoryInfo{q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4), q.integer(5)});
  }
  return out;
}

std::pair<std::int64_t, bool> Store::open_batch(const RecheckOptions& options) {
  exec("BEGIN IMMEDIATE");
  try {
    {
      Stmt open(db_, "SELECT id FROM recheck_batches WHERE finished_at IS NULL ORDER BY id DESC");
      if (open.step()) {
        std::int64_t id = open.integer(0);
        exec("COMMIT");
        return {id, true};
      }
    }
    std::string now = utc_now();
    {
      Stmt ins(db_, "INSERT INTO recheck_batches(started_at) VALUES(?)");
      ins.bind(1, now);
      ins.step();
    }
    std::int64_t batch = sqlite3_last_insert_rowid(db_);
    // Stale stories first: the longest unchecked are the most likely to have moved.
    std::string sql =
        "INSERT INTO recheck_items(batch_id, story_id, position) SELECT ?1, s.id, "
        "ROW_NUMBER() OVER (ORDER BY COALESCE(s.last_checked_at, ''), s.id) FROM stories s "
        "WHERE (?2 = '' OR s.story_key = ?2) AND (?3 = '' OR COALESCE(s.published, '') >= ?3) "
        "AND (?4 < 0 OR s.last_checked_at IS NULL OR "
        "julianday(?5) - julianday(s.last_checked_at) >= ?4) "
        "ORDER BY COALESCE(s.last_checked_at, ''), s.id";
    if (options.limit > 0) sql += " LIMIT " + std::to_string(options.limit);
    Stmt items(db_, sql.c_str());
    items.bind(1, batch).bind(2, options.story).bind(3, options.since);
    items.bind(4, static_cast<std::int64_t>(options.stale_days)).bind(5, now);
    items.step();
    exec("COMMIT");
    return {batch, false};
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

std::vector<StoryState> Store::pending(std::int64_t batch_id) const {
  std::vector<StoryState> out;
  Stmt q(db_,
         "SELECT s.id, s.story_key, s.checked_generation, "
         "(SELECT r.id FROM runs r WHERE r.story_id = s.id ORDER BY r.id DESC LIMIT 1), "
         "(SELECT r.corpus_generation FROM runs r WHERE r.story_id = s.id ORDER BY r.id DESC "
         "LIMIT 1) FROM recheck_items i JOIN stories s ON s.id = i.story_id "
         "WHERE i.batch_id = ? AND i.state = 'pending' ORDER BY i.position");
  q.bind(1, batch_id);
  while (q.step()) {
    StoryState st;
    st.story_id = q.integer(0);
    st.story = q.text(1);
    st.checked_generation = static_cast<std::uint64_t>(q.integer(2));
    st.run_id = q.is_null(3) ? 0 : q.integer(3);
    st.run_generation = static_cast<std::uint64_t>(q.integer(4));
    out.push_back(std::move(st));
  }
  return out;
}

std::vector<Store::Finished> Store::finished(std::int64_t batch_id) const {
  std::vector<Finished> out;
  Stmt q(db_,
         "SELECT s.id, s.story_key, i.run_id, p.id, p.corpus_generation FROM recheck_items i "
         "JOIN stories s ON s.id = i.story_id LEFT JOIN runs p ON p.id = (SELECT r.id FROM runs "
         "r WHERE r.story_id = i.story_id AND r.id < i.run_id ORDER BY r.id DESC LIMIT 1) "
         "WHERE i.batch_id = ? AND i.state = 'checked' AND i.run_id IS NOT NULL "
         "ORDER BY i.position");
  q.bind(1, batch_id);
  while (q.step()) {
    Finished f;
    f.story_id = q.integer(0);
    f.story = q.text(1);
    f.run_id = q.integer(2);
    f.previous_run = q.is_null(3) ? 0 : q.integer(3);
    f.run_generation = q.is_null(4) ? 0 : static_cast<std::uint64_t>(q.integer(4));
    out.push_back(std::move(f));
  }
  return out;
}

std::size_t Store::batch_size(std::int64_t batch_id) const {
  Stmt q(db_, "SELECT COUNT(*) FROM recheck_items WHERE batch_id = ?");
  q.bind(1, batch_id);
  return q.step() ? static_cast<std::size_t>(q.integer(0)) : 0;
}

void Store::mark_skipped(std::int64_t batch_id, std::int64_t story_id, std::uint64_t generation) {
  exec("BEGIN IMMEDIATE");
  try {
    Stmt item(db_,
              "UPDATE recheck_items SET state = 'skipped' WHERE batch_id = ? AND story_id = ?");
    item.bind(1, batch_id).bind(2, story_id);
    item.step();
    Stmt story(db_, "UPDATE stories SET checked_generation = ?, last_checked_at = ? WHERE id = ?");
    story.bind(1, static_cast<std::int64_t>(generation)).bind(2, utc_now());
    story.bind(3, story_id);
    story.step();
    exec("COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

void Store::finish_batch(std::int64_t batch_id) {
  Stmt q(db_, "UPDATE recheck_batches SET finished_at = ? WHERE id = ?");
  q.bind(1, utc_now()).bind(2, batch_id);
  q.step();
}

std::optional<std::pair<std::string, std::string>> Store::last_citation(
    const std::string& url) const {
  Stmt q(db_,
         "SELECT body_hash, fetched_at FROM citations WHERE url = ? AND body_hash <> '' "
         "ORDER BY claim_id DESC LIMIT 1");
  q.bind(1, url);
  if (!q.step()) return std::nullopt;
  return std::make_pair(q.text(0), q.text(1));
}

RunTerms Store::run_terms(std::int64_t run_id) const {
  RunTerms terms;
  {
    Stmt cites(db_, "SELECT COUNT(*) FROM claims WHERE run_id = ? AND kind = 'citation'");
    cites.bind(1, run_id);
    terms.has_citations = cites.step() && cites.integer(0) > 0;
  }
  {
    Stmt run(db_, "SELECT unread_from FROM runs WHERE id = ?");
    run.bind(1, run_id);
    if (run.step() && !run.is_null(0)) terms.unread_from = static_cast<std::size_t>(run.integer(0));
  }
  Stmt plans(db_, "SELECT plans, hits, kind, value, text FROM claims WHERE run_id = ?");
  plans.bind(1, run_id);
  while (plans.step()) {
    const bool quote = plans.text(2) == "quote";
    const std::string quoted = !quote ? "" : !plans.text(3).empty() ? plans.text(3) : plans.text(4);
    for (auto& p : decode_plans(plans.text(0))) {
      terms.plans.push_back(std::move(p));
      terms.quote_of_plan.push_back(quoted);
    }
    const std::string hits = plans.text(1);  // the views below point into it
    for (auto of_plan : split_on(hits, '\x1d')) {
      auto fields = split_on(of_plan, '\x1e');
      if (fields.size() != 2) continue;
      auto ids = split(fields[1]);
      if (quote) {
        terms.quote_of_key.emplace(std::string(fields[0]), quoted);
      } else {
        terms.story_keys.emplace(fields[0]);
      }
      terms.hits.emplace(std::string(fields[0]), std::move(ids));
    }
  }
  Stmt docs(db_,
            "SELECT DISTINCT e.doc_id FROM evidence e JOIN findings f ON f.id = e.finding_id "
            "JOIN claims c ON c.id = f.claim_id WHERE c.run_id = ?");
  docs.bind(1, run_id);
  while (docs.step()) terms.evidence_docs.insert(docs.text(0));
  return terms;
}

claims::Article Store::latest_article(std::int64_t story_id) const {
  Stmt q(db_,
         "SELECT path, title, published, format, text FROM articles WHERE story_id = ? "
         "ORDER BY version DESC LIMIT 1");
  q.bind(1, story_id);
  if (!q.step()) throw StoreError("store: story " + std::to_string(story_id) + " has no article");
  claims::Article a;
  a.path = q.text(0);
  a.title = q.text(1);
  a.published = q.text(2);
  a.format = q.text(3);
  a.text = q.text(4);
  return a;
}

void Store::remove_runs(const std::vector<std::int64_t>& ids) {
  exec("BEGIN IMMEDIATE");
  try {
    for (std::int64_t id : ids) {
      // A re-check batch may name the run; it keeps its place without it.
      Stmt unlink(db_, "UPDATE recheck_items SET run_id = NULL WHERE run_id = ?");
      unlink.bind(1, id);
      unlink.step();
      // Claims, findings, evidence and citations follow by ON DELETE CASCADE.
      Stmt del(db_, "DELETE FROM runs WHERE id = ?");
      del.bind(1, id);
      del.step();
      if (sqlite3_changes(db_) == 0) {
        throw StoreError("store: no run " + std::to_string(id) + " (verify show lists them)");
      }
    }
    exec("COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

void Store::remove_stories(const std::vector<std::string>& stories) {
  exec("BEGIN IMMEDIATE");
  try {
    for (const auto& key : stories) {
      std::int64_t id = 0;
      {
        Stmt find(db_, "SELECT id FROM stories WHERE story_key = ?");
        find.bind(1, key);
        if (!find.step()) {
          throw StoreError("store: no story '" + key + "' (verify stories lists them)");
        }
        id = find.integer(0);
      }
      for (const char* sql :
           {"DELETE FROM recheck_items WHERE story_id = ?", "DELETE FROM runs WHERE story_id = ?",
            "DELETE FROM articles WHERE story_id = ?", "DELETE FROM stories WHERE id = ?"}) {
        Stmt del(db_, sql);
        del.bind(1, id);
        del.step();
      }
    }
    exec("COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

}  // namespace verify::engine

// Crash consistency of ingest: a child process adding a JSON Lines batch is killed with SIGKILL
// at several points; the stores must stay sound and a re-add must complete the batch
// (docs/corpus.md, "Consistency model"). Checks read SQLite and Xapian directly, not through
// the Corpus API, so they see what is on disk.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "test_support.h"
#include "verify/corpus.h"

namespace fs = std::filesystem;
using verify::corpus::Corpus;
using verify::test::TempDir;
using verify::test::write_file;

namespace {

// Three batches of 2,000 (1,000 per shard) so kills land before, inside and between commits.
constexpr std::size_t kDocs = 5000;
constexpr std::size_t kBatch = 2000;

std::string doc_id(std::size_t i) { return "doc-" + std::to_string(i); }

std::string batch_jsonl() {
  std::string out;
  for (std::size_t i = 0; i < kDocs; ++i) {
    out += "{\"id\": \"" + doc_id(i) + "\", \"title\": \"Report " + std::to_string(i) +
           "\", \"published\": \"2025-0" + std::to_string(1 + i % 9) + "-1" +
           std::to_string(i % 10) + "\", \"text\": \"Officials said " + std::to_string(i) +
           " people were moved on Tuesday. The ministry confirmed " + std::to_string(i % 97) +
           " arrests in the region, according to a statement.\"}\n";
  }
  return out;
}

struct StoreState {
  std::set<std::string> sqlite_ids, xapian_ids;
  std::string integrity;
};

// A kill can come before the child has created either store; each then reads as empty.
StoreState read_state(const fs::path& home) {
  StoreState s;
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2((home / "verify.db").c_str(), &db,
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
  auto rows = [&](const char* sql, auto&& each) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return false;
    while (sqlite3_step(st) == SQLITE_ROW) {
      each(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    return sqlite3_finalize(st) == SQLITE_OK;
  };
  bool has_table = false;
  CHECK(rows("SELECT name FROM sqlite_master WHERE name = 'documents'",
             [&](const char*) { has_table = true; }));
  CHECK(rows("PRAGMA integrity_check", [&](const char* line) { s.integrity += line; }));
  if (has_table) {
    CHECK(rows("SELECT id FROM documents", [&](const char* id) { s.sqlite_ids.insert(id); }));
  }
  sqlite3_close(db);
  // The stub file HOME/index/XAPIANDB, written once every shard exists, opens them as one.
  if (fs::exists(home / "index" / "XAPIANDB")) {
    Xapian::Database index((home / "index").string());
    for (auto t = index.allterms_begin("Q"); t != index.allterms_end("Q"); ++t) {
      s.xapian_ids.insert((*t).substr(1));
    }
  }
  return s;
}

// Forks a child that adds `file` to the corpus under `home`. The child kills itself at the
// progress report after `kill_at_record` records (0: never); the parent kills it after
// `kill_after` (zero: never). Returns the child's wait status.
int ingest_in_child(const fs::path& home, const fs::path& file, std::size_t kill_at_record,
                    std::chrono::milliseconds kill_after) {
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // The child only ingests and leaves: no Catch2 and no destructors of the parent's objects.
    try {
      auto corpus = Corpus::open(home, Corpus::Mode::kWrite);
      corpus->add_path(file, [&](std::size_t records, std::uint64_t, std::uint64_t) {
        if (kill_at_record && records >= kill_at_record) raise(SIGKILL);
      });
    } catch (...) {
      _exit(3);
    }
    _exit(0);
  }
  if (kill_after.count() > 0) {
    std::this_thread::sleep_for(kill_after);
    kill(pid, SIGKILL);
  }
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  return status;
}

// What must hold after any crash: both stores open and are sound, SQLite never lists a
// document the index lacks, and no committed document is lost.
void check_after_crash(const fs::path& home, std::size_t& committed) {
  StoreState s = read_state(home);
  CHECK(s.integrity == "ok");
  CHECK(std::includes(s.xapian_ids.begin(), s.xapian_ids.end(), s.sqlite_ids.begin(),
                      s.sqlite_ids.end()));
  CHECK(s.sqlite_ids.size() >= committed);
  committed = s.sqlite_ids.size();
}

}  // namespace

TEST_CASE("an ingest killed with SIGKILL at any point leaves sound stores and a re-add completes",
          "[corpus][crash]") {
  TempDir dir;
  fs::path home = dir.path() / "home";
  fs::path file = dir.path() / "batch.jsonl";
  write_file(file, batch_jsonl());
  std::size_t committed = 0;

  SECTION("killed at fixed records: before the first commit and after each batch's commit") {
    // The progress report comes every 200 records, before the batch it completes is flushed:
    // at 2,000 nothing is committed yet; at 2,200 the first batch is in both stores.
    for (std::size_t at : {200u, 2000u, 2200u, 4200u}) {
      CAPTURE(at);
      int status = ingest_in_child(home, file, at, std::chrono::milliseconds(0));
      REQUIRE(WIFSIGNALED(status));
      check_after_crash(home, committed);
      CHECK(committed >= (at - 1) / kBatch * kBatch);
    }
  }
  SECTION("killed by another process after increasing delays, also inside commits") {
    // Where each kill lands depends on the machine; the invariants must hold wherever it does.
    for (int ms : {20, 60, 120, 200, 300, 450, 650}) {
      CAPTURE(ms);
      int status = ingest_in_child(home, file, 0, std::chrono::milliseconds(ms));
      REQUIRE((WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0)));
      check_after_crash(home, committed);
    }
  }

  auto corpus = Corpus::open(home, Corpus::Mode::kWrite);
  auto report = corpus->add_path(file);
  CHECK(report.rejected == 0);
  CHECK(report.added + report.updated + report.skipped == kDocs);
  CHECK(corpus->size() == kDocs);
  StoreState s = read_state(home);
  CHECK(s.integrity == "ok");
  CHECK(s.sqlite_ids.size() == kDocs);
  CHECK(s.sqlite_ids == s.xapian_ids);
  // A complete batch added again changes nothing.
  auto again = corpus->add_path(file);
  CHECK(again.skipped == kDocs);
  CHECK(corpus->size() == kDocs);
}

TEST_CASE("a home whose index creation was cut short by a crash accepts the next add",
          "[corpus][crash]") {
  TempDir dir;
  fs::path home = dir.path() / "home";
  // What a kill in the middle of creating a shard left behind before the fix: table files but
  // no version file, which Xapian refuses to open, and no stub.
  fs::create_directories(home / "index");
  {
    Xapian::WritableDatabase shard((home / "index" / "shard-0").string(),
                                   Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  }
  fs::remove(home / "index" / "shard-0" / "iamglass");
  // A scratch directory of a creation killed under the current scheme (no such process).
  fs::create_directories(home / ".index-new-999999999" / "shard-0");

  auto corpus = Corpus::open(home, Corpus::Mode::kWrite);
  std::istringstream in("{\"id\": \"a\", \"text\": \"Twelve officials left on Tuesday.\"}\n");
  auto report = corpus->add_jsonl(in, "in.jsonl");
  CHECK(report.added == 1);
  CHECK(corpus->size() == 1);
  CHECK(fs::exists(home / "index" / "XAPIANDB"));
  CHECK_FALSE(fs::exists(home / ".index-new-999999999"));
}

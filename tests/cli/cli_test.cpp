// End-to-end tests: the real `verify` binary on fixtures, its JSON, and the SQLite it leaves.
#include <simdjson.h>
#include <sqlite3.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "cli/cli_test_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::read_file;
using verify::test::run;
using verify::test::RunResult;
using verify::test::shell_quote;
using verify::test::TempDir;

namespace {

const fs::path kData = fs::path(VERIFY_TEST_DATA) / "cli";

using verify::test::verify_cmd;

RunResult run_verify(const TempDir& tmp, const std::string& args) {
  return run(verify_cmd(tmp.path() / "home", args), tmp.path());
}

long long sql_count(const fs::path& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
  long long n = -1;
  if (sqlite3_step(stmt) == SQLITE_ROW) n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

// id -> text of every source in a corpus JSON Lines file.
std::map<std::string, std::string> corpus_texts(const fs::path& jsonl) {
  std::map<std::string, std::string> out;
  simdjson::dom::parser parser;
  std::istringstream in(read_file(jsonl));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto doc = parser.parse(line);
    out[std::string(doc["id"].get_string().value())] =
        std::string(doc["text"].get_string().value());
  }
  return out;
}

struct ClaimView {
  std::string kind, text, verdict, value;
  std::set<std::string> evidence;  // doc ids
};

}  // namespace

TEST_CASE("verify --version prints the version and exits 0", "[cli]") {
  TempDir tmp;
  auto r = run(shell_quote(VERIFY_BINARY) + " --version", tmp.path());
  CHECK(r.status == 0);
  CHECK(r.out.find("verify ") != std::string::npos);
}

TEST_CASE("verify without arguments is a usage error with exit status 2", "[cli]") {
  TempDir tmp;
  auto r = run(shell_quote(VERIFY_BINARY), tmp.path());
  CHECK(r.status == 2);
}

TEST_CASE("every subcommand answers --help", "[cli]") {
  TempDir tmp;
  for (const char* sub : {"check", "claims", "corpus", "corpus add", "show", "eval"}) {
    auto r = run(shell_quote(VERIFY_BINARY) + " " + sub + " --help", tmp.path());
    INFO(sub);
    CHECK(r.status == 0);
    CHECK(r.out.find("Usage") != std::string::npos);
  }
}

TEST_CASE("checking an article gives a JSON report whose evidence points into the sources",
          "[cli][e2e]") {
  TempDir tmp;
  auto add = run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string()));
  REQUIRE(add.status == 0);
  CHECK(add.out.find("added 5") != std::string::npos);

  auto r = run_verify(tmp, shell_quote((kData / "article.txt").string()) + " --format json");
  INFO(r.err);
  // Something is contradicted, so the exit status says so.
  REQUIRE(r.status == 1);

  simdjson::dom::parser parser;
  simdjson::dom::element report = parser.parse(r.out);
  CHECK(int64_t(report["schema_version"]) == 1);
  const std::string article = read_file(kData / "article.txt");
  const auto sources = corpus_texts(kData / "corpus.jsonl");

  std::vector<ClaimView> claims;
  size_t evidence_rows = 0;
  for (auto c : report["claims"].get_array()) {
    ClaimView v;
    v.kind = std::string(c["kind"].get_string().value());
    v.text = std::string(c["text"].get_string().value());
    v.verdict = std::string(c["verdict"].get_string().value());
    // Offsets are bytes into the article and slice out exactly the claim's text.
    auto start = uint64_t(c["start"]), end = uint64_t(c["end"]);
    REQUIRE(end <= article.size());
    CHECK(article.substr(start, end - start) == v.text);
    CHECK_FALSE(std::string(c["explanation"].get_string().value()).empty());
    for (auto e : c["evidence"].get_array()) {
      ++evidence_rows;
      std::string doc_id(e["doc_id"].get_string().value());
      v.evidence.insert(doc_id);
      REQUIRE(sources.count(doc_id) == 1);
      const std::string& src = sources.at(doc_id);
      auto ps = uint64_t(e["start"]), pe = uint64_t(e["end"]);
      auto vs = uint64_t(e["value_start"]), ve = uint64_t(e["value_end"]);
      REQUIRE(pe <= src.size());
      CHECK(src.substr(ps, pe - ps) == std::string(e["passage"].get_string().value()));
      CHECK(ps <= vs);
      CHECK(ve <= pe);
      std::string snippet(e["snippet"].get_string().value());
      auto ms = uint64_t(e["mark_start"]), me = uint64_t(e["mark_end"]);
      REQUIRE(me <= snippet.size());
      // The marked words of the snippet are the decisive words of the source.
      CHECK(snippet.substr(ms, me - ms) == src.substr(vs, ve - vs));
    }
    claims.push_back(v);
  }
  REQUIRE_FALSE(claims.empty());
  auto verdict_of = [&](const std::string& needle, const std::string& kind) {
    for (const auto& c : claims) {
      if (c.kind == kind && c.text.find(needle) != std::string::npos) return c.verdict;
    }
    return std::string("(no such claim)");
  };
  // The fixture's key (tests/data/cli/README.md): a supported date and count, a count that
  // two sources contradict, a verbatim quote with the same speaker; the "240 new homes" source
  // about another vote must not contradict anything.
  CHECK(verdict_of("June 2, 2026", "date") == "supported");
  CHECK(verdict_of("seven", "count") == "supported");
  CHECK(verdict_of("85", "count") == "contradicted");
  CHECK(verdict_of("hardest decision", "quote") == "supported");
  for (const auto& c : claims) {
    if (c.kind == "count" && c.text.find("85") != std::string::npos) {
      CHECK(c.evidence.count("brd-gazette") + c.evidence.count("brd-courier") >= 1);
      CHECK(c.evidence.count("brd-homes") == 0);
      CHECK(c.evidence.count("brd-weather") == 0);
    }
  }

  auto summary = report["summary"];
  CHECK(uint64_t(summary["total"]) == claims.size());

  // Everything the run decided is in SQLite.
  fs::path db = tmp.path() / "home" / "verify.db";
  CHECK(sql_count(db, "SELECT COUNT(*) FROM runs") == 1);
  CHECK(sql_count(db, "SELECT COUNT(*) FROM articles") == 1);
  CHECK(sql_count(db, "SELECT COUNT(*) FROM claims") == static_cast<long long>(claims.size()));
  CHECK(sql_count(db, "SELECT COUNT(*) FROM findings") == static_cast<long long>(claims.size()));
  CHECK(sql_count(db, "SELECT COUNT(*) FROM evidence") == static_cast<long long>(evidence_rows));

  SECTION("a stored run is re-printed by verify show without re-running") {
    auto shown = run_verify(tmp, "show 1 --format json");
    CHECK(shown.status == 1);
    simdjson::dom::parser p2;
    simdjson::dom::element again = p2.parse(shown.out);
    size_t i = 0;
    for (auto c : again["claims"].get_array()) {
      REQUIRE(i < claims.size());
      CHECK(std::string(c["text"].get_string().value()) == claims[i].text);
      CHECK(std::string(c["verdict"].get_string().value()) == claims[i].verdict);
      ++i;
    }
    CHECK(i == claims.size());
    CHECK(sql_count(db, "SELECT COUNT(*) FROM runs") == 1);
  }
  SECTION("markdown and text renderings carry the same verdicts") {
    auto md = run_verify(tmp, "show 1 --format md");
    CHECK(md.out.find("## CONTRADICTED") != std::string::npos);
    // "markdown", as a user types it, is md (a new-user trial was refused it).
    auto spelled = run_verify(tmp, "show 1 -f markdown");
    CHECK(spelled.status == md.status);
    CHECK(spelled.out == md.out);
    auto text = run_verify(tmp, "show 1");
    CHECK(text.out.find("CONTRADICTED") != std::string::npos);
    CHECK(text.out.find("\033[") == std::string::npos);  // no colour when piped
    auto html = run_verify(tmp, "show 1 --format html");
    CHECK(html.status == 1);
    CHECK(html.out.find("<mark tabindex=\"0\" class=\"v-contradicted\"") != std::string::npos);
  }
}

TEST_CASE("re-adding the same corpus skips every document and duplicates nothing", "[cli]") {
  TempDir tmp;
  auto corpus = shell_quote((kData / "corpus.jsonl").string());
  REQUIRE(run_verify(tmp, "corpus add " + corpus).status == 0);
  auto again = run_verify(tmp, "corpus add " + corpus);
  CHECK(again.status == 0);
  CHECK(again.out.find("added 0, updated 0, skipped 5") != std::string::npos);
  auto stats = run_verify(tmp, "corpus stats --json");
  CHECK(stats.out.find("\"documents\": 5") != std::string::npos);
}

TEST_CASE("corpus add warns of an id repeated within one file and counts it apart", "[cli]") {
  // Kind (a new user's report): lines 1 and 9 sharing id "g1" printed "added 1, updated 1"
  // with no warning, and line 1's text was lost.
  TempDir tmp;
  fs::path feed = tmp.path() / "f.jsonl";
  std::ofstream out(feed);
  out << "{\"id\": \"g1\", \"text\": \"The council met on Monday.\"}\n";
  for (int i = 2; i <= 8; ++i) {
    out << "{\"id\": \"g" << i << "\", \"text\": \"Story number " << i << ".\"}\n";
  }
  out << "{\"id\": \"g1\", \"text\": \"The council met on Tuesday.\"}\n";
  out.close();
  auto r = run_verify(tmp, "corpus add " + shell_quote(feed.string()));
  CHECK(r.status == 0);  // nothing was rejected
  CHECK(r.err.find("warning: " + feed.string() +
                   ":9: id 'g1' repeats line 1; the later record is kept") != std::string::npos);
  CHECK(r.out.find("added 8, updated 0, skipped 0 (unchanged), rejected 0, repeated 1 ") !=
        std::string::npos);
  CHECK(r.out.find("corpus has 8 documents") != std::string::npos);
}

TEST_CASE("corpus add warns of an id repeated across two files, naming the file and line of both",
          "[cli]") {
  // Kind (a new user's report): within one file a repeated id warned naming both lines; across
  // the files of one `corpus add a.jsonl b.jsonl` it printed "added 2, updated 1" and nothing
  // else, and the first file's text was lost.
  TempDir tmp;
  fs::path a = tmp.path() / "a.jsonl";
  fs::path b = tmp.path() / "b.jsonl";
  verify::test::write_file(a,
                           "{\"id\": \"g1\", \"text\": \"The council met on Monday.\"}\n"
                           "{\"id\": \"g2\", \"text\": \"Another story.\"}\n");
  verify::test::write_file(b,
                           "{\"id\": \"g3\", \"text\": \"A third story.\"}\n"
                           "{\"id\": \"g1\", \"text\": \"The council met on Tuesday.\"}\n");
  auto r = run_verify(tmp, "corpus add " + shell_quote(a.string()) + " " + shell_quote(b.string()));
  INFO(r.err);
  CHECK(r.status == 0);  // nothing was rejected
  CHECK(r.err.find("warning: " + b.string() + ":2: id 'g1' repeats " + a.string() +
                   ":1; the later record is kept") != std::string::npos);
  CHECK(r.out.find("added 3, updated 0, skipped 0 (unchanged), rejected 0, repeated 1 ") !=
        std::string::npos);
  CHECK(r.out.find("corpus has 3 documents") != std::string::npos);
}

TEST_CASE("corpus add of a binary file named .jsonl says so in one line", "[cli][errors]") {
  // Kind (a new user's report): 5 MB of random bytes printed 38,516 "invalid UTF-8" lines.
  TempDir tmp;
  fs::path bin = tmp.path() / "bin.jsonl";
  {
    std::ofstream out(bin, std::ios::binary);
    std::uint32_t x = 2463534242u;  // xorshift32: the same bytes every run
    for (int i = 0; i < 1'000'000; ++i) {
      x ^= x << 13;
      x ^= x >> 17;
      x ^= x << 5;
      out.put(static_cast<char>(x & 0xFF));
    }
  }
  auto r = run_verify(tmp, "corpus add " + shell_quote(bin.string()));
  CHECK(r.status == 2);
  INFO(r.err.substr(0, 2000));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK(r.err.find("verify: rejected: " + bin.string() + ": binary file (NUL byte at offset ") ==
        0);
  CHECK(r.out.find("added 0, updated 0, skipped 0 (unchanged), rejected ") == 0);
  CHECK(r.out.find("rejected 0;") == std::string::npos);
}

TEST_CASE("one source and one claim are counted in the singular", "[cli]") {
  TempDir tmp;
  fs::path one = tmp.path() / "one.jsonl";
  std::ofstream(one) << "{\"id\": \"only\", \"text\": \"The council met on Monday.\"}\n";
  auto add = run_verify(tmp, "corpus add " + shell_quote(one.string()));
  CHECK(add.status == 0);
  CHECK(add.out.find("corpus has 1 document\n") != std::string::npos);
  fs::path article = tmp.path() / "a.txt";
  std::ofstream(article) << "The council met on Monday with 12 members.\n";
  auto r = run_verify(tmp, shell_quote(article.string()));
  CHECK(r.out.find("corpus of 1 document\n") != std::string::npos);
  CHECK(r.out.find("1 claim: ") != std::string::npos);  // "12", the one claim
  auto listed = run_verify(tmp, "claims " + shell_quote(article.string()));
  CHECK(listed.out.find(": 1 claim\n") != std::string::npos);
}

TEST_CASE("a run's listing counts its claims as its report does, the article's date unchecked",
          "[cli]") {
  TempDir tmp;
  fs::path one = tmp.path() / "one.jsonl";
  std::ofstream(one) << "{\"id\": \"only\", \"published\": \"2026-11-20\", \"text\": \"The "
                        "Lierre council met on Monday with 12 members present.\"}\n";
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote(one.string())).status == 0);
  fs::path article = tmp.path() / "a.txt";
  std::ofstream(article) << "Council meets\n\nLIERRE, Nov. 21, 2026 — The Lierre council met on "
                            "Monday with 12 members present.\n";
  auto r = run_verify(tmp, shell_quote(article.string()));
  INFO(r.out);
  REQUIRE(r.out.find("2 claims: 2 supported, 0 contradicted, 0 disputed, 0 unverified; not "
                     "checked: the article's date") != std::string::npos);
  auto history = run_verify(tmp, "history " + shell_quote(article.string()));
  INFO(history.out);
  CHECK(history.out.find("2 supported, 0 unverified") != std::string::npos);
  auto runs = run_verify(tmp, "show");
  CHECK(runs.out.find("2 supported, 0 unverified") != std::string::npos);
}

TEST_CASE("sources added by the CLI carry their mentions, and reindex has nothing left to re-read",
          "[cli]") {
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  auto stats = run_verify(tmp, "corpus stats");
  CHECK(stats.out.find("mentions:    5 of 5 sources read by this version") != std::string::npos);
  CHECK(run_verify(tmp, "corpus stats --json").out.find("\"mentions_current\": 5") !=
        std::string::npos);
  auto reindex = run_verify(tmp, "corpus reindex");
  CHECK(reindex.status == 0);
  CHECK(reindex.out.find("re-read 0 of 5 sources") != std::string::npos);
}

TEST_CASE("corpus compact shrinks the index and the same check gives the same verdicts",
          "[cli][compact]") {
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  const std::string check = shell_quote((kData / "article.txt").string()) + " --format json -q";
  auto before = run_verify(tmp, check);
  auto compact = run_verify(tmp, "corpus compact");
  CHECK(compact.status == 0);
  CHECK(compact.out.find("compacted 2 shards: ") != std::string::npos);
  auto after = run_verify(tmp, check);
  CHECK(after.status == before.status);
  // The reports differ only in their run's number and times.
  auto verdicts = [](const std::string& report) {
    std::string out;
    for (std::size_t at = report.find("\"verdict\""); at != std::string::npos;
         at = report.find("\"verdict\"", at + 1))
      out += report.substr(at, report.find(',', at) - at) + "\n";
    return out;
  };
  CHECK(!verdicts(before.out).empty());
  CHECK(verdicts(after.out) == verdicts(before.out));
  CHECK(run_verify(tmp, "corpus stats --json").out.find("\"documents\": 5") != std::string::npos);
}

TEST_CASE("corpus compact on a home with no sources says so and creates nothing",
          "[cli][compact]") {
  TempDir tmp;
  fs::path typo = tmp.path() / "no-such-home";
  auto r =
      run(shell_quote(VERIFY_BINARY) + " --home " + shell_quote(typo.string()) + " corpus compact",
          tmp.path());
  CHECK(r.status == 0);
  CHECK(r.out.find("nothing to compact: no sources in") != std::string::npos);
  CHECK_FALSE(fs::exists(typo));
}

TEST_CASE("bad input gets a clear message, exit 2, and leaves index and store intact",
          "[cli][errors]") {
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  REQUIRE(run_verify(tmp, shell_quote((kData / "article.txt").string()) + " -q").status == 1);
  fs::path db = tmp.path() / "home" / "verify.db";
  auto runs_before = sql_count(db, "SELECT COUNT(*) FROM runs");
  auto docs_before = sql_count(db, "SELECT COUNT(*) FROM documents");

  struct Case {
    std::string args;
    std::string message;
  };
  const fs::path bad = kData / "bad";
  auto c = GENERATE_COPY(
      Case{shell_quote((bad / "binary.txt").string()), "binary.txt"},
      Case{shell_quote((bad / "empty.txt").string()), "empty.txt"},
      Case{shell_quote((bad / "invalid-utf8.txt").string()), "byte"},
      Case{shell_quote((bad / "does-not-exist.txt").string()), "does-not-exist.txt"},
      Case{"corpus add " + shell_quote((bad / "malformed.jsonl").string()), "malformed.jsonl:2"},
      Case{"corpus add " + shell_quote((bad / "missing-text.jsonl").string()), "text"},
      Case{"claims " + shell_quote((bad / "invalid-utf8.txt").string()), "invalid UTF-8"});
  INFO(c.args);
  auto r = run_verify(tmp, c.args);
  CHECK(r.status == 2);
  CHECK(r.err.find(c.message) != std::string::npos);
  CHECK(sql_count(db, "SELECT COUNT(*) FROM runs") == runs_before);
  // A rejected line does not stop the good lines of the same file from being indexed, and
  // nothing indexed before is lost.
  CHECK(sql_count(db, "SELECT COUNT(*) FROM documents") >= docs_before);
  auto check = run_verify(tmp, shell_quote((kData / "article.txt").string()) + " -q --no-store");
  CHECK(check.status == 1);
}

TEST_CASE("several articles give a JSON array with an error entry for one that cannot be read",
          "[cli][errors]") {
  // Kind (a new user's report): `verify a.txt nosuch.txt --format json` printed a.txt's report
  // as a lone object, not the array formats.md describes, and nothing for nosuch.txt.
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  const std::string good = shell_quote((kData / "article.txt").string());
  const std::string missing = shell_quote((tmp.path() / "nosuch.txt").string());
  auto r = run_verify(tmp, good + " " + missing + " --format json --no-fetch --no-store");
  // An error wins the exit status; stderr says the other report has contradictions.
  CHECK(r.status == 2);
  CHECK(r.err.find("nosuch.txt: cannot open file") != std::string::npos);
  CHECK(r.err.find("the other articles' reports have contradicted or disputed claims") !=
        std::string::npos);
  simdjson::dom::parser parser;
  simdjson::dom::element doc = parser.parse(r.out);
  simdjson::dom::array entries;
  REQUIRE_FALSE(doc.get_array().get(entries));
  REQUIRE(entries.size() == 2);
  CHECK(int64_t(entries.at(0)["summary"]["contradicted"]) > 0);
  auto failed = entries.at(1);
  CHECK(int64_t(failed["schema_version"]) == 1);
  CHECK(std::string(failed["article"]["path"].get_string().value()) ==
        (tmp.path() / "nosuch.txt").string());
  CHECK(std::string(failed["error"].get_string().value()).find("cannot open file") !=
        std::string::npos);

  SECTION("several articles that all fail still give an array of errors") {
    auto both = run_verify(tmp, missing + " " + missing + " --format json --no-store");
    CHECK(both.status == 2);
    simdjson::dom::parser p;
    simdjson::dom::array list;
    REQUIRE_FALSE(p.parse(both.out).get_array().get(list));
    CHECK(list.size() == 2);
  }
  SECTION("a single article gives its report object") {
    auto one = run_verify(tmp, good + " --format json --no-fetch --no-store");
    CHECK(one.status == 1);
    simdjson::dom::parser p;
    simdjson::dom::object report;
    CHECK_FALSE(p.parse(one.out).get_object().get(report));
  }
}

TEST_CASE("a check with --out writes the report to a file and nothing to stdout", "[cli]") {
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  auto out = tmp.path() / "report.md";
  auto r = run_verify(tmp, shell_quote((kData / "article.txt").string()) + " --format md --out " +
                               shell_quote(out.string()));
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(read_file(out).find("# verify report") != std::string::npos);
}

TEST_CASE("an --out file in a missing directory is refused before anything is checked or stored",
          "[cli]") {
  // Kind (a new user): `verify article.txt --out /nonexistent/dir/r.json` said only "cannot
  // write '…'" after the check, whose run had been stored without a word.
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  auto missing = tmp.path() / "no-such-dir" / "r.json";
  auto r = run_verify(tmp, shell_quote((kData / "article.txt").string()) + " --out " +
                               shell_quote(missing.string()));
  CHECK(r.status == 2);
  CHECK(r.err.find("the directory '" + (tmp.path() / "no-such-dir").string() +
                   "' does not exist") != std::string::npos);
  CHECK(r.out.empty());
  CHECK(run_verify(tmp, "show").out.find("no runs stored yet") != std::string::npos);
  auto dir = run_verify(tmp, shell_quote((kData / "article.txt").string()) + " --out " +
                                 shell_quote(tmp.path().string()));
  CHECK(dir.status == 2);
  CHECK(dir.err.find("it is a directory") != std::string::npos);
}

TEST_CASE("a lock wait that is no whole number of milliseconds is refused", "[cli]") {
  // Kind (a new user's re-test): VERIFY_LOCK_TIMEOUT_MS=60s was read as 60 ms, and "abc" or
  // "-1" as 0, silently; a cron line's "60s" would wait a blink.
  TempDir tmp;
  for (const std::string bad : {"60s", "abc", "-1", "1.5"}) {
    auto r = run("VERIFY_LOCK_TIMEOUT_MS=" + bad + " " + verify_cmd(tmp.path() / "home", "home"),
                 tmp.path());
    CAPTURE(bad);
    CHECK(r.status == 2);
    CHECK(r.err.find("VERIFY_LOCK_TIMEOUT_MS must be a whole number of milliseconds") !=
          std::string::npos);
    CHECK(r.err.find("'" + bad + "'") != std::string::npos);
  }
  auto ok =
      run("VERIFY_LOCK_TIMEOUT_MS=60000 " + verify_cmd(tmp.path() / "home", "home"), tmp.path());
  CHECK(ok.status == 0);
}

TEST_CASE("a negative --max-age is refused on every command that fetches", "[cli]") {
  // Kind (left by a helper): --max-age -5 was accepted by check, recheck and corpus add, while
  // the config file refuses a negative max_age; a page "fresh" for minus five seconds is no
  // setting anyone means.
  TempDir tmp;
  const std::string article = shell_quote((kData / "article.txt").string());
  const std::vector<std::string> commands = {"check --max-age -5 " + article,
                                             "recheck --all --max-age -5",
                                             "corpus add --max-age 1.5 " + article};
  for (const auto& cmd : commands) {
    CAPTURE(cmd);
    auto r = run_verify(tmp, cmd);
    CHECK(r.status == 2);
    CHECK(r.err.find("--max-age") != std::string::npos);
    CHECK(r.err.find("is no number of seconds") != std::string::npos);
  }
  CHECK(run_verify(tmp, "corpus add --max-age 0 " + article).status == 0);
}

TEST_CASE("verify claims on the seed article finds its dates, counts and quotes", "[cli][seed]") {
  fs::path seed = fs::path(VERIFY_SHARED_DATA) / "seeds" / "000_f91ab7355193bfab.txt";
  if (!fs::exists(seed)) {
    WARN("skipped: " << seed << " is absent (../shared is not beside this clone)");
    return;
  }
  TempDir tmp;
  auto r = run_verify(tmp, "claims " + shell_quote(seed.string()) + " --format json");
  REQUIRE(r.status == 0);
  simdjson::dom::parser parser;
  simdjson::dom::element doc = parser.parse(r.out);
  std::multiset<std::string> dates;
  std::multiset<double> counts;
  std::map<std::string, std::string> quotes;
  for (auto c : doc["claims"].get_array()) {
    std::string kind(c["kind"].get_string().value());
    if (kind == "date") dates.insert(std::string(c["value"].get_string().value()));
    if (kind == "count") counts.insert(double(c["value"]));
    if (kind == "quote") {
      std::string_view speaker;
      if (c["speaker"].get_string().get(speaker)) speaker = "";
      // The quoted words keep the punctuation inside the marks ("relations,").
      std::string words(c["value"].get_string().value());
      while (!words.empty() && std::ispunct(static_cast<unsigned char>(words.back()))) {
        words.pop_back();
      }
      quotes[words] = std::string(speaker);
    }
  }
  for (const char* d : {"2026-02-19", "2025-04", "2024-07", "2023-08"}) {
    INFO(d);
    CHECK(dates.count(d) >= 1);
  }
  CHECK(counts.count(12) == 2);
  CHECK(counts.count(94) == 1);
  REQUIRE(quotes.count("normal security relations") == 1);
  CHECK(quotes["normal security relations"].find("Nunez") != std::string::npos);
  REQUIRE(quotes.count("as soon as possible") == 1);
  CHECK(quotes["as soon as possible"].find("Nunez") != std::string::npos);
  // Page furniture is not content.
  CHECK(r.out.find("Advertisement banner") == std::string::npos);
  CHECK(r.out.find("View post on X") == std::string::npos);
}

TEST_CASE("the bundled example gets the verdicts its key expects", "[cli][e2e][example]") {
  const fs::path examples = VERIFY_EXAMPLES_DIR;
  TempDir tmp;
  REQUIRE(
      run_verify(tmp, "corpus add " + shell_quote((examples / "corpus.jsonl").string())).status ==
      0);
  auto r = run_verify(tmp, shell_quote((examples / "article.txt").string()) + " --format json");
  REQUIRE(r.status == 1);
  simdjson::dom::parser parser;
  simdjson::dom::element report = parser.parse(r.out);
  simdjson::dom::parser key_parser;
  simdjson::dom::element key = key_parser.load((examples / "expected.json").string());
  const std::string article = read_file(examples / "article.txt");
  size_t checked = 0;
  for (auto expected : key.get_array()) {
    std::string text(expected["text"].get_string().value());
    std::string kind(expected["kind"].get_string().value());
    std::string want(expected["expected"].get_string().value());
    size_t at = article.find(text);
    REQUIRE(at != std::string::npos);
    std::string got = "(no claim)";
    for (auto c : report["claims"].get_array()) {
      uint64_t s = c["start"], e = c["end"];
      if (std::string(c["kind"].get_string().value()) != kind) continue;
      if (s < at + text.size() && at < e) {
        got = std::string(c["verdict"].get_string().value());
        break;
      }
    }
    INFO(kind << " '" << text << "'");
    CHECK(got == want);
    ++checked;
  }
  CHECK(checked >= 15);
}

TEST_CASE("a check over a local and a remote xapian-tcpsrv shard matches one combined index",
          "[cli][shards]") {
  if (!fs::exists(verify::test::TcpServer::kBinary)) {
    WARN("skipped: " << verify::test::TcpServer::kBinary
                     << " not installed (Debian package xapian-tools)");
    return;
  }
  TempDir tmp;
  // Half of the sources on each shard; the combined home has them all.
  std::istringstream lines(read_file(kData / "corpus.jsonl"));
  std::string line, local_lines, remote_lines;
  for (int i = 0; std::getline(lines, line); ++i)
    (i % 2 ? remote_lines : local_lines) += line + "\n";
  verify::test::write_file(tmp.path() / "local.jsonl", local_lines);
  verify::test::write_file(tmp.path() / "remote.jsonl", remote_lines);
  auto verify_in = [&](const std::string& home, const std::string& args) {
    return run(verify_cmd(tmp.path() / home, args), tmp.path());
  };
  REQUIRE(verify_in("all", "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  REQUIRE(verify_in("local", "corpus add " + shell_quote((tmp.path() / "local.jsonl").string()))
              .status == 0);
  REQUIRE(verify_in("remote", "corpus add " + shell_quote((tmp.path() / "remote.jsonl").string()))
              .status == 0);

  int port = verify::test::free_port();
  verify::test::TcpServer server(tmp.path() / "remote" / "index", port);
  REQUIRE(server.started());
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (!verify::test::accepts(port) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  REQUIRE(verify::test::accepts(port));

  std::string article = shell_quote((kData / "article.txt").string());
  auto combined = verify_in("all", article + " --format json --no-store");
  auto sharded = verify_in("local", "--shard tcp://127.0.0.1:" + std::to_string(port) + " " +
                                        article + " --format json --no-store");
  INFO(sharded.err);
  REQUIRE(combined.status == 1);
  REQUIRE(sharded.status == combined.status);
  // Same verdicts, explanations and evidence (documents and offsets), claim by claim.
  auto digest = [](const std::string& json) {
    simdjson::dom::parser parser;
    simdjson::dom::element report = parser.parse(json);
    std::vector<std::string> out;
    for (auto c : report["claims"].get_array()) {
      std::string row = std::string(c["text"].get_string().value()) + " | " +
                        std::string(c["verdict"].get_string().value()) + " | " +
                        std::string(c["explanation"].get_string().value());
      for (auto e : c["evidence"].get_array()) {
        row += " | " + std::string(e["doc_id"].get_string().value()) + "@" +
               std::to_string(uint64_t(e["start"])) + "-" + std::to_string(uint64_t(e["end"]));
      }
      out.push_back(row);
    }
    return out;
  };
  CHECK(digest(sharded.out) == digest(combined.out));

  SECTION("the shard can come from the home's config file") {
    verify::test::write_file(tmp.path() / "local" / "config.json",
                             "{\"shards\": [\"tcp://127.0.0.1:" + std::to_string(port) + "\"]}\n");
    auto configured = verify_in("local", article + " --format json --no-store");
    CHECK(digest(configured.out) == digest(combined.out));
  }
  SECTION("a config file with an unknown field is an error naming it") {
    verify::test::write_file(tmp.path() / "local" / "config.json", "{\"shard\": []}\n");
    auto bad = verify_in("local", article);
    CHECK(bad.status == 2);
    CHECK(bad.err.find("config.json:1: field 'shard': unknown setting") != std::string::npos);
  }
}

TEST_CASE("verify recheck reports a new contradiction with exit 1, then nothing",
          "[cli][recheck]") {
  TempDir tmp;
  // Every source but the two that state the number of library jobs.
  std::istringstream lines(read_file(kData / "corpus.jsonl"));
  std::string line, early, late;
  while (std::getline(lines, line)) {
    bool jobs = line.find("library jobs") != std::string::npos;
    (jobs ? late : early) += line + "\n";
  }
  REQUIRE_FALSE(late.empty());
  verify::test::write_file(tmp.path() / "early.jsonl", early);
  verify::test::write_file(tmp.path() / "late.jsonl", late);
  REQUIRE(
      run_verify(tmp, "corpus add " + shell_quote((tmp.path() / "early.jsonl").string())).status ==
      0);
  std::string article = shell_quote((kData / "article.txt").string());
  REQUIRE(run_verify(tmp, article + " --story brandford-libraries -q").status == 0);

  CHECK(run_verify(tmp, "recheck").status == 2);  // says which stories, or refuses
  auto quiet = run_verify(tmp, "recheck --all");
  CHECK(quiet.status == 0);
  CHECK(quiet.out.find("0 re-run, 1 skipped as unaffected, 0 changed") != std::string::npos);

  REQUIRE(
      run_verify(tmp, "corpus add " + shell_quote((tmp.path() / "late.jsonl").string())).status ==
      0);
  // --full searches the whole corpus again instead of ranking the new sources against the
  // stored hits; on a copy of the home it must report the same.
  fs::path full_home = tmp.path() / "full-home";
  fs::copy(tmp.path() / "home", full_home, fs::copy_options::recursive);
  // One job (one engine) there, the default (two on this machine's cores) here.
  CHECK(run(verify_cmd(full_home, "recheck --all --jobs 0"), tmp.path()).status == 2);
  auto word = run(verify_cmd(full_home, "recheck --all --jobs abc"), tmp.path());
  CHECK(word.status == 2);
  CHECK(word.err.find("expected a whole number of stories from 1 to 16, got 'abc'") !=
        std::string::npos);
  auto full = run(verify_cmd(full_home, "recheck --all --full --jobs 1 --format json"), tmp.path());
  auto changed = run_verify(tmp, "recheck --all --format json");
  for (const auto* result : {&changed, &full}) {
    CHECK(result->status == 1);
    simdjson::dom::parser parser;
    simdjson::dom::element r = parser.parse(result->out);
    CHECK(uint64_t(r["checked"]) == 1);
    auto stories = r["changed"].get_array();
    REQUIRE(stories.size() == 1);
    bool found = false;
    for (auto c : stories.at(0)["changes"].get_array()) {
      if (std::string(c["change"].get_string().value()) == "new-contradiction" &&
          std::string(c["text"].get_string().value()) == "85") {
        found = true;
        CHECK(std::string(c["verdict"].get_string().value()) == "contradicted");
      }
    }
    CHECK(found);
  }

  auto again = run_verify(tmp, "recheck --all --format md");
  CHECK(again.status == 0);
  CHECK(again.out.find("1 skipped as unaffected") != std::string::npos);
  auto history = run_verify(tmp, "history brandford-libraries");
  CHECK(history.status == 0);
  CHECK(history.out.find("recheck") != std::string::npos);
  CHECK(history.out.find("+1 contradicted") != std::string::npos);
  // Every verdict that moved is listed, so the moves of a run with as many claims balance (a
  // claim gone from supported to disputed showed only "-1 supported").
  auto open = history.out.rfind('(');
  REQUIRE(open != std::string::npos);
  std::istringstream moves(history.out.substr(open + 1, history.out.find(')', open) - open - 1));
  long long sum = 0, n = 0;
  std::string verdict;
  while (moves >> n >> verdict) sum += n;
  CHECK(sum == 0);
}

TEST_CASE(
    "a check while another process holds the store's write lock fails clearly and loses "
    "nothing",
    "[cli][errors]") {
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  std::string article = shell_quote((kData / "article.txt").string());
  REQUIRE(run_verify(tmp, article + " -q").status == 1);
  fs::path db_path = tmp.path() / "home" / "verify.db";
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  auto locked =
      run("VERIFY_LOCK_TIMEOUT_MS=200 " + verify_cmd(tmp.path() / "home", article), tmp.path());
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  CHECK(locked.status == 2);
  CHECK(locked.err.find("locked by another process") != std::string::npos);
  CHECK(sql_count(db_path, "SELECT COUNT(*) FROM runs") == 1);
  CHECK(run_verify(tmp, article + " -q").status == 1);
  CHECK(sql_count(db_path, "SELECT COUNT(*) FROM runs") == 2);
}

TEST_CASE("an add while another process holds the document table fails soon and adds nothing",
          "[cli][errors]") {
  // Kind (a new user's report): with sqlite3 holding a write transaction on the home's
  // database, `corpus add` failed after 5 s whatever VERIFY_LOCK_TIMEOUT_MS said, and the index
  // kept the new document the table did not list: `corpus stats` counted 16 documents, the
  // table 15, and the next add called the record "skipped (unchanged)".
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((kData / "corpus.jsonl").string())).status ==
          0);
  fs::path db_path = tmp.path() / "home" / "verify.db";
  const long long before = sql_count(db_path, "SELECT COUNT(*) FROM documents");
  fs::path one = tmp.path() / "one.jsonl";
  verify::test::write_file(one, R"({"id":"lock-1","title":"Lock test","published":"2026-05-14",)"
                                R"("source":"x.example","text":"A record about 12 apples."})"
                                "\n");
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  const auto started = std::chrono::steady_clock::now();
  auto locked = run("VERIFY_LOCK_TIMEOUT_MS=200 " + shell_quote(VERIFY_BINARY) + " --home " +
                        shell_quote((tmp.path() / "home").string()) + " corpus add " +
                        shell_quote(one.string()),
                    tmp.path());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  CAPTURE(locked.err);
  CHECK(locked.status == 2);
  CHECK(locked.err.find("is locked by another process") != std::string::npos);
  CHECK(seconds < 4.0);
  // The index did not keep what the table refused.
  auto stats = run_verify(tmp, "corpus stats --format json");
  REQUIRE(stats.status == 0);
  simdjson::dom::parser parser;
  CHECK(int64_t(parser.parse(stats.out)["documents"]) == before);
  CHECK(sql_count(db_path, "SELECT COUNT(*) FROM documents") == before);
  // And the add, tried again, adds it.
  auto again = run_verify(tmp, "corpus add " + shell_quote(one.string()));
  CHECK(again.out.find("added 1") != std::string::npos);
  CHECK(sql_count(db_path, "SELECT COUNT(*) FROM documents") == before + 1);
}

TEST_CASE("a huge article file is refused with its size, before it is read", "[cli][errors]") {
  TempDir tmp;
  fs::path huge = tmp.path() / "dump.txt";
  verify::test::write_file(huge, "A headline\n");
  fs::resize_file(huge, 17u << 20);  // sparse: costs no disk
  auto r = run_verify(tmp, "claims " + shell_quote(huge.string()));
  CHECK(r.status == 2);
  CHECK(r.err.find("dump.txt: 17825792 bytes is larger than the 16 MB") != std::string::npos);
}

TEST_CASE("eval claims finds a role whose title the gold writes after it without its owner",
          "[cli][eval]") {
  // The extractor keeps the owner before the title ("the mine's general manager"); a gold role
  // may give it after ("general manager of the Ostra mine"). The scorer compares the title.
  TempDir tmp;
  verify::test::write_file(tmp.path() / "story.txt",
                           "Ostra mine\n\nIvo Brandt, the mine's general manager, spoke on "
                           "Friday.\n");
  verify::test::write_file(
      tmp.path() / "story.gold.json",
      R"([{"id": "s-c1", "type": "role", "text": "Ivo Brandt, the mine's general manager, spoke on Friday.",
           "value": "Ivo Brandt | general manager of the Ostra mine", "speaker": null,
           "expected": "supported", "evidence": []}])");
  auto r = run_verify(tmp, "eval claims " + shell_quote((tmp.path() / "story.gold.json").string()));
  INFO(r.out);
  CHECK(r.out.find("role            1      1    1.000") != std::string::npos);
}

TEST_CASE("eval claims reads a role gold that gives the person as its speaker", "[cli][eval]") {
  // Two ways to write a role's gold: "Person | title" in `value` (the dev set), or the title
  // in `value` and the person in `speaker` (our later trial sets). Both are scored alike.
  TempDir tmp;
  verify::test::write_file(tmp.path() / "story.txt",
                           "Ostra mine\n\nIvo Brandt, the mine's general manager, spoke on "
                           "Friday.\n");
  verify::test::write_file(
      tmp.path() / "story.gold.json",
      R"([{"id": "s-c1", "type": "role", "text": "Ivo Brandt, the mine's general manager, spoke on Friday.",
           "value": "general manager of the Ostra mine", "speaker": "Ivo Brandt",
           "expected": "supported", "evidence": []}])");
  auto r = run_verify(tmp, "eval claims " + shell_quote((tmp.path() / "story.gold.json").string()));
  INFO(r.out);
  CHECK(r.out.find("role            1      1    1.000") != std::string::npos);
  // Another person's title is no match.
  verify::test::write_file(
      tmp.path() / "story.gold.json",
      R"([{"id": "s-c1", "type": "role", "text": "Ivo Brandt, the mine's general manager, spoke on Friday.",
           "value": "general manager of the Ostra mine", "speaker": "Ana Petrova",
           "expected": "supported", "evidence": []}])");
  r = run_verify(tmp, "eval claims " + shell_quote((tmp.path() / "story.gold.json").string()));
  INFO(r.out);
  CHECK(r.out.find("role            1      0    0.000") != std::string::npos);
}

TEST_CASE("eval claims finds a role whose gold spells the title out in another shape",
          "[cli][eval]") {
  // Kind (the t20-t24 trial sets): the gold writes an office in full where the article is short
  // ("spokesperson for the Ministry of Labour" for "ministry spokesperson", « porte-parole de la
  // Sûreté du Québec » for « porte-parole de la SQ »), which matched neither way as a substring
  // and counted as missed. The same person in an overlapping span with a word of the title in
  // common is the same role; no word in common is not.
  TempDir tmp;
  verify::test::write_file(tmp.path() / "story.txt",
                           "Mine inquiry\n\n\"Inspectors remain on site,\" said ministry "
                           "spokesperson Alexandra Chu.\n");
  auto gold = [](const std::string& title) {
    return R"([{"id": "s-c1", "type": "role", "text": "\"Inspectors remain on site,\" said ministry spokesperson Alexandra Chu.",
           "value": ")" +
           title + R"(", "speaker": "Alexandra Chu", "expected": "supported", "evidence": []}])";
  };
  verify::test::write_file(tmp.path() / "story.gold.json",
                           gold("spokesperson for the Ministry of Labour"));
  auto r = run_verify(tmp, "eval claims " + shell_quote((tmp.path() / "story.gold.json").string()));
  INFO(r.out);
  CHECK(r.out.find("role            1      1    1.000") != std::string::npos);
  verify::test::write_file(tmp.path() / "story.gold.json", gold("press officer"));
  r = run_verify(tmp, "eval claims " + shell_quote((tmp.path() / "story.gold.json").string()));
  INFO(r.out);
  CHECK(r.out.find("role            1      0    0.000") != std::string::npos);
}

TEST_CASE("eval verdicts scores a title read as two claims by the graver verdict", "[cli][eval]") {
  // Kind (two blind trials): « La porte-parole de la SQ, la lieutenante Nadia Roy » is one gold
  // role and two claims, the post and the rank. The scorer took the first claim that matched, so a
  // wrong rank beside a right post scored as supported; a gold claim's verdict is the gravest
  // among the claims that match it.
  TempDir tmp;
  verify::test::write_file(
      tmp.path() / "corpus.jsonl",
      R"({"id":"a","url":"https://a.example/1","title":"Collision sur la 132","published":"2026-04-02","source":"a.example","lang":"fr","text":"« La route restera fermée », a indiqué la sergente Nadia Roy, porte-parole de la Sûreté du Québec, mardi."}
)");
  const std::string sentence =
      "La porte-parole de la SQ, la lieutenante Nadia Roy, a indiqué que la route restera fermée.";
  verify::test::write_file(
      tmp.path() / "route.txt",
      "RIMOUSKI, 3 avril 2026 — Une collision a fermé la route 132. " + sentence + "\n");
  verify::test::write_file(
      tmp.path() / "route.gold.json",
      R"([{"id": "r-c1", "type": "role", "text": ")" + sentence +
          R"(", "value": "lieutenante, porte-parole de la SQ", "speaker": "Nadia Roy", "expected": "contradicted", "evidence": ["a"]}])");
  auto r = run_verify(tmp, "eval verdicts --corpus " +
                               shell_quote((tmp.path() / "corpus.jsonl").string()) + " " +
                               shell_quote((tmp.path() / "route.gold.json").string()));
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("overall       1.000  (1 of 1)") != std::string::npos);
}

TEST_CASE("eval verdicts scores a gold 'disputed' label and rejects an unknown one",
          "[cli][eval]") {
  // Our own trial sets label claims whose reliable sources disagree "disputed"; the scorer
  // counts them in a row of their own, and names the item of a label it does not know.
  TempDir tmp;
  verify::test::write_file(
      tmp.path() / "corpus.jsonl",
      R"({"id":"a","url":"https://a.example/1","title":"Ferry breaks down","published":"2026-04-02","source":"a.example","text":"The Kestrel ferry broke down off Brodick on Tuesday with 212 passengers aboard, the operator said."}
{"id":"b","url":"https://b.example/1","title":"Ferry stranded","published":"2026-04-02","source":"b.example","text":"The Kestrel ferry broke down off Brodick on Tuesday with 180 passengers aboard, the coastguard said."}
)");
  verify::test::write_file(tmp.path() / "ferry.txt",
                           "Ferry stranded off Brodick\n\nBRODICK, 2 April 2026 — The Kestrel "
                           "ferry broke down off Brodick with 212 passengers aboard.\n");
  const std::string sentence =
      "The Kestrel ferry broke down off Brodick with 212 passengers aboard.";
  auto gold = [&](const std::string& expected) {
    return R"([{"id": "f-c1", "type": "count", "text": ")" + sentence +
           R"(", "value": 212, "speaker": null, "expected": ")" + expected +
           R"(", "evidence": ["a", "b"]}])";
  };
  verify::test::write_file(tmp.path() / "ferry.gold.json", gold("disputed"));
  auto r = run_verify(tmp, "eval verdicts --corpus " +
                               shell_quote((tmp.path() / "corpus.jsonl").string()) + " " +
                               shell_quote((tmp.path() / "ferry.gold.json").string()));
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("disputed                  0            0            1") != std::string::npos);
  CHECK(r.out.find("overall       1.000  (1 of 1)") != std::string::npos);

  verify::test::write_file(tmp.path() / "ferry.gold.json", gold("likely"));
  r = run_verify(tmp, "eval verdicts --corpus " +
                          shell_quote((tmp.path() / "corpus.jsonl").string()) + " " +
                          shell_quote((tmp.path() / "ferry.gold.json").string()));
  CHECK(r.status != 0);
  CHECK(r.err.find("ferry.gold.json: item 1: field 'expected': 'likely' is none of") !=
        std::string::npos);
}

TEST_CASE("no quote of our blind trial sets that the gold calls wrong is judged supported",
          "[cli][eval][trials]") {
  // Our own held-out sets (tests/data/trials/: six stories each, English and French, written by
  // someone who had not read the rules; docs/evaluation.md). A misattributed or altered quote
  // called "supported" is the worst thing the tool can print: none may be, in any set. The
  // sets' other figures are reported by scripts/trials.sh, not asserted here.
  const fs::path trials = fs::path(VERIFY_TEST_DATA) / "trials";
  REQUIRE(fs::is_directory(trials));
  std::size_t sets = 0;
  for (const auto& entry : fs::directory_iterator(trials)) {
    if (!entry.is_directory()) continue;
    ++sets;
    TempDir tmp;
    std::string golds;
    for (const auto& g : fs::directory_iterator(entry.path() / "articles")) {
      const std::string name = g.path().filename().string();
      if (name.size() > 10 && name.ends_with(".gold.json")) golds += " " + shell_quote(g.path());
    }
    auto r = run_verify(tmp, "eval verdicts --misses --corpus " +
                                 shell_quote((entry.path() / "corpus.jsonl").string()) + golds);
    INFO(entry.path().string() << "\n" << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("overall") != std::string::npos);
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) {
      INFO(line);
      CHECK_FALSE((line.starts_with("wrong ") && line.find("[quote] expected contradicted, got "
                                                           "supported") != std::string::npos));
    }
  }
  CHECK(sets >= 2);
}

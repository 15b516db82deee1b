// Housekeeping through the real binary: removing runs, stories and sources (by outlet and date)
// and clearing the fetch cache, each all-or-nothing, with index and store left consistent.
#include <simdjson.h>
#include <sqlite3.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "cli/cli_test_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::run;
using verify::test::RunResult;
using verify::test::shell_quote;
using verify::test::TempDir;

namespace {

const fs::path kExamples = VERIFY_EXAMPLES_DIR;

RunResult run_verify(const TempDir& tmp, const std::string& args) {
  return run("cd " + shell_quote(tmp.path().string()) + " && " +
                 verify::test::verify_cmd(tmp.path() / "home", args),
             tmp.path());
}

long long count(const TempDir& tmp, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2((tmp.path() / "home" / "verify.db").c_str(), &db, SQLITE_OPEN_READONLY,
                          nullptr) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
  long long n = -1;
  if (sqlite3_step(stmt) == SQLITE_ROW) n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

// A home with the example corpus and the example article checked twice (runs 1 and 2), the
// second time as story.txt from the scratch directory.
void checked_home(const TempDir& tmp) {
  REQUIRE(
      run_verify(tmp, "corpus add " + shell_quote((kExamples / "corpus.jsonl").string())).status ==
      0);
  REQUIRE(
      run_verify(tmp, shell_quote((kExamples / "article.txt").string()) + " --no-fetch").status ==
      1);
  fs::copy_file(kExamples / "article.txt", tmp.path() / "story.txt");
  REQUIRE(run_verify(tmp, "story.txt --no-fetch").status == 1);
}

// The doc ids of every piece of evidence in a JSON report.
std::set<std::string> evidence_ids(const std::string& json) {
  std::set<std::string> ids;
  simdjson::dom::parser parser;
  auto report = parser.parse(json);
  for (auto c : report["claims"].get_array()) {
    for (auto e : c["evidence"].get_array()) {
      ids.insert(std::string(e["doc_id"].get_string().value()));
    }
  }
  return ids;
}

}  // namespace

TEST_CASE("runs rm removes runs with their claims and evidence, and an unknown id removes none",
          "[cli][housekeeping]") {
  TempDir tmp;
  checked_home(tmp);
  REQUIRE(count(tmp, "SELECT COUNT(*) FROM claims WHERE run_id = 1") > 0);
  auto bad = run_verify(tmp, "runs rm 1 99");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("no run 99") != std::string::npos);
  CHECK(count(tmp, "SELECT COUNT(*) FROM runs") == 2);

  auto r = run_verify(tmp, "runs rm 1");
  CHECK(r.status == 0);
  CHECK(count(tmp, "SELECT COUNT(*) FROM runs") == 1);
  CHECK(count(tmp, "SELECT COUNT(*) FROM claims WHERE run_id = 1") == 0);
  CHECK(count(tmp, "SELECT COUNT(*) FROM findings WHERE claim_id NOT IN (SELECT id FROM claims)") ==
        0);
  CHECK(count(tmp,
              "SELECT COUNT(*) FROM evidence WHERE finding_id NOT IN "
              "(SELECT id FROM findings)") == 0);
  CHECK(run_verify(tmp, "show 1").status == 2);
  CHECK(run_verify(tmp, "show 2").status == 1);
}

TEST_CASE("stories rm removes a story found by its relative path with every version and run",
          "[cli][housekeeping]") {
  TempDir tmp;
  checked_home(tmp);
  auto r = run_verify(tmp, "stories rm story.txt");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out == "removed story " + (tmp.path() / "story.txt").string() + "\n");
  CHECK(count(tmp, "SELECT COUNT(*) FROM stories") == 1);
  CHECK(count(tmp, "SELECT COUNT(*) FROM runs") == 1);
  CHECK(count(tmp, "SELECT COUNT(*) FROM articles") == 1);
  // The listing still works beside its new subcommand.
  auto list = run_verify(tmp, "stories");
  CHECK(list.out.find("story.txt") == std::string::npos);
  CHECK(list.out.find("article.txt") != std::string::npos);
  CHECK(run_verify(tmp, "stories rm nothing-here.txt").status == 2);
  CHECK(count(tmp, "SELECT COUNT(*) FROM stories") == 1);
}

TEST_CASE("corpus rm by outlet or date range removes those sources from index and table",
          "[cli][housekeeping]") {
  TempDir tmp;
  checked_home(tmp);
  const std::string article = shell_quote((kExamples / "article.txt").string());
  auto before = evidence_ids(run_verify(tmp, article + " --no-store --format json").out);
  REQUIRE(before.count("cal-harbourtimes-walkout") == 1);

  auto r = run_verify(tmp, "corpus rm --source harbourtimes.example");
  CHECK(r.status == 0);
  CHECK(r.out.find("removed 3 documents; corpus has 10 documents") != std::string::npos);
  auto after = evidence_ids(run_verify(tmp, article + " --no-store --format json").out);
  for (const auto& id : after) CHECK(id.find("harbourtimes") == std::string::npos);
  CHECK(count(tmp, "SELECT COUNT(*) FROM documents") == 10);

  auto range = run_verify(tmp, "corpus rm --from 2026-03-10 --to 2026-03-31");
  CHECK(range.status == 0);
  CHECK(count(tmp, "SELECT COUNT(*) FROM documents WHERE published >= '2026-03-10'") == 0);
  // The index and the table agree, and undated sources were kept.
  simdjson::dom::parser parser;
  auto stats = parser.parse(run_verify(tmp, "corpus stats --format json").out);
  CHECK(int64_t(stats["documents"]) == count(tmp, "SELECT COUNT(*) FROM documents"));
  CHECK(count(tmp, "SELECT COUNT(*) FROM documents WHERE published IS NULL") == 2);

  CHECK(run_verify(tmp, "corpus rm").status == 2);
  CHECK(run_verify(tmp, "corpus rm --from 2026-02-30").status == 2);
}

TEST_CASE("cache clear forgets fetched pages, so the next fetch downloads them again",
          "[cli][housekeeping]") {
  httplib::Server server;
  std::atomic<int> hits = 0;
  server.Get("/page", [&](const httplib::Request&, httplib::Response& res) {
    ++hits;
    res.set_content(
        "<html><head><title>Vote</title></head><body><p>The council voted 7 to 2 "
        "on March 3, 2026.</p></body></html>",
        "text/html");
  });
  std::thread thread;
  int port = verify::test::start_loopback(server, thread);
  std::string url = "http://127.0.0.1:" + std::to_string(port) + "/page";
  TempDir tmp;
  REQUIRE(run_verify(tmp, "corpus add --allow-private " + shell_quote(url)).status == 0);
  REQUIRE(run_verify(tmp, "corpus add --allow-private " + shell_quote(url)).status == 0);
  CHECK(hits == 1);  // the second add came from the cache
  CHECK(count(tmp, "SELECT COUNT(*) FROM fetch_cache") == 1);

  auto r = run_verify(tmp, "cache clear");
  CHECK(r.status == 0);
  CHECK(r.out == "cleared the fetch cache: 1 page forgotten\n");
  CHECK(count(tmp, "SELECT COUNT(*) FROM fetch_cache") == 0);
  REQUIRE(run_verify(tmp, "corpus add --allow-private " + shell_quote(url)).status == 0);
  CHECK(hits == 2);
  server.stop();
  thread.join();
}

TEST_CASE("a re-check prints verdict changes only; new evidence for the same verdict needs -v",
          "[cli][recheck]") {
  TempDir tmp;
  REQUIRE(
      run_verify(tmp, "corpus add " + shell_quote((kExamples / "corpus.jsonl").string())).status ==
      0);
  REQUIRE(
      run_verify(tmp, shell_quote((kExamples / "article.txt").string()) + " --no-fetch").status ==
      1);
  // A second outlet repeats a source word for word: more evidence, no verdict moves.
  std::string walkout;
  std::istringstream lines(verify::test::read_file(kExamples / "corpus.jsonl"));
  for (std::string line; std::getline(lines, line);) {
    if (line.find("\"cal-harbourtimes-walkout\"") != std::string::npos) walkout = line;
  }
  REQUIRE_FALSE(walkout.empty());
  auto replace = [](std::string s, const std::string& from, const std::string& to) {
    return s.replace(s.find(from), from.size(), to);
  };
  walkout = replace(walkout, "\"cal-harbourtimes-walkout\"", "\"cal-echo-walkout\"");
  walkout = replace(walkout, "https://harbourtimes.example/", "https://echo.example/");
  walkout = replace(walkout, "\"harbourtimes.example\"", "\"echo.example\"");
  verify::test::write_file(tmp.path() / "echo.jsonl", walkout + "\n");
  REQUIRE(run_verify(tmp, "corpus add echo.jsonl").status == 0);
  // Each form of the re-check runs on its own copy of the home, since a re-check is recorded.
  auto recheck = [&](const std::string& name, const std::string& args) {
    fs::path home = tmp.path() / name;
    fs::copy(tmp.path() / "home", home, fs::copy_options::recursive);
    return run(verify::test::verify_cmd(home, args), tmp.path());
  };
  auto json = recheck("json-home", "recheck --all --no-fetch --format json");
  simdjson::dom::parser parser;
  auto doc = parser.parse(json.out);
  std::size_t new_evidence = 0;
  for (auto story : doc["changed"].get_array()) {
    for (auto c : story["changes"].get_array()) {
      if (std::string_view(c["change"].get_string().value()) != "new-evidence") continue;
      ++new_evidence;
      auto e = c["new_evidence"].get_array().at(0);
      CHECK(std::string_view(e["doc_id"].get_string().value()) == "cal-echo-walkout");
      CHECK(std::string_view(e["url"].get_string().value()).starts_with("https://echo.example/"));
      CHECK_FALSE(std::string_view(e["title"].get_string().value()).empty());
      CHECK(std::string_view(e["published"].get_string().value()) == "2026-03-05");
    }
  }
  REQUIRE(new_evidence > 0);

  auto text = recheck("text-home", "recheck --all --no-fetch");
  CHECK(text.out.find("new-evidence:") == std::string::npos);
  CHECK(text.out.find(std::to_string(new_evidence) + " claim" + (new_evidence == 1 ? "" : "s") +
                      " gained new evidence without a change of verdict (-v lists them)") !=
        std::string::npos);
  auto verbose = recheck("verbose-home", "-v recheck --all --no-fetch");
  CHECK(verbose.out.find("new-evidence:") != std::string::npos);
  CHECK(verbose.out.find("new: ") != std::string::npos);
}

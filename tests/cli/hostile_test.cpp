// Hostile input through the real binary (issue 12): the per-sentence claim limit and its note,
// corpus JSON Lines with a byte-order mark or CR line ends, a password in a bare URL, refused
// loopback forms, and check options before the article.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "cli/cli_test_support.h"
#include "test_support.h"
#include "verify/claims.h"

namespace fs = std::filesystem;
using verify::test::read_file;
using verify::test::run;
using verify::test::RunResult;
using verify::test::shell_quote;
using verify::test::TempDir;
using verify::test::write_file;

namespace {

RunResult run_verify(const TempDir& tmp, const std::string& args) {
  return run(verify::test::verify_cmd(tmp.path() / "home", args), tmp.path());
}

std::size_t occurrences(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

const std::string kDoc =
    R"({"id": "d1", "url": "https://example.org/d1", "title": "Hiring", "published": )"
    R"("2024-03-01", "source": "Example", "text": "The council hired 85 workers in March."})";

}  // namespace

TEST_CASE("claims past the first 50 of a sentence are unverified with a note naming its line",
          "[cli][hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "c.jsonl", kDoc + "\n");
  REQUIRE(run_verify(tmp, "corpus add " + shell_quote((tmp.path() / "c.jsonl").string())).status ==
          0);
  std::string text = "Title\n\nThe counts were ";
  for (int i = 0; i < 120; ++i) text += (i ? ", " : "") + std::to_string(10000 + i);
  text += " workers.\n";
  write_file(tmp.path() / "a.txt", text);
  auto r =
      run_verify(tmp, "--no-fetch --format json " + shell_quote((tmp.path() / "a.txt").string()));
  REQUIRE(r.status <= 1);
  CHECK(occurrences(r.out, "\"limit.sentence_claims\"") == 120 - 50);
  CHECK(r.out.find("not checked: the sentence at line 3 has 120 claims; only the first 50 claims "
                   "of a sentence are checked") != std::string::npos);
  CHECK(r.err.find("line 3 has 120 claims") != std::string::npos);
}

TEST_CASE("an article past the claims limit says from where it was not read, in every format",
          "[cli][hostile]") {
  TempDir tmp;
  std::string text = "Title\n\nThe council hired 85 workers.\n\nThe counts were ";
  const std::size_t n = verify::claims::kMaxClaimsPerArticle + 100;
  for (std::size_t i = 0; i < n; ++i) text += (i ? ", " : "") + std::to_string(100000 + i);
  text += " workers.\n";
  write_file(tmp.path() / "a.txt", text);
  std::string a = shell_quote((tmp.path() / "a.txt").string());
  // The first number not read: the limit's claims are the first count and kMax - 1 more.
  std::string first_unread = std::to_string(100000 + verify::claims::kMaxClaimsPerArticle - 1);
  std::size_t offset = text.find(first_unread);
  std::string note =
      "the article is longer than verify reads (20,000 claims or 2,000,000 words and signs): the "
      "text from line 5, byte ";

  auto json = run_verify(tmp, "--no-fetch --format json " + a);
  REQUIRE(json.status <= 1);
  auto unread = json.out.find("\"unread_from\": {");
  REQUIRE(unread != std::string::npos);
  CHECK(json.out.find("\"offset\": " + std::to_string(offset) + ",", unread) < unread + 60);
  CHECK(json.out.find("\"line\": 5,", unread) != std::string::npos);
  CHECK(json.out.find(note) != std::string::npos);
  CHECK(json.err.find(note) != std::string::npos);
  CHECK(occurrences(json.out, "\"kind\": \"count\"") == verify::claims::kMaxClaimsPerArticle);
  // The sentence of 20,000 numbers is written as a short excerpt per claim, not whole (whole,
  // 20,000 copies of its 140 KB would be 2.8 GB).
  CHECK(json.out.size() < 200 * (std::size_t{1} << 20));

  for (const char* format : {"text", "md", "html"}) {
    auto r = run_verify(tmp, std::string("--no-fetch --format ") + format + " " + a);
    INFO(format);
    CHECK(r.out.find(note) != std::string::npos);
  }
  auto claims = run_verify(tmp, "claims --format json " + a);
  CHECK(claims.out.find("\"offset\": " + std::to_string(offset)) != std::string::npos);

  // The stored run keeps it: `verify show` of the run says it again.
  auto stored = run_verify(tmp, "--no-fetch --format json " + a);
  REQUIRE(stored.status <= 1);
  auto shown = run_verify(tmp, "show");
  CHECK(shown.status == 0);
  auto id_at = stored.out.find("\"run_id\":");
  REQUIRE(id_at != std::string::npos);
  std::string id = stored.out.substr(id_at + 9, stored.out.find(',', id_at) - id_at - 9);
  auto again = run_verify(tmp, "show " + id);
  CHECK(again.out.find(note) != std::string::npos);
}

TEST_CASE("corpus JSON Lines with a byte-order mark, CR-only or CRLF line ends ingest every line",
          "[cli][hostile]") {
  TempDir tmp;
  std::string doc2 = kDoc;
  doc2.replace(doc2.find("\"d1\""), 4, "\"d2\"");
  write_file(tmp.path() / "bom.jsonl", "\xEF\xBB\xBF" + kDoc + "\n" + doc2 + "\n");
  write_file(tmp.path() / "cr.jsonl", kDoc + "\r" + doc2 + "\r");
  write_file(tmp.path() / "crlf.jsonl", kDoc + "\r\n" + doc2 + "\r\n");
  for (const char* name : {"bom.jsonl", "cr.jsonl", "crlf.jsonl"}) {
    TempDir home;
    auto r = run(shell_quote(VERIFY_BINARY) + " --home " + shell_quote(home.path().string()) +
                     " corpus add " + shell_quote((tmp.path() / name).string()),
                 tmp.path());
    INFO(name << ": " << r.out << r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("added 2,") != std::string::npos);
    CHECK(r.out.find("rejected 0") != std::string::npos);
  }
}

TEST_CASE("the password of a bare URL reaches no report format and not the store",
          "[cli][hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "a.md",
             "# Creds\n\nThe council said 85 workers were hired, per "
             "http://pw_user:barepw99@127.0.0.1:1/a25 here.\n");
  std::string article = shell_quote((tmp.path() / "a.md").string());
  for (const char* format : {"text", "json", "md", "html"}) {
    auto r = run_verify(tmp, std::string("--format ") + format + " " + article);
    INFO(format);
    CHECK(r.status <= 1);
    CHECK(r.out.find("barepw99") == std::string::npos);
    CHECK(r.err.find("barepw99") == std::string::npos);
  }
  auto claims = run_verify(tmp, "claims --format json " + article);
  CHECK(claims.out.find("barepw99") == std::string::npos);
  CHECK(claims.out.find("http://127.0.0.1:1/a25") != std::string::npos);
  CHECK(read_file(tmp.path() / "home" / "verify.db").find("barepw99") == std::string::npos);
}

TEST_CASE("an IPv4-compatible IPv6 loopback URL is refused, and the message says refused once",
          "[cli][hostile]") {
  TempDir tmp;
  auto r = run_verify(tmp, "corpus add 'http://[::127.0.0.1]:1/x'");
  CHECK(r.err.find("loopback") != std::string::npos);
  CHECK(occurrences(r.err, "refused") == 1);
}

TEST_CASE("check options may come before or after the article", "[cli][hostile]") {
  TempDir tmp;
  write_file(tmp.path() / "a.txt", "Title\n\nThe council hired 85 workers in March 2024.\n");
  std::string article = shell_quote((tmp.path() / "a.txt").string());
  auto before = run_verify(tmp, "--no-fetch --format json " + article);
  auto after = run_verify(tmp, article + " --no-fetch --format json");
  CHECK(before.status <= 1);
  CHECK(after.status <= 1);
  CHECK(before.out.find("\"claims\"") != std::string::npos);
  CHECK(after.out.find("\"claims\"") != std::string::npos);
}

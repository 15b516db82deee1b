// End-to-end citation checks: the real `verify` binary against pages served by a real HTTP
// server that the test starts on 127.0.0.1.
#include <httplib.h>
#include <simdjson.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <thread>

#include "cli/cli_test_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::read_file;
using verify::test::run;
using verify::test::shell_quote;
using verify::test::TempDir;
using verify::test::write_file;

namespace {

// A small news site: pages that support, contradict and ignore the article, and a 404.
// Every page has an ETag so re-fetches can be conditional; the server counts both kinds.
class Site {
 public:
  Site() {
    page("/vote", "Council vote",
         "Brandford city council voted on June 2, 2026 to close seven branch libraries.");
    page("/jobs", "Library jobs",
         "Brandford city council said the closures would cut 64 library jobs by the end of the "
         "year.");
    page("/weather", "Heat warning",
         "Forecasters issued a heat warning for the north as temperatures rose.");
    port_ = verify::test::start_loopback(server_, thread_);
  }
  ~Site() {
    server_.stop();
    thread_.join();
  }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  int full_requests() const { return full_; }
  int conditional_requests() const { return conditional_; }

 private:
  void page(const std::string& path, const std::string& title, const std::string& body) {
    std::string html = "<html><head><title>" + title + "</title></head><body><article><p>" + body +
                       "</p></article></body></html>";
    std::string etag = "\"" + std::to_string(std::hash<std::string>{}(html)) + "\"";
    server_.Get(path, [this, html, etag](const httplib::Request& req, httplib::Response& res) {
      res.set_header("ETag", etag);
      if (req.get_header_value("If-None-Match") == etag) {
        ++conditional_;
        res.status = 304;
        return;
      }
      ++full_;
      res.set_content(html, "text/html; charset=utf-8");
    });
  }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<int> full_{0}, conditional_{0};
};

struct Cited {
  std::string status, support, verdict;
  bool from_cache = false;
};

std::map<std::string, Cited> citations_of(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element report = parser.parse(json);
  std::map<std::string, Cited> out;
  for (auto c : report["claims"].get_array()) {
    if (std::string(c["kind"].get_string().value()) != "citation") continue;
    auto link = c["link"];
    Cited x;
    x.status = std::string(link["status"].get_string().value());
    x.support = std::string(link["support"].get_string().value());
    x.verdict = std::string(c["verdict"].get_string().value());
    x.from_cache = bool(link["from_cache"]);
    std::string url(c["value"].get_string().value());
    out[url.substr(url.rfind('/'))] = x;
  }
  return out;
}

// The text report wrapped to one line: it is wrapped to the terminal's width (80 when piped).
std::string flat(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

}  // namespace

TEST_CASE("cited links are fetched, checked against the citing sentence, and cached",
          "[cli][citations]") {
  Site site;
  TempDir tmp;
  fs::path article = tmp.path() / "article.md";
  write_file(article,
             "# Brandford closes libraries\n\n"
             "BRANDFORD, June 3, 2026 — The council [voted to close seven branch libraries](" +
                 site.url("/vote") +
                 ") on Tuesday.\n\n"
                 "The [council said](" +
                 site.url("/jobs") +
                 ") the closures would cut 85 library jobs.\n\n"
                 "Unions said [they would fight](" +
                 site.url("/weather") +
                 ") the closures in court.\n\n"
                 "The full decision is [online](" +
                 site.url("/missing") + ").\n");
  std::string verify = shell_quote(VERIFY_BINARY) + " --home " +
                       shell_quote((tmp.path() / "home").string()) + " " +
                       shell_quote(article.string());

  auto first = run(verify + " --allow-private --format json", tmp.path());
  INFO(first.err);
  REQUIRE(first.status == 1);  // the cited page contradicts the 85 jobs
  auto links = citations_of(first.out);
  REQUIRE(links.size() == 4);
  CHECK(links["/vote"].status == "ok");
  CHECK(links["/vote"].support == "supported");
  CHECK(links["/vote"].verdict == "supported");
  CHECK(links["/jobs"].status == "ok");
  CHECK(links["/jobs"].support == "contradicted");
  CHECK(links["/jobs"].verdict == "contradicted");
  CHECK(links["/weather"].support == "unsupported");
  CHECK(links["/weather"].verdict == "unverified");
  CHECK(links["/missing"].status == "dead");
  CHECK(site.full_requests() == 3);

  SECTION("a second check answers from the cache without asking the server") {
    auto again = run(verify + " --allow-private --format json --no-store", tmp.path());
    auto cached = citations_of(again.out);
    CHECK(cached["/vote"].from_cache);
    CHECK(cached["/vote"].support == "supported");
    CHECK(site.full_requests() == 3);
    CHECK(site.conditional_requests() == 0);
    // Kind: a link answered from the cache says so, and when it was fetched, in the text a
    // desk reads: the page may have died since (a new-user trial with the server stopped).
    auto text = run(verify + " --allow-private --no-store", tmp.path());
    INFO(text.out);
    CHECK(flat(text.out).find("[link ok 200, page supported; from the cache, fetched 20") !=
          std::string::npos);
    auto markdown = run(verify + " --allow-private --no-store --format md", tmp.path());
    CHECK(flat(markdown.out).find("from the cache, fetched 20") != std::string::npos);
  }
  SECTION("a link fetched now does not say it came from the cache") {
    auto text = run(shell_quote(VERIFY_BINARY) + " --home " +
                        shell_quote((tmp.path() / "other-home").string()) + " " +
                        shell_quote(article.string()) + " --allow-private --no-store",
                    tmp.path());
    INFO(text.out);
    CHECK(flat(text.out).find("[link ok 200, page supported]") != std::string::npos);
    CHECK(flat(text.out).find("from the cache") == std::string::npos);
  }
  SECTION("a stale cache is revalidated with conditional requests") {
    auto again = run(verify + " --allow-private --max-age 0 --format json --no-store", tmp.path());
    auto revalidated = citations_of(again.out);
    CHECK(revalidated["/jobs"].support == "contradicted");
    CHECK(site.full_requests() == 3);
    CHECK(site.conditional_requests() == 3);
    // The text a desk reads says the page is unchanged, not "304" (a new user's report).
    auto text = run(verify + " --allow-private --max-age 0 --no-store", tmp.path());
    INFO(text.out);
    CHECK(flat(text.out).find("[link ok, page supported; unchanged since the cached copy "
                              "(revalidated 20") != std::string::npos);
    CHECK(flat(text.out).find(" 304") == std::string::npos);
  }
  SECTION("a page cached from a loopback address is refused without --allow-private") {
    // Kind (a new user's report): a link to 127.0.0.1 cached by a run that allowed private
    // addresses was answered "ok 200" from the cache by a run that did not, while another link
    // to the same host was refused: the cache went round the address policy.
    auto again = run(verify + " --format json --no-store", tmp.path());
    auto links = citations_of(again.out);
    CHECK(links["/vote"].status == "refused");
    CHECK(again.out.find("pass --allow-private") != std::string::npos);
    auto offline = run(verify + " --offline --format json --no-store", tmp.path());
    CHECK(citations_of(offline.out)["/vote"].status == "refused");
    CHECK(site.full_requests() == 3);
  }
  SECTION("offline, links come only from the cache") {
    auto offline = run(verify + " --offline --allow-private --format json --no-store", tmp.path());
    auto from_cache = citations_of(offline.out);
    CHECK(from_cache["/vote"].status == "ok");
    CHECK(from_cache["/missing"].status == "not-cached");
    CHECK(site.full_requests() == 3);
  }
}

TEST_CASE("links to private addresses are refused unless allowed", "[cli][citations]") {
  Site site;
  TempDir tmp;
  fs::path article = tmp.path() / "article.md";
  write_file(article, "# Title\n\nThe council [voted](" + site.url("/vote") +
                          ") to close seven branch libraries on June 2, 2026.\n");
  auto r =
      run(shell_quote(VERIFY_BINARY) + " --home " + shell_quote((tmp.path() / "home").string()) +
              " " + shell_quote(article.string()) + " --format json",
          tmp.path());
  auto links = citations_of(r.out);
  REQUIRE(links.size() == 1);
  CHECK(links["/vote"].status == "refused");
  CHECK(site.full_requests() == 0);
}

TEST_CASE("a check with --no-fetch leaves cited links unchecked", "[cli][citations]") {
  Site site;
  TempDir tmp;
  fs::path article = tmp.path() / "article.md";
  write_file(article, "# Title\n\nThe council [voted](" + site.url("/vote") + ") on Monday.\n");
  auto r =
      run(shell_quote(VERIFY_BINARY) + " --home " + shell_quote((tmp.path() / "home").string()) +
              " " + shell_quote(article.string()) + " --no-fetch --allow-private --format json",
          tmp.path());
  CHECK(r.status == 0);
  CHECK(site.full_requests() == 0);
  CHECK(r.out.find("\"kind\": \"citation\"") != std::string::npos);
  // Kind: the report says the link was not fetched because fetching was off, not only how
  // citations are checked (a new-user trial).
  CHECK(r.out.find("fetching links was turned off for this check") != std::string::npos);
}

TEST_CASE("corpus add fetches web pages and indexes their text", "[cli][citations]") {
  Site site;
  TempDir tmp;
  auto urls = tmp.path() / "urls.txt";
  write_file(urls, "# pages to index\n" + site.url("/vote") + "\n" + site.url("/missing") + "\n");
  std::string base =
      shell_quote(VERIFY_BINARY) + " --home " + shell_quote((tmp.path() / "home").string()) + " ";
  auto r = run(base + "corpus add --allow-private " + shell_quote(site.url("/jobs")) + " --urls " +
                   shell_quote(urls.string()),
               tmp.path());
  CHECK(r.status == 2);  // one page was dead
  CHECK(r.out.find("added 2") != std::string::npos);
  CHECK(r.err.find("/missing") != std::string::npos);
  auto stats = run(base + "corpus stats --json", tmp.path());
  CHECK(stats.out.find("\"documents\": 2") != std::string::npos);
}

TEST_CASE("corpus add honours the config's max_age for pages it fetched, and --max-age over it",
          "[cli][citations]") {
  // Kind (a new user's report): `check` and `recheck` read the config's max_age, `corpus add`
  // ignored it, so a page added a moment ago was never asked for again whatever the config said.
  Site site;
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  auto add = [&](const std::string& args) {
    return run(verify::test::verify_cmd(
                   home, "corpus add --allow-private " + shell_quote(site.url("/vote")) + args),
               tmp.path());
  };
  auto first = add("");
  INFO(first.err);
  REQUIRE(first.status == 0);
  REQUIRE(site.full_requests() == 1);
  SECTION("by default a page fetched a moment ago comes from the fetch cache") {
    CHECK(add("").status == 0);
    CHECK(site.full_requests() == 1);
    CHECK(site.conditional_requests() == 0);
  }
  SECTION("the config's max_age 0 asks the server again") {
    write_file(home / "config.json", "{\"max_age\": 0}\n");
    auto r = add("");
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(site.conditional_requests() == 1);
  }
  SECTION("--max-age on the command line wins over the config's") {
    write_file(home / "config.json", "{\"max_age\": 0}\n");
    CHECK(add(" --max-age 3600").status == 0);
    CHECK(site.full_requests() == 1);
    CHECK(site.conditional_requests() == 0);
  }
}

namespace {

// One cited page, alive until told to die (then 404), served on 127.0.0.1 for the test's life.
class DyingPage {
 public:
  DyingPage() {
    server_.Get("/vote", [this](const httplib::Request&, httplib::Response& res) {
      if (!alive_) {
        res.status = 404;
        return;
      }
      res.set_content(
          "<html><head><title>Council vote</title></head><body><article><p>Brandford city "
          "council voted on June 2, 2026 to close seven branch libraries.</p></article></body>"
          "</html>",
          "text/html; charset=utf-8");
    });
    port_ = verify::test::start_loopback(server_, thread_);
  }
  ~DyingPage() {
    server_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/vote"; }
  void die() { alive_ = false; }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> alive_{true};
};

}  // namespace

TEST_CASE("recheck honours --max-age and the config's max_age for cited links",
          "[cli][citations][recheck]") {
  // Kind (a new user's report): recheck had no --max-age and ignored the config's, so a link
  // that died within a day of its last fetch was answered from the cache as alive.
  DyingPage page;
  TempDir tmp;
  fs::path article = tmp.path() / "article.md";
  write_file(article,
             "# Brandford closes libraries\n\nBRANDFORD, June 3, 2026 — The council [voted to "
             "close seven branch libraries](" +
                 page.url() + ") on Tuesday.\n");
  fs::path home = tmp.path() / "home";
  auto first = run(verify::test::verify_cmd(
                       home, shell_quote(article.string()) + " --allow-private --story vote -q"),
                   tmp.path());
  REQUIRE(first.status == 0);
  page.die();  // within the day the cache keeps the page fresh
  auto recheck = [&](const std::string& args) {
    return run(
        verify::test::verify_cmd(home, "recheck --all --allow-private --format json " + args),
        tmp.path());
  };
  SECTION("by default the cached copy answers and the link still looks alive") {
    auto r = recheck("");
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("link-dead") == std::string::npos);
  }
  SECTION("--max-age 0 asks the server and finds the link dead") {
    auto r = recheck("--max-age 0");
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK(r.out.find("\"change\": \"link-dead\"") != std::string::npos);
  }
  SECTION("the config's max_age 0 does the same") {
    write_file(home / "config.json", "{\"max_age\": 0}\n");
    auto r = recheck("");
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK(r.out.find("\"change\": \"link-dead\"") != std::string::npos);
  }
}

TEST_CASE("recheck --no-fetch keeps the cited links' stored verdicts and says so",
          "[cli][citations][recheck]") {
  // Kind (a new user's report): a story re-run for a new source under --no-fetch had its cited
  // link judged "not checked", reported as `verdict-changed: supported -> unverified` and
  // stored so, though nobody had looked at the link.
  DyingPage page;
  TempDir tmp;
  fs::path article = tmp.path() / "article.md";
  write_file(article,
             "# Brandford closes libraries\n\nBRANDFORD, June 3, 2026 — The council [voted to "
             "close seven branch libraries](" +
                 page.url() +
                 ") on Tuesday.\n\nBrandford city council said 85 library jobs would go.\n");
  fs::path home = tmp.path() / "home";
  auto first = run(verify::test::verify_cmd(
                       home, shell_quote(article.string()) + " --allow-private --story vote -q"),
                   tmp.path());
  REQUIRE(first.status == 0);
  // A new source about the story makes it re-run; the page dies, which only a fetch would see.
  fs::path source = tmp.path() / "source.jsonl";
  write_file(source,
             "{\"id\": \"g1\", \"title\": \"Brandford library cuts\", \"published\": "
             "\"2026-06-04\", \"source\": \"brandfordgazette.example\", \"text\": \"Brandford "
             "city council said 64 library jobs would go when the seven branch libraries "
             "close.\"}\n");
  REQUIRE(run(verify::test::verify_cmd(home, "corpus add -q " + shell_quote(source.string())),
              tmp.path())
              .status == 0);
  page.die();
  auto recheck = [&](const std::string& args) {
    return run(verify::test::verify_cmd(home, "recheck --all --allow-private " + args), tmp.path());
  };
  auto stored_link = [&](const std::string& recheck_json) {
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.parse(recheck_json);
    int64_t run_id = doc["changed"].at(0)["run"];
    auto show =
        run(verify::test::verify_cmd(home, "show " + std::to_string(run_id) + " --format json"),
            tmp.path());
    REQUIRE(show.status != 2);
    return citations_of(show.out)["/vote"];
  };
  SECTION("with --no-fetch") {
    auto r = recheck("--no-fetch --format json");
    INFO(r.out + r.err);
    CHECK(r.status == 1);  // the new source contradicts the 85 jobs
    CHECK(r.out.find("\"kind\": \"citation\"") == std::string::npos);
    CHECK(r.out.find("\"new-contradiction\"") != std::string::npos);
    CHECK(r.out.find("\"links_fetched\": false") != std::string::npos);
    CHECK(r.out.find("\"links_kept\": 1") != std::string::npos);
    // The new run keeps the link as the check found it.
    Cited link = stored_link(r.out);
    CHECK(link.status == "ok");
    CHECK(link.support == "supported");
    CHECK(link.verdict == "supported");
  }
  SECTION("the text report says the links were not fetched") {
    auto r = recheck("--no-fetch");
    INFO(r.out + r.err);
    CHECK(r.out.find("[citation]") == std::string::npos);
    CHECK(r.out.find("1 cited link not fetched again (fetching off): its verdict is as "
                     "previously stored") != std::string::npos);
  }
  SECTION("the config's \"fetch\": false does the same") {
    write_file(home / "config.json", "{\"fetch\": false}\n");
    auto r = recheck("--format json");
    INFO(r.out + r.err);
    CHECK(r.out.find("\"kind\": \"citation\"") == std::string::npos);
    CHECK(r.out.find("\"links_kept\": 1") != std::string::npos);
    CHECK(stored_link(r.out).status == "ok");
  }
}

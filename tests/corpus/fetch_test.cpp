// Tests for link fetching against a real HTTP server the test starts on 127.0.0.1.
#include "verify/fetch.h"

#include <httplib.h>
#include <zlib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace {

using verify::corpus::Fetcher;
using verify::corpus::FetchOptions;
using verify::corpus::FetchResult;
using verify::corpus::LinkStatus;
using verify::test::TempDir;

constexpr const char* kArticle = R"html(<!doctype html>
<html><head><title>Fallback title | Example News</title>
<meta property="og:title" content="Algeria expels 12 French officials">
<meta property="article:published_time" content="2026-02-19T08:30:00Z">
<script>var tracking = "do not index";</script><style>body { color: red }</style></head>
<body><header>Site header</header>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Algeria expels 12 French officials</h1>
<p>Algeria ordered   12 French officials
to leave within 48 hours.</p>
<p>The Interior Minister said relations&nbsp;were <b>normal</b>.</p>
<aside>Related: other stories</aside><script>alert("x")</script>
<form>Subscribe now</form></article>
<footer>Copyright Example News</footer></body></html>)html";

constexpr const char* kArticleText =
    "Algeria expels 12 French officials\n\n"
    "Algeria ordered 12 French officials to leave within 48 hours.\n\n"
    "The Interior Minister said relations were normal.";

std::string gzip(std::string_view in) {
  z_stream zs{};
  // 15 + 16: a gzip wrapper rather than zlib's.
  REQUIRE(deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) ==
          Z_OK);
  std::string out(deflateBound(&zs, static_cast<uLong>(in.size())), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// The server every case talks to: one per test case, so counters start at zero.
class TestServer {
 public:
  TestServer() {
    routes();
    port_ = server_.bind_to_any_port("127.0.0.1");
    REQUIRE(port_ > 0);
    thread_ = std::thread([this] { server_.listen_after_bind(); });
  }
  ~TestServer() {
    stopping_ = true;
    // stop() is a no-op until the listen loop runs; wait for it so join() cannot hang.
    for (int i = 0; i < 200 && !server_.is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    server_.stop();
    thread_.join();
  }

  std::string url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  }
  int port() const { return port_; }

  std::atomic<int> requests{0};      // every request, any path
  std::atomic<int> conditional{0};   // requests carrying If-None-Match or If-Modified-Since
  std::atomic<int> not_modified{0};  // 304 answers
  std::atomic<int> story_version{1};
  std::atomic<int> in_flight{0}, max_in_flight{0};
  std::atomic<bool> gzip_accepted{false};

 private:
  void count(const httplib::Request& req) {
    ++requests;
    if (req.has_header("If-None-Match") || req.has_header("If-Modified-Since")) ++conditional;
  }

  void routes() {
    server_.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_content("<html><body><main><p>Front page</p></main></body></html>", "text/html");
    });
    server_.Get("/page", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_header("ETag", "\"article-v1\"");
      if (req.get_header_value("If-None-Match") == "\"article-v1\"") {
        ++not_modified;
        res.status = 304;
        return;
      }
      res.set_content(kArticle, "text/html; charset=utf-8");
    });
    server_.Get("/dated", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      constexpr const char* kStamp = "Thu, 19 Feb 2026 08:30:00 GMT";
      res.set_header("Last-Modified", kStamp);
      if (req.get_header_value("If-Modified-Since") == kStamp) {
        ++not_modified;
        res.status = 304;
        return;
      }
      res.set_content("<p>Dated page</p>", "text/html");
    });
    server_.Get("/story", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      std::string etag = "\"story-" + std::to_string(story_version.load()) + "\"";
      res.set_header("ETag", etag);
      if (req.get_header_value("If-None-Match") == etag) {
        ++not_modified;
        res.status = 304;
        return;
      }
      res.set_content("<p>The toll rose to " + std::to_string(10 * story_version.load()) + ".</p>",
                      "text/html");
    });
    server_.Get("/missing", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.status = 404;
      res.set_content("<p>Not here</p>", "text/html");
    });
    server_.Get("/chain/1", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_redirect("/chain/2", 302);
    });
    server_.Get("/chain/2", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_redirect("/chain/3", 301);
    });
    server_.Get("/chain/3", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_redirect("/page", 307);
    });
    server_.Get("/loop", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_redirect("/loop", 302);
    });
    // Pages that are only a <meta http-equiv="refresh">, as "story moved" pages are.
    // "{port}" in the content is the server's port, known only once it listens.
    auto refresh = [this](const std::string& path, const std::string& content) {
      server_.Get(path, [this, content](const httplib::Request& req, httplib::Response& res) {
        count(req);
        std::string target = content;
        if (auto at = target.find("{port}"); at != std::string::npos) {
          target.replace(at, 6, std::to_string(port_));
        }
        res.set_content(
            "<!doctype html><html><head><title>Moved</title>"
            "<meta http-equiv=\"Refresh\" content=\"" +
                target + "\"></head><body><p>This story has moved.</p></body></html>",
            "text/html");
      });
    };
    refresh("/refresh", "0; url=/chain/3");
    refresh("/refresh-bare", "1;URL='/page'");
    refresh("/refresh-a", "0; url=/refresh-b");
    refresh("/refresh-b", "0; url=/refresh-a");
    refresh("/refresh-slow", "300; url=/page");
    refresh("/refresh-file", "0; url=file:///etc/passwd");
    refresh("/refresh-away", "0; url=http://localhost:{port}/page");
    server_.Get("/moved-away", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_redirect("http://localhost:" + std::to_string(port_) + "/page", 301);
    });
    server_.Get("/cookie-wall", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      if (req.get_header_value("Cookie").find("consent=1") == std::string::npos) {
        res.set_header("Set-Cookie", "consent=1; Path=/");
        res.set_redirect("/cookie-wall", 302);
        return;
      }
      res.set_content("<p>Behind the wall</p>", "text/html");
    });
    server_.Get("/old-story", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_redirect("/", 301);
    });
    server_.Get("/slow", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      for (int i = 0; i < 200 && !stopping_; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      res.set_content("<p>Too late</p>", "text/html");
    });
    server_.Get("/huge", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      std::string body = "<html><body>";
      while (body.size() < (4u << 20)) body += "<p>Lorem ipsum dolor sit amet.</p>\n";
      res.set_content(body + "</body></html>", "text/html");
    });
    server_.Get("/latin1", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_content(
          "<html><head><title>Caf\xE9 Nu\xF1"
          "ez</title></head><body><p>Caf\xE9 Nu\xF1"
          "ez said \x93normal\x94.</p></body></html>",
          "text/html; charset=ISO-8859-1");
    });
    server_.Get("/latin1-meta", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_content(
          "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9 Nu\xF1"
          "ez</title></head><body><p>Caf\xE9 Nu\xF1"
          "ez said \x93normal\x94.</p></body></html>",
          "text/html");
    });
    server_.Get("/gzip", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      if (req.get_header_value("Accept-Encoding").find("gzip") == std::string::npos) {
        res.status = 406;
        return;
      }
      gzip_accepted = true;
      // A provider with a length is sent as is: httplib does not compress it a second time.
      auto body =
          std::make_shared<std::string>(gzip("<html><body><p>Compressed story</p>"
                                             "</body></html>"));
      res.set_header("Content-Encoding", "gzip");
      res.set_content_provider(body->size(), "text/html",
                               [body](size_t offset, size_t length, httplib::DataSink& sink) {
                                 sink.write(body->data() + offset, length);
                                 return true;
                               });
    });
    server_.Get("/report.pdf", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_content("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n", "application/pdf");
    });
    server_.Get("/download", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_content("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "application/octet-stream");
    });
    server_.Get("/photo.png", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_content(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "image/png");
    });
    server_.Get("/plain", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      res.set_content("Statement from the ministry\r\n\r\nTwelve officials must leave.\r\n",
                      "text/plain; charset=utf-8");
    });
    server_.Get(R"(/busy/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
      count(req);
      int now = ++in_flight;
      for (int seen = max_in_flight;
           now > seen && !max_in_flight.compare_exchange_weak(seen, now);) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(30));
      --in_flight;
      res.set_content("<p>Busy page " + std::string(req.matches[1]) + "</p>", "text/html");
    });
  }

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
};

// Loopback is allowed (the server lives there) and limits are short to keep the suite fast.
FetchOptions test_options() {
  FetchOptions o;
  o.allow_private = true;
  o.connect_timeout_ms = 2000;
  o.total_timeout_ms = 5000;
  return o;
}

FetchResult fetch_one(Fetcher& fetcher, const std::string& url) {
  std::vector<FetchResult> r = fetcher.fetch({url});
  REQUIRE(r.size() == 1);
  return r[0];
}

}  // namespace

TEST_CASE("a live page is ok with its title, date and text without navigation or script",
          "[fetch]") {
  TestServer server;
  TempDir dir;
  Fetcher fetcher(dir.path() / "verify.db", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/page"));
  CHECK(r.status == LinkStatus::kOk);
  CHECK(r.http_status == 200);
  CHECK(r.final_url == server.url("/page"));
  CHECK(r.etag == "\"article-v1\"");
  CHECK_FALSE(r.from_cache);
  CHECK_FALSE(r.fetched_at.empty());
  CHECK(r.body_hash.size() == 64);
  CHECK(r.page.title == "Algeria expels 12 French officials");
  CHECK(r.page.published == "2026-02-19");
  CHECK(r.page.text == kArticleText);
  CHECK(r.page.id == server.url("/page"));
  CHECK(r.page.url == server.url("/page"));
  CHECK(r.page.source == "127.0.0.1");
}

TEST_CASE("a plain text page is ok and its first line is the title", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/plain"));
  CHECK(r.status == LinkStatus::kOk);
  CHECK(r.page.title == "Statement from the ministry");
  CHECK(r.page.text == "Statement from the ministry\n\nTwelve officials must leave.");
}

TEST_CASE("a 404 is dead and names the HTTP status", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/missing"));
  CHECK(r.status == LinkStatus::kDead);
  CHECK(r.http_status == 404);
  CHECK(r.error == "HTTP 404");
  CHECK(r.page.text.empty());
}

TEST_CASE("a redirect chain within the site is ok and reports the final url", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/chain/1"));
  CHECK(r.status == LinkStatus::kOk);
  CHECK(r.final_url == server.url("/page"));
  CHECK(r.page.id == server.url("/chain/1"));
  CHECK(r.page.text == kArticleText);
}

TEST_CASE("a redirect to another host is reported as redirected", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/moved-away"));
  CHECK(r.status == LinkStatus::kRedirected);
  CHECK(r.final_url == "http://localhost:" + std::to_string(server.port()) + "/page");
  CHECK(r.error.find("another site") != std::string::npos);
  CHECK(r.page.source == "localhost");
}

TEST_CASE("a redirect from a story to the front page is a soft 404", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/old-story"));
  CHECK(r.status == LinkStatus::kRedirected);
  CHECK(r.final_url == server.url("/"));
  CHECK(r.error.find("front page") != std::string::npos);
}

TEST_CASE("a site that sets a cookie and redirects to itself is not a loop", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/cookie-wall"));
  CHECK(r.status == LinkStatus::kOk);
  CHECK(r.page.text == "Behind the wall");
  CHECK(server.requests == 2);
}

TEST_CASE("a redirect loop is dead after the redirect limit", "[fetch]") {
  TestServer server;
  FetchOptions options = test_options();
  options.max_redirects = 3;
  Fetcher fetcher("", options);
  FetchResult r = fetch_one(fetcher, server.url("/loop"));
  CHECK(r.status == LinkStatus::kDead);
  CHECK(r.error.find("more than 3 redirects") != std::string::npos);
  CHECK(server.requests == 4);
}

TEST_CASE("a meta refresh page is followed like a redirect to the page it names", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  for (const char* path : {"/refresh", "/refresh-bare"}) {
    INFO(path);
    FetchResult r = fetch_one(fetcher, server.url(path));
    CHECK(r.status == LinkStatus::kOk);
    CHECK(r.final_url == server.url("/page"));
    CHECK(r.page.id == server.url(path));
    CHECK(r.page.text == kArticleText);
  }
}

TEST_CASE("meta refreshes count against the redirect limit, so a refresh loop is dead", "[fetch]") {
  TestServer server;
  FetchOptions options = test_options();
  options.max_redirects = 3;
  Fetcher fetcher("", options);
  FetchResult r = fetch_one(fetcher, server.url("/refresh-a"));
  CHECK(r.status == LinkStatus::kDead);
  CHECK(r.error.find("more than 3 redirects") != std::string::npos);
  CHECK(server.requests == 4);
}

TEST_CASE("a meta refresh to another site or scheme is checked like a redirect", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult away = fetch_one(fetcher, server.url("/refresh-away"));
  INFO(away.error);
  CHECK(away.status == LinkStatus::kRedirected);
  CHECK(away.error.find("another site") != std::string::npos);
  FetchResult file = fetch_one(fetcher, server.url("/refresh-file"));
  CHECK(file.status == LinkStatus::kRefused);
  CHECK(file.page.text.empty());
}

TEST_CASE("a page that only reloads after a long delay is the page itself", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/refresh-slow"));
  CHECK(r.status == LinkStatus::kOk);
  CHECK(r.final_url == server.url("/refresh-slow"));
  CHECK(r.page.text.find("This story has moved.") != std::string::npos);
  CHECK(server.requests == 1);
}

TEST_CASE("a slow response times out at the total timeout", "[fetch]") {
  TestServer server;
  FetchOptions options = test_options();
  options.total_timeout_ms = 300;
  Fetcher fetcher("", options);
  auto start = std::chrono::steady_clock::now();
  FetchResult r = fetch_one(fetcher, server.url("/slow"));
  auto took = std::chrono::steady_clock::now() - start;
  CHECK(r.status == LinkStatus::kTimeout);
  CHECK(r.error.find("timed out") != std::string::npos);
  CHECK(took < std::chrono::milliseconds(1500));
}

TEST_CASE("a huge body is capped before it is parsed", "[fetch]") {
  TestServer server;
  FetchOptions options = test_options();
  options.max_body_bytes = 64 * 1024;
  Fetcher fetcher("", options);
  FetchResult r = fetch_one(fetcher, server.url("/huge"));
  CHECK(r.status == LinkStatus::kOk);
  CHECK(r.truncated);
  CHECK(r.error.find("cut at 65536 bytes") != std::string::npos);
  CHECK_FALSE(r.page.text.empty());
  CHECK(r.page.text.size() < 64 * 1024);
  CHECK(r.page.text.rfind("Lorem ipsum dolor sit amet.", 0) == 0);
}

TEST_CASE("an ISO-8859-1 page is converted to UTF-8", "[fetch]") {
  std::string path = GENERATE("/latin1", "/latin1-meta");
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url(path));
  INFO(path);
  CHECK(r.status == LinkStatus::kOk);
  CHECK(r.page.title ==
        "Caf\xC3\xA9 Nu\xC3\xB1"
        "ez");
  // 0x93/0x94 are curly quotes in windows-1252, which browsers use for ISO-8859-1 labels.
  CHECK(r.page.text ==
        "Caf\xC3\xA9 Nu\xC3\xB1"
        "ez said \xE2\x80\x9Cnormal\xE2\x80\x9D.");
}

TEST_CASE("gzip content is accepted and decoded", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url("/gzip"));
  CHECK(server.gzip_accepted);
  CHECK(r.status == LinkStatus::kOk);
  CHECK(r.page.text == "Compressed story");
}

TEST_CASE("PDFs and images are not text", "[fetch]") {
  std::string path = GENERATE("/report.pdf", "/download", "/photo.png");
  TestServer server;
  Fetcher fetcher("", test_options());
  FetchResult r = fetch_one(fetcher, server.url(path));
  INFO(path);
  CHECK(r.status == LinkStatus::kNotText);
  CHECK(r.page.text.empty());
  CHECK(r.body_hash.size() == 64);
}

TEST_CASE("a second run revalidates with conditional requests and answers from the cache",
          "[fetch]") {
  TestServer server;
  TempDir dir;
  FetchOptions options = test_options();
  options.max_age_seconds = 0;  // always revalidate
  std::vector<std::string> urls = {server.url("/page"), server.url("/dated")};
  {
    Fetcher fetcher(dir.path() / "verify.db", options);
    auto first = fetcher.fetch(urls);
    CHECK(first[0].status == LinkStatus::kOk);
    CHECK(first[1].last_modified == "Thu, 19 Feb 2026 08:30:00 GMT");
    CHECK(server.conditional == 0);
  }
  Fetcher fetcher(dir.path() / "verify.db", options);
  auto second = fetcher.fetch(urls);
  CHECK(server.requests == 4);
  CHECK(server.conditional == 2);
  CHECK(server.not_modified == 2);
  for (const FetchResult& r : second) {
    CHECK(r.status == LinkStatus::kOk);
    CHECK(r.http_status == 304);
    CHECK(r.from_cache);
    CHECK_FALSE(r.changed);
  }
  CHECK(second[0].page.text == kArticleText);
  CHECK(second[0].page.title == "Algeria expels 12 French officials");
  CHECK(second[1].page.text == "Dated page");
}

TEST_CASE("a cache entry younger than max-age is used without any request", "[fetch]") {
  TestServer server;
  TempDir dir;
  Fetcher fetcher(dir.path() / "verify.db", test_options());
  FetchResult first = fetch_one(fetcher, server.url("/page"));
  FetchResult second = fetch_one(fetcher, server.url("/page"));
  CHECK(server.requests == 1);
  CHECK(second.from_cache);
  CHECK(second.status == LinkStatus::kOk);
  CHECK(second.body_hash == first.body_hash);
  CHECK(second.page.text == first.page.text);
}

TEST_CASE("offline mode answers from the cache and reports urls it has not cached", "[fetch]") {
  TestServer server;
  TempDir dir;
  {
    Fetcher online(dir.path() / "verify.db", test_options());
    fetch_one(online, server.url("/page"));
  }
  FetchOptions options = test_options();
  options.offline = true;
  options.max_age_seconds = 0;  // offline ignores staleness
  Fetcher offline(dir.path() / "verify.db", options);
  auto r = offline.fetch({server.url("/page"), server.url("/plain")});
  CHECK(server.requests == 1);
  CHECK(r[0].status == LinkStatus::kOk);
  CHECK(r[0].from_cache);
  CHECK(r[0].page.text == kArticleText);
  CHECK(r[0].page.published == "2026-02-19");
  CHECK(r[1].status == LinkStatus::kNotCached);
}

TEST_CASE("changed is set only when the page text differs from the previous fetch", "[fetch]") {
  TestServer server;
  TempDir dir;
  FetchOptions options = test_options();
  options.max_age_seconds = 0;
  Fetcher fetcher(dir.path() / "verify.db", options);
  FetchResult first = fetch_one(fetcher, server.url("/story"));
  CHECK_FALSE(first.changed);
  CHECK(first.page.text == "The toll rose to 10.");
  server.story_version = 2;
  FetchResult second = fetch_one(fetcher, server.url("/story"));
  CHECK(second.changed);
  CHECK_FALSE(second.from_cache);
  CHECK(second.page.text == "The toll rose to 20.");
  CHECK(second.body_hash != first.body_hash);
  FetchResult third = fetch_one(fetcher, server.url("/story"));
  CHECK(third.http_status == 304);
  CHECK_FALSE(third.changed);
}

TEST_CASE("private addresses are refused by default and no request reaches the server", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", FetchOptions{});
  std::string port = std::to_string(server.port());
  auto r = fetcher.fetch({server.url("/page"), "http://localhost:" + port + "/page",
                          "http://[::1]:" + port + "/", "http://10.1.2.3/",
                          "http://169.254.169.254/latest/meta-data/", "http://192.168.0.1/",
                          "http://[::ffff:127.0.0.1]:" + port + "/"});
  for (const FetchResult& x : r) {
    INFO(x.url << " -> " << x.error);
    CHECK(x.status == LinkStatus::kRefused);
    CHECK(x.error.find("refused") != std::string::npos);
  }
  CHECK(r[0].error.find("127.0.0.1 is a loopback address") != std::string::npos);
  CHECK(r[0].error.find("--allow-private") != std::string::npos);  // says how to allow it
  CHECK(r[4].error.find("link-local") != std::string::npos);
  CHECK(server.requests == 0);
}

TEST_CASE("file and other non-http schemes are refused", "[fetch]") {
  Fetcher fetcher("", FetchOptions{});
  auto r = fetcher.fetch({"file:///etc/passwd", "ftp://example.com/file.txt",
                          "gopher://example.com/", "example.com/no-scheme", "not a url"});
  for (const FetchResult& x : r) {
    INFO(x.url << " -> " << x.error);
    CHECK(x.status == LinkStatus::kRefused);
    CHECK(x.page.text.empty());
  }
  CHECK(r[0].error.find("only http and https") != std::string::npos);
}

TEST_CASE("an unresolvable host is unresolved, not dead, with a message naming it", "[fetch]") {
  Fetcher fetcher("", FetchOptions{});
  FetchResult r = fetch_one(fetcher, "http://nonexistent.invalid/story");
  CHECK(r.status == LinkStatus::kUnresolved);
  CHECK(r.error == "cannot resolve host nonexistent.invalid");
}

TEST_CASE("credentials in a url never reach messages, stored urls or the cache file", "[fetch]") {
  TestServer server;
  TempDir dir;
  std::string port = std::to_string(server.port());
  std::string secret = "s3cret-pa55";
  std::string base = "http://alice:" + secret + "@127.0.0.1:" + port;
  {
    Fetcher fetcher(dir.path() / "verify.db", test_options());
    auto r = fetcher.fetch(
        {base + "/page", base + "/missing", "http://bob:" + secret + "@nonexistent.invalid/"});
    CHECK(r[0].status == LinkStatus::kOk);
    CHECK(r[0].final_url == server.url("/page"));
    CHECK(r[0].page.id == server.url("/page"));
    CHECK(r[1].status == LinkStatus::kDead);
    CHECK(r[2].status == LinkStatus::kUnresolved);
    for (const FetchResult& x : r) {
      CHECK(x.error.find(secret) == std::string::npos);
      CHECK(x.final_url.find(secret) == std::string::npos);
      CHECK(x.page.id.find(secret) == std::string::npos);
    }
  }
  Fetcher refusing("", FetchOptions{});
  FetchResult refused = fetch_one(refusing, base + "/page");
  CHECK(refused.status == LinkStatus::kRefused);
  CHECK(refused.error.find(secret) == std::string::npos);
  for (const char* suffix : {"", "-wal"}) {
    std::string stored = verify::test::read_file(dir.path() / ("verify.db" + std::string(suffix)));
    CHECK(stored.find(secret) == std::string::npos);
  }
  CHECK(verify::corpus::redact_url(base + "/x?q=1") == server.url("/x?q=1"));
  CHECK(verify::corpus::redact_url("weird://user:pw@host/a") == "weird://host/a");
  CHECK(verify::corpus::redact_url("user:pw@host/a@b") == "host/a@b");
  // An e-mail address is the address, not credentials to strip.
  CHECK(verify::corpus::redact_url("mailto:desk@harbourpost.example") ==
        "mailto:desk@harbourpost.example");
  CHECK(verify::corpus::redact_url("desk@harbourpost.example") == "desk@harbourpost.example");
}

TEST_CASE("duplicates are fetched once and progress counts every input", "[fetch]") {
  TestServer server;
  Fetcher fetcher("", test_options());
  std::vector<std::pair<std::size_t, std::size_t>> seen;
  auto r =
      fetcher.fetch({server.url("/page"), server.url("/missing"), server.url("/page")},
                    [&](std::size_t done, std::size_t total) { seen.emplace_back(done, total); });
  REQUIRE(r.size() == 3);
  CHECK(r[0].status == LinkStatus::kOk);
  CHECK(r[1].status == LinkStatus::kDead);
  CHECK(r[2].page.text == r[0].page.text);
  CHECK(server.requests == 2);
  REQUIRE_FALSE(seen.empty());
  CHECK(seen.back() == std::make_pair<std::size_t, std::size_t>(3, 3));
}

TEST_CASE("concurrent fetches stay within the per-host limit", "[fetch]") {
  std::size_t per_host = GENERATE(1, 2, 4);
  TestServer server;
  FetchOptions options = test_options();
  options.per_host = per_host;
  options.max_concurrent = 8;
  Fetcher fetcher("", options);
  std::vector<std::string> urls;
  for (int i = 0; i < 8; ++i) urls.push_back(server.url("/busy/" + std::to_string(i)));
  auto r = fetcher.fetch(urls);
  for (const FetchResult& x : r) CHECK(x.status == LinkStatus::kOk);
  INFO("per_host " << per_host);
  CHECK(server.max_in_flight <= static_cast<int>(per_host));
  if (per_host > 1) CHECK(server.max_in_flight > 1);
}

TEST_CASE("link statuses have stable names", "[fetch]") {
  using verify::corpus::to_string;
  CHECK(to_string(LinkStatus::kOk) == "ok");
  CHECK(to_string(LinkStatus::kDead) == "dead");
  CHECK(to_string(LinkStatus::kTimeout) == "timeout");
  CHECK(to_string(LinkStatus::kRedirected) == "redirected");
  CHECK(to_string(LinkStatus::kNotText) == "not-text");
  CHECK(to_string(LinkStatus::kRefused) == "refused");
  CHECK(to_string(LinkStatus::kNotCached) == "not-cached");
  CHECK(to_string(LinkStatus::kUnresolved) == "unresolved");
}

// The HTML report in a real browser: headless Chromium renders it and the test reads the DOM.
#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::read_file;
using verify::test::run;
using verify::test::shell_quote;
using verify::test::TempDir;
using verify::test::write_file;

namespace {

const fs::path kData = fs::path(VERIFY_TEST_DATA) / "cli";

std::string chromium() {
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (fs::exists(p)) return p;
  }
  return "";
}

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("the HTML report renders in Chromium with claims highlighted and sources escaped",
          "[cli][html]") {
  std::string browser = chromium();
  if (browser.empty()) {
    WARN(
        "skipped: Chromium is not installed (Debian package chromium; `make test` installs it "
        "when the package registry is reachable)");
    return;
  }
  TempDir tmp;
  // A hostile source about the story (it names Brandford, so it is read as evidence): markup
  // in its text must come out as text, never as a script.
  std::string corpus = read_file(kData / "corpus.jsonl");
  corpus +=
      "{\"id\": \"brd-hostile\", \"url\": \"javascript:alert(1)\", \"title\": \"<b>x</b>\", "
      "\"published\": \"2026-06-04\", \"source\": \"evil.example\", \"text\": \"Brandford council "
      "officials "
      "said the closures would cut 64 library jobs. <script>document.title='pwned'</script> "
      "<img src=x onerror=alert(1)>\"}\n";
  write_file(tmp.path() / "corpus.jsonl", corpus);
  std::string base =
      shell_quote(VERIFY_BINARY) + " --home " + shell_quote((tmp.path() / "home").string()) + " ";
  REQUIRE(
      run(base + "corpus add " + shell_quote((tmp.path() / "corpus.jsonl").string()), tmp.path())
          .status == 0);
  fs::path html = tmp.path() / "report.html";
  auto r = run(base + shell_quote((kData / "article.txt").string()) + " --format html --out " +
                   shell_quote(html.string()),
               tmp.path());
  REQUIRE(r.status == 1);
  std::string page = read_file(html);
  CHECK(page.find("<script>document.title") == std::string::npos);
  CHECK(page.find("&lt;script&gt;document.title") != std::string::npos);
  CHECK(page.find("href=\"javascript:") == std::string::npos);

  // Chromium runs the page's own script and dumps the DOM it ends with.
  auto dom = run(shell_quote(browser) +
                     " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                     "--disable-background-networking --disable-component-update --disable-sync "
                     "--user-data-dir=" +
                     shell_quote((tmp.path() / "profile").string()) + " --dump-dom " +
                     shell_quote("file://" + html.string()),
                 tmp.path());
  REQUIRE(dom.status == 0);
  const std::string& d = dom.out;
  INFO(d.substr(0, 2000));
  // The title was not rewritten by the source's script, and only our own script is there.
  CHECK(d.find("<title>verify: Brandford council votes to close branch libraries</title>") !=
        std::string::npos);
  CHECK(count(d, "<script") == 1);
  CHECK(d.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  // The summary bar and the article with each claim marked in its verdict's colour.
  CHECK(d.find("id=\"summary-bar\"") != std::string::npos);
  CHECK(d.find("1 contradicted") != std::string::npos);
  CHECK(count(d, "class=\"v-contradicted\"") >= 1);
  CHECK(count(d, "class=\"v-supported\"") >= 2);
  CHECK(d.find("<mark tabindex=\"0\" class=\"v-contradicted\" data-claim=\"") != std::string::npos);
  std::smatch m;
  std::regex contradicted_mark(R"re(class="v-contradicted" data-claim="(c\d+)"[^>]*>([^<]*)<)re");
  REQUIRE(std::regex_search(d, m, contradicted_mark));
  CHECK(m[2].str() == "85");
  // Every marked claim has its card with the explanation and evidence.
  CHECK(d.find("id=\"d-" + m[1].str() + "\"") != std::string::npos);
  CHECK(d.find("put the figure at 64, not 85") != std::string::npos);
}

TEST_CASE("the HTML report at 420 px stacks the evidence under the article and clips nothing",
          "[cli][html]") {
  std::string browser = chromium();
  if (browser.empty()) {
    WARN("skipped: Chromium is not installed (Debian package chromium)");
    return;
  }
  TempDir tmp;
  std::string base =
      shell_quote(VERIFY_BINARY) + " --home " + shell_quote((tmp.path() / "home").string()) + " ";
  REQUIRE(run(base + "corpus add " + shell_quote((kData / "corpus.jsonl").string()), tmp.path())
              .status == 0);
  fs::path html = tmp.path() / "report.html";
  REQUIRE(run(base + shell_quote((kData / "article.txt").string()) + " --format html --out " +
                  shell_quote(html.string()),
              tmp.path())
              .status == 1);
  const std::string chrome = shell_quote(browser) +
                             " --headless --no-sandbox --disable-gpu --no-first-run "
                             "--disable-background-networking --disable-component-update "
                             "--user-data-dir=" +
                             shell_quote((tmp.path() / "profile").string());

  // A phone-sized screenshot: Chromium lays the page out 420 px wide.
  fs::path png = tmp.path() / "phone.png";
  REQUIRE(run(chrome + " --window-size=420,900 --screenshot=" + shell_quote(png.string()) + " " +
                  shell_quote("file://" + html.string()),
              tmp.path())
              .status == 0);
  std::string image = read_file(png);
  REQUIRE(image.size() > 24);
  auto be32 = [&](size_t at) {
    return (static_cast<unsigned char>(image[at]) << 24) |
           (static_cast<unsigned char>(image[at + 1]) << 16) |
           (static_cast<unsigned char>(image[at + 2]) << 8) |
           static_cast<unsigned char>(image[at + 3]);
  };
  CHECK(image.substr(1, 3) == "PNG");
  CHECK(be32(16) == 420);  // IHDR width
  CHECK(be32(20) == 900);  // IHDR height

  // The layout, measured by a page that holds the report in a 420 px frame: the evidence
  // panel starts below the article, and nothing is wider than the frame.
  write_file(tmp.path() / "phone.html",
             "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" src=\"report.html\" "
             "style=\"width:420px;height:900px;border:0\"></iframe><script>"
             "document.getElementById('f').onload=function(){"
             "var d=this.contentDocument,a=d.querySelector('article').getBoundingClientRect(),"
             "s=d.querySelector('aside').getBoundingClientRect(),o=document.createElement('pre');"
             "o.id='layout';o.textContent=[d.documentElement.scrollWidth,Math.round(a.bottom),"
             "Math.round(s.top),Math.round(a.right),Math.round(s.right)].join(' ');"
             "document.body.appendChild(o);};</script></body></html>");
  auto dom = run(chrome + " --allow-file-access-from-files --virtual-time-budget=5000 --dump-dom " +
                     shell_quote("file://" + (tmp.path() / "phone.html").string()),
                 tmp.path());
  REQUIRE(dom.status == 0);
  std::smatch m;
  std::regex layout(R"re(id="layout">(\d+) (\d+) (\d+) (\d+) (\d+)<)re");
  INFO(dom.out.substr(0, 600));
  REQUIRE(std::regex_search(dom.out, m, layout));
  CHECK(std::stoi(m[1]) <= 420);              // no horizontal overflow
  CHECK(std::stoi(m[3]) >= std::stoi(m[2]));  // the panel is below the article
  CHECK(std::stoi(m[4]) <= 420);
  CHECK(std::stoi(m[5]) <= 420);
}

TEST_CASE("several articles give one HTML page with a section per article and one for an error",
          "[cli][html]") {
  // Kind (a new user's report): `verify --format html a.txt b.txt` wrote two whole pages one
  // after the other (two doctypes, two <html> elements, every claim id twice), which a browser
  // shows as the first article only, with the second's claims opening the first's cards; an
  // article that could not be read was missing from the page.
  TempDir tmp;
  std::string base =
      shell_quote(VERIFY_BINARY) + " --home " + shell_quote((tmp.path() / "home").string()) + " ";
  REQUIRE(run(base + "corpus add " + shell_quote((kData / "corpus.jsonl").string()), tmp.path())
              .status == 0);
  // The same article under two names: the same claim ids in both sections.
  fs::path second = tmp.path() / "second.txt";
  write_file(second, read_file(kData / "article.txt"));
  fs::path missing = tmp.path() / "nosuch<1>.txt";
  fs::path html = tmp.path() / "report.html";
  auto r = run(base + shell_quote((kData / "article.txt").string()) + " " +
                   shell_quote(second.string()) + " " + shell_quote(missing.string()) +
                   " --format html --no-fetch --no-store --out " + shell_quote(html.string()),
               tmp.path());
  CHECK(r.status == 2);  // as with --format json, the unreadable article wins the exit status
  CHECK(r.err.find("cannot open file") != std::string::npos);
  const std::string page = read_file(html);
  INFO(page.substr(0, 1500));
  // One document.
  CHECK(count(page, "<!DOCTYPE html>") == 1);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(count(page, "<html") == 1);
  CHECK(count(page, "<head>") == 1);
  CHECK(count(page, "<body>") == 1);
  CHECK(count(page, "</html>") == 1);
  CHECK(count(page, "<script>") == 1);
  // A section per article, in the order given, the last one the error, its path escaped.
  const size_t first = page.find("<section class=\"report\" id=\"article-1\">");
  const size_t next = page.find("<section class=\"report\" id=\"article-2\">");
  const size_t error = page.find("<section class=\"report error\" id=\"article-3\">");
  REQUIRE(first != std::string::npos);
  REQUIRE(next != std::string::npos);
  REQUIRE(error != std::string::npos);
  CHECK(first < next);
  CHECK(next < error);
  CHECK(page.find("nosuch&lt;1&gt;.txt: cannot open file", error) != std::string::npos);
  CHECK(page.find("nosuch<1>") == std::string::npos);
  CHECK(page.find(second.string(), next) != std::string::npos);
  // Every id once, and every marked claim opens a card of its own section.
  std::set<std::string> ids;
  std::regex id_attr(R"re(\sid="([^"]*)")re");
  for (std::sregex_iterator it(page.begin(), page.end(), id_attr), end; it != end; ++it) {
    INFO((*it)[1].str());
    CHECK(ids.insert((*it)[1].str()).second);
  }
  std::regex mark(R"re(data-claim="([^"]*)")re");
  size_t marks = 0;
  for (std::sregex_iterator it(page.begin(), page.end(), mark), end; it != end; ++it) {
    ++marks;
    INFO((*it)[1].str());
    CHECK(ids.count("d-" + (*it)[1].str()) == 1);
  }
  CHECK(marks >= 4);
  // The list at the top links to each section.
  CHECK(page.find("<a href=\"#article-3\">") != std::string::npos);

  SECTION("one article still gives its page as before") {
    auto one = run(base + shell_quote((kData / "article.txt").string()) +
                       " --format html --no-fetch --no-store",
                   tmp.path());
    CHECK(one.status == 1);
    CHECK(count(one.out, "<!DOCTYPE html>") == 1);
    CHECK(one.out.find("<section") == std::string::npos);
    CHECK(one.out.find("id=\"summary-bar\"") != std::string::npos);
  }
}

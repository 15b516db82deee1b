// Field cases: every input in ../shared/cases/field run through the real `verify` binary, with
// the values its .expected.txt gives (encoded here by hand), link cases against a real loopback
// server that serves the cases' www/ folder.
#include <httplib.h>
#include <simdjson.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli_test_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::read_file;
using verify::test::run;
using verify::test::RunResult;
using verify::test::shell_quote;
using verify::test::TempDir;
using verify::test::write_file;

namespace {

const fs::path kField = fs::path(VERIFY_SHARED_DATA) / "cases" / "field";

// The cases are shared data, not part of the repository: without them there is nothing to run.
bool have_field_cases() {
  if (fs::is_directory(kField)) return true;
  WARN("skipped: the field cases folder " << kField.string() << " is absent");
  return false;
}

struct Found {
  std::string kind, text, value, date_end, unit, noun, head, speaker, sentence;
  std::vector<std::string> flags;
  std::optional<double> number;
  std::string verdict;                                // check runs only
  std::string link_status, link_support, link_final;  // citations of check runs only

  bool flagged(const std::string& f) const {
    return std::find(flags.begin(), flags.end(), f) != flags.end();
  }
};

std::string string_or_empty(simdjson::dom::element e, const char* key) {
  std::string_view s;
  if (e[key].get(s)) return "";
  return std::string(s);
}

std::vector<Found> parse_claims(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element report = parser.parse(json);
  std::vector<Found> out;
  for (auto c : report["claims"].get_array()) {
    Found f;
    f.kind = string_or_empty(c, "kind");
    f.text = string_or_empty(c, "text");
    f.date_end = string_or_empty(c, "date_end");
    f.unit = string_or_empty(c, "unit");
    f.noun = string_or_empty(c, "noun");
    f.head = string_or_empty(c, "head");
    f.speaker = string_or_empty(c, "speaker");
    f.sentence = string_or_empty(c, "sentence");
    f.verdict = string_or_empty(c, "verdict");
    double n = 0;
    if (!c["value"].get(n)) {
      f.number = n;
    } else {
      f.value = string_or_empty(c, "value");
    }
    for (auto flag : c["flags"].get_array()) f.flags.emplace_back(flag.get_string().value());
    simdjson::dom::element link;
    if (!c["link"].get(link)) {
      f.link_status = string_or_empty(link, "status");
      f.link_support = string_or_empty(link, "support");
      f.link_final = string_or_empty(link, "final_url");
    }
    out.push_back(std::move(f));
  }
  return out;
}

// Copies a case into the scratch folder, filling in {{PORT}} for templates; returns its path.
fs::path place_case(const TempDir& tmp, const std::string& name, int port) {
  std::string text = read_file(kField / name);
  std::string target = name;
  if (target.size() > 5 && target.compare(target.size() - 5, 5, ".tmpl") == 0) {
    target.resize(target.size() - 5);
    for (size_t at; (at = text.find("{{PORT}}")) != std::string::npos;) {
      text.replace(at, 8, std::to_string(port));
    }
  }
  fs::path out = tmp.path() / target;
  write_file(out, text);
  return out;
}

std::string verify_cmd(const TempDir& tmp, const std::string& args) {
  return verify::test::verify_cmd(tmp.path() / "home", args);
}

// `verify claims` on a case read in place: extraction only.
std::vector<Found> claims_of(const std::string& name) {
  TempDir tmp;
  auto r = run(verify_cmd(tmp, "claims --format json " + shell_quote((kField / name).string())),
               tmp.path());
  INFO(r.err);
  REQUIRE(r.status == 0);
  return parse_claims(r.out);
}

// `verify check` on a case, after indexing the named corpus (if any) into a fresh home.
std::vector<Found> check_of(const std::string& name, const std::string& corpus = "", int port = 0) {
  TempDir tmp;
  if (!corpus.empty()) {
    auto add =
        run(verify_cmd(tmp, "corpus add " + shell_quote((kField / corpus).string())), tmp.path());
    INFO(add.err);
    REQUIRE(add.status == 0);
  }
  fs::path article = port ? place_case(tmp, name, port) : kField / name;
  auto r = run(
      verify_cmd(tmp, shell_quote(article.string()) + " --format json --no-store --allow-private"),
      tmp.path());
  INFO(r.err);
  // 0: nothing contradicted, 1: something contradicted; anything else is a failure to check.
  REQUIRE((r.status == 0 || r.status == 1));
  return parse_claims(r.out);
}

std::vector<const Found*> all_of(const std::vector<Found>& cs, const std::string& kind) {
  std::vector<const Found*> out;
  for (const auto& c : cs) {
    if (c.kind == kind) out.push_back(&c);
  }
  return out;
}

const Found* date_valued(const std::vector<Found>& cs, const std::string& value) {
  for (const auto& c : cs) {
    if (c.kind == "date" && c.value == value) return &c;
  }
  return nullptr;
}

const Found* numbered(const std::vector<Found>& cs, const std::string& kind, double n) {
  for (const auto& c : cs) {
    if (c.kind == kind && c.number && *c.number == n) return &c;
  }
  return nullptr;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// Serves the cases' www/ folder on 127.0.0.1 at a free port for the life of the object.
class FieldSite {
 public:
  FieldSite() {
    REQUIRE(server_.set_mount_point("/", (kField / "www").string()));
    port_ = verify::test::start_loopback(server_, thread_);
  }
  ~FieldSite() {
    server_.stop();
    thread_.join();
  }
  int port() const { return port_; }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace

TEST_CASE("a paragraph that is wholly a link keeps its claims, and listed ages are not counts",
          "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("b1_linked_paragraph.html");
  const Found* friday = date_valued(cs, "2024-09-27");
  REQUIRE(friday);
  CHECK(contains(friday->text, "September 27"));
  const Found* men = numbered(cs, "count", 3);
  REQUIRE(men);
  CHECK(men->head == "man");
  CHECK(date_valued(cs, "2025-03-03"));
  bool cited = false;
  for (const Found* c : all_of(cs, "citation")) {
    if (c->value == "https://courtnews.example/live-updates-637633") {
      cited = true;
      CHECK(contains(c->text, "three men aged 54, 30 and 39 denied"));
    }
  }
  CHECK(cited);
  for (double age : {54.0, 30.0, 39.0}) {
    const Found* c = numbered(cs, "count", age);
    if (c) {
      INFO(c->text);
      CHECK(c->head != "man");
    }
  }
}

TEST_CASE("a READ MORE teaser inside the body makes no claims of the article", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("b2_read_more_teaser.txt");
  CHECK_FALSE(numbered(cs, "count", 9000));
  CHECK_FALSE(numbered(cs, "percent", 6));
  for (const auto& c : cs) {
    INFO(c.text);
    CHECK_FALSE(contains(c.sentence, "READ MORE"));
  }
  const Found* friday = date_valued(cs, "2026-03-13");
  REQUIRE(friday);
  CHECK(friday->text.find("Friday") != std::string::npos);
  CHECK(date_valued(cs, "2026-03-03"));
  // The "Published:" line dates the article; it is not a claim of the story.
  if (const Found* own = date_valued(cs, "2026-03-14")) CHECK(own->flagged("dateline"));
}

TEST_CASE("'last Tuesday' is the Tuesday before the dateline's Wednesday", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("d1_last_weekday.txt");
  const Found* c = date_valued(cs, "2024-04-16");
  REQUIRE(c);
  CHECK(contains(c->text, "Tuesday"));
  CHECK(c->flagged("relative"));
}

TEST_CASE("a past Sunday seen from New Year's Day falls in the previous year", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("d2_weekday_year_boundary.txt");
  const Found* c = date_valued(cs, "2024-12-29");
  REQUIRE(c);
  CHECK(contains(c->text, "Sunday"));
  CHECK(c->flagged("relative"));
}

TEST_CASE("'Sept.' is read as September with and without a written year", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("d3_sept_abbrev.txt");
  const Found* written = date_valued(cs, "2024-09-05");
  REQUIRE(written);
  CHECK_FALSE(written->flagged("inferred_year"));
  const Found* inferred = date_valued(cs, "2024-09-30");
  REQUIRE(inferred);
  CHECK(inferred->flagged("inferred_year"));
}

TEST_CASE("a year written after 'the 31st of March,' is kept and the date is supported",
          "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("d4_ordinal_day.txt");
  const Found* closed = date_valued(cs, "2019-03-31");
  REQUIRE(closed);
  CHECK(contains(closed->text, "2019"));
  CHECK_FALSE(closed->flagged("inferred_year"));
  const Found* finished = date_valued(cs, "2024-02-02");
  REQUIRE(finished);
  CHECK_FALSE(finished->flagged("inferred_year"));

  auto checked = check_of("d4_ordinal_day.txt", "d4_corpus.jsonl");
  const Found* judged = date_valued(checked, "2019-03-31");
  REQUIRE(judged);
  CHECK(judged->verdict == "supported");
  // The source dates only the closing: the reopening's "Tuesday" in the same sentence is not
  // contradicted by it.
  const Found* reopened = date_valued(checked, "2024-04-09");
  REQUIRE(reopened);
  CHECK(reopened->verdict != "contradicted");
}

TEST_CASE("'19th century' and '19th-century' are not dates", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("d5_century.txt");
  for (const Found* c : all_of(cs, "date")) {
    INFO(c->text);
    CHECK_FALSE(contains(c->text, "19th"));
  }
  CHECK(date_valued(cs, "2024-06-03"));
  CHECK(date_valued(cs, "2019"));
}

TEST_CASE("a '2023-24' season is a range of years", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("d6_fiscal_range.txt");
  const Found* season = date_valued(cs, "2023");
  REQUIRE(season);
  CHECK(season->date_end == "2024");
}

TEST_CASE("a day-month range without a year takes the story's year", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("d7_range_noyear.txt");
  const Found* from = date_valued(cs, "2025-05-23");
  REQUIRE(from);
  // One range claim (two point dates with the right year would also be acceptable).
  CHECK(from->date_end == "2025-08-02");
}

TEST_CASE("a weekday in a future-tense sentence is the coming day and is supported",
          "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("d8_future_weekday.txt");
  const Found* friday = date_valued(cs, "2025-03-14");
  REQUIRE(friday);
  CHECK(contains(friday->text, "Friday"));
  const Found* monday = date_valued(cs, "2025-03-10");
  REQUIRE(monday);
  CHECK(contains(monday->text, "Monday"));

  auto checked = check_of("d8_future_weekday.txt", "d8_corpus.jsonl");
  const Found* judged = date_valued(checked, "2025-03-14");
  REQUIRE(judged);
  CHECK(judged->verdict == "supported");
}

TEST_CASE("thousands grouped with spaces are one number and are supported", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("n1_space_thousands.txt");
  for (double n : {816000.0, 934000.0}) {
    const Found* c = numbered(cs, "count", n);
    REQUIRE(c);
    CHECK(c->noun == "tonnes");
  }
  CHECK_FALSE(numbered(cs, "count", 0));

  auto checked = check_of("n1_space_thousands.txt", "n1_corpus.jsonl");
  for (double n : {816000.0, 934000.0}) {
    const Found* c = numbered(checked, "count", n);
    REQUIRE(c);
    CHECK(c->verdict == "supported");
  }
}

TEST_CASE("'fifteen hundred troops' counts 1500 troops", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("n3_implied_hundreds.txt");
  const Found* c = numbered(cs, "count", 1500);
  REQUIRE(c);
  CHECK(c->noun == "troops");
  CHECK(contains(c->text, "fifteen hundred"));
}

TEST_CASE("digits inside a URL are neither dates nor counts", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("n4_digits_in_url.txt");
  const std::string url = "https://council.example/news/2024/relief-fund-379480";
  for (const auto& c : cs) {
    if (c.kind == "citation") continue;
    INFO(c.kind << " " << c.text);
    CHECK_FALSE(contains(url, c.text));
  }
  auto cited = all_of(cs, "citation");
  REQUIRE(cited.size() == 1);
  CHECK(cited[0]->value == url);

  // ".example" names never resolve (RFC 2606): the link is unresolved, which is not "dead".
  auto checked = check_of("n4_digits_in_url.txt");
  auto link = all_of(checked, "citation");
  REQUIRE(link.size() == 1);
  CHECK(link[0]->link_status == "unresolved");
  CHECK(link[0]->verdict == "unverified");
}

TEST_CASE("an ISO currency code glued to the figure is money and is supported", "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("n5_glued_iso_code.txt");
  const Found* profit = numbered(cs, "money", 34600000);
  REQUIRE(profit);
  CHECK(profit->unit == "USD");
  const Found* before = numbered(cs, "money", 920000);
  REQUIRE(before);
  CHECK(before->unit == "USD");

  auto checked = check_of("n5_glued_iso_code.txt", "n5_corpus.jsonl");
  const Found* judged = numbered(checked, "money", 34600000);
  REQUIRE(judged);
  CHECK(judged->verdict == "supported");
}

TEST_CASE("a second speaker introduced by name is credited with her 'she said' quote",
          "[cli][field]") {
  if (!have_field_cases()) return;
  auto cs = claims_of("q2_said_in_attribution_lower.txt");
  auto quotes = all_of(cs, "quote");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0]->speaker == "Colin Ashby");
  CHECK(quotes[1]->speaker == "Dana Whitlow");
}

TEST_CASE("a bare URL followed by '.' or ')' is cited without the punctuation",
          "[cli][field][citations]") {
  if (!have_field_cases()) return;
  FieldSite site;
  auto cs = check_of("l1_bare_url_punct.txt.tmpl", "", site.port());
  auto cited = all_of(cs, "citation");
  REQUIRE(cited.size() == 2);
  for (const Found* c : cited) {
    CHECK(c->value == site.url("/news/bridge-vote.html"));
    CHECK(c->link_status == "ok");
  }
}

TEST_CASE("a link straight to the page that states the vote is supported",
          "[cli][field][citations]") {
  if (!have_field_cases()) return;
  FieldSite site;
  auto cs = check_of("l2_control_direct.md.tmpl", "", site.port());
  auto cited = all_of(cs, "citation");
  REQUIRE(cited.size() == 1);
  CHECK(cited[0]->link_status == "ok");
  CHECK(cited[0]->link_support == "supported");
  CHECK(cited[0]->verdict == "supported");
}

TEST_CASE("a meta refresh page is followed like a redirect", "[cli][field][citations]") {
  if (!have_field_cases()) return;
  FieldSite site;
  auto cs = check_of("l2_meta_refresh.md.tmpl", "", site.port());
  auto cited = all_of(cs, "citation");
  REQUIRE(cited.size() == 1);
  CHECK(cited[0]->link_final == site.url("/news/bridge-vote.html"));
  CHECK((cited[0]->link_status == "ok" || cited[0]->link_status == "redirected"));
  CHECK(cited[0]->link_support == "supported");
  CHECK(cited[0]->verdict == "supported");
}

TEST_CASE("relative links are resolved against the page's base href", "[cli][field][citations]") {
  if (!have_field_cases()) return;
  FieldSite site;
  auto cs = check_of("l3_relative_base.html.tmpl", "", site.port());
  auto cited = all_of(cs, "citation");
  REQUIRE(cited.size() == 2);
  for (const Found* c : cited) {
    INFO(c->text);
    CHECK(c->value == site.url("/news/bridge-vote.html"));
    CHECK(c->link_status == "ok");
  }
  CHECK(cited[0]->link_support == "supported");
}

TEST_CASE("a mailto link is not a citation and its address is not a credential",
          "[cli][field][citations]") {
  if (!have_field_cases()) return;
  auto cs = check_of("l4_mailto.html");
  for (const Found* c : all_of(cs, "citation")) {
    INFO(c->value);
    // If a mail link is kept at all, it keeps its address and does not count as a failure.
    CHECK(c->value == "mailto:tips@marlowpost.example");
    CHECK(c->verdict != "unverified");
  }
}

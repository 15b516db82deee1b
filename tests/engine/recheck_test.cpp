// Re-check tests: archived stories, a corpus that grows, the lock, and resuming a batch.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "test_support.h"
#include "verify/engine.h"

namespace fs = std::filesystem;
using verify::test::read_file;
using verify::test::TempDir;
namespace engine = verify::engine;
namespace claims = verify::claims;
namespace corpus = verify::corpus;
namespace rules = verify::rules;

namespace {

const fs::path kData = fs::path(VERIFY_TEST_DATA) / "cli";

// Adds the fixture sources whose ids are listed.
void add_sources(const fs::path& home, const std::vector<std::string>& ids) {
  std::istringstream in(read_file(kData / "corpus.jsonl"));
  std::string line, selected;
  while (std::getline(in, line)) {
    for (const auto& id : ids) {
      if (line.find("\"id\": \"" + id + "\"") != std::string::npos) selected += line + "\n";
    }
  }
  REQUIRE_FALSE(selected.empty());
  std::istringstream lines(selected);
  auto c = corpus::Corpus::open(home, corpus::Corpus::Mode::kWrite);
  auto r = c->add_jsonl(lines, "test");
  REQUIRE(r.added + r.updated == ids.size());
}

engine::Engine open_engine(const fs::path& home) {
  return engine::Engine(home, rules::RuleSet::load(VERIFY_RULES_DIR));
}

const engine::ClaimChange* find_change(const engine::RecheckResult& r, const std::string& words) {
  for (const auto& story : r.changed) {
    for (const auto& c : story.changes) {
      if (c.now.claim.text.find(words) != std::string::npos) return &c;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a contradicting source added after a check is reported by the re-check", "[recheck]") {
  TempDir tmp;
  add_sources(tmp.path(), {"brd-radio", "brd-homes"});
  auto article = claims::load_article(kData / "article.txt");
  {
    auto eng = open_engine(tmp.path());
    auto first = eng.check(article);
    REQUIRE(first.summary.contradicted == 0);
  }
  add_sources(tmp.path(), {"brd-gazette"});
  auto eng = open_engine(tmp.path());
  engine::RecheckOptions all;
  auto result = eng.recheck(all);
  CHECK(result.stories == 1);
  CHECK(result.checked == 1);
  CHECK(result.alarming());
  auto* change = find_change(result, "85");
  REQUIRE(change != nullptr);
  CHECK(change->kind == engine::ClaimChange::Kind::kNewContradiction);
  CHECK(change->now.finding.verdict == rules::Verdict::kContradicted);
  CHECK(std::find(change->new_sources.begin(), change->new_sources.end(), "brd-gazette") !=
        change->new_sources.end());
  // The history shows both runs of the story.
  auto history = eng.history(fs::absolute(kData / "article.txt").string());
  REQUIRE(history.size() == 2);
  CHECK(history[1].kind == "recheck");
  CHECK(history[1].summary.contradicted >= 1);
}

TEST_CASE("a re-check of an unchanged corpus re-runs nothing and reports nothing", "[recheck]") {
  TempDir tmp;
  add_sources(tmp.path(), {"brd-radio", "brd-gazette"});
  auto eng = open_engine(tmp.path());
  eng.check(claims::load_article(kData / "article.txt"));
  auto result = eng.recheck({});
  CHECK(result.stories == 1);
  CHECK(result.checked == 0);
  CHECK(result.skipped == 1);
  CHECK(result.changed.empty());
  CHECK_FALSE(result.alarming());
}

TEST_CASE("a new source about something else leaves the story skipped", "[recheck]") {
  TempDir tmp;
  add_sources(tmp.path(), {"brd-radio", "brd-gazette"});
  {
    auto eng = open_engine(tmp.path());
    eng.check(claims::load_article(kData / "article.txt"));
  }
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    corpus::Document d;
    d.id = "cats";
    d.title = "Cat show";
    d.text = "A cat show in Porto drew 300 visitors and a Siamese won the top prize.";
    c->add_documents({d});
  }
  auto eng = open_engine(tmp.path());
  auto result = eng.recheck({});
  CHECK(result.checked == 0);
  CHECK(result.skipped == 1);
}

TEST_CASE("a second re-check while one holds the lock fails with a clear message", "[recheck]") {
  TempDir tmp;
  add_sources(tmp.path(), {"brd-radio"});
  auto eng = open_engine(tmp.path());
  eng.check(claims::load_article(kData / "article.txt"));
  int fd = ::open((tmp.path() / "recheck.lock").c_str(), O_RDWR | O_CREAT, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX) == 0);
  try {
    eng.recheck({});
    FAIL("expected the lock to refuse a second re-check");
  } catch (const engine::StoreError& e) {
    CHECK(std::string(e.what()).find("another `verify recheck` is running") != std::string::npos);
  }
  ::close(fd);
  CHECK_NOTHROW(eng.recheck({}));
}

TEST_CASE("a re-check interrupted midway resumes with the stories it had not done", "[recheck]") {
  TempDir tmp;
  add_sources(tmp.path(), {"brd-radio"});
  auto article = claims::load_article(kData / "article.txt");
  {
    auto eng = open_engine(tmp.path());
    for (const char* story : {"s1", "s2", "s3"}) {
      engine::CheckOptions o;
      o.story = story;
      eng.check(article, o);
    }
  }
  add_sources(tmp.path(), {"brd-gazette"});
  {
    auto eng = open_engine(tmp.path());
    engine::RecheckOptions o;
    // Dies after the first story, as a killed process would (its work so far committed).
    o.progress = [](std::size_t done, std::size_t) {
      if (done == 1) throw std::runtime_error("killed");
    };
    CHECK_THROWS_WITH(eng.recheck(o), "killed");
  }
  auto eng = open_engine(tmp.path());
  auto resumed = eng.recheck({});
  CHECK(resumed.resumed);
  CHECK(resumed.stories == 3);
  CHECK(resumed.checked == 2);
  CHECK(resumed.changed.size() == 2);
  // The batch is finished: the next re-check is a new one with nothing to do.
  auto next = eng.recheck({});
  CHECK_FALSE(next.resumed);
  CHECK(next.checked == 0);
  CHECK(next.skipped == 3);
}

TEST_CASE("re-check filters pick stories by key and limit", "[recheck]") {
  TempDir tmp;
  add_sources(tmp.path(), {"brd-radio"});
  auto eng = open_engine(tmp.path());
  auto article = claims::load_article(kData / "article.txt");
  for (const char* story : {"a", "b", "c"}) {
    engine::CheckOptions o;
    o.story = story;
    eng.check(article, o);
  }
  engine::RecheckOptions one;
  one.story = "b";
  CHECK(eng.recheck(one).stories == 1);
  engine::RecheckOptions two;
  two.limit = 2;
  CHECK(eng.recheck(two).stories == 2);
  CHECK(eng.stories().size() == 3);
}

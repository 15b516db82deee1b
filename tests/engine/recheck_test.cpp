// Re-check tests: archived stories, a corpus that grows, the lock, and resuming a batch.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <set>
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
  // The story the interrupted run re-ran and stored, without printing anything, is reported
  // with the others: every story's change, once.
  CHECK(resumed.finished_before == 1);
  REQUIRE(resumed.changed.size() == 3);
  std::set<std::string> stories;
  for (const auto& c : resumed.changed) stories.insert(c.story);
  CHECK(stories == std::set<std::string>{"s1", "s2", "s3"});
  CHECK(resumed.alarming());
  const auto& first = resumed.changed.front();
  CHECK(first.story == "s1");
  CHECK(first.changes.size() == resumed.changed.back().changes.size());
  auto text = engine::render(resumed, engine::Format::kText, false);
  CHECK(text.find("(resumed): 3 stories, 2 re-run") != std::string::npos);
  CHECK(text.find("1 story was re-run before the interruption; its changes are listed too") !=
        std::string::npos);
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

namespace {

// Thirty sources that say what the fixture article says (all but the number of jobs), padded
// with council business: every
// search the article makes has more hits than it reads (20), so a new source must out-rank
// them to matter. The fixture's own short sources out-rank them.
std::vector<corpus::Document> strong_sources() {
  std::vector<corpus::Document> out;
  for (int i = 0; i < 30; ++i) {
    corpus::Document d;
    d.id = "strong-" + std::to_string(i);
    d.title = "Brandford council business, week " + std::to_string(i);
    d.published = "2026-06-0" + std::to_string(2 + i % 3);
    std::string padding;
    for (int k = 0; k <= i % 4; ++k) {
      padding += "The planning committee also heard item " + std::to_string(i * 10 + k) +
                 " about parking permits, street lighting and the refuse collection rota. ";
    }
    d.text = padding +
             "Brandford city council voted on June 2, 2026 to close seven branch libraries. "
             "The closures would cut library jobs, council officials said. \"This is the "
             "hardest decision this council has taken in a generation,\" said council leader "
             "Margaret Okafor.";
    out.push_back(d);
  }
  return out;
}

// A long source about something else that uses a few of the article's words once: it passes
// the cheap word test of several searches but ranks below their strong hits.
corpus::Document weak_source(int i) {
  corpus::Document d;
  d.id = "weak-" + std::to_string(i);
  d.title = "Regional weather and transport roundup " + std::to_string(i);
  d.published = "2026-06-10";
  std::string filler;
  for (int k = 0; k < 30; ++k) {
    filler +=
        "Rail services across the region ran to a reduced timetable while forecasters "
        "expected showers over the hills. ";
  }
  d.text = filler +
           "A council spokesman said 40 jobs at the depot were not affected, and "
           "the decision on branch opening hours would wait until a generation of "
           "new trains arrives in June.";
  return d;
}

void add_documents(const fs::path& home, const std::vector<corpus::Document>& docs) {
  auto c = corpus::Corpus::open(home, corpus::Corpus::Mode::kWrite);
  auto r = c->add_documents(docs);
  REQUIRE(r.added + r.updated == docs.size());
}

// Verdict, rule and status of every claim, to compare two runs of one article.
std::vector<std::string> verdicts(const engine::Report& report) {
  std::vector<std::string> out;
  for (const auto& r : report.results) {
    out.push_back(r.claim.text + " | " + std::string(rules::to_string(r.finding.verdict)) + " | " +
                  r.finding.rule + " | " + r.finding.status);
  }
  return out;
}

std::set<std::string> evidence_of(const engine::Report& report, const std::string& claim) {
  std::set<std::string> out;
  for (const auto& r : report.results) {
    if (r.claim.text != claim) continue;
    for (const auto& e : r.finding.evidence) out.insert(e.passage.doc_id);
  }
  return out;
}

corpus::Document dated_source(const std::string& id, const std::string& title,
                              const std::string& text) {
  corpus::Document d;
  d.id = id;
  d.title = title;
  d.published = "2026-06-03";
  d.text = text;
  return d;
}

// Re-checks the home after `added` both ways (incremental, and --full on a copy). The copy is
// `full_home` when given, kept for the caller to read; otherwise a scratch copy, removed.
std::pair<engine::RecheckResult, engine::RecheckResult> recheck_both(
    const fs::path& home, const std::vector<corpus::Document>& added,
    const fs::path& full_home = {}) {
  add_documents(home, added);
  const fs::path copy = full_home.empty() ? fs::path(home.string() + "-full") : full_home;
  fs::remove_all(copy);
  fs::copy(home, copy, fs::copy_options::recursive);
  auto incremental = open_engine(home).recheck({});
  engine::RecheckOptions full;
  full.incremental = false;
  auto searched = open_engine(copy).recheck(full);
  if (full_home.empty()) fs::remove_all(copy);
  return {incremental, searched};
}

}  // namespace

TEST_CASE("an incremental re-check gives the findings a full check of the corpus gives",
          "[recheck]") {
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  add_documents(home, strong_sources());
  add_sources(home, {"brd-radio", "brd-homes"});
  auto article = claims::load_article(kData / "article.txt");
  auto first = open_engine(home).check(article);

  // New sources: one that contradicts the article and ranks high, and weak ones.
  std::vector<corpus::Document> added = {weak_source(0), weak_source(1)};
  add_documents(home, added);
  add_sources(home, {"brd-gazette", "brd-courier"});
  fs::path full_home = tmp.path() / "full";
  fs::copy(home, full_home, fs::copy_options::recursive);

  auto eng = open_engine(home);
  auto incremental = eng.recheck({});
  REQUIRE(incremental.checked == 1);
  REQUIRE(incremental.changed.size() == 1);
  auto rerun = eng.load_run(incremental.changed[0].run);

  auto full_eng = open_engine(full_home);
  engine::RecheckOptions full;
  full.incremental = false;
  auto searched = full_eng.recheck(full);
  REQUIRE(searched.changed.size() == 1);

  // The same verdicts as searching everything again; the contradicting sources are evidence
  // either way. (Which of the thirty equally good old sources are cited may differ: a full
  // search re-ranks near-ties under the grown corpus's statistics, the incremental one keeps
  // the earlier hits unless a new source out-ranks them.)
  engine::CheckOptions no_store;
  no_store.store = false;
  auto fresh = eng.check(article, no_store);
  auto full_run = full_eng.load_run(searched.changed[0].run);
  CHECK(verdicts(rerun) == verdicts(fresh));
  CHECK(verdicts(full_run) == verdicts(fresh));
  auto* change = find_change(incremental, "85");
  REQUIRE(change != nullptr);
  CHECK(change->kind == engine::ClaimChange::Kind::kNewContradiction);
  for (const auto* run : {&rerun, &fresh, &full_run}) {
    auto ev = evidence_of(*run, "85");
    CHECK(ev.count("brd-gazette") + ev.count("brd-courier") > 0);
    CHECK(ev.count("weak-0") + ev.count("weak-1") == 0);
  }
  // Every search keeps hits: those it made again, those it did not make, and those found
  // unable to return a readable new source and made only for a claim judged again.
  REQUIRE(rerun.results.size() == first.results.size());
  for (std::size_t k = 0; k < first.results.size(); ++k) {
    REQUIRE(rerun.results[k].hits.size() == first.results[k].hits.size());
    for (std::size_t p = 0; p < first.results[k].hits.size(); ++p) {
      INFO(first.results[k].claim.text << ", search " << p);
      CHECK(rerun.results[k].hits[p].empty() == first.results[k].hits[p].empty());
    }
  }
}

namespace {

// Twenty old sources state the claim's frame ("85 library jobs") without a figure and use the
// word "officials"; one more, "old-figure", gives a different figure and uses "closures"
// instead, which forty road notices make the commoner word, so it ranks 21st, below the cut of
// the searches' hits, until new sources make "officials" common.
std::vector<corpus::Document> ranked_21st_sources() {
  std::vector<corpus::Document> old;
  for (int i = 0; i < 20; ++i) {
    corpus::Document d;
    d.id = "tied-" + std::to_string(i);
    d.title = "Brandford library jobs";
    d.published = "2026-06-03";
    d.text = "Brandford officials said the plan would cut library jobs.";
    old.push_back(d);
  }
  corpus::Document outlier;
  outlier.id = "old-figure";
  outlier.title = "Brandford library jobs";
  outlier.published = "2026-06-03";
  outlier.text = "Brandford closures would cut 58 library jobs.";
  old.push_back(outlier);
  for (int i = 0; i < 40; ++i) {
    corpus::Document d;
    d.id = "roads-" + std::to_string(i);
    d.title = "Weekend travel";
    d.published = "2026-05-20";
    d.text = "Road closures are expected across the county this weekend for resurfacing.";
    old.push_back(d);
  }
  return old;
}

}  // namespace

TEST_CASE("a claim moved only by old sources re-ranked is not reported as news", "[recheck]") {
  // Twenty old sources state the claim's frame without a figure and use the word "officials";
  // one more old source gives a different figure and uses "closures" instead. "closures" is
  // the commoner word at first, so that source ranks 21st, below the cut of the searches'
  // hits. New sources about something else (they share no searched-for word group with the
  // story) make "officials" common, and a full search then ranks the old contradicting source
  // into the hits. Nothing the claim reads is new: neither mode reports a change.
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  add_documents(home, ranked_21st_sources());
  open_engine(home).check(claims::load_article(kData / "article.txt"));
  std::vector<corpus::Document> added;
  for (int i = 0; i < 200; ++i) {
    corpus::Document d;
    d.id = "harbour-" + std::to_string(i);
    d.title = "Harbour dredging";
    d.published = "2026-06-20";
    d.text = "Officials met again on Tuesday to discuss the jobs of the harbour dredging contract.";
    added.push_back(d);
  }
  // And one about the story that ranks among the hits of another of its claims, so both modes
  // re-run the story.
  corpus::Document hours;
  hours.id = "new-hours";
  hours.title = "Brandford libraries";
  hours.published = "2026-06-20";
  hours.text = "Brandford council said its branch libraries will open later on Sundays.";
  added.push_back(hours);
  fs::path full_home = tmp.path() / "full";
  auto [incremental, searched] = recheck_both(home, added, full_home);
  CHECK(incremental.changed.empty());
  CHECK(searched.changed.empty());
  CHECK(searched.drifted + incremental.drifted >= 1);
}

TEST_CASE("a search with more new candidates than a re-check ranks alone keeps the corpus's hits",
          "[recheck]") {
  // Hundreds of new sources share a claim's words: too many to rank against the search's
  // earlier hits alone (the grown corpus's statistics may lift an old source above them). They
  // also make "officials" common, which lifts the old source with another figure, twenty-first
  // before, into the hits. The stored hits must be the whole corpus's, as --full finds them.
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  add_documents(home, ranked_21st_sources());
  auto article = claims::load_article(kData / "article.txt");
  open_engine(home).check(article);
  std::vector<corpus::Document> added;
  for (int i = 0; i < 400; ++i) {
    corpus::Document d;
    d.id = "minutes-" + std::to_string(i);
    d.title = "Council minutes " + std::to_string(i);
    d.published = "2026-06-20";
    d.text =
        "Brandford officials discussed library jobs and the harbour dredging contract, "
        "item " +
        std::to_string(i) + " of the council minutes.";
    added.push_back(d);
  }
  add_documents(home, added);
  fs::path full_home = tmp.path() / "full";
  fs::copy(home, full_home, fs::copy_options::recursive);
  auto eng = open_engine(home);
  auto incremental = eng.recheck({});
  engine::RecheckOptions full;
  full.incremental = false;
  auto full_eng = open_engine(full_home);
  auto searched = full_eng.recheck(full);
  REQUIRE(incremental.checked == 1);
  REQUIRE(searched.checked == 1);
  auto now = eng.load_run(eng.list_runs(1).front().id);
  auto all = full_eng.load_run(full_eng.list_runs(1).front().id);
  REQUIRE(now.results.size() == all.results.size());
  // (A search no new source the judge could read for its claim answers is not made again, and
  // keeps its earlier hits: those may differ, by design, from --full's.)
  std::size_t lifted = 0;
  for (std::size_t k = 0; k < all.results.size(); ++k) {
    INFO(all.results[k].claim.text);
    CHECK(now.results[k].finding.verdict == all.results[k].finding.verdict);
    for (const auto& hits : all.results[k].hits) {
      if (std::count(hits.begin(), hits.end(), "old-figure") == 0) continue;
      ++lifted;
      CHECK(now.results[k].hits == all.results[k].hits);
    }
  }
  CHECK(lifted > 0);
}

TEST_CASE("a contradiction that becomes a dispute is a verdict change, not a new alarm",
          "[recheck]") {
  TempDir tmp;
  auto doc = [](const std::string& id, const std::string& jobs) {
    corpus::Document d;
    d.id = id;
    d.title = "Brandford council closes libraries";
    d.published = "2026-06-03";
    d.text =
        "Brandford city council voted on June 2, 2026 to close seven branch libraries. "
        "Council officials said the closures would cut " +
        jobs + " library jobs by the end of the year.";
    return d;
  };
  add_documents(tmp.path(), {doc("says-58", "58")});
  auto first = open_engine(tmp.path()).check(claims::load_article(kData / "article.txt"));
  REQUIRE(first.summary.contradicted >= 1);
  add_documents(tmp.path(), {doc("says-85", "85")});
  auto result = open_engine(tmp.path()).recheck({});
  auto* change = find_change(result, "85");
  REQUIRE(change != nullptr);
  CHECK(change->before == rules::Verdict::kContradicted);
  CHECK(change->now.finding.verdict == rules::Verdict::kDisputed);
  CHECK(change->kind == engine::ClaimChange::Kind::kVerdictChanged);
  CHECK_FALSE(result.alarming());
}

TEST_CASE("new sources that pass the word test but rank below every search's hits are skipped",
          "[recheck]") {
  TempDir tmp;
  add_documents(tmp.path(), strong_sources());
  open_engine(tmp.path()).check(claims::load_article(kData / "article.txt"));
  add_documents(tmp.path(), {weak_source(0), weak_source(1), weak_source(2)});
  auto eng = open_engine(tmp.path());
  auto result = eng.recheck({});
  CHECK(result.skipped == 1);
  CHECK(result.checked == 0);
  // The same sources, once strong, are found.
  auto strong = strong_sources().front();
  strong.id = "strong-new";
  strong.text =
      "Brandford city council voted on June 2, 2026 to close seven branch libraries. Brandford "
      "council officials said the closures would cut 58 library jobs by the end of the year.";
  add_documents(tmp.path(), {strong});
  fs::path copy = tmp.path().string() + "-full";
  fs::copy(tmp.path(), copy, fs::copy_options::recursive);
  engine::RecheckOptions full;
  full.incremental = false;
  auto searched = open_engine(copy).recheck(full);
  fs::remove_all(copy);
  auto again = eng.recheck({});
  CHECK(searched.checked == 1);
  CHECK(again.checked == 1);
}

TEST_CASE("a story stored before hits were kept is re-checked by searching everything",
          "[recheck]") {
  TempDir tmp;
  add_documents(tmp.path(), strong_sources());
  open_engine(tmp.path()).check(claims::load_article(kData / "article.txt"));
  {
    // What a store written by an earlier version holds: no hits column.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((tmp.path() / "verify.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "ALTER TABLE claims DROP COLUMN hits", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    sqlite3_close(db);
  }
  add_sources(tmp.path(), {"brd-gazette"});
  auto eng = open_engine(tmp.path());
  auto result = eng.recheck({});
  CHECK(result.checked == 1);
  CHECK(find_change(result, "85") != nullptr);
}

TEST_CASE("a new source of another story that shares a claim's words does not re-run the story",
          "[recheck]") {
  // The judge reads a figure, a date or a role only from sources about the article's story
  // (they name its lead, or two of the names it repeats). A dispatch about another town's
  // library cuts has every word the jobs figure is searched by, and a different figure, but
  // names none of the story's names: it can change nothing, so the story is not re-run.
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  add_sources(home, {"brd-radio", "brd-homes"});
  open_engine(home).check(claims::load_article(kData / "article.txt"));
  auto [incremental, searched] = recheck_both(
      home, {dated_source("ashby-cuts", "Ashby council closes libraries",
                          "Ashby city council voted on June 2, 2026 to close four branch "
                          "libraries. Council officials said the closures would cut 58 library "
                          "jobs by the end of the year.")});
  CHECK(incremental.checked == 0);
  CHECK(incremental.skipped == 1);
  CHECK(incremental.changed.empty());
  CHECK(searched.changed.empty());

  // The same dispatch about Brandford is read, and contradicts the article's 85 jobs.
  auto [again, again_full] = recheck_both(
      home, {dated_source("brandford-cuts", "Brandford council closes libraries",
                          "Brandford city council voted on June 2, 2026 to close seven branch "
                          "libraries. Council officials said the closures would cut 58 library "
                          "jobs by the end of the year.")});
  CHECK(again.checked == 1);
  for (const auto* r : {&again, &again_full}) {
    auto* change = find_change(*r, "85");
    REQUIRE(change != nullptr);
    CHECK(std::find(change->new_sources.begin(), change->new_sources.end(), "brandford-cuts") !=
          change->new_sources.end());
  }
}

TEST_CASE("a new page of the story's own organisation that never names it is read by the re-check",
          "[recheck]") {
  // An organisation's own page names the story by being its publisher (the lead's name in
  // its domain: brandford.gov.example), though its text never names the town: a re-check
  // reads it as a full check does. Another town's council is still another story.
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  add_sources(home, {"brd-radio", "brd-homes"});
  open_engine(home).check(claims::load_article(kData / "article.txt"));
  auto other = dated_source("ashby-own", "Libraries: council decision",
                            "The city council voted on June 2, 2026 to close seven branch "
                            "libraries. The closures will cut 58 library jobs by the end of the "
                            "year.");
  other.source = "ashby.gov.example";
  auto [incremental, searched] = recheck_both(home, {other});
  CHECK(incremental.changed.empty());
  CHECK(searched.changed.empty());

  auto own = other;
  own.id = "brandford-own";
  own.source = "brandford.gov.example";
  auto [again, again_full] = recheck_both(home, {own});
  CHECK(again.checked == 1);
  for (const auto* r : {&again, &again_full}) {
    INFO((r == &again ? "incremental" : "full"));
    auto* change = find_change(*r, "seven");
    REQUIRE(change != nullptr);
    CHECK(std::find(change->new_sources.begin(), change->new_sources.end(), "brandford-own") !=
          change->new_sources.end());
  }
}

TEST_CASE(
    "une dépêche d'une autre ville qui partage les mots d'un chiffre ne relance pas l'article",
    "[recheck]") {
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  const std::string story =
      "Grève des éboueurs à Rouen\n\n"
      "ROUEN — Les éboueurs de Rouen ont voté le 2 juin 2026 une grève de trois jours. "
      "Selon la métropole de Rouen, 420 agents de collecte ont cessé le travail mardi.\n\n"
      "Les déchets s'accumulent dans le centre de Rouen, où la métropole promet un service "
      "minimum.\n";
  add_documents(home, {dated_source("rouen-1", "Rouen : grève des éboueurs",
                                    "La grève des éboueurs de Rouen a commencé mardi. La "
                                    "métropole de Rouen prévoit un service minimum.")});
  claims::Article article;
  article.text = story;
  article.title = "Grève des éboueurs à Rouen";
  article.published = "2026-06-03";
  engine::CheckOptions opts;
  opts.story = "rouen";
  open_engine(home).check(article, opts);
  auto [incremental, searched] = recheck_both(
      home, {dated_source("lyon-1", "Grève des éboueurs à Lyon",
                          "Selon la métropole de Lyon, 510 agents de collecte ont cessé le "
                          "travail mardi à Lyon.")});
  CHECK(incremental.checked == 0);
  CHECK(incremental.skipped == 1);
  CHECK(incremental.changed.empty());
  CHECK(searched.changed.empty());

  auto [again, again_full] = recheck_both(
      home, {dated_source("rouen-2", "Grève des éboueurs à Rouen",
                          "Selon la métropole de Rouen, 510 agents de collecte ont cessé le "
                          "travail mardi à Rouen.")});
  CHECK(again.checked == 1);
  for (const auto* r : {&again, &again_full}) {
    auto* change = find_change(*r, "420");
    REQUIRE(change != nullptr);
    CHECK(std::find(change->new_sources.begin(), change->new_sources.end(), "rouen-2") !=
          change->new_sources.end());
  }
}

TEST_CASE("a new source that gives a quote's words to someone else is read whatever story it tells",
          "[recheck]") {
  // A quote is its own evidence: the source need not be about the story, only hold enough of
  // its words (or elide some: "..."). Both new sources credit the words to another man.
  for (const std::string text :
       {"Speaking in Leeds, union organiser Tom Reed said: \"This is the hardest decision this "
        "council has taken in a generation.\"",
        "\"This is the hardest ... generation,\" union organiser Tom Reed said in Leeds."}) {
    TempDir tmp;
    fs::path home = tmp.path() / "home";
    add_sources(home, {"brd-radio", "brd-homes"});
    open_engine(home).check(claims::load_article(kData / "article.txt"));
    auto [incremental, searched] =
        recheck_both(home, {dated_source("leeds-rally", "Union rally in Leeds", text)});
    INFO(text);
    CHECK(incremental.checked == 1);
    for (const auto* r : {&incremental, &searched}) {
      auto* change = find_change(*r, "hardest decision");
      REQUIRE(change != nullptr);
      CHECK(change->now.finding.verdict != rules::Verdict::kSupported);
    }
  }
}

TEST_CASE("une source qui prête la citation à un autre est lue quelle que soit son histoire",
          "[recheck]") {
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  add_documents(home, {dated_source("rouen-1", "Rouen : grève des éboueurs",
                                    "La grève des éboueurs de Rouen a commencé mardi. « Nous ne "
                                    "reprendrons pas le travail sans accord écrit », a déclaré "
                                    "la syndicaliste Claire Moreau à Rouen.")});
  claims::Article article;
  article.text =
      "Grève des éboueurs à Rouen\n\n"
      "ROUEN — Les éboueurs de Rouen ont voté le 2 juin 2026 une grève de trois jours. « Nous "
      "ne reprendrons pas le travail sans accord écrit », a déclaré la syndicaliste Claire "
      "Moreau.\n\nLa métropole de Rouen promet un service minimum.\n";
  article.title = "Grève des éboueurs à Rouen";
  article.published = "2026-06-03";
  engine::CheckOptions opts;
  opts.story = "rouen";
  auto first = open_engine(home).check(article, opts);
  auto [incremental, searched] = recheck_both(
      home, {dated_source("lyon-2", "Conflit social à Lyon",
                          "« Nous ne reprendrons pas le travail sans accord écrit », a lancé "
                          "le délégué Marc Girard devant la mairie de Lyon.")});
  CHECK(incremental.checked == 1);
  for (const auto* r : {&incremental, &searched}) {
    auto* change = find_change(*r, "reprendrons");
    REQUIRE(change != nullptr);
    CHECK(std::find(change->new_sources.begin(), change->new_sources.end(), "lyon-2") !=
          change->new_sources.end());
  }
}

TEST_CASE("a re-check keeps the hits of the searches it did not make again", "[recheck]") {
  // A search that no new source could answer is not made again; its hits are still stored
  // with the new run, or the next re-check would rank new sources against nothing.
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  add_documents(home, strong_sources());
  add_sources(home, {"brd-radio", "brd-homes"});
  auto article = claims::load_article(kData / "article.txt");
  auto first = open_engine(home).check(article);
  add_sources(home, {"brd-gazette"});
  auto eng = open_engine(home);
  auto result = eng.recheck({});
  REQUIRE(result.changed.size() == 1);
  auto rerun = eng.load_run(result.changed[0].run);
  REQUIRE(rerun.results.size() == first.results.size());
  std::size_t searches = 0;
  for (std::size_t k = 0; k < first.results.size(); ++k) {
    const auto& before = first.results[k].hits;
    const auto& now = rerun.results[k].hits;
    REQUIRE(now.size() == before.size());
    for (std::size_t p = 0; p < before.size(); ++p) {
      INFO(first.results[k].claim.text << ", search " << p);
      CHECK(now[p].empty() == before[p].empty());
      ++searches;
    }
  }
  CHECK(searches > 3);
}

TEST_CASE("a claim none of whose searches finds a readable new source keeps its finding and hits",
          "[recheck]") {
  // Kind: a story one of whose claims is answered by a new source while another claim's search
  // has too many new candidates to rank alone (here a quote's looser search: 400 dispatches of
  // other towns share five of its words, too few to hold it) and so is confined only
  // provisionally. The new source that could hold the quote ranks below that search's twenty
  // earlier hits, so no source the judge could read for the quote is among the whole corpus's
  // hits either: the quote keeps its finding and its hits (stored again with the new run, or
  // the next re-check would rank against nothing), and only the figure is judged again, with
  // the verdicts --full gives.
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  std::string filler;
  for (int k = 0; k < 30; ++k) filler += "Readers wrote to the editor about parking and weather. ";
  std::vector<corpus::Document> old;
  for (int k = 0; k < 25; ++k) {
    old.push_back(dated_source("brd-minutes-" + std::to_string(k),
                               "Brandford council minutes " + std::to_string(k),
                               "Brandford council decision " + std::to_string(k) +
                                   ": the hardest decision taken by the council in a generation, "
                                   "Brandford council members said of the decision. " +
                                   filler.substr(0, filler.size() / 3)));
  }
  add_documents(home, old);
  auto article = claims::load_article(kData / "article.txt");
  auto first = open_engine(home).check(article);
  std::vector<corpus::Document> added;
  for (int i = 0; i < 400; ++i) {
    added.push_back(dated_source(
        "elsewhere-" + std::to_string(i), "Town council",
        "Town number " + std::to_string(i) + ": hardest council decision taken, generation."));
  }
  added.push_back(dated_source(
      "brandford-cuts", "Brandford library jobs",
      filler +
          "Brandford council officials said the closures would cut 58 library jobs by the end "
          "of the year. In a generation, it is this council that has taken the hardest "
          "decision, this one. " +
          filler));
  fs::path full_home = tmp.path() / "full";
  auto [incremental, searched] = recheck_both(home, added, full_home);
  REQUIRE(incremental.checked == 1);
  for (const auto* r : {&incremental, &searched}) {
    auto* change = find_change(*r, "85");
    REQUIRE(change != nullptr);
    CHECK(change->now.finding.verdict == rules::Verdict::kContradicted);
    CHECK(std::find(change->new_sources.begin(), change->new_sources.end(), "brandford-cuts") !=
          change->new_sources.end());
  }
  REQUIRE(incremental.changed.size() == 1);
  REQUIRE(searched.changed.size() == 1);
  auto rerun = open_engine(home).load_run(incremental.changed[0].run);
  auto full = open_engine(full_home).load_run(searched.changed[0].run);
  REQUIRE(rerun.results.size() == first.results.size());
  REQUIRE(full.results.size() == first.results.size());
  std::size_t quotes = 0;
  for (std::size_t k = 0; k < first.results.size(); ++k) {
    INFO(first.results[k].claim.text);
    CHECK(rerun.results[k].finding.verdict == full.results[k].finding.verdict);
    if (first.results[k].claim.kind != claims::Kind::kQuote) continue;
    ++quotes;
    CHECK(rerun.results[k].finding.verdict == first.results[k].finding.verdict);
    CHECK(rerun.results[k].hits == first.results[k].hits);
    CHECK(rerun.results[k].hits == full.results[k].hits);
  }
  CHECK(quotes == 1);
}

TEST_CASE("a claim judged again gets the hits of a search that could not find what it awaited",
          "[recheck]") {
  // Kind: a claim judged again because one of its searches found a readable new source, while
  // another of its searches names new candidates the judge could read and others it could not,
  // and ranks the readable ones below its earlier hits. The figure "85 library jobs" is
  // searched by its words with the story's "council" (A) and by its words alone (B). Before:
  // short notes without "council" fill B's hits, long council minutes A's (and agendas make
  // "council" a common word). New: a council report of 58 jobs that out-ranks the minutes in A
  // but not the notes in B, and a dispatch about somewhere else that B could return but the
  // judge could not read. Search B cannot
  // return a readable new source, so the re-check makes it only because the claim is judged
  // again, and stores its hits as --full does.
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  std::string padding;
  for (int k = 0; k < 12; ++k)
    padding += "Items on parking permits and street lighting were heard. ";
  std::vector<corpus::Document> old;
  for (int k = 0; k < 25; ++k) {
    old.push_back(dated_source(
        "brd-minutes-" + std::to_string(k), "Brandford council minutes " + std::to_string(k),
        padding + "The council was told library jobs would be cut. " + padding));
    old.push_back(dated_source("brd-note-" + std::to_string(k),
                               "Brandford library note " + std::to_string(k),
                               "Brandford library closures: officials said the closures would "
                               "cut library jobs."));
  }
  for (int k = 0; k < 300; ++k) {
    old.push_back(dated_source("council-" + std::to_string(k), "Council agenda",
                               "The council met about parking and the fair."));
  }
  add_documents(home, old);
  auto article = claims::load_article(kData / "article.txt");
  auto first = open_engine(home).check(article);
  std::vector<corpus::Document> added = {
      dated_source("brd-report", "Brandford council report",
                   "Brandford council officials said the closures would cut 58 library jobs "
                   "by the end of the year. " +
                       padding),
      weak_source(0)};
  fs::path full_home = tmp.path() / "full";
  auto [incremental, searched] = recheck_both(home, added, full_home);
  REQUIRE(incremental.changed.size() == 1);
  REQUIRE(searched.changed.size() == 1);
  for (const auto* r : {&incremental, &searched}) {
    auto* change = find_change(*r, "85");
    REQUIRE(change != nullptr);
    CHECK(change->now.finding.verdict == rules::Verdict::kContradicted);
  }
  auto rerun = open_engine(home).load_run(incremental.changed[0].run);
  auto full = open_engine(full_home).load_run(searched.changed[0].run);
  REQUIRE(rerun.results.size() == full.results.size());
  std::size_t figures = 0;
  for (std::size_t k = 0; k < rerun.results.size(); ++k) {
    if (rerun.results[k].claim.text != "85") continue;
    ++figures;
    REQUIRE(rerun.results[k].hits.size() == full.results[k].hits.size());
    REQUIRE(rerun.results[k].hits.size() >= 2);
    for (std::size_t p = 0; p < rerun.results[k].hits.size(); ++p) {
      INFO("search " << p);
      CHECK_FALSE(rerun.results[k].hits[p].empty());
      CHECK(rerun.results[k].hits[p] == full.results[k].hits[p]);
    }
  }
  CHECK(figures == 1);
  CHECK(verdicts(rerun) == verdicts(full));
}

TEST_CASE("a new French source about the country an English story names is routed to it",
          "[recheck]") {
  // Kind: the routing looks a story's names up the way the judge compares them, a country's
  // English and French names included ("Belgium" ~ « Belgique »).
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  add_documents(home, {dated_source("be-1", "Belgium prices",
                                    "Belgium's statistics office publishes prices monthly. "
                                    "Belgium's inflation slowed in February.")});
  claims::Article article;
  article.title = "Inflation in Belgium slows";
  article.published = "2026-03-05";
  article.text =
      "Inflation in Belgium slows\n\nBRUSSELS — Inflation in Belgium slowed to 2.9% in February, "
      "the statistics office said. Belgium's government promised help for households.\n";
  engine::CheckOptions opts;
  opts.story = "belgium";
  open_engine(home).check(article, opts);
  auto [incremental, searched] = recheck_both(
      home, {dated_source("be-fr", "L'inflation ralentit en Belgique",
                          "En Belgique, l'inflation a ralenti à 3,4 % en février, selon "
                          "l'office de statistique.")});
  CHECK(incremental.checked == 1);
  for (const auto* r : {&incremental, &searched}) {
    auto* change = find_change(*r, "2.9%");
    REQUIRE(change != nullptr);
    CHECK(change->now.finding.verdict == rules::Verdict::kContradicted);
  }
}

TEST_CASE("stories re-run on two engines at once are stored and reported as on one", "[recheck]") {
  TempDir tmp;
  fs::path one = tmp.path() / "one", two = tmp.path() / "two";
  add_sources(one, {"brd-radio"});
  auto article = claims::load_article(kData / "article.txt");
  {
    auto eng = open_engine(one);
    // Stories that differ: some keep the article's figures, some lose a paragraph.
    for (int i = 0; i < 7; ++i) {
      auto a = article;
      if (i % 3 == 1) a.text = a.text.substr(0, a.text.size() / 2);
      engine::CheckOptions o;
      o.story = "story-" + std::to_string(i);
      eng.check(a, o);
    }
  }
  add_sources(one, {"brd-gazette", "brd-homes"});
  fs::copy(one, two, fs::copy_options::recursive);
  auto run = [](const fs::path& home, std::size_t workers) {
    auto eng = open_engine(home);
    engine::RecheckOptions o;
    o.workers = workers;
    std::vector<std::size_t> seen;
    o.progress = [&](std::size_t done, std::size_t) { seen.push_back(done); };
    auto r = eng.recheck(o);
    CHECK(seen.size() == r.stories);
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i + 1);
    std::vector<std::string> out;
    for (const auto& story : r.changed) {
      std::string line = story.story + " run " + std::to_string(story.run) + ":";
      for (const auto& c : story.changes) {
        line += " " + std::string(engine::to_string(c.kind)) + " " + c.now.claim.text;
      }
      out.push_back(line);
      for (const auto& v : verdicts(eng.load_run(story.run))) out.push_back("  " + v);
    }
    out.push_back("checked " + std::to_string(r.checked) + " skipped " + std::to_string(r.skipped));
    return out;
  };
  auto serial = run(one, 1);
  auto parallel = run(two, 2);
  CHECK(serial.size() > 7);  // stories with changes, each with its verdicts
  CHECK(parallel == serial);
}

TEST_CASE("a figure a newer source supersedes is reported as a change of status", "[recheck]") {
  // Kind (a new user): a story's "14 outbreaks", right when it was written, became "supported
  // [outdated]" once a later update gave 21; the re-check called it new evidence with the
  // same verdict, hid it without -v, and printed "supported -> supported". A status that moves
  // under the same verdict is a change of its own, listed and named with both statuses; the
  // summary counts the same stories as changed with -v or without.
  TempDir tmp;
  auto add = [&](const std::string& id, const std::string& published, const std::string& text) {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document d;
    d.id = id;
    d.url = "https://" + id + ".example/news";
    d.source = id + ".example";
    d.published = published;
    d.title = "Chlorine leak in Halstow";
    d.text = text;
    REQUIRE(c->add_documents({d}).added == 1);
  };
  add("first", "2026-02-09",
      "Halstow General Hospital said that 17 people had been treated in hospital after the "
      "chlorine leak at the Kelvane plant in Halstow.");
  const auto article = claims::parse_article(
      "Chlorine leak in Halstow\n\nHALSTOW, Feb. 9, 2026 - A chlorine leak at the Kelvane plant "
      "in Halstow sent fumes over the town, and 17 people were treated in hospital, Halstow "
      "General Hospital said.\n",
      "txt", "halstow.txt");
  {
    auto eng = open_engine(tmp.path());
    auto first = eng.check(article);
    bool seen = false;
    for (const auto& r : first.results) {
      if (r.claim.text != "17") continue;
      seen = true;
      CHECK(r.finding.verdict == rules::Verdict::kSupported);
      CHECK(r.finding.status.empty());
    }
    REQUIRE(seen);
  }
  add("update", "2026-02-10",
      "Halstow General Hospital said 23 people have now been treated in hospital after the "
      "chlorine leak at the Kelvane plant in Halstow.");
  auto eng = open_engine(tmp.path());
  auto result = eng.recheck(engine::RecheckOptions{});
  auto* change = find_change(result, "17");
  REQUIRE(change != nullptr);
  CHECK(change->kind == engine::ClaimChange::Kind::kStatusChanged);
  CHECK(change->before == rules::Verdict::kSupported);
  CHECK(change->before_status.empty());
  CHECK(change->now.finding.verdict == rules::Verdict::kSupported);
  CHECK(change->now.finding.status == "outdated");
  const std::string text = engine::render(result, engine::Format::kText, false);
  CHECK(text.find("status-changed: [count] \"17\" supported -> supported [outdated]") !=
        std::string::npos);
  CHECK(text.find(", 1 changed") != std::string::npos);
  const std::string json = engine::render(result, engine::Format::kJson, false);
  CHECK(json.find("\"status\": \"outdated\"") != std::string::npos);
}

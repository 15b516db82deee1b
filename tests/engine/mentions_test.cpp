// Sources are read once, at ingest, by the extractor that reads articles; their mentions are
// stored with the document. These tests hold the stored reading to the reading itself.
#include "mentions.h"

#include <catch2/catch.hpp>

#include "test_support.h"
#include "verify/engine.h"

namespace fs = std::filesystem;
using verify::test::TempDir;
namespace engine = verify::engine;
namespace claims = verify::claims;
namespace corpus = verify::corpus;
namespace rules = verify::rules;

namespace {

const fs::path kData = fs::path(VERIFY_TEST_DATA) / "cli";
const fs::path kSharedCorpus = fs::path(VERIFY_SHARED_DATA) / "data" / "news-dev" / "corpus.jsonl";

std::unique_ptr<corpus::Corpus> ingest(const fs::path& home, const fs::path& source,
                                       bool read_at_ingest) {
  auto c = corpus::Corpus::open(home, corpus::Corpus::Mode::kWrite);
  if (read_at_ingest) engine::read_sources_at_ingest(*c);
  auto r = c->add_path(source);
  REQUIRE(r.rejected == 0);
  return c;
}

// Every document of a corpus file, as the index gives it back.
std::vector<corpus::Document> documents(const corpus::Corpus& c, const fs::path& jsonl) {
  std::vector<corpus::Document> out;
  std::ifstream in(jsonl);
  std::string line;
  while (std::getline(in, line)) {
    auto at = line.find("\"id\": \"");
    if (at == std::string::npos) continue;
    at += 7;
    auto id = line.substr(at, line.find('"', at) - at);
    auto d = c.get(id);
    REQUIRE(d);
    out.push_back(*d);
  }
  return out;
}

void require_same_reading(const engine::AnalysedDoc& stored, const engine::AnalysedDoc& fresh) {
  INFO(fresh.doc.id);
  REQUIRE(stored.sentences.size() == fresh.sentences.size());
  for (std::size_t i = 0; i < fresh.sentences.size(); ++i) {
    CHECK(stored.sentences[i].start == fresh.sentences[i].start);
    CHECK(stored.sentences[i].end == fresh.sentences[i].end);
  }
  CHECK(stored.names == fresh.names);
  REQUIRE(stored.claims.size() == fresh.claims.size());
  for (std::size_t i = 0; i < fresh.claims.size(); ++i) {
    const auto& a = stored.claims[i];
    const auto& b = fresh.claims[i];
    INFO(b.id << " " << b.text);
    CHECK(a.id == b.id);
    CHECK(a.kind == b.kind);
    CHECK(a.text == b.text);
    CHECK(a.start == b.start);
    CHECK(a.end == b.end);
    CHECK(a.sentence == b.sentence);
    CHECK(a.sentence_start == b.sentence_start);
    CHECK(a.sentence_end == b.sentence_end);
    CHECK(a.value == b.value);
    CHECK(a.number == b.number);
    CHECK(a.date_end == b.date_end);
    CHECK(a.unit == b.unit);
    CHECK(a.noun == b.noun);
    CHECK(a.head == b.head);
    CHECK(a.hedge == b.hedge);
    CHECK(a.speaker == b.speaker);
    CHECK(a.role == b.role);
    CHECK(a.organization == b.organization);
    CHECK(a.entities == b.entities);
    CHECK(a.flags == b.flags);
    CHECK(a.confidence == b.confidence);
  }
}

void check_round_trip(const fs::path& jsonl) {
  TempDir dir;
  auto c = ingest(dir.path() / "home", jsonl, true);
  auto docs = documents(*c, jsonl);
  REQUIRE(!docs.empty());
  std::size_t with_claims = 0;
  for (const auto& d : docs) {
    REQUIRE(d.annotation_version == engine::source_reading_version());
    engine::AnalysedDoc stored;
    stored.doc = d;
    REQUIRE(engine::read_mentions(stored));
    engine::AnalysedDoc fresh;
    fresh.doc = d;
    engine::extract_mentions(fresh);
    require_same_reading(stored, fresh);
    if (!fresh.claims.empty()) ++with_claims;
  }
  CHECK(with_claims > 0);
}

}  // namespace

TEST_CASE("Mentions stored at ingest read back exactly as the extractor reads the source") {
  check_round_trip(kData / "corpus.jsonl");
}

TEST_CASE("Mentions of the dev corpus (English and French news) survive storage unchanged") {
  if (!fs::exists(kSharedCorpus)) {
    WARN("skipped: the dev corpus " << kSharedCorpus.string() << " is absent");
    return;
  }
  check_round_trip(kSharedCorpus);
}

TEST_CASE("A source stored without mentions, with stale ones or damaged ones is read afresh") {
  TempDir dir;
  auto c = ingest(dir.path() / "home", kData / "corpus.jsonl", true);
  auto d = *c->get("brd-gazette");
  engine::AnalysedDoc fresh;
  fresh.doc = d;
  engine::extract_mentions(fresh);

  engine::AnalysedDoc a;
  a.doc = d;
  a.doc.annotation_version = "an-older-extractor";
  CHECK_FALSE(engine::read_mentions(a));

  a.doc = d;
  a.doc.annotation.clear();
  a.doc.annotation_version.clear();
  CHECK_FALSE(engine::read_mentions(a));

  // Every truncation and a flipped byte in each position: never a crash, never a claim whose
  // offsets leave the text.
  for (std::size_t cut = 0; cut < d.annotation.size(); ++cut) {
    a = {};
    a.doc = d;
    a.doc.annotation.resize(cut);
    CHECK_FALSE(engine::read_mentions(a));
  }
  for (std::size_t at = 0; at < d.annotation.size(); ++at) {
    a = {};
    a.doc = d;
    a.doc.annotation[at] = static_cast<char>(a.doc.annotation[at] ^ 0xA5);
    if (engine::read_mentions(a)) {
      for (const auto& claim : a.claims) REQUIRE(claim.end <= d.text.size());
    }
  }

  // The text changed under the stored offsets (a shorter text): refused, not misread.
  a = {};
  a.doc = d;
  a.doc.text = a.doc.text.substr(0, 10);
  CHECK_FALSE(engine::read_mentions(a));
  CHECK(!fresh.claims.empty());
}

TEST_CASE("A check finds the same whether sources were read at ingest or at check time") {
  TempDir dir;
  auto rules = rules::RuleSet::load(VERIFY_RULES_DIR);
  ingest(dir.path() / "stored", kData / "corpus.jsonl", true);
  ingest(dir.path() / "afresh", kData / "corpus.jsonl", false);
  auto article = claims::load_article(kData / "article.txt");
  engine::CheckOptions opts;
  opts.store = false;
  opts.fetch = false;
  auto a = engine::Engine(dir.path() / "stored", rules).check(article, opts);
  auto b = engine::Engine(dir.path() / "afresh", rules).check(article, opts);
  REQUIRE(a.results.size() == b.results.size());
  REQUIRE(!a.results.empty());
  for (std::size_t i = 0; i < a.results.size(); ++i) {
    const auto& x = a.results[i].finding;
    const auto& y = b.results[i].finding;
    INFO(a.results[i].claim.text);
    CHECK(x.verdict == y.verdict);
    CHECK(x.rule == y.rule);
    CHECK(x.explanation == y.explanation);
    REQUIRE(x.evidence.size() == y.evidence.size());
    for (std::size_t k = 0; k < x.evidence.size(); ++k) {
      CHECK(x.evidence[k].passage.doc_id == y.evidence[k].passage.doc_id);
      CHECK(x.evidence[k].value_start == y.evidence[k].value_start);
    }
  }
}

TEST_CASE(
    "Re-annotating reads the sources an older version stored, once, without a new generation") {
  TempDir dir;
  auto home = dir.path() / "home";
  std::size_t size = 0;
  std::uint64_t generation = 0;
  {
    auto c = ingest(home, kData / "corpus.jsonl", false);
    size = c->size();
    generation = c->generation();
    CHECK(c->annotated(engine::source_reading_version()) == 0);
  }
  auto c = corpus::Corpus::open(home, corpus::Corpus::Mode::kWrite);
  engine::read_sources_at_ingest(*c);
  std::size_t calls = 0;
  CHECK(c->reannotate([&](std::size_t, std::uint64_t, std::uint64_t) { ++calls; }) == size);
  CHECK(calls > 0);
  CHECK(c->annotated(engine::source_reading_version()) == size);
  CHECK(c->generation() == generation);
  CHECK(c->reannotate() == 0);  // nothing stale any more

  auto reader = corpus::Corpus::open(home, corpus::Corpus::Mode::kRead);
  CHECK(reader->annotated(engine::source_reading_version()) == size);
  auto d = reader->get("brd-gazette");
  REQUIRE(d);
  engine::AnalysedDoc a;
  a.doc = *d;
  CHECK(engine::read_mentions(a));
  // The words are still indexed: re-annotating rewrote values, not terms.
  corpus::Query q;
  q.clauses.push_back({{"libraries"}, true});
  CHECK(!reader->search(q).empty());
}

TEST_CASE("Reannotating without an annotator is refused with a message") {
  TempDir dir;
  auto c = ingest(dir.path() / "home", kData / "corpus.jsonl", false);
  REQUIRE_THROWS_WITH(c->reannotate(), Catch::Contains("no annotator"));
}

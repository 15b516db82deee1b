// Tests of the work the rules share between the claims of one check (rules/src/judge.h): what
// is computed once per article must give every claim what computing it per claim gave.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "judge.h"
#include "rules/rules_test_support.h"
#include "verify/rules.h"

namespace {

using verify::claims::Claim;
using verify::claims::Kind;
using verify::rules::ArticleContext;
using verify::rules::Finding;
using verify::rules::Passage;
using verify::rules::Verdict;

// Far above the engine's numbering (from 1), which this test program does not run.
constexpr std::uint64_t kTextId = std::uint64_t{1} << 60;

// Several sentences, each with several dates and figures, about one story.
const std::string kArticle =
    "Calvera strike\n\n"
    "The strike at the Port of Calvera began on March 3, 2026, and 4,800 dockworkers walked "
    "off the job. Talks in Calvera collapsed on March 10, after 52 cargo ships had queued and "
    "31 people were injured. The Calvera union is demanding a 9% pay rise, and 14 protesters "
    "were arrested on March 9. Calvera's port has three container terminals.\n";

ArticleContext article_context() {
  verify::claims::Article a;
  a.text = kArticle;
  verify::claims::Options o;
  o.reference_date = "2026-03-12";
  ArticleContext ctx;
  ctx.text = kArticle;
  ctx.published = "2026-03-12";
  ctx.claims = verify::claims::extract(a, o);
  return ctx;
}

std::vector<Passage> sources() {
  const std::vector<std::string> texts = {
      "The strike at the Port of Calvera began on March 5, 2026. About 4,200 dockworkers "
      "walked off the job at Calvera, the union said.",
      "Talks between the union and the Calvera port operators collapsed on March 10. A total "
      "of 62 cargo ships were waiting at anchor off Calvera. Hospital officials said 31 people "
      "were injured in the clashes.",
      "The Calvera Dockworkers' Union is demanding a 9% pay rise. Police in Calvera arrested 14 "
      "protesters on March 9."};
  std::vector<Passage> out;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Passage p;
    p.doc_id = "s" + std::to_string(i);
    p.source = p.doc_id + ".example";
    p.url = "https://" + p.source + "/";
    p.published = "2026-03-11";
    p.start = 0;
    p.end = texts[i].size();
    p.text = texts[i];
    p.focus_end = p.end;
    p.claims = verify::test::read_source(p);
    out.push_back(std::move(p));
  }
  return out;
}

// Everything a finding says, as one comparable string.
std::string describe(const Finding& f) {
  std::string s = std::string(verify::rules::to_string(f.verdict)) + "|" + f.rule + "|" + f.status +
                  "|" + std::to_string(f.confidence) + "|" + f.explanation;
  for (const auto& e : f.evidence) {
    s += "|" + e.passage.doc_id + ":" + std::to_string(e.value_start) + "-" +
         std::to_string(e.value_end) + ":" + std::string(verify::rules::to_string(e.stance)) + ":" +
         e.value + ":" + e.snippet;
  }
  return s;
}

}  // namespace

TEST_CASE("the claims of a sentence come from the check's index and are those a pass finds",
          "[rules]") {
  static const verify::rules::Config config;
  static const verify::rules::Analyzer analyzer(config);
  ArticleContext ctx = article_context();
  REQUIRE(ctx.claims.size() >= 8);
  ArticleContext unnamed = ctx;  // no text_id: the claims are found by a pass over them all
  ctx.text_id = kTextId;
  std::vector<std::size_t> starts = {0, kArticle.size()};  // no sentence starts at either
  for (const auto& c : ctx.claims) starts.push_back(c.sentence_start);
  std::size_t sentences_with_several = 0;
  for (std::size_t start : starts) {
    std::vector<std::size_t> expected;
    for (std::size_t i = 0; i < ctx.claims.size(); ++i) {
      if (ctx.claims[i].sentence_start == start) expected.push_back(i);
    }
    sentences_with_several += expected.size() >= 3;
    CHECK(verify::rules::sentence_claims(analyzer, ctx, start) == expected);
    CHECK(verify::rules::sentence_claims(analyzer, unnamed, start) == expected);
  }
  CHECK(sentences_with_several >= 6);  // two sentences of three claims, once per claim
  // One index for the whole check, holding every claim once; none for the unnamed context.
  const auto& work = verify::rules::check_work(analyzer, ctx);
  REQUIRE(work.by_sentence);
  CHECK(work.by_sentence->size() == ctx.claims.size());
  CHECK_FALSE(verify::rules::check_work(analyzer, unnamed).by_sentence);
}

TEST_CASE("claims are judged the same whether or not the check names its article", "[rules]") {
  // Named (text_id), the per-article work is done once and shared by the claims, in the order
  // the engine judges them; unnamed, each claim works it out alone.
  ArticleContext unnamed = article_context();
  ArticleContext named = unnamed;
  named.text_id = kTextId + 1;
  const auto passages = sources();
  std::size_t supported = 0, contradicted = 0;
  for (const auto& c : unnamed.claims) {
    Finding alone = verify::test::shipped().judge(c, unnamed, passages);
    Finding shared = verify::test::shipped().judge(c, named, passages);
    CHECK(describe(shared) == describe(alone));
    supported += alone.verdict == Verdict::kSupported;
    contradicted += alone.verdict == Verdict::kContradicted;
  }
  // The claims' views were built: some sources confirm and some contradict.
  CHECK(supported >= 3);
  CHECK(contradicted >= 2);
}

TEST_CASE("a sentence's content words without a claim's value are those a fresh pass finds",
          "[rules]") {
  // Words inside the value ("three", "million") also stand elsewhere in the sentence, earlier
  // and later, so leaving the value out moves them or drops them.
  static const verify::rules::Config config;
  static const verify::rules::Analyzer analyzer(config);
  const std::string s =
      "Three ships and three terminals stood idle as the strike, three days old, cost 45 million "
      "euros, a million a day, said the port's chief, Ana Ribeiro, and three officials.";
  Claim c = verify::test::claim_in(s, "three terminals", Kind::kCount, "3");
  auto sentence = verify::rules::sentence_analysis(analyzer, c, ArticleContext{});
  const auto& toks = sentence->toks;
  REQUIRE(toks.size() > 20);
  std::size_t spans = 0;
  for (std::size_t a = 0; a < toks.size(); ++a) {
    for (std::size_t b = a; b < toks.size() && b < a + 4; ++b) {
      std::size_t start = toks[a].start, end = toks[b].end;
      auto all = verify::rules::content_words(analyzer, toks, start, end);
      for (std::size_t k : {1, 4, 6, 100}) {
        std::vector<std::string> first(all.begin(), all.begin() + std::min(k, all.size()));
        CHECK(verify::rules::top_content_words(analyzer, *sentence, start, end, k) == first);
      }
      ++spans;
    }
  }
  CHECK(spans > 60);
}

TEST_CASE("search plans are the same whether or not the check names its article", "[rules]") {
  ArticleContext unnamed = article_context();
  ArticleContext named = unnamed;
  named.text_id = kTextId + 2;
  auto show = [](const std::vector<verify::rules::SearchPlan>& plans) {
    std::string s;
    for (const auto& p : plans) {
      for (const auto& g : p.required) {
        s += "(";
        for (const auto& w : g) s += w + "|";
        s += ")";
      }
      s += " opt";
      for (const auto& w : p.optional) s += " " + w;
      s += " " + p.published_from + ".." + p.published_to + ";";
    }
    return s;
  };
  std::size_t planned = 0;
  for (const auto& c : unnamed.claims) {
    auto alone = show(verify::test::shipped().plan(c, unnamed));
    CHECK(show(verify::test::shipped().plan(c, named)) == alone);
    planned += !alone.empty();
  }
  CHECK(planned >= 8);
}

TEST_CASE("claims judged in two threads at once are judged as one thread judges them", "[rules]") {
  // The engine judges a check's claims on both cores; their passages' analyses, and the frame
  // of each figure a source states, are made once and shared by every claim and thread (the
  // first to ask makes it). Judged in two threads at once, in both orders, each claim's finding
  // must be the one it gets alone.
  ArticleContext ctx = article_context();
  ctx.text_id = kTextId + 2;
  const auto shared = sources();
  std::vector<std::string> expected;
  for (const auto& c : ctx.claims) {
    expected.push_back(describe(verify::test::shipped().judge(c, ctx, sources())));
  }
  std::vector<std::string> forward(ctx.claims.size()), backward(ctx.claims.size());
  std::thread other([&] {
    for (std::size_t i = ctx.claims.size(); i-- > 0;)
      backward[i] = describe(verify::test::shipped().judge(ctx.claims[i], ctx, shared));
  });
  for (std::size_t i = 0; i < ctx.claims.size(); ++i)
    forward[i] = describe(verify::test::shipped().judge(ctx.claims[i], ctx, shared));
  other.join();
  CHECK(forward == expected);
  CHECK(backward == expected);
}

TEST_CASE("a passage's analysis is not taken from another with the same text but other claims",
          "[rules]") {
  // Analyses are cached by everything they read: the same words with the figure read as
  // another value (a source stored by an older extractor, or a hand-made passage) must be
  // judged by that value, not by the cached analysis of the first.
  ArticleContext ctx = article_context();
  const auto first = sources();
  auto second = sources();
  bool changed = false;
  for (auto& c : second[0].claims) {
    if (c.kind == Kind::kCount && c.number && *c.number == 4200) {
      c.number = 4800;
      c.value = "4800";
      changed = true;
    }
  }
  REQUIRE(changed);
  const Claim* workers = nullptr;
  for (const auto& c : ctx.claims) {
    if (c.kind == Kind::kCount && c.number && *c.number == 4800) workers = &c;
  }
  REQUIRE(workers);
  const std::vector<Passage> only_first = {first[0]}, only_second = {second[0]};
  CHECK(verify::test::shipped().judge(*workers, ctx, only_first).verdict != Verdict::kSupported);
  CHECK(verify::test::shipped().judge(*workers, ctx, only_second).verdict == Verdict::kSupported);
  CHECK(verify::test::shipped().judge(*workers, ctx, only_first).verdict != Verdict::kSupported);
}

TEST_CASE("claims are judged the same after many other passages pushed their analyses out",
          "[rules]") {
  // The process keeps a bounded number of passage analyses (two generations): a passage read
  // again after thousands of others (a long re-check) is analysed again or found in the older
  // generation, and either way each claim's finding must be the one it got at first. Two
  // threads fill the cache at once, as a check's judging threads do.
  ArticleContext ctx = article_context();
  ctx.text_id = kTextId + 3;
  const auto passages = sources();
  std::vector<std::string> first;
  for (const auto& c : ctx.claims)
    first.push_back(describe(verify::test::shipped().judge(c, ctx, passages)));
  auto flood = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      auto other = sources();
      for (auto& p : other) p.published = "2026-03-" + std::to_string(10 + i % 2);
      other[i % other.size()].title = "Calvera, update " + std::to_string(i);
      verify::test::shipped().judge(ctx.claims[i % ctx.claims.size()], ctx, other);
    }
  };
  std::thread other([&] { flood(0, 600); });
  flood(600, 1200);
  other.join();
  std::vector<std::string> again;
  for (const auto& c : ctx.claims)
    again.push_back(describe(verify::test::shipped().judge(c, ctx, passages)));
  CHECK(again == first);
}

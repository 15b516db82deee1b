// Helpers shared by the rules test files: the shipped rule set and a claim over a sentence.
#pragma once

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "verify/rules.h"

namespace verify::test {

// The rules/ directory the product ships, loaded once.
inline const rules::RuleSet& shipped() {
  static const rules::RuleSet r = rules::RuleSet::load(VERIFY_RULES_DIR);
  return r;
}

// A claim whose sentence is `sentence` (at offset 0 of the article) and whose span is the
// first occurrence of `span`.
inline claims::Claim claim_in(const std::string& sentence, const std::string& span,
                              claims::Kind kind, const std::string& value) {
  claims::Claim c;
  c.id = "c1";
  c.kind = kind;
  c.sentence = sentence;
  c.sentence_start = 0;
  c.sentence_end = sentence.size();
  c.start = sentence.find(span);
  REQUIRE(c.start != std::string::npos);
  c.end = c.start + span.size();
  c.text = span;
  c.value = value;
  return c;
}

// The claims the engine hands the rules with a passage: the extractor's reading of the source
// (here of the passage's own text, dated by its published date), offsets in the source text.
inline std::vector<claims::Claim> read_source(const rules::Passage& p) {
  claims::Article a;
  a.text = p.text;
  claims::Options o;
  o.skip_furniture = false;
  o.keep_yearless = true;  // as engine/src/mentions.cpp reads sources
  o.reference_date = p.published;
  auto out = claims::extract(a, o);
  for (auto& c : out) {
    c.start += p.start;
    c.end += p.start;
    c.sentence_start += p.start;
    c.sentence_end += p.start;
  }
  return out;
}

// A source passage of one whole document, read as the engine reads sources.
inline rules::Passage source(const std::string& id, const std::string& text,
                             const std::string& published = "") {
  rules::Passage p;
  p.doc_id = id;
  p.source = id + ".example";
  p.url = "https://" + p.source + "/" + id;
  p.published = published;
  p.start = 0;
  p.end = text.size();
  p.text = text;
  p.focus_end = text.size();
  p.claims = read_source(p);
  return p;
}

// The article as the engine hands it to the rules: read by the same extractor, and the claim
// whose words are `span` (the first with exactly those words, else the first holding them; of
// `kind` when given).
struct Article {
  rules::ArticleContext ctx;
  claims::Claim claim;
};

inline Article article(const std::string& text, const std::string& span,
                       const std::string& published,
                       std::optional<claims::Kind> kind = std::nullopt) {
  Article a;
  a.ctx.text = text;
  a.ctx.published = published;
  rules::Passage whole = source("article", text, published);
  a.ctx.claims = whole.claims;
  const claims::Claim* exact = nullptr;
  const claims::Claim* holding = nullptr;
  for (const auto& c : whole.claims) {
    if (kind && c.kind != *kind) continue;
    if (!exact && c.text == span) exact = &c;
    if (!holding && c.text.find(span) != std::string::npos) holding = &c;
  }
  INFO(span);
  REQUIRE((exact || holding));
  a.claim = exact ? *exact : *holding;
  return a;
}

inline rules::Finding judge(const Article& a, const std::vector<rules::Passage>& sources) {
  return shipped().judge(a.claim, a.ctx, sources);
}

inline rules::Verdict judged(const Article& a, const std::vector<rules::Passage>& sources) {
  return judge(a, sources).verdict;
}

}  // namespace verify::test

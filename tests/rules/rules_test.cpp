// Tests of the rules module: rule files, search plans and verdicts on hand-made passages.
#include "verify/rules.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "rules/rules_test_support.h"

namespace {

using verify::claims::Claim;
using verify::claims::Kind;
using verify::rules::ArticleContext;
using verify::rules::Finding;
using verify::rules::Passage;
using verify::rules::RuleError;
using verify::rules::RuleSet;
using verify::rules::Stance;
using verify::rules::Verdict;

using verify::test::claim_in;
using verify::test::shipped;

Claim count_claim(const std::string& sentence, const std::string& span, double n,
                  const std::string& hedge = "", const std::string& head = "") {
  Claim c = claim_in(sentence, span, Kind::kCount, "");
  c.number = n;
  c.value = std::to_string(static_cast<long long>(n));
  c.hedge = hedge;
  c.head = head;
  return c;
}

Claim quote_claim(const std::string& sentence, const std::string& words,
                  const std::string& speaker) {
  Claim c = claim_in(sentence, words, Kind::kQuote, words);
  c.speaker = speaker;
  return c;
}

constexpr std::size_t kBase = 1000;  // passages start inside a longer source text

// A passage of one source: `text` sits at offset kBase of the source text.
Passage passage(const std::string& doc_id, const std::string& source, const std::string& text,
                const std::string& published = "", int tier = 0) {
  Passage p;
  p.doc_id = doc_id;
  p.url = "https://" + source + "/" + doc_id;
  p.title = "";
  p.published = published;
  p.source = source;
  p.tier = tier;
  p.start = kBase;
  p.end = kBase + text.size();
  p.text = text;
  p.focus_start = p.start;
  p.focus_end = p.end;
  p.claims = verify::test::read_source(p);
  return p;
}

// A claim the extractor would find in a passage, with source-text offsets.
Claim source_claim(const Passage& p, const std::string& span, Kind kind, const std::string& value) {
  Claim c;
  c.kind = kind;
  auto at = p.text.find(span);
  REQUIRE(at != std::string::npos);
  c.start = kBase + at;
  c.end = c.start + span.size();
  c.text = span;
  c.value = value;
  return c;
}

ArticleContext context(const std::string& text = "", const std::string& published = "") {
  ArticleContext ctx;
  ctx.text = text;
  ctx.published = published;
  return ctx;
}

}  // namespace

TEST_CASE("the shipped rules directory loads", "[rules]") {
  const auto& rules = shipped();
  auto files = rules.describe();
  CHECK(files.size() >= 6);
  CHECK(std::any_of(files.begin(), files.end(),
                    [](const std::string& s) { return s.find("lexicon") != std::string::npos; }));
}

TEST_CASE("verdicts and stances print as the report schema spells them", "[rules]") {
  CHECK(verify::rules::to_string(Verdict::kSupported) == "supported");
  CHECK(verify::rules::to_string(Verdict::kContradicted) == "contradicted");
  CHECK(verify::rules::to_string(Verdict::kDisputed) == "disputed");
  CHECK(verify::rules::to_string(Verdict::kUnverified) == "unverified");
  CHECK(verify::rules::to_string(Stance::kSupports) == "supports");
  CHECK(verify::rules::to_string(Stance::kContradicts) == "contradicts");
}

TEST_CASE("count hedged 'at least 12' in source is consistent with 12", "[rules]") {
  auto c = count_claim("Algeria responded by expelling 12 French officials.", "12 French officials",
                       12, "", "official");
  auto p = passage("d1", "example.com",
                   "Algeria expelled at least 12 French officials on Monday, the ministry said.");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kSupported);
  CHECK(f.rule == "count.match");
  REQUIRE(f.evidence.size() == 1);
  CHECK(f.evidence[0].stance == Stance::kSupports);
  CHECK(p.text.substr(f.evidence[0].value_start - kBase,
                      f.evidence[0].value_end - f.evidence[0].value_start) == "at least 12");
}

TEST_CASE("12 French officials is not contradicted by 94 French senators", "[rules]") {
  auto c = count_claim("Algeria responded by expelling 12 French officials.", "12 French officials",
                       12, "", "official");
  auto p = passage("d1", "example.com",
                   "In Algeria's dispute with Paris, 94 French senators warned President Macron.");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kUnverified);
  CHECK(f.evidence.empty());
}

TEST_CASE("a count of diplomats of another country is not the same frame", "[rules]") {
  auto c = count_claim("Algeria responded by expelling 12 French officials.", "12 French officials",
                       12, "", "official");
  auto p =
      passage("d1", "example.com", "Algeria and France: Paris expelled 15 Algerian diplomats.");
  auto f = shipped().judge(c, context(), {p});
  INFO(f.explanation);
  CHECK(f.verdict == Verdict::kUnverified);
}

TEST_CASE("killed vs injured never contradict", "[rules]") {
  auto c = count_claim("The quake in Myanmar killed 144 people, the junta said.", "144", 144);
  auto p = passage("d1", "example.com", "In Myanmar, 732 people were injured by the quake.");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kUnverified);
  auto p2 = passage("d2", "example.com", "The quake in Myanmar killed 694 people by Saturday.");
  CHECK(shipped().judge(c, context(), {p2}).verdict == Verdict::kContradicted);
}

TEST_CASE("a different count of the same event contradicts and the explanation says so",
          "[rules]") {
  auto c = count_claim("By Tuesday, Min Aung Hlaing said the toll in Myanmar had reached 3,719.",
                       "3,719", 3719);
  auto p1 = passage("d1", "aa.com.tr",
                    "Min Aung Hlaing said on Tuesday that the toll in Myanmar had reached 2,719.");
  auto p2 = passage("d2", "livemint.com",
                    "Myanmar's junta chief said the quake had killed at least 2,719 people.");
  auto f = shipped().judge(c, context(), {p1, p2});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.rule == "count.mismatch");
  CHECK(f.explanation.find("2,719") != std::string::npos);
  CHECK(f.explanation.find("not 3,719") != std::string::npos);
  CHECK(f.confidence > 0);
  CHECK(f.confidence <= 1);
}

TEST_CASE("a figure equal to another figure of the claim's sentence is not evidence against it",
          "[rules]") {
  std::string s = "Microsoft lays off 1,985 workers in Washington, including 1,510 office workers.";
  auto c = count_claim(s, "1,510", 1510, "", "worker");
  Claim sibling = count_claim(s, "1,985", 1985, "", "worker");
  ArticleContext ctx = context(s);
  ctx.claims = {sibling, c};
  auto p =
      passage("d1", "example.com", "Microsoft said it will lay off 1,985 workers in Washington.");
  CHECK(shipped().judge(c, ctx, {p}).verdict == Verdict::kUnverified);
}

TEST_CASE("percent claims compare with percent figures in the same frame", "[rules]") {
  auto c = claim_in("In the German election, turnout was 78.5 percent.", "78.5 percent",
                    Kind::kPercent, "78.5");
  c.number = 78.5;
  c.unit = "%";
  auto p1 = passage("d1", "example.com",
                    "German election: the CDU got 28.6%, and turnout reached 82.5%, a record.");
  auto f = shipped().judge(c, context(), {p1});
  CHECK(f.verdict == Verdict::kContradicted);
  INFO(f.explanation);
  CHECK(f.explanation.find("82.5%") != std::string::npos);
}

TEST_CASE("an invented figure finds no support in unrelated percentages", "[rules]") {
  auto c =
      claim_in("Microsoft's shares fell 2 percent on the news.", "2 percent", Kind::kPercent, "2");
  c.number = 2;
  c.unit = "%";
  auto p = passage("d1", "example.com",
                   "Microsoft said March headcount was 2% higher than a year before.");
  CHECK(shipped().judge(c, context(), {p}).verdict == Verdict::kUnverified);
}

TEST_CASE("quote found verbatim with the same speaker is supported, extra comma tolerated",
          "[rules]") {
  std::string s =
      "Justin Trudeau told reporters: \"No country, particularly not a democracy that upholds the "
      "rule of law, can accept this fundamental violation of its sovereignty.\"";
  auto c = quote_claim(s,
                       "No country, particularly not a democracy that upholds the rule of law, can "
                       "accept this fundamental violation of its sovereignty.",
                       "Justin Trudeau");
  auto p = passage("d1", "theepochtimes.com",
                   "\"No country, particularly not a democracy, that upholds the rule of law, can "
                   "accept this fundamental violation of its sovereignty,\" Trudeau said.");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kSupported);
  CHECK(f.rule == "quote.verbatim");
}

TEST_CASE("an ellipsis in the source stands for omitted words", "[rules]") {
  auto c = quote_claim(
      "Bin said: \"There are about 70 bodies underneath and we hope by some miracle one or two "
      "are still alive.\"",
      "There are about 70 bodies underneath and we hope by some miracle one or two are still "
      "alive.",
      "Bin Bunluerit");
  auto p = passage("d1", "livemint.com",
                   "Rescue leader Bin Bunluerit said: \"There are about 70 bodies underneath ... "
                   "we hope by some miracle one or two are still alive.\"");
  CHECK(shipped().judge(c, context(), {p}).verdict == Verdict::kSupported);
}

TEST_CASE("a quote given to a holder of a qualified title is checked against its speaker",
          "[rules]") {
  // Kind (a new-user trial): "said transit director Daniel Okafor" read no speaker, so the
  // fire chief's words came out supported. The speaker is read, and the misattribution caught.
  using verify::test::article;
  using verify::test::source;
  auto a = article("\"The building is a total loss,\" said transit director Daniel Okafor.",
                   "The building is a total loss", "2026-10-14", Kind::kQuote);
  auto f = verify::test::judge(
      a, {source("s", "\"The building is a total loss,\" said fire chief Marie-Claude Tremblay.",
                 "2026-10-13")});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.status == "misattributed");
}

TEST_CASE("a hyphenated given name is one name when a quote's speaker is compared", "[rules]") {
  // Kind (worst class): « … », a déclaré Jean-Pierre Martin, against a source giving the same
  // words to Pierre Martin, was supported: the given names were compared word by word, and
  // "pierre" agreed. A hyphenated given name is one name: a part of it shared with the other
  // side's ("Pierre", "Ann") leaves the attribution unconfirmed; two different compound names
  // ("Jean-Luc", "Mary-Kate") are two people; the same name, or an initial, is the same person.
  using verify::test::article;
  using verify::test::source;
  auto [said_in_article, said_in_source, verdict] =
      GENERATE(table<std::string, std::string, Verdict>({
          {"a déclaré Jean-Pierre Martin", "a déclaré Pierre Martin, adjoint aux finances",
           Verdict::kUnverified},
          {"a déclaré Pierre Martin", "a déclaré Jean-Pierre Martin, adjoint aux finances",
           Verdict::kUnverified},
          {"a déclaré Jean-Pierre Martin", "a déclaré Jean-Luc Martin, adjoint aux finances",
           Verdict::kContradicted},
          {"a déclaré Jean-Pierre Martin", "a déclaré Jean-Pierre Martin, adjoint aux finances",
           Verdict::kSupported},
          {"a déclaré Jean-Pierre Martin", "a déclaré J. Martin, adjoint aux finances",
           Verdict::kSupported},
      }));
  CAPTURE(said_in_article, said_in_source);
  auto a =
      article("« Nous fermerons la bibliothèque du quartier en mai », " + said_in_article + ".",
              "Nous fermerons la bibliothèque du quartier en mai", "2026-03-03", Kind::kQuote);
  auto f = verify::test::judge(
      a,
      {source("s", "« Nous fermerons la bibliothèque du quartier en mai », " + said_in_source + ".",
              "2026-03-02")});
  INFO(f.explanation);
  CHECK(f.verdict == verdict);
  // English, with a hyphenated given name.
  auto e = article("\"The reading room will close in May,\" said Mary-Ann Cole.",
                   "The reading room will close in May", "2026-03-03", Kind::kQuote);
  auto g = verify::test::judge(
      e, {source("s", "\"The reading room will close in May,\" said Ann Cole, the librarian.",
                 "2026-03-02")});
  CHECK(g.verdict == Verdict::kUnverified);
  auto h = verify::test::judge(
      e, {source("s", "\"The reading room will close in May,\" said Mary-Kate Cole, the librarian.",
                 "2026-03-02")});
  CHECK(h.verdict == Verdict::kContradicted);
}

TEST_CASE("a speaker's initials must stand for the source speaker's given name", "[rules]") {
  // Kind (worst class): "said J. Smith" was supported by a source giving the same words to
  // Mary Smith: an initial agreed with any given name. An initial stands for a name that
  // begins with it, part by part for a compound name ("J.-P." for "Jean-Pierre"); one initial
  // may stand for a whole compound name ("J." for "Jean-Pierre").
  using verify::test::article;
  using verify::test::source;
  auto [said_in_article, said_in_source, verdict] =
      GENERATE(table<std::string, std::string, Verdict>({
          {"said J. Smith", "said Mary Smith, the pool manager", Verdict::kContradicted},
          {"said J. Smith", "said John Smith, the pool manager", Verdict::kSupported},
          {"said A. J. Smith", "said Mary Smith, the pool manager", Verdict::kContradicted},
          {"said John Smith", "said M. Smith, the pool manager", Verdict::kContradicted},
          {"said John Smith", "said J. Smith, the pool manager", Verdict::kSupported},
          // (A re-test: an initial that is also a short word, "A", "I", was dropped.)
          {"said A. Smith", "said Mary Smith, the pool manager", Verdict::kContradicted},
          {"said I. Smith", "said Mary Smith, the pool manager", Verdict::kContradicted},
      }));
  CAPTURE(said_in_article, said_in_source);
  auto a = article("\"The outdoor pool will reopen in June,\" " + said_in_article + ".",
                   "The outdoor pool will reopen in June", "2026-03-03", Kind::kQuote);
  auto f = verify::test::judge(
      a, {source("s", "\"The outdoor pool will reopen in June,\" " + said_in_source + ".",
                 "2026-03-02")});
  INFO(f.explanation);
  CHECK(f.verdict == verdict);
  auto [fr_article, fr_source, fr_verdict] = GENERATE(table<std::string, std::string, Verdict>({
      {"a déclaré J.-P. Martin", "a déclaré Jean-Pierre Martin, adjoint aux sports",
       Verdict::kSupported},
      {"a déclaré J.-P. Martin", "a déclaré Luc Martin, adjoint aux sports",
       Verdict::kContradicted},
      // A part shared, as "Jean" of "Jean-Pierre": perhaps a name cut short, not confirmed.
      {"a déclaré J.-P. Martin", "a déclaré Jean Martin, adjoint aux sports", Verdict::kUnverified},
      {"a déclaré J.-P. Martin", "a déclaré Jean-Luc Martin, adjoint aux sports",
       Verdict::kContradicted},
      {"a déclaré J.-P. Martin", "a déclaré Pierre Martin, adjoint aux sports",
       Verdict::kUnverified},
      {"a déclaré J. Martin", "a déclaré Jean-Pierre Martin, adjoint aux sports",
       Verdict::kSupported},
      {"a déclaré J.-L. Martin", "a déclaré Jean-Pierre Martin, adjoint aux sports",
       Verdict::kContradicted},
      {"a déclaré L. Martin", "a déclaré Jean-Pierre Martin, adjoint aux sports",
       Verdict::kContradicted},
  }));
  CAPTURE(fr_article, fr_source);
  auto b = article("« La piscine rouvrira en juin », " + fr_article + ".",
                   "La piscine rouvrira en juin", "2026-03-03", Kind::kQuote);
  auto g = verify::test::judge(
      b, {source("s", "« La piscine rouvrira en juin », " + fr_source + ".", "2026-03-02")});
  INFO(g.explanation);
  CHECK(g.verdict == fr_verdict);
}

TEST_CASE("a quote given to a surname ending in -ing is checked against the source speaker",
          "[rules]") {
  // Kind (worst class, a new user): `"…," Harding said` lost its speaker and was supported by a
  // source giving the words to Priya Raman.
  using verify::test::article;
  using verify::test::source;
  auto a = article(
      "Tom Harding, the museum's chairman, welcomed the purchase. \"We could not let it leave "
      "the country,\" Harding said.",
      "We could not let it leave the country", "2026-03-03", Kind::kQuote);
  auto f = verify::test::judge(
      a, {source("s", "Priya Raman, a trustee, said: \"We could not let it leave the country.\"",
                 "2026-03-02")});
  INFO(f.explanation);
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.status == "misattributed");
}

TEST_CASE("nearly the same words given to another named person are misattributed and altered",
          "[rules]") {
  // Kind (a new user): "People will be able to see how Turner painted, page by page," said Tom
  // Hardy, against a source giving "… how Turner worked, page by page," to Tom Elling, was
  // unverified ("none has these words"): other words by another person were taken for another
  // statement. Words nearly the article's own (85% or more in order), given to a person named
  // in the quote's own sentence, are misattributed, and the explanation names the changes too.
  // Fewer shared words stay another statement.
  using verify::test::article;
  using verify::test::source;
  auto [claim_text, quote, source_text, verdict] =
      GENERATE(table<std::string, std::string, std::string, Verdict>({
          {"\"Visitors will be able to see how the old mill turned, wheel by wheel,\" said "
           "Tom Hardy.",
           "Visitors will be able to see how the old mill turned, wheel by wheel,",
           "\"Visitors will be able to see how the old mill worked, wheel by wheel,\" said Tom "
           "Elling, the curator.",
           Verdict::kContradicted},
          {"« Les visiteurs pourront voir comment tournait le vieux moulin, roue après roue », "
           "a déclaré Luc Hardy.",
           "Les visiteurs pourront voir comment tournait le vieux moulin, roue après roue",
           "« Les visiteurs pourront voir comment fonctionnait le vieux moulin, roue après roue "
           "», a déclaré Luc Elling, le conservateur.",
           Verdict::kContradicted},
          {"\"Visitors will be able to see how the old mill turned,\" said Tom Hardy.",
           "Visitors will be able to see how the old mill turned,",
           "\"Children will be able to see how the old mill worked,\" said Tom Elling, the "
           "curator.",
           Verdict::kUnverified},
      }));
  CAPTURE(claim_text);
  auto a = article(claim_text, quote, "2026-04-14", Kind::kQuote);
  auto f = verify::test::judge(a, {source("s", source_text, "2026-04-13")});
  INFO(f.explanation);
  CHECK(f.verdict == verdict);
  if (verdict == Verdict::kContradicted) {
    CHECK(f.status == "misattributed");
    CHECK(f.explanation.find("Elling") != std::string::npos);
    CHECK(f.explanation.find("differ too") != std::string::npos);
  }
}

TEST_CASE("an altered quote's explanation tells a change made twice once", "[rules]") {
  // Kind (a new user): "line by line" against "page by page" was explained "it says 'page'
  // where the article has 'line'; it says 'page' where the article has 'line'".
  using verify::test::article;
  using verify::test::source;
  auto a =
      article("\"Visitors will see how the mill turned, line by line,\" said Tom Elling.",
              "Visitors will see how the mill turned, line by line,", "2026-04-14", Kind::kQuote);
  auto f = verify::test::judge(
      a, {source("s",
                 "\"Visitors will see how the mill turned, page by page,\" said Tom Elling, the "
                 "curator.",
                 "2026-04-13")});
  INFO(f.explanation);
  CHECK(f.verdict == Verdict::kContradicted);
  const auto first = f.explanation.find("where the article has");
  REQUIRE(first != std::string::npos);
  CHECK(f.explanation.find("where the article has", first + 1) == std::string::npos);
}

TEST_CASE("quote found verbatim with another speaker is misattributed", "[rules]") {
  auto c = quote_claim(
      "On Wednesday, Foreign Minister Mélanie Joly said that \"the Indian government made a "
      "horrific mistake in thinking that they could interfere as aggressively as they did.\"",
      "the Indian government made a horrific mistake in thinking that they could interfere as "
      "aggressively as they did.",
      "Mélanie Joly");
  auto p = passage("d1", "voanews.com",
                   "Prime Minister Justin Trudeau told the inquiry: \"The Indian government made a "
                   "horrific mistake in thinking that they could interfere as aggressively as they "
                   "did in the safety and sovereignty of Canada.\"");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.rule == "quote.misattributed");
  CHECK(f.status == "misattributed");
  CHECK(f.explanation.find("Justin Trudeau") != std::string::npos);
  CHECK(f.explanation.find("Mélanie Joly") != std::string::npos);
  CHECK(f.explanation.find("voanews.com") != std::string::npos);
}

TEST_CASE("words found with nobody named as speaker do not confirm a named speaker", "[rules]") {
  // Kind: the sources carry the quote but their attribution is not one the reading resolves;
  // a quote given to the wrong person reads exactly so, and calling it supported is the worst
  // thing a report can print. English and French.
  auto [article, words, speaker, source_text, attributed] =
      GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
          {"Mayor Ruth Adeyemi said \"the depot will stay open through the winter.\"",
           "the depot will stay open through the winter.", "Ruth Adeyemi",
           "Crews worked all night. \"The depot will stay open through the winter,\" came the "
           "word from the hall.",
           "\"The depot will stay open through the winter,\" Mayor Ruth Adeyemi said."},
          {"« Le dépôt restera ouvert tout l'hiver », a déclaré Paul Lenoir.",
           "Le dépôt restera ouvert tout l'hiver", "Paul Lenoir",
           "Les équipes ont travaillé toute la nuit. « Le dépôt restera ouvert tout l'hiver », "
           "pouvait-on lire sur un panneau.",
           "« Le dépôt restera ouvert tout l'hiver », a assuré Paul Lenoir, le maire."},
      }));
  CAPTURE(article);
  auto c = quote_claim(article, words, speaker);
  auto f = shipped().judge(c, context(), {passage("d1", "example.com", source_text)});
  CHECK(f.verdict == Verdict::kUnverified);
  CHECK(f.rule == "quote.unattributed");
  CHECK(f.explanation.find(speaker) != std::string::npos);
  CHECK(f.explanation.find("example.com") != std::string::npos);
  // The same words credited to the same person in the source are supported.
  auto g = shipped().judge(c, context(), {passage("d2", "example.org", attributed)});
  CHECK(g.verdict == Verdict::kSupported);
  // A quote the article gives to a body ("the ministry said") needs no named speaker.
  auto body = quote_claim("The ministry said \"the depot will stay open through the winter.\"",
                          "the depot will stay open through the winter.", "The ministry");
  auto h = shipped().judge(
      body, context(),
      {passage("d3", "example.net", "\"The depot will stay open through the winter.\"")});
  CHECK(h.verdict == Verdict::kSupported);
}

TEST_CASE("a source without a speaker does not dispute one that credits someone else", "[rules]") {
  // Kind: two sources carry the words; one names another speaker, the other names nobody.
  // That is a misattribution, not a split between sources.
  auto c = quote_claim("\"The depot will stay open through the winter,\" said Colonel Ivo Brandt.",
                       "The depot will stay open through the winter,", "Ivo Brandt");
  auto named = passage("d1", "example.com",
                       "\"The depot will stay open through the winter,\" Mayor Ruth Adeyemi "
                       "said on Monday.");
  auto nobody = passage("d2", "example.org",
                        "\"The depot will stay open through the winter,\" came the word from the "
                        "hall.");
  auto f = shipped().judge(c, context(), {named, nobody});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.rule == "quote.misattributed");
  CHECK(f.explanation.find("Ruth Adeyemi") != std::string::npos);
}

TEST_CASE("the owner of an office before its holder is not the quote's speaker", "[rules]") {
  // Kind (an eighth blind trial): "said Social Democrat party chair Angela Murrow, who called
  // the result "a wake-up call"": the party's name, next to "said", was read as the speaker,
  // and the article's right attribution called misattributed.
  auto [owner_office, holder] = GENERATE(table<std::string, std::string>({
      {"Social Democrat party chair", "Angela Murrow"},
      {"Green Party co-leader", "Angela Murrow"},
      {"Labour leader", "Angela Murrow"},
  }));
  auto c = quote_claim("Angela Murrow called the result \"a wake-up call\" on Friday.",
                       "a wake-up call", "Angela Murrow");
  const std::string source = "\"We took this seat for granted,\" said " + owner_office + " " +
                             holder + ", who called the result \"a wake-up call\".";
  CAPTURE(source);
  CHECK(shipped().judge(c, context(), {passage("d1", "example.com", source)}).verdict ==
        Verdict::kSupported);
  // Another holder of the office is another speaker.
  const std::string other = "\"We took this seat for granted,\" said " + owner_office +
                            " Brian Hale, who called the result \"a wake-up call\".";
  auto f = shipped().judge(c, context(), {passage("d2", "example.org", other)});
  CHECK(f.status == "misattributed");
  CHECK(f.explanation.find("Brian Hale") != std::string::npos);
}

TEST_CASE("a pronoun speaker is resolved to the previous sentence's subject", "[rules]") {
  auto c = quote_claim(
      "Zaw Min Tun said: \"I would like to invite anyone from any country, any organization or "
      "Myanmar to help.\"",
      "I would like to invite anyone from any country, any organization or Myanmar to help.",
      "Zaw Min Tun");
  auto p = passage("d1", "recipee.online",
                   "Junta head Min Aung Hlaing said 144 people were killed. After visiting a "
                   "hospital he said in a televised speech: \"I would like to invite anyone from "
                   "any country, any organization or Myanmar to help. Thank you.\"");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.status == "misattributed");
  CHECK(f.explanation.find("Min Aung Hlaing") != std::string::npos);
}

TEST_CASE("altered quote explanation shows the word diff", "[rules]") {
  auto c = quote_claim(
      "India's foreign ministry said it \"strongly rejects these baseless fabrications\" and "
      "blamed Trudeau.",
      "strongly rejects these baseless fabrications", "India's foreign ministry");
  auto p = passage("d1", "hindustantimes.com",
                   "The MEA said it \"strongly rejects these preposterous imputations\" and tied "
                   "them to Trudeau's vote-bank politics.");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.rule == "quote.altered");
  CHECK(f.status == "altered");
  INFO(f.explanation);
  CHECK(f.explanation.find("'preposterous imputations' where the article has 'baseless "
                           "fabrications'") != std::string::npos);
}

TEST_CASE("a quote that shares a clause with the source's and then says something else is altered",
          "[rules]") {
  // Kind (a third blind trial): the article keeps the opening (or the close) of the speaker's
  // words and rewrites the rest, where the source's quotation goes on with its own words. Only
  // half the article's words are the source's, so it was unverified ("none has these words").
  // A source whose quotation stops where the shared clause does reports fewer words, not
  // other ones: still unverified. English and French.
  auto [article_text, quoted, source_text, verdict] =
      GENERATE(table<std::string, std::string, std::string, Verdict>({
          {"\"We have balanced the books without cutting a single library, but some branches will "
           "have to close next year,\" Lena Ortiz said.",
           "We have balanced the books without cutting a single library, but some branches will "
           "have to close next year",
           "\"We have balanced the books without cutting a single library, and we will keep it "
           "that way through 2028,\" Lena Ortiz said at the council meeting.",
           Verdict::kContradicted},
          {"« Some branches will have to close, yet we have balanced the books without cutting a "
           "single library », a dit Lena Ortiz.",
           "Some branches will have to close, yet we have balanced the books without cutting a "
           "single library",
           "« I am proud to say that we have balanced the books without cutting a single "
           "library », a dit Lena Ortiz.",
           Verdict::kContradicted},
          {"« Nous avons équilibré les comptes sans fermer une seule bibliothèque, mais certaines "
           "annexes devront fermer l'an prochain », a dit Lena Ortiz.",
           "Nous avons équilibré les comptes sans fermer une seule bibliothèque, mais certaines "
           "annexes devront fermer l'an prochain",
           "« Nous avons équilibré les comptes sans fermer une seule bibliothèque, et nous "
           "tiendrons ce cap jusqu'en 2028 », a dit Lena Ortiz.",
           Verdict::kContradicted},
          {"\"We have balanced the books without cutting a single library, but some branches will "
           "have to close next year,\" Lena Ortiz said.",
           "We have balanced the books without cutting a single library, but some branches will "
           "have to close next year",
           "\"We have balanced the books without cutting a single library,\" Lena Ortiz said, "
           "adding that the council would meet again in January.",
           Verdict::kUnverified},
          // A shared part that is not word for word (a translation's wording, the reporter's
          // own words before the source's quotation) is no shared clause.
          {"\"It has to be withdrawn in order to give maximum strength to the dialogue on the "
           "ground and to return to order,\" Lena Ortiz said.",
           "It has to be withdrawn in order to give maximum strength to the dialogue on the "
           "ground and to return to order",
           "Lena Ortiz said she would \"suspend\" the draft constitutional law on the island's "
           "electorate, to \"give all its strength to dialogue on site and to the return to "
           "order\".",
           Verdict::kUnverified},
      }));
  CAPTURE(source_text);
  auto c = quote_claim(article_text, quoted, "Lena Ortiz");
  auto f = shipped().judge(c, context(), {passage("d1", "b.example", source_text)});
  CHECK(f.verdict == verdict);
  if (verdict == Verdict::kContradicted) {
    CHECK(f.status == "altered");
    INFO(f.explanation);
    CHECK(f.explanation.find("where the article has") != std::string::npos);
  }
}

TEST_CASE("an altered quote's explanation says what the article added and left out", "[rules]") {
  // Kind: a "not" moved within a quote was explained "b.example says no 'not'; 'not' that the
  // article leaves out" (a new-user trial): each change must read as a sentence of its own.
  // English and French.
  auto [article_text, quoted, source_text] = GENERATE(table<std::string, std::string, std::string>({
      {"\"The reserves are not healthy, but they are a piggy bank,\" said Daniel Reyes.",
       "The reserves are not healthy, but they are a piggy bank",
       "\"The reserves are healthy, but they are not a piggy bank,\" said Daniel Reyes, the "
       "chief financial officer."},
      {"« Les réserves ne sont pas saines, mais elles sont une tirelire », a dit Daniel Reyes.",
       "Les réserves ne sont pas saines, mais elles sont une tirelire",
       "« Les réserves sont saines, mais elles ne sont pas une tirelire », a dit Daniel "
       "Reyes, le directeur financier."},
  }));
  auto c = quote_claim(article_text, quoted, "Daniel Reyes");
  auto f = shipped().judge(c, context(), {passage("d1", "b.example", source_text)});
  CHECK(f.status == "altered");
  INFO(f.explanation);
  CHECK(f.explanation.find("the article adds '") != std::string::npos);
  CHECK(f.explanation.find("the article leaves out '") != std::string::npos);
  CHECK(f.explanation.find("says no '") == std::string::npos);
}

TEST_CASE("an altered quote's explanation pairs its edges' words with the quote's own", "[rules]") {
  // Kind: words left out at a quote's start ("I believe" against "I do not believe") were
  // explained "it says 'not' where the article has 'I'", and a changed last word was set
  // against the source's attribution after the closing mark ("it says 'prosecutor' where the
  // article has 'account'"; a new-user trial of a sentencing desk). English and French.
  auto [article_text, quoted, source_text, want, never] =
      GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
          {"\"I believe your remorse is genuine,\" Judge Ann Lee told Kessler.",
           "I believe your remorse is genuine",
           "\"I do not believe your remorse is genuine,\" Judge Ann Lee told Kessler.",
           "the article leaves out 'do not'", "where the article has 'I'"},
          {"« Hélas, vos remords sont sincères », a dit la juge Ann Lee.",
           "Hélas, vos remords sont sincères",
           "« Hélas, je crains, vos remords sont sincères », a dit la juge Ann Lee.",
           "the article leaves out 'je crains'", "where the article has 'Hélas'"},
          {"Park said Kessler \"treated the accounts as his personal bank account.\"",
           "treated the accounts as his personal bank account",
           "\"He treated the accounts as his personal piggy bank,\" prosecutor Ann Lee said.",
           "the article adds 'account'", "prosecutor"},
      }));
  CAPTURE(article_text);
  auto c = quote_claim(article_text, quoted, "");
  auto f = shipped().judge(c, context(), {passage("d1", "b.example", source_text)});
  CHECK(f.status == "altered");
  INFO(f.explanation);
  CHECK(f.explanation.find(want) != std::string::npos);
  CHECK(f.explanation.find(never) == std::string::npos);
}

TEST_CASE("an altered quote's explanation quotes the words as written", "[rules]") {
  // Kind: the diff of a French quote was shown folded ("says 'meprisera' where the article has
  // 'ignorera'") while the evidence shows « méprisera » (a new-user trial); capitals and
  // accents as the texts write them. French and English.
  auto [article_text, quoted, source_text, want] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"« Nous ne reprendrons pas le travail tant que la direction ignorera les "
           "conducteurs », a affirmé Nadia Benali.",
           "Nous ne reprendrons pas le travail tant que la direction ignorera les conducteurs",
           "« Nous ne reprendrons pas le travail tant que la direction méprisera les "
           "conducteurs », a affirmé Nadia Benali.",
           "it says 'méprisera' where the article has 'ignorera'"},
          {"\"We will not return until Management ignores the drivers,\" said Nadia Benali.",
           "We will not return until Management ignores the drivers",
           "\"We will not return until Management despises the drivers,\" said Nadia Benali.",
           "it says 'despises' where the article has 'ignores'"},
      }));
  auto c = quote_claim(article_text, quoted, "Nadia Benali");
  auto f = shipped().judge(c, context(), {passage("d1", "b.example", source_text)});
  CHECK(f.status == "altered");
  INFO(f.explanation);
  CHECK(f.explanation.find(want) != std::string::npos);
}

TEST_CASE("a verbatim source outweighs a translated variant of the quote", "[rules]") {
  auto c = quote_claim(
      "\"This is a bitter election result for the Social Democratic Party, it is also an "
      "electoral defeat,\" Scholz told supporters.",
      "This is a bitter election result for the Social Democratic Party, it is also an electoral "
      "defeat,",
      "Olaf Scholz");
  auto p1 = passage("d1", "unn.ua",
                    "\"This is a bitter election result for the Social Democratic Party, it is "
                    "also a defeat in the elections,\" he said.");
  auto p2 = passage("d2", "reuters.com",
                    "Scholz accepted defeat on Sunday. \"This is a bitter election result for the "
                    "Social Democratic Party, it is also an electoral defeat,\" he said.");
  auto f = shipped().judge(c, context(), {p1, p2});
  CHECK(f.verdict == Verdict::kSupported);
}

TEST_CASE("quote found nowhere is unverified", "[rules]") {
  auto c = quote_claim("Tebboune said: \"We will rebuild trust step by step.\"",
                       "We will rebuild trust step by step.", "Abdelmadjid Tebboune");
  auto p = passage("d1", "example.com", "Officials said talks would continue next month in Paris.");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kUnverified);
  CHECK(f.rule == "none");
  // It says how many sources it read, so an editor who sees them in the corpus is not told
  // that nothing was found; with none read, that nothing was found.
  CHECK(f.explanation == "1 source read; none has these words.");
  auto none = shipped().judge(c, context(), {});
  CHECK(none.explanation == "No source found with these words.");
}

TEST_CASE("date 'April 2025' agrees with 2025-04-14 and not with 2025-03-31", "[rules]") {
  std::string s = "Myanmar's junta declared a ceasefire in the civil war in April 2025.";
  auto c = claim_in(s, "April 2025", Kind::kDate, "2025-04");
  std::string t1 =
      "Myanmar's junta declared a temporary ceasefire in the civil war on April 14, 2025.";
  auto p1 = passage("d1", "example.com", t1);
  p1.claims = {source_claim(p1, "April 14, 2025", Kind::kDate, "2025-04-14")};
  auto f1 = shipped().judge(c, context(), {p1});
  CHECK(f1.verdict == Verdict::kSupported);
  CHECK(f1.rule == "date.match");

  std::string t2 =
      "Myanmar's junta declared a temporary ceasefire in the civil war on March 31, 2025.";
  auto p2 = passage("d2", "example.com", t2);
  p2.claims = {source_claim(p2, "March 31, 2025", Kind::kDate, "2025-03-31")};
  auto f2 = shipped().judge(c, context(), {p2});
  CHECK(f2.verdict == Verdict::kContradicted);
  CHECK(f2.rule == "date.mismatch");
}

TEST_CASE("a date of another event in the same passage does not contradict", "[rules]") {
  auto c =
      claim_in("Ottawa announced on Monday, Oct. 14, that it was expelling six Indian diplomats.",
               "Monday, Oct. 14", Kind::kDate, "2024-10-14");
  auto p = passage("d1", "thehindu.com",
                   "Canada expelled six Indian diplomats on October 14, 2024. The MEA said they "
                   "must leave India by 11:59 PM on Saturday, October 19, 2024.");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kSupported);
}

TEST_CASE("a range end in the source contradicts a different end date", "[rules]") {
  auto c = claim_in("The military in Myanmar declared a ceasefire that will last until April 30.",
                    "April 30", Kind::kDate, "2025-04-30");
  auto p = passage("d1", "example.com",
                   "Myanmar's military declared a temporary ceasefire lasting until April 22 to "
                   "ease relief work.",
                   "2025-04-03");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.explanation.find("April 22, 2025") != std::string::npos);
}

TEST_CASE("sources disagreeing evenly make the claim disputed", "[rules]") {
  auto c = count_claim("The AfD won 152 seats in the Bundestag.", "152 seats", 152, "", "seat");
  auto p1 = passage("d1", "a.example", "In the Bundestag the AfD won 152 seats.");
  auto p2 = passage("d2", "b.example", "In the Bundestag the AfD won 151 seats.");
  auto f = shipped().judge(c, context(), {p1, p2});
  CHECK(f.verdict == Verdict::kDisputed);
  CHECK(f.evidence.size() == 2);
  CHECK(f.explanation.find("151") != std::string::npos);
}

TEST_CASE("a lone low-tier dissent does not dispute a well-supported count", "[rules]") {
  auto c = count_claim("A 6.4-magnitude aftershock hit Myanmar 11 minutes later.", "6.4", 6.4);
  std::vector<Passage> ps = {
      passage("d1", "a.example", "In Myanmar a 6.4 aftershock followed 11 minutes later.", "", 1),
      passage("d2", "b.example", "Myanmar was hit by a 6.4 aftershock.", "", 1),
      passage("d3", "c.example", "Myanmar: a strong 6.4 aftershock followed.", "", 2),
      passage("d4", "junk.example", "In Myanmar a magnitude 6.7 aftershock came 11 minutes later.",
              "", 3)};
  auto f = shipped().judge(c, context(), ps);
  CHECK(f.verdict == Verdict::kSupported);
  CHECK(f.explanation.find("6.7") != std::string::npos);
}

TEST_CASE("a rising toll superseded by later sources is supported but outdated", "[rules]") {
  auto c =
      count_claim("The quake in Myanmar has killed 1,644 people, the junta said.", "1,644", 1644);
  std::vector<Passage> ps = {
      passage("d1", "a.example", "The quake in Myanmar killed 1,644 people, the junta said.",
              "2025-03-29"),
      passage("d2", "b.example", "The quake in Myanmar has killed 3,085 people.", "2025-04-03")};
  auto f = shipped().judge(c, context("", "2025-03-30"), ps);
  CHECK(f.verdict == Verdict::kSupported);
  CHECK(f.status == "outdated");
  CHECK(f.rule == "count.superseded");
  CHECK(f.explanation.find("superseded on 2025-04-03 by 3,085") != std::string::npos);
}

TEST_CASE(
    "words or a title a source gave long before the article's time do not outweigh a "
    "current source",
    "[rules]") {
  // Kind (sixth and seventh blind trials): last season's report gave « Il reste neuf
  // journées, rien n'est fait » to the captain, this week's gives the same words to the
  // goalkeeper; a 2024 story named Richard Vance chief executive, this week's chief operating
  // officer. The old source made a misattribution disputed and an outdated title supported.
  // A source published count.stale_source_days or more before the claim's time tells of then:
  // against a current source it is no evidence. Alone it still supports. English and French.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, span, kind, old_text,
        current_text] = GENERATE(table<std::string, std::string, Kind, std::string, std::string>({
      {"\"Nothing is decided yet,\" captain Tom Ridley said after the match.",
       "Nothing is decided yet", Kind::kQuote,
       "\"Nothing is decided yet,\" captain Tom Ridley said after the match.",
       "\"Nothing is decided yet,\" goalkeeper Sam Oduya said after the match."},
      {"« Rien n'est fait », a déclaré le capitaine Yanis Marot après le match.", "Rien n'est fait",
       Kind::kQuote, "« Rien n'est fait », a déclaré le capitaine Yanis Marot après le match.",
       "« Rien n'est fait », a déclaré le gardien Kevin Lobel après le match."},
      {"Chief executive Helen Marsh said the port would reopen on Friday.",
       "Chief executive Helen Marsh", Kind::kRole,
       "Chief executive Helen Marsh said the port would reopen on Friday.",
       "Helen Marsh, the company's chief operating officer, said the port would reopen."},
  }));
  CAPTURE(claim_text, current_text);
  auto a = article(claim_text, span, "2026-03-16", kind);
  CHECK(judged(a, {source("old", old_text, "2025-03-10")}) == Verdict::kSupported);
  CHECK(judged(a, {source("old", old_text, "2025-03-10"),
                   source("now", current_text, "2026-03-15")}) == Verdict::kContradicted);
  // A source of the claim's time agreeing still makes the dispute.
  CHECK(judged(a, {source("old", old_text, "2025-03-10"), source("now", current_text, "2026-03-15"),
                   source("now2", old_text, "2026-03-15")}) != Verdict::kContradicted);
}

TEST_CASE("an office with a portfolio the claim's title lacks does not confirm it", "[rules]") {
  // Kind (a seventh blind trial): « le directeur du site, Laurent Bessières » was supported by
  // « Laurent Bessières, directeur des ressources humaines du site »: the head title and the
  // site shared, the portfolio the source adds ignored. The human resources director is not
  // the site's director. The office read without the portfolio still confirms. English and
  // French.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, span, source_text,
        expected] = GENERATE(table<std::string, std::string, std::string, Verdict>({
      {"Le directeur du site, Laurent Bessan, a annoncé la fermeture de l'atelier.",
       "Laurent Bessan",
       "« C'est douloureux », a déclaré Laurent Bessan, directeur des ressources humaines du "
       "site.",
       Verdict::kUnverified},
      {"Le directeur du site, Laurent Bessan, a annoncé la fermeture de l'atelier.",
       "Laurent Bessan", "« C'est douloureux », a déclaré Laurent Bessan, directeur du site.",
       Verdict::kSupported},
      {"The plant's director, Laurent Bessan, announced the closure of the workshop.",
       "Laurent Bessan", "\"It is painful,\" said Laurent Bessan, the plant's finance director.",
       Verdict::kUnverified},
  }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, span, "2026-03-16", Kind::kRole);
  CHECK(judged(a, {source("s1", source_text, "2026-03-15")}) == expected);
}

TEST_CASE("another person's office that names the claim's person is not their office", "[rules]") {
  // Kind (a tenth blind trial): « L'avocat de Gérard Le Bihan, Me Yann Kerhervé » contradicted
  // "the former director, Gérard Le Bihan": the lawyer's office was read as the person named
  // in its complement. So too "Jane Roe's lawyer, Tom Hill" and "the lawyer of Jane Roe". And
  // an office read after an age set off by commas, opened by an article elided into its
  // modifier (« L'ancienne directrice »), confirms it.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, span, source_text, expected] =
      GENERATE(table<std::string, std::string, std::string, Verdict>({
          {"La directrice de l'usine, Jeanne Rocher, a été condamnée mardi.", "Jeanne Rocher",
           "L'avocat de Jeanne Rocher, Me Tom Hilaire, a dit qu'elle ferait appel.",
           Verdict::kUnverified},
          {"The plant manager, Jane Roe, was sentenced on Tuesday.", "Jane Roe",
           "Jane Roe's lawyer, Tom Hill, said she would appeal.", Verdict::kUnverified},
          {"The plant manager, Jane Roe, was sentenced on Tuesday.", "Jane Roe",
           "Tom Hill, the lawyer of Jane Roe, said she would appeal.", Verdict::kUnverified},
          {"L'ancienne directrice de l'usine Cortal, Jeanne Rocher, a été condamnée mardi.",
           "Jeanne Rocher",
           "Le tribunal a jugé Jeanne Rocher, 61 ans, ancienne directrice de l'usine Cortal.",
           Verdict::kSupported},
      }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, span, "2026-03-16", Kind::kRole);
  CHECK(judged(a, {source("s1", source_text, "2026-03-15")}) == expected);
}

TEST_CASE("the same title with another specifier is another office", "[rules]") {
  // Kind (a tenth blind trial): "Northsound's managing director, Colin Rennie" was left
  // unverified by "Colin Rennie, Northsound's operations director": the head title shared, the
  // source's portfolio where the claim's specifier is missing read as no stance. They are two
  // offices of one company. A title given without a specifier is still no other office.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, span, source_text,
        expected] = GENERATE(table<std::string, std::string, std::string, Verdict>({
      {"Harbourline's managing director, Colin Rennie, said the offer was fair.", "Colin Rennie",
       "Colin Rennie, Harbourline's operations director, said the offer was fair.",
       Verdict::kContradicted},
      {"Le directeur général d'Harbourline, Colin Rennie, a jugé l'offre équitable.",
       "Colin Rennie",
       "Colin Rennie, directeur des opérations d'Harbourline, a jugé l'offre équitable.",
       Verdict::kContradicted},
      {"Harbourline's director, Colin Rennie, said the offer was fair.", "Colin Rennie",
       "Colin Rennie, Harbourline's operations director, said the offer was fair.",
       Verdict::kUnverified},
  }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, span, "2026-06-10", Kind::kRole);
  CHECK(judged(a, {source("s1", source_text, "2026-06-09")}) == expected);
}

TEST_CASE("a title abbreviated as British copy writes it is the title spelt out", "[rules]") {
  // Kind (an eleventh blind trial): "Det Insp Kieran Moss said" gave no role, and a source's
  // "Cllr Bell said" gave words to "Cllr Bell", another person than the "Nadia Bell" the source
  // had just named, so the story's quote was called misattributed. Police ranks and council
  // titles abbreviated ("Det", "Insp", "Ch Supt", "Sgt", "Cllr") are those titles. English
  // only: French copy spells titles out. Another rank is still another office, and words a
  // source gives to another councillor are still misattributed.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, span, kind, source_text,
        expected] = GENERATE(table<std::string, std::string, Kind, std::string, Verdict>({
      {"Det Insp Kieran Moss said officers were keeping an open mind.", "Kieran Moss", Kind::kRole,
       "Detective Inspector Kieran Moss said officers were keeping an open mind.",
       Verdict::kSupported},
      {"Ch Supt Ann Vale said the road would reopen on Friday.", "Ann Vale", Kind::kRole,
       "Chief Superintendent Ann Vale said the road would reopen on Friday.", Verdict::kSupported},
      {"Det Sgt Kieran Moss said officers were keeping an open mind.", "Kieran Moss", Kind::kRole,
       "Detective Sergeant Kieran Moss said officers were keeping an open mind.",
       Verdict::kSupported},
      {"Insp Kieran Moss said officers were keeping an open mind.", "Kieran Moss", Kind::kRole,
       "Superintendent Kieran Moss said officers were keeping an open mind.",
       Verdict::kContradicted},
      {"\"We will not let anyone face this alone,\" said Nadia Bell, who announced a fund.",
       "We will not let anyone face this alone", Kind::kQuote,
       "Deputy council leader Nadia Bell announced a fund. \"We will not let anyone face this "
       "alone,\" Cllr Bell said.",
       Verdict::kSupported},
      {"\"We will not let anyone face this alone,\" said Nadia Bell, who announced a fund.",
       "We will not let anyone face this alone", Kind::kQuote,
       "Deputy council leader Nadia Bell announced a fund. \"We will not let anyone face this "
       "alone,\" Cllr Rawe said.",
       Verdict::kContradicted},
  }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, span, "2026-08-12", kind);
  CHECK(judged(a, {source("s1", source_text, "2026-08-11")}) == expected);
}

TEST_CASE("a word of the claim's office that opens the source's sentence is no organisation",
          "[rules]") {
  // Kind (an eleventh blind trial): "The ASU's branch president at Kingsmead, Dr Ruth Kamara"
  // was contradicted by "Branch president Dr Ruth Kamara said": "Branch", capitalised where
  // it opens the sentence, was read as another organisation. A word of the claim's own office
  // is none; the source's document still names the claim's organisations. Another title
  // sharing only that word ("Branch secretary") is another office. The French row is a guard:
  // French puts the title after its capital.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, source_text, expected] = GENERATE(table<std::string, std::string, Verdict>({
      {"The ASU's branch president at Kingsmead, Dr Ruth Kamara, said the cuts would fall "
       "hardest on languages.",
       "The Academic Staff Union (ASU) at Kingsmead balloted members. Branch president Dr Ruth "
       "Kamara said the cuts would fall hardest on languages.",
       Verdict::kSupported},
      {"The ASU's branch president at Kingsmead, Dr Ruth Kamara, said the cuts would fall "
       "hardest on languages.",
       "The Academic Staff Union (ASU) at Kingsmead balloted members. Branch secretary Dr Ruth "
       "Kamara said the cuts would fall hardest on languages.",
       Verdict::kContradicted},
      {"La secrétaire de section de l'ASU à Kingsmead, Ruth Kamara, a dénoncé les coupes dans "
       "les lettres.",
       "Le syndicat ASU de Kingsmead a consulté ses adhérents. Secrétaire de section, Ruth "
       "Kamara a dénoncé les coupes dans les lettres.",
       Verdict::kSupported},
  }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, "Ruth Kamara", "2026-03-03", Kind::kRole);
  auto p = source("s1", source_text, "2026-02-16");
  // The names the engine gives a source's document (engine/src/mentions.cpp): its capitalised
  // words, folded.
  std::string word;
  for (char ch : source_text + " ") {
    if (std::isalpha(static_cast<unsigned char>(ch)) || (ch & 0x80)) {
      word += ch;
      continue;
    }
    if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0]))) {
      std::transform(word.begin(), word.end(), word.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      p.document_names.push_back(word);
    }
    word.clear();
  }
  CHECK(judged(a, {p}) == expected);
}

TEST_CASE("a title word that makes another rank must be in the source's office", "[rules]") {
  // Kind (seen while fixing an eleventh blind trial's ranks): "Chief Inspector Kieran Moss" was
  // confirmed by "Inspector Kieran Moss", "Prime Minister Theo Ashworth" by "Minister Theo
  // Ashworth": a capitalised word beside the head title was read as an organisation's and left
  // out. A title word there makes the office another rank; a source without it does not
  // confirm the claim's. The same rank is still confirmed; French writes the rank after the
  // title (« commissaire principal »), a guard.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, source_text, expected] = GENERATE(table<std::string, std::string, Verdict>({
      {"Chief Inspector Kieran Moss said officers were keeping an open mind.",
       "Inspector Kieran Moss said officers were keeping an open mind.", Verdict::kUnverified},
      {"Prime Minister Kieran Moss said the talks would go on.",
       "Minister Kieran Moss said the talks would go on.", Verdict::kUnverified},
      {"Chief Inspector Kieran Moss said officers were keeping an open mind.",
       "Chief Inspector Kieran Moss said officers were keeping an open mind.", Verdict::kSupported},
      {"Le commissaire principal Kieran Moss a appelé à la prudence.",
       "Le commissaire principal Kieran Moss a appelé à la prudence.", Verdict::kSupported},
  }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, "Kieran Moss", "2026-08-12", Kind::kRole);
  CHECK(judged(a, {source("s1", source_text, "2026-08-11")}) == expected);
}

TEST_CASE("a confirmed office is named as the claim writes it with its qualifier", "[rules]") {
  // Kind (a new user's report): "Fire chief Marie-Claude Tremblay", confirmed by a source that
  // writes the same, was explained as "confirms 'chief'": the capitalised qualifier, read as
  // the office's organisation, was left out of the explanation, where a contradiction names
  // the office whole. English and French.
  using verify::test::article;
  using verify::test::judge;
  using verify::test::source;
  auto [claim_text, name, source_text, shown] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"Fire chief Dana Whitcombe said the blaze was under control.", "Dana Whitcombe",
           "Fire chief Dana Whitcombe said the blaze was under control by 4 a.m.", "'Fire chief'"},
          {"Le préfet de la Manche, Gilles Arnaud, a salué les secours.", "Gilles Arnaud",
           "Le préfet de la Manche, Gilles Arnaud, a salué le travail des secours.",
           "'préfet de la Manche'"},
          // A fifteenth blind trial: Quebec's honorific « la Dre » before the holder (lexicon
          // role_modifiers), as "Dr" was.
          {"Le rapport a été signé par la directrice régionale de santé publique, la Dre Hélène "
           "Roy.",
           "Hélène Roy",
           "« Ces décès étaient évitables », a déclaré la Dre Hélène Roy, directrice régionale "
           "de santé publique.",
           "'directrice régionale de santé publique'"},
      }));
  CAPTURE(claim_text);
  auto a = article(claim_text, name, "2026-08-12", Kind::kRole);
  auto f = judge(a, {source("s1", source_text, "2026-08-11")});
  CAPTURE(f.explanation);
  CHECK(f.verdict == Verdict::kSupported);
  CHECK(f.explanation.find("confirms " + shown) != std::string::npos);
}

TEST_CASE("a role given the same title is supported, another title contradicts", "[rules]") {
  Claim c =
      claim_in("RCMP Commissioner Mike Duheme said agents were linked to homicides.",
               "RCMP Commissioner Mike Duheme", Kind::kRole, "Mike Duheme | RCMP Commissioner");
  c.speaker = "Mike Duheme";
  c.role = "RCMP Commissioner";
  auto p1 =
      passage("d1", "a.example", "The claims came from RCMP Commissioner Mike Duheme on Monday.");
  CHECK(shipped().judge(c, context(), {p1}).verdict == Verdict::kSupported);
  auto p2 = passage("d2", "b.example", "Deputy Minister Mike Duheme spoke to reporters.");
  auto f = shipped().judge(c, context(), {p2});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.rule == "role.mismatch");
}

TEST_CASE("a namesake with another given name is not the person of a role claim", "[rules]") {
  Claim c = claim_in("Foreign Minister Mélanie Joly spoke.", "Foreign Minister Mélanie Joly",
                     Kind::kRole, "Mélanie Joly | Foreign Minister");
  c.speaker = "Mélanie Joly";
  c.role = "Foreign Minister";
  auto p = passage("d1", "a.example", "The expelled include First Secretary Marie Catherine Joly.");
  CHECK(shipped().judge(c, context(), {p}).verdict == Verdict::kUnverified);
}

TEST_CASE("verdict does not depend on passage order", "[rules]") {
  auto c = count_claim("The AfD won 152 seats in the Bundestag.", "152 seats", 152, "", "seat");
  std::vector<Passage> ps = {
      passage("d1", "a.example", "In the Bundestag the AfD won 152 seats.", "", 1),
      passage("d2", "b.example", "In the Bundestag the AfD won 151 seats.", "", 3),
      passage("d3", "c.example", "Bundestag seats: AfD 152, SPD 120.", "", 2),
      passage("d4", "d.example", "The AfD will have 152 seats in the new Bundestag.")};
  auto reference = shipped().judge(c, context(), ps);
  std::vector<int> perm = GENERATE(std::vector<int>{0, 1, 2, 3}, std::vector<int>{3, 2, 1, 0},
                                   std::vector<int>{1, 3, 0, 2}, std::vector<int>{2, 0, 3, 1},
                                   std::vector<int>{1, 0, 3, 2});
  std::vector<Passage> shuffled;
  for (int i : perm) shuffled.push_back(ps[i]);
  auto f = shipped().judge(c, context(), shuffled);
  CHECK(f.verdict == reference.verdict);
  CHECK(f.rule == reference.rule);
  CHECK(f.confidence == Approx(reference.confidence));
  CHECK(f.explanation == reference.explanation);
  REQUIRE(f.evidence.size() == reference.evidence.size());
  for (std::size_t i = 0; i < f.evidence.size(); ++i) {
    CHECK(f.evidence[i].passage.doc_id == reference.evidence[i].passage.doc_id);
  }
}

TEST_CASE("evidence snippets are short, cut on UTF-8 boundaries and mark the value", "[rules]") {
  auto c = count_claim("Algeria responded by expelling 12 French officials.", "12 French officials",
                       12, "", "official");
  std::string filler;
  for (int i = 0; i < 30; ++i) filler += "Relations between Algérie and France — été. ";
  auto p = passage("d1", "example.com",
                   filler + "Algeria expelled 12 French officials on Monday. " + filler);
  auto f = shipped().judge(c, context(), {p});
  REQUIRE(f.evidence.size() == 1);
  const auto& e = f.evidence[0];
  CHECK(e.snippet.size() <= 260);
  CHECK(e.snippet.substr(e.mark_start, e.mark_end - e.mark_start) == "12");
  auto lead = static_cast<unsigned char>(e.snippet.front());
  CHECK((lead & 0xC0) != 0x80);
  std::size_t i = e.snippet.size();
  while (i > 0 && (static_cast<unsigned char>(e.snippet[i - 1]) & 0xC0) == 0x80) --i;
  REQUIRE(i > 0);
  auto last_lead = static_cast<unsigned char>(e.snippet[i - 1]);
  std::size_t need = last_lead < 0x80 ? 1 : last_lead >= 0xF0 ? 4 : last_lead >= 0xE0 ? 3 : 2;
  CHECK(e.snippet.size() - (i - 1) == need);
}

TEST_CASE("an evidence excerpt shows a passage's line breaks and blank lines as one space",
          "[rules]") {
  // Kind: a passage over paragraphs or table rows. Its excerpt printed raw blank lines in the
  // middle of a one-line evidence entry of the report (a new-user trial); English and French.
  for (const auto& [source, value, mark] :
       {std::tuple{std::string("Algeria expelled diplomats.\n\n\tOn Monday it named\n12 French "
                               "officials   in all.\r\n"),
                   12.0, std::string("12")},
        std::tuple{std::string("L'Algérie a expulsé des diplomates.\n\nLundi, elle a "
                               "expulsé\n12 agents français au total."),
                   12.0, std::string("12")}}) {
    CAPTURE(source);
    auto c = count_claim("Algeria responded by expelling 12 French officials.",
                         "12 French officials", value, "", "official");
    auto f = shipped().judge(c, context(), {passage("d1", "example.com", source)});
    REQUIRE_FALSE(f.evidence.empty());
    const auto& e = f.evidence[0];
    CAPTURE(e.snippet);
    CHECK(e.snippet.find_first_of("\n\r\t") == std::string::npos);
    CHECK(e.snippet.find("  ") == std::string::npos);
    CHECK(e.snippet.front() != ' ');
    CHECK(e.snippet.back() != ' ');
    CHECK(e.snippet.substr(e.mark_start, e.mark_end - e.mark_start) == mark);
  }
}

TEST_CASE("no passages gives an unverified finding that says what is missing", "[rules]") {
  auto c = count_claim("The quake damaged more than 1,200 pagodas in Bagan.", "1,200 pagodas", 1200,
                       "more than", "pagoda");
  auto f = shipped().judge(c, context(), {});
  CHECK(f.verdict == Verdict::kUnverified);
  CHECK(f.rule == "none");
  CHECK(f.explanation.rfind("No source found that gives", 0) == 0);
}

TEST_CASE("plans start specific: counts require the counted noun's class", "[rules]") {
  auto c = count_claim("Algeria responded by expelling 12 French officials.", "12 French officials",
                       12, "", "official");
  auto plans = shipped().plan(c, context());
  REQUIRE(!plans.empty());
  const auto& first = plans.front().required.front();
  CHECK(std::find(first.begin(), first.end(), "diplomats") != first.end());
  const auto& opt = plans.front().optional;
  CHECK(std::find(opt.begin(), opt.end(), "12") != opt.end());
  CHECK(std::find(opt.begin(), opt.end(), "algeria") != opt.end());
}

TEST_CASE("quote plans search the phrase first, then its distinctive words", "[rules]") {
  auto c = quote_claim("Nunez described the aim as \"normal security relations\" with Algeria.",
                       "normal security relations", "Laurent Nunez");
  auto plans = shipped().plan(c, context());
  REQUIRE(plans.size() == 2);
  CHECK(plans[0].required == std::vector<std::vector<std::string>>{{"normal security relations"}});
  CHECK(plans[1].required.front().size() >= 2);
  CHECK(plans[0].optional == std::vector<std::string>{"nunez"});
}

TEST_CASE("malformed rule file names file, line and field", "[rules]") {
  std::string json =
      "{\n"
      "  \"version\": 1,\n"
      "  \"kind\": \"lexicon\",\n"
      "  \"hedges\": [\n"
      "    {\"words\": [\"about\"], \"below\": 0.05, \"above\": 0.05},\n"
      "    {\"words\": [\"at least\"],\n"
      "     \"below\": 0, \"above\": \"lots\"}\n"
      "  ]\n"
      "}\n";
  try {
    RuleSet::parse(json, "rules/lexicon.json");
    FAIL("no error");
  } catch (const RuleError& e) {
    std::string msg = e.what();
    CHECK(msg.find("rules/lexicon.json:7:") == 0);
    CHECK(msg.find("field 'hedges[1].above'") != std::string::npos);
    CHECK(msg.find("expected a number between 0 and 1") != std::string::npos);
  }
  std::string count = "{\n  \"version\": 1,\n  \"kind\": \"count\",\n  \"source_bound_cap\": -2\n}";
  CHECK_THROWS_WITH(RuleSet::parse(count, "count.json"),
                    Catch::Contains("count.json:4: field 'source_bound_cap'"));
}

TEST_CASE("unknown field in rule file is rejected", "[rules]") {
  std::string json =
      "{\n  \"version\": 1,\n  \"kind\": \"verdict\",\n  \"dispute_min_shar\": 0.3\n}";
  CHECK_THROWS_WITH(RuleSet::parse(json, "verdict.json"),
                    Catch::Contains("verdict.json:4: unknown field 'dispute_min_shar'"));
  std::string nested =
      "{\"version\": 1, \"kind\": \"lexicon\",\n \"classes\": [{\"name\": \"x\", \"froms\": "
      "[\"a\"]}]}";
  CHECK_THROWS_WITH(RuleSet::parse(nested, "lexicon.json"),
                    Catch::Contains("lexicon.json:2: unknown field 'classes[0].froms'"));
}

TEST_CASE("a JSON syntax error names the file and the line", "[rules]") {
  std::string json = "{\n  \"version\": 1,\n  \"kind\": \"date\",\n  \"window_words\": 8,,\n}";
  CHECK_THROWS_WITH(RuleSet::parse(json, "date.json"),
                    Catch::StartsWith("date.json:4: invalid JSON"));
}

TEST_CASE("a missing version or an unknown kind is an error", "[rules]") {
  CHECK_THROWS_WITH(RuleSet::parse("{\"kind\": \"date\"}", "x.json"),
                    Catch::Contains("field 'version': missing"));
  CHECK_THROWS_WITH(RuleSet::parse("{\"version\": 1, \"kind\": \"dates\"}", "x.json"),
                    Catch::Contains("unknown kind 'dates'"));
}

TEST_CASE("a rules directory with two files of one kind is rejected", "[rules]") {
  auto dir = std::filesystem::temp_directory_path() / "verify-rules-dup-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const char* name : {"a.json", "b.json"}) {
    std::ofstream(dir / name) << "{\"version\": 1, \"kind\": \"quote\"}";
  }
  CHECK_THROWS_WITH(RuleSet::load(dir), Catch::Contains("another file already defines quote"));
  std::filesystem::remove_all(dir);
  CHECK_THROWS_AS(RuleSet::load(dir), RuleError);
}

TEST_CASE("the article's own dateline is not judged against the sources", "[rules]") {
  auto c = claim_in("CALVERA, March 12, 2026 —", "March 12, 2026", Kind::kDate, "2026-03-12");
  c.flags = {"dateline"};
  auto p = passage("d1", "example.com", "Talks collapsed on March 10, 2026, the ministry said.",
                   "2026-03-10");
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kUnverified);
  CHECK(f.rule == "date.dateline");
}

TEST_CASE("a source's dateline date is no evidence about the event", "[rules]") {
  auto c = claim_in("Ottawa announced on Oct. 14 that it was expelling six Indian diplomats.",
                    "Oct. 14", Kind::kDate, "2024-10-14");
  auto p = passage("d1", "example.com",
                   "Reuters, New Delhi, Oct. 16: India announced that it was expelling six "
                   "Canadian diplomats.");
  auto dl = source_claim(p, "Oct. 16", Kind::kDate, "2024-10-16");
  dl.flags = {"dateline"};
  p.claims = {dl};
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict != Verdict::kContradicted);
  CHECK(f.verdict != Verdict::kDisputed);
}

TEST_CASE("a vague relative span like 'this week' is never contradicted", "[rules]") {
  auto c = claim_in("The strike at the port showed no sign of ending this week.", "this week",
                    Kind::kDate, "2026-03-09");
  c.date_end = "2026-03-15";
  c.flags = {"relative"};
  auto p =
      passage("d1", "example.com", "The strike at the port began on March 2, 2026.", "2026-03-02");
  p.claims = {source_claim(p, "March 2, 2026", Kind::kDate, "2026-03-02")};
  auto f = shipped().judge(c, context("", "2026-03-12"), {p});
  CHECK(f.verdict != Verdict::kContradicted);
  CHECK(f.verdict != Verdict::kDisputed);
}

TEST_CASE("'at least 60 cargo ships' is not supported by 310,000 passengers nearby", "[rules]") {
  auto c = count_claim("At least 60 cargo ships were waiting at anchor outside the harbour.",
                       "At least 60", 60, "at least", "ship");
  c.noun = "cargo ships";
  auto p = passage("d1", "example.com",
                   "A record 94 cruise ships called at the harbour in 2025. Cruise passenger "
                   "numbers rose 12% to 310,000.");
  auto ships = source_claim(p, "94", Kind::kCount, "94");
  ships.number = 94;
  ships.noun = "cruise ships";
  ships.head = "ship";
  auto pax = source_claim(p, "310,000", Kind::kCount, "310000");
  pax.number = 310000;
  p.claims = {ships, pax};
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict == Verdict::kUnverified);
}

TEST_CASE("a count of a kind of thing is not contradicted by the total", "[rules]") {
  auto c =
      count_claim("The filing shows 1,510 office-based employees lost their jobs in the state.",
                  "1,510", 1510, "", "employee");
  c.noun = "office-based employees";
  auto p = passage("d1", "example.com",
                   "The company said it is laying off about 6,000 employees worldwide.");
  auto total = source_claim(p, "about 6,000", Kind::kCount, "6000");
  total.number = 6000;
  total.hedge = "about";
  total.noun = "employees";
  total.head = "employee";
  p.claims = {total};
  auto f = shipped().judge(c, context(), {p});
  CHECK(f.verdict != Verdict::kContradicted);
  CHECK(f.verdict != Verdict::kDisputed);
}

TEST_CASE("dissenting sources that disagree among themselves do not make a dispute", "[rules]") {
  auto c = claim_in("The company had 228,000 employees as of June 2024.", "June 2024", Kind::kDate,
                    "2024-06");
  std::vector<Passage> ps;
  auto add = [&](const std::string& id, const std::string& month, const std::string& iso) {
    auto p = passage(id, id + ".example",
                     "The company had 228,000 employees as of " + month + ", it said.");
    p.claims = {source_claim(p, month, Kind::kDate, iso)};
    ps.push_back(p);
  };
  add("a", "June 2024", "2024-06");
  add("b", "June 2024", "2024-06");
  add("c", "June 2024", "2024-06");
  add("d", "June 2022", "2022-06");
  add("e", "June 2023", "2023-06");
  auto f = shipped().judge(c, context(), ps);
  CHECK(f.verdict == Verdict::kSupported);
}

TEST_CASE("a rising toll superseded before the article was written is contradicted as outdated",
          "[rules]") {
  auto c = count_claim("Hospital officials said 31 people were injured in the clashes.", "31", 31,
                       "", "");
  auto early =
      passage("a", "a.example", "Hospital officials said 31 people were injured.", "2026-03-09");
  auto later =
      passage("b", "b.example", "Hospital officials said 37 people were injured.", "2026-03-10");
  auto n31 = source_claim(early, "31", Kind::kCount, "31");
  n31.number = 31;
  early.claims = {n31};
  auto n37 = source_claim(later, "37", Kind::kCount, "37");
  n37.number = 37;
  later.claims = {n37};
  auto f = shipped().judge(c, context("", "2026-03-12"), {early, later});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.status == "outdated");
  CHECK(f.explanation.find("2026-03-10") != std::string::npos);
  SECTION("but only supported-and-outdated when the newer figure came after the article") {
    auto g = shipped().judge(c, context("", "2026-03-09"), {early, later});
    CHECK(g.verdict == Verdict::kSupported);
    CHECK(g.status == "outdated");
  }
}

TEST_CASE("a toll of a dated happening is the toll known when the article was written", "[rules]") {
  // Kind (a fourteenth blind trial): « 14 ont été blessées dans l'incendie qui a ravagé
  // dimanche », written on Tuesday, stayed supported-and-outdated though Monday's toll was 17:
  // the figure's time was read as Sunday, the fire's day, and 17 came after it. A toll's time
  // is when it was counted; only a tally dated as such ("as of Sunday") is its day's. English
  // and French.
  using verify::test::article;
  using verify::test::source;
  auto [claim_text, span, first, later, expected] =
      GENERATE(table<std::string, std::string, std::string, std::string, Verdict>({
          {"Trois personnes sont mortes et 11 ont été blessées dans l'incendie qui a ravagé "
           "samedi un entrepôt de Corvale.",
           "11",
           "Incendie d'un entrepôt à Corvale samedi : bilan provisoire, trois morts et 11 "
           "blessés.",
           "Le bilan de l'incendie de samedi à Corvale s'établit à trois morts et 15 blessés.",
           Verdict::kContradicted},
          {"Three people died and 11 were injured in the fire that swept through a Corvale "
           "warehouse on Saturday.",
           "11", "A fire swept through a Corvale warehouse on Saturday: three dead, 11 injured.",
           "The toll of Saturday's warehouse fire in Corvale rose to three dead and 15 injured.",
           Verdict::kContradicted},
          {"As of Saturday evening, 11 people had been injured in the Corvale warehouse fire.",
           "11", "A fire swept through a Corvale warehouse on Saturday: three dead, 11 injured.",
           "The toll of Saturday's warehouse fire in Corvale rose to three dead and 15 injured.",
           Verdict::kSupported},
      }));
  CAPTURE(claim_text);
  auto a = article(claim_text, span, "2026-05-12", Kind::kCount);
  auto f = verify::test::judge(
      a, {source("s1", first, "2026-05-09"), source("s2", later, "2026-05-11")});
  CHECK(f.verdict == expected);
  CHECK(f.status == "outdated");
  // A toll reported again after the article too: the one published by the article's date
  // decides, and is the one named, as for a toll with no day of its own.
  auto g = verify::test::judge(
      a, {source("s1", first, "2026-05-09"), source("s2", later, "2026-05-11"),
          source("s3",
                 "The toll of Saturday's warehouse fire in Corvale rose again, to three dead "
                 "and 19 injured.",
                 "2026-05-14")});
  CHECK(g.verdict == expected);
  if (expected == Verdict::kContradicted)
    CHECK(g.explanation.find("superseded on 2026-05-11") != std::string::npos);
}

TEST_CASE("a toll superseded before the article and again after it is contradicted", "[rules]") {
  // Kind: a rising toll reported again after the article too; the figure that decides whether
  // the article was out of date is the one published by its date, not the newest overall.
  auto c = count_claim("The storm has killed 12 people, the governor said.", "12", 12);
  auto early =
      passage("a", "a.example", "The storm has killed 12 people, the governor said.", "2026-03-02");
  auto before =
      passage("b", "b.example", "The storm has killed 15 people, officials said.", "2026-03-05");
  auto after = passage("c", "c.example", "The storm has now killed 19 people, officials said.",
                       "2026-03-09");
  auto f = shipped().judge(c, context("", "2026-03-06"), {early, before, after});
  CHECK(f.verdict == Verdict::kContradicted);
  CHECK(f.status == "outdated");
  CHECK(f.explanation.find("superseded on 2026-03-05") != std::string::npos);
}

TEST_CASE("a toll of people is compared with a toll written as the dead, in either language",
          "[rules]") {
  // Kind: the claim counts "people" (head "person", an irregular plural) killed; the source
  // counts the dead themselves ("15 dead", « quinze morts »), with no word "people".
  Claim c = verify::test::read_source(
                passage("art", "x.example", "The storm has killed 12 people, the governor said."))
                .front();
  c.start -= kBase;
  c.end -= kBase;
  c.sentence_start -= kBase;
  c.sentence_end -= kBase;
  REQUIRE(c.head == "person");
  for (const auto* text : {"The storm has left 15 dead across the region, officials said.",
                           "La tempête a fait quinze morts dans la région, selon la préfecture."}) {
    INFO(text);
    auto f = shipped().judge(c, context(), {passage("d", "d.example", text, "2026-03-05")});
    CHECK(f.verdict == Verdict::kContradicted);
  }
}

// An article's context dated `date`, with every claim the extractor reads in it, and its last
// count claim (offsets into the article text).
std::pair<ArticleContext, Claim> article_count(const std::string& article,
                                               const std::string& date) {
  auto ctx = context(article, date);
  auto all = verify::test::read_source(passage("art", "x.example", article));
  Claim c;
  for (const auto& k : all) {
    if (k.kind == Kind::kCount) c = k;
  }
  for (auto* off : {&c.start, &c.end, &c.sentence_start, &c.sentence_end}) *off -= kBase;
  for (auto& k : all) {
    for (auto* off : {&k.start, &k.end, &k.sentence_start, &k.sentence_end}) *off -= kBase;
  }
  ctx.claims = all;
  return {ctx, c};
}

TEST_CASE("a sentence set in a place the article sets apart needs a source naming it", "[rules]") {
  // Kind (a new user's article): in a story of a Millbrook warehouse fire, "On Sunday, some 30
  // firefighters fought a blaze at the Ortega Paper warehouse in Ashgrove, where two
  // firefighters were hurt" was judged against Millbrook's sources: their "Two firefighters
  // were injured" confirmed the planted error (Ashgrove's source says one) and their 46
  // firefighters contradicted the 30. A sentence set in a place the article writes once, as a
  // place of its own, after "in", "at", « à » or « dans », and naming none of the story's
  // names, is that place's: a passage must name it. (The other place's own source, which names
  // none of the story's names, is still not read: docs/rules.md.) A sentence of the story
  // keeps its sources. English and French.
  using verify::test::article;
  using verify::test::judge;
  using verify::test::source;
  struct Row {
    std::string text, span, story_source;
    Verdict expected;
  };
  const std::string en =
      "Fire guts Millbrook warehouse\n\nMILLBROOK, May 14, 2026 — A fire destroyed the Millbrook "
      "warehouse of Harlan Textiles.\n\nMillbrook's fire chief praised the crews, and three "
      "firefighters were hurt in Millbrook.\n\nIt was the second fire in the region in a week: "
      "on Sunday, a blaze damaged a paper warehouse in Ashgrove, where two firefighters were "
      "hurt.\n";
  const std::string fr =
      "Incendie d'un entrepôt à Millbrook\n\nMILLBROOK, 14 mai 2026 — Un incendie a détruit "
      "l'entrepôt de Harlan Textiles à Millbrook.\n\nLe chef des pompiers de Millbrook a salué "
      "les équipes, et trois pompiers ont été blessés à Millbrook.\n\nC'est le deuxième "
      "incendie de la région en une semaine : dimanche, un feu a endommagé un entrepôt de "
      "papier à Ashgrove, où deux pompiers ont été blessés.\n";
  auto row = GENERATE_COPY(
      Row{en, "two",
          "The fire at the Harlan Textiles warehouse in Millbrook injured two firefighters.",
          Verdict::kUnverified},
      Row{en, "three",
          "The fire at the Harlan Textiles warehouse in Millbrook injured two firefighters.",
          Verdict::kContradicted},
      Row{fr, "deux",
          "L'incendie de l'entrepôt de Harlan Textiles à Millbrook a blessé deux pompiers.",
          Verdict::kUnverified},
      Row{fr, "trois",
          "L'incendie de l'entrepôt de Harlan Textiles à Millbrook a blessé deux pompiers.",
          Verdict::kContradicted});
  CAPTURE(row.text, row.span);
  auto a = article(row.text, row.span, "2026-05-14", Kind::kCount);
  auto f = judge(a, {source("story", row.story_source, "2026-05-13")});
  CAPTURE(f.explanation);
  CHECK(f.verdict == row.expected);
}

TEST_CASE("a source headed by a place the article sets apart in one sentence is that place's",
          "[rules]") {
  // Kind (a new user's article): a story of Valbrune's refuse strike told the neighbouring
  // town's apart in one sentence (« À Montclair, commune voisine, 40 éboueurs sont en grève
  // … »). The Montclair weekly, which names Valbrune only to place Montclair, disputed the
  // strike's first day and, as the newest source, "confirmed" the planted 8 % pay claim that
  // Valbrune's sources put at 6 %. A source headed by a name the article writes once, as a
  // place of its own outside the claim's sentence and paragraph, and by none of the names the
  // article repeats or leads with, is about that place. The place's own sentence still reads
  // it. English and French.
  using verify::test::article;
  using verify::test::judge;
  using verify::test::source;
  struct Row {
    std::string text, span, own_source, own_title, other_source, other_title;
    Verdict expected_story, expected_aside;
    std::string aside_span;
  };
  auto row = GENERATE(
      Row{"Grève des éboueurs à Valbrune\n\nVALBRUNE, 14 mai 2026 — Les éboueurs de Valbrune "
          "sont en grève.\n\nLe syndicat réclame une hausse de salaire de 8 %. La mairie de "
          "Valbrune refuse.\n\nÀ Montclair, commune voisine, 40 éboueurs sont en grève et "
          "réclament une hausse de 9 %.\n",
          "8 %",
          "Les éboueurs de Valbrune se sont mis en grève le 4 mai. Ils réclament une hausse de "
          "salaire de 6 %.",
          "Valbrune : les éboueurs en grève",
          "À Montclair, commune voisine de Valbrune, 40 éboueurs se sont mis en grève le 6 mai. "
          "Ils réclament une hausse de salaire de 8 %.",
          "Montclair : grève des éboueurs", Verdict::kContradicted, Verdict::kSupported, "40"},
      Row{"Refuse strike in Valbrook\n\nVALBROOK, May 14, 2026 — Refuse collectors in Valbrook "
          "are on strike.\n\nThe union wants a pay rise of 8%. Valbrook's council refuses.\n\n"
          "In Mountclare, a neighbouring town, 40 refuse collectors went on strike for a 9% "
          "rise.\n",
          "8%",
          "Refuse collectors in Valbrook went on strike on May 4. They want a pay rise of 6%.",
          "Valbrook: refuse collectors strike",
          "In Mountclare, next to Valbrook, 40 refuse collectors went on strike on May 6. They "
          "want a pay rise of 8%.",
          "Mountclare: refuse strike", Verdict::kContradicted, Verdict::kSupported, "40"});
  CAPTURE(row.text);
  auto own = source("own", row.own_source, "2026-05-04");
  own.title = row.own_title;
  auto other = source("other", row.other_source, "2026-05-06");
  other.title = row.other_title;
  auto story = article(row.text, row.span, "2026-05-14", Kind::kPercent);
  auto f = judge(story, {own, other});
  CAPTURE(f.explanation);
  CHECK(f.verdict == row.expected_story);
  // The aside's own claim is still read from the other town's source.
  auto aside = article(row.text, row.aside_span, "2026-05-14", Kind::kCount);
  auto g = judge(aside, {own, other});
  CAPTURE(g.explanation);
  CHECK(g.verdict == row.expected_aside);
  CHECK(g.explanation.find("other.example") != std::string::npos);
}

TEST_CASE("a source naming a place in French is about the story that names it in English",
          "[rules]") {
  // Kind: English "-ia" / "-ian" names and their French "-ie" / "-ien" forms ("Tunisia" and
  // « Tunisie », "Caledonia" and « Calédonie ») are one name to the story gate.
  std::string article =
      "Tunisia's president Kais Saied dissolved parliament. Tunisia has held no vote since. "
      "Saied said Tunisia would vote in June. Clashes in Tunisia have killed 40 people.";
  auto [ctx, c] = article_count(article, "2026-03-06");
  REQUIRE(c.value == "40");
  auto french = passage("fr", "fr.example",
                        "En Tunisie, les affrontements ont fait 55 morts, selon le ministère de "
                        "l'Intérieur.",
                        "2026-03-05");
  french.document_names = {"Intérieur", "Tunisie"};
  auto f = shipped().judge(c, ctx, {french});
  CHECK(f.verdict == Verdict::kContradicted);
}

TEST_CASE("a source is gated on the names it has when judged, not those of an earlier check",
          "[rules]") {
  // Kind: the same article judged twice in one process (a desk re-running a draft), with a
  // source edited in between so that its document no longer names the story. The same-story
  // gate is decided once per document and kept for the article; the source's new names must
  // decide. The passage names the claim's place but not the story's lead, so only its
  // document's names can admit it.
  std::string article =
      "Kenya's president William Ruto ordered an inquiry. Kenya has seen protests for weeks. "
      "Ruto said Kenya would not back down. Clashes in Mombasa have killed 40 people.";
  auto [ctx, c] = article_count(article, "2026-03-06");
  REQUIRE(c.value == "40");
  auto source = passage("wire", "wire.example",
                        "Clashes in Mombasa have killed 55 people, police said.", "2026-03-05");
  source.document_names = {"Kenya", "Mombasa"};  // its document names the story
  CHECK(shipped().judge(c, ctx, {source}).verdict == Verdict::kContradicted);
  source.document_names = {"Mombasa"};  // edited: no longer about the story
  CHECK(shipped().judge(c, ctx, {source}).verdict == Verdict::kUnverified);
  source.document_names = {"Kenya", "Mombasa"};
  CHECK(shipped().judge(c, ctx, {source}).verdict == Verdict::kContradicted);
}

TEST_CASE("a rising toll is also searched in the days before the article", "[rules]") {
  // Kind: a story with many sources; the latest toll before the article must be among the
  // hits, so a plan bounded to the days up to the article's date is added for tolls only.
  auto toll = count_claim("The storm has killed 12 people, the governor said.", "12", 12);
  toll.head = "person";
  auto plans = shipped().plan(toll, context("The storm has killed 12 people.", "2026-03-06"));
  bool windowed = std::any_of(plans.begin(), plans.end(), [](const auto& p) {
    return p.published_to == "2026-03-06" && p.published_from == "2026-02-24" && p.dated_only;
  });
  CHECK(windowed);
  auto budget = count_claim("The council approved 12 new schools.", "12", 12, "", "school");
  auto other =
      shipped().plan(budget, context("The council approved 12 new schools.", "2026-03-06"));
  CHECK(std::none_of(other.begin(), other.end(),
                     [](const auto& p) { return !p.published_to.empty(); }));
}

TEST_CASE("explanations count sources, name each outlet once and say how the majority decided",
          "[rules]") {
  // Kind: one outlet carries a figure on two pages; a lone other outlet gives another figure.
  auto c = count_claim("The council closed 14 libraries, officials said.", "14", 14, "", "library");
  std::vector<Passage> ps = {
      passage("a1", "a.example", "The council closed 14 libraries, officials said.", "", 1),
      passage("a2", "a.example", "The council has closed 14 libraries this year.", "", 1),
      passage("b1", "b.example", "Officials said the council closed 14 libraries.", "", 1),
      passage("c1", "c.example", "The council closed 16 libraries, officials said.", "", 3)};
  auto f = shipped().judge(c, context(), ps);
  REQUIRE(f.verdict == Verdict::kSupported);
  INFO(f.explanation);
  CHECK(f.explanation.find("3 sources (2 outlets: a.example, b.example)") != std::string::npos);
  CHECK(f.explanation.find("The majority decides") != std::string::npos);
  // Two against two of the same tier: a dispute, explained as such.
  auto g = shipped().judge(
      c, context(),
      {passage("a1", "a.example", "The council closed 14 libraries, officials said.", "", 1),
       passage("b1", "b.example", "Officials said the council closed 14 libraries.", "", 1),
       passage("c1", "c.example", "The council closed 16 libraries, officials said.", "", 1),
       passage("d1", "d.example", "Officials said the council closed 16 libraries.", "", 1)});
  INFO(g.explanation);
  CHECK(g.verdict == Verdict::kDisputed);
  CHECK(g.explanation.find("Neither side is a clear majority") != std::string::npos);
}

TEST_CASE("protesters are counted the same in English and French", "[rules]") {
  // Kind: a protest's turnout, written "protesters" / "demonstrators" in English and
  // « manifestants » in French; the figures are compared across the two (a new user's
  // "1,500 protesters" found no French source giving « 1 500 manifestants »).
  auto claim_of = [](const char* text) {
    Claim c = verify::test::read_source(passage("art", "x.example", text)).front();
    for (auto* off : {&c.start, &c.end, &c.sentence_start, &c.sentence_end}) *off -= kBase;
    return c;
  };
  Claim en = claim_of("About 1,500 protesters marched through the town against the closure.");
  REQUIRE(en.number == 1500);
  Claim fr = claim_of("Environ 1 500 manifestants ont défilé contre la fermeture de l'hôpital.");
  REQUIRE(fr.number == 1500);
  struct Row {
    const Claim* claim;
    const char* source;
    Verdict expected;
  };
  for (const auto& row : std::vector<Row>{
           {&en, "Environ 1 500 manifestants ont défilé samedi contre la fermeture.",
            Verdict::kSupported},
           {&en, "Environ 4 000 manifestants ont défilé samedi contre la fermeture.",
            Verdict::kContradicted},
           {&fr, "Some 4,000 demonstrators marched on Saturday against the closure.",
            Verdict::kContradicted},
           {&fr, "About 1,500 protesters marched on Saturday against the closure.",
            Verdict::kSupported},
       }) {
    INFO(row.source);
    auto f = shipped().judge(*row.claim, context(),
                             {passage("d", "d.example", row.source, "2026-03-05")});
    CHECK(f.verdict == row.expected);
  }
  // The search for the English figure asks for the French word too.
  bool asks = false;
  for (const auto& plan : shipped().plan(en, context())) {
    for (const auto& group : plan.required) {
      asks = asks || std::find(group.begin(), group.end(), "manifestants") != group.end();
    }
  }
  CHECK(asks);
}

TEST_CASE("a quote an unnamed office said is not supported by a source giving it to someone else",
          "[rules][quotes]") {
  // Kind: "…," said the chief investigator, after a sentence naming the prosecutor. The quote
  // was credited to the prosecutor, and a source where she says it made it supported.
  auto src = verify::test::source(
      "s",
      "\"The evidence is overwhelming,\" prosecutor Sophie Marchal told reporters "
      "on Monday.",
      "2026-11-20");
  auto a = verify::test::article(
      "Prosecutor Sophie Marchal said investigators had seized 1,800 documents in 14 searches. "
      "\"The evidence is overwhelming,\" said the chief investigator, Tom Peeters.",
      "The evidence is overwhelming,", "2026-11-21", Kind::kQuote);
  CHECK(verify::test::judged(a, {src}) != Verdict::kSupported);
}

TEST_CASE("a speaker named by the given name alone is the source's person of that name",
          "[rules]") {
  // Kind (a blind trial, t25): "\"Mum was strong as an ox,\" her daughter Janine said" was
  // called misattributed against "Her daughter, Janine Fraser, said … \"Mum was strong as an
  // ox,\" she said": a one-word speaker was compared as a surname only. A relative or an
  // interviewee the story names by the given name is the source's person of that given name;
  // one of another given name is still someone else. English and French.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, words, source_text, expected] =
      GENERATE(table<std::string, std::string, std::string, Verdict>({
          {"\"Mum was strong as an ox until she drank that water,\" her daughter Janine said.",
           "Mum was strong as an ox until she drank that water",
           "Her daughter, Janine Fraser, said her mother had been fit. \"Mum was strong as an ox "
           "until she drank that water,\" she said.",
           Verdict::kSupported},
          {"« Maman était solide comme un roc », a confié sa fille Janine.",
           "Maman était solide comme un roc",
           "Sa fille, Janine Fraser, a témoigné. « Maman était solide comme un roc », a-t-elle "
           "confié.",
           Verdict::kSupported},
          {"\"Mum was strong as an ox until she drank that water,\" her daughter Janine said.",
           "Mum was strong as an ox until she drank that water",
           "Her daughter, Mary Fraser, said her mother had been fit. \"Mum was strong as an ox "
           "until she drank that water,\" she said.",
           Verdict::kContradicted},
      }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, words, "2025-11-25", Kind::kQuote);
  CHECK(judged(a, {source("s1", source_text, "2025-11-22")}) == expected);
}

TEST_CASE("a quote two sources give to two people is disputed, a hyphenated body's office too",
          "[rules][quotes]") {
  // Kind: the holder of an office of a body with a hyphenated name (« secrétaire général de
  // SUD-Rail, Paul Girard ») was not read, so that source seemed to carry the words without
  // saying who said them, and the quote was supported.
  auto cgt = verify::test::source("a",
                                  "« Nous irons jusqu'au bout », a déclaré Marc Lefèvre, délégué "
                                  "CGT des cheminots, lundi à Paris.",
                                  "2026-11-20");
  auto sud = verify::test::source("b",
                                  "« Nous irons jusqu'au bout », a lancé le secrétaire général de "
                                  "SUD-Rail, Paul Girard, lundi à Paris.",
                                  "2026-11-20");
  auto a = verify::test::article(
      "Les cheminots ont cessé le travail lundi à Paris. « Nous irons jusqu'au bout », a déclaré "
      "Marc Lefèvre, délégué CGT des cheminots.",
      "Nous irons jusqu'au bout", "2026-11-21", Kind::kQuote);
  auto f = verify::test::shipped().judge(a.claim, a.ctx, {cgt, sud});
  CHECK(f.verdict == Verdict::kDisputed);
  // One source on each side, in the singular.
  CHECK(f.explanation.find("a.example agrees with the article, b.example credits Paul Girard") !=
        std::string::npos);
}

namespace {

// The article's claim of `kind` whose value is `value`, with the article as its context.
std::pair<Claim, ArticleContext> article_claim(const std::string& article, Kind kind,
                                               const std::string& value) {
  auto ctx = context(article, "2026-03-05");
  auto all = verify::test::read_source(passage("art", "x.example", article));
  for (auto& k : all) {
    for (auto* off : {&k.start, &k.end, &k.sentence_start, &k.sentence_end}) *off -= kBase;
  }
  ctx.claims = all;
  for (const auto& k : all) {
    if (k.kind == kind && k.value == value) return {k, ctx};
  }
  FAIL("no " << value << " claim in: " << article);
  return {};
}

// A role claim (`value`) of `article`, which a source giving the same office (`same`) confirms
// and one giving another (`other`) contradicts. Returns the claim.
struct OfficeCase {
  std::string article, value, same, other;
};

Claim check_office(const OfficeCase& k) {
  CAPTURE(k.article);
  auto [c, ctx] = article_claim(k.article, Kind::kRole, k.value);
  CHECK(shipped().judge(c, ctx, {passage("same", "same.example", k.same)}).verdict ==
        Verdict::kSupported);
  CHECK(shipped().judge(c, ctx, {passage("other", "other.example", k.other)}).verdict ==
        Verdict::kContradicted);
  return c;
}

}  // namespace

namespace {

// Whether the reading test (RuleSet::source_words with StoryNames::admits, admits_place and
// same_name, what a re-check routes new sources by) lets `p` through for the story of
// `article`.
bool routed(const std::string& article, const Passage& p) {
  auto story = shipped().story_names(article);
  auto read = shipped().source_words(p.title, p.text, p.document_names);
  auto named = [&](const std::string& name) {
    return std::any_of(read.words.begin(), read.words.end(),
                       [&](const std::string& w) { return verify::rules::same_name(name, w); });
  };
  return story.admits(named) || story.admits_place(named);
}

}  // namespace

TEST_CASE("a source naming the dateline's place is the story's when no name leads it", "[rules]") {
  // Kind (an eighteenth blind trial): a story whose only repeated name is an era's ("Seconde
  // Guerre mondiale", in the headline and the lede), with its town named only in its dateline
  // ("VILLERS-LES-PRÉS, 9 mai 2026 — …") and its people once each: the same-story gate asked
  // sources for both words of the era, so the town's, the police's and the army's pages about
  // the bomb were never read and 27 of 34 claims found no source. The dateline's place, when
  // no name leads the story, admits a source that names it. English and French.
  struct Case {
    std::string article, value, source, elsewhere;
  };
  for (const auto& k : {
           Case{"Second World War bomb defused at school site\n\nHARTWELL-ON-STOUR, May 9, 2026 "
                "— Army experts defused a Second World War bomb on Thursday after 2,300 "
                "residents were evacuated.\n\nMayor Alan Pryce thanked the residents.",
                "2300",
                "About 2,300 residents of Hartwell-on-Stour were evacuated on Thursday while the "
                "bomb was defused.",
                "About 2,300 residents of Kelby were evacuated on Thursday while the bomb was "
                "defused."},
           Case{"Une bombe de la Seconde Guerre mondiale désamorcée\n\nVILLERS-LES-PRÉS, 9 mai "
                "2026 — Les démineurs ont désamorcé jeudi une bombe de la Seconde Guerre "
                "mondiale, après l'évacuation de 2 300 habitants.\n\nLa bourgmestre, Sandrine "
                "Collard, a remercié les habitants.",
                "2300",
                "Environ 2 300 habitants de Villers-les-Prés ont été évacués jeudi pendant le "
                "désamorçage de la bombe.",
                "Environ 2 300 habitants de Condé-les-Prés ont été évacués jeudi pendant le "
                "désamorçage de la bombe."},
           // A thirty-sixth-session blind trial: French regional copy writes the département
           // in parentheses after the town (« LOUDÉAC (Côtes-d'Armor), 10 février 2026 — »),
           // which was read as no dateline place at all.
           Case{"Une bombe de la Seconde Guerre mondiale désamorcée\n\nVILLERS-LES-PRÉS (Brabant "
                "wallon), 9 mai 2026 — Les démineurs ont désamorcé jeudi une bombe de la Seconde "
                "Guerre mondiale, après l'évacuation de 2 300 habitants.\n\nLa bourgmestre, "
                "Sandrine Collard, a remercié les habitants.",
                "2300",
                "Environ 2 300 habitants de Villers-les-Prés ont été évacués jeudi pendant le "
                "désamorçage de la bombe.",
                "Environ 2 300 habitants de Condé-les-Prés ont été évacués jeudi pendant le "
                "désamorçage de la bombe."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kCount, k.value);
    auto p = passage("src", "src.example", k.source, "2026-05-08");
    auto q = passage("other", "other.example", k.elsewhere, "2026-05-08");
    CHECK(shipped().judge(c, ctx, {p}).verdict == Verdict::kSupported);
    CHECK(routed(k.article, p));
    CHECK(shipped().judge(c, ctx, {q}).verdict == Verdict::kUnverified);
    CHECK_FALSE(routed(k.article, q));
  }
  // A dispatch filed from the same town, which names it only in its own dateline, is not
  // about the story's place.
  auto [d, dctx] = article_claim(
      "Bomb defused\n\nHARTWELL-ON-STOUR, May 9, 2026 — Army experts defused a "
      "Second World War bomb after 2,300 residents were evacuated.\n\nThe "
      "Second World War bomb was found on Tuesday.",
      Kind::kCount, "2300");
  auto filed = passage("w", "w.example",
                       "HARTWELL-ON-STOUR, May 8 - About 2,300 dockers voted to strike on Friday.",
                       "2026-05-08");
  CHECK(shipped().judge(d, dctx, {filed}).verdict == Verdict::kUnverified);
}

TEST_CASE("the re-check's reading test admits every source the same-story gate lets in",
          "[rules]") {
  // Kind: a re-check routes a new source to a story's figures only if the judge could read it
  // (rules.md, "Same story"); the test must never turn away a source the judge reads, in
  // English or French, and must turn away one about another story.
  std::string article =
      "Tunisia's president Kais Saied dissolved parliament. Tunisia has held no vote since. "
      "Saied said Tunisia would vote in June. Clashes in Tunisia have killed 40 people.";
  auto [c, ctx] = article_claim(article, Kind::kCount, "40");
  auto french = passage("fr", "fr.example",
                        "En Tunisie, les affrontements ont fait 55 morts, selon le ministère de "
                        "l'Intérieur.",
                        "2026-03-05");
  french.document_names = {"Intérieur", "Tunisie"};
  auto english = passage("en", "en.example",
                         "Clashes in Tunisian towns have killed 55 people, the interior ministry "
                         "said.",
                         "2026-03-05");
  auto other =
      passage("ly", "ly.example",
              "Clashes in Libya have killed 55 people, the interior ministry said.", "2026-03-05");
  for (const auto* p : {&french, &english, &other}) {
    INFO(p->text);
    auto f = shipped().judge(c, ctx, {*p});
    const bool read = !f.evidence.empty();
    CHECK(routed(article, *p) == read);
  }
  CHECK(routed(article, french));
  CHECK_FALSE(routed(article, other));
}

TEST_CASE("a quote is read from a source only with enough of its words", "[rules]") {
  // Kind: what a re-check asks of a new source before it is searched for a quote: all the words
  // of a short quote, 60% of a longer one (rules/quote.json), a word counted each time.
  auto short_quote = shipped().quote_words("Never again.");
  CHECK(short_quote.words == std::vector<std::string>{"never", "again"});
  CHECK(short_quote.need == 2);
  auto longer = shipped().quote_words("Nous ne reprendrons pas le travail sans accord écrit");
  CHECK(longer.words.size() == 9);
  CHECK(longer.need == 6);
  // An altered version that the judge reads has at least that many of the words.
  auto quote = shipped().quote_words("We will not go back to work without a written deal");
  auto altered = shipped().source_words(
      "", "\"We will not return to work without a signed deal,\" Ann Cole said.", {});
  std::size_t held = 0;
  for (const auto& w : quote.words)
    held += std::binary_search(altered.words.begin(), altered.words.end(), w);
  CHECK(held >= quote.need);
  CHECK_FALSE(altered.ellipsis);
  CHECK(shipped().source_words("", "\"We will not ... deal,\" she said.", {}).ellipsis);
}

TEST_CASE("a figure is also searched as French writes it", "[rules]") {
  // Kind: an English article's figure and a French source's: "2.9%" / « 2,9 % », "€45
  // million" / « 45 millions d'euros »; the search for one did not find the other at all.
  auto [text, value, form] = GENERATE(table<std::string, std::string, std::string>({
      {"Statbel said inflation slowed to 2.9% in February.", "2.9", "2,9"},
      {"Statbel said the government released €45 million for households.", "45000000",
       "45 millions"},
      {"Statbel said the state spent €1.2 billion on the grid.", "1200000000", "1,2 milliard"},
      {"Statbel said 12,400 households applied.", "12400", "12 400"},
  }));
  CAPTURE(text);
  Kind kind = text.find('%') != std::string::npos   ? Kind::kPercent
              : text.find("€") != std::string::npos ? Kind::kMoney
                                                    : Kind::kCount;
  auto [c, ctx] = article_claim(text, kind, value);
  auto plans = shipped().plan(c, ctx);
  REQUIRE_FALSE(plans.empty());
  const auto& what = plans.front().required.front();
  CHECK(std::find(what.begin(), what.end(), form) != what.end());
}

TEST_CASE("a rate that slowed is the rate that « a ralenti », in either language", "[rules]") {
  // Kind: a falling rate told in English and in French; « ralenti », « baisse », « recule » and
  // "slowed", "eased" are the fall class's forms.
  const std::string en =
      "Statbel figures: inflation slowed to 2.9% in February, the statistics office Statbel "
      "said.";
  const std::string fr =
      "Chiffres de Statbel : l'inflation a ralenti à 2,9 % en février, selon l'office de "
      "statistique Statbel.";
  for (const auto& [article, source_ok, source_off] :
       {std::tuple{en, fr,
                   std::string("Chiffres de Statbel : l'inflation a ralenti à 3,4 % en "
                               "février, selon l'office de statistique Statbel.")},
        std::tuple{fr, en,
                   std::string("Statbel figures: inflation slowed to 3.4% in February, "
                               "the statistics office Statbel said.")}}) {
    CAPTURE(article);
    auto [c, ctx] = article_claim(article, Kind::kPercent, "2.9");
    auto agrees = passage("ok", "ok.example", source_ok, "2026-03-04");
    auto differs = passage("off", "off.example", source_off, "2026-03-04");
    agrees.document_names = {"Statbel"};
    differs.document_names = {"Statbel"};
    CHECK(shipped().judge(c, ctx, {agrees}).verdict == Verdict::kSupported);
    CHECK(shipped().judge(c, ctx, {differs}).verdict == Verdict::kContradicted);
  }
}

TEST_CASE("a country's English and French names are one name to the story's sources", "[rules]") {
  // Kind: the same-story gate compared names by spelling, so an English article about Belgium
  // read nothing from a French source about « la Belgique » (nor « l'Allemagne » from
  // Germany's). Countries' names in both languages come from ICU's display names.
  CHECK(verify::rules::same_name("belgium", "belgique"));
  CHECK(verify::rules::same_name("allemagne", "germany"));
  CHECK_FALSE(verify::rules::same_name("belgium", "allemagne"));
  const std::string en =
      "Belgium: inflation slows. Inflation in Belgium slowed to 2.9% in February, the statistics "
      "office said.";
  const std::string fr =
      "Allemagne : le chômage recule. En Allemagne, le chômage a reculé à 6,1 % en mars, selon "
      "l'agence fédérale.";
  for (const auto& [article, value, source, other] :
       {std::tuple{en, std::string("2.9"),
                   std::string("En Belgique, l'inflation a ralenti à 2,9 % en février, selon "
                               "l'office de statistique."),
                   std::string("En Espagne, l'inflation a ralenti à 2,9 % en février, selon "
                               "l'office de statistique.")},
        std::tuple{fr, std::string("6.1"),
                   std::string("In Germany, unemployment fell to 6.1% in March, the federal "
                               "agency said."),
                   std::string("In Austria, unemployment fell to 6.1% in March, the federal "
                               "agency said.")}}) {
    CAPTURE(article);
    auto [c, ctx] = article_claim(article, Kind::kPercent, value);
    auto p = passage("src", "src.example", source, "2026-03-04");
    auto q = passage("other", "other.example", other, "2026-03-04");
    CHECK(shipped().judge(c, ctx, {p}).verdict == Verdict::kSupported);
    CHECK(routed(article, p));
    // Another country's figure is another story's.
    CHECK(shipped().judge(c, ctx, {q}).verdict == Verdict::kUnverified);
    CHECK_FALSE(routed(article, q));
  }
}

TEST_CASE("a headline in sentence case names only its capitalised words", "[rules]") {
  // Kind: every word of a source's headline counted as a name, so "French inflation eases"
  // named "inflation", and an article whose sentence opens with "Inflation" read France's
  // figure as about its story. A headline in title case still names every word.
  const std::string en =
      "Belgian inflation slows\n\nInflation in Belgium slowed to 2.9% in March, the statistics "
      "office Statbel said.";
  const std::string fr =
      "Belgique : l'inflation ralentit\n\nInflation en Belgique : elle a ralenti à 2,9 % en "
      "mars, selon l'office Statbel.";
  for (const auto& [article, title, text] :
       {std::tuple{en, std::string("French inflation eases"),
                   std::string("The annual inflation rate in France fell to 2.4% in March, the "
                               "statistics office Insee said.")},
        std::tuple{fr, std::string("La France voit son inflation ralentir"),
                   std::string("En France, le taux d'inflation a ralenti à 2,4 % en mars, selon "
                               "l'Insee.")}}) {
    CAPTURE(article);
    auto [c, ctx] = article_claim(article, Kind::kPercent, "2.9");
    auto other = passage("fr", "other.example", text, "2026-03-30");
    other.title = title;
    CHECK(shipped().judge(c, ctx, {other}).verdict == Verdict::kUnverified);
  }
}

TEST_CASE("a speaker named by an honorific and surname is the person the article names",
          "[rules]") {
  // Kind: « a déclaré Mme Vandermeulen » against « Hélène Vandermeulen » read "Mme" as a given
  // name that disagrees, and called a rightly attributed quote misattributed (a new-user
  // trial). Honorifics are not given names: Mme, Madame, Monsieur, Mlle, Miss, Mr, Mrs, Ms.
  auto [article, quote_words, source] = GENERATE(table<std::string, std::string, std::string>({
      {"« Nous ne sommes pas encore sortis de l'auberge », a déclaré Hélène Vandermeulen.",
       "auberge",
       "« Nous ne sommes pas encore sortis de l'auberge », a déclaré Mme Vandermeulen à la "
       "presse."},
      {"« Nous ne sommes pas encore sortis de l'auberge », a déclaré Hélène Vandermeulen.",
       "auberge", "« Nous ne sommes pas encore sortis de l'auberge », selon Madame Vandermeulen."},
      {"\"We are not out of the woods yet,\" said Helen Vandermeulen.", "woods",
       "\"We are not out of the woods yet,\" Miss Vandermeulen told reporters."},
  }));
  CAPTURE(article, source);
  auto ctx = context(article, "2026-03-31");
  auto all = verify::test::read_source(passage("art", "x.example", article));
  for (auto& k : all) {
    for (auto* off : {&k.start, &k.end, &k.sentence_start, &k.sentence_end}) *off -= kBase;
  }
  ctx.claims = all;
  Claim q;
  for (const auto& k : all) {
    if (k.kind == Kind::kQuote) q = k;
  }
  REQUIRE(q.text.find(quote_words) != std::string::npos);
  REQUIRE_FALSE(q.speaker.empty());
  auto f = shipped().judge(q, ctx, {passage("src", "src.example", source, "2026-03-31")});
  CHECK(f.verdict == Verdict::kSupported);
}

TEST_CASE("a figure a source sets aside as wrong does not support the claim", "[rules]") {
  // Kind: a correction. "3.2% in March, not the 2.9% first reported" confirmed 2.9% (a
  // new-user trial); the source gives 3.2% and rejects 2.9%. « et non », "rather than",
  // "instead of", « au lieu de », « plutôt que » set a figure aside the same way.
  auto [article, source] = GENERATE(table<std::string, std::string>({
      {"Statbel figures: inflation in Belgium slowed to 2.9% in March, from 3.4% in February, "
       "the statistics office Statbel said on Monday.",
       "Belgium's annual inflation rate was 3.2% in March, not the 2.9% first reported, the "
       "statistics office Statbel said on Thursday, 2 April 2026, after correcting an error in "
       "energy prices."},
      {"Statbel figures: inflation slowed to 2.9% in March, the statistics office Statbel said.",
       "Statbel figures: inflation slowed to 3.2% in March, not the 2.9% first reported, the "
       "statistics office Statbel said."},
      {"Statbel figures: inflation slowed to 2.9% in March, the statistics office Statbel said.",
       "Statbel figures: inflation slowed to 3.2% in March rather than 2.9%, the statistics "
       "office Statbel said."},
      {"Chiffres de Statbel : l'inflation a ralenti à 2,9 % en mars, selon l'office Statbel.",
       "Chiffres de Statbel : l'inflation a ralenti à 3,2 % en mars, et non 2,9 % comme annoncé, "
       "selon l'office Statbel."},
  }));
  CAPTURE(article, source);
  auto [c, ctx] = article_claim(article, Kind::kPercent, "2.9");
  auto p = passage("fix", "fix.example", source, "2026-04-02");
  p.document_names = {"Statbel"};
  // Contradicted where the corrected figure is told in the claim's frame; never supported.
  CHECK(shipped().judge(c, ctx, {p}).verdict != Verdict::kSupported);
}

TEST_CASE("a figure set aside the same way in claim and source is compared", "[rules]") {
  // Kind (a fourteenth blind trial): « quatre issues de secours au lieu des six exigées » was
  // not confirmed by the report's very words: a figure after « au lieu des », "instead of" is
  // set aside as the one a source replaced, even when the claim's own figure stands the same
  // way (the number required, against the number found). English and French; another such
  // figure is still contradicted.
  auto [article, source, expected] = GENERATE(table<std::string, std::string, Verdict>({
      {"Selon la zone de secours, le site de Leffe ne comptait que quatre issues au lieu des six "
       "exigées.",
       "Selon la zone de secours, le site de Leffe ne compte que quatre issues au lieu des six "
       "exigées.",
       Verdict::kSupported},
      {"The Leffe site had only four exits instead of the six required, the fire service said.",
       "The fire service said the Leffe site had only four exits instead of the six required.",
       Verdict::kSupported},
      {"The Leffe site had only four exits instead of the six required, the fire service said.",
       "The fire service said the Leffe site had only four exits instead of the eight required.",
       Verdict::kContradicted},
  }));
  CAPTURE(article, source);
  auto [c, ctx] = article_claim(article, Kind::kCount, "6");
  auto p = passage("fix", "fix.example", source, "2026-07-03");
  CHECK(shipped().judge(c, ctx, {p}).verdict == expected);
}

TEST_CASE("a headline that names a place by its people's name gives that place", "[rules]") {
  // Kind (a fourteenth blind trial): « Quotas de sole : les pêcheurs lorientais bloquent le
  // port » is about Lorient, though the body names the minister who speaks in it more often;
  // sources about the blockade name the port, not her. A demonym (« lorientais », « Brestois »,
  // "Berliners", the name without its final "e": « marseillais ») gives the headline's name as
  // the name itself does. English and French; a word that merely begins with a name does not.
  auto [article, headline] = GENERATE(table<std::string, std::string>({
      {"Quotas de sole : les pêcheurs brestois bloquent le port\n\nBREST, 17 février 2026 — Plus "
       "de 120 bateaux ont bloqué lundi le port de Brest. « Nous aiderons les pêcheurs », a dit "
       "la ministre Claire Kervella. Claire Kervella a annoncé un plan. Selon Claire Kervella, "
       "il sera versé en mars.",
       "brest"},
      {"Marseillais fishermen block the harbour\n\nMARSEILLE, Feb. 17 - More than 120 boats "
       "blocked Marseille harbour on Monday, minister Anna Kowal said. Anna Kowal promised aid. "
       "Anna Kowal said it would be paid in March.",
       "marseille"},
      {"Brestwood fishermen block the harbour\n\nBREST, Feb. 17 - More than 120 boats blocked "
       "Brest harbour on Monday, minister Anna Kowal said. Anna Kowal promised aid. Anna Kowal "
       "said it would be paid in March.",
       ""},
  }));
  CAPTURE(article);
  auto story = shipped().story_names(article);
  CHECK(story.headline == headline);
}

TEST_CASE("a word capitalised only where a line or sentence begins is not one of the story's names",
          "[rules]") {
  // Kind: table labels ("Net", "Shr" heading each row of an earnings table) and sentence
  // openers ("Police said ...", « Hausse ... ») were counted as the story's names, and a lead
  // name "net" let every earnings table pass the same-story gate. A name that only ever opens
  // a sentence but runs on into another ("Cobalt Ridge said"), or begins a line wrapped inside
  // a sentence, is still one; a company's legal form ("Corp", "SA") never is on its own.
  auto names_of = [](const std::string& article) {
    auto story = shipped().story_names(article);
    return std::set<std::string>(story.names.begin(), story.names.end());
  };
  SECTION("English earnings table, blank lines and indented rows") {
    auto names = names_of(
        "ACME WIDGETS CORP 1ST QTR NET\n\nDAYTON, Ohio, May 2 - Acme Widgets Corp said profit "
        "rose.\n\nNet 2.1 mln vs 1.5 mln\n\nShr 12 cts vs 10 cts\n\n    Net 4.0 mln vs 3.1 "
        "mln\n    Shr 22 cts vs 19 cts\n\nAnalysts said Acme Widgets Corp beat forecasts.");
    CHECK(names == std::set<std::string>{"acme", "widgets"});
  }
  SECTION("English sentence openers and a dateline's dash") {
    auto story = shipped().story_names(
        "DAYTON, Ohio - Police said the fire at the Dayton warehouse began at night, a "
        "neighbour told police. Police "
        "said two people died. Firefighters from Dayton reached it before dawn. Police have not "
        "named the victims.");
    CHECK(story.lead == "dayton");
    CHECK_FALSE(std::count(story.names.begin(), story.names.end(), "police"));
  }
  SECTION("French table and sentence openers") {
    auto names = names_of(
        "Lumio SA publie ses comptes\n\nLe groupe Lumio SA a publié ses comptes à Lyon.\n\n"
        "Chiffre d'affaires 12,3 M€ contre 10,1 M€\n\nRésultat net 2,1 M€ contre 1,5 M€\n\n"
        "Chiffre d'affaires annuel 40,2 M€\n\nRésultat net annuel 6,0 M€\n\nSelon Lumio, la "
        "demande reste forte à Lyon.");
    CHECK(names == std::set<std::string>{"lumio", "lyon"});
  }
  SECTION("a name that opens its sentences, and one at a wrapped line's start") {
    // "Rose" is also a common word here; its capital at the start of a line wrapped inside a
    // sentence is its own, not the line's.
    auto names = names_of(
        "Cobalt Ridge said its shares rose on Monday. Cobalt Ridge expects more drilling.\n\n"
        "The stake was sold by its chief executive,\nRose, who joined in May. Rose declined to "
        "comment.");
    CHECK(names == std::set<std::string>{"cobalt", "ridge", "rose"});
  }
}

TEST_CASE("another company's earnings table is not read for a company's figures", "[rules]") {
  // Kind: with the table label "Net" taken for the story's lead name, any company's table
  // passed the same-story gate and its figures contradicted the article's (seen in the
  // benchmark's wire earnings briefs; English and French).
  for (const auto& [article, kind, value, other, own] :
       {std::tuple{std::string("Acme Widgets said first-quarter profit rose.\n\nNet 2.1 mln vs "
                               "1.5 mln\n\nNet 4.0 mln vs 3.1 mln\n\nNet 7.9 mln vs 6.0 mln\n\n"
                               "Acme Widgets said demand was strong."),
                   Kind::kCount, std::string("2.1"),
                   std::string("Beta Tools said first-quarter profit rose.\n\nNet 2.6 mln vs "
                               "1.5 mln\n\nNet 4.4 mln vs 3.1 mln"),
                   std::string("Acme Widgets said first-quarter profit rose.\n\nNet 2.6 mln vs "
                               "1.5 mln")},
        std::tuple{std::string("Lumio a publié ses comptes.\n\nRésultat net 2,1 millions "
                               "d'euros\n\nRésultat net semestriel 4,0 millions d'euros\n\n"
                               "Résultat net annuel 6,0 millions d'euros\n\nLumio reste "
                               "confiant."),
                   Kind::kMoney, std::string("2100000"),
                   std::string("Betaval a publié ses comptes.\n\nRésultat net 2,6 millions "
                               "d'euros\n\nRésultat net annuel 6,4 millions d'euros"),
                   std::string("Lumio a publié ses comptes.\n\nRésultat net 2,6 millions "
                               "d'euros")}}) {
    CAPTURE(article);
    auto [c, ctx] = article_claim(article, kind, value);
    auto p = passage("other", "other.example", other, "2026-05-02");
    CHECK(shipped().judge(c, ctx, {p}).verdict == Verdict::kUnverified);
    CHECK_FALSE(routed(article, p));
    // The company's own table is read, and its other figure contradicts the article's.
    auto q = passage("own", "own.example", own, "2026-05-02");
    CHECK(shipped().judge(c, ctx, {q}).verdict == Verdict::kContradicted);
  }
}

TEST_CASE("a figure a source gives only as a possibility neither supports nor contradicts a fact",
          "[rules]") {
  // Kind: an estimate or a fear. "could mean more than 6,800 job cuts" supported an article's
  // "about 7,000 job cuts" (a new-user trial), though the sources that state the figure say
  // about 6,000. A possibility is compared only with a possibility; English and French.
  struct Case {
    std::string article, value, possibility, stated, stated_other;
  };
  for (const auto& k : {
           Case{"Acme Widgets is cutting about 7,000 jobs, the company said on Tuesday.", "7000",
                "Acme Widgets said on Tuesday that the plan could mean more than 6,800 job cuts.",
                "Acme Widgets said on Tuesday it is cutting about 7,000 jobs.",
                "Acme Widgets said on Tuesday it is cutting about 6,000 jobs."},
           Case{"Acme Widgets supprime environ 7 000 emplois, a annoncé l'entreprise mardi.",
                "7000", "Selon Acme Widgets, le plan pourrait supprimer plus de 6 800 emplois.",
                "Acme Widgets supprime environ 7 000 emplois, a annoncé l'entreprise.",
                "Acme Widgets supprime environ 6 000 emplois, a annoncé l'entreprise."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kCount, k.value);
    auto fear = passage("fear", "fear.example", k.possibility, "2026-03-05");
    auto as_fear = shipped().judge(c, ctx, {fear});
    CHECK(as_fear.verdict == Verdict::kUnverified);
    // The editor is told why: the source has a figure for it, as a possibility.
    CHECK(as_fear.explanation.find("only as a possibility") != std::string::npos);
    // A larger possibility does not contradict it either.
    std::string larger = k.possibility;
    larger.replace(larger.find("6"), 1, "9");
    auto worse = passage("worse", "worse.example", larger, "2026-03-05");
    CHECK(shipped().judge(c, ctx, {worse}).verdict == Verdict::kUnverified);
    // The same figure stated supports it; another stated figure contradicts it.
    auto told = passage("told", "told.example", k.stated, "2026-03-05");
    CHECK(shipped().judge(c, ctx, {told}).verdict == Verdict::kSupported);
    auto other = passage("other", "other.example", k.stated_other, "2026-03-05");
    CHECK(shipped().judge(c, ctx, {other}).verdict == Verdict::kContradicted);
  }
  // A possibility in the article is compared with the sources' possibilities.
  auto [c, ctx] = article_claim(
      "The agency estimated that deaths in the region could exceed 10,000.", Kind::kCount, "10000");
  auto same =
      passage("usgs", "usgs.example",
              "The agency estimated that deaths in the region could exceed 10,000.", "2026-03-05");
  CHECK(shipped().judge(c, ctx, {same}).verdict == Verdict::kSupported);
}

TEST_CASE("the day a tally held is not the day of an event, in either direction", "[rules]") {
  // Kind: a source's "As of April 4, ..." contradicted an article's "announced on Thursday"
  // (April 3; a new-user trial). A date given "as of" is compared only with another given so;
  // English and French.
  struct Case {
    std::string article, day, tally, event, other_tally;
  };
  for (const auto& k : {
           Case{"Myanmar's military government said on April 3, 2025 that the quake toll had "
                "risen to 3,085.",
                "2025-04-03",
                "As of April 4, 2025, Myanmar's military government said 3,085 people had died "
                "in the quake.",
                "Myanmar's military government said on April 4, 2025 that the quake toll had "
                "risen to 3,085.",
                "As of April 4, 2025, the quake toll in Myanmar stood at 3,085."},
           Case{"La junte birmane a annoncé le 3 avril 2025 que le bilan du séisme atteignait "
                "3 085 morts.",
                "2025-04-03",
                "En date du 4 avril 2025, la junte birmane faisait état de 3 085 morts dans le "
                "séisme.",
                "La junte birmane a annoncé le 4 avril 2025 que le bilan du séisme atteignait "
                "3 085 morts.",
                "En date du 4 avril 2025, le bilan du séisme en Birmanie atteignait 3 085 morts."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kDate, k.day);
    auto tally = passage("tally", "tally.example", k.tally, "2025-04-05");
    CHECK(shipped().judge(c, ctx, {tally}).verdict == Verdict::kUnverified);
    // The same event on another day still contradicts it.
    auto event = passage("event", "event.example", k.event, "2025-04-05");
    CHECK(shipped().judge(c, ctx, {event}).verdict == Verdict::kContradicted);
    // A tally's day is checked against a tally's day.
    auto [t, tctx] = article_claim(k.tally, Kind::kDate, "2025-04-04");
    auto same = passage("same", "same.example", k.other_tally, "2025-04-05");
    CHECK(shipped().judge(t, tctx, {same}).verdict == Verdict::kSupported);
  }
}

TEST_CASE("a count of people in hospital or fallen ill rises like a toll", "[rules]") {
  // Kind: only deaths, injuries and the missing were counts that rise over time, so "Four
  // people have been hospitalized" against "4" on the 6th and "Six" on the 9th, the article on
  // the 10th, was disputed where the newer count supersedes the older (a new-user trial).
  // English and French, hospitalisations and illnesses.
  struct Case {
    std::string article, value, early, later;
  };
  for (const auto& k : {
           Case{"Four people have been hospitalized after eating the yogurt.", "4",
                "Four people have been hospitalized after eating the yogurt, officials said.",
                "Six people have been hospitalized after eating the yogurt, officials said."},
           Case{"Quatre personnes ont été hospitalisées après avoir mangé ces yaourts.", "4",
                "Quatre personnes ont été hospitalisées après avoir mangé ces yaourts.",
                "Six personnes ont été hospitalisées après avoir mangé ces yaourts."},
           Case{"Nine people have fallen ill after eating the yogurt.", "9",
                "Nine people have fallen ill after eating the yogurt, officials said.",
                "Fourteen people have fallen ill after eating the yogurt, officials said."},
           Case{"Neuf personnes sont tombées malades après avoir mangé ces yaourts.", "9",
                "Neuf personnes sont tombées malades après avoir mangé ces yaourts.",
                "Quatorze personnes sont tombées malades après avoir mangé ces yaourts."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kCount, k.value);
    ctx.published = "2026-10-10";
    auto early = passage("a", "a.example", k.early, "2026-10-06");
    auto later = passage("b", "b.example", k.later, "2026-10-09");
    auto f = shipped().judge(c, ctx, {early, later});
    CHECK(f.verdict == Verdict::kContradicted);
    CHECK(f.status == "outdated");
    // The newer count agreeing is support, as before.
    auto g = shipped().judge(c, ctx, {early});
    CHECK(g.verdict == Verdict::kSupported);
  }
}

TEST_CASE("a source's day for the claim's happening outweighs its same day for another",
          "[rules]") {
  // Kind: one source dates the happening the article dates to another day, and gives the
  // article's day to something else in another sentence (how far the fire had spread by
  // then). The second passage supported the claim and, a supporting passage winning within a
  // document, hid the contradiction (a new-user trial: « s'est déclaré mardi 21 juillet »
  // against the article's « mercredi 22 juillet »). English and French.
  struct Case {
    std::string article, day, other_day, same_day_else, same_day_same, title;
  };
  for (const auto& k : {
           Case{"The wildfire broke out in the Corvel hills late on Wednesday, August 12, 2026.",
                "2026-08-12",
                "A violent wildfire broke out in the Corvel hills late on Tuesday, August 11, "
                "2026.",
                "On Wednesday, August 12, 2026, the wildfire had burned 1,200 hectares of the "
                "Corvel hills.",
                "The wildfire broke out in the Corvel hills on Wednesday, August 12, 2026, "
                "officials said.",
                "Wildfire that broke out late in the Corvel hills burns 1,200 hectares"},
           Case{"L'incendie s'est déclaré dans le massif de Corvel le mercredi 12 août 2026 en "
                "fin d'après-midi.",
                "2026-08-12",
                "Un violent incendie s'est déclaré dans le massif de Corvel le mardi 11 août 2026 "
                "en fin d'après-midi.",
                "Le mercredi 12 août 2026, l'incendie avait parcouru 1 200 hectares du massif de "
                "Corvel.",
                "L'incendie s'est déclaré dans le massif de Corvel le mercredi 12 août 2026, selon "
                "la préfecture.",
                "Un incendie s'est déclaré dans le massif de Corvel"},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kDate, k.day);
    // The document's title shares the claim's words, as a story's titles do: every passage of
    // it reads as about the happening.
    auto told = passage("wire", "wire.example", k.other_day, "2026-08-13");
    auto elsewhere = passage("wire", "wire.example", k.same_day_else, "2026-08-13");
    told.title = elsewhere.title = k.title;
    elsewhere.start = elsewhere.focus_start = kBase + 400;
    elsewhere.end = elsewhere.focus_end = elsewhere.start + elsewhere.text.size();
    elsewhere.claims = verify::test::read_source(elsewhere);
    CHECK(shipped().judge(c, ctx, {told, elsewhere}).verdict == Verdict::kContradicted);
    CHECK(shipped().judge(c, ctx, {elsewhere, told}).verdict == Verdict::kContradicted);
    // A document that gives the happening the claim's day still supports it, whatever else
    // it dates.
    auto same = passage("same", "same.example", k.same_day_same, "2026-08-13");
    auto same_else = passage("same", "same.example", k.same_day_else, "2026-08-13");
    same.title = same_else.title = k.title;
    same_else.start = same_else.focus_start = kBase + 400;
    same_else.end = same_else.focus_end = same_else.start + same_else.text.size();
    same_else.claims = verify::test::read_source(same_else);
    CHECK(shipped().judge(c, ctx, {same, same_else}).verdict == Verdict::kSupported);
  }
}

TEST_CASE("a word capitalised only by its place need not be named by a source, a name must",
          "[rules]") {
  // Kind: a sentence opened by a common noun the text never writes in lower case ("Members
  // approved the bridge by seven votes to two"): "members" was taken for a name that every
  // source had to give, so the cited page stating the vote did not support it (field case l1's
  // second link). English and French; a name written mid-sentence still gates.
  struct Case {
    std::string article, value, source, other_place;
  };
  for (const auto& k : {
           Case{"Members approved the bridge by seven votes to two.", "7",
                "The county council approved the new river bridge by seven votes to two.",
                "The Marlow council approved the river bridge by seven votes to two."},
           Case{"Conseillers et élus ont approuvé le pont par sept voix contre deux.", "7",
                "Le conseil départemental a approuvé le nouveau pont par sept voix contre deux.",
                "Le conseil de Marlow a approuvé le pont par sept voix contre deux."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kCount, k.value);
    auto p = passage("page", "page.example", k.source, "2026-03-05");
    CHECK(shipped().judge(c, ctx, {p}).verdict == Verdict::kSupported);
    // The same claim told of a named place: a source must name it.
    std::string named = k.other_place;
    named.replace(named.find("Marlow"), 6, "Dunmore");
    auto [d, dctx] = article_claim(named, Kind::kCount, k.value);
    auto other = passage("other", "other.example", k.other_place, "2026-03-05");
    CHECK(shipped().judge(d, dctx, {other}).verdict == Verdict::kUnverified);
  }
}

TEST_CASE("an office of another place or organisation is another office", "[rules]") {
  // Kind: the title matched and the office's place or organisation was not compared, so
  // "préfète de l'Ardèche" was supported by "la préfète de la Drôme" and "chief executive of
  // Southern Pacific Rail" by "Northline Rail chief executive" (a new-user trial); a year the
  // office is held since likewise. English and French; the same office stays supported, and a
  // source that names no place cannot confirm one.
  struct Case {
    std::string article, value, same, other, unplaced;
  };
  for (const auto& k : {
           Case{"Odile Ferrat, préfète du Cantal, a visité le site jeudi.",
                "Odile Ferrat | préfète du Cantal",
                "La préfète du Cantal, Odile Ferrat, a visité le site.",
                "La préfète de la Lozère, Odile Ferrat, a visité le site.",
                "La préfète Odile Ferrat a visité le site."},
           Case{"Bruno Tessier, maire de Montrigaud depuis 2008, a demandé de l'aide.",
                "Bruno Tessier | maire de Montrigaud depuis 2008",
                "Bruno Tessier, maire de Montrigaud depuis 2008, a demandé de l'aide.",
                "Bruno Tessier, maire de Montrigaud depuis 2019, a demandé de l'aide.",
                "Le maire de Montrigaud, Bruno Tessier, a demandé de l'aide."},
           Case{"Ian Coldwell, chief executive of Eastfield Freight, visited the site.",
                "Ian Coldwell | chief executive, Eastfield Freight",
                "Eastfield Freight chief executive Ian Coldwell visited the site on Monday.",
                "Westmoor Freight chief executive Ian Coldwell visited the site on Monday.",
                "Chief executive Ian Coldwell visited the site on Monday."},
           Case{"Maya Ortiz, director of the Calder County Emergency Agency, spoke.",
                "Maya Ortiz | director, Calder County Emergency Agency",
                "Maya Ortiz, director of the Calder County Emergency Agency, spoke on Monday.",
                "Maya Ortiz, director of the Brent County Emergency Agency, spoke on Monday.",
                "Maya Ortiz, the agency's director, spoke on Monday."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kRole, k.value);
    CHECK(shipped().judge(c, ctx, {passage("same", "same.example", k.same)}).verdict ==
          Verdict::kSupported);
    auto other = shipped().judge(c, ctx, {passage("other", "other.example", k.other)});
    CHECK(other.verdict == Verdict::kContradicted);
    CAPTURE(other.explanation);
    CHECK(other.explanation.find(k.value.substr(k.value.find('|') + 2)) != std::string::npos);
    CHECK(shipped().judge(c, ctx, {passage("bare", "bare.example", k.unplaced)}).verdict ==
          Verdict::kUnverified);
  }
}

TEST_CASE("a prefixed title is another office than the title alone", "[rules]") {
  // Kind: « vice-président » read as « président » was confirmed by a source's « président »,
  // and the other way round (a new-user trial). English and French; the same prefixed title
  // stays supported.
  for (const auto& k : {
           OfficeCase{
               "Le vice-président du club, Patrice Roumagnac, a démissionné.",
               "Patrice Roumagnac | vice-président du club",
               "Le vice-président du club, Patrice Roumagnac, a annoncé le report des matchs.",
               "Le président du club, Patrice Roumagnac, a annoncé le report des matchs."},
           OfficeCase{"The vice-chairman of the board, Manuel Johnson, resigned.",
                      "Manuel Johnson | vice-chairman of the board",
                      "The vice-chairman of the board, Manuel Johnson, announced the delay.",
                      "The chairman of the board, Manuel Johnson, announced the delay."},
       })
    check_office(k);
}

TEST_CASE("a sentence's first word describing the holder is no organisation of the office",
          "[rules]") {
  // Kind (an eleventh blind trial): "Local MP Simon Hale said" read "Local", capitalised only
  // because it opens the sentence, as the MP's organisation, so "Simon Hale, the MP for
  // Merefield" named another organisation's MP and confirmed nothing. French puts such words
  // after the title (« le député local »), where they never were an organisation.
  for (const auto& k : {
           OfficeCase{"Local MP Simon Hale said he had asked ministers to act.",
                      "Simon Hale | Local MP",
                      "Simon Hale, the MP for Merefield, said he had asked ministers to act.",
                      "Simon Hale, the council leader, said he had asked ministers to act."},
           OfficeCase{"Veteran senator Ann Fry said the vote was close.",
                      "Ann Fry | Veteran senator",
                      "Ann Fry, a senator for Hatchley, said the vote was close.",
                      "Ann Fry, the mayor of Hatchley, said the vote was close."},
       })
    CHECK(check_office(k).organization.empty());
}

TEST_CASE("the owner of an office in the possessive is no title the source shares", "[rules]") {
  // Kind (a twelfth blind trial): "Rachel Osei, the council's chief executive" was left
  // unverified by "Council leader Rachel Osei": "council", the owner in the possessive, was
  // counted as a title word both offices share. French names the owner after the office (« du
  // conseil »), where it never was a title.
  for (const auto& k : {
           OfficeCase{"Rachel Osei, the council's chief executive, said it was a serious attack.",
                      "Rachel Osei | council's chief executive",
                      "Rachel Osei, the council's chief executive, said staff were working hard.",
                      "Council leader Rachel Osei said staff were working hard."},
           OfficeCase{"Omar Haddad, the agency's regional director, said the risk was low.",
                      "Omar Haddad | agency's regional director",
                      "Omar Haddad, the agency's regional director, said cases were rising.",
                      "Agency spokesman Omar Haddad said cases were rising."},
           OfficeCase{
               "Rachel Osei, directrice générale du conseil, a dit que l'attaque était grave.",
               "Rachel Osei | directrice générale du conseil",
               "Rachel Osei, directrice générale du conseil, a dit que le personnel travaillait.",
               "La présidente du conseil, Rachel Osei, a dit que le personnel travaillait."},
       })
    check_office(k);
}

TEST_CASE(
    "a quote credited to an office alone is confirmed only where a source gives its speaker "
    "that office",
    "[rules][quotes]") {
  // Kind: "…," the county's emergency director said, where the only source gives the words
  // to the rail company's chief executive: the description named nobody, so the quote was
  // supported (a new-user trial). A source that gives its speaker the office confirms it;
  // English and French.
  struct Case {
    std::string article, words, other, same;
  };
  for (const auto& k : {
           Case{"\"We will rebuild every home,\" the county's housing director said on Monday.",
                "We will rebuild every home,",
                "\"We will rebuild every home, and soon,\" said Peter Vance, chief executive of "
                "Calder Homes.",
                "\"We will rebuild every home, and soon,\" said Ruth Okafor, the county's housing "
                "director."},
           Case{"« Nous reconstruirons chaque maison », a déclaré la directrice du logement.",
                "Nous reconstruirons chaque maison",
                "« Nous reconstruirons chaque maison », a déclaré Pierre Vanel, patron de la "
                "société Calder.",
                "« Nous reconstruirons chaque maison », a déclaré Ruth Okafor, directrice du "
                "logement du département."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kQuote, k.words);
    REQUIRE_FALSE(c.speaker.empty());
    auto f = shipped().judge(c, ctx, {passage("other", "other.example", k.other, "2026-03-05")});
    CHECK(f.verdict == Verdict::kUnverified);
    CHECK(f.rule == "quote.unattributed");
    CHECK(
        shipped().judge(c, ctx, {passage("same", "same.example", k.same, "2026-03-05")}).verdict ==
        Verdict::kSupported);
  }
}

TEST_CASE(
    "a quote credited to an office alone is misattributed where a source gives its speaker "
    "another office and that office to someone else",
    "[rules][quotes]") {
  // Kind (a new user): "…," the councillor said, where the source gives the words to "Mayor
  // Jane Holloway" and names "Councillor Peter Grant": supported, "from Jane Holloway"
  // ("councillor" is a style before names in the lexicon, so the description named no office).
  // A source that gives the speaker another office and the article's office to another person
  // says the article's office holder did not say them. English and French.
  struct Case {
    std::string article, words, wrong, unconfirmed, same;
  };
  for (const auto& k : {
           Case{"Peter Grant arrived late. \"This library belongs to every family in Ashby,\" the "
                "councillor said.",
                "This library belongs to every family in Ashby,",
                "Mayor Jane Holloway backed the plan. \"This library belongs to every family in "
                "Ashby,\" Holloway told the meeting. Councillor Peter Grant opposed it.",
                "Mayor Jane Holloway backed the plan. \"This library belongs to every family in "
                "Ashby,\" Holloway told the meeting.",
                "Councillor Peter Grant backed the plan. \"This library belongs to every family "
                "in Ashby,\" Grant told the meeting."},
           Case{"« Nous ne céderons pas au chantage », a déclaré la maire jeudi.",
                "Nous ne céderons pas au chantage",
                "« Nous ne céderons pas au chantage », a déclaré la conseillère Anne Roux. La "
                "maire, Claire Dubois, n'a pas commenté.",
                "« Nous ne céderons pas au chantage », a déclaré la conseillère Anne Roux.",
                "« Nous ne céderons pas au chantage », a déclaré la maire Claire Dubois."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kQuote, k.words);
    REQUIRE_FALSE(c.speaker.empty());
    auto wrong = shipped().judge(c, ctx, {passage("w", "w.example", k.wrong, "2026-03-12")});
    CHECK(wrong.verdict == Verdict::kContradicted);
    CHECK(wrong.status == "misattributed");
    CHECK(wrong.explanation.find("not the ") != std::string::npos);
    CHECK(
        shipped().judge(c, ctx, {passage("u", "u.example", k.unconfirmed, "2026-03-12")}).verdict ==
        Verdict::kUnverified);
    CHECK(shipped().judge(c, ctx, {passage("s", "s.example", k.same, "2026-03-12")}).verdict ==
          Verdict::kSupported);
  }
}

TEST_CASE("an Australian councillor's 'Cr' before a name is no given name", "[rules][quotes]") {
  // Kind (a nineteenth blind trial): "The mayor, Cr Peter Langford, said … \"…,\" Cr Langford
  // said" gave the words to "Cr Langford", and the article's "Peter Langford" was called
  // misattributed: "Cr" (councillor) was read as a given name. It is a style, as "Cllr" is.
  auto [c, ctx] = article_claim(
      "The mayor of Corrigan Shire, Peter Langford, ruled out a shark barrier. \"We tried the "
      "net, and the ocean won,\" the mayor said.",
      Kind::kQuote, "We tried the net, and the ocean won,");
  REQUIRE(c.speaker == "Peter Langford");
  auto p = passage("s", "corrigan.example",
                   "The mayor, Cr Peter Langford, said the council would not reinstall a shark "
                   "barrier. \"We tried the net, and the ocean won,\" Cr Langford said.",
                   "2026-01-13");
  CHECK(shipped().judge(c, ctx, {p}).verdict == Verdict::kSupported);
}

TEST_CASE("« selon » with an article before the speaker credits the quote", "[claims][quotes]") {
  // Kind: « …, selon la maire Hélène Castagnet » gave the quote no speaker, so a source
  // giving the words to someone else supported it (a new-user trial). "according to the mayor,
  // Helen Castagnet" is read the same way.
  for (const auto& [article, words, speaker] :
       {std::tuple{std::string("« Le barrage tiendra », selon la maire Odile Brunet."),
                   std::string("Le barrage tiendra"), std::string("Odile Brunet")},
        std::tuple{std::string("« Le barrage tiendra », selon la maire, Odile Brunet."),
                   std::string("Le barrage tiendra"), std::string("Odile Brunet")},
        std::tuple{std::string("\"The dam will hold,\" according to the mayor, Odile Brunet."),
                   std::string("The dam will hold,"), std::string("Odile Brunet")}}) {
    CAPTURE(article);
    auto [c, ctx] = article_claim(article, Kind::kQuote, words);
    CHECK(c.speaker == speaker);
    auto p = passage("src", "src.example",
                     "« Le barrage tiendra », a assuré le préfet Marc Aubin.\n\n\"The dam will "
                     "hold,\" said prefect Marc Aubin.",
                     "2026-03-05");
    CHECK(shipped().judge(c, ctx, {p}).verdict == Verdict::kContradicted);
  }
}

TEST_CASE("the earlier value a change is measured from is compared only with an earlier value",
          "[rules]") {
  // Kind: « 4 100 hectares au 26 juillet, contre 3 200 vendredi » supported an article's
  // « 3 200 hectares » as the most recent source agreeing (a new-user trial); "19, up from 12
  // on Sunday" reads the same way. The earlier value says what was; an article giving the
  // same change is supported by it. English and French; a vote tally's « contre » is no change.
  struct Case {
    std::string article, value, source, change;
  };
  for (const auto& k : {
           Case{"Twelve people have been treated at hospitals in Calder, officials said.", "12",
                "In Calder, 19 people have been treated at hospitals, up from 12 on Sunday, "
                "officials said.",
                "In Calder, 19 people have been treated at hospitals, up from 12 on Sunday."},
           Case{"Le feu a parcouru 3 200 hectares dans le massif de Saoû, selon la préfecture.",
                "3200",
                "Dans le massif de Saoû, le feu a parcouru 4 100 hectares, contre 3 200 "
                "vendredi, selon la préfecture.",
                "Dans le massif de Saoû, le feu a parcouru 4 100 hectares, contre 3 200 "
                "vendredi."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kCount, k.value);
    auto p = passage("src", "src.example", k.source, "2026-03-05");
    CHECK(shipped().judge(c, ctx, {p}).verdict == Verdict::kContradicted);
    // The same change told in the article: its earlier value is the source's.
    auto [e, ectx] = article_claim(k.change, Kind::kCount, k.value);
    CHECK(shipped().judge(e, ectx, {p}).verdict == Verdict::kSupported);
  }
  // « sept voix contre deux »: a tally, both figures stand.
  auto [d, dctx] = article_claim(
      "Le conseil de Marlow a adopté le projet par sept voix contre deux.", Kind::kCount, "2");
  auto tally =
      passage("vote", "vote.example",
              "Le conseil de Marlow a adopté le projet par sept voix contre deux.", "2026-03-05");
  CHECK(shipped().judge(d, dctx, {tally}).verdict == Verdict::kSupported);
}

TEST_CASE("an explanation writes a French source's hedge in English", "[rules]") {
  // Kind: "puts the figure at au moins 1,850, not environ 2,500": the explanation is English
  // and its figures are written the English way, but the hedges were the French text's (a
  // new-user trial). "at least" no longer doubles the "at" of "puts the figure at".
  auto [c, ctx] =
      article_claim("Environ 2 500 personnes ont été évacuées à Valcroze.", Kind::kCount, "2500");
  auto p = passage("src", "src.example",
                   "Au moins 1 850 personnes ont été évacuées à Valcroze, selon la préfecture.",
                   "2026-03-05");
  auto f = shipped().judge(c, ctx, {p});
  REQUIRE(f.verdict == Verdict::kContradicted);
  CAPTURE(f.explanation);
  CHECK(f.explanation.find("puts the figure at least 1,850, not about 2,500") != std::string::npos);
}

TEST_CASE("earlier figures that differ among themselves do not outweigh the newest source",
          "[rules]") {
  // Kind: a count that rose day by day. « 650 pompiers » on the 22nd and « 900 » on the 24th
  // outweighed « 1 100 » on the 26th, so an article's « environ 1 100 pompiers » of the 27th
  // was contradicted (a new-user trial). Earlier figures that agree on one other value still
  // outweigh it. English and French.
  struct Case {
    std::string article, value, day1, day2, day3;
  };
  for (const auto& k : {
           Case{"Calder Water has 600 tanker trucks on the roads of Brent, the company said.",
                "600", "Calder Water has 300 tanker trucks on the roads of Brent.",
                "Calder Water has 450 tanker trucks on the roads of Brent.",
                "Calder Water has 600 tanker trucks on the roads of Brent."},
           Case{"Calder Eau a 600 camions-citernes sur les routes de Brent, selon l'entreprise.",
                "600", "Calder Eau a 300 camions-citernes sur les routes de Brent.",
                "Calder Eau a 450 camions-citernes sur les routes de Brent.",
                "Calder Eau a 600 camions-citernes sur les routes de Brent."},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kCount, k.value);
    ctx.published = "2026-03-27";
    std::vector<Passage> rising = {passage("d1", "one.example", k.day1, "2026-03-22", 1),
                                   passage("d2", "two.example", k.day2, "2026-03-24", 1),
                                   passage("d3", "three.example", k.day3, "2026-03-26", 3)};
    auto f = shipped().judge(c, ctx, rising);
    CHECK(f.verdict == Verdict::kSupported);
    CAPTURE(f.explanation);
    CHECK(f.explanation.find("The most recent dated source agrees") != std::string::npos);
    // Three earlier sources agreeing on 450 are not a count that moved past them.
    std::vector<Passage> settled = {passage("e1", "one.example", k.day2, "2026-03-22", 1),
                                    passage("e2", "two.example", k.day2, "2026-03-23", 1),
                                    passage("e3", "four.example", k.day2, "2026-03-24", 1),
                                    passage("e4", "three.example", k.day3, "2026-03-26", 3)};
    CHECK(shipped().judge(c, ctx, settled).verdict != Verdict::kSupported);
  }
}

TEST_CASE("a date whose own clause states other figures is not the date of the claim's figures",
          "[rules]") {
  // Kind (a fifth blind trial): "said on Tuesday that its net profit fell 18%" was disputed by
  // "Shares fell 9.3 per cent on Wednesday, a day after the company reported an 18% drop in
  // quarterly profit": the source repeats the claim's figure, but in a clause the date does
  // not govern; the date's own clause states another figure (the shares'), whose day it is.
  // A date whose clause states the claim's figure still contradicts. English and French.
  auto [claim_text, day, source_text, expected] =
      GENERATE(table<std::string, std::string, std::string, Verdict>({
          {"Kestrel Foods said on Tuesday that its quarterly profit fell 12% to $80 million.",
           "Tuesday",
           "Shares in Kestrel Foods fell 4.1% on Wednesday, a day after the company reported a "
           "12% drop in quarterly profit.",
           Verdict::kUnverified},
          {"Kestrel Foods a annoncé mardi que son bénéfice trimestriel avait reculé de 12 % à 80 "
           "millions d'euros.",
           "mardi",
           "L'action Kestrel Foods a chuté de 4,1 % mercredi, au lendemain de l'annonce d'un "
           "bénéfice trimestriel en recul de 12 %.",
           Verdict::kUnverified},
          // The date's clause states the claim's figure.
          {"Kestrel Foods said on Tuesday that its quarterly profit fell 12% to $80 million.",
           "Tuesday",
           "Kestrel Foods said on Wednesday that its quarterly profit fell 12% to $80 million.",
           Verdict::kContradicted},
      }));
  CAPTURE(claim_text, source_text);
  auto a = verify::test::article(claim_text, day, "2026-10-29", Kind::kDate);
  CHECK(verify::test::judged(a, {verify::test::source("s1", source_text, "2026-10-28")}) ==
        expected);
}

TEST_CASE("a title two date clauses share does not make them one happening", "[rules]") {
  // Kind (a fifth blind trial): « Le gouvernement du Premier ministre Étienne Morvan a été
  // remanié jeudi soir » was disputed by « Lors de la passation de pouvoirs vendredi, le
  // Premier ministre a affirmé … »: the two clauses shared only the title « ministre ». A
  // title says who, not what happened; the same happening named on both sides still
  // contradicts. English and French.
  auto [claim_text, day, source_text,
        expected] = GENERATE(table<std::string, std::string, std::string, Verdict>({
      {"Le gouvernement du Premier ministre Paul Ferrand a été remanié jeudi soir.", "jeudi",
       "Lors de la passation de pouvoirs vendredi, le Premier ministre, Paul Ferrand, a salué "
       "une équipe resserrée.",
       Verdict::kUnverified},
      {"Prime Minister Paul Ferrand's government was reshuffled on Thursday evening.", "Thursday",
       "At the handover ceremony on Friday, the prime minister, Paul Ferrand, praised a "
       "smaller team.",
       Verdict::kUnverified},
      {"Le gouvernement du Premier ministre Paul Ferrand a été remanié jeudi soir.", "jeudi",
       "Le gouvernement du Premier ministre Paul Ferrand a été remanié vendredi.",
       Verdict::kContradicted},
  }));
  CAPTURE(claim_text, source_text);
  auto a = verify::test::article(claim_text, day, "2026-09-04", Kind::kDate);
  CHECK(verify::test::judged(a, {verify::test::source("s1", source_text, "2026-09-04")}) ==
        expected);
}

TEST_CASE("an attribution inside a source's guillemets is not among its quoted words", "[rules]") {
  // Kind (a sixth blind trial): « Mon client, a plaidé Me Karim Haddad, n'a jamais cherché à
  // s'enrichir » in a source made the article's « Mon client n'a jamais cherché à s'enrichir »
  // altered: the attribution French sets between commas inside the guillemets was read as
  // words the source added. Words between commas without a verb of speech still count.
  auto [source_text, expected] = GENERATE(table<std::string, Verdict>({
      {"« Mon client, a plaidé Me Karim Haddad, n'a jamais cherché à s'enrichir "
       "personnellement », a-t-il ajouté devant le tribunal.",
       Verdict::kSupported},
      {"« Mon client, jeune et naïf, n'a jamais cherché à s'enrichir personnellement », a "
       "plaidé Me Karim Haddad devant le tribunal.",
       Verdict::kContradicted},
  }));
  CAPTURE(source_text);
  auto a = verify::test::article(
      "« Mon client n'a jamais cherché à s'enrichir personnellement », a plaidé Me Karim Haddad.",
      "Mon client", "2026-01-14", Kind::kQuote);
  CHECK(verify::test::judged(a, {verify::test::source("s1", source_text, "2026-01-13")}) ==
        expected);
}

TEST_CASE("an office given without its organisation in a document about it is that office",
          "[rules]") {
  // Kind (a ninth blind trial): "Sandstone Metals managing director Karen Whitlock" was left
  // unverified by a company report's "Managing director Karen Whitlock said …", and "Vilamar
  // president Rui Cardoso" contradicted by a club paper's "Club president Rui Cardoso": the
  // office's organisation is the document's, which names it elsewhere ("Club" is a kind of
  // body, no organisation's name). A document that names another organisation near the
  // holder still makes another office; one that never names the claim's cannot confirm it.
  struct Case {
    std::string article, value, bare;
    std::vector<std::string> names;  // the whole document's capitalised words, folded
  };
  for (const auto& k : {
           Case{"Ian Coldwell, chief executive of Eastfield Freight, visited the site.",
                "Ian Coldwell | chief executive, Eastfield Freight",
                "Chief executive Ian Coldwell visited the site on Monday.",
                {"chief", "coldwell", "eastfield", "freight", "ian", "monday"}},
           Case{"Vilamar president Rui Cardoso said the club had turned down a bid.",
                "Rui Cardoso | Vilamar president",
                "Club president Rui Cardoso said the offer was too good to refuse.",
                {"cardoso", "club", "rui", "vilamar"}},
           Case{"Rui Cardoso, président de Vilamar, a confirmé la vente.",
                "Rui Cardoso | président de Vilamar",
                "Le président Rui Cardoso a confirmé la vente mercredi.",
                {"cardoso", "le", "rui", "vilamar"}},
           // A place of two words (a thirteenth blind trial: « la mairesse de Val-Brûlé, Josée
           // Bérubé » against the town's « a déclaré la mairesse, Josée Bérubé »): its words
           // count as given, or the title alone is too small a share of the office.
           Case{"« Nous restons », a déclaré la mairesse de Val-Brûlé, Josée Bérubé.",
                "Josée Bérubé | mairesse de Val-Brûlé",
                "« Nous restons », a déclaré la mairesse, Josée Bérubé.",
                {"berube", "brule", "josee", "nous", "val"}},
           Case{"\"We are staying,\" said the mayor of Port Aldric, Dana Pike.",
                "Dana Pike | mayor of Port Aldric",
                "\"We are staying,\" said the mayor, Dana Pike.",
                {"aldric", "dana", "pike", "port", "we"}},
       }) {
    CAPTURE(k.article);
    auto [c, ctx] = article_claim(k.article, Kind::kRole, k.value);
    auto about = passage("doc", "doc.example", k.bare);
    about.document_names = k.names;
    CHECK(shipped().judge(c, ctx, {about}).verdict == Verdict::kSupported);
    auto elsewhere = passage("other", "other.example", k.bare);
    elsewhere.document_names = {"cardoso", "coldwell", "ian", "rui", "westmoor"};
    CHECK(shipped().judge(c, ctx, {elsewhere}).verdict == Verdict::kUnverified);
  }
}

TEST_CASE("a council office's portfolio of planning or highways tells it from another", "[rules]") {
  // Kind (a thirteenth blind trial): "Tom Whitlock, the council's cabinet member for planning"
  // was unverified by the council's "Councillor Tom Whitlock, cabinet member for environment":
  // "planning" was no portfolio the lexicon knew, so the two offices shared "cabinet member"
  // and nothing told them apart. Local government's portfolios (planning, « urbanisme »,
  // highways, « voirie », climate) are portfolios like health or transport.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, span, source_text,
        expected] = GENERATE(table<std::string, std::string, std::string, Verdict>({
      {"Noise complaints rose, said Tom Whitlock, the council's cabinet member for planning.",
       "Tom Whitlock",
       "Noise complaints rose, said Councillor Tom Whitlock, cabinet member for environment.",
       Verdict::kContradicted},
      {"Noise complaints rose, said Tom Whitlock, the council's cabinet member for planning.",
       "Tom Whitlock",
       "Noise complaints rose, said Councillor Tom Whitlock, cabinet member for planning.",
       Verdict::kSupported},
      {"Le chantier commencera en mai, a précisé Marie Roux, adjointe à l'urbanisme.", "Marie Roux",
       "Le chantier commencera en mai, a précisé Marie Roux, adjointe à la culture.",
       Verdict::kContradicted},
  }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, span, "2026-03-16", Kind::kRole);
  CHECK(judged(a, {source("s1", source_text, "2026-03-15")}) == expected);
}

TEST_CASE("the last election before a date is an earlier occurrence and not this one's day",
          "[rules]") {
  // Kind (a new-user trial): "the last local election in November 2023" was disputed by a
  // source's "the special election on May 13": "the last" before an event's noun names the one
  // before, whose day is not this one's. (French « dernier » mostly means the latest: « le
  // dernier bilan ».) A span after "last" ("the last two years") is no occurrence, and the
  // same earlier occurrence told with another month still contradicts.
  using verify::test::article;
  using verify::test::judged;
  using verify::test::source;
  auto [claim_text, span, source_text,
        expected] = GENERATE(table<std::string, std::string, std::string, Verdict>({
      {"Westmoor voters approved the levy, a year and a half after the last local election in "
       "November 2023.",
       "November 2023",
       "Westmoor voters approved the library levy in a special election on May 13.",
       Verdict::kUnverified},
      {"The levy vote drew 41% of Westmoor voters, against 29% in the last local election in "
       "November 2023.",
       "November 2023", "The special election on May 13 drew 41% of Westmoor voters.",
       Verdict::kUnverified},
      {"Turnout was 41%, up from 29% at the last local election in November 2023.", "November 2023",
       "Turnout was 29% at the last local election in October 2023.", Verdict::kContradicted},
  }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, span, "2025-05-15", Kind::kDate);
  CHECK(judged(a, {source("s1", source_text, "2025-05-14")}) == expected);
}

// Engine tests: a real corpus in a temporary home, the shipped rules, and the SQLite store.
#include "verify/engine.h"

#include <sqlite3.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>

#include "engine_impl.h"
#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::TempDir;
namespace engine = verify::engine;
namespace claims = verify::claims;
namespace corpus = verify::corpus;
namespace rules = verify::rules;

namespace {

const fs::path kData = fs::path(VERIFY_TEST_DATA) / "cli";

void build_corpus(const fs::path& home) {
  auto c = corpus::Corpus::open(home, corpus::Corpus::Mode::kWrite);
  auto r = c->add_path(kData / "corpus.jsonl");
  REQUIRE(r.rejected == 0);
}

// A source of `source` ("wire.example"), its url made from both, published on `published`.
corpus::Document source_doc(const std::string& id, const std::string& source,
                            const std::string& published, const std::string& text) {
  corpus::Document d;
  d.id = id;
  d.url = "https://" + source + "/" + id;
  d.source = source;
  d.published = published;
  d.text = text;
  return d;
}

// Adds `docs` to the corpus of `home`, read at ingest as `verify corpus add` reads them.
void ingest(const fs::path& home, const std::vector<corpus::Document>& docs) {
  auto c = corpus::Corpus::open(home, corpus::Corpus::Mode::kWrite);
  engine::read_sources_at_ingest(*c);
  REQUIRE(c->add_documents(docs).added == docs.size());
}

void sql(const fs::path& db_path, const char* statement) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(db, statement, nullptr, nullptr, &err);
  std::string msg = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  INFO(msg);
  REQUIRE(rc == SQLITE_OK);
}

long long count_rows(const fs::path& db_path, const std::string& table) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  std::string q = "SELECT COUNT(*) FROM " + table;
  REQUIRE(sqlite3_prepare_v2(db, q.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
  long long n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

}  // namespace

TEST_CASE("a stored check is loaded back with the same claims, verdicts and evidence", "[engine]") {
  TempDir tmp;
  build_corpus(tmp.path());
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto article = claims::load_article(kData / "article.txt");
  auto report = eng.check(article);
  REQUIRE(report.run_id > 0);
  REQUIRE_FALSE(report.results.empty());
  CHECK(report.summary.supported + report.summary.contradicted + report.summary.disputed +
            report.summary.unverified ==
        report.results.size());

  auto loaded = eng.load_run(report.run_id);
  REQUIRE(loaded.results.size() == report.results.size());
  for (size_t i = 0; i < report.results.size(); ++i) {
    const auto& a = report.results[i];
    const auto& b = loaded.results[i];
    CHECK(a.claim.text == b.claim.text);
    CHECK(a.claim.value == b.claim.value);
    CHECK(a.claim.sentence == b.claim.sentence);
    CHECK(a.finding.verdict == b.finding.verdict);
    CHECK(a.finding.explanation == b.finding.explanation);
    REQUIRE(a.finding.evidence.size() == b.finding.evidence.size());
    for (size_t j = 0; j < a.finding.evidence.size(); ++j) {
      CHECK(a.finding.evidence[j].passage.doc_id == b.finding.evidence[j].passage.doc_id);
      CHECK(a.finding.evidence[j].value_start == b.finding.evidence[j].value_start);
    }
  }
  // The renderings of a loaded run are those of the original.
  CHECK(engine::render(loaded, engine::Format::kMarkdown) ==
        engine::render(report, engine::Format::kMarkdown));
}

TEST_CASE("a check against an empty corpus leaves every claim unverified", "[engine]") {
  TempDir tmp;
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto report = eng.check(claims::load_article(kData / "article.txt"));
  REQUIRE_FALSE(report.results.empty());
  CHECK(report.summary.unverified == report.results.size());
}

TEST_CASE("a store write that fails midway leaves no partial run and keeps earlier runs",
          "[engine][store]") {
  TempDir tmp;
  build_corpus(tmp.path());
  auto article = claims::load_article(kData / "article.txt");
  fs::path db = engine::store_path(tmp.path());
  {
    engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
    REQUIRE(eng.check(article).run_id == 1);
  }
  auto claims_before = count_rows(db, "claims");
  // Fail the first evidence insert of the next run: runs and claims rows were already written
  // in the same transaction and must be rolled back.
  sql(db,
      "CREATE TRIGGER fail_evidence BEFORE INSERT ON evidence "
      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
  {
    engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
    CHECK_THROWS_AS(eng.check(article), engine::StoreError);
  }
  CHECK(count_rows(db, "runs") == 1);
  CHECK(count_rows(db, "claims") == claims_before);
  sql(db, "DROP TRIGGER fail_evidence");
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  CHECK(eng.load_run(1).results.size() == static_cast<size_t>(claims_before));
  CHECK(eng.check(article).run_id == 2);
}

TEST_CASE("loading a run that does not exist names it", "[engine][store]") {
  TempDir tmp;
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  try {
    eng.load_run(42);
    FAIL("expected StoreError");
  } catch (const engine::StoreError& e) {
    CHECK(std::string(e.what()).find("42") != std::string::npos);
  }
}

TEST_CASE("claims JSON escapes quotes and control characters", "[engine]") {
  auto article = claims::parse_article("He said \"we\ttried\" on Monday.\n", "txt", "a.txt");
  claims::Claim c;
  c.id = "c1";
  c.kind = claims::Kind::kQuote;
  c.text = "\"we\ttried\"";
  c.value = "we\ttried";
  auto json = engine::claims_json(article, claims::Extraction{{c}, std::nullopt, {}});
  CHECK(json.find("we\\ttried") != std::string::npos);
  CHECK(json.find("\\\"we") != std::string::npos);
}

TEST_CASE("an engine kept open sees sources ingested after it was opened", "[engine]") {
  TempDir tmp;
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto article = claims::load_article(kData / "article.txt");
  engine::CheckOptions no_store;
  no_store.store = false;
  auto before = eng.check(article, no_store);
  CHECK(before.summary.supported == 0);
  build_corpus(tmp.path());
  auto after = eng.check(article, no_store);
  CHECK(after.corpus_size == 5);
  CHECK(after.summary.supported > 0);
}

TEST_CASE(
    "an undated source is dated by the date in its URL, else its relative dates stay unresolved",
    "[engine]") {
  // Kind: a source with "published": null whose URL carries its date reports "on Friday".
  TempDir tmp;
  auto jsonl = tmp.path() / "sources.jsonl";
  verify::test::write_file(
      jsonl,
      "{\"id\": \"dated-url\", \"url\": \"https://news.example/2025/06/28/harbour-deal\", "
      "\"title\": \"Harbour deal signed\", \"published\": null, \"source\": \"news.example\", "
      "\"text\": \"The Port of Calvera signed the harbour deal with the dockworkers union on "
      "Friday, port officials said. The harbour deal ends the Calvera strike.\"}\n"
      "{\"id\": \"no-date\", \"url\": \"https://other.example/harbour-deal\", \"title\": "
      "\"Harbour deal\", \"published\": null, \"source\": \"other.example\", \"text\": \"The "
      "Port of Calvera signed the harbour deal with the dockworkers union on Monday, a union "
      "leader said. The harbour deal ends the Calvera strike.\"}\n");
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    REQUIRE(c->add_path(jsonl).rejected == 0);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto article = claims::parse_article(
      "Calvera harbour deal\n\nCALVERA, July 2, 2025 (Wire) — The Port of Calvera signed the "
      "harbour deal with the dockworkers union on June 27, ending the Calvera strike.\n",
      "txt");
  engine::CheckOptions opts;
  opts.store = false;
  auto report = eng.check(article, opts);
  const engine::ClaimResult* date = nullptr;
  for (const auto& r : report.results) {
    if (r.claim.kind == claims::Kind::kDate && r.claim.value == "2025-06-27") date = &r;
  }
  REQUIRE(date != nullptr);
  // Friday before 2025-06-28 is June 27: supported; the undated "Monday" is no evidence.
  CHECK(date->finding.verdict == rules::Verdict::kSupported);
  for (const auto& e : date->finding.evidence) CHECK(e.passage.doc_id == "dated-url");
}

TEST_CASE("a figure is judged by the story's sources however many others share its words",
          "[engine]") {
  // Kind: the judge reads a figure only from sources about the article's story (its lead
  // name, or two of its names; here two names tie, so both), but the searches ranked the whole
  // corpus, so 30 reports of another town's floods that share the claim's words and one of the
  // story's names filled the hits and the story's own source, which gives another figure, was
  // never read. The
  // searches of figures, dates and roles now look only among the sources that could pass that
  // gate; a quote's are not narrowed. English and French.
  struct Case {
    std::string article, other, story, quote_source;
  };
  for (const auto& k : {
           Case{"Valley floods\n\nPublished: March 4, 2026\n\nFloods hit Tarvel and the Olsen "
                "valley.\n\nFourteen houses were destroyed by the floods, officials "
                "said.\n\nTarvel and the Olsen valley will need months, \"we will rebuild every "
                "home\", the mayor said.\n",
                "Fourteen houses were destroyed by the floods in Brenna, near Tarvel, officials "
                "said. Officials said fourteen houses were destroyed by the floods.",
                "Seventeen houses were destroyed by the floods in Tarvel and the Olsen valley, "
                "officials said.",
                "In Brenna the mayor said: \"we will rebuild every home\"."},
           Case{"Inondations dans la vallée\n\nPublié le 4 mars 2026\n\nLes inondations ont "
                "frappé Tarvel et la vallée d'Olsen.\n\nQuatorze maisons ont été détruites par "
                "les inondations, selon les autorités.\n\nTarvel et la vallée d'Olsen auront "
                "besoin de mois, « nous reconstruirons chaque maison », a déclaré la maire.\n",
                "Quatorze maisons ont été détruites par les inondations à Brenna, près de "
                "Tarvel, selon les autorités. Selon les autorités, quatorze maisons ont été "
                "détruites par les inondations.",
                "Dix-sept maisons ont été détruites par les inondations à Tarvel et dans la "
                "vallée d'Olsen, selon les autorités.",
                "À Brenna, la maire a déclaré : « nous reconstruirons chaque maison »."},
       }) {
    CAPTURE(k.article);
    TempDir tmp;
    {
      auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
      engine::read_sources_at_ingest(*c);
      std::vector<corpus::Document> docs;
      for (int i = 0; i < 30; ++i) {
        corpus::Document d;
        d.id = "other-" + std::to_string(i);
        d.url = "https://other.example/" + std::to_string(i);
        d.source = "other.example";
        d.published = "2026-03-04";
        d.text = k.other;
        docs.push_back(d);
      }
      corpus::Document story;
      story.id = "story";
      story.url = "https://story.example/1";
      story.source = "story.example";
      story.published = "2026-03-04";
      story.text = k.story;
      docs.push_back(story);
      corpus::Document quoted = story;
      quoted.id = "quoted";
      quoted.url = "https://quoted.example/1";
      quoted.source = "quoted.example";
      quoted.text = k.quote_source;
      docs.push_back(quoted);
      REQUIRE(c->add_documents(docs).added == docs.size());
    }
    engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
    auto report = eng.check(claims::parse_article(k.article, "txt", "floods.txt"));
    bool figure = false, quote = false;
    for (const auto& r : report.results) {
      if (r.claim.kind == claims::Kind::kCount && r.claim.number && *r.claim.number == 14) {
        figure = true;
        CHECK(r.finding.verdict == rules::Verdict::kContradicted);
        for (const auto& hits : r.hits) {
          for (const auto& id : hits) CHECK(id == "story");
        }
      }
      if (r.claim.kind == claims::Kind::kQuote) {
        quote = true;
        bool found = false;
        for (const auto& hits : r.hits) {
          for (const auto& id : hits) found = found || id == "quoted";
        }
        CHECK(found);
      }
    }
    CHECK(figure);
    CHECK(quote);
  }
}

TEST_CASE("a claim's text is shown on one line in the text reports", "[engine]") {
  // A wrapped line's break, or a quote's over paragraphs, inside the claim's text.
  CHECK(engine::one_line("Defence Secretary Caspar\nWeinberger") ==
        "Defence Secretary Caspar Weinberger");
  CHECK(engine::one_line("the next\r\n    one,  said") == "the next one,  said");
  CHECK(engine::one_line("tab\there") == "tab here");
  CHECK(engine::one_line("as is") == "as is");
}

TEST_CASE("a hard-wrapped source is read across its line breaks as an article is", "[engine]") {
  // Kind: wire copy wrapped at a fixed width, with a wrap inside the speaker's name
  // ("Defence Secretary Caspar" / "Weinberger said"): read line by line, the source gave the
  // office to "Caspar" and the article's role went unconfirmed; a quote's speaker could be cut
  // the same way. The article here is not wrapped.
  TempDir tmp;
  {
    corpus::Document d =
        source_doc("wire-1", "wire.example", "1987-03-29",
                   "NEW YORK, March 29 - U.S. Defence Secretary Caspar\n"
                   "Weinberger said on Sunday the Soviet Union had tested its SS-18\n"
                   "missile. \"It was a successful test so far as we know, and the next\n"
                   "one of course is the follow-on to the SS-20,\" Weinberger told a\n"
                   "television interview program. Soviet exports of arms grew 8.8\n"
                   "pct in the first quarter of the year, the Pentagon said.\n"
                   "    Weinberger, who spoke from Washington, said the United States\n"
                   "would respond to the test with new talks in Geneva next month.\n");
    d.title = "Soviets tested SS-18 missile - Weinberger";
    ingest(tmp.path(), {d});
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto report = eng.check(claims::parse_article(
      "Weinberger says Soviets tested missile\n\nPublished March 30, 1987\n\n"
      "U.S. Defence Secretary Caspar Weinberger said the Soviet Union had tested its SS-18 "
      "missile.\n\n\"It was a successful test so far as we know, and the next one of course is "
      "the follow-on to the SS-20,\" Defence Secretary Caspar Weinberger told a television "
      "program.\n",
      "txt", "missile.txt"));
  int roles = 0, quotes = 0;
  for (const auto& r : report.results) {
    CAPTURE(r.claim.text, r.finding.explanation);
    if (r.claim.kind == claims::Kind::kRole) {
      ++roles;
      CHECK(r.finding.verdict == rules::Verdict::kSupported);
    }
    if (r.claim.kind == claims::Kind::kQuote) {
      ++quotes;
      CHECK(r.finding.verdict == rules::Verdict::kSupported);
      CHECK(r.finding.explanation.find("from Caspar Weinberger") != std::string::npos);
      REQUIRE_FALSE(r.finding.evidence.empty());
      // The passage shown is the source's text with its wraps joined.
      CHECK(r.finding.evidence[0].passage.text.find('\n') == std::string::npos);
    }
  }
  CHECK(roles == 2);
  CHECK(quotes == 1);
}

TEST_CASE("a quotation's later sentence is read with the speaker named where it opens",
          "[engine]") {
  // Kind (a tenth blind trial): a source's quotation of two sentences, its speaker named before
  // the first ("Isabelle Fournier, directrice générale : « … étroit. La génération … » Marc
  // Delorme … a ensuite détaillé …"). The window around the later sentence started inside the
  // quotation, so the words were given to no one there, and an article giving the second
  // sentence to the next person named was left "unverified" instead of misattributed. (The
  // English row passed before too: a guard.)
  auto [source_text, article_text] = GENERATE(table<std::string, std::string>({
      {"Agathe Marchal, directrice générale : « Nous devons adapter notre organisation à un "
       "marché durablement plus étroit. La génération de trésorerie reste solide et nous n'avons "
       "pas besoin de faire appel aux actionnaires. » Luc Perrot, directeur financier, a ensuite "
       "détaillé l'évolution des stocks et du besoin en fonds de roulement.",
       "Le directeur financier, Luc Perrot, s'est voulu rassurant : « La génération de trésorerie "
       "reste solide et nous n'avons pas besoin de faire appel aux actionnaires. »"},
      {"Agatha Marsh, the chief executive, said: \"We have to adapt to a smaller market. Our "
       "cash position remains strong and we do not need to ask shareholders for money.\" Luke "
       "Perrot, the finance director, then detailed the change in inventories and working "
       "capital.",
       "The finance director, Luke Perrot, was reassuring: \"Our cash position remains strong "
       "and we do not need to ask shareholders for money.\""},
  }));
  TempDir tmp;
  ingest(tmp.path(), {source_doc("call-1", "company.example", "2026-07-22", source_text)});
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto report = eng.check(claims::parse_article(
      "Results\n\nPublished July 23, 2026\n\n" + article_text + "\n", "txt", "results.txt"));
  int quotes = 0;
  for (const auto& r : report.results) {
    if (r.claim.kind != claims::Kind::kQuote) continue;
    ++quotes;
    CAPTURE(r.claim.text, r.finding.explanation);
    CHECK(r.finding.verdict == rules::Verdict::kContradicted);
    CHECK(r.finding.rule == "quote.misattributed");
  }
  CHECK(quotes == 1);
}

TEST_CASE("a source naming the headline's place is read though it never names the lead",
          "[engine]") {
  // Kind: an article naming an official who speaks in it three times and its town twice (once
  // in the headline): the official was the story's lead, and the sources about the same event
  // that name the town but not the official were never read, so their figures went unchecked
  // (a blind trial). The headline's one story name admits a source alone. English and French.
  struct Case {
    std::string article, source, figure;
  };
  for (const auto& k : {
           Case{"Valbruny loses its maternity ward\n\nPublished: June 19, 2026\n\nThe "
                "maternity ward will close, regional director Helen Sarrat said. The ward in "
                "Valbruny delivered 287 babies in 2025, Sarrat said. Patients will go elsewhere, "
                "Sarrat added.\n",
                "The maternity ward of the hospital in Valbruny delivered 278 babies in 2025, the "
                "hospital said.",
                "287"},
           Case{"Valbruny perd sa maternité\n\nPublié le 19 juin 2026\n\nLa maternité "
                "fermera, a annoncé la directrice Hélène Sarrat. La maternité de Valbruny a "
                "réalisé 287 accouchements en 2025, selon Mme Sarrat. Les patientes iront "
                "ailleurs, a ajouté "
                "Mme Sarrat.\n",
                "La maternité de l'hôpital de Valbruny a réalisé 278 accouchements en 2025.",
                "287"},
       }) {
    CAPTURE(k.article);
    TempDir tmp;
    ingest(tmp.path(), {source_doc("town", "town.example", "2026-06-16", k.source)});
    engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
    auto report = eng.check(claims::parse_article(k.article, "txt", "ward.txt"));
    bool figure = false;
    for (const auto& r : report.results) {
      if (r.claim.kind != claims::Kind::kCount || r.claim.text != k.figure) continue;
      figure = true;
      CHECK(r.finding.verdict == rules::Verdict::kContradicted);
    }
    CHECK(figure);
  }
}

TEST_CASE("a source whose title alone names the story in an elided French word is searched",
          "[engine]") {
  // Kind (a third blind trial): the article's headline and lead name « l'Assemblée » twice, so
  // its figures are searched among sources naming "assemblee"; a source naming it only in its
  // title (« … voté à l'Assemblée ») was never found, because the bare word of an elided one
  // was indexed for the text alone, and its "71 députés" never met the article's 75.
  TempDir tmp;
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document vote;
    vote.id = "vote";
    vote.url = "https://one.example/vote";
    vote.source = "one.example";
    vote.published = "2026-04-14";
    vote.title = "Les députés votent l'interdiction des réseaux sociaux avant 15 ans";
    vote.text =
        "L'Assemblée nationale a adopté, mardi 14 avril, la proposition de loi "
        "interdisant les réseaux sociaux aux moins de 15 ans, par 342 voix contre 181.";
    corpus::Document groups = vote;
    groups.id = "groups";
    groups.url = "https://two.example/groups";
    groups.source = "two.example";
    groups.published = "2026-04-15";
    groups.title = "Réseaux sociaux : ce que contient le texte voté à l'Assemblée";
    groups.text = "Le Sénat examinera le texte à l'automne. Le groupe LFI compte 71 députés.";
    REQUIRE(c->add_documents({vote, groups}).added == 2);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto report = eng.check(claims::parse_article(
      "Réseaux sociaux : l'Assemblée vote l'interdiction avant 15 ans\n\nPARIS, 15 avril 2026 – "
      "L'Assemblée nationale a adopté mardi la proposition de loi interdisant l'accès aux "
      "réseaux sociaux aux mineurs de moins de 15 ans. Le groupe LFI, qui compte 75 députés, a "
      "voté contre.\n",
      "txt", "vote.txt"));
  bool seen = false;
  for (const auto& r : report.results) {
    if (r.claim.kind != claims::Kind::kCount || !r.claim.number || *r.claim.number != 75) continue;
    seen = true;
    CHECK(r.finding.verdict == rules::Verdict::kContradicted);
  }
  CHECK(seen);
}

TEST_CASE("a sum a source writes short is found for the sum written out", "[engine]") {
  // Kind (a seventh blind trial): « 48 millions d'euros » and « 62 millions d'euros » were
  // unverified against a budget table writing « 48 M€ », « 62 M€ »: the searches asked for
  // "48000000", "48 million(s)" only, and the passage cut did not take "62 m" to end before
  // a solid "€". So too "£48m", "$1.2bn", "48 mln". Written short in the source, out in the
  // article, English and French.
  TempDir tmp;
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document fr;
    fr.id = "fr";
    fr.url = "https://one.example/budget";
    fr.source = "one.example";
    fr.published = "2026-03-14";
    fr.title = "Budget de Valdrôme : les chiffres";
    fr.text = "Budget primitif de Valdrôme. Dette : 62 M€, soit 1 290 € par habitant.";
    corpus::Document en = fr;
    en.id = "en";
    en.url = "https://two.example/plan";
    en.source = "two.example";
    en.title = "Valdrome tram plan";
    en.text =
        "The Valdrome tram extension was costed at £48m. The whole network would cost $1.2bn.";
    REQUIRE(c->add_documents({fr, en}).added == 2);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto fr_report = eng.check(claims::parse_article(
      "Budget de Valdrôme\n\nVALDRÔME, 16 mars 2026 – L'endettement de Valdrôme atteint 62 "
      "millions d'euros.\n",
      "txt", "fr.txt"));
  auto en_report = eng.check(claims::parse_article(
      "Valdrome tram\n\nVALDROME, March 16, 2026 – The Valdrome tram extension is priced at 48 "
      "million pounds. The network's bill is put at 1.2 billion dollars.\n",
      "txt", "en.txt"));
  std::size_t seen = 0;
  for (const auto* report : {&fr_report, &en_report}) {
    for (const auto& r : report->results) {
      if (r.claim.kind != claims::Kind::kMoney || !r.claim.number || *r.claim.number < 1e6)
        continue;
      ++seen;
      CAPTURE(r.claim.text);
      CHECK(r.finding.verdict == rules::Verdict::kSupported);
    }
  }
  CHECK(seen == 3);
}

TEST_CASE("a measure a source writes glued to its unit is found for the claim's", "[engine]") {
  // Kind (an eleventh blind trial): "only 4.2mm of rain" was unverified against the Met Office's
  // "only 4.2mm of rain recorded": the index reads "4.2mm" as one term, and the searches asked
  // for "4.2" alone. A figure whose noun is a short unit is also searched glued to it ("4.2mm",
  // « 7,5ml »). English and French.
  TempDir tmp;
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document en;
    en.id = "en";
    en.url = "https://one.example/july";
    en.source = "one.example";
    en.published = "2026-08-03";
    en.title = "Westmarch July rainfall";
    en.text = "Westmarch had its driest July since 1984, with only 4.2mm of rain recorded.";
    corpus::Document fr = en;
    fr.id = "fr";
    fr.url = "https://two.example/pipette";
    fr.source = "two.example";
    fr.title = "Pipette de l'Amoxivel";
    fr.text = "Remplie jusqu'au trait, la pipette de l'Amoxivel délivre 7,5ml au lieu de 5.";
    REQUIRE(c->add_documents({en, fr}).added == 2);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto en_report = eng.check(claims::parse_article(
      "Westmarch drought\n\nWESTMARCH, Aug. 12, 2026 - Westmarch had only 4.2mm of rain in "
      "July, the driest since 1984.\n",
      "txt", "en.txt"));
  auto fr_report = eng.check(claims::parse_article(
      "Amoxivel\n\nPARIS, 22 avril 2026 – La pipette de l'Amoxivel délivre 7,5ml au lieu de 5, "
      "selon l'agence.\n",
      "txt", "fr.txt"));
  std::size_t seen = 0;
  for (const auto* report : {&en_report, &fr_report}) {
    for (const auto& r : report->results) {
      if (r.claim.kind != claims::Kind::kCount || !r.claim.number ||
          (*r.claim.number != 4.2 && *r.claim.number != 7.5))
        continue;
      ++seen;
      CAPTURE(r.claim.text);
      CHECK(r.finding.verdict == rules::Verdict::kSupported);
    }
  }
  CHECK(seen == 2);
}

TEST_CASE("a hedged figure finds the source that gives the figure exactly", "[engine]") {
  // Kind (a twelfth blind trial): "près de 15 millions de dollars" was unverified, no source
  // found, though the ministry gave « 14,6 millions de dollars »: a hedged figure was searched
  // by its own forms ("15 millions") and by its verb, which the exact source need not write.
  // The words nearest the figure are searched too. English and French; a source whose figure
  // is far off contradicts.
  TempDir tmp;
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document en;
    en.id = "en";
    en.url = "https://one.example/viaduct";
    en.source = "one.example";
    en.published = "2026-06-16";
    en.title = "Harlow viaduct: update";
    en.text =
        "The Harlow viaduct stays closed. Repairs are estimated at $14.6 million. A shuttle runs "
        "every 30 minutes. Sam Reed, the ministry's regional director, leads the work.";
    corpus::Document fr = en;
    fr.id = "fr";
    fr.url = "https://two.example/pont";
    fr.source = "two.example";
    fr.title = "Pont de Vaubrac : mise à jour";
    fr.text =
        "Le pont de Vaubrac reste fermé. Une navette circule toutes les 30 minutes. Les horaires "
        "sont en ligne. Les réparations coûteront 11,2 millions d'euros. Luc Roy, directeur "
        "régional du ministère, coordonne le chantier.";
    REQUIRE(c->add_documents({en, fr}).added == 2);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto en_report = eng.check(claims::parse_article(
      "Harlow viaduct\n\nHARLOW, June 17, 2026 - The Harlow viaduct was closed on Monday. "
      "According to Dana Pike, the ministry's regional director, the repairs will cost nearly $15 "
      "million.\n",
      "txt", "en.txt"));
  auto fr_report = eng.check(claims::parse_article(
      "Pont de Vaubrac\n\nVAUBRAC, 17 juin 2026 – Le pont de Vaubrac a été fermé lundi. Selon "
      "Anne Morel, la directrice régionale du ministère, les réparations coûteront près de 15 "
      "millions d'euros.\n",
      "txt", "fr.txt"));
  std::size_t seen = 0;
  for (const auto* report : {&en_report, &fr_report}) {
    for (const auto& r : report->results) {
      if (r.claim.kind != claims::Kind::kMoney) continue;
      ++seen;
      CAPTURE(r.claim.text, r.finding.explanation);
      CHECK(r.finding.verdict ==
            (report == &en_report ? rules::Verdict::kSupported : rules::Verdict::kContradicted));
    }
  }
  CHECK(seen == 2);
}

TEST_CASE("a same-day update that corrects a figure outranks the release it corrects", "[engine]") {
  // Kind (a thirteenth blind trial): the district's release said "three bus routes at a cost
  // of $410,000", and its update the same day "Update: … will add four bus routes, not three.
  // The four routes will cost $520,000 a year". The story's "three bus routes" was disputed and
  // its "$520,000" disputed too: of two sources of one date neither was the later. A document
  // that opens as an update or a correction ("Update:", « Mise à jour : ») is the later, and a
  // later source that denies the claim's very figure ("not three") corrects it. English and
  // French.
  TempDir tmp;
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document first;
    first.id = "first";
    first.url = "https://dunmere.example/release";
    first.source = "dunmere.example";
    first.published = "2026-06-17";
    first.title = "Dunmere board votes to close two schools";
    first.text = "The Dunmere district will add three bus routes at a cost of $410,000 a year.";
    corpus::Document update = first;
    update.id = "update";
    update.url = "https://dunmere.example/update";
    update.text =
        "Update: the Dunmere district will add four bus routes, not three. The four routes will "
        "cost $520,000 a year.";
    corpus::Document premier = first;
    premier.id = "premier";
    premier.url = "https://valbrac.example/communique";
    premier.source = "valbrac.example";
    premier.title = "Valbrac ferme deux écoles";
    premier.text = "La commune de Valbrac ajoutera trois lignes de bus, pour 410 000 euros par an.";
    corpus::Document maj = premier;
    maj.id = "maj";
    maj.url = "https://valbrac.example/mise-a-jour";
    maj.text =
        "Mise à jour : la commune de Valbrac ajoutera quatre lignes de bus, et non trois. Les "
        "quatre lignes coûteront 520 000 euros par an.";
    REQUIRE(c->add_documents({first, update, premier, maj}).added == 4);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto en_report = eng.check(claims::parse_article(
      "Dunmere schools\n\nDUNMERE, June 18, 2026 - The Dunmere district will add three bus "
      "routes, at a cost of $520,000 a year.\n",
      "txt", "en.txt"));
  auto fr_report = eng.check(claims::parse_article(
      "Écoles de Valbrac\n\nVALBRAC, 18 juin 2026 – La commune de Valbrac ajoutera trois lignes "
      "de bus, pour 520 000 euros par an.\n",
      "txt", "fr.txt"));
  std::size_t seen = 0;
  for (const auto* report : {&en_report, &fr_report}) {
    for (const auto& r : report->results) {
      if (r.claim.kind != claims::Kind::kCount && r.claim.kind != claims::Kind::kMoney) continue;
      ++seen;
      CAPTURE(r.claim.text, r.finding.explanation);
      CHECK(r.finding.verdict == (r.claim.kind == claims::Kind::kCount
                                      ? rules::Verdict::kContradicted
                                      : rules::Verdict::kSupported));
    }
  }
  CHECK(seen == 4);
}

TEST_CASE("an organisation's page published under its acronym is one of its story's sources",
          "[engine]") {
  // Kind (a sixteenth blind trial): a union's returning officer corrected its turnout on the
  // union's site (nmui.example: "31.5% …, not 35% as stated"), naming nobody; the story names
  // "the Nursing and Midwifery Union of Ireland" once, in its first paragraph, so neither the
  // same-story search nor the gate read the page, and the wrong 35% was supported. The
  // initials of an organisation the headline or the first paragraph names in three capitalised
  // words or more are a publisher of the story's. Another organisation's initials are not. A
  // French story too (« Agence Régionale de Santé », ars.example).
  TempDir tmp;
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document own;
    own.id = "own";
    own.url = "https://nmui.example/news/turnout";
    own.source = "nmui.example";
    own.published = "2026-05-16";
    own.title = "Turnout in the election";
    own.text =
        "Turnout in the election for general secretary was 31.5% of the members "
        "eligible to vote.";
    corpus::Document other = own;
    other.id = "other";
    other.url = "https://inmo.example/news/turnout";
    other.source = "inmo.example";
    other.text =
        "Turnout in the election for general secretary was 22% of the members "
        "eligible to vote.";
    corpus::Document fr;
    fr.id = "fr";
    fr.url = "https://ars.example/actualites/bilan";
    fr.source = "ars.example";
    fr.published = "2026-01-27";
    fr.title = "Bilan";
    fr.text = "Au total, 12 malades ont été hospitalisés depuis le début de l'épidémie.";
    REQUIRE(c->add_documents({own, other, fr}).added == 3);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto en_report = eng.check(claims::parse_article(
      "Nurses elect Kearney\n\nKILLARNEY, May 18, 2026 - Siobhan Kearney has been elected general "
      "secretary of the Nursing and Midwifery Union of Ireland.\n\nKearney won the vote on "
      "Friday. Turnout in the election was 35% of the members eligible to vote, Kearney "
      "said.\n",
      "txt", "en.txt"));
  auto fr_report = eng.check(claims::parse_article(
      "Rougeole : l'épidémie progresse\n\nFOIX, 28 janvier 2026 – L'Agence Régionale de Santé "
      "d'Occitanie a publié mardi son bilan de l'épidémie en Ariège.\n\nEn Ariège, 9 malades ont "
      "été hospitalisés depuis le début de l'épidémie.\n",
      "txt", "fr.txt"));
  std::size_t seen = 0;
  for (const auto* report : {&en_report, &fr_report}) {
    for (const auto& r : report->results) {
      if ((r.claim.kind != claims::Kind::kPercent && r.claim.kind != claims::Kind::kCount) ||
          !r.claim.number || (*r.claim.number != 35 && *r.claim.number != 9))
        continue;
      ++seen;
      CAPTURE(r.claim.text, r.finding.explanation);
      CHECK(r.finding.verdict == rules::Verdict::kContradicted);
      for (const auto& e : r.finding.evidence) CHECK(e.passage.doc_id != "other");
    }
  }
  CHECK(seen == 2);
  // A domain name's other shapes: the initials before the last word ("gpfamenne" for the
  // "Grand Prix de Famenne"), and the words run together.
  const auto rules_set = rules::RuleSet::load(VERIFY_RULES_DIR);
  const auto story = rules_set.story_names(
      "Chute collective au Grand Prix\n\nMARCHE, 6 avril 2026 – Une chute a impliqué 27 "
      "coureurs au kilomètre 87 du Grand Prix de Famenne. Les coureurs du Grand Prix ont "
      "repris la course, et la Famenne a salué les secours.\n");
  CHECK(story.admits_publisher({"gpfamenne"}));
  CHECK(story.admits_publisher({"grandprixfamenne"}));
  CHECK_FALSE(story.admits_publisher({"gpardennes"}));
  // A date line set apart under the headline is no first paragraph; an organisation named
  // only after the first paragraph gives no publisher.
  const auto dated = rules_set.story_names(
      "Nurses elect Kearney\n\nPublished: 2026-05-18\n\nSiobhan Kearney has been elected "
      "general secretary of the Nursing and Midwifery Union of Ireland, Kearney's union "
      "said on Friday.\n\nThe Health Service Executive said Kearney would meet it soon.\n");
  CHECK(dated.admits_publisher({"nmui"}));
  CHECK_FALSE(dated.admits_publisher({"hse"}));
}

TEST_CASE("a body the story keeps naming by its acronym publishes the story's sources",
          "[engine]") {
  // Kind (a twenty-third blind trial): a salmon die-off story names "the EPA" four times but
  // never in its first paragraph, and the regulator's update on its own site (epa.tas.gov.au:
  // "has today (Monday 9 February) commenced a formal investigation") names nothing else of
  // the story, so "The regulator opened a formal investigation on 9 February" found no source.
  // An acronym the story repeats with an article ("the EPA", « l'ARS ») is a publisher of the
  // story's; one it only credits ("told AFP") is not.
  TempDir tmp;
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document own;
    own.id = "own";
    own.url = "https://epa.example/news/update";
    own.source = "epa.example";
    own.published = "2026-02-09";
    own.title = "Update: fish mortality";
    own.text =
        "The Director has today (Monday 9 February) commenced a formal investigation into "
        "compliance with the pollution control act.";
    REQUIRE(c->add_documents({own}).added == 1);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto report = eng.check(claims::parse_article(
      "Salmon die-off\n\nSTRAHAN, 20 February 2026 — Dead salmon surfaced in the pens of "
      "Kingfisher Ocean Farms, Kingfisher said.\n\nThe EPA issued a notice on Friday. "
      "Kingfisher alerted the EPA on 27 January. The regulator opened a formal investigation on "
      "9 February.\n",
      "txt", "en.txt"));
  std::size_t seen = 0;
  for (const auto& r : report.results) {
    if (r.claim.kind != claims::Kind::kDate || r.claim.value != "2026-02-09") continue;
    ++seen;
    CAPTURE(r.claim.text, r.finding.explanation);
    CHECK(r.finding.verdict == rules::Verdict::kSupported);
  }
  CHECK(seen == 1);
  const auto rules_set = rules::RuleSet::load(VERIFY_RULES_DIR);
  CHECK(rules_set
            .story_names("Intoxication à Planoise\n\nBESANÇON, 28 novembre 2025 — Des écoliers "
                         "ont été intoxiqués à Planoise.\n\nL'ARS a été informée jeudi. Selon "
                         "l'ARS, l'enquête se poursuit à Planoise.\n")
            .admits_publisher({"ars"}));
  CHECK_FALSE(rules_set
                  .story_names("Salmon die-off\n\nSTRAHAN, 20 February 2026 — Dead salmon "
                               "surfaced at Kingfisher, Kingfisher told AFP.\n\nAFP reported "
                               "more deaths on Friday.\n")
                  .admits_publisher({"afp"}));
}

TEST_CASE("an organisation's own page that never names itself is one of its story's sources",
          "[engine]") {
  // Kind (a twelfth blind trial): a council's updates on its own site ("our computer systems",
  // holbrook.gov.example; « notre musée », musee-delvaux.example) never name the council, so
  // the same-story search and gate left out the figures only they gave. The publisher's name
  // is read as a name the document gives. Another council's page stays out. English and French.
  TempDir tmp;
  {
    auto c = corpus::Corpus::open(tmp.path(), corpus::Corpus::Mode::kWrite);
    engine::read_sources_at_ingest(*c);
    corpus::Document own;
    own.id = "own";
    own.url = "https://holbrook.gov.example/news/update";
    own.source = "holbrook.gov.example";
    own.published = "2026-01-28";
    own.title = "Cyber incident: update";
    own.text = "Our call centre has handled 9,300 calls since the attack on our systems.";
    corpus::Document other = own;
    other.id = "other";
    other.url = "https://marston.gov.example/news/update";
    other.source = "marston.gov.example";
    other.text = "Our call centre has handled 7,100 calls since the attack on our systems.";
    corpus::Document fr = own;
    fr.id = "fr";
    fr.url = "https://delvaux.example/actualites/vol";
    fr.source = "delvaux.example";
    fr.published = "2026-02-11";
    fr.title = "Vol : l'inventaire";
    fr.text = "L'inventaire de notre collection établit que 14 pièces ont été dérobées.";
    REQUIRE(c->add_documents({own, other, fr}).added == 3);
  }
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  auto en_report = eng.check(claims::parse_article(
      "Holbrook cyber attack\n\nHOLBROOK, Jan. 29, 2026 - Holbrook's call centre has handled "
      "9,300 calls since the attack, Holbrook officials said.\n",
      "txt", "en.txt"));
  auto fr_report = eng.check(claims::parse_article(
      "Vol au musée Delvaux\n\nNAMUR, 12 février 2026 – Au musée Delvaux, 14 pièces ont été "
      "dérobées, selon l'inventaire du musée Delvaux.\n",
      "txt", "fr.txt"));
  std::size_t seen = 0;
  for (const auto* report : {&en_report, &fr_report}) {
    for (const auto& r : report->results) {
      if (r.claim.kind != claims::Kind::kCount || !r.claim.number ||
          (*r.claim.number != 9300 && *r.claim.number != 14))
        continue;
      ++seen;
      CAPTURE(r.claim.text, r.finding.explanation);
      CHECK(r.finding.verdict == rules::Verdict::kSupported);
      for (const auto& e : r.finding.evidence) CHECK(e.passage.doc_id != "other");
    }
  }
  CHECK(seen == 2);
}

TEST_CASE("the story filter lets through every word the same-story gate takes for a name",
          "[engine]") {
  // The filter must be a necessary condition of the gate: each word rules::same_name equates
  // with a story name (the name itself, a longer or shorter form, the other language's name)
  // is among the forms the filter searches for, as a form or as a word a form ending in '*'
  // begins. English and French names, short and long.
  const std::vector<std::string> names = {"india",     "indians", "belgium", "tunisia",
                                          "caledonie", "us",      "kenyan",  "drome"};
  const std::vector<std::string> words = {
      "india",   "indian",  "indians",  "indiana",   "belgium",   "belgique", "belgian",
      "tunisia", "tunisie", "tunisian", "caledonia", "caledonie", "us",       "usa",
      "kenya",   "kenyan",  "kenyans",  "drome",     "dromes",    "interior", "belg"};
  rules::StoryNames story;
  story.names = names;
  auto groups = engine::story_filter(story);
  // With no lead, every pair of names is a group of two clauses, one per name.
  REQUIRE(groups.size() == names.size() * (names.size() - 1) / 2);
  for (const auto& name : names) {
    const std::vector<std::string>* forms = nullptr;
    for (const auto& g : groups) {
      for (const auto& clause : g) {
        if (clause.front() == name) forms = &clause;
      }
    }
    REQUIRE(forms);
    for (const auto& w : words) {
      if (!rules::same_name(name, w)) continue;
      bool found = std::any_of(forms->begin(), forms->end(), [&](const std::string& f) {
        return f == w || (f.back() == '*' && w.compare(0, f.size() - 1, f, 0, f.size() - 1) == 0);
      });
      INFO(name << " ~ " << w);
      CHECK(found);
    }
  }
  // A lead alone is a group, which also lets through the pages of a publisher of that name
  // (rules::StoryNames::admits_publisher); one name alone is the only group.
  story.lead = "india";
  const auto lead_group = engine::story_filter(story).front();
  REQUIRE(lead_group.size() == 1);
  const auto& name_forms = groups.front().front();
  REQUIRE(lead_group[0].size() > name_forms.size());
  CHECK(std::equal(name_forms.begin(), name_forms.end(), lead_group[0].begin()));
  CHECK(std::find(lead_group[0].begin(), lead_group[0].end(),
                  corpus::publisher_filter_word("india")) != lead_group[0].end());
  story.names = {"india"};
  CHECK(engine::story_filter(story).size() == 1);
  story.names.clear();
  story.lead.clear();
  CHECK(engine::story_filter(story).empty());
}

namespace {

// Whether a shared library whose file name contains `name` is mapped into this process.
bool library_mapped(std::string_view name) {
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    if (line.find(name) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

// libcurl and the thirty-odd libraries under it cost every run of `verify` about 12 ms to map
// and relocate (docs/performance.md, "Starting without libcurl"), so they are loaded only
// when a link is to be fetched. CTest runs each case in its own process, so nothing earlier
// in this one has loaded it.
TEST_CASE("libcurl is loaded by the first link to fetch, not by a check without links",
          "[engine][fetch]") {
  REQUIRE(library_mapped("libxapian"));  // the maps are readable and list linked libraries
  REQUIRE_FALSE(library_mapped("libcurl"));
  TempDir tmp;
  build_corpus(tmp.path());
  engine::Engine eng(tmp.path(), rules::RuleSet::load(VERIFY_RULES_DIR));
  engine::CheckOptions options;
  options.store = false;
  auto plain = eng.check(claims::load_article(kData / "article.txt"), options);
  REQUIRE_FALSE(plain.results.empty());
  CHECK_FALSE(library_mapped("libcurl"));

  // A cited link, read from the fetch cache only: no network, but the link is looked up.
  options.offline = true;
  auto cited =
      eng.check(claims::parse_article("The figures were published at https://example.org/report.\n",
                                      "txt", "cited.txt"),
                options);
  bool has_link = std::any_of(cited.results.begin(), cited.results.end(),
                              [](const auto& r) { return r.link.has_value(); });
  REQUIRE(has_link);
  CHECK(library_mapped("libcurl"));
}

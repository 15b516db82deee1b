// Tests of how the rules match word families: a word's inflections, in English and French, and
// an English word's French cognate share a stem; words that only begin alike do not. Every
// sentence is invented; each case names the kind of input it is for.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "rules/rules_test_support.h"
#include "text.h"
#include "verify/rules.h"

namespace {

namespace text = verify::rules::text;

using verify::claims::Claim;
using verify::claims::Kind;
using verify::rules::ArticleContext;
using verify::rules::Passage;
using verify::rules::Verdict;
using verify::test::article;
using verify::test::judged;
using verify::test::shipped;
using verify::test::source;

// The stem of a word as written: folded first, as the rules read every text.
std::string stem_of(const std::string& word) { return text::stem(text::fold(word)); }

}  // namespace

TEST_CASE("an English verb's inflections share its stem", "[rules][words]") {
  // Kind: "killed", "killing", "kills"; a five-letter prefix read "kille" and "killi".
  auto [a, b] = GENERATE(table<std::string, std::string>({{"killed", "killing"},
                                                          {"kills", "killed"},
                                                          {"pushing", "push"},
                                                          {"arrested", "arrests"},
                                                          {"evacuated", "evacuation"}}));
  INFO(a << " / " << b);
  CHECK(stem_of(a) == stem_of(b));
}

TEST_CASE("a French participle's feminine and plural forms share its stem", "[rules][words]") {
  // Kind: « blessé », « blessée », « blessés », « blessées »; « tué » / « tuées », whose accent
  // folding takes away.
  for (const std::string w : {"blessée", "blessés", "blessées"}) {
    INFO(w);
    CHECK(stem_of(w) == stem_of("blessé"));
  }
  CHECK(stem_of("tuées") == stem_of("tués"));
  CHECK(stem_of("tuée") == stem_of("tué"));
  CHECK(stem_of("officielles") == stem_of("officiel"));
  CHECK(stem_of("présidente") == stem_of("président"));
}

TEST_CASE("an English word and its French cognate share a stem", "[rules][words]") {
  // Kind: one story's sources in both languages: endings French and English write
  // differently.
  auto [en, fr] = GENERATE(table<std::string, std::string>({{"minister", "ministre"},
                                                            {"ministers", "ministres"},
                                                            {"interior", "intérieur"},
                                                            {"senators", "sénateurs"},
                                                            {"republic", "république"},
                                                            {"constitutional", "constitutionnelle"},
                                                            {"electoral", "électorale"},
                                                            {"official", "officiel"},
                                                            {"Caledonia", "Calédonie"},
                                                            {"Canadian", "canadienne"},
                                                            {"generals", "généraux"},
                                                            {"suspended", "suspendre"}}));
  INFO(en << " / " << fr);
  CHECK(stem_of(en) == stem_of(fr));
}

TEST_CASE("words that only begin alike have different stems", "[rules][words]") {
  // Kind: a five-letter prefix made one word of these.
  auto [a, b] = GENERATE(table<std::string, std::string>({{"turnout", "turnover"},
                                                          {"country", "count"},
                                                          {"general", "generous"},
                                                          {"office", "official"}}));
  INFO(a << " / " << b);
  CHECK(stem_of(a) != stem_of(b));
}

TEST_CASE("English plurals in -ies keep the stem of their singular", "[rules][words]") {
  // Kind: "parties" is no French « partie » written "-ia"; "authorities" no « autorités ».
  CHECK(stem_of("parties") == stem_of("party"));
  CHECK(stem_of("companies") == stem_of("company"));
  CHECK(stem_of("authorities") == stem_of("authority"));
}

TEST_CASE("a phrase matches other inflections of its words", "[rules][words]") {
  // Kind: the phrase as a rule or a plan gives it, the text as the source writes it.
  auto hay = text::tokenize("Troops were killing civilians near the border, witnesses said.");
  CHECK(text::contains_phrase(hay, {"killed", "civilian"}));
  CHECK_FALSE(text::contains_phrase(hay, {"killed", "soldiers"}));
  auto fr = text::tokenize("Les policières blessées ont été évacuées vers l'hôpital.");
  CHECK(text::contains_phrase(fr, {"blesses"}));
}

TEST_CASE("an English role is supported by a French source naming the office", "[rules][words]") {
  // Kind: "Interior Minister" in the article, « ministre de l'Intérieur » in the source: the
  // words differ by their endings only.
  auto src = source("fr", "La ministre de l'Intérieur, Lena Okafor-Reyes, a visité Nouméa mardi.",
                    "2026-02-10");
  auto a = article("Interior Minister Lena Okafor-Reyes flew to Nouméa on Tuesday.",
                   "Lena Okafor-Reyes", "2026-02-11", Kind::kRole);
  CHECK(judged(a, {src}) == Verdict::kSupported);
}

TEST_CASE("an office the other language names by another word is the same office",
          "[rules][words][roles]") {
  // Kind: « maire » / « mairesse » and "mayor", « procureur » and "prosecutor", « préfet » and
  // "prefect": no ending rule turns one into the other, and a French source naming the office
  // read as naming another one contradicted the role.
  auto mairesse = source("fr",
                         "La mairesse de Montréal, Valérie Plante, a annoncé lundi un plan pour "
                         "le logement.",
                         "2026-11-20");
  auto mayor = article("Montreal Mayor Valérie Plante announced a housing plan on Monday.",
                       "Valérie Plante", "2026-11-21", Kind::kRole);
  CHECK(judged(mayor, {mairesse}) == Verdict::kSupported);
  auto prosecutor =
      source("en", "Paris prosecutor Laure Beccuau opened an inquiry on Monday.", "2026-11-20");
  auto procureure = article("La procureure de Paris, Laure Beccuau, a ouvert une enquête lundi.",
                            "Laure Beccuau", "2026-11-21", Kind::kRole);
  CHECK(judged(procureure, {prosecutor}) == Verdict::kSupported);
  // A different office in the other language is not taken for it.
  auto prefect = source("en", "Rhône prefect Fabienne Buccio ordered the roads closed on Monday.",
                        "2026-11-20");
  auto maire = article("Le maire du Rhône, Fabienne Buccio, a fermé les routes lundi.",
                       "Fabienne Buccio", "2026-11-21", Kind::kRole);
  CHECK(judged(maire, {prefect}) != Verdict::kSupported);
}

TEST_CASE("an office and the one below it are different offices", "[rules][words][roles]") {
  // Kind: "deputy mayor", "vice-president", « adjoint au maire » share the office's word with
  // the office above them; a source giving the junior office supported the senior one.
  auto deputy =
      source("d", "Lyon deputy mayor Thomas Garnier presented the plan on Monday.", "2026-11-20");
  auto mayor = article("Lyon Mayor Thomas Garnier presented the plan on Monday.", "Thomas Garnier",
                       "2026-11-21", Kind::kRole);
  CHECK(judged(mayor, {deputy}) == Verdict::kContradicted);
  auto vice = source("v",
                     "Marie Olsen, vice-president of the dockers union, said members would vote "
                     "on Friday.",
                     "2026-11-20");
  auto president = article("Dockers union president Marie Olsen said members would vote on Friday.",
                           "Marie Olsen", "2026-11-21", Kind::kRole);
  CHECK(judged(president, {vice}) != Verdict::kSupported);
  auto adjoint = source("a", "L'adjoint au maire de Lyon, Paul Durand, a présenté le plan lundi.",
                        "2026-11-20");
  auto maire = article("Le maire de Lyon, Paul Durand, a présenté le plan lundi.", "Paul Durand",
                       "2026-11-21", Kind::kRole);
  CHECK(judged(maire, {adjoint}) != Verdict::kSupported);
  // The same office, junior on both sides, is still the same office.
  auto same = article("Lyon deputy mayor Thomas Garnier presented the plan on Monday.",
                      "Thomas Garnier", "2026-11-21", Kind::kRole);
  CHECK(judged(same, {deputy}) == Verdict::kSupported);
  // Kind (a third blind trial): a junior or a shadow minister, « ministre délégué », confirmed
  // the minister's office.
  auto minister = article("Mines Minister Thabo Nkosi visited the Kloofspruit mine on Wednesday.",
                          "Thabo Nkosi", "2026-06-18", Kind::kRole);
  for (const std::string office : {"Shadow Mines Minister", "Junior Mines Minister"}) {
    auto other = source("o", office + " Thabo Nkosi visited the Kloofspruit mine on Wednesday.",
                        "2026-06-17");
    CAPTURE(office);
    CHECK(judged(minister, {other}) == Verdict::kContradicted);
  }
  auto ministre =
      article("Le ministre des Mines, Thabo Nkosi, s'est rendu mercredi à la mine de Kloofspruit.",
              "Thabo Nkosi", "2026-06-18", Kind::kRole);
  auto delegue =
      source("d",
             "Le ministre délégué aux Mines, Thabo Nkosi, s'est rendu mercredi à la mine de "
             "Kloofspruit.",
             "2026-06-17");
  CHECK(judged(ministre, {delegue}) == Verdict::kContradicted);
}

TEST_CASE("a count's noun is the same noun in another inflection", "[rules][words]") {
  // Kind: the counted noun's modifier in another inflection ("burning cars" / "burned cars"),
  // which a five-letter prefix read as two words ("burni", "burne"): the same thing counted.
  auto src = source("w", "Police counted 240 burned cars across the city on Monday.", "2026-02-10");
  auto right = article("Some 240 burning cars were counted across the city.", "240", "2026-02-11",
                       Kind::kCount);
  CHECK(judged(right, {src}) == Verdict::kSupported);
  auto wrong = article("Some 310 burning cars were counted across the city.", "310", "2026-02-11",
                       Kind::kCount);
  CHECK(judged(wrong, {src}) == Verdict::kContradicted);
}

TEST_CASE("a title's holder and office forms name the same office", "[rules][words][roles]") {
  // Kind: "Chair" / "chairwoman", "spokesman" / "spokesperson", "ambassador" /
  // "ambassadorships": compounds that say who holds an office, or the office itself.
  auto chair =
      source("c", "\"We will find the cause,\" chairwoman Lena Okafor-Reyes said.", "2026-02-10");
  auto a = article("Board Chair Lena Okafor-Reyes opened the hearing on Tuesday.",
                   "Lena Okafor-Reyes", "2026-02-11", Kind::kRole);
  CHECK(judged(a, {chair}) == Verdict::kSupported);
  auto spoke = source("s", "Army spokesperson Gen. Tomas Varela asked for aid.", "2026-02-10");
  auto b = article("The army's spokesman, Tomas Varela, asked other countries for aid.",
                   "Tomas Varela", "2026-02-11", Kind::kRole);
  CHECK(judged(b, {spoke}) == Verdict::kSupported);
  auto envoy = source("e",
                      "Mehta, a diplomat with 30 years of service including ambassadorships to "
                      "Peru and Chile, was recalled.",
                      "2026-02-10");
  auto c = article("Anil Mehta, a former ambassador to Peru and Chile, was recalled on Monday.",
                   "Anil Mehta", "2026-02-11", Kind::kRole);
  CHECK(judged(c, {envoy}) == Verdict::kSupported);
}

TEST_CASE("a body's head and its chief are one office", "[rules][words][roles]") {
  // Kind: "Civil Protection chief" against "Civil Protection head", "IMF chief" against "the
  // head of the IMF": copy's two words for one office (a blind trial's flood story read them as
  // two offices and contradicted the claim). Another office still contradicts it.
  auto [source_text, claim_text, span, verdict] =
      GENERATE(table<std::string, std::string, std::string, Verdict>({
          {"Civil Protection head Fabrizio Curcio said rivers had overflowed.",
           "Civil Protection chief Fabrizio Curcio said rivers had overflowed.",
           "Civil Protection chief Fabrizio Curcio", Verdict::kSupported},
          {"The head of the IMF, Kristalina Georgieva, spoke on Monday.",
           "IMF chief Kristalina Georgieva spoke on Monday.", "IMF chief Kristalina Georgieva",
           Verdict::kSupported},
          {"Civil Protection spokesman Fabrizio Curcio said rivers had overflowed.",
           "Civil Protection chief Fabrizio Curcio said rivers had overflowed.",
           "Civil Protection chief Fabrizio Curcio", Verdict::kContradicted},
      }));
  CAPTURE(claim_text, source_text);
  auto a = article(claim_text, span, "2026-05-18", Kind::kRole);
  CHECK(judged(a, {source("s", source_text, "2026-05-17")}) == verdict);
}

TEST_CASE("a figure's place qualifier matches its people's adjective", "[rules][words]") {
  // Kind: "a 300-foot Kenya-flagged tanker" against "the 330-foot Kenyan tanker": a place and
  // its adjective qualify the same thing counted, though their stems differ.
  auto src =
      source("k", "The 330-foot Kenyan tanker lost power off Mombasa on Monday.", "2026-02-10");
  auto wrong = article("The 300-foot Kenya-flagged tanker lost power off Mombasa on Monday.",
                       "300-foot", "2026-02-11", Kind::kCount);
  CHECK(judged(wrong, {src}) == Verdict::kContradicted);
  auto right = article("The 330-foot Kenya-flagged tanker lost power off Mombasa on Monday.",
                       "330-foot", "2026-02-11", Kind::kCount);
  CHECK(judged(right, {src}) == Verdict::kSupported);
}

TEST_CASE("a sentence ended by a bare CR is a sentence", "[rules][words]") {
  // Kind: files whose lines end with a lone CR; the rules' splitter read them as one sentence.
  auto spans = text::sentences("Prices rose 5% on March 3.\rPrices fell 2% on March 4.\r");
  CHECK(spans.size() == 2);
}

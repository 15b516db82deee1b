// Tests of the kinds of input that users of date, number, quote and link tools report: ordinal
// dates with a comma before the year, slash year ranges, weekdays in future-tense clauses,
// compound number words, currency words and glued ISO codes, lists of ages, teaser lines and
// links that are not citations. Every sentence is invented; each names the kind it stands for.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claims/claims_test_support.h"
#include "verify/claims.h"

namespace claims = verify::claims;
using claims::Claim;
using claims::Kind;

namespace {

using verify::test::read;

const Claim* find(const std::vector<Claim>& cs, Kind kind, double number) {
  for (const auto& c : cs) {
    if (c.kind == kind && c.number && *c.number == number) return &c;
  }
  return nullptr;
}

const Claim* find_date(const std::vector<Claim>& cs, const std::string& value) {
  for (const auto& c : cs) {
    if (c.kind == Kind::kDate && c.value == value) return &c;
  }
  return nullptr;
}

bool flagged(const Claim& c, const std::string& flag) {
  return std::find(c.flags.begin(), c.flags.end(), flag) != c.flags.end();
}

std::vector<std::string> citations(const std::vector<Claim>& cs) {
  return verify::test::values_of(cs, Kind::kCitation);
}

}  // namespace

TEST_CASE("a year written after 'the Nth of Month,' belongs to the date", "[claims][dates]") {
  auto cs =
      read("The old pier was demolished on the 14th of June, 2011, after a storm.", "2025-11-20");
  const Claim* d = find_date(cs, "2011-06-14");
  REQUIRE(d);
  CHECK(d->text == "14th of June, 2011");
  CHECK_FALSE(flagged(*d, "inferred_year"));
}

TEST_CASE("a number after 'Month,' that counts a plural noun is not the date's year",
          "[claims][dates]") {
  auto cs = read("On 5 March, 2000 nurses marched to the ministry.", "2025-11-20");
  CHECK_FALSE(find_date(cs, "2000-03-05"));
  CHECK(find(cs, Kind::kCount, 2000));
}

TEST_CASE("a season or financial year written with a slash is a range of two years",
          "[claims][dates]") {
  auto [body, from, to] = GENERATE(table<std::string, std::string, std::string>({
      {"The club's wage bill rose in the 2019/20 season.", "2019", "2020"},
      {"Its revenue for 2018/19 was published in the annual report.", "2018", "2019"},
      {"The league cancelled the 1999/00 campaign after the floods.", "1999", "2000"},
      {"Le club a perdu de l'argent pendant la saison 2021/22 selon son rapport.", "2021", "2022"},
  }));
  INFO(body);
  auto cs = read(body);
  const Claim* d = find_date(cs, from);
  REQUIRE(d);
  CHECK(d->date_end == to);
}

TEST_CASE("two years parted by a slash that are not consecutive are not a range",
          "[claims][dates]") {
  auto cs = read("The survey compared 2015/2019 figures with the census.");
  for (const auto& c : cs) {
    if (c.kind == Kind::kDate) CHECK(c.date_end.empty());
  }
}

TEST_CASE("a weekday in a future-tense clause is the coming day, in a past one the last",
          "[claims][dates]") {
  // 2025-11-19 is a Wednesday.
  auto [body, value] = GENERATE(table<std::string, std::string>({
      {"The planning board will decide on Friday, its chair said.", "2025-11-21"},
      {"The ferry company said it will resume sailings on Monday.", "2025-11-24"},
      {"On Saturday the museum will open its new wing, the trustees said.", "2025-11-22"},
      {"The planning board decided on Friday, its chair said.", "2025-11-14"},
      {"The ferry company resumed sailings on Monday, a spokesman said.", "2025-11-17"},
      {"Le conseil municipal va voter vendredi sur le budget.", "2025-11-21"},
      {"Le conseil municipal votera vendredi sur le budget de la ville.", "2025-11-21"},
      {"Les traversées reprendront lundi, selon la compagnie.", "2025-11-24"},
      {"Le conseil municipal avait voté vendredi sur le budget.", "2025-11-14"},
      // An irregular past before the day decides, not a future in a later clause (a new
      // user's own article).
      {"Fire tore through the mill early on Monday, leaving workers wondering whether their "
       "jobs will survive.",
       "2025-11-17"},
      {"The storm swept through the valley on Monday and officials say it will take weeks to "
       "clear.",
       "2025-11-17"},
      {"L'incendie a ravagé la filature lundi, laissant les ouvriers se demander si leur emploi "
       "survivra.",
       "2025-11-17"},
  }));
  INFO(body);
  auto cs = read(body, "2025-11-19");
  const Claim* d = find_date(cs, value);
  REQUIRE(d);
  CHECK(flagged(*d, "relative"));
}

TEST_CASE("a yearless day just after a full date of the story keeps the story's year",
          "[claims][dates]") {
  auto cs = read(
      "The county opened the new ring road on Aug. 4, 2025, after three years of work. "
      "Resurfacing will start on Aug. 28.",
      "2025-09-03");
  const Claim* d = find_date(cs, "2025-08-28");
  REQUIRE(d);
  CHECK(flagged(*d, "inferred_year"));
}

TEST_CASE("compound number words are one figure", "[claims][numbers]") {
  auto [body, number] = GENERATE(table<std::string, double>({
      {"The festival drew fifteen hundred visitors on its first day.", 1500},
      {"The survey reached three hundred forty thousand households.", 340000},
      {"The council planted a hundred and sixty trees along the canal.", 160},
      {"Rescuers evacuated two thousand five hundred residents overnight.", 2500},
      {"The factory employs five hundred and forty-two workers.", 542},
  }));
  INFO(body);
  auto cs = read(body);
  CHECK(find(cs, Kind::kCount, number));
}

TEST_CASE("French number words joined by hyphens are one figure", "[claims][numbers]") {
  // Kind: « vingt-sept mineurs » was read as 20 with the noun "sept"; the same for « dix-huit »,
  // « soixante-douze », « quatre-vingt-dix », « vingt-et-un ».
  auto [body, number] = GENERATE(table<std::string, double>({
      {"Vingt-sept mineurs étaient dans la galerie lors de l'effondrement.", 27},
      {"Les secours ont évacué dix-huit habitants pendant la nuit.", 18},
      {"Le conseil a voté la rénovation de soixante-douze logements.", 72},
      {"La préfecture a compté quatre-vingt-dix manifestants devant la mairie.", 90},
      {"La commune a reçu vingt-et-un camions de pompiers depuis mardi.", 21},
  }));
  INFO(body);
  auto cs = read(body);
  CHECK(find(cs, Kind::kCount, number));
}

TEST_CASE("a comma ends a number word figure", "[claims][numbers]") {
  auto cs = read("The club sold twelve thousand, forty of them to members.");
  CHECK(find(cs, Kind::kCount, 12000));
  CHECK_FALSE(find(cs, Kind::kCount, 12040));
}

TEST_CASE("number words or digits followed by a currency word are money", "[claims][numbers]") {
  auto [body, number, unit] = GENERATE(table<std::string, double, std::string>({
      {"The city spent fifty million dollars on the new tram line.", 50e6, "USD"},
      {"The club lost 14 million pounds in its last season.", 14e6, "GBP"},
      {"The insurer paid out two billion euros after the floods.", 2e9, "EUR"},
      {"La région a dépensé cinquante millions de dollars pour le tramway.", 50e6, "USD"},
  }));
  INFO(body);
  auto cs = read(body);
  const Claim* c = find(cs, Kind::kMoney, number);
  REQUIRE(c);
  CHECK(c->unit == unit);
}

TEST_CASE("pounds without a scale word may be a weight, so they are counted", "[claims][numbers]") {
  auto cs = read("The champion lost 14 pounds before the fight.");
  CHECK_FALSE(find(cs, Kind::kMoney, 14));
}

TEST_CASE("an ISO currency code glued to its figure is money", "[claims][numbers]") {
  auto [body, number, unit] = GENERATE(table<std::string, double, std::string>({
      {"The shipyard booked orders worth EUR2bn in the quarter.", 2e9, "EUR"},
      {"The airline reported a loss of GBP12.5 million for the year.", 12.5e6, "GBP"},
      {"Le groupe a annoncé un bénéfice de EUR2,5 milliards pour l'exercice.", 2.5e9, "EUR"},
  }));
  INFO(body);
  auto cs = read(body);
  const Claim* c = find(cs, Kind::kMoney, number);
  REQUIRE(c);
  CHECK(c->unit == unit);
}

TEST_CASE("the rand's sign glued to its figure and Indian scale words are money",
          "[claims][numbers]") {
  // Kind (a blind trial, South African and Indian English): "R180 million" was no claim at all
  // and "R1.4 billion" was read as 4 billion; "Rs 40 crore" as 40 rupees. The rand's "R"
  // glued to a figure with a scale word or a decimal or grouping mark is money; "crore" (10
  // million) and "lakh" (100,000) are scale words.
  auto [body, number, unit] = GENERATE(table<std::string, double, std::string>({
      {"The fund wrote off R180 million of its investment.", 180e6, "ZAR"},
      {"The developer owes its creditors about R1.4 billion.", 1.4e9, "ZAR"},
      {"The municipality paid R450,000 to the contractor.", 450e3, "ZAR"},
      {"Le fonds a perdu 1,4 milliard de rands.", 1.4e9, "ZAR"},
      {"The state will spend Rs 40 crore on the new bridge.", 400e6, "INR"},
      {"Each family will receive \xE2\x82\xB9"
       "2.5 lakh in compensation.",
       250e3, "INR"},
  }));
  INFO(body);
  auto cs = read(body);
  const Claim* c = find(cs, Kind::kMoney, number);
  REQUIRE(c);
  CHECK(c->unit == unit);
}

TEST_CASE("a road or a model named by R and a number is no money", "[claims][numbers]") {
  // Guard for the rand's sign: an Irish regional road ("the R202") or a model is a name.
  auto cs = read("The R202 between Ballinamore and Fenagh was closed for 14 hours.");
  for (const auto& c : cs) CHECK(c.kind != Kind::kMoney);
  const Claim* hours = find(cs, Kind::kCount, 14);
  CHECK(hours);
}

TEST_CASE("a dollar names its country by a prefix, an adjective or not at all",
          "[claims][numbers]") {
  // Kind: dollar amounts. "C$", "US$" and "A$" name the country, so do "Canadian dollars" and
  // « dollars canadiens »; a bare "$" or "dollars" names none (in a Canadian outlet it is the
  // Canadian dollar), which the judge must know (flag "unnamed_dollar").
  auto [body, number, unit, unnamed] = GENERATE(table<std::string, double, std::string, bool>({
      {"The province will spend 40 million Canadian dollars on its ferries.", 40e6, "CAD", false},
      {"Le Québec versera 40 millions de dollars canadiens aux traversiers.", 40e6, "CAD", false},
      {"Le fonds détient 2 milliards de dollars américains.", 2e9, "USD", false},
      {"The state will spend 3 million Australian dollars on the dam.", 3e6, "AUD", false},
      {"Ottawa pledged C$12 million for the port.", 12e6, "CAD", false},
      {"The fund holds US$2 billion in bonds.", 2e9, "USD", false},
      {"Ottawa pledged $12 million for the port.", 12e6, "USD", true},
      {"The city spent 12 million dollars on the port.", 12e6, "USD", true},
      {"Le billet coûte désormais 60 $ pour un adulte.", 60, "USD", true},
      {"Québec versera 40 millions de dollars aux traversiers.", 40e6, "USD", true},
  }));
  INFO(body);
  auto cs = read(body);
  const Claim* c = find(cs, Kind::kMoney, number);
  REQUIRE(c);
  CHECK(c->unit == unit);
  bool flagged = std::find(c->flags.begin(), c->flags.end(), "unnamed_dollar") != c->flags.end();
  CHECK(flagged == unnamed);
}

TEST_CASE("a scale word joined to its figure by a hyphen scales it", "[claims][numbers]") {
  // Kind: Canadian and some US style writes "a $3-million fund", "a 40-million-tonne harvest":
  // the figure is 3 million, not 3 followed by a hyphenated noun "million". (French writes
  // « 3 millions » with a space, read already.) The short forms are not joined so ("3-m" is not
  // written), and a hyphen before an ordinary noun stays that noun's ("a 3-day strike").
  auto [body, kind, number] = GENERATE(table<std::string, Kind, double>({
      {"The province set up a $3-million fund for the growers.", Kind::kMoney, 3e6},
      {"Ottawa announced a C$1.5-billion plan for the ports on Tuesday.", Kind::kMoney, 1.5e9},
      {"Farmers expect a 40-million-tonne harvest this year.", Kind::kCount, 40e6},
      {"The union called a 3-day strike at the plant.", Kind::kCount, 3},
  }));
  INFO(body);
  auto cs = read(body);
  CHECK(find(cs, kind, number));
}

TEST_CASE("a hedge before an approximate number word is read, its 'de' elided or not",
          "[claims][numbers]") {
  // Kind: hedged approximate numbers. French elides the hedge's "de" into the article
  // (« plus d'une centaine », « près d'un millier », « moins d'une vingtaine »): the figure and
  // its hedge, the span from the hedge; English writes "more than a hundred".
  auto [body, number, hedge, span] = GENERATE(table<std::string, double, std::string, std::string>({
      {"Le groupe propose plus d'une centaine de postes dans ses autres usines.", 100, "plus de",
       "plus d'une centaine"},
      {"Près d'un millier de personnes ont manifesté devant la mairie.", 1000, "près de",
       "Près d'un millier"},
      {"Moins d'une vingtaine de salariés resteront sur le site.", 20, "moins de",
       "Moins d'une vingtaine"},
      {"Une vingtaine de salariés resteront sur le site.", 20, "environ", "Une vingtaine"},
      {"More than a hundred residents were moved to the school gym.", 100, "more than",
       "More than a hundred"},
  }));
  INFO(body);
  auto cs = read(body);
  const Claim* c = find(cs, Kind::kCount, number);
  REQUIRE(c);
  CHECK(c->hedge == hedge);
  CHECK(c->text == span);
}

TEST_CASE("a figure followed by its credit borrows the list's counted noun", "[claims][numbers]") {
  // Kind: crowd counts by party in one breath (« 1 500 selon les organisateurs, 900 selon la
  // préfecture »): the second figure's noun is not "selon la préfecture" but the marchers of
  // the first, so the two can be told apart by their credit; English alike.
  auto [body, number, noun] = GENERATE(table<std::string, double, std::string>({
      {"Ils étaient 1 500 manifestants selon les organisateurs, 900 selon la préfecture, à "
       "défiler samedi.",
       900, "manifestants"},
      {"About 4,000 protesters according to the organizers, 2,500 according to police, marched "
       "on Saturday.",
       2500, "protesters"},
  }));
  INFO(body);
  auto cs = read(body);
  const Claim* c = find(cs, Kind::kCount, number);
  REQUIRE(c);
  CHECK(c->noun == noun);
  CHECK(std::find(c->flags.begin(), c->flags.end(), "elliptical") != c->flags.end());
}

TEST_CASE("a code of capitals and digits that is not a currency is not money",
          "[claims][numbers]") {
  auto cs = read("The factory builds the ABC300 engine and ships 40 of them a week.");
  for (const auto& c : cs) CHECK(c.kind != Kind::kMoney);
  CHECK_FALSE(find(cs, Kind::kCount, 300));
}

TEST_CASE("numbers listed after 'aged' are ages, not counts of the noun before",
          "[claims][numbers]") {
  auto [body, absent] = GENERATE(table<std::string, double>({
      {"Four women aged 61, 45 and 38 were charged with fraud on Monday.", 45},
      {"Four women aged 61, 45 or 38 were charged with fraud on Monday.", 38},
      {"Quatre femmes âgées de 61, 45 et 38 ans ont été inculpées lundi.", 45},
  }));
  INFO(body);
  auto cs = read(body);
  CHECK_FALSE(find(cs, Kind::kCount, absent));
  CHECK(find(cs, Kind::kCount, 4));
}

TEST_CASE("a list of numbers not after 'aged' is still counted", "[claims][numbers]") {
  auto cs = read("The clinic treated four men, 45 women and 38 children on Monday.");
  CHECK(find(cs, Kind::kCount, 45));
  CHECK(find(cs, Kind::kCount, 38));
}

TEST_CASE("a teaser line of another story makes no claims", "[claims][furniture]") {
  auto [teaser] = GENERATE(table<std::string>({
      {"READ MORE: Bus drivers accept 4% offer after 12 days of strikes"},
      {"RELATED: 3,000 homes still without power"},
      {"LIRE AUSSI : 3 000 foyers toujours privés d'électricité"},
  }));
  INFO(teaser);
  auto cs = read("The harbour reopened on Monday after the storm.\n\n" + teaser +
                 "\n\nRepairs to the sea wall will cost 2 million euros.");
  for (const auto& c : cs) {
    INFO(c.text);
    CHECK(c.start < c.end);
    CHECK(c.sentence.find("4%") == std::string::npos);
    CHECK(c.sentence.find("3,000") == std::string::npos);
    CHECK(c.sentence.find("3 000") == std::string::npos);
  }
  CHECK(find(cs, Kind::kMoney, 2e6));
}

TEST_CASE("a capitalised label before a full sentence is still content", "[claims][furniture]") {
  auto cs = read("UPDATE: The council approved 120 new homes on Tuesday.");
  CHECK(find(cs, Kind::kCount, 120));
}

TEST_CASE("mail, phone and share links are not citations", "[claims][links]") {
  const std::string html =
      "<html><head><title>Harbour reopens</title></head><body><article>"
      "<p>The harbour reopened on Monday, the port authority "
      "<a href=\"https://port.example/notice-12\">said in a notice</a>.</p>"
      "<p><a href=\"mailto:desk@harbourpost.example\">Write to the desk</a> or "
      "<a href=\"tel:+15550100\">call us</a>.</p>"
      "<p><a href=\"https://twitter.com/intent/tweet?url=https://harbourpost.example/a\">Share "
      "on X</a> <a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Share on "
      "Facebook</a></p></article></body></html>";
  auto cs = read(html, "2025-11-20", "html");
  CHECK(citations(cs) == std::vector<std::string>{"https://port.example/notice-12"});
}

TEST_CASE("a link to a social site that is not a share button is a citation", "[claims][links]") {
  auto cs = read(
      "The mayor [announced the plan](https://twitter.com/harbourmayor/status/42) "
      "on Monday.",
      "2025-11-20", "md");
  CHECK(citations(cs) == std::vector<std::string>{"https://twitter.com/harbourmayor/status/42"});
}

TEST_CASE("relative links resolve against the base href, else the canonical URL",
          "[claims][links]") {
  auto [head, expected] = GENERATE(table<std::string, std::string>({
      {"<base href=\"https://harbourpost.example/news/\">",
       "https://harbourpost.example/news/notices/12.html"},
      {"<link rel=\"canonical\" href=\"https://harbourpost.example/news/story.html\">",
       "https://harbourpost.example/news/notices/12.html"},
      {"<meta property=\"og:url\" content=\"https://harbourpost.example/news/story.html\">",
       "https://harbourpost.example/news/notices/12.html"},
  }));
  INFO(head);
  std::string html = "<html><head><title>Harbour reopens</title>" + head +
                     "</head><body><p>The harbour <a href=\"notices/12.html\">reopened</a> on "
                     "Monday and <a href=\"/news/notices/12.html\">said so</a>.</p>"
                     "<p>The <a href=\"https://port.example/x\">port</a> agreed.</p></body></html>";
  auto cs = read(html, "2025-11-20", "html");
  CHECK(citations(cs) == std::vector<std::string>{expected, expected, "https://port.example/x"});
}

TEST_CASE("without a base, relative links are left as written", "[claims][links]") {
  std::string html =
      "<html><head><title>Harbour reopens</title></head><body><p>The harbour "
      "<a href=\"notices/12.html\">reopened</a> on Monday.</p></body></html>";
  auto cs = read(html, "2025-11-20", "html");
  CHECK(citations(cs) == std::vector<std::string>{"notices/12.html"});
}

TEST_CASE("a quoted nickname in the attribution is neither a quote nor the speaker",
          "[claims][quotes]") {
  auto cs = read(
      "\"The depot was freezing,\" said Tom Reyes, a driver known as \"Pops\". Union head Mara "
      "Kell, nicknamed \"the Hammer\", said: \"We won.\"");
  std::vector<std::pair<std::string, std::string>> quotes;
  for (const auto& c : cs) {
    if (c.kind == Kind::kQuote) quotes.emplace_back(c.value, c.speaker);
  }
  CHECK(quotes == std::vector<std::pair<std::string, std::string>>{
                      {"The depot was freezing,", "Tom Reyes"}, {"We won.", "Mara Kell"}});
}

TEST_CASE("a speaker named after the verb, past a day or an office's complement, is found",
          "[claims][quotes]") {
  auto [body, speaker] = GENERATE(table<std::string, std::string>({
      {"« Nous allons rouvrir le quai au printemps », a déclaré la mairesse Hélène Gagnon lundi.",
       "Hélène Gagnon"},
      {"« Le budget est respecté », a affirmé mardi la présidente du conseil Anne Roy.",
       "Anne Roy"},
      {"« Rien ne change », a dit hier soir le directeur de l'usine Paul Martin.", "Paul Martin"},
      {"\"Nothing changes for the tenants,\" said the chair of the board Jane Roe.", "Jane Roe"},
      {"« Les négociations reprennent », a indiqué l'ambassadrice Claire Dubois.", "Claire Dubois"},
  }));
  INFO(body);
  auto cs = read(body, "2025-02-20");
  std::vector<std::string> speakers;
  for (const auto& c : cs) {
    if (c.kind == Kind::kQuote) speakers.push_back(c.speaker);
  }
  CHECK(speakers == std::vector<std::string>{speaker});
}

TEST_CASE("an office's complement that ends in capitalised words is not split into a name",
          "[claims][quotes]") {
  // Which of "Montréal Denis Coderre" is the city is not known: no name is made up of it.
  auto cs = read("« Le pont rouvrira », a déclaré le maire de Montréal Denis Coderre.");
  for (const auto& c : cs) {
    if (c.kind == Kind::kQuote) CHECK(c.speaker.find("Montréal") == std::string::npos);
  }
}

TEST_CASE("a French nickname in guillemets is not a quote", "[claims][quotes]") {
  auto cs =
      read("Le chauffeur surnommé « le Boss » a salué l'accord dans la soirée, selon le syndicat.");
  for (const auto& c : cs) {
    INFO(c.text);
    CHECK(c.kind != Kind::kQuote);
  }
}

TEST_CASE("a short quote after a speech verb, not a naming word, is still a quote",
          "[claims][quotes]") {
  auto cs = read("The minister said the plan was \"a disgrace\" and left the chamber.");
  bool quoted = false;
  for (const auto& c : cs) quoted = quoted || (c.kind == Kind::kQuote && c.value == "a disgrace");
  CHECK(quoted);
}

TEST_CASE("the line that dates the article gives no date claim to check", "[claims][dates]") {
  auto [head, date] = GENERATE(table<std::string, std::string>({
      {"Published: April 17, 2026", "2026-04-17"},
      {"Updated: 3 March 2026", "2026-03-03"},
      {"February 19, 2026Clash Report", "2026-02-19"},
      {"HALDEN, Feb. 19, 2026 \xE2\x80\x94 The harbour reopened on Monday.", "2026-02-19"},
  }));
  INFO(head);
  claims::Article a =
      claims::parse_article("Harbour reopens\n\n" + head +
                                "\n\nThe harbour reopened on "
                                "Monday after a storm that closed it on February 2, 2026.\n",
                            "txt");
  auto cs = claims::extract(a, {});
  const Claim* own = find_date(cs, date);
  REQUIRE(own);
  CHECK(flagged(*own, "dateline"));
  const Claim* event = find_date(cs, "2026-02-02");
  REQUIRE(event);
  CHECK_FALSE(flagged(*event, "dateline"));
}

TEST_CASE("a paragraph that is wholly a link is still content, a row of short links is not",
          "[claims][furniture]") {
  const std::string md =
      "# Ferry service resumes\n\n"
      "[**The island ferry resumed on Sunday with two crossings, the operator said.**]"
      "(https://ferrynews.example/live-204)\n\n"
      "[Home](https://ferrynews.example/) | [Travel](https://ferrynews.example/travel)\n";
  claims::Article a = claims::parse_article(md, "md");
  claims::Options o;
  o.reference_date = "2025-01-01";
  auto cs = claims::extract(a, o);
  CHECK(find_date(cs, "2024-12-29"));
  CHECK(find(cs, Kind::kCount, 2));
  CHECK(citations(cs) == std::vector<std::string>{"https://ferrynews.example/live-204"});
  const std::size_t nav = md.find("[Home]");
  bool nav_is_furniture = false;
  for (const auto& f : a.furniture) nav_is_furniture = nav_is_furniture || f.start == nav;
  CHECK(nav_is_furniture);
}

TEST_CASE("digits inside a URL are neither dates nor figures", "[claims][links]") {
  auto cs = read(
      "Forms are at https://harbour.example/2023/forms/permit-48213 and "
      "www.harbour.example/notices/12-2024 until Friday.");
  for (const auto& c : cs) {
    INFO(c.text);
    CHECK((c.kind == Kind::kCitation || c.kind == Kind::kDate));
    if (c.kind == Kind::kDate) CHECK(c.text == "Friday");
  }
  CHECK(citations(cs).size() == 2);
}

TEST_CASE("numbers of a web address written with an IP host, a port or a version are not read",
          "[claims][links]") {
  auto [body, figure] = GENERATE(table<std::string, std::string>({
      {"The minutes are posted at http://127.0.0.1:8080/docs/v2.3/report and 12 people came.",
       "12"},
      {"Le compte rendu est en ligne sur https://10.4.2.1/conseil/v1.5/seance-3 et 40 "
       "personnes sont venues.",
       "40"},
      {"See www.example.org/data/2024/12/04/table-7.5.csv; 300 homes were flooded.", "300"},
  }));
  INFO(body);
  auto cs = read(body, "2025-02-20");
  std::vector<std::string> figures;
  for (const auto& c : cs) {
    INFO(c.text);
    CHECK(c.kind != Kind::kDate);
    if (c.kind == Kind::kCount) figures.push_back(c.value);
  }
  CHECK(figures == std::vector<std::string>{figure});
  CHECK(citations(cs).size() == 1);
}

TEST_CASE("two days joined by 'from ... to' or 'between ... and' are one range",
          "[claims][dates]") {
  auto [body, from, to] = GENERATE(table<std::string, std::string, std::string>({
      {"The book fair will run from 12 March to 3 April, organisers said.", "2025-03-12",
       "2025-04-03"},
      {"The bridge was closed between June 2 and Sept. 14, 2024, for repairs.", "2024-06-02",
       "2024-09-14"},
      {"The winter market runs from 20 December to 5 January.", "2024-12-20", "2025-01-05"},
      {"La foire aura lieu du 12 mars au 3 avril, selon les organisateurs de la ville.",
       "2025-03-12", "2025-04-03"},
  }));
  INFO(body);
  auto cs = read(body, "2025-02-20");
  const Claim* d = find_date(cs, from);
  REQUIRE(d);
  CHECK(d->date_end == to);
}

TEST_CASE("two days in a list are two dates, not a range", "[claims][dates]") {
  auto cs = read("Hearings were held on 12 March and 3 April, the court said.", "2025-05-20");
  const Claim* first = find_date(cs, "2025-03-12");
  REQUIRE(first);
  CHECK(first->date_end.empty());
  CHECK(find_date(cs, "2025-04-03"));
}

TEST_CASE("a figure after a currency symbol groups thousands with commas, even in French",
          "[claims][numbers]") {
  // Kind: "$920,000" is written the English way (French puts the symbol after: « 920 000 $ »);
  // in a text read as French its comma was taken for a decimal mark, giving 920. A decimal
  // comma before one or two digits (« $2,5 milliards ») stays one.
  auto [body, number, unit] = GENERATE(table<std::string, double, std::string>({
      {"The former chief executive received $920,000 in 2024, the annual report said.", 920000,
       "USD"},
      {"L'ancien PDG a touché $920,000 en 2024, selon le rapport annuel du groupe.", 920000, "USD"},
      {"Le club a payé £2,300 pour chaque billet de la saison, selon la presse.", 2300, "GBP"},
      {"Le fonds a versé US$1,250,000 à la ville, selon le maire.", 1250000, "USD"},
      {"Le groupe a versé $2,5 milliards à ses actionnaires, selon le rapport.", 2.5e9, "USD"},
  }));
  INFO(body);
  auto cs = read(body);
  const Claim* c = find(cs, Kind::kMoney, number);
  REQUIRE(c);
  CHECK(c->unit == unit);
}

TEST_CASE("a month or a weekday a hope or an aim is for lies ahead", "[claims][dates]") {
  // Kind (a new user's own article): "The company hoped to reopen part of its weaving floor in
  // June", in an April story, was read as last June: a hope, an aim or a wish ("hoped to",
  // "aims to", « espère rouvrir », « souhaite reprendre ») looks ahead as a plan does. A past
  // doing stays past. 2026-04-17 is a Friday.
  auto [body, value] = GENERATE(table<std::string, std::string>({
      {"The company hoped to reopen part of its weaving floor in June.", "2026-06"},
      {"The club aims to sign the new coach in June, its chairman said.", "2026-06"},
      {"La direction espère rouvrir une partie de l'atelier en juin.", "2026-06"},
      {"Le club souhaite reprendre l'entraînement lundi, selon son président.", "2026-04-20"},
      {"The company reopened part of its weaving floor in June.", "2025-06"},
  }));
  INFO(body);
  auto cs = read(body, "2026-04-17");
  CHECK(find_date(cs, value));
}

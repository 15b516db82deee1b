// Word tables of the claims module: months, stop words, speech verbs, hedges, titles, demonyms.
#include <array>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claims_internal.h"

namespace verify::claims::internal {

namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& stopwords() {
  static const WordSet s = {
      "a",       "an",        "the",     "this",     "that",     "these",   "those",   "its",
      "his",     "her",       "their",   "our",      "my",       "your",    "of",      "in",
      "on",      "at",        "by",      "for",      "with",     "from",    "to",      "into",
      "onto",    "over",      "under",   "about",    "across",   "after",   "before",  "since",
      "until",   "during",    "among",   "between",  "within",   "without", "through", "per",
      "and",     "or",        "but",     "nor",      "as",       "than",    "if",      "so",
      "who",     "whom",      "whose",   "which",    "what",     "where",   "when",    "while",
      "he",      "she",       "it",      "they",     "we",       "i",       "you",     "him",
      "them",    "us",        "me",      "is",       "are",      "was",     "were",    "be",
      "been",    "being",     "has",     "have",     "had",      "do",      "does",    "did",
      "will",    "would",     "can",     "could",    "may",      "might",   "must",    "shall",
      "should",  "not",       "no",      "also",     "still",    "now",     "then",    "there",
      "here",    "later",     "earlier", "ago",      "each",     "every",   "all",     "both",
      "more",    "most",      "less",    "least",    "only",     "just",    "very",    "too",
      "up",      "down",      "out",     "off",      "again",    "against", "toward",  "towards",
      "near",    "including", "like",    "via",      "amid",     "despite", "because", "although",
      "whether", "left",      "remain",  "remained", "worldwide"};
  return s;
}

const WordSet& speech_verbs() {
  static const WordSet s = {
      "said", "says", "say", "told", "tells", "tell", "wrote", "writes", "stated", "states",
      "declared", "declares", "announced", "announces", "added", "adds", "asked", "asks", "warned",
      "warns", "described", "describes", "called", "calls", "claimed", "claims", "explained",
      "explains", "insisted", "insists", "argued", "argues", "emphasized", "emphasised",
      "emphasizes", "stressed", "stresses", "noted", "notes", "acknowledged", "admitted",
      "confirmed", "denied", "replied", "responded", "urged", "urges", "suggested", "tweeted",
      "posted", "recalled", "remarked", "vowed", "pledged", "promised", "predicted", "cautioned",
      "conceded", "testified", "reiterated", "maintained", "contended", "alleged", "complained",
      "lamented", "commented", "observed", "pointed", "characterized", "termed", "labelled",
      "labeled", "branded", "dubbed", "told", "insists",
      // Reporting verbs whose object clause carries the speaker's words ("accused the far
      // right of forming an 'anti-republican front'").
      "accused", "accuses", "denounced", "condemned", "criticized", "criticised", "hailed",
      "slammed",
      // Verbs of praise or thanks crediting the words quoted before them ("praised Mayor X",
      // « a salué la maire »).
      "praised", "lauded", "salué", "salue", "félicité", "remercié",
      // French: past participles (after "a", "ont", "a-t-il") and present forms.
      "déclaré", "dit", "affirmé", "assuré", "ajouté", "estimé", "expliqué", "souligné", "répliqué",
      "réplique", "déclare", "affirme", "assure", "estime", "explique", "souligne", "ajoute",
      "lancé", "lance", "admis", "reconnu", "indiqué", "précisé", "martelé", "prévenu", "averti",
      "écrit", "tweeté", "confié", "dénoncé", "raillé", "répondu", "insisté", "annoncé", "rappelé",
      "réagi", "fustigé", "regretté", "demandé", "exigé", "promis", "plaidé", "jugé", "déploré",
      "confirmé", "nié", "poursuivi", "résumé", "répété", "répète", "précise", "indique", "raconte",
      "résume", "confie", "insiste", "rappelle", "martèle", "reconnaît", "prévient", "alerté",
      "alerte", "noté", "relevé", "observé", "soutenu", "conclu", "glissé", "avancé", "tranché",
      // Verbs that frame the words quoted after their object or as their object, in both
      // languages: « a qualifié la situation de « très préoccupante » », « a évoqué « une crise
      // sans précédent » », « a parlé d'« un drame » », "referred to the plan as 'a disaster'",
      // "quipped". Without them the quote had no speaker, and was supported by whoever a
      // source gave the words to.
      "qualifié", "qualifie", "évoqué", "évoque", "parlé", "parle", "décrit", "rétorqué",
      "rétorque", "lâché", "ironisé", "concédé", "témoigné", "commenté", "commente", "protesté",
      // Present forms French copy writes after a quote (« …, témoigne Pascal Ribereau »).
      "témoigne", "témoignent", "réagit", "dénonce", "déplore", "regrette", "referred", "refers",
      "quipped", "joked", "boasted", "countered", "retorted", "exclaimed", "recounted",
      // French reflexive verbs of speech, whose participle agrees with the speaker (« s'est
      // félicitée », « se réjouit », « s'est inquiété »): without them « …, s'est félicité
      // Paul Garnier » had the speaker "s'est".
      "félicitée", "félicite", "réjouit", "réjoui", "réjouie", "inquiété", "inquiétée", "inquiète",
      "indigné", "indignée", "indigne", "exclamé", "exclamée", "insurgé", "insurgée", "emporté",
      "emportée", "alarmé", "alarmée", "étonné", "étonnée", "défendu", "défendue", "justifié",
      "justifiée", "désolé", "désolée", "désole",
      // Present forms of observing, going on and scolding that French copy puts after a quote
      // or before a colon (« …, constate l'éleveur », « …, poursuit-elle », « fulmine le maire »).
      "constate", "constaté", "observe", "détaille", "détaillé", "poursuit", "tempête", "fulmine",
      "ironise", "soupire", "assène", "asséné", "avertit", "fumed"};
  return s;
}

const WordSet& speech_participles() {
  static const WordSet s = {"adding",      "asking",      "saying",     "telling",    "noting",
                            "warning",     "writing",     "stressing",  "explaining", "insisting",
                            "arguing",     "calling",     "describing", "declaring",  "urging",
                            "emphasizing", "emphasising", "stating"};
  return s;
}

const WordSet& title_words() {
  static const WordSet s = {
      "minister", "ministers",
      // French titles
      "ministre", "président", "présidente", "porte-parole", "pdg", "cheffe", "patron", "patronne",
      "député", "députée", "maire", "mairesse", "ambassadeur", "ambassadrice", "gouverneure",
      "dirigeant", "dirigeante", "préfet", "secrétaire", "directeur", "directrice", "procureur",
      "procureure", "haut-commissaire", "préfète", "prefect", "commandant", "commandante", "chef",
      // « le premier adjoint », « la première adjointe »: a town hall's deputies (also a
      // modifier after a title: « directrice adjointe »).
      "adjoint", "adjointe", "juge", "sénateur", "sénatrice", "gouverneur", "commissaire",
      "conseiller", "conseillère", "president", "presidents", "commissioner", "chancellor",
      "spokesperson", "spokesman", "spokeswoman", "ceo", "cfo", "coo", "cto", "general",
      "ambassador", "leader", "leaders", "secretary", "governor", "mayor", "senator",
      "representative", "judge", "chairman", "chairwoman", "chair", "director", "head", "chief",
      "king", "queen", "prince", "princess", "emperor", "pope", "premier", "envoy", "professor",
      "member", "founder", "co-founder", "executive", "economist", "inspector", "superintendent",
      "sheriff", "colonel", "lieutenant", "captain", "sergeant", "admiral", "marshal", "prosecutor",
      "attorney", "officer", "chairperson", "treasurer", "commander", "counsel", "manager",
      "analyst", "mp", "lawmaker", "congressman", "congresswoman", "sen", "rep", "gov", "dr",
      // Members of other parliaments ("Kirsty Rennie, the MSP for Highcraig", "the MEP", "MLA",
      // Quebec's "MNA", Ontario's "MPP"), a city's auditor ("City Controller Mark Oduya"), and
      // Quebec French's « Dre » (« la Dre Hélène Tremblay ») and « Pr » beside "Dr".
      "msp", "mep", "mla", "mna", "mpp", "controller", "comptroller", "contrôleur", "contrôleuse",
      "dre", "pr", "justice", "spokespeople", "adviser", "advisor", "vice-president", "deputy",
      "strategist", "partner", "editor", "correspondent", "researcher", "scientist", "official",
      "vp", "magistrate",
      // Nouns French copy uses for a person named earlier: « a déclaré l'élue », « a précisé le
      // magistrat ».
      "élu", "élue", "magistrat", "officier", "délégué", "déléguée", "delegate", "steward",
      // Offices of public health and inquests ("the state epidemiologist", « médecin légiste »).
      "epidemiologist", "coroner", "examiner", "pathologist", "épidémiologiste", "légiste",
      "médecin",
      // A town's clerk and a team's coach ("City Clerk Martin Bell", « l'entraîneur du club,
      // Marc Lefebvre »); rules/lexicon.json role_titles holds them too.
      "clerk", "coach", "entraîneur", "entraîneuse",
      // A team's captain (« le capitaine Yanis Berrada »).
      "capitaine",
      // A university's heads ("the regional rector, Mark Dell", « le recteur d'académie »).
      "rector", "recteur", "rectrice", "dean", "doyen", "doyenne", "provost",
      // Counsel named for a party ("the company's lawyer, Jane Roe", « l'avocate de la
      // société, Jeanne Roux »).
      "lawyer", "avocat", "avocate",
      // Offices of Belgian and Swiss towns (« le bourgmestre », « l'échevine de la Culture », « le
      // syndic de Lausanne ») and a museum's curator; rules/lexicon.json role_titles holds them
      // too.
      // A bankruptcy's trustee is « le syndic », « la syndique » (Québec).
      "bourgmestre", "échevin", "échevine", "syndic", "syndique", "curator",
      // A union's or a campaign's officers ("Unison's regional organiser, Gareth Price", « le
      // coordinateur de l'intersyndicale »); rules/lexicon.json role_titles holds them too.
      "organiser", "organizer", "organisateur", "organisatrice", "coordinator", "coordinateur",
      "coordinatrice", "negotiator", "négociateur", "négociatrice", "convenor", "convener",
      // A council's elected members and police ranks, with British copy's abbreviations ("Cllr
      // Bell", "Det Insp Kieran Moss", "Ch Supt Ann Vale", "Sgt Jo Hart"); rules/lexicon.json
      // role_titles holds them too, and rules/src/text.cpp office_stem spells them out.
      "councillor", "councilor", "cllr", "alderman", "alderwoman", "constable", "detective", "det",
      "insp", "supt", "sgt",
      // Ranks of the police, fire services and armed forces, French ones too (« la sergente
      // Nadia Roy, porte-parole de la SQ », « le caporal Luc Dubé »), and the ranks North
      // American copy abbreviates with a dot ("Lt. Marc Comeau", "Capt. Anne Bell", "Cpl.
      // Jo Hart"); rules/lexicon.json role_titles holds them too, and its `ranks` says which
      // titles are ranks.
      "corporal", "sergent", "sergente", "lieutenante", "caporal", "caporale", "adjudant",
      "adjudante", "lt", "capt", "cpl", "cst",
      // A field office's or a site's supervisor ("Renee Castillo, supervisor of the DNR's field
      // office", « la superviseure du chantier »); rules/lexicon.json role_titles holds them too.
      "supervisor", "superviseur", "superviseure"};
  return s;
}

const WordSet& title_modifiers() {
  static const WordSet s = {
      "interior", "foreign", "finance", "defence", "defense", "health", "justice", "prime",
      "deputy", "assistant", "senior", "vice", "chief", "acting", "former", "executive", "high",
      "home", "trade", "economy", "education", "energy", "environment", "labour", "labor",
      "agriculture", "culture", "transport", "state", "interim", "outgoing", "incoming", "then",
      "first", "associate", "managing", "general", "financial", "operating", "technology",
      "technical", "junior", "lead", "principal", "external", "affairs", "security", "national",
      "regional", "communications", "press", "public", "attorney", "supreme", "opposition", "party",
      "co", "area", "division", "corporate", "group", "police", "army", "military",
      // Said of the holder, not of an organisation: "Local MP Simon Hale", "Veteran
      // senator Ann Fry", capitalised only where they open a sentence.
      "local", "veteran", "longtime",
      // Police ranks before a rank: "Detective Inspector", "Det Insp", "Ch Supt".
      "detective", "det", "ch",
      // Government portfolios before "minister" ("Sports Minister Ana Duarte"): a portfolio the
      // list lacked was read as the minister's organisation, and the title as "Minister" alone,
      // which any other minister's title confirmed. rules/lexicon.json's role_portfolios lists
      // them for comparing offices; the two lists must be kept in step by hand.
      "sports", "sport", "tourism", "industry", "immigration", "research", "employment",
      "infrastructure", "youth", "family", "fisheries", "veterans", "housing", "treasury", "budget",
      "transportation", "mines", "mining", "mineral", "minerals", "resources",
      // "Shadow Mines Minister": an office beside the minister's, not an organisation.
      "shadow",
      // French adjectives that follow the title: « secrétaire général », « directrice adjointe »
      "général", "générale", "adjoint", "adjointe"};
  return s;
}

const WordSet& org_words() {
  static const WordSet s = {
      "ministry", "council", "committee", "party", "assembly", "department", "office", "bank",
      "court", "agency", "union", "government", "parliament", "congress", "senate", "house",
      "commission", "board", "police", "army", "corporation", "company", "group", "institute",
      "university", "association", "federation", "network", "foundation", "authority", "service",
      "bureau", "administration", "organization", "organisation", "force", "forces", "nations",
      "states", "republic", "kingdom", "democrats", "republicans", "cabinet", "embassy", "mission",
      // French institutions, capitalised in their names (« la Fédération Wallonie-Bruxelles »,
      // « le Conseil d'État »): no person's name words. (Not the nouns French puts before a
      // body's name, « le syndicat Force ouvrière », « le groupe Stellantis », whose speaker is
      // the name.)
      "fédération", "région", "communauté", "ministère", "université", "assemblée", "conseil",
      "comité", "commission", "agence", "fondation", "institut", "gouvernement", "parlement",
      "sénat", "tribunal", "cour", "ambassade", "préfecture", "mairie", "département"};
  return s;
}

}  // namespace

std::string_view month_part(std::string_view w) {
  if (w == "end" || w == "fin") return "late";
  if (w == "start" || w == "beginning" || w == "début") return "early";
  if (w == "middle" || w == "milieu") return "mid";
  return "";
}

int month_number(std::string_view w) {
  static const std::unordered_map<std::string_view, int> m = {
      {"january", 1},   {"jan", 1},   {"february", 2},  {"feb", 2},      {"march", 3},
      {"mar", 3},       {"april", 4}, {"apr", 4},       {"may", 5},      {"june", 6},
      {"jun", 6},       {"july", 7},  {"jul", 7},       {"august", 8},   {"aug", 8},
      {"september", 9}, {"sep", 9},   {"sept", 9},      {"october", 10}, {"oct", 10},
      {"november", 11}, {"nov", 11},  {"december", 12}, {"dec", 12}};
  auto it = m.find(w);
  return it == m.end() ? 0 : it->second;
}

int weekday_number(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::size_t i = 0; i < kDays.size(); ++i) {
    if (kDays[i] == w) return static_cast<int>(i);
  }
  return -1;
}

int french_month_number(std::string_view w) {
  static const std::unordered_map<std::string_view, int> m = {
      {"janvier", 1},   {"février", 2},  {"fevrier", 2},   {"mars", 3},      {"avril", 4},
      {"mai", 5},       {"juin", 6},     {"juillet", 7},   {"août", 8},      {"aout", 8},
      {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"decembre", 12},
      {"janv", 1},      {"févr", 2},     {"sept", 9},      {"oct", 10},      {"nov", 11},
      {"déc", 12}};
  auto it = m.find(w);
  return it == m.end() ? 0 : it->second;
}

int french_weekday_number(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  for (std::size_t i = 0; i < kDays.size(); ++i) {
    if (kDays[i] == w) return static_cast<int>(i);
  }
  return -1;
}

bool is_stopword(std::string_view w) { return stopwords().count(w) > 0; }

bool is_french_function_word(std::string_view w) {
  // The (English) stop list does not hold them: « Les chauffeurs », « Selon le syndicat »,
  // « 15 000 à défiler », « 4,1 milliards en janvier ».
  static const WordSet s = {
      "le",       "la",        "les",   "un",     "une",  "des",    "du",    "au",     "aux",
      "ce",       "cet",       "cette", "ces",    "son",  "sa",     "ses",   "leur",   "leurs",
      "notre",    "nos",       "votre", "vos",    "mon",  "ma",     "mes",   "en",     "dans",
      "pour",     "par",       "sur",   "sous",   "avec", "sans",   "selon", "après",  "avant",
      "depuis",   "pendant",   "lors",  "et",     "ou",   "mais",   "donc",  "ni",     "car",
      "il",       "elle",      "ils",   "elles",  "nous", "vous",   "je",    "qui",    "que",
      "quand",    "lorsque",   "si",    "comme",  "tous", "toutes", "tout",  "chaque", "plusieurs",
      "certains", "certaines", "aucun", "aucune", "cela", "ceci",   "ça",    "entre",  "contre",
      "à",        "vers",      "chez",  "dont",   "de",   "auprès", "parmi", "envers", "malgré",
      "durant",   "sauf",      "hormis"};
  return s.count(w) > 0;
}

bool is_designator(std::string_view w) {
  static const WordSet kWords = {
      "article", "articles", "section", "sections", "chapter", "clause", "paragraph", "amendment",
      "resolution", "flight", "route", "highway", "interstate", "gate", "room", "platform",
      "terminal", "pier", "berth", "apartment", "suite", "chapitre", "alinea", "alinéa",
      "paragraphe", "amendement", "vol", "autoroute", "salle", "quai", "district", "ward",
      "precinct", "runway", "hangar",
      // "prohibited under Rule 41", « la règle 12 », "Bill 96", "Exhibit 4", "Stage 5".
      "rule", "rules", "regle", "règle", "bill", "bylaw", "exhibit", "stage", "etape", "étape"};
  // French elision: "l'article", "d'article" (straight or typographic apostrophe).
  for (std::string_view el : {"l'", "d'", "l\u2019", "d\u2019"}) {
    if (w.size() > el.size() && w.compare(0, el.size(), el) == 0) w.remove_prefix(el.size());
  }
  return kWords.count(w) > 0;
}

bool is_numbered_name(std::string_view w) {
  // A league, a level or a category named by its number: "Division 1", « Fédérale 1 », «
  // Ligue 1 », "Formula 1", "Category 5", "Level 4", "Phase 2". Written with a capital only:
  // "a level 1.6 pct below" is a figure.
  static const WordSet kWords = {"division", "ligue",     "league",  "federale",
                                 "fédérale", "nationale", "formula", "category",
                                 "level",    "phase",     "tier"};
  return kWords.count(w) > 0;
}

bool is_determiner(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || w == "these" ||
         w == "those" || w == "its" || w == "his" || w == "her" || w == "their" || w == "our";
}

bool is_pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i" ||
         w == "il" || w == "elle" || w == "ils" || w == "elles";
}

bool is_singular_person_pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "il" || w == "elle";
}

std::optional<double> french_number_word(std::string_view w) {
  static const std::unordered_map<std::string_view, double> m = {
      {"deux", 2},   {"trois", 3},   {"quatre", 4},    {"cinq", 5},       {"six", 6},
      {"sept", 7},   {"huit", 8},    {"neuf", 9},      {"dix", 10},       {"onze", 11},
      {"douze", 12}, {"treize", 13}, {"quatorze", 14}, {"quinze", 15},    {"seize", 16},
      {"vingt", 20}, {"trente", 30}, {"quarante", 40}, {"cinquante", 50}, {"soixante", 60},
      {"cent", 100}, {"mille", 1000}};
  auto it = m.find(w);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

std::optional<double> approximate_number_noun(std::string_view w) {
  static const std::unordered_map<std::string_view, double> m = {
      {"dizaine", 10},   {"douzaine", 12},    {"quinzaine", 15},    {"vingtaine", 20},
      {"trentaine", 30}, {"quarantaine", 40}, {"cinquantaine", 50}, {"soixantaine", 60},
      {"centaine", 100}, {"millier", 1000}};
  auto it = m.find(w);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

// A French reflexive verb of speech elides its pronoun into one token (« s'inquiète Thierry
// Bonnaud », « s'alarme la préfète »): the verb after « s' » is read, with the verbs that speak
// only reflexively (« alarme » alone is a noun).
bool is_speech_verb(std::string_view w) {
  if (speech_verbs().count(w)) return true;
  if (w.size() <= 2 || w[0] != 's' || w[1] != '\'') return false;
  static const WordSet reflexive = {"alarme",  "agace",   "étonne",  "interroge",
                                    "insurge", "emporte", "indigne", "offusque",
                                    "amuse",   "énerve",  "exclame", "impatiente"};
  w.remove_prefix(2);
  return speech_verbs().count(w) > 0 || reflexive.count(w) > 0;
}
bool is_speech_participle(std::string_view w) { return speech_participles().count(w) > 0; }

std::optional<double> small_number_word(std::string_view w) {
  static const std::unordered_map<std::string_view, double> m = {
      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},     {"six", 6},
      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},     {"eleven", 11},
      {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},
      {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70}, {"eighty", 80},
      {"ninety", 90},    {"one", 1},       {"zero", 0}};
  auto it = m.find(w);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

std::optional<double> scale_word(std::string_view w) {
  if (w == "hundred") return 1e2;
  // Indian English: "Rs 40 crore" (400 million), "₹2.5 lakh" (250,000).
  if (w == "lakh" || w == "lakhs") return 1e5;
  if (w == "crore" || w == "crores") return 1e7;
  if (w == "thousand" || w == "k" || w == "mille" || w == "milliers")
    return 1e3;  // « 4,1 milliers »
  if (w == "million" || w == "millions" || w == "m" || w == "mn" || w == "mln") return 1e6;
  if (w == "billion" || w == "bn" || w == "b" || w == "bln" || w == "milliard" ||
      w == "milliards" || w == "md" || w == "mds")
    return 1e9;
  if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
  return std::nullopt;
}

std::size_t match_hedge_before(const std::vector<Token>& toks, std::size_t first_tok,
                               std::size_t end_exclusive, std::string* hedge) {
  // ("no more than 1,500" is at most 1,500: the longest hedge wins, so "more than" inside it
  // never reads it as a lower bound.)
  static const std::array<std::string_view, 45> kHedges = {
      "no more than", "not more than", "no fewer than", "no less than", "not less than", "at least",
      "more than", "fewer than", "less than", "up to", "as many as", "as much as", "close to",
      "upwards of", "just over", "just under", "an estimated", "at most", "nearly", "almost",
      "about", "around", "roughly", "some", "approximately", "over", "under", "estimated", "below",
      "above", "as few as", "well over",
      // French
      "plus de", "près de", "environ", "quelque", "au moins", "moins de", "jusqu'à", "presque",
      "pas moins de", "autour de", "un peu plus de", "un peu moins de", "quelques"};
  // Each hedge as its words, split once; a hedge matches when its words are the word tokens
  // just before `end_exclusive` (compared in place: this runs for every figure of every source).
  static const std::vector<std::vector<std::string_view>> kHedgeWords = [] {
    std::vector<std::vector<std::string_view>> out;
    for (std::string_view h : kHedges) {
      std::vector<std::string_view> words;
      std::size_t from = 0;
      for (std::size_t sp = h.find(' '); sp != std::string_view::npos; sp = h.find(' ', from)) {
        words.push_back(h.substr(from, sp - from));
        from = sp + 1;
      }
      words.push_back(h.substr(from));
      out.push_back(std::move(words));
    }
    return out;
  }();
  std::size_t best = 0;
  for (std::size_t hi = 0; hi < kHedges.size(); ++hi) {
    const auto& words = kHedgeWords[hi];
    const std::size_t n = words.size();
    if (n > end_exclusive - first_tok || n <= best) continue;
    std::size_t s = end_exclusive - n;
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) {
      ok = toks[s + k].type == TokType::kWord && toks[s + k].lower == words[k];
    }
    // "hand over $5 million" hands it over, "rolled over 11 times" rolled over: after a verb
    // whose particle it is, "over" is not a bound on the figure.
    if (ok && kHedges[hi] == "over" && s > first_tok && toks[s - 1].type == TokType::kWord) {
      static const std::set<std::string_view> kParticleVerbs = {
          "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign",
          "signs", "signed", "signing", "fork", "forks", "forked", "forking",
          // "The jackpot had rolled over 11 times", "the car flipped over twice".
          "roll", "rolls", "rolled", "rolling", "flip", "flips", "flipped", "flipping", "tip",
          "tips", "tipped", "tipping", "keel", "keeled", "knock", "knocked"};
      if (kParticleVerbs.count(toks[s - 1].lower)) ok = false;
    }
    if (ok) {
      best = n;
      if (hedge) *hedge = std::string(kHedges[hi]);
    }
  }
  return best;
}

bool is_title_word(std::string_view w) { return title_words().count(w) > 0; }
bool is_title_modifier(std::string_view w) { return title_modifiers().count(w) > 0; }
bool is_org_word(std::string_view w) { return org_words().count(w) > 0; }

std::size_t match_title(const std::vector<Token>& toks, std::size_t i, std::size_t end) {
  static const std::array<std::array<std::string_view, 3>, 12> kMulti = {{
      {"chief", "financial", "officer"},
      {"chief", "executive", "officer"},
      {"chief", "operating", "officer"},
      {"chief", "executive", ""},
      {"prime", "minister", ""},
      {"vice", "president", ""},
      {"high", "commissioner", ""},
      {"secretary", "general", ""},
      {"attorney", "general", ""},
      {"foreign", "minister", ""},
      {"vice", "chancellor", ""},
      {"managing", "director", ""},
  }};
  if (i >= end || toks[i].type != TokType::kWord) return 0;
  std::string_view first = toks[i].lower;
  // Cheap filter: only these words start a multi-word title.
  bool may_be_multi = first == "chief" || first == "prime" || first == "vice" || first == "high" ||
                      first == "secretary" || first == "attorney" || first == "foreign" ||
                      first == "managing";
  for (const auto& t : kMulti) {
    if (!may_be_multi) break;
    std::size_t n = t[2].empty() ? 2 : 3;
    if (i + n > end) continue;
    bool ok = true;
    for (std::size_t k = 0; k < n; ++k) {
      if (toks[i + k].type != TokType::kWord || toks[i + k].lower != t[k]) ok = false;
    }
    if (ok) return n;
  }
  // A title, a capitalised word of its service, and a title again, all capitalised: one office
  // ("Chief Fire Officer", "Deputy Police Commissioner", "Assistant Chief Constable"). Read as
  // "Chief" alone, "Chief Fire Officer Dana Okafor" was a person "Fire Officer Dana Okafor".
  if (i + 2 < end && toks[i].upper && is_title_word(first) && toks[i + 1].type == TokType::kWord &&
      toks[i + 1].upper && !is_title_word(toks[i + 1].lower) && toks[i + 1].space_before &&
      toks[i + 2].type == TokType::kWord && toks[i + 2].upper && toks[i + 2].space_before &&
      is_title_word(toks[i + 2].lower) &&
      (toks[i + 2].lower == "officer" || toks[i + 2].lower == "commissioner" ||
       toks[i + 2].lower == "constable" || toks[i + 2].lower == "inspector" ||
       toks[i + 2].lower == "superintendent" || toks[i + 2].lower == "officers"))
    return 3;
  // A hyphenated title is three tokens, the hyphen unspaced: « porte-parole »,
  // « haut-commissaire », "vice-president", "co-founder".
  if (i + 2 < end && toks[i + 1].type == TokType::kPunct && toks[i + 1].text == "-" &&
      !toks[i + 1].space_before && toks[i + 2].type == TokType::kWord &&
      !toks[i + 2].space_before) {
    std::string joined = toks[i].lower + "-" + toks[i + 2].lower;
    if (is_title_word(joined)) return 3;
    // A prefix makes another office of any title, in either language: « vice-président »,
    // « co-présidente », « sous-préfète », « ex-ministre ». Read as the title alone, «
    // vice-président » was confirmed by a source's « président ».
    std::string_view prefix = toks[i].lower;
    if ((prefix == "vice" || prefix == "co" || prefix == "sous" || prefix == "ex") &&
        is_title_word(toks[i + 2].lower))
      return 3;
  }
  if (i < end && toks[i].type == TokType::kWord && is_title_word(toks[i].lower)) {
    // « conseiller d'État », « secrétaire d'État », « ministre d'État »: the State is the
    // office's own word, not a complement naming a place before its holder's name.
    if (i + 1 < end && toks[i + 1].type == TokType::kWord &&
        (toks[i + 1].lower == "d'\xC3\x89tat" || toks[i + 1].lower == "d'\xC3\xA9tat" ||
         toks[i + 1].lower == "d'etat"))
      return 2;
    return 1;
  }
  return 0;
}

std::string country_for_demonym(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"french", "France"},
      // French copy puts the adjective after the office (« le président américain Joe Biden »).
      {"français", "France"},
      {"française", "France"},
      {"américain", "United States"},
      {"américaine", "United States"},
      {"britannique", "United Kingdom"},
      {"allemand", "Germany"},
      {"allemande", "Germany"},
      {"canadien", "Canada"},
      {"canadienne", "Canada"},
      {"indien", "India"},
      {"indienne", "India"},
      {"chinois", "China"},
      {"chinoise", "China"},
      {"russe", "Russia"},
      {"ukrainien", "Ukraine"},
      {"ukrainienne", "Ukraine"},
      {"italien", "Italy"},
      {"italienne", "Italy"},
      {"espagnol", "Spain"},
      {"espagnole", "Spain"},
      {"belge", "Belgium"},
      {"suisse", "Switzerland"},
      {"algerian", "Algeria"},
      {"german", "Germany"},
      {"british", "United Kingdom"},
      {"american", "United States"},
      {"canadian", "Canada"},
      {"indian", "India"},
      {"chinese", "China"},
      {"japanese", "Japan"},
      {"russian", "Russia"},
      {"ukrainian", "Ukraine"},
      {"italian", "Italy"},
      {"spanish", "Spain"},
      {"moroccan", "Morocco"},
      {"thai", "Thailand"},
      {"burmese", "Myanmar"},
      {"pakistani", "Pakistan"},
      {"israeli", "Israel"},
      {"iranian", "Iran"},
      {"turkish", "Turkey"},
      {"mexican", "Mexico"},
      {"brazilian", "Brazil"},
      {"australian", "Australia"},
      {"egyptian", "Egypt"},
      {"saudi", "Saudi Arabia"},
      {"polish", "Poland"},
      {"dutch", "Netherlands"},
      {"belgian", "Belgium"},
      {"swiss", "Switzerland"},
      {"swedish", "Sweden"},
      {"norwegian", "Norway"},
      {"danish", "Denmark"},
      {"finnish", "Finland"},
      {"irish", "Ireland"},
      {"greek", "Greece"},
      {"portuguese", "Portugal"},
      {"korean", "Korea"},
      {"south korean", "South Korea"},
      {"nigerian", "Nigeria"},
      {"kenyan", "Kenya"},
      {"tunisian", "Tunisia"},
      {"libyan", "Libya"},
      {"syrian", "Syria"},
      {"iraqi", "Iraq"},
      {"afghan", "Afghanistan"},
      {"bangladeshi", "Bangladesh"},
      {"vietnamese", "Vietnam"},
      {"indonesian", "Indonesia"},
      {"malian", "Mali"},
      {"senegalese", "Senegal"},
      {"austrian", "Austria"},
      {"hungarian", "Hungary"},
      {"czech", "Czech Republic"},
      {"argentine", "Argentina"},
      {"chilean", "Chile"},
      {"colombian", "Colombia"},
      {"venezuelan", "Venezuela"},
      {"cuban", "Cuba"},
      {"lebanese", "Lebanon"},
      {"jordanian", "Jordan"},
      {"palestinian", "Palestine"},
      {"qatari", "Qatar"},
      {"emirati", "United Arab Emirates"},
      {"european", "European Union"}};
  auto it = m.find(w);
  return it == m.end() ? std::string() : std::string(it->second);
}

std::string currency_code_for_word(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"dollars", "USD"},  {"dollar", "USD"},  {"euros", "EUR"},  {"euro", "EUR"},
      {"yen", "JPY"},      {"rupees", "INR"},  {"rupee", "INR"},  {"yuan", "CNY"},
      {"renminbi", "CNY"}, {"francs", "CHF"},  {"franc", "CHF"},  {"usd", "USD"},
      {"eur", "EUR"},      {"gbp", "GBP"},     {"cad", "CAD"},    {"aud", "AUD"},
      {"inr", "INR"},      {"jpy", "JPY"},     {"chf", "CHF"},    {"cny", "CNY"},
      {"rs", "INR"},       {"won", "KRW"},     {"rubles", "RUB"}, {"roubles", "RUB"},
      {"pesos", "MXN"},    {"kyat", "MMK"},    {"baht", "THB"},   {"dinars", "DZD"},
      {"sterling", "GBP"}, {"d'euros", "EUR"}, {"d'euro", "EUR"}, {"d'dollars", "USD"},
      {"€", "EUR"},        {"nzd", "NZD"},     {"hkd", "HKD"},    {"sgd", "SGD"},
      {"sek", "SEK"},      {"nok", "NOK"},     {"dkk", "DKK"},    {"zar", "ZAR"},
      {"brl", "BRL"},      {"mxn", "MXN"},     {"rub", "RUB"},    {"krw", "KRW"},
      {"xpf", "XPF"},      {"rand", "ZAR"},    {"rands", "ZAR"}};
  auto it = m.find(w);
  return it == m.end() ? std::string() : std::string(it->second);
}

std::string dollar_code_for_adjective(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"canadian", "CAD"},   {"canadien", "CAD"},    {"canadiens", "CAD"}, {"australian", "AUD"},
      {"australien", "AUD"}, {"australiens", "AUD"}, {"american", "USD"},  {"américain", "USD"},
      {"américains", "USD"}, {"us", "USD"},          {"singapore", "SGD"}, {"singapour", "SGD"},
      {"hongkongais", "HKD"}};
  auto it = m.find(w);
  return it == m.end() ? std::string() : std::string(it->second);
}

bool is_irregular_plural(std::string_view w) {
  // French plurals in "-x" (« bateaux », « chevaux », « hôpitaux », « lieux »), not « mieux ».
  auto ends = [&](std::string_view e) {
    return w.size() >= 5 && w.compare(w.size() - e.size(), e.size(), e) == 0;
  };
  if ((ends("aux") || ends("eux")) && w != "mieux") return true;
  return w == "people" || w == "children" || w == "men" || w == "women" || w == "police" ||
         w == "staff" || w == "personnel" || w == "troops" || w == "cattle" || w == "feet";
}

bool is_single_person_noun(std::string_view w) {
  static const WordSet kPersons = {
      "person",       "man",        "woman",       "child",       "boy",           "girl",
      "baby",         "infant",     "teenager",    "firefighter", "officer",       "policeman",
      "policewoman",  "worker",     "employee",    "passenger",   "driver",        "pilot",
      "student",      "pupil",      "soldier",     "resident",    "patient",       "victim",
      "pedestrian",   "miner",      "climber",     "hiker",       "tourist",       "swimmer",
      "cyclist",      "motorist",   "journalist",  "nurse",       "guard",         "inmate",
      "prisoner",     "migrant",    "civilian",    "protester",   "rescuer",       "volunteer",
      "personne",     "homme",      "femme",       "enfant",      "garçon",        "fille",
      "bébé",         "adolescent", "adolescente", "pompier",     "policier",      "policière",
      "gendarme",     "ouvrier",    "ouvrière",    "salarié",     "salariée",      "employé",
      "employée",     "passager",   "passagère",   "conducteur",  "conductrice",   "élève",
      "étudiant",     "étudiante",  "soldat",      "militaire",   "habitant",      "habitante",
      "patiente",     "victime",    "piéton",      "piétonne",    "randonneur",    "randonneuse",
      "touriste",     "nageur",     "nageuse",     "cycliste",    "automobiliste", "motard",
      "journaliste",  "infirmier",  "infirmière",  "détenu",      "détenue",       "manifestant",
      "manifestante", "sauveteur",  "bénévole"};
  return kPersons.count(w) > 0;
}

bool is_toll_verb_after_person(std::string_view w) {
  static const WordSet kVerbs = {"has",      "had",   "was",    "is",      "died",  "remains",
                                 "remained", "a",     "avait",  "est",     "était", "reste",
                                 "restait",  "meurt", "décède", "succombe"};
  return kVerbs.count(w) > 0;
}

bool is_french_severity_adverb(std::string_view w) {
  static const WordSet kAdverbs = {"grièvement",   "gravement",    "légèrement",
                                   "sérieusement", "mortellement", "superficiellement",
                                   "modérément"};
  return kAdverbs.count(w) > 0;
}

bool is_casualty_word(std::string_view w) {
  // Not "missing" or "hurt": "one missing piece", "one hurt feeling" are no tolls.
  static const WordSet kCasualties = {"dead", "injured", "wounded", "killed",
                                      "mort", "morte",   "blessé",  "blessée",
                                      "tué",  "tuée",    "disparu", "disparue"};
  return kCasualties.count(w) > 0;
}

bool is_event_noun(std::string_view w) {
  static const WordSet kEvents = {
      // English
      "election", "elections", "poll", "polls", "referendum", "vote", "census", "contest", "flood",
      "floods", "flooding", "storm", "hurricane", "earthquake", "quake", "tsunami", "eruption",
      "fire", "fires", "wildfire", "wildfires", "drought", "heatwave", "crisis", "crash",
      "recession", "pandemic", "outbreak", "epidemic", "riots", "unrest", "strike", "strikes",
      "protests", "uprising", "revolution", "war", "attack", "attacks", "disaster", "accident",
      "collapse", "explosion", "blast", "championship", "championships", "final", "finals", "cup",
      "games", "olympics", "tournament", "season", "edition", "class", "summer", "winter", "spring",
      "autumn", "campaign", "reform", "treaty", "accord", "agreement",
      // French
      "élection", "élections", "municipales", "législatives", "legislatives", "présidentielle",
      "presidentielle", "européennes", "europeennes", "régionales", "regionales", "cantonales",
      "sénatoriales", "senatoriales", "scrutin", "référendum", "recensement", "crue", "crues",
      "inondation", "inondations", "tempête", "tempete", "ouragan", "séisme", "seisme",
      "tremblement", "incendie", "incendies", "sécheresse", "secheresse", "canicule", "crise",
      "krach", "épidémie", "epidemie", "pandémie", "pandemie", "émeutes", "emeutes", "grève",
      "greve", "grèves", "greves", "manifestations", "révolution", "revolution", "guerre",
      "attentat", "attentats", "catastrophe", "naufrage", "explosion", "finale", "coupe", "mondial",
      "jeux", "championnat", "tournoi", "saison", "édition", "promotion", "cuvée", "cuvee",
      "réforme", "reforme", "loi", "traité", "traite", "accord", "accords", "été", "ete", "hiver",
      "printemps", "automne"};
  return kEvents.count(w) > 0;
}

bool is_unit_word(std::string_view w) {
  static const WordSet kUnits = {
      "metre", "meter",  "metres",    "meters",     "kilometre", "kilometer", "km",      "mile",
      "miles", "yard",   "yards",     "foot",       "feet",      "tonne",     "tonnes",  "ton",
      "tons",  "kilo",   "kilos",     "kg",         "litre",     "liter",     "hectare", "hectares",
      "acre",  "acres",  "euro",      "euros",      "dollar",    "dollars",   "pound",   "pounds",
      "franc", "francs", "page",      "pages",      "word",      "words",     "seat",    "seats",
      "mètre", "mètres", "kilomètre", "kilomètres", "litres"};
  return kUnits.count(w) > 0;
}

std::string singular(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> irregular = {
      {"people", "person"},
      {"children", "child"},
      {"men", "man"},
      {"women", "woman"},
      {"feet", "foot"},
      {"teeth", "tooth"},
      {"mice", "mouse"},
      {"geese", "goose"},
      {"data", "data"},
      {"media", "media"},
      {"series", "series"},
      {"news", "news"},
      {"spokespeople", "spokesperson"}};
  auto it = irregular.find(w);
  if (it != irregular.end()) return std::string(it->second);
  std::string s(w);
  auto ends = [&](std::string_view suf) {
    return s.size() > suf.size() + 1 && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends("ies")) return s.substr(0, s.size() - 3) + "y";
  if (ends("sses") || ends("ches") || ends("shes") || ends("xes")) return s.substr(0, s.size() - 2);
  if (ends("ss") || ends("us") || ends("is")) return s;
  if (ends("s")) return s.substr(0, s.size() - 1);
  return s;
}

}  // namespace verify::claims::internal

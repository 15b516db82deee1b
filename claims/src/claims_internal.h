// Private building blocks of the claims module: tokens, word tables, dates and calendar math.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "verify/claims.h"

namespace verify::claims::internal {

// ---------------------------------------------------------------------------------------------
// Tokens

enum class TokType { kWord, kNumber, kPunct };

// One token of the text. Words keep internal apostrophes ("Algeria's") and trailing digits
// ("G7"); numbers keep their digit-group separators and decimal mark ("1,200", "28.5",
// "816 000", French "3,5"), and `digits` holds the plain value ("1200", "28.5", "816000", "3.5").
struct Token {
  TokType type = TokType::kPunct;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string_view text;  // view into the tokenized text
  std::string lower;      // ASCII-lower-cased text, typographic apostrophe mapped to '\''
  std::string digits;     // numbers: the value without group separators, '.' as decimal mark
  bool upper = false;     // words: first letter is upper case
  bool space_before = false;
  bool newline_before = false;

  // Whether the lower-cased text is `w`. Compares lengths first: `lower == "..."` on a
  // std::string measures the literal and compares bytes for every call, and the extractor
  // makes millions of such tests while reading a large ingest.
  bool is(std::string_view w) const { return std::string_view(lower) == w; }
};

// How numbers are written. English: "1,200.5"; French: "1 200,5" or "1.200,5" (a comma is
// the decimal mark, a dot before exactly three digits groups thousands). Both: thousands
// grouped with a space, no-break space or narrow no-break space ("816 000").
enum class NumberStyle { kEnglish, kFrench };

// Tokenizes `text`, at most its first `max_tokens` tokens; views in the tokens point into it.
std::vector<Token> tokenize(std::string_view text, NumberStyle style = NumberStyle::kEnglish,
                            std::size_t max_tokens = SIZE_MAX);

// The number style of a text, from its function words (more French "le, les, des, est..."
// than English "the, of, and, is..." means French).
NumberStyle detect_number_style(const std::vector<Token>& toks);

// Whether a word is an elided French article, preposition or pronoun glued to a lower-case
// word (« l'action », « d'euros », « qu'il », typographic apostrophe too). A name written so
// ("L'Oréal", "D'Angelo") goes on with a capital and is not one.
bool french_elision(const Token& t);

// Decodes the code point at `i` (advancing `i`); invalid bytes decode as U+FFFD, one byte each.
char32_t next_code_point(std::string_view text, std::size_t& i);

bool is_space_cp(char32_t c);

// ---------------------------------------------------------------------------------------------
// Word tables (lexicon.cpp). All lookups take lower-case text.

int month_number(std::string_view lower);           // "oct", "october" -> 10; 0 if none
int weekday_number(std::string_view lower);         // "monday" -> 0 ... "sunday" -> 6; -1 if none
int french_month_number(std::string_view lower);    // "décembre" -> 12; 0 if none
int french_weekday_number(std::string_view lower);  // "lundi" -> 0 ... "dimanche" -> 6; -1
// The part of a month a noun names before "of" / « de » ("the end of September", « au début de
// mars »): "late" (end, « fin »), "early" (start, beginning, « début »), "mid" (middle, «
// milieu »); "" for any other word.
std::string_view month_part(std::string_view lower);
bool is_stopword(std::string_view lower);  // determiners, prepositions, pronouns, aux verbs
// French articles, prepositions, pronouns and conjunctions (lower case, accents kept).
bool is_french_function_word(std::string_view lower);
// A French adverb of how badly, after a figure of casualties (« dont quatre grièvement »,
// « deux légèrement »): it tells how the counted were hurt, never what is counted. A closed
// list: French nouns end in "-ment" as often as adverbs do (« logement », « parlement »).
bool is_french_severity_adverb(std::string_view lower);
bool is_determiner(std::string_view lower);
// Words a number after them names rather than counts: "Article 49.3", "Section 230", "Flight
// 370", "Route 66", « l'article 16 », « le vol 370 ».
bool is_designator(std::string_view lower);
// A capitalised word that names a league, level or category by the number after it
// ("Division 1", « Fédérale 1 », "Category 5"): that number is no count.
bool is_numbered_name(std::string_view lower_word);
bool is_pronoun(std::string_view lower);                  // English and French subject pronouns
bool is_singular_person_pronoun(std::string_view lower);  // "he", "she", "il", "elle"
// French number words ("vingt" -> 20, "mille" -> 1000) and approximate nouns ("une vingtaine"
// -> 20, "un millier" -> 1000): read only in French text, where "six" or "cent" mean numbers.
std::optional<double> french_number_word(std::string_view lower);
std::optional<double> approximate_number_noun(std::string_view lower);
bool is_speech_verb(std::string_view lower);
bool is_speech_participle(std::string_view lower);  // "adding", "asking", "saying"
// Number words: "six" -> 6, "twenty" -> 20; multipliers "hundred", "thousand", ... separately.
std::optional<double> small_number_word(std::string_view lower);
std::optional<double> scale_word(std::string_view lower);  // "million" -> 1e6, "bn" -> 1e9
// Longest hedge phrase ending at token `end_exclusive - 1`; returns its token count or 0.
std::size_t match_hedge_before(const std::vector<Token>& toks, std::size_t first_tok,
                               std::size_t end_exclusive, std::string* hedge);
// Title words: returns the number of tokens of the longest title starting at `i`, or 0.
std::size_t match_title(const std::vector<Token>& toks, std::size_t i, std::size_t end);
bool is_title_word(std::string_view lower);
bool is_title_modifier(std::string_view lower);  // "interior", "acting", "former", "deputy"
bool is_org_word(std::string_view lower);        // "ministry", "council", "party" ...
std::string country_for_demonym(std::string_view lower);     // "french" -> "France"; "" if none
std::string currency_code_for_word(std::string_view lower);  // "euros" -> "EUR"
// The dollar an adjective names, next to "dollars": "canadian" and « canadiens » -> "CAD",
// "american", « américains » and "us" -> "USD"; "" for any other word.
std::string dollar_code_for_adjective(std::string_view lower);
// A plural without the "-s" that ends a counted noun: "people", "children", "staff", and
// French plurals in "-aux" and "-eux" (« bateaux », « hôpitaux », « lieux »).
bool is_irregular_plural(std::string_view lower);
// One person, in English or French, as a toll counts them: "person", "child", "firefighter",
// « personne », « pompier ». Not titles ("minister"): "one minister said" tells no toll.
bool is_single_person_noun(std::string_view lower);
// The verb right after "one person" / « une personne » that tells what befell them: "has",
// "was", "died", « est », « a », « reste ».
bool is_toll_verb_after_person(std::string_view lower);
// A word that names the casualty itself, so that "one" or the French article before it states
// a toll of one: "one dead", "one injured", « un mort », « une blessée », « un disparu ».
bool is_casualty_word(std::string_view lower);
// A noun naming an event or a period that a year after "of" / « de » dates: "the floods of
// 2007", « la crue de 1857 », « les municipales de 2020 », "the class of 2024". A closed list:
// after most nouns the number is a count (« une hausse de 2000 », "a crowd of 1500").
bool is_event_noun(std::string_view lower);
// A unit a number before it measures in ("the 1500 metre final", "a 2000 tonne ship"): the
// number is no year.
bool is_unit_word(std::string_view lower);
std::string singular(std::string_view lower);

// ---------------------------------------------------------------------------------------------
// Calendar

struct Ymd {
  int y = 0;
  int m = 0;  // 0: year precision
  int d = 0;  // 0: month precision
};

long days_from_civil(int y, int m, int d);
Ymd civil_from_days(long days);
int days_in_month(int y, int m);
std::string format_ymd(const Ymd& date);                  // at the precision the date has
std::optional<Ymd> parse_iso_day(std::string_view text);  // "YYYY-MM-DD" (prefix of longer ok)

struct DateMatch {
  std::size_t first_tok = 0;
  std::size_t last_tok = 0;  // inclusive
  std::string value;         // "" for a date no year can be given to (flag "unresolved")
  std::string date_end;
  std::vector<std::string> flags;
  double confidence = 1.0;
  bool full = false;  // gave an explicit day, month and year
  // An unresolved day and month (value ""): "--MM-DD", and the weekday written with it
  // (0 = Monday) or -1.
  std::string yearless;
  int weekday = -1;
};

// Finds date expressions in toks[begin, end). Relative ones need `ref`. `french` also reads
// French month and weekday names ("lundi 2 décembre", "le 1er mars 2024").
// `text_years`: with no `ref`, the years the whole text names; a weekday written with a day
// and month ("lundi 2 décembre") then takes the one year, among those named and the years
// before them, in which it falls on that weekday (flag year_from_weekday), else stays
// unresolved. At most `max_matches` are returned, the first ones (the last of them may then
// miss a range end joined to it).
std::vector<DateMatch> find_dates(const std::vector<Token>& toks, std::size_t begin,
                                  std::size_t end, const std::optional<Ymd>& ref,
                                  bool french = false, const std::vector<int>* text_years = nullptr,
                                  std::size_t max_matches = SIZE_MAX);

// The article's own date from a dateline or "Published:" line near the top; "" if none.
std::string find_dateline_date(std::string_view text);

// The article's own date (as find_dateline_date) and the span of the line that gives it, a
// dateline, a "Published:" line or a line starting with a full date ("February 19,
// 2026Clash Report"); an empty date and span when there is none.
struct DatelineLine {
  std::string date;
  Span line;  // the dateline: the whole line, or a "CITY, date —" prefix before the lede
};
DatelineLine locate_dateline(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Article structure

// Spans of lines judged page furniture.
std::vector<Span> detect_furniture(std::string_view text, const std::string& title);

// Length in bytes of a dateline prefix ("OTTAWA, Oct. 16, 2024 —") at the start of `line`,
// including the dash, or 0.
std::size_t dateline_prefix(std::string_view line);
// split_sentences of a text whose hard-wrap breaks are already joined (unwrap_lines): its
// lines as they are, without looking for wraps again.
std::vector<Span> split_joined(std::string_view text);

// Whether a link can be a citation: not a mail, phone or script link, and not a button that
// shares the article on a social site ("twitter.com/intent/tweet?url=...").
bool is_citation_url(std::string_view url);

// Spans [start, end) of the web addresses written out in `text` ("https://...", "http://...",
// "www...."), in text order: bare, or as a Markdown link's target. Linear in the text.
std::vector<std::pair<std::size_t, std::size_t>> written_urls(std::string_view text);

inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace verify::claims::internal

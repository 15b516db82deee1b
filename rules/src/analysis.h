// Private analysis shared by plan() and judge(): word classes, figure/date mentions found in a
// text, the words framing them, and entity sets.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "config.h"
#include "text.h"
#include "verify/claims.h"

namespace verify::rules {

// A figure or a date stated in a text, with offsets into that text.
// A quote is searched and compared on its first this many words: a passage is a few sentences,
// and the alignment's table is quote words × passage words, so a hostile "quote" of millions
// of words (an unclosed « at the top of a 15 MB article) took gigabytes. Real quotes are far
// shorter.
inline constexpr std::size_t kMaxQuoteWords = 2000;

struct Mention {
  claims::Kind kind = claims::Kind::kCount;
  double number = 0;
  std::string unit;   // "", "%", or a currency code
  std::string hedge;  // folded hedge phrase or ""
  std::string date;   // ISO, for dates
  std::string date_end;
  std::string head;  // folded head noun when the extractor gave one
  std::size_t start = 0;
  std::size_t end = 0;
  bool dateline = false;        // the document's own dateline: when it was filed, not an event
  bool unnamed_dollar = false;  // "$40 million": a dollar of no named country (claims flag)
  bool possible = false;        // "could exceed 10,000": a possibility (claims flag)
  bool expected = false;        // "(had been) expected to fetch £3 million" (claims flag)
  bool as_of = false;           // "as of April 4": when a tally held (claims flag)
  bool deadline = false;        // "by August 15": a day by which (claims flag)
  // "the 2024 general election": a year inside a noun phrase, no time of the clause's own
  // (claims flag): it parts no window of words around another mention.
  bool attributive = false;
  std::set<std::string> modifiers;  // stems of the counted noun's other words ("cargo ships")
};

// The words around a figure that say what it counts.
struct Frame {
  std::string head;   // cpt of the counted noun ("@official", "senat"), "" if generic
  std::string event;  // cpt of the nearest event verb ("@death"), ""
  std::set<std::string> qualifiers;  // stems of capitalised modifiers ("french")
  // The concepts of the window, each with its distance in words from the figure. (One map, not
  // also a set of the same concepts: a source's frames are kept with its analysis, and memory
  // a check touches costs as much as its instructions, docs/performance.md.)
  std::map<std::string, int> distance;
  std::string defining;  // what a source must share to speak of the same thing
  // A rising toll that moved: the nearest event word only said how it moved ("the death toll
  // rose to three") and `event` is the toll's class found beyond it.
  bool moved_toll = false;
  // The text says the count has moved to this figure: "the death toll rose to three", "the
  // number of sailings cancelled has now risen to 126" (an update of an earlier figure).
  bool updated = false;
};

// The running maximum of the mentions' ends, for Analyzer::frame; `mentions` in text order.
std::vector<std::size_t> running_max_end(const std::vector<Mention>& mentions);

// Lookup tables built once from the lexicon.
class Analyzer {
 public:
  explicit Analyzer(const Config& config);
  const Config& config() const { return cfg_; }

  // Concept of each token: "@class" for lexicon class members (a phrase marks its first
  // token, the rest get ""), "#n" for numbers, the stem otherwise, "" for stopwords.
  std::vector<std::string> concepts(const std::vector<text::Token>& tokens) const;
  bool is_event(const std::string& cpt) const;
  bool is_evolving(const std::string& cpt) const;
  // Whether the class `cpt` ("@demand") is a party's position (WordClass::position).
  bool is_position(const std::string& cpt) const;
  // Whether the class `cpt` ("@severe") tells how badly the counted were hurt
  // (WordClass::severity).
  bool is_severity(const std::string& cpt) const;
  // An event class a date can be the time of (see WordClass::date_event).
  bool is_date_event(const std::string& cpt) const;
  bool is_generic(const std::string& word) const;
  bool is_stop(const std::string& word) const { return stopwords_.count(word) > 0; }
  std::string concept_of_word(const std::string& folded) const;
  // Forms of a class (by cpt "@name"), for search plans.
  std::vector<std::string> forms(const std::string& cpt) const;

  const Hedge* hedge(const std::string& phrase) const;

  // `others`: the text's mentions, in text order (by start); a window stops at a token another
  // of them covers. With `max_end` (max_end[i] the largest end among others[0..i]: see
  // running_max_end) that test is a binary search, not a pass over every earlier mention, so
  // framing each figure of a sentence of thousands stays linear.
  // A figure that names nothing of its own and is set off after another figure of its kind as
  // what that one is compared with ("£12 each, compared with £9 last year", « 12 euros, contre
  // 9 euros l'an dernier ») measures the same thing: it takes that figure's head, event,
  // defining word and window (`follow`; the other figure's own frame does not follow further).
  Frame frame(const std::vector<text::Token>& tokens, const std::vector<std::string>& concepts,
              const Mention& m, const std::vector<Mention>& others,
              const std::vector<std::size_t>* max_end = nullptr, bool follow = true) const;

  // Capitalised words of a sentence that look like names (folded), minus titles, months...
  std::set<std::string> entities(const std::vector<text::Token>& tokens) const;
  // Whether one token is such a word.
  bool is_entity(const text::Token& t) const;

  // A word that opens a sentence is capitalised by its place, not because it is a name
  // ("Officials said", "Nearly 300 people", « Environ 300 personnes »). Clears `capitalized`
  // of a sentence's first token (the first of `tokens`, or one after a sentence break) when it
  // stands alone (the next token is not capitalised) and is a word the lexicon knows (a stop
  // word, a hedge's word, a generic noun, a form of a word class) or one the same tokens also
  // write in lower case. Articles and sources are read through it alike.
  void plain_sentence_starts(std::vector<text::Token>& tokens) const;

  // Unique per Analyzer ever built in this process: keys caches of analysis results.
  std::uint64_t id() const { return id_; }

 private:
  // The lexicon class a concept ("@death") stands for; nullptr for a stem or "".
  const WordClass* class_named(const std::string& cpt) const;

  const Config& cfg_;
  std::uint64_t id_;
  // Hedge phrases tokenized once, in lexicon order: (words, the phrase as written).
  std::unordered_map<std::string, int> word_class_;
  std::vector<std::pair<std::vector<std::string>, int>> phrases_;
  // Indexes into phrases_ by first word, in phrases_ order (longest first).
  std::unordered_map<std::string, std::vector<std::size_t>> phrases_by_first_;
  std::unordered_set<std::string> stopwords_;  // the lexicon's, hashed: looked up per token
  // The noun of each two-word form "in X", "at X", "to X" ("in hospital"), with its class: a
  // named X after those words is that form (Analyzer::concepts).
  std::unordered_map<std::string, int> named_place_class_;
};

bool is_month_or_day(const std::string& folded);
// The month a folded word names, English or French ("september", "sept", "septembre"): 1-12, or
// 0 when it names none.
int month_number(const std::string& folded);
// A period's word ("year", "months", « an », « mois », « trimestre »), folded: says over what
// time, never what a figure is of.
bool is_period(const std::string& folded);

// `iso` ("YYYY-MM-DD") moved by `days`; "" when it is not a valid day.
std::string shift_days(const std::string& iso, int days);

// Whether two folded name words name the same thing ("india" ~ "indian").
bool same_name(const std::string& a, const std::string& b);

}  // namespace verify::rules

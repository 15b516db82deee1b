// Public interface of the rules module: the editable rule set (rules/*.json) and the judgement
// of one claim against source passages. Needs no index: passages are handed to it as values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "verify/claims.h"

namespace verify::rules {

// Thrown for an unreadable or malformed rule file; the message names the file, the line and
// the field at fault ("rules/count.json:7: field 'tolerance': expected a number").
class RuleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Verdict { kSupported, kContradicted, kDisputed, kUnverified };
enum class Stance { kSupports, kContradicts };

std::string_view to_string(Verdict verdict);  // "supported", "contradicted", ...
std::string_view to_string(Stance stance);    // "supports", "contradicts"

// A window of source text around one sentence, handed to the rules by the engine.
struct Passage {
  std::string doc_id;
  std::string url;
  std::string title;
  std::string published;  // "YYYY-MM-DD" or ""
  std::string source;
  int tier = 0;           // reliability tier of the source, 1 best .. 3, 0 unknown
  std::size_t start = 0;  // [start, end): byte offsets of the window in the source text
  std::size_t end = 0;
  std::string text;             // the source text [start, end)
  std::size_t focus_start = 0;  // the central sentence, offsets in the source text
  std::size_t focus_end = 0;
  // Claims extracted from the window (claims::extract with skip_furniture off); their
  // offsets are in the source text, not in `text`.
  std::vector<claims::Claim> claims;
  // Capitalised words of the whole source document, folded (claims::fold), sorted and unique:
  // tells whether the source is about the article's story at all. Empty when not known; the
  // window and the title are used then.
  std::vector<std::string> document_names;
  // The publisher's name words (corpus::publisher_words of the source: "holbrook" for
  // holbrook.gov.example), folded: an organisation's own page about a story names the story
  // by being the story's organisation, though its text never names it. Empty when not known.
  std::vector<std::string> publisher_names;
  // Whether the whole source document states any date (resolved or not: "Tuesday" counts).
  // A document that dates nothing cannot place a figure in another year than the claim's.
  bool document_dated = true;
  // Whether the whole source document opens as an amendment of an earlier version ("Update:",
  // "Correction:", « Mise à jour : », « Rectificatif : »; opens_as_amendment): of two sources
  // published the same day, it is the later.
  bool amends = false;
};

// Whether `text` (a source document) opens as an update or a correction of what was published
// before: its first words, before a colon, are "Update", "Updated", "Correction", "Clarification",
// « Mise à jour », « Rectificatif », « Correctif » or « Précision » (any case).
bool opens_as_amendment(std::string_view text);

struct Evidence {
  Passage passage;
  Stance stance = Stance::kSupports;
  std::string value;            // the value the source states, normalized as in Claim::value
  std::size_t value_start = 0;  // the decisive words, offsets in the source text
  std::size_t value_end = 0;
  std::string snippet;         // short excerpt of the passage around the decisive words
  std::size_t mark_start = 0;  // the decisive words inside `snippet`
  std::size_t mark_end = 0;
};

struct Finding {
  Verdict verdict = Verdict::kUnverified;
  std::string rule;         // id of the rule that decided ("count.mismatch", "quote.altered", ...)
  std::string status;       // finer qualifier: "altered", "misattributed", "outdated", "" ...
  double confidence = 0;    // in [0, 1]
  std::string explanation;  // one sentence an editor understands
  std::vector<Evidence> evidence;
};

// What to look for in the corpus for one claim: every group in `required` must match (any
// word or phrase of the group), `optional` words only rank. Dates bound the source's
// published date when the claim's time makes that sensible.
struct SearchPlan {
  std::vector<std::vector<std::string>> required;
  std::vector<std::string> optional;
  std::string published_from;
  std::string published_to;
  std::size_t limit = 20;
  // Undated sources pass the date bounds unless this is set: a search for what was published
  // in given days (the latest toll before the article) can only be answered by dated ones.
  bool dated_only = false;
};

// Context of the article a claim comes from.
struct ArticleContext {
  std::string published;              // the article's own date, "YYYY-MM-DD" or ""
  std::vector<claims::Claim> claims;  // all claims of the article (for name resolution)
  std::string text;                   // the article text (claim offsets index into it)
  // Nonzero: names this article, its text and its claims, for the life of the process (the
  // engine numbers each check), so work done once per article (its recurring names, its claims
  // by sentence) is cached by it rather than redone or compared for every claim, which made
  // long articles quadratic. 0: caches compare the text, and keep nothing taken from `claims`.
  std::uint64_t text_id = 0;
};

// The names an article keeps repeating, which a source must carry for the article's figures,
// dates and roles to be read from it (docs/rules.md, "Same story"). Quotes skip this gate.
struct StoryNames {
  std::vector<std::string> names;  // folded single words, at most six, each used twice or more
  std::string lead;                // the most repeated of them; "" when another ties it
  std::string headline;  // the one of them the text's first line gives, if not the lead; ""
                         // when it gives none or several
  // A name the text writes only inside one hyphenated compound, with the compound's other
  // capitalised words ("villers" -> {"auge"} for « Villers-en-Auge »): a source names it only
  // when it names them too (« Condé-sur-Auge » names no "auge" of this story).
  std::map<std::string, std::vector<std::string>> partners;
  // The names an organisation the headline or the first paragraph names in capitalised words
  // may publish under: the initials of three words or more ("nmui" for "the Nursing and
  // Midwifery Union of Ireland", "hse" for "the Health and Safety Executive"; "and", "of", «
  // de » … skipped), and, of two words or more, the words run together and the initials
  // before the last word ("gpfamenne" for the "Grand Prix de Famenne"). Its own pages are the
  // story's (admits_publisher).
  std::vector<std::string> acronyms;
  // The place of the article's wire dateline ("VILLERS-LES-PRÉS, 9 mai 2026 — …" gives
  // {"villers", "pres"}), when no name leads the story (no lead and no headline name: two
  // names tie, such as the words of "Seconde Guerre mondiale") and it has two names or more:
  // a source naming every word of it is the story's. The body may never name the place
  // again (« la commune »), and the repeated names may be no story's own. Empty otherwise.
  std::vector<std::string> place;
  // Where the dateline's line (the lede's paragraph) ends: a byte offset in the article text.
  // Its sentences name the place (a claim's entity gate, rules.md "Same story").
  std::size_t place_line_end = 0;
  // Whether a source passes the gate, `named(n)` telling whether it names `n` (same_name
  // against its words): it names the lead or the headline's name, or two of the names (the
  // one there is, if one). (The place is admits_place's.)
  // True when the article repeats no name.
  bool admits(const std::function<bool(const std::string&)>& named) const;
  // Whether a source's publisher (Passage::publisher_names) is the story's lead or headline
  // name, or one of its acronyms: its own pages are the story's sources whatever they name.
  // Not any other of the names: a story that cites an agency ("told Reuters") is not about all
  // its dispatches.
  bool admits_publisher(const std::vector<std::string>& publisher_names) const;
  // Whether a source names every word of `place` (`named(n)` as for admits). The judge asks
  // it of a passage's text outside a dateline of its own (a dispatch filed from the same city
  // is not about the story's place); the index's filter and a re-check's routing ask it of a
  // document's words, a superset.
  bool admits_place(const std::function<bool(const std::string&)>& named) const;
};

// Whether two folded names are the same for the gates: equal; one extends the other, of four
// letters or more, by at most three ("india" ~ "indian", not "interior" ~ "international"); or
// a place's English and French names of six letters or more ("caledonia" ~ "caledonie",
// "canadian" ~ "canadien").
// Also a country's English and French names ("belgium" ~ "belgique"; one word each, from
// ICU's display names of the ISO regions).
bool same_name(const std::string& a, const std::string& b);
// The names same_name equates with `name` other than by one extending the other: a country's
// name in the other language ("belgium" -> "belgique") and a place's other-language ending
// ("tunisia" -> "tunisie", "canadien" -> "canadian"). Empty if none.
std::vector<std::string> name_counterparts(const std::string& name);
// Every word same_name equates with `name` except the longer words it begins: the shorter
// words it extends (four letters or more, at most three fewer: "indians" -> "indian",
// "india") and name_counterparts. With the words `name` begins (up to three letters longer),
// that is every word same_name equates with it, for a caller that must look them up.
std::vector<std::string> name_shorter_forms(const std::string& name);

// The loaded rule set: rules, thresholds and lexicons (synonym classes, event verbs, speech
// verbs, hedges, source tiers). Cheap to copy; immutable; safe to share between threads.
class RuleSet {
 public:
  // Loads every *.json file in `dir`, in name order. Throws RuleError.
  static RuleSet load(const std::filesystem::path& dir);
  // Parses one rule file's contents; `origin` names it in error messages. Throws RuleError.
  static RuleSet parse(std::string_view json, std::string_view origin);

  // Query plans for a claim, most specific first; the engine runs them until one yields
  // passages. Empty when the claim kind is not checked against the corpus.
  std::vector<SearchPlan> plan(const claims::Claim& claim, const ArticleContext& context) const;

  // Judges one claim against candidate passages (any order; the verdict does not depend on
  // it). Never throws for odd passages; "could not verify" is a verdict.
  Finding judge(const claims::Claim& claim, const ArticleContext& context,
                const std::vector<Passage>& passages) const;

  // The story names judge() reads from `article_text` (ArticleContext::text).
  StoryNames story_names(const std::string& article_text) const;
  // A source's words as judge() reads them (its title and text tokenized, `document_names`,
  // Passage::document_names, folded again), to tell without judging that a source cannot be
  // evidence for a claim: a superset of what any one of its passages holds. A source for which
  // story_names(...).admits(n -> some word w of these has same_name(n, w)) is false is not
  // about the story: judge() reads none of it for figures, dates or roles.
  struct SourceWords {
    std::vector<std::string> words;  // sorted, unique
    bool ellipsis = false;           // the text elides words ("...", "…")
  };
  SourceWords source_words(std::string_view title, std::string_view text,
                           const std::vector<std::string>& document_names) const;
  // What a source must hold to be read as evidence for a quote (`quote`: Claim::value, else
  // Claim::text): `need` of `words` (the quote's first words as judge() aligns them, a word
  // counted as often as it is there), or, if it elides words, any one of them. With less,
  // judge() finds neither the words nor an altered version of them (rules/quote.json).
  struct QuoteWords {
    std::vector<std::string> words;
    std::size_t need = 0;
  };
  QuoteWords quote_words(std::string_view quote) const;

  // Names of the files/rules loaded, for `verify rules` and logging.
  std::vector<std::string> describe() const;

  struct Impl;

 private:
  explicit RuleSet(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace verify::rules

// Private model of the rule files: lexicon, source tiers and each rule's thresholds, parsed
// from rules/*.json (format in docs/rules.md).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace verify::rules {

// A hedge ("at least", "about") and the interval it puts around a figure, as fractions of it.
// nullopt = unbounded on that side.
struct Hedge {
  std::vector<std::string> words;  // folded phrases
  std::optional<double> below = 0.0;
  std::optional<double> above = 0.0;
};

// A class of words that name the same thing ("official", "diplomat") or the same event
// ("expel", "expelled", "expulsion").
struct WordClass {
  std::string name;
  bool event = false;     // an event verb class (vs a noun class)
  bool evolving = false;  // figures of this class rise over time (tolls): later values supersede
  // A party's position (a demand, an offer): figures held by different parties are not
  // compared ("the defence asked for 48 months" against "the prosecutor asked for 108").
  bool position = false;
  // Whether the class names a happening that a date can be the time of. Classes that say how a
  // figure moved ("rose", "fell") do not: "the government had fallen" is not a figure falling.
  bool date_event = true;
  // How badly the counted were hurt ("seriously", « grièvement »; "slightly"): a figure told
  // with one is a part of a toll, compared only with figures told with the same (judge_figure).
  bool severity = false;
  std::vector<std::string> forms;  // folded words or phrases
};

struct Lexicon {
  std::vector<WordClass> classes;
  std::set<std::string> legal_forms;    // "inc", "ltd", "sa": a company's form, no name alone
  std::set<std::string> generic_nouns;  // "people", "percent": say nothing of what is counted
  // A market session ("trading", « séance »): with the words before it ("in early trading"),
  // says when a price moved, not what the figure is of; generic like generic_nouns.
  std::set<std::string> session_words;
  // Verbs that only link a figure to its subject ("Turnout reached 61%", « le chômage s'est
  // établi à 7,4 % »): they say neither what is counted nor what happened, so a figure's
  // defining word is its subject, as with "was" ("Turnout was 58 percent").
  std::set<std::string> linking_verbs;
  // Places and organisations named by a common noun ("town", « commune », « département »):
  // after « de la » / "of the" they say whose the noun before is ("la dette de la commune" is a
  // debt), never what a figure measures.
  std::set<std::string> owner_nouns;
  // Phrases whose words mean none of their classes ("took part" is no "took" = won, "took place"
  // no taking, « a eu lieu »): folded phrases of two words or more, read as no concept.
  std::vector<std::string> idioms;
  // Documents a date after "of" / « du » / "dated" is the date of ("the decree of 14 May 2022",
  // « l'arrêté du 14 mai 2022 », "a letter dated 3 March"), folded: that date says when the
  // document was issued, not when what the clause tells was done to it.
  std::set<std::string> document_nouns;
  std::set<std::string> stopwords;
  std::set<std::string> speech_verbs;
  std::vector<Hedge> hedges;
  std::map<std::string, double> scale_words;              // "million" -> 1e6
  std::vector<std::vector<std::string>> speaker_aliases;  // folded names of one body
  std::set<std::string> role_titles;     // words that make a phrase a title ("minister")
  std::set<std::string> role_modifiers;  // ignored when comparing titles ("former", "acting")
  // Words that make an office one held before ("former", « ancien »): a role a source gives
  // so neither confirms nor contradicts an office the claim gives as held now.
  std::set<std::string> past_office_words;
  // What an office is in charge of ("operating", "financial", "interior", "foreign", folded):
  // two titles with different portfolios and none in common are different offices, however
  // many title words they share ("chief operating officer" vs "chief financial officer").
  std::set<std::string> role_portfolios;
  // The bodies an office is held in, each with its names in both languages ("senate",
  // "senat"; "council", "conseil"), folded: the same title in another body and in none of the
  // claim's is another office ("president of the regional council" vs "Senate President").
  std::vector<std::vector<std::string>> role_bodies;
  // Titles and verbs of an office one person holds at a time ("chair", "leads", "présidente"):
  // such an office given to someone else contradicts a role claim.
  std::set<std::string> leader_titles;
  // Ranks of the police, fire services and armed forces ("sergeant", "lt", « lieutenante »,
  // folded): a person holds one rank at a time, alongside a post ("spokesman for the RCMP").
  // Another rank contradicts a rank; a rank does not contradict a post, nor a post a rank.
  std::set<std::string> ranks;
  // Words that make an office a party office ("party", "group", "parti"): held alongside
  // offices of state, so the two never contradict each other.
  std::set<std::string> party_words;
  // Names of each month (January first) in the languages sources use: date plans rank by them.
  std::vector<std::vector<std::string>> months;
  std::vector<std::string> historical_markers;  // "initially": the claim is about the past
  std::set<std::string> pronouns;               // "he", "she": the speaker is resolved back
  // Words that make a speaker a group rather than a person ("officials", "the ministry",
  // "autorités"): such a credit is consistent with the words of any named member.
  std::set<std::string> group_speakers;
};

struct CountRules {
  int window_words = 6;                  // words either side of a figure that frame it
  double round_number_tolerance = 0.01;  // a round figure ("6,000") is approximate
  double source_bound_cap = 0.1;         // an open-ended source hedge reaches at most this far
  double relaxed_support_quality = 0.6;  // frame quality of a same-value, loosely framed match
  double sibling_bonus = 1.0;            // the passage repeats another figure of the claim
  double max_contradiction_ratio = 5;    // figures further apart than this are other things
  // A rising figure (a toll) is also searched among the sources of this many days up to the
  // article's date, so the latest figure published before it is among the hits.
  int latest_window_days = 10;
  // A source published this many days or more before the time a claim's figure is of (its
  // sentence's date, else the article's), whose sentence dates nothing that recent, tells of
  // an earlier state or event: it cannot contradict the figure. 0 turns the rule off.
  int stale_source_days = 180;
};

struct DateRules {
  int window_words = 8;
  int short_sentence_words = 7;  // below this, the previous sentence joins the claim's words
  double extended_weight = 0.5;
  double support_min_overlap = 2;
  double contradict_min_overlap = 3;
  // "this week", "earlier this month": vague spans may be confirmed, never contradicted.
  bool relative_ranges_contradict = false;
  // A year this many years or more before the article's is history ("Built in 1968, the tower
  // …"): a source's day within a month of the article (the story's present: "the fire broke
  // out on Sunday, November 22") tells another happening and never contradicts it. 0: off.
  int history_years = 10;
};

struct QuoteRules {
  int min_words_altered = 4;
  double altered_min_aligned = 0.6;  // share of the article's words found in order
  int min_aligned_words = 3;
  std::size_t max_diff_words = 8;  // longest changed run shown in an explanation
  // Words in order at the quote's opening (or close) that make it altered however much of the
  // rest differs, when the source's quotation goes on with words of its own there.
  int rewritten_min_run = 8;
};

struct RoleRules {
  int window_words = 7;
  double support_min_overlap = 0.5;  // share of the claim's title words the source gives
};

struct VerdictRules {
  double dispute_min_share = 0.34;  // minority weight share that makes a claim disputed
  std::size_t max_evidence = 5;
  std::size_t snippet_bytes = 240;
  double unverified_confidence = 0.3;
  bool latest_source_settles_figures = true;  // see docs/rules.md, "Disputes"
};

struct Sources {
  std::map<int, double> tier_weights = {{0, 0.6}, {1, 1.0}, {2, 0.8}, {3, 0.4}};
  std::map<std::string, int> tier_of;  // folded domain or outlet -> tier
};

struct Config {
  Lexicon lexicon;
  Sources sources;
  CountRules count;
  DateRules date;
  QuoteRules quote;
  RoleRules role;
  VerdictRules verdict;
  std::vector<std::string> loaded;  // "file: kind vN" for describe()
};

// Parses one rule file into `config` (its sections replace the defaults). `origin` names the
// file in errors. Throws RuleError naming file, line and field.
void parse_rule_file(std::string_view json, std::string_view origin, Config& config);

}  // namespace verify::rules

// Private entry points of the rules module: search plans and the judgement of one claim.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analysis.h"
#include "verify/rules.h"

namespace verify::rules {

std::vector<SearchPlan> make_plans(const Analyzer& analyzer, const claims::Claim& claim,
                                   const ArticleContext& context);

// The names an article keeps repeating (twice or more, folded), most repeated first, at most
// six, with their counts: who and what the story is about. With `place_only`: also the
// capitalised words (folded) whose every capital the text's layout explains (a sentence's or
// line's first word, a table label, a headline in capitals) and that never head a run of
// capitalised words: "Members" in "Members approved the bridge", which may be a name or not.
// With `named`: every name of the text (folded), how many times it is written and where first
// ("Montclair", once, in « À Montclair, commune voisine, … »).
struct NamedWord {
  int count = 0;          // occurrences, any case; one in the headline or lead counts two
  std::size_t first = 0;  // byte offset of the first occurrence in the text
  // Written as a place of its own: never before a lower-case word ("French people") nor in a
  // run of capitalised words (a person's or an organisation's name).
  bool place = true;
  // A place the text sets apart: written once, as a place of its own (« À Montclair, commune
  // voisine, … », "… in Ashgrove, where …").
  bool set_apart() const { return place && count == 1; }
};
std::vector<std::pair<int, std::string>> article_entities(
    const Analyzer& analyzer, const std::string& text, std::set<std::string>* place_only = nullptr,
    std::map<std::string, NamedWord>* named = nullptr);
// RuleSet::quote_words: the words judge_quote aligns and how many a source must hold.
RuleSet::QuoteWords quote_needs(const Analyzer& an, std::string_view quote);

// The story names of article_entities' ranked names of `text`: all of them, the first as the
// lead unless the second ties it, and the one the text's first line (its headline) gives.
StoryNames story_names_of(const std::vector<std::pair<int, std::string>>& ranked,
                          std::string_view text);

// A run of capitalised tokens: token indices, inclusive.
struct Run {
  std::size_t first, last;
};

// The analysis of an article sentence that is the same for each of its claims, read by their
// plans and their judgement: a sentence of thousands of claims was analysed again for each claim
// checked (up to 50), in its plans and again in its judgement. Tokens, concepts and entities are
// made with it; the other parts when first needed, so a thread that only plans, or a sentence no
// passage speaks to, never holds the judgement's part (every date and figure of the sentence).
struct SentenceAnalysis {
  // What it was made for: the claims' sentence_start, the article offset of its first byte, its
  // text (a claim's sentence, or its own text when it has none).
  std::size_t sentence_start = 0;
  std::size_t base = 0;
  claims::SharedText sentence;
  std::vector<text::Token> toks;  // offsets into the sentence
  std::vector<std::string> cons;
  std::set<std::string> entities;  // Analyzer::entities of the tokens

  // What judging reads (judge.cpp).
  struct Judging {
    // Clause breaks (comma or break) before each token, a running count: "is there a break
    // between these offsets" is two binary searches, not a pass over the sentence per mention (a
    // sentence of thousands of dates made that cubic over the article).
    std::vector<std::size_t> breaks_before;
    // The valid dates and the figures of the sentence's claims, in text order (claim order among
    // equal starts): each claim's view holds them all but its own.
    std::vector<Mention> mentions;
    // How many of `mentions` hold a token of each word: a figure or date is not an entity.
    std::map<std::string, std::size_t> in_mentions;
    std::set<std::string> extended;  // concepts of the sentence (and the one before if short)
    bool historical = false;
    std::set<std::string> words;  // every token's word
    std::vector<Run> runs;        // capitalised runs of the whole sentence
  };
  std::optional<Judging> judging;

  // What the plans read (plan.cpp).
  struct Planning {
    // The words of capitalised tokens that are entities, once each, in order.
    std::vector<std::string> entity_words;
    // Content words, once each, longest first, then in order of first use; the token indices of
    // each one's uses; each token's word in `content` (SIZE_MAX for other tokens).
    std::vector<std::string> content;
    std::vector<std::vector<std::size_t>> content_uses;
    std::vector<std::size_t> content_of;
    // The sentence's words by stem, once each, in order of first use; not the words that begin
    // with a digit, which no stem looked up matches.
    std::unordered_map<std::string, std::vector<std::string>> words_by_stem;
  };
  std::optional<Planning> planning;
};

// The analysis of a claim's sentence: made once per check and thread for the claims of one
// sentence (CheckWork keeps the last one; claims come in text order), or per call when the
// context has no text_id. Not shared between threads.
std::shared_ptr<SentenceAnalysis> sentence_analysis(const Analyzer& analyzer,
                                                    const claims::Claim& claim,
                                                    const ArticleContext& context);

// The plans' part of a sentence's analysis, made on first use.
const SentenceAnalysis::Planning& planning(const Analyzer& analyzer, SentenceAnalysis& sentence);

// The content words of `tokens` (not an ellipsis, stopword, month, day or number, and 3 letters
// or more), once each, longest (most distinctive) first, then in order of
// first use; the tokens inside [start, end) (the claim's value) left out.
std::vector<std::string> content_words(const Analyzer& analyzer,
                                       const std::vector<text::Token>& tokens, std::size_t start,
                                       std::size_t end);
// The first `k` of content_words(sentence.toks, start, end), from the sentence's plan part (made
// if missing): a pass over the words used inside [start, end), not over the sentence.
std::vector<std::string> top_content_words(const Analyzer& analyzer, SentenceAnalysis& sentence,
                                           std::size_t start, std::size_t end, std::size_t k);

// Index of the first token that starts at or after `offset` (tokens in text order).
std::size_t first_token_from(const std::vector<text::Token>& tokens, std::size_t offset);

// Work the rules do once per check and share between the claims of its article. One per thread
// (the engine judges claims on several), filled on first use and dropped when another check
// (another analyzer or ArticleContext::text_id) comes. A context without a text_id is known by
// its text alone, so then only what depends on the text alone is kept: its claims may differ
// from one call to the next.
struct CheckWork {
  // article_entities of the text, and its place_only words.
  std::optional<std::vector<std::pair<int, std::string>>> entities;
  std::set<std::string> place_only;
  std::map<std::string, NamedWord> named;  // every name of the text (article_entities')
  // story_names_of those entities: the same-story gate's names, with their lead, headline and
  // compounds' partners (which read the whole text: once per check, not once per claim).
  std::optional<StoryNames> story;
  // Indices into ArticleContext::claims ordered by sentence_start, in claim order within a
  // sentence, so the claims of a sentence are one equal_range. With a text_id only.
  std::optional<std::vector<std::size_t>> by_sentence;
  // The last article sentence analysed, for the next claim of it (claims come in text order).
  // With a text_id only.
  std::shared_ptr<SentenceAnalysis> sentence;
  // The same-story gate of each source document (by Passage::doc_id and url) decided from its
  // document names alone, with the names it was decided on: most passages a check reads come
  // from a few hundred documents, and deciding the gate again for each (claim, passage) was a
  // twentieth of a check (docs/performance.md, "The same-story gate once per document").
  struct DocumentGate {
    std::vector<std::string> names;   // Passage::document_names as given
    std::vector<std::string> folded;  // the same, folded
    bool admitted = false;            // admitted on these names alone
  };
  std::unordered_map<std::string, DocumentGate> document_gates;
};
CheckWork& check_work(const Analyzer& analyzer, const ArticleContext& context);

// article_entities of the context's text, computed once per check and thread (check_work).
const std::vector<std::pair<int, std::string>>& article_entities_cached(
    const Analyzer& analyzer, const ArticleContext& context);

// story_names_of the context's text, computed once per check and thread (check_work).
const StoryNames& story_names_cached(const Analyzer& analyzer, const ArticleContext& context);

// Indices into context.claims of the claims whose sentence starts at `sentence_start`, in claim
// order: looked up in the check's index when the context has a text_id (built once per check
// and thread), else found by a pass over the claims.
std::vector<std::size_t> sentence_claims(const Analyzer& analyzer, const ArticleContext& context,
                                         std::size_t sentence_start);

Finding judge_claim(const Analyzer& analyzer, const claims::Claim& claim,
                    const ArticleContext& context, const std::vector<Passage>& passages);

}  // namespace verify::rules

// Private entry points of the rules module: search plans and the judgement of one claim.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis.h"
#include "verify/rules.h"

namespace verify::rules {

std::vector<SearchPlan> make_plans(const Analyzer& analyzer, const claims::Claim& claim,
                                   const ArticleContext& context);

// The names an article keeps repeating (twice or more, folded), most repeated first, at most
// six, with their counts: who and what the story is about.
std::vector<std::pair<int, std::string>> article_entities(const Analyzer& analyzer,
                                                          const std::string& text);
// Work the rules do once per check and share between the claims of its article. One per thread
// (the engine judges claims on several), filled on first use and dropped when another check
// (another analyzer or ArticleContext::text_id) comes. A context without a text_id is known by
// its text alone, so then only what depends on the text alone is kept: its claims may differ
// from one call to the next.
struct CheckWork {
  // article_entities of the text.
  std::optional<std::vector<std::pair<int, std::string>>> entities;
  // Indices into ArticleContext::claims ordered by sentence_start, in claim order within a
  // sentence, so the claims of a sentence are one equal_range. With a text_id only.
  std::optional<std::vector<std::size_t>> by_sentence;
};
CheckWork& check_work(const Analyzer& analyzer, const ArticleContext& context);

// article_entities of the context's text, computed once per check and thread (check_work).
const std::vector<std::pair<int, std::string>>& article_entities_cached(
    const Analyzer& analyzer, const ArticleContext& context);

// Indices into context.claims of the claims whose sentence starts at `sentence_start`, in claim
// order: looked up in the check's index when the context has a text_id (built once per check
// and thread), else found by a pass over the claims.
std::vector<std::size_t> sentence_claims(const Analyzer& analyzer, const ArticleContext& context,
                                         std::size_t sentence_start);

Finding judge_claim(const Analyzer& analyzer, const claims::Claim& claim,
                    const ArticleContext& context, const std::vector<Passage>& passages);

}  // namespace verify::rules

// Private entry points of the rules module: search plans and the judgement of one claim.
#pragma once

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
// article_entities of the context's text, computed once per article and thread: keyed by
// ArticleContext::text_id when set, else by the text itself.
const std::vector<std::pair<int, std::string>>& article_entities_cached(
    const Analyzer& analyzer, const ArticleContext& context);

Finding judge_claim(const Analyzer& analyzer, const claims::Claim& claim,
                    const ArticleContext& context, const std::vector<Passage>& passages);

}  // namespace verify::rules

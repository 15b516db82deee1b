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

Finding judge_claim(const Analyzer& analyzer, const claims::Claim& claim,
                    const ArticleContext& context, const std::vector<Passage>& passages);

}  // namespace verify::rules

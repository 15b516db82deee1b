// Private entry points of the rules module: search plans and the judgement of one claim.
#pragma once

#include <vector>

#include "analysis.h"
#include "verify/rules.h"

namespace verify::rules {

std::vector<SearchPlan> make_plans(const Analyzer& analyzer, const claims::Claim& claim,
                                   const ArticleContext& context);

Finding judge_claim(const Analyzer& analyzer, const claims::Claim& claim,
                    const ArticleContext& context, const std::vector<Passage>& passages);

}  // namespace verify::rules

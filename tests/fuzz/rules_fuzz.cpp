// Fuzz target: the rule-file parser (rules::RuleSet::parse). A rule set that parses is then
// used, as the engine would, to plan and judge the claims of a small fixed article against
// one passage, so odd but accepted values (thresholds, lexicons) are exercised too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "verify/claims.h"
#include "verify/rules.h"

namespace claims = verify::claims;
namespace rules = verify::rules;
using verify::fuzz::in_bounds;
using verify::fuzz::require;

namespace {

struct Fixture {
  rules::ArticleContext context;
  std::vector<rules::Passage> passages;
};

const Fixture& fixture() {
  static const Fixture kFixture = [] {
    Fixture f;
    auto article = claims::parse_article(
        "Algeria expelled 12 French officials on February 19, 2026, Interior Minister Laurent "
        "Nunez said. \"We want normal security relations,\" Nunez said on Tuesday. Trade fell "
        "5% to $3 million in April 2025, between March 3 and 5.\n",
        "txt");
    f.context.published = "2026-02-20";
    f.context.text = article.text;
    claims::Options options;
    options.reference_date = f.context.published;
    f.context.claims = claims::extract(article, options);

    rules::Passage p;
    p.doc_id = "d1";
    p.url = "https://example.org/d1";
    p.title = "Algeria expels French officials";
    p.published = "2026-02-19";
    p.source = "example.org";
    p.tier = 1;
    p.text =
        "Algeria expelled at least 15 French officials on February 18, 2026, said Interior "
        "Minister Laurent Nuñez. \"We want normal relations,\" Nuñez said. Trade fell 7% to "
        "$4 million in April 2025.";
    p.end = p.text.size();
    p.focus_end = p.text.find('.') + 1;
    claims::Article source = claims::parse_article(p.text, "txt");
    claims::Options source_options;
    source_options.skip_furniture = false;
    source_options.reference_date = p.published;
    p.claims = claims::extract(source, source_options);
    p.document_names = {"algeria", "french", "laurent", "nunez"};
    f.passages.push_back(std::move(p));
    return f;
  }();
  return kFixture;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Fixture& f = fixture();
  std::string_view json(reinterpret_cast<const char*>(data), size);
  try {
    rules::RuleSet set = rules::RuleSet::parse(json, "<fuzz>");
    const std::string& source_text = f.passages[0].text;
    for (const auto& claim : f.context.claims) {
      set.plan(claim, f.context);
      rules::Finding finding = set.judge(claim, f.context, f.passages);
      require(finding.confidence >= 0 && finding.confidence <= 1, "confidence in [0, 1]");
      for (const auto& e : finding.evidence) {
        require(in_bounds(e.value_start, e.value_end, source_text.size()),
                "evidence value inside the source text");
        require(in_bounds(e.mark_start, e.mark_end, e.snippet.size()),
                "evidence mark inside the snippet");
      }
    }
  } catch (const rules::RuleError&) {
    // A malformed rule file is reported with its file, line and field: the parser's contract.
  }
  return 0;
}

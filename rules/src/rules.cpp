// Public face of the rules module: loading rule files, planning searches, judging claims.
#include "verify/rules.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "config.h"
#include "judge.h"

namespace verify::rules {

struct RuleSet::Impl {
  Config config;
  Analyzer analyzer;
  explicit Impl(Config c) : config(std::move(c)), analyzer(config) {}
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
};

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kContradicted:
      return "contradicted";
    case Verdict::kDisputed:
      return "disputed";
    case Verdict::kUnverified:
      return "unverified";
  }
  return "unverified";
}

std::string_view to_string(Stance stance) {
  return stance == Stance::kSupports ? "supports" : "contradicts";
}

RuleSet::RuleSet(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

RuleSet RuleSet::load(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    throw RuleError(dir.string() + ": not a directory of rule files");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  }
  if (ec) throw RuleError(dir.string() + ": cannot list: " + ec.message());
  if (files.empty()) throw RuleError(dir.string() + ": no *.json rule files");
  std::sort(files.begin(), files.end());
  Config cfg;
  std::set<std::string> kinds_seen;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw RuleError(f.string() + ": cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    std::size_t before = cfg.loaded.size();
    parse_rule_file(ss.str(), f.string(), cfg);
    // Two files of one kind would silently replace each other's rules.
    if (cfg.loaded.size() > before) {
      std::string kind = cfg.loaded.back().substr(f.string().size() + 2);
      if (!kinds_seen.insert(kind).second) {
        throw RuleError(f.string() + ":1: field 'kind': another file already defines " + kind);
      }
    }
  }
  return RuleSet(std::make_shared<const Impl>(std::move(cfg)));
}

RuleSet RuleSet::parse(std::string_view json, std::string_view origin) {
  Config cfg;
  parse_rule_file(json, origin, cfg);
  return RuleSet(std::make_shared<const Impl>(std::move(cfg)));
}

std::vector<SearchPlan> RuleSet::plan(const claims::Claim& claim,
                                      const ArticleContext& context) const {
  return make_plans(impl_->analyzer, claim, context);
}

Finding RuleSet::judge(const claims::Claim& claim, const ArticleContext& context,
                       const std::vector<Passage>& passages) const {
  return judge_claim(impl_->analyzer, claim, context, passages);
}

StoryNames RuleSet::story_names(const std::string& article_text) const {
  return story_names_of(article_entities(impl_->analyzer, article_text), article_text);
}

RuleSet::SourceWords RuleSet::source_words(std::string_view title, std::string_view text,
                                           const std::vector<std::string>& document_names) const {
  SourceWords out;
  for (auto& t : text::tokenize(title)) out.words.push_back(std::move(t.word));
  for (auto& t : text::tokenize(text)) {
    out.ellipsis = out.ellipsis || t.ellipsis;  // the title's do not elide a quote
    out.words.push_back(std::move(t.word));
  }
  for (const auto& n : document_names) out.words.push_back(text::fold(n));
  std::sort(out.words.begin(), out.words.end());
  out.words.erase(std::unique(out.words.begin(), out.words.end()), out.words.end());
  return out;
}

RuleSet::QuoteWords RuleSet::quote_words(std::string_view quote) const {
  return quote_needs(impl_->analyzer, quote);
}

std::vector<std::string> RuleSet::describe() const { return impl_->config.loaded; }

}  // namespace verify::rules

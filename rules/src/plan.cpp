// Search plans for a claim: words and phrases the corpus must and may contain, most specific
// plan first (docs/rules.md, "Search plans").
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unordered_set>

#include "judge.h"

namespace verify::rules {
namespace {

using claims::Claim;
using claims::Kind;

void add_unique(std::vector<std::string>& v, const std::string& w) {
  if (!w.empty() && std::find(v.begin(), v.end(), w) == v.end()) v.push_back(w);
}

// add_unique for many words at once: one set lookup per word instead of a scan of `v`, which
// made a sentence of thousands of distinct words quadratic per claim.
class UniqueAdder {
 public:
  explicit UniqueAdder(std::vector<std::string>& v) : v_(v), seen_(v.begin(), v.end()) {}
  void add(const std::string& w) {
    if (!w.empty() && seen_.insert(w).second) v_.push_back(w);
  }

 private:
  std::vector<std::string>& v_;
  std::unordered_set<std::string> seen_;
};

void add_all_unique(std::vector<std::string>& v, const std::vector<std::string>& words) {
  UniqueAdder adder(v);
  for (const auto& w : words) adder.add(w);
}

// Folded names of the claim's sentence: extracted entities and capitalised words.
std::vector<std::string> entity_words(const Analyzer& an, const Claim& c,
                                      const std::vector<text::Token>& toks) {
  std::vector<std::string> out;
  UniqueAdder adder(out);
  for (const auto& e : c.entities) adder.add(text::fold(e));
  // Computed once: per token it made a long sentence cost the square of its length.
  const auto sentence_entities = an.entities(toks);
  for (const auto& t : toks) {
    if (t.capitalized && sentence_entities.count(t.word)) adder.add(t.word);
  }
  return out;
}

// Content words of the sentence, longest (most distinctive) first.
std::vector<std::string> content_words(const Analyzer& an, const std::vector<text::Token>& toks,
                                       std::size_t start, std::size_t end) {
  std::vector<std::string> out;
  UniqueAdder adder(out);
  for (const auto& t : toks) {
    if (t.start >= start && t.end <= end) continue;  // the value itself
    if (t.ellipsis || an.is_stop(t.word) || t.word.size() < 3 || is_month_or_day(t.word)) continue;
    if (t.word[0] >= '0' && t.word[0] <= '9') continue;
    adder.add(t.word);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

// Names of the month of an ISO date ("2024-09-06") from the lexicon's `months`.
std::vector<std::string> month_forms(const Analyzer& an, const std::string& iso) {
  const auto& months = an.config().lexicon.months;
  if (iso.size() < 7 || iso[4] != '-' || months.size() != 12) return {};
  int m = (iso[5] - '0') * 10 + (iso[6] - '0');
  if (m < 1 || m > 12) return {};
  return months[m - 1];
}

// `iso` ("YYYY-MM-DD") moved by `days`; "" when it is not a valid day.
std::string shift_days(const std::string& iso, int days) {
  namespace chr = std::chrono;
  int y = 0;
  unsigned m = 0, d = 0;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return "";
  chr::year_month_day ymd{chr::year(y), chr::month(m), chr::day(d)};
  if (!ymd.ok()) return "";
  chr::year_month_day to{chr::sys_days(ymd) + chr::days(days)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(to.year()),
                static_cast<unsigned>(to.month()), static_cast<unsigned>(to.day()));
  return buf;
}

std::vector<std::string> number_forms(const Claim& c) {
  std::vector<std::string> out;
  std::string v = c.value;
  add_unique(out, v);
  std::string digits = v;
  digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
  add_unique(out, digits);
  if (c.number) add_unique(out, text::format_number(*c.number));
  return out;
}

}  // namespace

std::vector<SearchPlan> make_plans(const Analyzer& an, const Claim& claim,
                                   const ArticleContext& ctx) {
  std::vector<SearchPlan> plans;
  const std::string& sentence = claim.sentence.empty() ? claim.text : claim.sentence.str();
  std::size_t base = claim.sentence.empty() ? claim.start : claim.sentence_start;
  auto toks = text::tokenize(sentence);
  std::size_t vs = claim.start >= base ? claim.start - base : 0;
  std::size_t ve = claim.end >= base ? claim.end - base : 0;
  auto entities = entity_words(an, claim, toks);
  auto words = content_words(an, toks, vs, ve);

  if (claim.kind == Kind::kCount || claim.kind == Kind::kPercent || claim.kind == Kind::kMoney) {
    auto cons = an.concepts(toks);
    Mention m;
    m.kind = claim.kind;
    m.start = vs;
    m.end = ve;
    m.head = text::fold(claim.head);
    Frame fr = an.frame(toks, cons, m, {});
    std::vector<std::string> what;
    for (const auto& c : {fr.head, fr.event, fr.defining}) {
      if (c.empty()) continue;
      if (c[0] == '@') {
        for (const auto& f : an.forms(c)) add_unique(what, f);
      } else {
        // A stem: search the sentence's own word that has it.
        for (const auto& t : toks) {
          if (text::stem(t.word) == c) add_unique(what, t.word);
        }
      }
    }
    if (what.empty() && !words.empty()) what.push_back(words.front());
    // The figure itself finds sources that state it without the claim's wording ("SPD 16.4%").
    for (const auto& n : number_forms(claim)) add_unique(what, n);
    std::vector<std::string> optional = number_forms(claim);
    add_all_unique(optional, entities);
    for (std::size_t i = 0; i < words.size() && i < 4; ++i) add_unique(optional, words[i]);
    if (!what.empty() && !entities.empty()) {
      plans.push_back({{what, entities}, optional, "", "", 20});
    }
    if (!what.empty()) plans.push_back({{what}, optional, "", "", 20});
    // A rising figure (a toll) is judged against the latest one published before the article;
    // in a story with many sources the plain search's best hits need not include it, so the
    // days up to the article are searched on their own.
    int days = an.config().count.latest_window_days;
    bool evolving =
        an.is_evolving(fr.head) || an.is_evolving(fr.event) || an.is_evolving(fr.defining);
    if (!what.empty() && evolving && days > 0) {
      std::string from = shift_days(ctx.published, -days);
      if (!from.empty()) plans.push_back({{what}, optional, from, ctx.published, 20, true});
    }
  } else if (claim.kind == Kind::kDate) {
    std::vector<std::string> top(words.begin(),
                                 words.begin() + std::min<std::size_t>(words.size(), 6));
    std::vector<std::string> optional = top;
    add_all_unique(optional, entities);
    // The time and the happening as sources in either language write them: the month's names
    // ("september", "sept", "septembre") and the other forms of an event class among the
    // sentence's words ("appointed" -> "named", "nommé").
    for (const auto& m : month_forms(an, claim.value)) add_unique(optional, m);
    std::size_t classes = 0;
    for (const auto& w : top) {
      auto cpt = an.concept_of_word(w);
      if (!an.is_date_event(cpt) || classes++ >= 2) continue;
      for (const auto& f : an.forms(cpt)) add_unique(optional, f);
    }
    if (!entities.empty() && !top.empty()) plans.push_back({{entities, top}, optional, "", "", 20});
    if (!top.empty()) plans.push_back({{top}, optional, "", "", 20});
  } else if (claim.kind == Kind::kQuote) {
    std::string quote = text::fold(claim.value.empty() ? claim.text : claim.value);
    std::vector<std::string> qwords;
    for (const auto& t : text::tokenize(quote)) {
      if (!t.ellipsis) qwords.push_back(t.word);
    }
    std::string phrase;
    for (const auto& w : qwords) phrase += (phrase.empty() ? "" : " ") + w;
    std::vector<std::string> optional;
    auto speaker = text::tokenize(claim.speaker);
    if (!speaker.empty()) optional.push_back(speaker.back().word);
    if (!phrase.empty()) plans.push_back({{{phrase}}, optional, "", "", 20});
    // Looser: the quote's most distinctive words, any of them, to find altered versions.
    auto qtoks = text::tokenize(quote);
    auto distinct = content_words(an, qtoks, 0, 0);
    if (distinct.size() > 5) distinct.resize(5);
    if (!distinct.empty()) plans.push_back({{distinct}, optional, "", "", 20});
  } else if (claim.kind == Kind::kRole) {
    std::string person = claim.speaker;
    auto bar = claim.value.find('|');
    if (person.empty() && bar != std::string::npos) person = claim.value.substr(0, bar);
    auto ptoks = text::tokenize(person);
    if (!ptoks.empty()) {
      std::vector<std::string> optional;
      for (const auto& t : text::tokenize(claim.role)) {
        if (!an.is_stop(t.word)) add_unique(optional, t.word);
      }
      plans.push_back({{{ptoks.back().word}}, optional, "", "", 20});
      // An office one person holds at a time ("chair of the party's group in the assembly"):
      // also look for whoever the sources give it to, by the office's own words.
      const auto& lex = an.config().lexicon;
      bool leader = false;
      std::vector<std::string> office;
      for (const auto& t : text::tokenize(claim.role)) {
        if (lex.leader_titles.count(t.word)) leader = true;
        if (!an.is_stop(t.word) && !lex.role_titles.count(t.word) &&
            !lex.leader_titles.count(t.word) && t.word.size() > 2)
          add_unique(office, t.word);
      }
      if (leader && office.size() >= 2) {
        std::vector<std::string> titles(lex.leader_titles.begin(), lex.leader_titles.end());
        plans.push_back({{office}, titles, "", "", 20});
      }
    }
  }
  // The story's own names rank its sources above others that share the claim's words: in a
  // large archive, a plan's common words ("votes", "budget") also match thousands of other
  // stories, which would crowd this story's sources out of the hits.
  if (!ctx.text.empty()) {
    const auto& names = article_entities_cached(an, ctx);
    for (auto& p : plans) {
      for (const auto& [n, e] : names) add_unique(p.optional, e);
    }
  }
  return plans;
}

}  // namespace verify::rules

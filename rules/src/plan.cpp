// Search plans for a claim: words and phrases the corpus must and may contain, most specific
// plan first (docs/rules.md, "Search plans").
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
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
std::vector<std::string> entity_words(const Claim& c, const SentenceAnalysis::Planning& sentence) {
  std::vector<std::string> out;
  UniqueAdder adder(out);
  for (const auto& e : c.entities) adder.add(text::fold(e));
  for (const auto& w : sentence.entity_words) adder.add(w);
  return out;
}

bool is_content_word(const Analyzer& an, const text::Token& t) {
  if (t.ellipsis || an.is_stop(t.word) || t.word.size() < 3 || is_month_or_day(t.word))
    return false;
  return !(t.word[0] >= '0' && t.word[0] <= '9');
}

}  // namespace

const SentenceAnalysis::Planning& planning(const Analyzer& an, SentenceAnalysis& sentence) {
  if (sentence.planning) return *sentence.planning;
  auto& p = sentence.planning.emplace(SentenceAnalysis::Planning{});  // see judging()
  const auto& toks = sentence.toks;
  std::unordered_set<std::string> seen;
  for (const auto& t : toks) {
    if (t.capitalized && sentence.entities.count(t.word) && seen.insert(t.word).second)
      p.entity_words.push_back(t.word);
  }
  std::unordered_map<std::string, std::size_t> index_of;
  std::vector<std::string> words;  // in order of first use
  std::vector<std::vector<std::size_t>> uses;
  std::vector<std::size_t> word_of(toks.size(), SIZE_MAX);
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (!is_content_word(an, toks[k])) continue;
    auto [it, added] = index_of.emplace(toks[k].word, words.size());
    if (added) {
      words.push_back(toks[k].word);
      uses.emplace_back();
    }
    word_of[k] = it->second;
    uses[it->second].push_back(k);
  }
  // Longest first, then in order of first use, as content_words orders them.
  std::vector<std::size_t> order(words.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return words[a].size() > words[b].size(); });
  std::vector<std::size_t> rank(order.size());
  for (std::size_t r = 0; r < order.size(); ++r) {
    rank[order[r]] = r;
    p.content.push_back(std::move(words[order[r]]));
    p.content_uses.push_back(std::move(uses[order[r]]));
  }
  p.content_of = std::move(word_of);
  for (auto& w : p.content_of) {
    if (w != SIZE_MAX) w = rank[w];
  }
  // Plans look up the stems of concepts (Analyzer::concept_of_word), which never begin with a
  // digit; a word that does is its own stem, so it can never be found and is not kept (a
  // sentence of a million figures would hold each twice).
  seen.clear();
  for (const auto& t : toks) {
    if (t.word.empty() || (t.word[0] >= '0' && t.word[0] <= '9')) continue;
    if (seen.insert(t.word).second) p.words_by_stem[text::stem(t.word)].push_back(t.word);
  }
  return p;
}

std::vector<std::string> content_words(const Analyzer& an, const std::vector<text::Token>& toks,
                                       std::size_t start, std::size_t end) {
  std::vector<std::string> out;
  UniqueAdder adder(out);
  for (const auto& t : toks) {
    if (t.start >= start && t.end <= end) continue;  // the value itself
    if (is_content_word(an, t)) adder.add(t.word);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

std::vector<std::string> top_content_words(const Analyzer& an, SentenceAnalysis& analysis,
                                           std::size_t start, std::size_t end, std::size_t k) {
  const auto& toks = analysis.toks;
  const auto& sentence = planning(an, analysis);
  auto inside = [&](std::size_t t) { return toks[t].start >= start && toks[t].end <= end; };
  // Word (its index in `content`, which is its rank) -> its first use outside the value, if any.
  std::map<std::size_t, std::optional<std::size_t>> moved;
  for (std::size_t t = first_token_from(toks, start); t < toks.size() && toks[t].start <= end;
       ++t) {
    std::size_t w = sentence.content_of[t];
    if (!inside(t) || w == SIZE_MAX || moved.count(w)) continue;
    std::optional<std::size_t> first;
    for (std::size_t u : sentence.content_uses[w]) {
      if (!inside(u)) {
        first = u;
        break;
      }
    }
    moved[w] = first;
  }
  // Only the words used inside the value can move (to their first use outside it) or drop out,
  // so they are merged into the sentence's list rather than the sentence being read again for
  // each claim. Longest first, then earliest first use.
  using Key = std::pair<std::size_t, std::size_t>;
  auto key = [&](std::size_t w, std::size_t use) {
    return Key{SIZE_MAX - sentence.content[w].size(), use};
  };
  std::vector<std::pair<Key, std::size_t>> later;
  for (const auto& [w, first] : moved) {
    if (first) later.push_back({key(w, *first), w});
  }
  std::sort(later.begin(), later.end());
  std::vector<std::string> out;
  std::size_t w = 0, m = 0;
  while (out.size() < k) {
    while (w < sentence.content.size() && moved.count(w)) ++w;
    bool have_w = w < sentence.content.size(), have_m = m < later.size();
    if (!have_w && !have_m) break;
    if (have_m && (!have_w || later[m].first < key(w, sentence.content_uses[w].front()))) {
      out.push_back(sentence.content[later[m++].second]);
    } else {
      out.push_back(sentence.content[w++]);
    }
  }
  return out;
}

namespace {

// Names of the month of an ISO date ("2024-09-06") from the lexicon's `months`.
std::vector<std::string> month_forms(const Analyzer& an, const std::string& iso) {
  const auto& months = an.config().lexicon.months;
  if (iso.size() < 7 || iso[4] != '-' || months.size() != 12) return {};
  int m = (iso[5] - '0') * 10 + (iso[6] - '0');
  if (m < 1 || m > 12) return {};
  return months[m - 1];
}

std::vector<std::string> number_forms(const Claim& c) {
  std::vector<std::string> out;
  std::string v = c.value;
  add_unique(out, v);
  // A share a source may tell in words ("a third", « la moitié »), or in digits where the
  // claim tells it in words: the fraction's words within two points of the claim's share, and
  // a fraction's nearest whole percentages.
  if (c.kind == claims::Kind::kPercent && c.number) {
    static const std::vector<std::pair<double, std::vector<std::string>>> kFractions = {
        {50, {"half", "moitie"}},         {100.0 / 3, {"third", "tiers"}},
        {200.0 / 3, {"thirds", "tiers"}}, {25, {"quarter", "quart"}},
        {75, {"quarters", "quarts"}},     {20, {"fifth", "cinquieme"}},
        {10, {"tenth", "dixieme"}}};
    for (const auto& [share, words] : kFractions) {
      if (std::fabs(*c.number - share) > 2) continue;
      for (const auto& w : words) add_unique(out, w);
    }
    if (std::find(c.flags.begin(), c.flags.end(), "fraction") != c.flags.end()) {
      add_unique(out, std::to_string(static_cast<long>(std::floor(*c.number))));
      add_unique(out, std::to_string(static_cast<long>(std::ceil(*c.number))));
    }
  }
  std::string digits = v;
  digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
  add_unique(out, digits);
  if (c.number) {
    add_unique(out, text::format_number(*c.number));
    for (const auto& f : text::french_number_forms(*c.number)) add_unique(out, f);
    // A measure written glued to its unit ("4.2mm", "61mm", "58mph", « 7,5ml »): the index reads
    // it as one term, which the bare figure never meets. The unit is the extractor's noun when it
    // is a short word of letters, as units are.
    const std::string unit = text::fold(c.noun);
    if (!unit.empty() && unit.size() <= 4 &&
        std::all_of(unit.begin(), unit.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
      const std::vector<std::string> bare = out;
      for (const auto& f : bare) {
        if (!f.empty() && f.find(' ') == std::string::npos) add_unique(out, f + unit);
      }
    }
    // Millions and billions written short, as the index reads them: "£48m" is the term "48m",
    // « 48 M€ » the words "48 m", "48 mln dlrs", "$1.2bn", « 1,2 Md€ ». Without them a
    // source that writes the figure short was never retrieved for "48 millions d'euros".
    const double v = std::fabs(*c.number);
    const double r = std::round(v);
    if (std::fabs(v - r) < 1e-9 && v >= 1e9 && std::fmod(r, 1e7) == 0) {
      for (char point : {'.', ','}) {
        const std::string b = text::decimal_form(v / 1e9, point);
        for (const char* unit : {"bn", " bn", " bln", " md", " mrd"}) add_unique(out, b + unit);
      }
    } else if (std::fabs(v - r) < 1e-9 && v >= 1e6 && std::fmod(r, 1e4) == 0) {
      for (char point : {'.', ','}) {
        const std::string m = text::decimal_form(v / 1e6, point);
        for (const char* unit : {"m", " m", " mln", " mn"}) add_unique(out, m + unit);
      }
    }
  }
  return out;
}

}  // namespace

std::vector<SearchPlan> make_plans(const Analyzer& an, const Claim& claim,
                                   const ArticleContext& ctx) {
  std::vector<SearchPlan> plans;
  const bool figure =
      claim.kind == Kind::kCount || claim.kind == Kind::kPercent || claim.kind == Kind::kMoney;
  // Figures and dates are searched with words of their sentence, read once for all its claims
  // (quotes and roles need none of it).
  std::shared_ptr<SentenceAnalysis> sentence;
  std::size_t vs = 0, ve = 0;
  std::vector<std::string> entities, words;
  if (figure || claim.kind == Kind::kDate) {
    sentence = sentence_analysis(an, claim, ctx);
    std::size_t base = sentence->base;
    vs = claim.start >= base ? claim.start - base : 0;
    ve = claim.end >= base ? claim.end - base : 0;
    entities = entity_words(claim, planning(an, *sentence));
    // Plans read the first six at most.
    words = top_content_words(an, *sentence, vs, ve, 6);
  }

  if (figure) {
    const auto& toks = sentence->toks;
    const auto& cons = sentence->cons;
    const auto& words_by_stem = planning(an, *sentence).words_by_stem;
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
        auto same_stem = words_by_stem.find(c);
        if (same_stem != words_by_stem.end()) {
          for (const auto& w : same_stem->second) add_unique(what, w);
        }
      }
    }
    if (what.empty() && !words.empty()) what.push_back(words.front());
    // A hedged figure ("près de 15 millions", "about 40%", "more than 300") is rarely written
    // the same way by a source that gives it exactly (14,6 millions, 39 %, 312): its forms
    // alone would not find that source, so the words nearest it in its sentence ("les travaux
    // coûteront", "of the town's homes") may find it too, and they cut the passage that holds
    // it. Figures are searched among the story's sources (the engine's story filter), so the
    // wider group stays a narrow search; the figure's forms, among the optional words, still
    // rank first. At most 12 tokens each way are read, whatever the sentence's length.
    if (!claim.hedge.empty()) {
      constexpr std::size_t kReach = 12;
      std::vector<std::pair<std::size_t, std::size_t>> near;  // (distance, token)
      const std::size_t at = first_token_from(toks, vs);
      const std::size_t lo = at > kReach ? at - kReach : 0;
      for (std::size_t k = lo; k < toks.size() && k <= at + kReach; ++k) {
        const auto& t = toks[k];
        if ((t.start >= vs && t.end <= ve) || !is_content_word(an, t) ||
            std::find(entities.begin(), entities.end(), t.word) != entities.end())
          continue;
        near.push_back({t.end <= vs ? vs - t.end : t.start >= ve ? t.start - ve : 0, k});
      }
      std::stable_sort(near.begin(), near.end());
      std::size_t added = 0;
      for (const auto& [distance, k] : near) {
        if (added == 3) break;
        if (std::find(what.begin(), what.end(), toks[k].word) != what.end()) continue;
        what.push_back(toks[k].word);
        ++added;
      }
    }
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
    // Searched by its first kMaxQuoteWords words, as it is judged (judge.cpp): a "quote" of
    // millions of words made a phrase query of millions of terms.
    std::string_view whole = claim.value.empty() ? claim.text : claim.value;
    std::string quote =
        text::fold(whole.substr(0, std::min<std::size_t>(whole.size(), 64 * kMaxQuoteWords)));
    std::vector<std::string> qwords;
    for (const auto& t : text::tokenize(quote)) {
      if (!t.ellipsis) qwords.push_back(t.word);
      if (qwords.size() == kMaxQuoteWords) break;
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

// Private analysis shared by plan() and judge(): word classes, mentions, frames, entities.
#include "analysis.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace verify::rules {
namespace {

const std::map<std::string, int>& months() {
  static const std::map<std::string, int> k = {
      {"january", 1},   {"jan", 1},   {"february", 2},  {"feb", 2},      {"march", 3},
      {"mar", 3},       {"april", 4}, {"apr", 4},       {"may", 5},      {"june", 6},
      {"jun", 6},       {"july", 7},  {"jul", 7},       {"august", 8},   {"aug", 8},
      {"september", 9}, {"sep", 9},   {"sept", 9},      {"october", 10}, {"oct", 10},
      {"november", 11}, {"nov", 11},  {"december", 12}, {"dec", 12}};
  return k;
}

}  // namespace

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

bool is_period(const std::string& w) {
  static const std::set<std::string> kPeriods = {
      "year",    "years",    "month",    "months",  "week",  "weeks",     "day",        "days",
      "quarter", "quarters", "decade",   "decades", "an",    "ans",       "annee",      "annees",
      "mois",    "semaine",  "semaines", "jour",    "jours", "trimestre", "trimestres", "decennie"};
  return kPeriods.count(w) > 0;
}

int month_number(const std::string& w) {
  static const std::map<std::string, int> french = {
      {"janvier", 1},   {"fevrier", 2},  {"mars", 3},      {"avril", 4},
      {"mai", 5},       {"juin", 6},     {"juillet", 7},   {"aout", 8},
      {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12}};
  if (auto it = months().find(w); it != months().end()) return it->second;
  if (auto it = french.find(w); it != french.end()) return it->second;
  return 0;
}

bool is_month_or_day(const std::string& w) {
  static const std::set<std::string> days = {"monday", "tuesday",  "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};
  // French, folded: French writes them in lower case, so only the lists tell them from nouns.
  static const std::set<std::string> french = {
      "janvier",  "fevrier",   "mars",     "avril",    "mai",      "juin",  "juillet",
      "aout",     "septembre", "octobre",  "novembre", "decembre", "lundi", "mardi",
      "mercredi", "jeudi",     "vendredi", "samedi",   "dimanche"};
  return months().count(w) > 0 || days.count(w) > 0 || french.count(w) > 0;
}

Analyzer::Analyzer(const Config& cfg) : cfg_(cfg) {
  static std::atomic<std::uint64_t> next_id{1};
  id_ = next_id.fetch_add(1);
  const auto& classes = cfg_.lexicon.classes;
  for (int c = 0; c < static_cast<int>(classes.size()); ++c) {
    for (const auto& f : classes[c].forms) {
      auto toks = text::tokenize(f);
      if (toks.size() > 1) {
        std::vector<std::string> words;
        for (auto& t : toks) words.push_back(t.word);
        if (words.size() == 2 && (words[0] == "in" || words[0] == "at" || words[0] == "to"))
          named_place_class_.emplace(words[1], c);
        phrases_.push_back({words, c});
      } else if (toks.size() == 1) {
        word_class_.emplace(toks[0].word, c);
      }
    }
  }
  // Idioms are phrases of class -1: no concept (Analyzer::concepts).
  for (const auto& f : cfg_.lexicon.idioms) {
    auto toks = text::tokenize(f);
    if (toks.size() < 2) continue;
    std::vector<std::string> words;
    for (auto& t : toks) words.push_back(t.word);
    phrases_.push_back({words, -1});
  }
  // Longest phrases first, so "death toll" wins over "death".
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (std::size_t k = 0; k < phrases_.size(); ++k) {
    phrases_by_first_[phrases_[k].first.front()].push_back(k);
  }
  stopwords_.insert(cfg_.lexicon.stopwords.begin(), cfg_.lexicon.stopwords.end());
}

std::string Analyzer::concept_of_word(const std::string& w) const {
  if (w.empty()) return "";
  if (w[0] >= '0' && w[0] <= '9') return "#" + w;
  auto it = word_class_.find(w);
  if (it != word_class_.end()) return "@" + cfg_.lexicon.classes[it->second].name;
  if (is_stop(w)) return "";
  // Only a plural ending is stripped for class lookup: prefix stems collide across classes
  // ("turnout" / "turnover").
  std::string singular = w;
  if (singular.size() > 4 && singular.compare(singular.size() - 3, 3, "ies") == 0) {
    singular.replace(singular.size() - 3, 3, "y");
  } else if (singular.size() > 3 && singular.back() == 's') {
    singular.pop_back();
  }
  auto is = word_class_.find(singular);
  if (is != word_class_.end()) return "@" + cfg_.lexicon.classes[is->second].name;
  return text::stem(w);
}

std::vector<std::string> Analyzer::concepts(const std::vector<text::Token>& toks) const {
  std::vector<std::string> out(toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].ellipsis) continue;
    bool done = false;
    // Only phrases starting with this word can match; they are tried in phrases_ order.
    auto candidates = phrases_by_first_.find(toks[i].word);
    if (candidates == phrases_by_first_.end()) {
      out[i] = concept_of_word(toks[i].word);
      continue;
    }
    for (std::size_t idx : candidates->second) {
      const auto& [words, c] = phrases_[idx];
      if (i + words.size() > toks.size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < words.size() && ok; ++k) {
        ok = toks[i + k].word == words[k] && (k == 0 || !toks[i + k].break_before);
      }
      if (ok) {
        // An idiom's words stand for nothing (their concepts stay empty).
        if (c >= 0) out[i] = "@" + cfg_.lexicon.classes[c].name;
        i += words.size() - 1;
        done = true;
        break;
      }
    }
    if (!done) out[i] = concept_of_word(toks[i].word);
  }
  // A named place of the kind a form "in hospital" names, after "in", "at" or "to" and a verb
  // of what was done to someone ("treated at Halstow General Hospital", "taken to the Royal
  // Infirmary" where "infirmary" is such a form): the name's last word, capitalised, stands
  // for the form.
  for (std::size_t j = 1; j < toks.size() && !named_place_class_.empty(); ++j) {
    if (!toks[j].capitalized) continue;
    auto it = named_place_class_.find(toks[j].word);
    if (it == named_place_class_.end()) continue;
    std::size_t k = j;
    while (k > 0 && j - k < 5 && toks[k - 1].capitalized && !toks[k].break_before &&
           !toks[k].comma_before)
      --k;
    if (k == j || k == 0 || toks[k].break_before || toks[k].comma_before) continue;
    std::size_t prep = k - 1;
    if (toks[prep].word == "the" && prep > 0 && !toks[prep].break_before) --prep;
    const auto& w = toks[prep].word;
    if ((w != "in" && w != "at" && w != "to") || prep == 0 || toks[prep].break_before) continue;
    // What was done to someone there ("treated at", "taken to", "kept in"), not where a thing
    // is ("a single site at Ellerby Hospital").
    static const std::set<std::string> kPlaced = {"taken",  "flown",    "brought", "kept",
                                                  "remain", "remains",  "stayed",  "staying",
                                                  "being",  "remained", "admitted"};
    const auto& v = toks[prep - 1].word;
    if (kPlaced.count(v) || (v.size() > 4 && v.ends_with("ed")))
      out[j] = "@" + cfg_.lexicon.classes[it->second].name;
  }
  return out;
}

const WordClass* Analyzer::class_named(const std::string& cpt) const {
  if (cpt.size() < 2 || cpt[0] != '@') return nullptr;
  const std::string_view name = std::string_view(cpt).substr(1);
  for (const auto& c : cfg_.lexicon.classes) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

bool Analyzer::is_event(const std::string& cpt) const {
  const WordClass* c = class_named(cpt);
  return c && c->event;
}

bool Analyzer::is_date_event(const std::string& cpt) const {
  const WordClass* c = class_named(cpt);
  return c && c->event && c->date_event;
}

bool Analyzer::is_evolving(const std::string& cpt) const {
  const WordClass* c = class_named(cpt);
  return c && c->evolving;
}

bool Analyzer::is_position(const std::string& cpt) const {
  const WordClass* c = class_named(cpt);
  return c && c->position;
}

bool Analyzer::is_severity(const std::string& cpt) const {
  const WordClass* c = class_named(cpt);
  return c && c->severity;
}

bool Analyzer::is_generic(const std::string& w) const {
  return cfg_.lexicon.generic_nouns.count(w) > 0 || cfg_.lexicon.scale_words.count(w) > 0 ||
         cfg_.lexicon.session_words.count(w) > 0;
}

std::vector<std::string> Analyzer::forms(const std::string& cpt) const {
  for (const auto& c : cfg_.lexicon.classes) {
    if ("@" + c.name == cpt) return c.forms;
  }
  return {};
}

const Hedge* Analyzer::hedge(const std::string& phrase) const {
  for (const auto& h : cfg_.lexicon.hedges) {
    if (std::find(h.words.begin(), h.words.end(), phrase) != h.words.end()) return &h;
  }
  return nullptr;
}

namespace {
bool is_time_clause(const std::string& w) {
  return w == "when" || w == "while" || w == "whilst" || w == "quand" || w == "lorsque" ||
         w == "lorsqu";
}
}  // namespace

std::vector<std::size_t> running_max_end(const std::vector<Mention>& mentions) {
  std::vector<std::size_t> out;
  out.reserve(mentions.size());
  std::size_t best = 0;
  for (const auto& o : mentions) out.push_back(best = std::max(best, o.end));
  return out;
}

namespace {

// Whether toks[j] or one of the next two words of its clause is one of `session` (a market
// session: "trading", « séance »): "early", "afternoon" or "New York" before it say when or
// where a price moved, not what it is.
bool market_session_ahead(const std::vector<text::Token>& toks, std::size_t j,
                          const std::set<std::string>& session) {
  for (std::size_t k = j; k < toks.size() && k <= j + 2; ++k) {
    if (k > j && (toks[k].break_before || toks[k].comma_before)) break;
    if (session.count(toks[k].word)) return true;
  }
  return false;
}

// The figure `m` (its first token toks[first]) is set off after another figure of its kind
// as what that one is compared with: a comma, then "compared with" / "compared to" / "up from" /
// "down from" / "against" / "versus" / « contre » / « comparé à » / « par rapport à », then the
// figure ("£12 each, compared with £9 last year", « 12 euros, contre 9 euros l'an dernier »).
// The other figure ends right before the comma, or one word before it ("£12 each"). `other_at`
// gives the mention covering a token. nullptr when it is not.
template <typename OtherAt>
const Mention* compared_with(const std::vector<text::Token>& toks, const Mention& m,
                             std::size_t first, const OtherAt& other_at) {
  if (first == 0 || first >= toks.size() || toks[first].break_before || toks[first].comma_before)
    return nullptr;
  // The comparison's first word: one, two or three words before the figure.
  std::size_t open = toks.size();
  const std::string& w1 = toks[first - 1].word;
  const std::string w2 = first >= 2 ? toks[first - 2].word : "";
  const std::string w3 = first >= 3 ? toks[first - 3].word : "";
  if (w1 == "contre" || w1 == "against" || w1 == "versus" || w1 == "vs") {
    open = first - 1;
  } else if ((w1 == "from" && (w2 == "up" || w2 == "down")) ||
             ((w1 == "with" || w1 == "to") && w2 == "compared") || (w1 == "a" && w2 == "compare")) {
    open = first - 2;
  } else if ((w1 == "a" || w1 == "au" || w1 == "aux") && w2 == "rapport" && w3 == "par") {
    open = first - 3;
  }
  if (open == toks.size() || open == 0 || !toks[open].comma_before || toks[open].break_before)
    return nullptr;
  for (std::size_t j = open + 1; j <= first - 1; ++j) {
    if (toks[j].break_before || toks[j].comma_before) return nullptr;
  }
  for (std::size_t back = 1; back <= 2 && back <= open; ++back) {
    const std::size_t j = open - back;
    if (back == 2 && (toks[j + 1].break_before || toks[j + 1].comma_before)) break;
    if (const Mention* o = other_at(j)) {
      if (o->kind != m.kind || o->end > toks[open].start) return nullptr;
      return o;
    }
  }
  return nullptr;
}

}  // namespace

Frame Analyzer::frame(const std::vector<text::Token>& toks, const std::vector<std::string>& cons,
                      const Mention& m, const std::vector<Mention>& others,
                      const std::vector<std::size_t>* max_end, bool follow) const {
  Frame f;
  const int w = cfg_.count.window_words;
  // The mention other than `m` that covers toks[j], or nullptr. Only mentions starting before
  // the token ends can cover it; walking back from there, with `max_end` none is left once the
  // running maximum of their ends falls to the token's start.
  auto other_at = [&](std::size_t j) -> const Mention* {
    const auto& t = toks[j];
    const bool bounded = max_end && max_end->size() == others.size();
    auto k = static_cast<std::size_t>(
        std::partition_point(others.begin(), others.end(),
                             [&](const Mention& o) { return o.start < t.end; }) -
        others.begin());
    for (std::size_t i = k; i-- > 0;) {
      if (bounded && (*max_end)[i] <= t.start) break;
      const auto& o = others[i];
      if (o.start == m.start && o.end == m.end) continue;
      if (o.end > t.start) return &o;
    }
    return nullptr;
  };
  auto in_other = [&](std::size_t j) { return other_at(j) != nullptr; };
  auto [first, last] = text::tokens_within(toks, m.start, m.end);
  if (first == toks.size()) {
    // No token inside the mention. A figure glued to its unit ("61mm", "4.2mm", "12km") is
    // inside one token: that token is the figure's, not the word before it (which would read
    // "According to the Met Office, 61mm" as a Met figure). Otherwise (odd offsets) anchor on
    // the nearest one.
    for (first = 0; first < toks.size() && toks[first].end <= m.start; ++first) {
    }
    if (first == toks.size()) return f;
    if (toks[first].start <= m.start && toks[first].end >= m.end) {
      last = first;
    } else {
      last = first > 0 ? first - 1 : 0;
      if (first > 0) --first;
    }
  }
  struct Near {
    std::string cpt;
    int dist;
    bool generic;  // says nothing of what the figure is: never its defining word
    // A part of a hyphenated compound ("runners-up", "build-up", "start-up"): never the
    // figure's event, whatever the part alone would be.
    bool compound = false;
    // After the figure and its counted noun, not right after the figure: a word of the clause
    // the figure is the subject of ("25,000 tonnes of rock and mud came down").
    bool after_head = false;
    // Right after a determiner: a noun ("34 coureurs ont été impliqués dans la chute", "were
    // hurt in the crash"), the happening the counted took part in, not how they moved.
    bool after_determiner = false;
  };
  auto after_determiner_at = [&](std::size_t j) {
    static const std::set<std::string> kDeterminers = {
        "the", "a", "an", "this", "that", "la", "le", "l", "une", "un", "cette", "ce", "cet"};
    return j > 0 && !toks[j].break_before && !toks[j].comma_before &&
           kDeterminers.count(toks[j - 1].word) > 0;
  };
  auto compound_at = [&](std::size_t j) {
    return toks[j].hyphen_before || (j + 1 < toks.size() && toks[j + 1].hyphen_before);
  };
  // A generic noun ("people") or a verb that only links the figure to its subject ("Turnout
  // reached 61%"; lexicon linking_verbs): the subject, further off, defines the figure, as it
  // does after "was".
  // Nor does an adverb saying the figure is the current one ("now", « désormais »,
  // "finally"): the figure's "now costs" says when, not what.
  auto says_nothing = [&](const std::string& word) {
    static const std::set<std::string> kNow = {"now",        "currently",    "finally",
                                               "eventually", "ultimately",   "desormais",
                                               "dorenavant", "actuellement", "finalement"};
    return is_generic(word) || cfg_.lexicon.linking_verbs.count(word) > 0 || kNow.count(word) > 0;
  };
  std::vector<Near> near;
  // Right side: the counted noun and what happened to it.
  int seen = 0;
  bool head_done = !m.head.empty();
  // What happened to the counted comes right after the figure ("cinq morts", "12 killed"): it
  // names the figure, and the subject before it is no head (below).
  bool event_after = false;
  if (!m.head.empty()) {
    auto hc = concept_of_word(m.head);
    if (is_event(hc)) {
      f.event = hc;
    } else if (!is_generic(m.head)) {
      f.head = hc;
    }
  }
  // "a premium of 28%", "a fine of $5 million", « une prime de 28 % »: a rate or an amount
  // belongs to the noun before "of"; what follows it ("to Halvorsen's closing price") is not
  // its head, as "premium" is in "a 28% premium".
  if (!head_done && (m.kind == claims::Kind::kPercent || m.kind == claims::Kind::kMoney) &&
      first >= 2 && !toks[first].break_before && !toks[first].comma_before &&
      !toks[first - 1].break_before && !toks[first - 1].comma_before) {
    const auto& of = toks[first - 1].word;
    std::size_t j = first - 2;
    // « un fonds d'urgence de 15 millions »: "urgence" qualifies "fonds", the head.
    if (j >= 2 && (toks[j - 1].word == "d" || toks[j - 1].word == "de") && !cons[j - 2].empty() &&
        cons[j - 2][0] != '#' && !toks[j - 2].capitalized && !is_generic(toks[j - 2].word) &&
        !is_event(cons[j - 2]) && !toks[j].break_before && !toks[j].comma_before &&
        !toks[j - 1].break_before && !toks[j - 1].comma_before)
      j -= 2;
    // « une hausse salariale de 4 % », « un déficit commercial de 5 milliards »: French writes
    // the adjective after its noun, so between a determiner's noun and « de » it qualifies
    // that noun, the head.
    static const std::set<std::string> kDeterminers = {"un",   "une",   "le", "la",  "l",
                                                       "les",  "des",   "sa", "son", "ses",
                                                       "leur", "cette", "ce", "cet", "d"};
    if (of == "de" && j >= 2 && kDeterminers.count(toks[j - 2].word) && !cons[j - 1].empty() &&
        cons[j - 1][0] != '#' && !toks[j - 1].capitalized && !is_generic(toks[j - 1].word) &&
        !toks[j].break_before && !toks[j].comma_before && !toks[j - 1].break_before &&
        !toks[j - 1].comma_before)
      --j;
    if ((of == "of" || of == "de") && !cons[j].empty() && cons[j][0] != '#' &&
        !toks[j].capitalized && !is_generic(toks[j].word) && !is_event(cons[j]) && !in_other(j)) {
      f.head = cons[j];
      head_done = true;
    }
  }
  bool quals_done = false;
  f.qualifiers.insert(m.modifiers.begin(), m.modifiers.end());
  // Words inside the mention itself ("12 French officials"): qualifiers and the head. An
  // amount's own words are its scale and currency ("58 millions d'euros"), never what it pays;
  // a percentage's are its sign or its fraction ("two-thirds", « la moitié »), never what it
  // is a share of.
  for (std::size_t j = first + 1; j <= last && j < toks.size(); ++j) {
    if (cons[j].empty() || cons[j][0] == '#') continue;
    if (toks[j].capitalized && !is_month_or_day(toks[j].word)) {
      f.qualifiers.insert(text::stem(toks[j].word));
    } else if (!head_done && m.kind != claims::Kind::kMoney && m.kind != claims::Kind::kPercent &&
               !is_generic(toks[j].word)) {
      head_done = true;
      if (is_event(cons[j])) {
        f.event = cons[j];
        event_after = true;
      } else {
        f.head = cons[j];
      }
    }
  }
  // Who pays or receives an amount ("$2.4 million to flood victims", « 2,4 millions d'euros
  // à la métropole »), or what it is for (« 3,5 millions d'euros pour renforcer le service des
  // urgences », "for the emergency unit"), is not what the amount is: a claim that names them
  // elsewhere in its sentence, otherwise, or not at all, speaks of the same amount.
  // And an amount offered or demanded, followed by what it is meant to do ("offered 15 million
  // euros to buy the club", « avait proposé 15 millions d'euros pour racheter le club »): that
  // doing is the offer's purpose, not the amount's event, which is the offer (a position class
  // right before the amount). Other amounts keep what follows them: "will pay $101,980,000 to
  // settle the claim" is a settlement.
  bool purpose = false;
  if (m.kind == claims::Kind::kMoney && last + 1 < toks.size() && !toks[last + 1].comma_before &&
      !toks[last + 1].break_before) {
    const auto& w1 = toks[last + 1].word;
    if (w1 == "to" || w1 == "a" || w1 == "au" || w1 == "aux" || w1 == "for" || w1 == "pour")
      head_done = true;
    if ((w1 == "to" || w1 == "pour") && last + 2 < toks.size() && !toks[last + 2].comma_before) {
      const auto& w2 = toks[last + 2].word;
      const bool doing =
          w1 == "pour"
              ? w2.size() > 3 && (w2.ends_with("er") || w2.ends_with("ir") || w2.ends_with("re"))
              : w2.size() > 2 && !w2.ends_with("s") && !w2.ends_with("ed") &&
                    !w2.ends_with("ing") && !cons[last + 2].empty() && cons[last + 2][0] == '@' &&
                    is_event(cons[last + 2]);
      for (std::size_t j = first, n = 0; doing && !purpose && j-- > 0 && n < 3; ++n) {
        if (toks[j + 1].break_before || toks[j + 1].comma_before) break;
        purpose = !cons[j].empty() && cons[j][0] == '@' && is_position(cons[j]);
      }
    }
  }
  // A share of a whole whose owner is named before its count ("35% among the union's 53,900
  // members", "12% of the city's 4,000 buses"): the owner ("union") is whose the whole is, not
  // what the share counts; the count's noun is, as in "31.5% of the 53,900 members". The
  // owner and the count are passed over.
  std::size_t owner_until = 0;  // the last token of such an owner and count, or 0
  if (last + 3 < toks.size() && !toks[last + 1].break_before && !toks[last + 1].comma_before &&
      (toks[last + 1].word == "of" || toks[last + 1].word == "among" ||
       toks[last + 1].word == "parmi")) {
    bool owner = false;
    for (std::size_t j = last + 2; j < toks.size() && j <= last + 5; ++j) {
      if (toks[j].break_before || toks[j].comma_before) break;
      if (const Mention* o = other_at(j)) {
        if (o->kind == claims::Kind::kCount && owner) {
          owner_until = j;
          while (owner_until + 1 < toks.size() && toks[owner_until + 1].start < o->end)
            ++owner_until;
        }
        break;
      }
      const bool determiner = toks[j].word == "the" || toks[j].word == "its" ||
                              toks[j].word == "their" || toks[j].word == "des";
      const bool possessor = j + 1 < toks.size() && toks[j + 1].possessive_before;
      if (!determiner && !possessor) break;
      owner = owner || possessor;
    }
  }
  for (std::size_t j = last + 1; j < toks.size() && seen < w && !purpose; ++j) {
    // The figure's clause ends at a comma ("144 people, the junta said"), and at a clause of
    // time: "27 workers were underground when the ground gave way" counts who was underground,
    // and what happened then is not their event (« quand », « lorsque » alike).
    if (toks[j].break_before || toks[j].comma_before) break;
    if (j <= owner_until) continue;
    if (const Mention* o = other_at(j)) {
      // The whole's count in a part ("72 % des 410 chauffeurs", "8 of the 11 buses") is passed:
      // the noun after it is the part's too. Not a sample's size without a determiner ("61% of
      // 1,200 residents polled", which a source may tell apart: "a survey of 1,200 residents").
      static const std::set<std::string> kOf = {"of", "des", "de", "d"};
      static const std::set<std::string> kWhose = {"des", "the", "its", "their", "ses", "leurs"};
      // An amount's whole is an amount ("R214 million of its R260 million investment").
      const bool whole = (o->kind == claims::Kind::kCount || o->kind == m.kind) && j >= last + 2 &&
                         j <= last + 3 && kOf.count(toks[last + 1].word) &&
                         kWhose.count(toks[j - 1].word);
      if (!whole) break;
      while (j + 1 < toks.size() && toks[j + 1].start < o->end) ++j;
      continue;
    }
    if (is_time_clause(toks[j].word)) break;
    // So does a clause of another doing before or after this one: « avait proposé 15 millions
    // d'euros avant de se retirer », "offered $15 million before withdrawing": the withdrawal is
    // not what the amount was for.
    if ((toks[j].word == "avant" || toks[j].word == "apres") && j + 1 < toks.size() &&
        (toks[j + 1].word == "de" || toks[j + 1].word == "d"))
      break;
    if ((toks[j].word == "before" || toks[j].word == "after") && j + 1 < toks.size() &&
        toks[j + 1].word.size() > 4 && toks[j + 1].word.ends_with("ing"))
      break;
    const auto& c = cons[j];
    if (c.empty()) continue;
    ++seen;
    if (c[0] != '#' && !is_month_or_day(toks[j].word))
      near.push_back({c, seen, says_nothing(toks[j].word), compound_at(j),
                      !f.head.empty() && j > last + 1, after_determiner_at(j)});
    if (!quals_done && seen <= 4) {
      if (toks[j].capitalized && !is_event(c) && !is_month_or_day(toks[j].word)) {
        f.qualifiers.insert(text::stem(toks[j].word));
        continue;
      }
      if (!is_generic(toks[j].word)) quals_done = true;
    }
    if (!head_done && seen <= 4) {
      if (toks[j].capitalized && !is_event(c)) continue;
      // "5.3 billion in October", « 5,3 milliards en octobre »: a month or a day says when,
      // never what the figure counts; nor does a period after a word ("grown by 12% in a
      // year", "5% a year", « 3 % en un an »), which a figure's own noun never has ("12 months").
      if (is_month_or_day(toks[j].word)) continue;
      // "up 13% year on year", "year-over-year": the period compared, right after the figure.
      const bool compared_period = j + 2 < toks.size() && is_period(toks[j].word) &&
                                   (toks[j + 1].word == "on" || toks[j + 1].word == "over") &&
                                   toks[j + 2].word == toks[j].word && !toks[j + 1].comma_before;
      static const std::set<std::string> kComparedPeriods = {
          "year-on-year",       "year-over-year",       "month-on-month", "month-over-month",
          "quarter-on-quarter", "quarter-over-quarter", "week-on-week"};
      // "from a year earlier", "two years ago", « un an plus tôt »: the words after a period.
      static const std::set<std::string> kAfterPeriod = {"earlier", "ago",  "before",
                                                         "prior",   "plus", "tot"};
      const bool after_period =
          j > last + 1 && kAfterPeriod.count(toks[j].word) &&
          (is_period(toks[j - 1].word) ||
           (toks[j].word == "tot" && j > last + 2 && is_period(toks[j - 2].word)));
      // "at the end of the year", « à la fin du mois », "at the start of trading": when.
      static const std::set<std::string> kPoints = {"end",   "beginning", "start", "middle",
                                                    "close", "fin",       "debut", "milieu"};
      const bool point_in_time = j > last + 1 && kPoints.count(toks[j].word) &&
                                 j + 1 < toks.size() && !toks[j + 1].comma_before &&
                                 (toks[j + 1].word == "of" || toks[j + 1].word == "de" ||
                                  toks[j + 1].word == "du" || toks[j + 1].word == "d");
      if (point_in_time) continue;
      // A participle of allotting between an amount and what it is for ("$61 million earmarked
      // for investment", « 61 M€ consacrés à l'investissement », « 400 000 euros assortis du
      // sursis »): the noun after it says what the amount is.
      static const std::set<std::string> kAllotted = {
          "earmarked", "allocated", "allotted",   "devoted",  "dedicated", "set",      "consacre",
          "consacres", "consacree", "consacrees", "destine",  "destines",  "destinee", "destinees",
          "alloue",    "alloues",   "allouee",    "allouees", "affecte",   "affectes", "affectee",
          "affectees", "reserve",   "reserves",   "reservee", "reservees", "assorti",  "assortis",
          "assortie",  "assorties", "dedie",      "dedies",   "dediee",    "dediees"};
      if (kAllotted.count(toks[j].word)) continue;
      if ((j > last + 1 && is_period(toks[j].word)) || compared_period ||
          kComparedPeriods.count(toks[j].word) || after_period)
        continue;
      // "up 3.5% compared with last year", « en hausse de 3,5 % par rapport à 2025 »: what a
      // figure is compared with comes next, not what it is of.
      if (toks[j].word == "compared" || toks[j].word == "comparison" || toks[j].word == "rapport" ||
          toks[j].word == "compare") {
        head_done = true;
        continue;
      }
      // So does the session a price moved in: "fell 5.8% in early trading", "in afternoon
      // dealings", « en séance »; the session's own word is generic (lexicon session_words).
      if (market_session_ahead(toks, j, cfg_.lexicon.session_words)) continue;
      // "people", "percent" say nothing; an event word ends the noun phrase.
      if (is_generic(toks[j].word) || c[0] == '#') continue;
      head_done = true;
      // "94% of those voting", "of those polled", « 60 % de ceux interrogés »: people named by
      // what they did, as generic as "people" (the members who voted, the voters).
      if (j > 0 && !toks[j].comma_before &&
          (toks[j - 1].word == "those" || toks[j - 1].word == "ceux" ||
           toks[j - 1].word == "celles"))
        continue;
      if (is_event(c)) {
        event_after = event_after || !compound_at(j);
        continue;
      }
      f.head = c;
      // A compound right after the figure is named by its last noun: "a $1.5 billion
      // restructuring charge" is a charge, as "a restructuring charge of $1.2 billion" is
      // (the extractor names a count's noun itself). Up to two more words of the clause, each right
      // after the last, that could be its noun (not a stop word, name, generic noun or past
      // participle: "a $5 million fine imposed" is a fine). A last noun that names what
      // happened ("a restructuring charge") is the figure's event, as the extractor's noun is
      // above; one that only says how a figure moved ("a 6% pay rise") ends the compound.
      // Not across a comparison ("Net profit 1,150,651 vs loss 135,021": another figure's).
      if (j == last + 1 && toks[j].word != "vs" && toks[j].word != "versus") {
        for (std::size_t k = j + 1; k < toks.size() && k <= j + 2; ++k) {
          const auto& ck = cons[k];
          // A word in -s after a singular noun is its verb, not more of the compound: "the
          // 1.1bn-euro orbiter carries", "a $5 million deal includes".
          const auto& prev_word = toks[k - 1].word;
          const bool verb_s = toks[k].word.ends_with("s") && !toks[k].word.ends_with("ss") &&
                              !prev_word.ends_with("s");
          if (toks[k].break_before || toks[k].comma_before || in_other(k) || ck.empty() ||
              ck[0] == '#' || toks[k].capitalized || is_generic(toks[k].word) ||
              is_month_or_day(toks[k].word) || toks[k].word.ends_with("ed") || verb_s)
            break;
          if (is_event(ck)) {
            if (is_date_event(ck)) {
              f.head.clear();
              f.event = ck;
            }
            break;
          }
          f.head = ck;
        }
      }
    }
  }
  // Left side. A label and a colon right before the figure ("Dette : 62 M€", "Turnout: 61%",
  // a fact box's line) name it as its subject would: the label, from the start of its
  // sentence and at most `w` words without a verb of speech, is read across the colon.
  seen = 0;
  std::size_t left_last = first;  // the leftmost word read, when the window filled up
  bool left_full = false;
  // (A copy: clang before 16 does not let a lambda capture a structured binding.)
  const bool label = [&, at = std::size_t{first}] {
    if (at == 0 || !toks[at].colon_before) return false;
    for (std::size_t j = at, n = 0; j-- > 0; ++n) {
      if (n >= static_cast<std::size_t>(w) || in_other(j) || toks[j + 1].comma_before ||
          cfg_.lexicon.speech_verbs.count(toks[j].word))
        return false;
      if (j == 0 || toks[j].break_before) return true;
    }
    return false;
  }();
  // A time complement between the figure and the words that say what it is ("raised bus fares
  // in 2021 by 5%", "were last raised in 2021, by 5%", « la hausse des prix, en 2022, a été de 2
  // % ») says when, not what: it is passed over, commas around it included, as if the figure
  // followed the words before it. Commas so passed are in `passed_commas` (the token after
  // each); at most two complements a figure, so a run of dates stays linear.
  std::vector<std::size_t> passed_commas;
  auto comma_at = [&](std::size_t k) {  // a comma before toks[k] that still parts the words
    return toks[k].comma_before &&
           std::find(passed_commas.begin(), passed_commas.end(), k) == passed_commas.end();
  };
  int passed = 0;
  // toks[j] ends a time complement right before a boundary (a comma before toks[j + 1], or the
  // date itself): the index of its first word, having recorded the commas it passes, or npos.
  // (`at` a copy: clang before 16 does not let a lambda capture a structured binding.)
  auto pass_time = [&, at = std::size_t{first}](std::size_t j) -> std::size_t {
    constexpr auto npos = static_cast<std::size_t>(-1);
    if (passed >= 2 || toks[j + 1].break_before) return npos;
    const Mention* d = other_at(j);
    if (!d || d->kind != claims::Kind::kDate || d->dateline) return npos;
    std::size_t p = j;
    while (p > 0 && toks[p - 1].end > d->start && !toks[p].break_before) --p;  // "May 3, 2026"
    static const std::set<std::string> kTimePrepositions = {
        "in", "on", "during", "since", "en", "au", "depuis", "durant", "pendant"};
    const bool prep = p > 0 && !toks[p].break_before && !toks[p].comma_before &&
                      kTimePrepositions.count(toks[p - 1].word) > 0;
    if (prep) --p;
    const bool comma_after = comma_at(j + 1);
    if (toks[p].break_before || p == 0) return npos;
    if (!(comma_after && toks[p].comma_before)) {
      // Not set off by commas on both sides, the complement is passed only right before the
      // figure or its preposition ("raised in 2021 by 5%", "raised in 2021, by 5%"): "said on
      // Tuesday that the 984-foot ship" is the saying's time, and a clause follows it. A bare
      // date inside the clause ("the 2021 fares") is the figure's own word.
      static const std::set<std::string> kFigurePrepositions = {"by", "of", "to", "at",
                                                                "de", "a",  "d"};
      // Nor is one between a verb and its figure: a day or month, bare, right before the figure
      // (« a réuni vendredi 180 tracteurs », "arrested Tuesday 40 people"), or after "on" / "in"
      // and right before a past verb and its figure ("The blockade on Friday involved 180
      // lorries"). A bare year is not passed there ("in 2021 5 people").
      const bool day = d->date.size() >= 7;
      const std::string& next = toks[j + 1].word;
      // (Or a verb of the lexicon's classes: "Tickets for the concert on April 18 cost £45".)
      const bool past_verb = j + 2 == at && !toks[j + 1].capitalized &&
                             ((next.size() >= 5 && next.compare(next.size() - 2, 2, "ed") == 0) ||
                              (!cons[j + 1].empty() && cons[j + 1][0] == '@'));
      const bool figure_next =
          j + 1 == at || (j + 2 == at && kFigurePrepositions.count(toks[j + 1].word));
      // A time told from now needs no preposition ("the toll this winter to 11", "sales last
      // year by 5%", « le bilan cet hiver à 11 »): passed before the figure's preposition too.
      static const std::set<std::string> kFromNow = {"this", "last", "next", "past",
                                                     "ce",   "cet",  "cette"};
      const bool from_now = !prep && kFromNow.count(toks[p].word) > 0;
      if (!(prep && figure_next) && !(!prep && day && j + 1 == at) && !(prep && day && past_verb) &&
          !(from_now && figure_next))
        return npos;
    }
    if (comma_after) passed_commas.push_back(j + 1);
    if (toks[p].comma_before && comma_after) passed_commas.push_back(p);
    ++passed;
    return p;
  };
  for (std::size_t j = first; j-- > 0;) {
    if ((toks[j + 1].break_before && !(label && j + 1 == first)) || comma_at(j + 1) ||
        in_other(j)) {
      const std::size_t p = pass_time(j);
      if (p == static_cast<std::size_t>(-1)) break;
      j = p;  // on at the word before the complement
      continue;
    }
    if (seen >= w) {
      left_full = true;
      left_last = j + 1;
      break;
    }
    const auto& c = cons[j];
    if (c.empty()) continue;
    ++seen;
    if (c[0] != '#' && !is_month_or_day(toks[j].word))
      near.push_back({c, seen, says_nothing(toks[j].word), compound_at(j)});
    // "AfD 152", "the CDU 208": a name right before the figure qualifies it. Not across a
    // word with no concept: in "the union (MFWU) said 94%" the name is the speaker's.
    if (seen == 1 && j + 1 == first && toks[j].capitalized && !is_event(c) &&
        !is_month_or_day(toks[j].word)) {
      f.qualifiers.insert(text::stem(toks[j].word));
      // A results table's line, "Simon Ashdown (National Party) 6,417 votes", « Jean Roux (LR)
      // 12 345 voix »: the name before the parenthesis qualifies the figure as well as what
      // the parenthesis holds.
      if (toks[first].paren_close_before) {
        std::size_t o = j;
        while (o > 0 && j - o < 6 && !toks[o].paren_open_before && !toks[o].break_before) --o;
        if (toks[o].paren_open_before) {
          for (std::size_t k = o; k < j; ++k) {
            if (toks[k].capitalized && !cons[k].empty() && !is_event(cons[k]))
              f.qualifiers.insert(text::stem(toks[k].word));
          }
          for (std::size_t k = o; k-- > 0 && o - k <= 4;) {
            if (!toks[k].capitalized || toks[k + 1].break_before || toks[k + 1].comma_before ||
                cons[k].empty() || is_event(cons[k]))
              break;
            f.qualifiers.insert(text::stem(toks[k].word));
          }
        }
      }
    }
  }
  // "its February car sales totaled 61,331", « le taux de chômage s'est établi à 7,4 % »: a
  // figure that a linking verb or "was" ties to its subject measures that subject, so the
  // subject's noun is the head, as the noun after "of" is in "a premium of 28%". Read back over
  // a preposition ("at", « à »), the verb and its auxiliaries, and names or function words
  // ("unemployment in Texas stood at"); anything else (an event verb: "sales rose 5%") leaves
  // the head unset, as does a compound subject (below). A capitalised subject is not taken: at the
  // start of a sentence it cannot be told from a name ("Okafor reached 61%"), and a name is a
  // qualifier, never what is counted.
  if (f.head.empty() && f.event.empty() && !event_after && first > 0) {
    const auto& linking = cfg_.lexicon.linking_verbs;
    passed = 0;                         // this walk may pass the window's complements again
    auto joined = [&](std::size_t j) {  // toks[j] is in the figure's clause
      return !toks[j + 1].break_before && !comma_at(j + 1) && !in_other(j);
    };
    // Past a time complement that ends right before toks[j] (as in the window above): `j` is
    // moved to its first word; whether the word before that is in the clause.
    auto pass_back = [&](std::size_t& j) {
      const std::size_t p = j > 0 ? pass_time(j - 1) : static_cast<std::size_t>(-1);
      if (p == static_cast<std::size_t>(-1) || p == 0) return false;
      j = p;
      return joined(j - 1);
    };
    // Past an aside set off by commas between the subject and its verb ("the full cost of the
    // line, including financing and land, is $1.52 billion", « le coût total, y compris le
    // foncier, s'élève à »): it says what the subject holds, and the subject is before it. At
    // most ten words; `j` is moved to the aside's first word.
    auto pass_aside = [&](std::size_t& j) {
      static const std::set<std::string> kAside = {"including", "excluding", "notamment", "y",
                                                   "hors",      "dont",      "not"};
      if (j == 0 || !toks[j].comma_before || toks[j].break_before) return false;
      for (std::size_t k = j; k-- > 0 && j - k <= 10;) {
        if (toks[k + 1].break_before) return false;
        if (!toks[k].comma_before) continue;
        if (!kAside.count(toks[k].word) || k == 0 || toks[k].break_before) return false;
        passed_commas.push_back(j);  // neither comma parts the words now
        passed_commas.push_back(k);
        j = k;
        return joined(j - 1);
      }
      return false;
    };
    std::size_t j = first;
    static const std::set<std::string> kPrepositions = {"at", "to", "a", "de", "of"};
    if (j > 0 && joined(j - 1) && kPrepositions.count(toks[j - 1].word)) --j;
    if (j > 0 && joined(j - 1) && linking.count(toks[j - 1].word)) {
      --j;
      static const std::set<std::string> kAuxiliaries = {
          "has", "have", "had", "a", "ont", "avait", "avaient", "s", "se", "est", "sont", "ete"};
      while (j > 0 && (joined(j - 1) || pass_back(j)) &&
             (kAuxiliaries.count(toks[j - 1].word) || linking.count(toks[j - 1].word)))
        --j;
      // A place or time the subject is qualified by ("in the region", « dans la région ») is
      // passed over: its noun follows a preposition other than "of" / « de », past its
      // determiners.
      static const std::set<std::string> kPlacePrepositions = {
          "in", "on",  "at",   "for", "from", "near", "across", "dans",
          "en", "sur", "pour", "a",   "au",   "aux",  "chez"};
      static const std::set<std::string> kDeterminers = {
          "the", "its", "their", "his", "her",  "this",  "that", "le",  "la",    "les",
          "l",   "son", "sa",    "ses", "leur", "leurs", "ce",   "cet", "cette", "ces"};
      for (int read = 0; j > 0 && (joined(j - 1) || pass_back(j) || pass_aside(j)) && read < w;
           ++read) {
        --j;
        const auto& c = cons[j];
        if (c.empty() || (toks[j].capitalized && !is_event(c))) continue;  // "in", "Texas"
        std::size_t k = j;
        while (k > 0 && joined(k - 1) && kDeterminers.count(toks[k - 1].word)) --k;
        if (k > 0 && joined(k - 1) && kPlacePrepositions.count(toks[k - 1].word)) {
          j = k - 1;
          continue;
        }
        // Whose the subject is (« la dette de la commune », "the debt of the town"): a place or
        // an organisation after « de » / "of" and its article is the owner, and the noun before
        // it the subject (lexicon owner_nouns). Without an article the noun after « de » is
        // what is measured (« le taux de chômage »).
        if (cfg_.lexicon.owner_nouns.count(toks[j].word) && k > 0 && joined(k - 1) &&
            (((toks[k - 1].word == "de" || toks[k - 1].word == "of") && k < j) ||
             toks[k - 1].word == "du" || toks[k - 1].word == "des")) {
          j = k - 1;
          continue;
        }
        // A compound's last noun is not the head alone ("revenue passenger miles were 53.2
        // mln" are not the miles of "within 22 miles of the shore"): its defining word only.
        // An adjective of extent ("the full cost", "the total bill", « le coût total ») makes
        // no compound.
        static const std::set<std::string> kExtent = {
            "full",  "total",    "overall",   "final",   "actual",   "entire",
            "whole", "combined", "estimated", "initial", "original", "cumulative"};
        const bool compound = j > 0 && joined(j - 1) && !cons[j - 1].empty() &&
                              cons[j - 1][0] != '#' && !toks[j - 1].capitalized &&
                              !kExtent.count(toks[j - 1].word);
        if (c[0] != '#' && !toks[j].capitalized && !says_nothing(toks[j].word) && !is_event(c) &&
            !is_month_or_day(toks[j].word) && !compound)
          f.head = c;
        break;
      }
    }
  }
  std::stable_sort(near.begin(), near.end(),
                   [](const Near& a, const Near& b) { return a.dist < b.dist; });
  // The figure's event is the nearest event class, except that a class saying only how a
  // figure moved (rise, fall) gives way to a rising toll's class in reach: "the death toll
  // rose to three" is a toll, as "killed two" is (and « le bilan est passé à trois morts »);
  // and to a party's position: « réclament une hausse de salaire de 6 % » is a demand, as
  // "demanding a 6% pay rise" is.
  std::string movement;
  for (const auto& n : near) {
    f.distance.emplace(n.cpt, n.dist);  // the nearest occurrence's
    if (!f.event.empty() || !is_event(n.cpt) || n.compound) continue;
    // How the counted thing moved, told after it ("25,000 tonnes of rock and mud came down", «
    // 25 000 tonnes de roche sont tombées »), is what it did, not how the figure moved: the
    // figure is a level of it, not a fall of 25,000 tonnes. ("a 12% fall in sales" has its
    // movement right after the figure, before its noun.)
    if (n.after_head && !n.after_determiner && !is_date_event(n.cpt)) continue;
    if (is_date_event(n.cpt) || !movement.empty()) {
      const bool position = !movement.empty() && is_position(n.cpt);
      if (movement.empty() || is_evolving(n.cpt) || position) f.event = n.cpt;
      f.moved_toll = !movement.empty() && f.event == n.cpt && !position;
    } else {
      movement = n.cpt;
    }
  }
  // A toll whose subject runs past the window ("the death toll from the rockfall at the Vernet
  // copper quarry in the southern hills rose to four"): when the figure's nearest event only
  // says how it moved, right before it, the toll's class is looked for further back along the
  // same clause (at most twice the window again).
  if (f.event.empty() && !movement.empty() && left_full && f.distance.at(movement) <= 2) {
    int more = 0;
    for (std::size_t j = left_last; j-- > 0 && more < 2 * w;) {
      if (toks[j + 1].break_before || toks[j + 1].comma_before || in_other(j)) break;
      const auto& c = cons[j];
      if (c.empty()) continue;
      ++more;
      if (c[0] != '#' && is_event(c) && is_evolving(c)) {
        f.event = c;
        f.moved_toll = true;
        f.distance.emplace(c, w + more);
        break;
      }
    }
  }
  if (f.event.empty()) f.event = movement;
  f.updated = f.moved_toll;
  // A figure given as what it came to in the end ("will finally acquire 90% of the club",
  // "eventually agreed to 12", « acquerra finalement 90 % du capital », « compte désormais
  // 90 % »): an update of an earlier figure, at most four words before it in its clause.
  // "now" too: "Damage … is now estimated at $5.4 million", "now puts the volume at 40,000
  // tonnes": the figure as it stands after an earlier one.
  static const std::set<std::string> kInTheEnd = {
      "finally", "eventually", "ultimately", "finalement", "desormais", "dorenavant", "now"};
  for (std::size_t j = first, n = 0; j-- > 0 && n < 4 && !f.updated; ++n) {
    if (toks[j + 1].break_before || toks[j + 1].comma_before) break;
    f.updated = kInTheEnd.count(toks[j].word) > 0;
  }
  // "The number of sailings cancelled has now risen to 126", « le nombre de vols annulés est
  // passé à 126 »: the count of the noun after "number of" / « nombre de » has reached the
  // figure, a level of that count as "cancelled 84 sailings" is; how it moved is not its
  // event. Read back along the figure's clause from "to" / « à » before it.
  if (f.head.empty() && !movement.empty() && f.event == movement && first >= 2 &&
      (toks[first - 1].word == "to" || toks[first - 1].word == "a") && !toks[first].break_before &&
      !toks[first].comma_before) {
    for (std::size_t j = first - 1, n = 0; j-- > 0 && n < 16; ++n) {
      if (toks[j + 1].break_before || toks[j + 1].comma_before) break;
      if ((toks[j].word != "number" && toks[j].word != "nombre") || j + 2 >= first) continue;
      const std::size_t of = j + 1;
      std::size_t noun = of + 1;
      if (toks[of].word != "of" && toks[of].word != "de" && toks[of].word != "d") break;
      if (toks[noun].comma_before || toks[noun].break_before) break;
      const auto& c = cons[noun];
      if (!c.empty() && c[0] != '#' && !toks[noun].capitalized && !is_event(c) &&
          !is_generic(toks[noun].word)) {
        f.head = c;
        f.event.clear();
        f.moved_toll = false;
        f.updated = true;
      }
      break;
    }
  }
  // A margin: "won by 3,139 votes", "lost by two seats", "leads by 12 points", « avec 3 139 voix
  // d'avance », « d'écart »: the difference between two counts, not a count of votes or
  // seats. It is of the class of "majority" and "margin" (lexicon class `margin`), whatever is
  // counted. Not "rose by 5%": a change is read as one (mover).
  if (static const std::set<std::string> kWinning = {"won", "win", "wins", "lost", "lose", "loses",
                                                     "beat", "beats", "defeated", "leads", "led",
                                                     "ahead"};
      first >= 2 && toks[first - 1].word == "by" && !toks[first].break_before &&
      !toks[first].comma_before && !toks[first - 1].break_before && !toks[first - 1].comma_before &&
      kWinning.count(toks[first - 2].word)) {
    f.head = "@margin";
  } else {
    std::size_t n = last + 1;
    if (n < toks.size() && !toks[n].comma_before && !toks[n].break_before &&
        concept_of_word(toks[n].word) == f.head && !f.head.empty())
      ++n;
    if (n + 1 < toks.size() && toks[n].word == "d" && !toks[n].comma_before &&
        !toks[n + 1].comma_before && (toks[n + 1].word == "avance" || toks[n + 1].word == "ecart"))
      f.head = "@margin";
  }
  // "81% of members who voted", « 81 % des adhérents qui ont voté »: a share of the people who
  // did something is counted by that doing, as "81% of those who voted" is (its "those"
  // generic, above): the verb's concept is the head. Only a share: a count of what did it
  // ("les 11 babouins qui se sont échappés", "the 11 baboons who escaped") counts the same as
  // a source's "11 babouins se sont échappés".
  if (!f.head.empty() && m.kind == claims::Kind::kPercent) {
    for (std::size_t j = last + 1; j + 2 < toks.size() && j <= last + 4; ++j) {
      if (toks[j].break_before || toks[j].comma_before) break;
      if (cons[j] != f.head) continue;
      if ((toks[j + 1].word != "who" && toks[j + 1].word != "qui") || toks[j + 1].comma_before)
        break;
      // Past the auxiliaries: « qui ont voté », "who have voted", « qui seront supprimés »;
      // and a reflexive pronoun (« qui se sont échappés », « qui s'est »), no doing of its own.
      static const std::set<std::string> kAux = {
          "ont",  "avaient", "sont", "seront", "etaient", "ete", "est",  "se", "s",
          "have", "had",     "are",  "were",   "will",    "be",  "been", "is", "was"};
      std::size_t v = j + 2;
      while (v + 1 < toks.size() && v < j + 5 && kAux.count(toks[v].word)) ++v;
      if (v < toks.size() && !toks[v].comma_before && !toks[v].break_before && !cons[v].empty() &&
          cons[v][0] != '#' && !is_generic(toks[v].word) && !toks[v].capitalized &&
          !is_event(cons[v]))
        f.head = cons[v];
      break;
    }
  }
  if (!f.head.empty()) {
    f.defining = f.head;
  } else if (!f.event.empty()) {
    f.defining = f.event;
  } else {
    for (const auto& n : near) {
      if (!n.generic && (n.cpt[0] == '@' || n.cpt.size() > 2)) {
        f.defining = n.cpt;
        break;
      }
    }
  }
  if (f.defining.empty() && follow) {
    if (const Mention* compared = compared_with(toks, m, first, other_at)) {
      const Frame g = frame(toks, cons, *compared, others, max_end, false);
      f.head = g.head;
      f.event = g.event;
      f.defining = g.defining;
      for (const auto& [c, d] : g.distance) f.distance.emplace(c, d);
    }
  }
  return f;
}

void Analyzer::plain_sentence_starts(std::vector<text::Token>& toks) const {
  std::unordered_set<std::string> lower;  // filled on first need: most texts never need it
  bool lower_read = false;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    auto& t = toks[k];
    if (!(k == 0 || t.break_before) || !t.capitalized || t.ellipsis) continue;
    if (k + 1 < toks.size() && toks[k + 1].capitalized && !toks[k + 1].break_before) continue;
    bool known = is_stop(t.word) || is_generic(t.word);
    if (!known) {
      const std::string cpt = concept_of_word(t.word);
      known = !cpt.empty() && cpt[0] == '@';
    }
    if (!known) {
      // A hedge that opens the sentence ("Nearly", « Près de »): its words are the tokens here.
      for (const auto& h : cfg_.lexicon.hedges) {
        for (const auto& phrase : h.words) {
          std::size_t at = k, from = 0;
          bool all = true;
          while (all && from <= phrase.size()) {
            std::size_t sp = std::min(phrase.find(' ', from), phrase.size());
            all = at < toks.size() && toks[at].word == phrase.substr(from, sp - from);
            ++at;
            from = sp + 1;
          }
          known = known || all;
        }
      }
    }
    if (!known) {
      if (!lower_read) {
        for (const auto& u : toks) {
          if (!u.capitalized) lower.insert(u.word);
        }
        lower_read = true;
      }
      known = lower.count(t.word) > 0;
    }
    if (known) t.capitalized = false;
  }
}

bool Analyzer::is_entity(const text::Token& t) const {
  if (!t.capitalized || t.word.size() < 2 || t.ellipsis) return false;
  if (t.word[0] >= '0' && t.word[0] <= '9') return false;
  const auto& lex = cfg_.lexicon;
  return !(is_stop(t.word) || is_month_or_day(t.word) || lex.role_titles.count(t.word) ||
           lex.role_modifiers.count(t.word) || is_generic(t.word) || lex.pronouns.count(t.word));
}

std::set<std::string> Analyzer::entities(const std::vector<text::Token>& toks) const {
  std::set<std::string> out;
  for (const auto& t : toks) {
    if (is_entity(t)) out.insert(t.word);
  }
  return out;
}

namespace {

// Countries' English and French names of one word each, folded, both ways ("belgium" ~
// "belgique", "germany" ~ "allemagne", "spain" ~ "espagne"): ICU's display names of every
// ISO region, so no list of ours has to be kept.
const std::unordered_map<std::string, std::string>& country_counterparts() {
  static const auto pairs = [] {
    std::unordered_map<std::string, std::string> m;
    const icu::Locale en("en"), fr("fr");
    auto one_word = [](const std::string& w) {
      return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
      });
    };
    for (const char* const* code = uloc_getISOCountries(); code && *code; ++code) {
      const icu::Locale region("", *code);
      icu::UnicodeString in_en, in_fr;
      region.getDisplayCountry(en, in_en);
      region.getDisplayCountry(fr, in_fr);
      std::string a, b;
      in_en.toUTF8String(a);
      in_fr.toUTF8String(b);
      a = text::fold(a);
      b = text::fold(b);
      if (a == b || !one_word(a) || !one_word(b)) continue;
      m.emplace(a, b);
      m.emplace(b, a);
    }
    return m;
  }();
  return pairs;
}

// A place's English and French endings, folded: "Caledonia" ~ "Calédonie", "Tunisia" ~
// "Tunisie", "Canadian" ~ "canadien" (sources of one story come in both languages). Names of
// six letters or more.
constexpr std::pair<std::string_view, std::string_view> kPlaceEndings[] = {
    {"ia", "ie"}, {"ian", "ien"}, {"ians", "iens"}};
constexpr std::size_t kPlaceEndingMinLength = 6;

}  // namespace

std::vector<std::string> name_counterparts(const std::string& name) {
  std::vector<std::string> out;
  if (auto it = country_counterparts().find(name); it != country_counterparts().end())
    out.push_back(it->second);
  if (name.size() < kPlaceEndingMinLength) return out;
  const std::string_view n(name);
  for (auto [en, fr] : kPlaceEndings) {
    for (auto [from, to] : {std::pair{en, fr}, std::pair{fr, en}}) {
      if (n.ends_with(from))
        out.push_back(std::string(n.substr(0, n.size() - from.size())) + std::string(to));
    }
  }
  return out;
}

std::vector<std::string> name_shorter_forms(const std::string& name) {
  std::vector<std::string> out;
  // same_name's extension: the shorter word of four letters or more, at most three fewer.
  for (std::size_t n = name.size() > 7 ? name.size() - 3 : 4; n < name.size(); ++n)
    out.push_back(name.substr(0, n));
  for (auto& c : name_counterparts(name)) out.push_back(std::move(c));
  return out;
}

bool opens_as_amendment(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 40) return false;
  const std::string head = text::fold(text.substr(0, colon));
  std::string words;  // the head's words, one space apart
  for (const auto& t : text::tokenize(head)) words += (words.empty() ? "" : " ") + t.word;
  static const std::set<std::string> kMarks = {"update",        "updated",     "correction",
                                               "clarification", "mise a jour", "rectificatif",
                                               "correctif",     "precision"};
  return kMarks.count(words) > 0;
}

bool same_name(const std::string& a, const std::string& b) {
  if (a == b) return true;
  // A country's names in English and French ("Belgium" and « Belgique »).
  if (auto it = country_counterparts().find(a);
      it != country_counterparts().end() && it->second == b)
    return true;
  const auto& s = a.size() < b.size() ? a : b;
  const auto& l = a.size() < b.size() ? b : a;
  // "India" ~ "Indian", "Algeria" ~ "Algerian"; not "Interior" ~ "International".
  if (s.size() >= 4 && l.size() - s.size() <= 3 && l.compare(0, s.size(), s) == 0) return true;
  // A place's English and French names (kPlaceEndings).
  if (a.size() != b.size() || a.size() < kPlaceEndingMinLength) return false;
  for (auto [en, fr] : kPlaceEndings) {
    std::size_t stem = a.size() - en.size();
    auto ends = [&](const std::string& x, std::string_view e) {
      return std::string_view(x).substr(stem) == e;
    };
    if (((ends(a, en) && ends(b, fr)) || (ends(a, fr) && ends(b, en))) &&
        a.compare(0, stem, b, 0, stem) == 0)
      return true;
  }
  return false;
}

}  // namespace verify::rules

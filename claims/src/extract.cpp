// Claim extraction: dates, counts, percentages, money, quotes with speakers, roles, citations.
#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>
#include <unordered_map>

#include "claims_internal.h"
#include "verify/claims.h"

namespace verify::claims {

namespace {

using internal::DateMatch;
using internal::Token;
using internal::TokType;
using internal::Ymd;

std::string render_number(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, r.ptr);
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

std::string strip_possessive(std::string_view w) {
  if (ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s")) {
    w.remove_suffix(w[w.size() - 2] == '\'' ? 2 : 4);
  }
  return std::string(w);
}

bool is_possessive(const Token& t) {
  return t.type == TokType::kWord && (ends_with(t.lower, "'s") && t.lower.size() > 2);
}

// A quotation found in the text: one part per paragraph it spans.
struct Quote {
  std::size_t open = 0;       // offset of the opening mark
  std::size_t close_end = 0;  // offset just past the closing mark (or the paragraph end)
  std::vector<Span> parts;    // the quoted words of each paragraph, without the marks
  bool closed = true;
};

// Registered names: multi-word capitalised sequences, used to expand surnames.
struct Name {
  std::string full;
  std::string last;  // folded last word
  std::size_t pos = 0;
};

struct Mention {
  std::string name;
  std::string role;  // lower-case title words, for "the minister"
  std::size_t pos = 0;
};

class Extractor {
 public:
  Extractor(const Article& article, const Options& options)
      : article_(article), text_(article.text) {
    std::string ref = options.reference_date.empty() ? article.published : options.reference_date;
    if (auto d = internal::parse_iso_day(ref)) ref_ = *d;
    skip_furniture_ = options.skip_furniture;
  }

  std::vector<Claim> run() {
    toks_ = internal::tokenize(text_);
    sentences_ = split_sentences(text_);
    map_tokens();
    mark_skipped();
    scan_quotes();
    mark_quoted_tokens();
    register_names();
    consumed_.assign(toks_.size(), false);
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      if (skipped_[s]) continue;
      extract_dates(s);
      extract_roles(s);
      extract_numbers(s);
    }
    extract_quotes();
    extract_citations();
    finish();
    return std::move(claims_);
  }

 private:
  // ------------------------------------------------------------------------------------------
  // Setup

  void map_tokens() {
    sent_begin_.assign(sentences_.size(), 0);
    sent_end_.assign(sentences_.size(), 0);
    tok_sentence_.assign(toks_.size(), SIZE_MAX);
    std::size_t k = 0;
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      while (k < toks_.size() && toks_[k].start < sentences_[s].start) ++k;
      sent_begin_[s] = k;
      while (k < toks_.size() && toks_[k].end <= sentences_[s].end) tok_sentence_[k++] = s;
      sent_end_[s] = k;
    }
  }

  void mark_skipped() {
    skipped_.assign(sentences_.size(), false);
    if (!skip_furniture_) return;
    // Furniture by start, each with the furthest end reached so far: whether a range meets
    // any furniture is then one binary search (a pass over all furniture per sentence was
    // quadratic on a page of one-word lines).
    for (const auto& f : article_.furniture) furniture_.push_back({f.start, f.end});
    std::sort(furniture_.begin(), furniture_.end());
    for (std::size_t k = 1; k < furniture_.size(); ++k) {
      furniture_[k].second = std::max(furniture_[k].second, furniture_[k - 1].second);
    }
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      skipped_[s] = meets_furniture(sentences_[s].start, sentences_[s].end);
    }
  }

  // Whether some furniture span [f.start, f.end) has f.start < end and f.end > start.
  bool meets_furniture(std::size_t start, std::size_t end) const {
    auto it =
        std::lower_bound(furniture_.begin(), furniture_.end(), std::make_pair(end, std::size_t{0}));
    return it != furniture_.begin() && std::prev(it)->second > start;
  }

  bool in_furniture(std::size_t pos) const {
    if (!skip_furniture_) return false;
    return meets_furniture(pos, pos + 1);
  }

  std::size_t sentence_of(std::size_t pos) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), pos,
                               [](std::size_t p, const Span& s) { return p < s.start; });
    if (it == sentences_.begin()) return SIZE_MAX;
    std::size_t s = static_cast<std::size_t>(it - sentences_.begin()) - 1;
    return pos < sentences_[s].end ? s : SIZE_MAX;
  }

  // ------------------------------------------------------------------------------------------
  // Token predicates

  bool word(std::size_t k, std::size_t end) const {
    return k < end && toks_[k].type == TokType::kWord;
  }
  bool punct(std::size_t k, std::size_t end, std::string_view s) const {
    return k < end && toks_[k].type == TokType::kPunct && toks_[k].text == s;
  }
  bool cap(std::size_t k, std::size_t end) const { return word(k, end) && toks_[k].upper; }
  bool dash(std::size_t k, std::size_t end) const {
    return punct(k, end, "-") || punct(k, end, "\xE2\x80\x93");
  }

  // A capitalised word that can be part of a name.
  bool name_word(std::size_t k, std::size_t end) const {
    if (!cap(k, end)) return false;
    std::string base = strip_possessive(toks_[k].lower);
    if (internal::is_stopword(base) || internal::month_number(base) > 0 ||
        internal::weekday_number(base) >= 0) {
      return false;
    }
    return true;
  }
  bool titleish(std::size_t k, std::size_t end) const {
    return word(k, end) && (internal::match_title(toks_, k, end) > 0 ||
                            internal::is_title_modifier(toks_[k].lower));
  }

  std::string slice(std::size_t a, std::size_t b) const {  // tokens [a, b] inclusive
    return std::string(text_.substr(toks_[a].start, toks_[b].end - toks_[a].start));
  }

  // ------------------------------------------------------------------------------------------
  // Names

  void register_names() {
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      if (skipped_[s]) continue;
      std::size_t end = sent_end_[s];
      std::size_t k = sent_begin_[s];
      while (k < end) {
        if (!cap(k, end)) {
          ++k;
          continue;
        }
        std::size_t b = k;
        std::size_t e = k;
        while (e + 1 < end && cap(e + 1, end) && !is_possessive(toks_[e]) &&
               toks_[e + 1].space_before && !toks_[e + 1].newline_before) {
          ++e;
        }
        while (b < e && internal::is_stopword(strip_possessive(toks_[b].lower))) ++b;
        // Drop leading title words, modifiers, demonyms and possessive owners.
        std::size_t p = b;
        for (std::size_t q = b; q <= e; ++q) {
          if (titleish(q, end) || is_possessive(toks_[q]) ||
              !internal::country_for_demonym(toks_[q].lower).empty()) {
            if (!is_possessive(toks_[q]) || q < e) p = q + 1;
          }
        }
        bool after_title = (p > b && p <= e && titleish(p - 1, end)) ||
                           (p == b && b > sent_begin_[s] && titleish(b - 1, end));
        std::vector<std::size_t> words;
        for (std::size_t q = p; q <= e; ++q) {
          if (!name_word(q, end) || internal::is_org_word(strip_possessive(toks_[q].lower))) {
            words.clear();
            break;
          }
          words.push_back(q);
        }
        if (words.size() >= 2 && words.size() <= 4) {
          Name n;
          n.full = strip_possessive(slice(words.front(), words.back()));
          n.last = fold(strip_possessive(toks_[words.back()].lower));
          n.pos = toks_[words.front()].start;
          names_.push_back(n);
          bool says =
              e + 1 < end && word(e + 1, end) && internal::is_speech_verb(toks_[e + 1].lower);
          if (after_title || says) mentions_.push_back({n.full, "", n.pos});
        }
        k = e + 1;
      }
    }
  }

  // Expands a surname to the full name introduced in the article ("Nunez" -> "Laurent Nunez").
  std::string expand_name(const std::string& name, std::size_t pos) const {
    if (name.find(' ') != std::string::npos) return name;
    std::string f = fold(name);
    const Name* best = nullptr;
    for (const auto& n : names_) {
      if (n.last != f) continue;
      if (n.pos < pos) {
        best = &n;
      } else if (best == nullptr) {
        best = &n;
      }
    }
    return best ? best->full : name;
  }

  std::string last_person_before(std::size_t pos, std::string_view title = {}) const {
    const Mention* best = nullptr;
    const Mention* titled = nullptr;
    for (const auto& m : mentions_) {
      if (m.pos >= pos) continue;
      if (!best || m.pos >= best->pos) best = &m;
      if (!title.empty() && m.role.find(title) != std::string::npos &&
          (!titled || m.pos >= titled->pos)) {
        titled = &m;
      }
    }
    if (titled) return titled->name;
    return best ? best->name : "";
  }

  // ------------------------------------------------------------------------------------------
  // Dates

  void extract_dates(std::size_t s) {
    auto matches = internal::find_dates(toks_, sent_begin_[s], sent_end_[s], ref_);
    for (auto& m : matches) {
      Claim c = base_claim(Kind::kDate, toks_[m.first_tok].start, toks_[m.last_tok].end, s);
      c.value = m.value;
      c.date_end = m.date_end;
      c.flags = m.flags;
      c.confidence = m.confidence;
      std::string_view sentence =
          text_.substr(sentences_[s].start, sentences_[s].end - sentences_[s].start);
      if (internal::dateline_prefix(sentence) >= sentence.size()) {
        c.flags.push_back("dateline");
      }
      for (std::size_t k = m.first_tok; k <= m.last_tok; ++k) consumed_[k] = true;
      claims_.push_back(std::move(c));
    }
  }

  Claim base_claim(Kind kind, std::size_t start, std::size_t end, std::size_t s) const {
    Claim c;
    c.kind = kind;
    c.start = start;
    c.end = end;
    c.text = std::string(text_.substr(start, end - start));
    c.sentence_start = sentences_[s].start;
    c.sentence_end = sentences_[s].end;
    return c;
  }

  // ------------------------------------------------------------------------------------------
  // Numbers: counts, percentages, money

  struct Number {
    std::size_t first = 0;
    std::size_t last = 0;  // inclusive
    double value = 0;
    bool from_word = false;
  };

  static double scaled(std::string_view digits, int exponent) {
    std::string s;
    for (char c : digits) {
      if (c != ',') s += c;
    }
    s += "e" + std::to_string(exponent);
    return std::strtod(s.c_str(), nullptr);
  }

  static int exponent_of(double scale) {
    int e = 0;
    while (scale >= 10) {
      scale /= 10;
      ++e;
    }
    return e;
  }

  std::optional<Number> number_at(std::size_t k, std::size_t end) const {
    const Token& t = toks_[k];
    Number n;
    n.first = n.last = k;
    if (t.type == TokType::kNumber) {
      int exponent = 0;
      if (word(k + 1, end)) {
        auto sc = internal::scale_word(toks_[k + 1].lower);
        const auto& w = toks_[k + 1].lower;
        bool short_form = w.size() <= 3 && w != "k";
        // "5m", "5bn" only glued to the digits; "5 million" with a space.
        if (sc && (toks_[k + 1].space_before ? !short_form || w == "bn" || w == "mn" : true) &&
            w != "hundred") {
          exponent = exponent_of(*sc);
          n.last = k + 1;
        }
      }
      n.value = scaled(t.text, exponent);
      return n;
    }
    if (t.type != TokType::kWord) return std::nullopt;
    std::string_view w = t.lower;
    if ((w == "a" || w == "an") && word(k + 1, end)) {
      const auto& nx = toks_[k + 1].lower;
      if (nx == "dozen") {
        n.last = k + 1;
        n.value = 12;
        n.from_word = true;
        return n;
      }
      return std::nullopt;
    }
    auto small = internal::small_number_word(w);
    if (!small) return std::nullopt;
    double v = *small;
    std::size_t last = k;
    // "twenty-five"
    if (v >= 20 && dash(k + 1, end) && word(k + 2, end) && !toks_[k + 1].space_before &&
        !toks_[k + 2].space_before) {
      auto unit = internal::small_number_word(toks_[k + 2].lower);
      if (unit && *unit < 10) {
        v += *unit;
        last = k + 2;
      }
    }
    bool scaled_up = false;
    while (word(last + 1, end)) {
      const auto& nx = toks_[last + 1].lower;
      if (nx == "dozen") {
        v *= 12;
      } else if (auto sc = internal::scale_word(nx); sc && nx.size() > 3) {
        v *= *sc;
      } else {
        break;
      }
      scaled_up = true;
      ++last;
    }
    if ((w == "one" || w == "zero") && !scaled_up) return std::nullopt;
    n.last = last;
    n.value = v;
    n.from_word = true;
    return n;
  }

  bool is_year_token(std::size_t k, std::size_t end) const {
    const Token& t = toks_[k];
    if (t.type != TokType::kNumber || t.text.size() != 4) return false;
    int v = std::atoi(std::string(t.text).c_str());
    if (v < 1800 || v > 2100) return false;
    // "2000 people" is a count; "its 2021 score" is a year.
    if (word(k + 1, end)) {
      const auto& nx = toks_[k + 1].lower;
      if (internal::is_irregular_plural(nx)) return false;
      if (!toks_[k + 1].upper && nx.size() > 3 && nx.back() == 's' && !ends_with(nx, "ss") &&
          !internal::is_stopword(nx)) {
        return false;
      }
      if (nx == "of" && word(k + 2, end) && toks_[k + 2].lower == "the") return false;
    }
    return true;
  }

  // Counted noun after the number: up to three content words ("French officials").
  std::pair<std::size_t, std::size_t> noun_after(std::size_t k, std::size_t end) const {
    std::size_t b = k;
    std::size_t e = k;
    std::size_t count = 0;
    std::size_t q = k;
    while (q < end && count < 3) {
      if (!word(q, end)) break;
      const auto& w = toks_[q].lower;
      if (internal::is_stopword(w) || internal::is_speech_verb(w) || ends_with(w, "ly") ||
          internal::month_number(w) > 0 || internal::weekday_number(w) >= 0) {
        break;
      }
      if (count > 0 && (ends_with(w, "ed") || ends_with(w, "ing"))) break;
      if (count > 0 && toks_[q].upper && !toks_[q - 1].upper) break;
      std::size_t last = q;
      // Hyphenated compounds are one word: "office-based", "high-rise".
      while (dash(last + 1, end) && word(last + 2, end) && !toks_[last + 1].space_before &&
             !toks_[last + 2].space_before) {
        last += 2;
      }
      e = last;
      ++count;
      q = last + 1;
      if (is_possessive(toks_[last])) break;
      // A plural noun ends the phrase: "boats sank", "officials left".
      const auto& lw = toks_[last].lower;
      if (internal::is_irregular_plural(lw) ||
          (lw.size() > 3 && lw.back() == 's' && !ends_with(lw, "ss") && !ends_with(lw, "us") &&
           !ends_with(lw, "is"))) {
        break;
      }
    }
    if (count == 0) return {SIZE_MAX, SIZE_MAX};
    return {b, e};
  }

  void set_noun(Claim& c, std::size_t a, std::size_t b) const {
    if (a == SIZE_MAX) return;
    c.noun = slice(a, b);
    std::string last(toks_[b].lower);
    if (auto p = last.rfind('-'); p != std::string::npos) last = last.substr(p + 1);
    c.head = internal::singular(strip_possessive(last));
  }

  // NP after "of": "of the vote", "of its workforce", "of the layoffs".
  std::pair<std::size_t, std::size_t> of_phrase(std::size_t k, std::size_t end) const {
    if (!word(k, end) || toks_[k].lower != "of") return {SIZE_MAX, SIZE_MAX};
    std::size_t q = k + 1;
    if (word(q, end) && internal::is_determiner(toks_[q].lower)) ++q;
    return noun_after(q, end);
  }

  std::string currency_before(std::size_t k, std::size_t begin, std::size_t end,
                              std::size_t* first) const {
    if (k == begin) return "";
    std::size_t p = k - 1;
    const Token& t = toks_[p];
    if (t.type == TokType::kPunct) {
      std::string code;
      if (t.text == "$") code = "USD";
      if (t.text == "\xE2\x82\xAC") code = "EUR";
      if (t.text == "\xC2\xA3") code = "GBP";
      if (t.text == "\xC2\xA5") code = "JPY";
      if (t.text == "\xE2\x82\xB9") code = "INR";
      if (code.empty()) return "";
      *first = p;
      if (t.text == "$" && p > begin && word(p - 1, end) && !t.space_before) {
        const auto& pre = toks_[p - 1].lower;
        std::string c2;
        if (pre == "us") c2 = "USD";
        if (pre == "c" || pre == "ca") c2 = "CAD";
        if (pre == "a" || pre == "au") c2 = "AUD";
        if (pre == "hk") c2 = "HKD";
        if (pre == "nz") c2 = "NZD";
        if (pre == "s") c2 = "SGD";
        if (!c2.empty()) {
          *first = p - 1;
          code = c2;
        }
      }
      return code;
    }
    if (t.type == TokType::kWord && t.text.size() <= 3) {
      std::string code = internal::currency_code_for_word(t.lower);
      if (!code.empty() && (t.upper || t.lower == "rs")) {
        *first = p;
        return code;
      }
    }
    return "";
  }

  void extract_numbers(std::size_t s) {
    const std::size_t begin = sent_begin_[s];
    const std::size_t end = sent_end_[s];
    std::size_t first_claim = claims_.size();
    for (std::size_t k = begin; k < end; ++k) {
      if (consumed_[k]) continue;
      const Token& t = toks_[k];
      if (t.type != TokType::kNumber && t.type != TokType::kWord) continue;
      if (t.type == TokType::kWord && k > begin && !t.space_before &&
          toks_[k - 1].type == TokType::kNumber) {
        continue;
      }
      auto num = number_at(k, end);
      if (!num) continue;
      std::size_t last = num->last;
      bool skip = false;
      std::vector<std::string> flags;
      std::string noun_override;
      if (t.type == TokType::kNumber) {
        const Token* prev = k > begin ? &toks_[k - 1] : nullptr;
        // Model names and codes: "COVID-19", "F-16"; "No. 1", "#1"; phone numbers.
        if (prev && !t.space_before &&
            (prev->type == TokType::kWord ||
             ((prev->text == "-" || prev->text == "/") && k >= begin + 2 &&
              toks_[k - 2].type != TokType::kPunct && !prev->space_before))) {
          skip = true;
        }
        if (prev && (prev->text == "#" || prev->text == "+" || prev->text == "(")) skip = true;
        if (prev && prev->text == "." && k >= begin + 2 && toks_[k - 2].lower == "no") skip = true;
        if (punct(k + 1, end, ":") && k + 2 < end && toks_[k + 2].type == TokType::kNumber) {
          skip = true;  // time "11:59"
        }
        if (prev && prev->text == ":" && k >= begin + 2 && toks_[k - 2].type == TokType::kNumber) {
          skip = true;
        }
        if (dash(k + 1, end) && k + 2 < end && toks_[k + 2].type == TokType::kNumber &&
            t.text.size() >= 3 && toks_[k + 2].text.size() >= 3 && !toks_[k + 1].space_before) {
          skip = true;  // phone-like "555-1234"
          ++k;
        }
        if (word(k + 1, end) && !toks_[k + 1].space_before) {
          const auto& sfx = toks_[k + 1].lower;
          if (sfx == "st" || sfx == "nd" || sfx == "rd" || sfx == "th") skip = true;  // ordinal
        }
        if (word(k + 1, end) &&
            (toks_[k + 1].lower == "am" || toks_[k + 1].lower == "pm" ||
             ((toks_[k + 1].lower == "a" || toks_[k + 1].lower == "p") && punct(k + 2, end, ".") &&
              word(k + 3, end) && toks_[k + 3].lower == "m"))) {
          skip = true;  // time "5 p.m."
        }
        if (last == k && is_year_token(k, end)) skip = true;
      }
      if (skip) continue;
      // Ages: "aged 45", "45-year-old", "45 years old".
      if (k > begin && word(k - 1, end) &&
          (toks_[k - 1].lower == "aged" || toks_[k - 1].lower == "age" ||
           toks_[k - 1].lower == "ages")) {
        continue;
      }
      if (dash(last + 1, end) && word(last + 2, end) &&
          (toks_[last + 2].lower == "year" || toks_[last + 2].lower == "month") &&
          dash(last + 3, end) && word(last + 4, end) &&
          (toks_[last + 4].lower == "old" || toks_[last + 4].lower == "olds")) {
        k = last + 4;
        continue;
      }
      if (word(last + 1, end) &&
          (toks_[last + 1].lower == "years" || toks_[last + 1].lower == "year") &&
          word(last + 2, end) && toks_[last + 2].lower == "old") {
        continue;
      }
      // "Merz, 69, is ...": an appositive age is reported as a count of the person's age.
      bool appositive_age = t.type == TokType::kNumber && last == k && k >= begin + 2 &&
                            punct(k - 1, end, ",") && name_word(k - 2, end) &&
                            punct(k + 1, end, ",") && num->value > 0 && num->value < 120 &&
                            t.text.find('.') == std::string_view::npos;
      if (appositive_age) {
        flags.push_back("age");
        noun_override = "age";
      }

      Kind kind = Kind::kCount;
      std::string unit;
      std::size_t span_first = k;
      std::size_t span_last = last;
      // Percent.
      if (punct(last + 1, end, "%")) {
        kind = Kind::kPercent;
        span_last = last + 1;
      } else if (word(last + 1, end) &&
                 (toks_[last + 1].lower == "percent" || toks_[last + 1].lower == "pct")) {
        kind = Kind::kPercent;
        span_last = last + 1;
      } else if (word(last + 1, end) && toks_[last + 1].lower == "per" && word(last + 2, end) &&
                 toks_[last + 2].lower == "cent") {
        kind = Kind::kPercent;
        span_last = last + 2;
      } else if (word(last + 1, end) && toks_[last + 1].lower == "percentage" &&
                 word(last + 2, end) && ends_with(toks_[last + 2].lower, "point")) {
        kind = Kind::kPercent;
        span_last = last + 2;
        flags.push_back("percentage_points");
      } else if (word(last + 1, end) && toks_[last + 1].lower == "percentage" &&
                 word(last + 2, end) && toks_[last + 2].lower == "points") {
        kind = Kind::kPercent;
        span_last = last + 2;
        flags.push_back("percentage_points");
      }
      if (kind == Kind::kPercent) unit = "%";
      // Money.
      if (kind == Kind::kCount && t.type == TokType::kNumber) {
        std::size_t cur_first = k;
        std::string code = currency_before(k, begin, end, &cur_first);
        if (!code.empty()) {
          kind = Kind::kMoney;
          unit = code;
          span_first = cur_first;
        } else if (word(last + 1, end)) {
          std::string c2 = internal::currency_code_for_word(toks_[last + 1].lower);
          if (!c2.empty() && toks_[last + 1].lower != "rs" && toks_[last + 1].lower != "won") {
            kind = Kind::kMoney;
            unit = c2;
            span_last = last + 1;
          }
        }
      }
      Claim c = base_claim(kind, 0, 0, s);
      // Hedge.
      std::string hedge;
      std::size_t hn = internal::match_hedge_before(toks_, begin, span_first, &hedge);
      if (hn > 0) {
        c.hedge = hedge;
        span_first -= hn;
      }
      // "two-day", "630-seat", "6.4-magnitude": the counted noun is glued by a hyphen.
      std::pair<std::size_t, std::size_t> noun{SIZE_MAX, SIZE_MAX};
      if (kind == Kind::kCount && dash(last + 1, end) && word(last + 2, end) &&
          !toks_[last + 1].space_before && !toks_[last + 2].space_before) {
        noun = {last + 2, last + 2};
        span_last = last + 2;
      } else if (kind == Kind::kCount && k > begin && word(k - 1, end) &&
                 toks_[k - 1].lower == "magnitude") {
        noun = {k - 1, k - 1};
      } else if (kind == Kind::kCount) {
        noun = noun_after(span_last + 1, end);
        if (noun.first == SIZE_MAX) noun = of_phrase(span_last + 1, end);
      } else if (kind == Kind::kPercent) {
        noun = of_phrase(span_last + 1, end);
      } else {
        // Money: "revenue of $70.1 billion".
        if (span_first >= begin + 2 && word(span_first - 1, end) &&
            toks_[span_first - 1].lower == "of" && word(span_first - 2, end) &&
            !internal::is_stopword(toks_[span_first - 2].lower)) {
          noun = {span_first - 2, span_first - 2};
        }
      }
      c.start = toks_[span_first].start;
      c.end = toks_[span_last].end;
      c.text = std::string(text_.substr(c.start, c.end - c.start));
      c.number = num->value;
      c.value = render_number(num->value);
      c.unit = unit;
      if (!noun_override.empty()) {
        c.noun = c.head = noun_override;
      } else {
        set_noun(c, noun.first, noun.second);
      }
      c.flags = flags;
      c.confidence = num->from_word ? 0.9 : 1.0;
      if (appositive_age) c.confidence = 0.7;
      claims_.push_back(std::move(c));
      k = span_last;
    }
    // Elliptical lists: "208 seats, the AfD 152 and the SPD 120". The nearest earlier count
    // with a usable noun lends it; it is tracked as the list goes, not searched for per count.
    auto lends_noun = [](const Claim& p) {
      return p.kind == Kind::kCount && !p.noun.empty() && !ends_with(p.noun, "ed") &&
             p.head != "age";
    };
    std::size_t lender = SIZE_MAX;
    for (std::size_t i = first_claim; i < claims_.size(); ++i) {
      Claim& c = claims_[i];
      if (c.kind == Kind::kCount && c.noun.empty() && lender != SIZE_MAX) {
        c.noun = claims_[lender].noun;
        c.head = claims_[lender].head;
        c.flags.push_back("elliptical");
      }
      if (lends_noun(c)) lender = i;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Roles

  struct RoleParts {
    std::string org;
    std::size_t title_first = SIZE_MAX;  // first modifier/title token of the phrase
  };

  // Splits a role phrase [a, b] into its owner (country/organisation) and title part.
  RoleParts split_role(std::size_t a, std::size_t b, std::size_t end) const {
    RoleParts r;
    std::vector<std::string> org;
    for (std::size_t q = a; q <= b; ++q) {
      if (!word(q, end)) continue;
      if (titleish(q, end)) {
        r.title_first = q;
        break;
      }
      const auto& w = toks_[q].lower;
      std::string country = internal::country_for_demonym(w);
      if (!country.empty()) {
        org.push_back(country);
      } else if (toks_[q].upper) {
        org.push_back(strip_possessive(std::string(toks_[q].text)));
      } else {
        r.title_first = q;  // a lower-case noun such as "junta" belongs to the title
        break;
      }
    }
    for (const auto& o : org) r.org += (r.org.empty() ? "" : " ") + o;
    return r;
  }

  void add_role(std::size_t s, std::size_t first, std::size_t last, const std::string& person,
                const std::string& phrase, const std::string& role, const std::string& org) {
    Claim c = base_claim(Kind::kRole, toks_[first].start, toks_[last].end, s);
    c.value = person + " | " + phrase;
    c.speaker = person;
    c.role = role;
    c.organization = org;
    claims_.push_back(std::move(c));
    std::string lower_role;
    for (char ch : role)
      lower_role += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    mentions_.push_back({person, lower_role, toks_[first].start});
  }

  void extract_roles(std::size_t s) {
    const std::size_t begin = sent_begin_[s];
    const std::size_t end = sent_end_[s];
    for (std::size_t k = begin; k < end; ++k) {
      if (quoted_[k]) continue;
      if (std::size_t n = internal::match_title(toks_, k, end); n > 0) {
        std::size_t next = title_before_name(s, k, n);
        if (next > k) {
          k = next;
          continue;
        }
      }
      if (punct(k, end, ",")) appositive_role(s, k);
    }
  }

  // "French Interior Minister Laurent Nunez"; returns the last token used, or k.
  std::size_t title_before_name(std::size_t s, std::size_t k, std::size_t n) {
    const std::size_t begin = sent_begin_[s];
    const std::size_t end = sent_end_[s];
    // Plural titles ("Presidents X and Y") name several people; leave them.
    if (ends_with(toks_[k + n - 1].lower, "s") && toks_[k + n - 1].lower != "boss" &&
        !ends_with(toks_[k + n - 1].lower, "ss")) {
      return k;
    }
    std::size_t title_end = k + n;  // exclusive
    // Further capitalised titles: "leader Senior General Min Aung Hlaing".
    std::size_t j = title_end;
    while (cap(j, end) && !toks_[j].newline_before) {
      if (std::size_t m = internal::match_title(toks_, j, end); m > 0) {
        j += m;
        title_end = j;
      } else if (internal::is_title_modifier(toks_[j].lower) &&
                 internal::match_title(toks_, j + 1, end) > 0) {
        ++j;
      } else {
        break;
      }
    }
    std::size_t nb = title_end;
    std::size_t ne = nb;
    std::size_t count = 0;
    while (ne < end && count < 4 && name_word(ne, end) && !titleish(ne, end) &&
           !toks_[ne].newline_before && (count == 0 || toks_[ne].space_before)) {
      if (internal::is_org_word(strip_possessive(toks_[ne].lower))) return k;
      ++count;
      if (is_possessive(toks_[ne])) {
        ++ne;
        break;
      }
      ++ne;
    }
    if (count == 0) return k;
    std::size_t name_last = ne - 1;
    // Role phrase leftwards: owner and modifiers ("Algeria's", "French", "Interior", "acting").
    std::size_t rb = k;
    bool lower_title = !toks_[k].upper;
    bool took_lower_noun = false;
    while (rb > begin) {
      std::size_t p = rb - 1;
      if (!word(p, end) || toks_[rb].newline_before) break;
      const Token& w = toks_[p];
      if (is_possessive(w)) {
        if (w.upper) rb = p;
        break;
      }
      if (w.upper) {
        std::string base = strip_possessive(w.lower);
        if (internal::is_stopword(base) || internal::month_number(base) > 0 ||
            internal::weekday_number(base) >= 0 || internal::is_speech_verb(base)) {
          break;
        }
        rb = p;
        continue;
      }
      if (internal::is_title_modifier(w.lower)) {
        rb = p;
        continue;
      }
      if (lower_title && !took_lower_noun && !internal::is_stopword(w.lower) &&
          !ends_with(w.lower, "ing") && !ends_with(w.lower, "ed") && !ends_with(w.lower, "ly") &&
          !internal::is_speech_verb(w.lower) && p + 1 == k) {
        rb = p;
        took_lower_noun = true;
        continue;
      }
      break;
    }
    std::size_t name_first = nb;
    std::string person = strip_possessive(slice(name_first, name_last));
    person = expand_name(person, toks_[name_first].start);
    std::string phrase = slice(rb, title_end - 1);
    RoleParts parts = split_role(rb, title_end - 1, end);
    std::string role =
        parts.title_first == SIZE_MAX ? phrase : slice(parts.title_first, title_end - 1);
    add_role(s, rb, name_last, person, phrase, role, parts.org);
    return name_last;
  }

  // "Tun Kyi, a member of the steering committee of the ... Network, said".
  void appositive_role(std::size_t s, std::size_t comma) {
    const std::size_t begin = sent_begin_[s];
    const std::size_t end = sent_end_[s];
    if (comma == begin) return;
    std::size_t ne = comma - 1;
    std::size_t nb = comma;
    while (nb > begin && nb + 4 > comma && name_word(nb - 1, end) && !is_possessive(toks_[nb - 1]))
      --nb;
    if (nb == comma) return;
    for (std::size_t q = nb; q <= ne; ++q) {
      if (titleish(q, end) || internal::is_org_word(toks_[q].lower) ||
          !internal::country_for_demonym(toks_[q].lower).empty()) {
        return;
      }
    }
    std::size_t pb = comma + 1;
    if (word(pb, end) &&
        (toks_[pb].lower == "a" || toks_[pb].lower == "an" || toks_[pb].lower == "the")) {
      ++pb;
    }
    std::size_t pe = pb;
    while (pe < end && pe < pb + 18 && !quoted_[pe] &&
           !(toks_[pe].type == TokType::kPunct &&
             (toks_[pe].text == "," || toks_[pe].text == "." || toks_[pe].text == ";" ||
              toks_[pe].text == ")" || toks_[pe].text == "\xE2\x80\x94"))) {
      ++pe;
    }
    if (pe == pb) return;
    // The title must come early and nothing verb-like before it.
    std::size_t title_at = SIZE_MAX;
    for (std::size_t q = pb; q < pe && q < pb + 5; ++q) {
      if (!word(q, end)) return;
      if (internal::match_title(toks_, q, pe) > 0) {
        title_at = q;
        break;
      }
      const auto& w = toks_[q].lower;
      if (internal::is_stopword(w) && !is_possessive(toks_[q])) return;
      if (internal::is_speech_verb(w) || ends_with(w, "ed") || ends_with(w, "ing")) return;
    }
    if (title_at == SIZE_MAX) return;
    std::size_t n = internal::match_title(toks_, title_at, pe);
    // "in Ottawa, RCMP Commissioner Mike Duheme said": a title before a name is not an
    // appositive, and an appositive has no verb of speech.
    if (name_word(title_at + n, pe)) return;
    for (std::size_t q = pb; q < pe; ++q) {
      if (word(q, pe) && internal::is_speech_verb(toks_[q].lower)) return;
    }
    const auto& tw = toks_[title_at + n - 1].lower;
    if (ends_with(tw, "s") && !ends_with(tw, "ss")) return;
    std::string person = expand_name(slice(nb, ne), toks_[nb].start);
    std::string phrase = slice(pb, pe - 1);
    std::string role = phrase;
    std::string org;
    RoleParts parts = split_role(pb, pe - 1, end);
    org = parts.org;
    if (parts.title_first != SIZE_MAX && parts.title_first > pb) {
      role = slice(parts.title_first, pe - 1);
    }
    // "member of the steering committee of the Spring Revolution Network": the trailing
    // organisation becomes "member of the steering committee, Spring Revolution Network".
    for (std::size_t q = pe - 1; q > title_at; --q) {
      if (!word(q, end) || toks_[q].lower != "of") continue;
      std::size_t ob = q + 1;
      if (word(ob, end) && toks_[ob].lower == "the") ++ob;
      bool all_caps = ob < pe;
      for (std::size_t r = ob; r < pe; ++r) all_caps = all_caps && cap(r, end);
      if (all_caps && q > pb) {
        org = slice(ob, pe - 1);
        role =
            slice(parts.title_first != SIZE_MAX && parts.title_first > pb ? parts.title_first : pb,
                  q - 1);
        phrase = slice(pb, q - 1) + ", " + org;
      }
      break;
    }
    add_role(s, nb, pe - 1, person, phrase, role, org);
  }

  // ------------------------------------------------------------------------------------------
  // Quotes

  static bool opening_mark(char32_t c) { return c == 0x201C || c == 0x201E || c == 0x00AB; }
  static bool closing_mark(char32_t c) { return c == 0x201D || c == 0x00BB; }

  Span trim(std::size_t a, std::size_t b) const {
    while (a < b && (text_[a] == ' ' || text_[a] == '\t' || text_[a] == '\n' || text_[a] == '\r'))
      ++a;
    while (b > a && (text_[b - 1] == ' ' || text_[b - 1] == '\t' || text_[b - 1] == '\n' ||
                     text_[b - 1] == '\r'))
      --b;
    return {a, b};
  }

  void scan_quotes() {
    bool open = false;
    Quote cur;
    std::size_t part_start = 0;
    std::size_t i = 0;
    while (i < text_.size()) {
      std::size_t at = i;
      char32_t c = internal::next_code_point(text_, i);
      if (c == '\n' && open) {
        // A paragraph that ends inside a quote continues only if the next one reopens it.
        std::size_t j = i;
        while (j < text_.size() &&
               (text_[j] == '\n' || text_[j] == ' ' || text_[j] == '\r' || text_[j] == '\t')) {
          ++j;
        }
        std::size_t k = j;
        char32_t nx = j < text_.size() ? internal::next_code_point(text_, k) : 0;
        Span part = trim(part_start, at);
        if (part.end > part.start) cur.parts.push_back(part);
        if (nx == '"' || opening_mark(nx)) {
          part_start = k;
          i = k;
          continue;
        }
        cur.close_end = at;
        cur.closed = false;
        quotes_.push_back(cur);
        open = false;
        continue;
      }
      bool is_open = !open && (opening_mark(c) || c == '"');
      bool is_close = open && (closing_mark(c) || c == '"');
      if (is_open) {
        open = true;
        cur = Quote();
        cur.open = at;
        part_start = i;
      } else if (is_close) {
        Span part = trim(part_start, at);
        if (part.end > part.start) cur.parts.push_back(part);
        cur.close_end = i;
        cur.closed = true;
        quotes_.push_back(cur);
        open = false;
      }
    }
    if (open) {
      Span part = trim(part_start, text_.size());
      if (part.end > part.start) cur.parts.push_back(part);
      cur.close_end = text_.size();
      cur.closed = false;
      quotes_.push_back(cur);
    }
    quotes_.erase(
        std::remove_if(quotes_.begin(), quotes_.end(),
                       [&](const Quote& q) { return q.parts.empty() || in_furniture(q.open); }),
        quotes_.end());
  }

  void mark_quoted_tokens() {
    quoted_.assign(toks_.size(), false);
    quote_of_tok_.assign(toks_.size(), SIZE_MAX);
    for (std::size_t qi = 0; qi < quotes_.size(); ++qi) {
      const Quote& q = quotes_[qi];
      auto it = std::lower_bound(toks_.begin(), toks_.end(), q.open,
                                 [](const Token& t, std::size_t p) { return t.start < p; });
      for (auto k = static_cast<std::size_t>(it - toks_.begin());
           k < toks_.size() && toks_[k].start < q.close_end; ++k) {
        quoted_[k] = true;
        quote_of_tok_[k] = qi;
      }
    }
  }

  // The noun phrase ending at token p (leftwards), as token range; {SIZE_MAX, SIZE_MAX} if none.
  std::pair<std::size_t, std::size_t> np_left(std::size_t p, std::size_t begin) const {
    std::size_t end = p + 1;
    if (!word(p, end) || quoted_[p]) return {SIZE_MAX, SIZE_MAX};
    std::size_t a = p;
    bool head_lower = !toks_[p].upper;
    const auto& hw = toks_[p].lower;
    if (internal::is_pronoun(hw)) return {p, p};
    if (internal::is_stopword(hw) || ends_with(hw, "ing") || (head_lower && ends_with(hw, "ed")))
      return {SIZE_MAX, SIZE_MAX};
    std::size_t lower_adj = 0;
    while (a > begin && a > p - std::min<std::size_t>(p, 6)) {
      std::size_t q = a - 1;
      if (!word(q, end) || quoted_[q] || toks_[a].newline_before) break;
      const Token& w = toks_[q];
      std::string base = strip_possessive(w.lower);
      if (internal::is_stopword(base) || internal::month_number(base) > 0 ||
          internal::weekday_number(base) >= 0 || internal::is_speech_verb(base)) {
        break;
      }
      if (w.upper || titleish(q, end) || internal::is_org_word(base)) {
        a = q;
        continue;
      }
      if (head_lower && lower_adj < 2 && !ends_with(w.lower, "ly") && !ends_with(w.lower, "ing") &&
          !ends_with(w.lower, "ed")) {
        a = q;
        ++lower_adj;
        continue;
      }
      break;
    }
    return {a, p};
  }

  // Turns a subject noun phrase into a speaker name.
  std::string speaker_from_np(std::size_t a, std::size_t b, bool had_the, std::size_t pos) const {
    if (a == b && internal::is_pronoun(toks_[a].lower)) {
      const auto& w = toks_[a].lower;
      if (w == "he" || w == "she") return last_person_before(pos);
      return last_speaker_;
    }
    std::size_t end = b + 1;
    std::size_t last_title = SIZE_MAX;
    for (std::size_t q = a; q <= b; ++q) {
      if (titleish(q, end)) last_title = q;
    }
    if (last_title != SIZE_MAX && last_title < b) {
      std::size_t nb = last_title + 1;
      bool names = true;
      for (std::size_t q = nb; q <= b; ++q) names = names && name_word(q, end);
      if (names) return expand_name(strip_possessive(slice(nb, b)), toks_[nb].start);
    }
    bool only_titles = true;
    for (std::size_t q = a; q <= b; ++q) only_titles = only_titles && titleish(q, end);
    if (only_titles && had_the) {
      // "the minister said": the last person with that title, else the last person.
      std::string who = last_person_before(pos, toks_[b].lower);
      if (!who.empty()) return who;
    }
    if (a == b && name_word(a, end))
      return expand_name(strip_possessive(slice(a, a)), toks_[a].start);
    return slice(a, b);
  }

  static bool is_honorific(std::string_view w) {
    return w == "mr" || w == "mrs" || w == "ms" || w == "dr" || w == "prof";
  }

  bool is_quote_mark_token(std::size_t k) const {
    const auto& t = toks_[k].text;
    return t == "\"" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x9C" || t == "\xC2\xBB" ||
           t == "\xC2\xAB";
  }

  // Subject of the speech verb at v; "" if none found.
  std::string subject_of(std::size_t v, std::size_t begin, std::size_t end, std::size_t pos,
                         int depth = 0) const {
    const auto& vw = toks_[v].lower;
    if (vw == "according" && word(v + 1, end) && toks_[v + 1].lower == "to") {
      std::size_t q = v + 2;
      bool had_the = false;
      if (word(q, end) && internal::is_determiner(toks_[q].lower)) {
        had_the = toks_[q].lower == "the";
        ++q;
      }
      std::size_t e = q;
      while (e < end && word(e, end) && !quoted_[e] &&
             (toks_[e].upper || titleish(e, end) || internal::is_org_word(toks_[e].lower)))
        ++e;
      if (e > q) return speaker_from_np(q, e - 1, had_the, pos);
      return "";
    }
    if (internal::is_speech_participle(vw)) {
      if (depth > 0) return "";
      // "..., adding that": the subject of the sentence's finite speech verb.
      for (std::size_t q = v; q-- > begin;) {
        if (quoted_[q] || !word(q, end)) continue;
        if (internal::is_speech_verb(toks_[q].lower)) {
          std::string s = subject_of(q, begin, end, pos, depth + 1);
          if (!s.empty()) return s;
        }
      }
      return "";
    }
    std::size_t p = v;
    // Skip auxiliaries and adverbs between subject and verb: "has said", "later told".
    while (p > begin) {
      const auto& w = toks_[p - 1].lower;
      if (word(p - 1, end) &&
          (w == "has" || w == "have" || w == "had" || w == "also" || w == "later" || w == "then" ||
           w == "would" || w == "will" || w == "previously" || w == "again" || w == "separately" ||
           w == "further" || w == "once" ||
           (ends_with(w, "ly") && !toks_[p - 1].upper && w.size() > 4))) {
        --p;
      } else {
        break;
      }
    }
    if (p > begin && punct(p - 1, end, ",") && !quoted_[p - 1]) {
      // "Alice Weidel, for her part, said": skip a short parenthetical.
      std::size_t q = p - 1;
      std::size_t limit = q > begin + 16 ? q - 16 : begin;
      std::size_t c = SIZE_MAX;
      for (std::size_t r = q; r-- > limit;) {
        if (quoted_[r] || is_quote_mark_token(r)) break;
        if (punct(r, end, ",")) {
          c = r;
          break;
        }
      }
      if (c != SIZE_MAX && c > begin) p = c;
    }
    if (p > begin && !quoted_[p - 1] && word(p - 1, end)) {
      auto [a, b] = np_left(p - 1, begin);
      if (a != SIZE_MAX) {
        bool had_the = a > begin && word(a - 1, end) && toks_[a - 1].lower == "the";
        return speaker_from_np(a, b, had_the, pos);
      }
    }
    // Inverted: `," said Smith` or `," said the minister`.
    std::size_t q = v + 1;
    if (word(q, end) && is_honorific(toks_[q].lower) && punct(q + 1, end, ".")) q += 2;
    bool had_the = false;
    if (word(q, end) && internal::is_determiner(toks_[q].lower)) {
      had_the = toks_[q].lower == "the";
      ++q;
    }
    std::size_t e = q;
    while (e < end && word(e, end) && !quoted_[e] && e < q + 5 &&
           (toks_[e].upper || titleish(e, end) || internal::is_org_word(toks_[e].lower)) &&
           !internal::is_stopword(toks_[e].lower))
      ++e;
    if (e > q) return speaker_from_np(q, e - 1, had_the, pos);
    return "";
  }

  bool speech_word(std::size_t k, std::size_t end) const {
    if (!word(k, end) || quoted_[k]) return false;
    const auto& w = toks_[k].lower;
    return internal::is_speech_verb(w) || internal::is_speech_participle(w) ||
           (w == "according" && word(k + 1, end) && toks_[k + 1].lower == "to");
  }

  // First token of toks_[begin, end) that starts at or after `offset`; `end` if none.
  std::size_t first_token_from(std::size_t begin, std::size_t end, std::size_t offset) const {
    auto it = std::lower_bound(toks_.begin() + static_cast<std::ptrdiff_t>(begin),
                               toks_.begin() + static_cast<std::ptrdiff_t>(end), offset,
                               [](const Token& t, std::size_t o) { return t.start < o; });
    return static_cast<std::size_t>(it - toks_.begin());
  }

  // last_speech_word_[k]: the last speech word at or before token k in k's sentence, or
  // SIZE_MAX.
  void index_speech_words() {
    last_speech_word_.assign(toks_.size(), SIZE_MAX);
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      std::size_t last = SIZE_MAX;
      for (std::size_t k = sent_begin_[s]; k < sent_end_[s]; ++k) {
        if (speech_word(k, sent_end_[s])) last = k;
        last_speech_word_[k] = last;
      }
    }
  }

  void extract_quotes() {
    index_speech_words();
    std::size_t prev_quote_sentence = SIZE_MAX;
    std::string prev_speaker;
    for (const Quote& q : quotes_) {
      std::size_t start = q.parts.front().start;
      std::size_t end_pos = q.parts.back().end;
      std::size_t s1 = sentence_of(start);
      std::size_t s2 = sentence_of(end_pos - 1);
      if (s1 == SIZE_MAX || s2 == SIZE_MAX || skipped_[s1]) continue;
      std::string value;
      std::size_t words = 0;
      for (const auto& p : q.parts) {
        if (!value.empty()) value += ' ';
        value += text_.substr(p.start, p.end - p.start);
      }
      {
        bool in = false;
        for (char ch : value) {
          bool sp = ch == ' ' || ch == '\n';
          if (!sp && !in) ++words;
          in = !sp;
        }
      }
      // The attribution sits before the quote in its first sentence or after it in its last.
      std::size_t after_begin = sent_begin_[s2];
      std::size_t after_end = sent_end_[s2];
      std::size_t before_begin = sent_begin_[s1];
      // Binary searches and the table of speech words keep a sentence of thousands of quotes
      // linear: walking its tokens from the start for every quote was quadratic.
      std::size_t first_quote_tok = first_token_from(before_begin, sent_end_[s1], q.open);
      std::size_t after_first = first_token_from(after_begin, after_end, q.close_end);
      bool starts_sentence = first_quote_tok == before_begin;
      std::size_t after_verb = SIZE_MAX;
      for (std::size_t k = after_first; k < after_end && k < after_first + 8; ++k) {
        if (quoted_[k]) break;
        if (speech_word(k, after_end)) {
          after_verb = k;
          break;
        }
      }
      std::size_t before_verb =
          first_quote_tok > before_begin ? last_speech_word_[first_quote_tok - 1] : SIZE_MAX;
      std::size_t verb = SIZE_MAX;
      std::size_t verb_begin = 0, verb_end = 0;
      if (after_verb != SIZE_MAX && (starts_sentence || before_verb == SIZE_MAX)) {
        verb = after_verb;
        verb_begin = after_begin;
        verb_end = after_end;
      } else if (before_verb != SIZE_MAX) {
        verb = before_verb;
        verb_begin = before_begin;
        verb_end = sent_end_[s1];
      }
      Claim c = base_claim(Kind::kQuote, start, end_pos, s1);
      c.sentence_end = sentences_[s2].end;
      c.value = value;
      c.confidence = 1.0;
      if (verb != SIZE_MAX) {
        c.speaker = subject_of(verb, verb_begin, verb_end, q.open);
        if (!c.speaker.empty() && toks_[verb].lower != "according") {
          // Pronoun-resolved speakers are a guess; say so.
          std::size_t vb = verb;
          if (vb > verb_begin && word(vb - 1, verb_end) &&
              internal::is_pronoun(toks_[vb - 1].lower)) {
            c.confidence = 0.8;
          }
        }
        if (c.speaker.empty()) c.confidence = 0.6;
      } else if (starts_sentence && prev_quote_sentence != SIZE_MAX &&
                 s1 <= prev_quote_sentence + 2 && !prev_speaker.empty()) {
        c.speaker = prev_speaker;
        c.flags.push_back("speaker_inferred");
        c.confidence = 0.7;
      } else {
        c.confidence = 0.6;
      }
      if (verb == SIZE_MAX && words <= 2) {
        c.flags.push_back("scare_quote");
        c.speaker.clear();
        c.confidence = 0.4;
      }
      if (!q.closed) {
        c.flags.push_back("unterminated");
        c.confidence = std::min(c.confidence, 0.6);
      }
      if (q.parts.size() > 1) c.flags.push_back("multi_paragraph");
      if (!c.speaker.empty()) {
        last_speaker_ = c.speaker;
        prev_speaker = c.speaker;
        if (c.speaker.find(' ') != std::string::npos && !c.speaker.empty() &&
            std::isupper(static_cast<unsigned char>(c.speaker[0]))) {
          bool person = true;
          for (std::size_t k = 0; k < c.speaker.size(); ++k) {
            if (c.speaker[k] == '\'') person = false;
          }
          if (person) mentions_.push_back({c.speaker, "", q.open});
        }
      }
      prev_quote_sentence = s2;
      claims_.push_back(std::move(c));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Citations

  void extract_citations() {
    for (const auto& link : article_.links) {
      if (link.anchor.end <= link.anchor.start || link.anchor.end > text_.size()) continue;
      if (in_furniture(link.anchor.start)) continue;
      std::size_t s = sentence_of(link.anchor.start);
      Claim c;
      c.kind = Kind::kCitation;
      c.start = link.anchor.start;
      c.end = link.anchor.end;
      c.text = std::string(text_.substr(c.start, c.end - c.start));
      if (s != SIZE_MAX && link.anchor.end <= sentences_[s].end) {
        c.sentence_start = sentences_[s].start;
        c.sentence_end = sentences_[s].end;
      } else {
        c.sentence_start = c.start;
        c.sentence_end = c.end;
      }
      c.value = link.url;
      claims_.push_back(std::move(c));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Entities, flags, ids

  std::vector<std::string> sentence_entities(std::size_t s) {
    if (auto it = entity_cache_.find(s); it != entity_cache_.end()) return it->second;
    std::vector<std::string> out;
    const std::size_t begin = sent_begin_[s];
    const std::size_t end = sent_end_[s];
    std::size_t k = begin;
    auto add = [&](std::size_t a, std::size_t b) {
      std::string e = fold(strip_possessive(slice(a, b)));
      if (!e.empty() && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    };
    while (k < end) {
      if (!cap(k, end) || (internal::is_stopword(strip_possessive(toks_[k].lower))) ||
          internal::month_number(toks_[k].lower) > 0 ||
          internal::weekday_number(strip_possessive(toks_[k].lower)) >= 0) {
        ++k;
        continue;
      }
      std::size_t b = k;
      std::size_t e = k;
      while (!is_possessive(toks_[e])) {
        std::size_t n = e + 1;
        if (cap(n, end) && toks_[n].space_before && !toks_[n].newline_before) {
          e = n;
        } else if (word(n, end) && (toks_[n].lower == "of" || toks_[n].lower == "for") &&
                   cap(n + 1, end) && !is_possessive(toks_[e])) {
          e = n + 1;
        } else {
          break;
        }
      }
      // Split off titles: "French Interior Minister Laurent Nunez" -> "french", "laurent nunez".
      std::size_t seg = b;
      for (std::size_t q = b; q <= e; ++q) {
        if (toks_[q].upper && internal::match_title(toks_, q, e + 1) > 0) {
          std::size_t last = q;
          while (last > seg && internal::is_title_modifier(toks_[last - 1].lower)) --last;
          if (last > seg) add(seg, last - 1);
          seg = q + 1;
        }
      }
      if (seg <= e) add(seg, e);
      k = e + 1;
    }
    entity_cache_[s] = out;
    return out;
  }

  // Quote parts come in text order and do not overlap: the last one starting at or before `a`
  // is the only one that can hold [a, b).
  bool inside_quote(std::size_t a, std::size_t b) const {
    auto it = std::upper_bound(quote_parts_.begin(), quote_parts_.end(), a,
                               [](std::size_t x, const Span& p) { return x < p.start; });
    return it != quote_parts_.begin() && b <= std::prev(it)->end;
  }

  void finish() {
    for (const auto& q : quotes_) {
      quote_parts_.insert(quote_parts_.end(), q.parts.begin(), q.parts.end());
    }
    std::stable_sort(claims_.begin(), claims_.end(), [](const Claim& a, const Claim& b) {
      if (a.start != b.start) return a.start < b.start;
      return a.end < b.end;
    });
    std::size_t n = 0;
    // One copy of each sentence, shared by its claims.
    std::map<std::pair<std::size_t, std::size_t>, SharedText> sentence_text;
    for (auto& c : claims_) {
      c.id = "c" + std::to_string(++n);
      auto [it, added] = sentence_text.try_emplace({c.sentence_start, c.sentence_end});
      if (added) {
        it->second = std::string(text_.substr(c.sentence_start, c.sentence_end - c.sentence_start));
      }
      c.sentence = it->second;
      if (c.kind != Kind::kQuote && c.kind != Kind::kCitation && inside_quote(c.start, c.end)) {
        c.flags.push_back("in_quote");
      }
      std::size_t s = sentence_of(c.start);
      if (s != SIZE_MAX) c.entities = sentence_entities(s);
      if (!c.speaker.empty()) {
        std::string f = fold(c.speaker);
        if (std::find(c.entities.begin(), c.entities.end(), f) == c.entities.end()) {
          c.entities.push_back(f);
        }
      }
    }
  }

  const Article& article_;
  std::string_view text_;
  std::optional<Ymd> ref_;
  bool skip_furniture_ = true;
  std::vector<Token> toks_;
  std::vector<Span> sentences_;
  std::vector<std::size_t> sent_begin_;
  std::vector<std::size_t> sent_end_;
  std::vector<std::size_t> tok_sentence_;
  std::vector<bool> skipped_;
  std::vector<std::pair<std::size_t, std::size_t>> furniture_;  // see mark_skipped
  std::vector<bool> consumed_;
  std::vector<bool> quoted_;
  std::vector<std::size_t> quote_of_tok_;
  std::vector<std::size_t> last_speech_word_;  // see index_speech_words
  std::vector<Quote> quotes_;
  std::vector<Span> quote_parts_;  // every part of every quote, in text order
  std::vector<Name> names_;
  std::vector<Mention> mentions_;
  std::string last_speaker_;
  std::unordered_map<std::size_t, std::vector<std::string>> entity_cache_;
  std::vector<Claim> claims_;
};

}  // namespace

std::vector<Claim> extract(const Article& article, const Options& options) {
  return Extractor(article, options).run();
}

}  // namespace verify::claims

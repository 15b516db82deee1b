// Tokenizer for claim extraction: words, numbers and punctuation with byte offsets.
#include <unicode/uchar.h>

#include <array>
#include <string_view>
#include <unordered_map>

#include "claims_internal.h"

namespace verify::claims::internal {

char32_t next_code_point(std::string_view text, std::size_t& i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += len;
  return cp;
}

bool is_space_cp(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return c == 0xFEFF || u_isUWhiteSpace(static_cast<UChar32>(c));
}

namespace {

bool is_letter_cp(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool digit_at(std::string_view text, std::size_t i) {
  return i < text.size() && is_ascii_digit(text[i]);
}

// Exactly three digits at i, not followed by a fourth.
bool group_at(std::string_view text, std::size_t i) {
  return digit_at(text, i) && digit_at(text, i + 1) && digit_at(text, i + 2) &&
         !digit_at(text, i + 3);
}

// One or two digits at i, then a percent sign (after at most one space of any width).
bool decimal_comma_percent(std::string_view text, std::size_t i) {
  std::size_t n = 0;
  while (n < 3 && digit_at(text, i + n)) ++n;
  if (n == 0 || n > 2) return false;
  std::size_t j = i + n;
  if (j < text.size() && text[j] == '%') return true;
  if (text.compare(j, 2, "\xC2\xA0") == 0) return text.compare(j + 2, 1, "%") == 0;
  if (text.compare(j, 3, "\xE2\x80\xAF") == 0 || text.compare(j, 3, "\xE2\x80\x89") == 0)
    return text.compare(j + 3, 1, "%") == 0;
  return j + 1 < text.size() && text[j] == ' ' && text[j + 1] == '%';
}

// Bytes of a space that may group thousands at i (space, U+00A0, U+2009, U+202F), or 0.
std::size_t group_space_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  if (text[i] == ' ') return 1;
  if (text.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (text.compare(i, 3, "\xE2\x80\xAF") == 0 || text.compare(i, 3, "\xE2\x80\x89") == 0) return 3;
  return 0;
}

// Reads the rest of a number whose first digit is already in `digits`, advancing `i`.
// Space-grouped thousands ("816 000") need a lead of one to three digits and a group of
// exactly three, and never follow a month name ("March 5 200 people" is a date and a count).
void read_number(std::string_view text, std::size_t& i, NumberStyle style,
                 const std::vector<Token>& before, std::string& digits) {
  const bool french = style == NumberStyle::kFrench;
  const char decimal = french ? ',' : '.';
  const char group = french ? '.' : ',';
  bool after_month = !before.empty() && before.back().type == TokType::kWord &&
                     month_number(before.back().lower) > 0;
  // A currency symbol written before the figure, touching it ("$920,000", "US$1,500", "£2,300")
  // is the English convention (French writes « 920 000 $ »), and so is its comma before three
  // digits: a text read as French still groups thousands there. « $2,5 milliards » keeps its
  // decimal comma (one or two digits after it).
  const std::size_t first_digit = i - digits.size();
  const bool english_symbol = french && !before.empty() && before.back().type == TokType::kPunct &&
                              before.back().end == first_digit &&
                              (before.back().text == "$" || before.back().text == "\xC2\xA3" ||
                               before.back().text == "\xE2\x82\xAC");
  bool grouped = false, spaced = false, has_decimal = false;
  std::size_t lead = 1;
  while (i < text.size()) {
    char d = text[i];
    if (is_ascii_digit(d)) {
      digits += d;
      ++i;
      if (!grouped && !has_decimal) ++lead;
    } else if ((d == group || (english_symbol && d == ',')) && !has_decimal && !spaced &&
               group_at(text, i + 1) && (grouped || lead <= 3)) {
      digits.append(text.substr(i + 1, 3));
      i += 4;
      grouped = true;
    } else if (!french && d == ',' && !has_decimal && !grouped && lead <= 3 &&
               decimal_comma_percent(text, i + 1)) {
      // "50,12 %" in an English text (a French figure quoted, or a French page read as
      // English): a comma before one or two digits and a percent sign groups nothing, and
      // splitting it made "12 %" a claim.
      digits += '.';
      has_decimal = true;
      ++i;
    } else if ((d == decimal || d == '.') && !has_decimal && digit_at(text, i + 1)) {
      // A French text may still write "49.3" or "1.5": a dot not grouping is a decimal mark.
      digits += '.';
      has_decimal = true;
      ++i;
    } else if (std::size_t sp = group_space_at(text, i); sp > 0 && !has_decimal && !after_month &&
                                                         (spaced || (!grouped && lead <= 3)) &&
                                                         group_at(text, i + sp)) {
      digits.append(text.substr(i + sp, 3));
      i += sp + 3;
      spaced = grouped = true;
    } else {
      break;
    }
  }
}

bool glued_currency_code(std::string_view w) {
  if (w.size() != 3 || !is_ascii_upper(w[0]) || !is_ascii_upper(w[1]) || !is_ascii_upper(w[2])) {
    return false;
  }
  std::string lower_code{static_cast<char>(w[0] - 'A' + 'a'), static_cast<char>(w[1] - 'A' + 'a'),
                         static_cast<char>(w[2] - 'A' + 'a')};
  return !currency_code_for_word(lower_code).empty();
}

// "R180 million", "R1.4 billion", "R450,000": the South African rand's sign glued to its
// figure, which a scale word follows or which has a decimal or grouping mark. Not a road or
// a model ("the R202 between Ballinamore and Fenagh", "an R5 engine"): those are words.
// `start` is the "R", the figure's digits at start + 1.
bool glued_rand(std::string_view text, std::size_t start) {
  if (text[start] != 'R' || start + 1 >= text.size() || !is_ascii_digit(text[start + 1]))
    return false;
  if (start > 0 && (is_ascii_digit(text[start - 1]) ||
                    ((text[start - 1] | 0x20) >= 'a' && (text[start - 1] | 0x20) <= 'z')))
    return false;
  std::size_t j = start + 1;
  bool mark = false;
  while (j < text.size()) {
    if (is_ascii_digit(text[j])) {
      ++j;
    } else if ((text[j] == '.' || text[j] == ',') && j + 1 < text.size() &&
               is_ascii_digit(text[j + 1])) {
      mark = true;
      ++j;
    } else {
      break;
    }
  }
  if (mark) return true;
  while (j < text.size() && text[j] == ' ') ++j;
  std::size_t w = j;
  while (w < text.size() && (text[w] | 0x20) >= 'a' && (text[w] | 0x20) <= 'z') ++w;
  std::string word(text.substr(j, w - j));
  for (char& ch : word) ch = static_cast<char>(ch | 0x20);
  return word == "million" || word == "billion" || word == "bn" || word == "m" || word == "mn" ||
         word == "trillion";
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, NumberStyle style, std::size_t max_tokens) {
  std::vector<Token> toks;
  toks.reserve(std::min(text.size() / 4, max_tokens));
  std::size_t i = 0;
  bool space = true;
  bool newline = true;
  while (i < text.size() && toks.size() < max_tokens) {
    std::size_t start = i;
    char32_t c = next_code_point(text, i);
    if (is_space_cp(c)) {
      space = true;
      if (c == '\n') newline = true;
      continue;
    }
    Token t;
    t.start = start;
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    if (c < 0x80 && is_ascii_digit(static_cast<char>(c))) {
      t.type = TokType::kNumber;
      t.digits += static_cast<char>(c);
      read_number(text, i, style, toks, t.digits);
    } else if (is_letter_cp(c)) {
      t.type = TokType::kWord;
      t.upper =
          c < 0x80 ? is_ascii_upper(static_cast<char>(c)) : u_isupper(static_cast<UChar32>(c));
      while (i < text.size()) {
        // ASCII other than the apostrophe is decided here without decoding (the same outcome
        // as the general path below, which every other character takes).
        if (auto b = static_cast<unsigned char>(text[i]); b < 0x80 && b != '\'') {
          const bool letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
          const bool digit = b >= '0' && b <= '9';
          if (digit && i - start == 3 && glued_currency_code(text.substr(start, 3))) break;
          if (digit && i - start == 1 && glued_rand(text, start)) break;
          if (!letter && !digit) break;
          ++i;
          continue;
        }
        std::size_t j = i;
        char32_t d = next_code_point(text, j);
        // "USD34.6 million", "EUR2bn": an ISO currency code glued to its figure is a word
        // and a number, as if a space parted them.
        if (d < 0x80 && is_ascii_digit(static_cast<char>(d)) && i - start == 3 &&
            glued_currency_code(text.substr(start, 3))) {
          break;
        }
        if (is_letter_cp(d) || (d < 0x80 && is_ascii_digit(static_cast<char>(d)))) {
          i = j;
        } else if (is_apostrophe(d) && j < text.size()) {
          std::size_t k = j;
          char32_t e = next_code_point(text, k);
          if (!is_letter_cp(e)) break;
          i = j;
        } else {
          break;
        }
      }
      // "U.S.", "U.N.", « l'O.N.U. »: capitals each followed by a full stop, written solid, are
      // one word, so a title holding one ("Assistant U.S. Attorney") stays one noun phrase;
      // as letters and full stops the attribution of a quote lost its speaker. Initials of a
      // name are spaced ("John F. Kennedy") and stay apart.
      const bool one_capital = is_ascii_upper(text[i - 1]) &&
                               (i == start + 1 || text[i - 2] == '\'' ||
                                (i >= start + 4 && text.substr(i - 4, 3) == "\xE2\x80\x99"));
      if (one_capital) {
        std::size_t k = i;
        while (k + 2 < text.size() && text[k] == '.' && is_ascii_upper(text[k + 1]) &&
               text[k + 2] == '.')
          k += 2;
        auto letter = [](char b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; };
        if (k > i && (k + 1 == text.size() || !letter(text[k + 1]))) i = k + 1;
      }
    } else {
      t.type = TokType::kPunct;
    }
    t.end = i;
    t.text = text.substr(t.start, t.end - t.start);
    if (t.type == TokType::kPunct) {
      t.lower = std::string(t.text);
    } else if (t.text.find('\xE2') == std::string_view::npos) {
      // No typographic apostrophe to map: lower-case ASCII in place.
      t.lower.assign(t.text);
      for (char& ch : t.lower) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
    } else {
      t.lower.reserve(t.text.size());
      for (std::size_t k = 0; k < t.text.size(); ++k) {
        char ch = t.text[k];
        if (ch >= 'A' && ch <= 'Z') {
          t.lower += static_cast<char>(ch - 'A' + 'a');
        } else if (ch == '\xE2' && k + 2 < t.text.size() && t.text[k + 1] == '\x80' &&
                   t.text[k + 2] == '\x99') {
          t.lower += '\'';
          k += 2;
        } else {
          t.lower += ch;
        }
      }
    }
    // French capitals with accents (« À Barbezieux », « État », « Élysée », « Œuvre »): the
    // Latin-1 letters À–Þ (U+00C0–U+00DE but ×) and Œ, so that a word opening a sentence is
    // the word the lexicons list.
    if (t.type != TokType::kPunct) {
      for (std::size_t k = 0; k + 1 < t.lower.size(); ++k) {
        const auto lead = static_cast<unsigned char>(t.lower[k]);
        const auto b = static_cast<unsigned char>(t.lower[k + 1]);
        if ((lead == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97) || (lead == 0xC5 && b == 0x92))
          t.lower[k + 1] = static_cast<char>(lead == 0xC3 ? b + 0x20 : 0x93);
      }
    }
    toks.push_back(std::move(t));
  }
  return toks;
}

// English has no such elision (see claims_internal.h).
bool french_elision(const Token& t) {
  const std::string_view l = t.lower;
  std::size_t lead = 0;
  if (l.starts_with("qu'")) {
    lead = 3;
  } else if (l.size() > 2 && l[1] == '\'' &&
             (l[0] == 'l' || l[0] == 'd' || l[0] == 'n' || l[0] == 's' || l[0] == 'j')) {
    lead = 2;
  }
  if (lead == 0 || l.size() <= lead) return false;
  // The letter after the apostrophe as written (typographic or not).
  const std::string_view w = t.text;
  std::size_t after = w.find('\'');
  if (after != std::string_view::npos) {
    ++after;
  } else if ((after = w.find("\xE2\x80\x99")) != std::string_view::npos) {
    after += 3;
  } else {
    return false;
  }
  if (after >= w.size()) return false;
  const auto c = static_cast<unsigned char>(w[after]);
  // ASCII lower case, or a Latin-1 lower-case letter (UTF-8 0xC3 0xA0-0xBF: à, é, ô...).
  return (c >= 'a' && c <= 'z') ||
         (c == 0xC3 && after + 1 < w.size() && static_cast<unsigned char>(w[after + 1]) >= 0xA0);
}

NumberStyle detect_number_style(const std::vector<Token>& toks) {
  // Function words only one of the languages has, enough of them that a one-sentence text
  // ("Un homme a été tué ce samedi 18 mai à un barrage") is told apart: read as English, its
  // "18 mai" would be a count of 18.
  static const std::array<std::string_view, 28> kFrench = {
      "le",  "la",    "les",  "des", "du",   "une",   "est", "sont", "dans", "pour",
      "qui", "que",   "avec", "sur", "aux",  "ont",   "un",  "et",   "à",    "au",
      "ce",  "cette", "été",  "il",  "elle", "selon", "ses", "leur"};
  static const std::array<std::string_view, 28> kEnglish = {
      "the", "of",   "and", "is",   "was",  "were", "for",  "that", "with", "from",
      "by",  "are",  "has", "have", "this", "its",  "to",   "in",   "at",   "it",
      "be",  "been", "had", "said", "he",   "she",  "they", "their"};
  // One lookup a word rather than 56 comparisons: this runs over every token of every source.
  static const std::unordered_map<std::string_view, bool> kIsFrench = [] {
    std::unordered_map<std::string_view, bool> m;
    for (auto w : kFrench) m.emplace(w, true);
    for (auto w : kEnglish) m.emplace(w, false);
    return m;
  }();
  std::size_t fr = 0, en = 0;
  auto capitalised = [&](std::size_t k) {
    return k < toks.size() && toks[k].type == TokType::kWord && toks[k].upper;
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const auto& t = toks[k];
    if (t.type != TokType::kWord) continue;
    // « L'action a chuté de 5,8 % en séance » has none of the words above: an elided article
    // glued to a lower-case word, « de » and « en » in lower case tell it. « de » between
    // capitalised words is a name's particle ("Charles de Gaulle"), in English copy too, as is
    // a capitalised one ("De Laurentiis").
    if (french_elision(t) || (!t.upper && t.is("en")) ||
        (!t.upper && t.is("de") && !(k > 0 && capitalised(k - 1) && capitalised(k + 1)))) {
      ++fr;
      continue;
    }
    if (t.lower.size() > 6) continue;  // the longest listed is 6
    auto it = kIsFrench.find(t.lower);
    if (it == kIsFrench.end()) continue;
    ++(it->second ? fr : en);
  }
  return fr > en ? NumberStyle::kFrench : NumberStyle::kEnglish;
}

}  // namespace verify::claims::internal

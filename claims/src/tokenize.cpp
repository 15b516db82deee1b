// Tokenizer for claim extraction: words, numbers and punctuation with byte offsets.
#include <unicode/uchar.h>

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

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> toks;
  toks.reserve(text.size() / 4);
  std::size_t i = 0;
  bool space = true;
  bool newline = true;
  while (i < text.size()) {
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
      while (i < text.size()) {
        char d = text[i];
        if (is_ascii_digit(d)) {
          ++i;
        } else if (d == ',' && i + 3 < text.size() + 0 && is_ascii_digit(text[i + 1]) &&
                   is_ascii_digit(text[i + 2]) && is_ascii_digit(text[i + 3]) &&
                   (i + 4 >= text.size() || !is_ascii_digit(text[i + 4]))) {
          i += 4;
        } else if (d == '.' && i + 1 < text.size() && is_ascii_digit(text[i + 1])) {
          i += 2;
        } else {
          break;
        }
      }
    } else if (is_letter_cp(c)) {
      t.type = TokType::kWord;
      t.upper =
          c < 0x80 ? is_ascii_upper(static_cast<char>(c)) : u_isupper(static_cast<UChar32>(c));
      while (i < text.size()) {
        std::size_t j = i;
        char32_t d = next_code_point(text, j);
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
    } else {
      t.type = TokType::kPunct;
    }
    t.end = i;
    t.text = text.substr(t.start, t.end - t.start);
    if (t.type == TokType::kPunct) {
      t.lower = std::string(t.text);
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
    toks.push_back(std::move(t));
  }
  return toks;
}

}  // namespace verify::claims::internal

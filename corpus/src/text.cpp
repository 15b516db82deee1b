// Text helpers private to the corpus module: folding, UTF-8 checks, dates, JSON escaping.
#include "text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>
#include <ctime>

#include "verify/calendar.h"
#include "verify/encoding.h"

namespace verify::corpus::detail {

namespace {

// Letters that NFD leaves whole but that readers treat as accented Latin letters, so that
// "Łódź" matches "lodz" and "Ørsted" matches "orsted". Input is already case folded.
const char* latin_replacement(UChar32 c) {
  switch (c) {
    case 0x00F8:
      return "o";  // ø
    case 0x0142:
      return "l";  // ł
    case 0x0111:
      return "d";  // đ
    case 0x00F0:
      return "d";  // ð
    case 0x0127:
      return "h";  // ħ
    case 0x0131:
      return "i";  // dotless ı
    case 0x00E6:
      return "ae";  // æ
    case 0x0153:
      return "oe";  // œ
    case 0x00FE:
      return "th";  // þ
    case 0x2019:
      return "'";  // ’ so "Côte d’Ivoire" folds like "Cote d'Ivoire"
    case 0x2018:
      return "'";  // ‘
    default:
      return nullptr;
  }
}

}  // namespace

std::string fold(std::string_view utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString decomposed = nfd->normalize(in, status);
  if (U_FAILURE(status)) return std::string(utf8);
  decomposed.foldCase();
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (const char* r = latin_replacement(c)) {
      stripped.append(icu::UnicodeString(r, -1, icu::UnicodeString::kInvariant));
      continue;
    }
    stripped.append(c);
  }
  icu::UnicodeString composed = nfc->normalize(stripped, status);
  if (U_FAILURE(status)) composed = stripped;
  std::string out;
  composed.toUTF8String(out);
  return out;
}

std::string elided_words(std::string_view folded) {
  auto letter = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  std::string out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] != '\'' || i == 0 || i + 1 >= folded.size() ||
        !letter(static_cast<unsigned char>(folded[i + 1])))
      continue;
    // The glued word before the apostrophe: one letter (l', d', n', s', j', c', m', t') or
    // qu', jusqu', lorsqu', puisqu'.
    std::size_t b = i;
    while (b > 0 && letter(static_cast<unsigned char>(folded[b - 1]))) --b;
    std::string_view head = folded.substr(b, i - b);
    bool elision = (head.size() == 1 &&
                    std::string_view("ldnsjcmt").find(head[0]) != std::string_view::npos) ||
                   head == "qu" || head == "jusqu" || head == "lorsqu" || head == "puisqu";
    if (!elision) continue;
    std::size_t e = i + 1;
    while (e < folded.size() && letter(static_cast<unsigned char>(folded[e]))) ++e;
    if (!out.empty()) out += ' ';
    out.append(folded.substr(i + 1, e - i - 1));
    i = e - 1;
  }
  return out;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  return encoding::first_invalid_utf8(s);  // one reading for articles and sources
}

bool is_iso_date(std::string_view s) {
  return calendar::is_calendar_day(s);  // as the command line's --date is checked
}

std::string compact_date(std::string_view iso) {
  std::string out;
  out.reserve(8);
  for (char c : iso) {
    if (c != '-') out += c;
  }
  return out;
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

std::string_view trim(std::string_view s) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string url_host(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  if (url.substr(0, scheme) == "file") return "";
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (auto at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  if (auto colon = rest.find(':'); colon != std::string_view::npos) rest = rest.substr(0, colon);
  if (rest.substr(0, 4) == "www.") rest.remove_prefix(4);
  return fold(rest);
}

}  // namespace verify::corpus::detail

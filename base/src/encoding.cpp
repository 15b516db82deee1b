// The encoding of input files (encoding.h).
#include "verify/encoding.h"

#include <algorithm>
#include <cstdio>

namespace verify::encoding {

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
    }
    i += len;
  }
  return std::nullopt;
}

bool is_utf16(std::string_view b) {
  if (b.starts_with("\xFF\xFE") || b.starts_with("\xFE\xFF")) return true;
  // Without a mark: ASCII text in UTF-16 has a NUL in every other byte. Counted over the
  // first 64 bytes, both ways round (little and big endian).
  const std::size_t n = std::min<std::size_t>(b.size(), 64) & ~std::size_t{1};
  if (n < 8) return false;
  for (std::size_t nul_at : {std::size_t{0}, std::size_t{1}}) {
    std::size_t pairs = 0, ascii = 0;
    for (std::size_t i = 0; i < n; i += 2) {
      ++pairs;
      const auto nul = static_cast<unsigned char>(b[i + nul_at]);
      const auto other = static_cast<unsigned char>(b[i + 1 - nul_at]);
      if (nul == 0 && other != 0 && other < 0x80) ++ascii;
    }
    if (ascii * 10 >= pairs * 9) return true;
  }
  return false;
}

std::string utf16_message() {
  return "UTF-16 text, not UTF-8; convert it: iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8";
}

std::string invalid_utf8_message(std::string_view bytes, std::size_t bad) {
  bad = std::min(bad, bytes.size() - (bytes.empty() ? 0 : 1));
  const std::size_t line =
      1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
  const std::size_t nl = bad == 0 ? std::string_view::npos : bytes.rfind('\n', bad - 1);
  const std::size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
  // Characters, not bytes, as an editor counts the column: the line before the bad byte is
  // well formed, so its characters are the bytes that do not continue a sequence.
  std::size_t column = 1;
  for (std::size_t i = line_start; i < bad; ++i) {
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++column;
  }
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X",
                static_cast<unsigned>(static_cast<unsigned char>(bytes.empty() ? 0 : bytes[bad])));
  return "invalid UTF-8 at line " + std::to_string(line) + ", column " + std::to_string(column) +
         " (byte " + byte + " at offset " + std::to_string(bad) +
         "); if the file is Latin-1 or Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8 "
         "FILE > FILE.utf8";
}

}  // namespace verify::encoding

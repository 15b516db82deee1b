#include "verify/encoding.h"

#include <catch2/catch.hpp>
#include <string>

namespace encoding = verify::encoding;

TEST_CASE("UTF-16 text is told from UTF-8 and from binary data", "[base]") {
  // Kind (a new user's report): a Windows export in UTF-16 was called "binary data" in an
  // article and invalid UTF-8, then malformed JSON, in a corpus file.
  const std::string le_bom("\xFF\xFE{\0\"\0i\0d\0\"\0:\0 \0\"\0x\0\"\0}\0", 24);
  const std::string be_bom("\xFE\xFF\0{\0\"\0i\0d\0\"", 12);
  const std::string le_plain("T\0h\0e\0 \0c\0o\0u\0n\0c\0i\0l\0 \0m\0e\0t\0.\0", 32);
  const std::string be_plain("\0L\0e\0 \0c\0o\0n\0s\0e\0i\0l\0 \0a\0 \0v\0o", 32);
  for (const auto& b : {le_bom, be_bom, le_plain, be_plain}) CHECK(encoding::is_utf16(b));
  const std::string zip("PK\x03\x04\0\0binary\0\0\x10\x11", 16);
  for (const std::string& b : {std::string("The council met on Tuesday."),
                               std::string("Le conseil s'est réuni mardi."), zip, std::string()})
    CHECK_FALSE(encoding::is_utf16(b));
  CHECK(encoding::utf16_message().find("iconv -f UTF-16 -t UTF-8") != std::string::npos);
}

TEST_CASE("an invalid UTF-8 byte is placed by line and by column in characters", "[base]") {
  // Kind (a new user's report): the column counted bytes, so "—" before the bad byte moved it
  // two columns to the right of where an editor shows it.
  auto [bytes, where] = GENERATE(table<std::string, std::string>({
      {"Hello \xC3\x28 world", "line 1, column 7 (byte 0xC3 at offset 6)"},
      {"Title\n\nCaf\xE9 au lait", "line 3, column 4 (byte 0xE9 at offset 10)"},
      {"A \xE2\x80\x94 Caf\xE9", "line 1, column 8 (byte 0xE9 at offset 9)"},
      {"Un été\nà Sète \xFF", "line 2, column 8 (byte 0xFF at offset 18)"},
  }));
  CAPTURE(bytes);
  auto bad = encoding::first_invalid_utf8(bytes);
  REQUIRE(bad.has_value());
  const std::string message = encoding::invalid_utf8_message(bytes, *bad);
  CHECK(message.find("invalid UTF-8 at " + where) == 0);
  CHECK(message.find("iconv -f WINDOWS-1252 -t UTF-8") != std::string::npos);
}

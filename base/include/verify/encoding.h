// The encoding of input files, read the same way for articles and sources: what is not UTF-8,
// and the message an editor can act on.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace verify::encoding {

// Offset of the first byte of `bytes` that does not start or continue a well-formed UTF-8
// sequence (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF); nullopt when
// all of it is well formed.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

// Whether `bytes` are UTF-16 text, as Windows tools export it: a byte-order mark (FF FE or
// FE FF), or, in the first 64 bytes, a NUL in every other byte beside ASCII.
bool is_utf16(std::string_view bytes);

// "UTF-16 text, not UTF-8; convert it: iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8".
std::string utf16_message();

// Where the invalid byte at offset `bad` of `bytes` is, for an editor: "invalid UTF-8 at line
// 3, column 4 (byte 0xE9 at offset 10)", the line and the column (in characters) counted from
// 1, followed by the usual cure (text saved as Latin-1 or Windows-1252: "; if the file is
// Latin-1 or Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8").
std::string invalid_utf8_message(std::string_view bytes, std::size_t bad);

}  // namespace verify::encoding

// Text helpers private to the corpus module: folding, UTF-8 checks, dates, JSON escaping.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace verify::corpus::detail {

// Accent- and case-folds UTF-8 text for indexing and querying ("Nuñez" -> "nunez"). Pure
// ASCII takes a fast path; otherwise ICU NFD, dropping non-spacing marks, case folding and a
// few letters NFD does not decompose (ø, ł, đ, æ, œ, ß ...). Invalid UTF-8 bytes become U+FFFD.
std::string fold(std::string_view utf8);

// The words French elision glues to an article or a pronoun in folded text ("d'urgence",
// "l'ardeche", "qu'il", "jusqu'a" -> "urgence ardeche il a"), space-separated, in order.
// TermGenerator keeps "d'urgence" as one term, so without these the bare word is unsearchable.
std::string elided_words(std::string_view folded);

// Offset of the first byte that is not part of well-formed UTF-8, or nullopt if it all is.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

// Whether `s` is "YYYY-MM-DD" naming a day of the calendar ("2026-02-30" is none).
bool is_iso_date(std::string_view s);

// "YYYY-MM-DD" -> "YYYYMMDD" (the sortable form kept in value slot 0).
std::string compact_date(std::string_view iso);

// Current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_now();

// Appends `s` to `out` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view s);

// Trims ASCII whitespace from both ends.
std::string_view trim(std::string_view s);

// Host part of an http(s) URL without a leading "www.", or "" when there is none.
std::string url_host(std::string_view url);

}  // namespace verify::corpus::detail

// Private to the fetcher: charset detection and conversion to UTF-8, and fetched HTML or plain
// text turned into a readable Document (title, published date, main text).
#pragma once

#include <string>
#include <string_view>

#include "verify/corpus.h"

namespace verify::corpus::fetch_detail {

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1" ->
// "ISO-8859-1"), unquoted; "" when there is none.
std::string charset_from_content_type(std::string_view content_type);

// The charset an HTML document declares in its first 4 KB, through <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">; "" when it declares none.
std::string charset_from_meta(std::string_view html);

// Converts `bytes` to UTF-8. A byte-order mark wins over `charset`; labels for Latin-1 and
// ASCII are read as windows-1252 (as browsers do). With no usable label, bytes that are valid
// UTF-8 stay as they are and anything else is read as windows-1252. Malformed sequences
// become U+FFFD; never fails.
std::string to_utf8(std::string_view bytes, std::string_view charset);

// Fills out.title (og:title, else <title>), out.published ("YYYY-MM-DD" from
// article:published_time and similar meta tags, JSON-LD datePublished or <time datetime>;
// else "") and out.text from UTF-8 HTML. The text comes from the largest <article>, else
// <main>, else <body>, skipping script, style, nav, header, footer, aside, form and hidden
// elements; paragraphs are separated by "\n\n". Other fields are left alone.
void html_to_document(std::string_view utf8_html, Document& out);

// Plain text: out.title is the first non-blank line, out.text the text with "\r\n" as "\n".
void text_to_document(std::string_view utf8_text, Document& out);

// "YYYY-MM-DD" from the start of a date or date-time ("2026-02-19T08:00:00Z", "2026/02/19",
// "20260219"); "" when it does not start with a plausible calendar date.
std::string iso_date_prefix(std::string_view value);

}  // namespace verify::corpus::fetch_detail

// Link fetching: libcurl multi transfers under a safety policy, a SQLite fetch cache with
// conditional revalidation, and classification of each outcome into a LinkStatus.
#include "verify/fetch.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sqlite3.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "curl_api.h"
#include "fetch_html.h"
#include "verify/locking.h"

namespace verify::corpus {
namespace {

using fetch_detail::charset_from_content_type;
using fetch_detail::charset_from_meta;
using fetch_detail::libcurl;
using fetch_detail::to_utf8;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string utc_iso(std::int64_t unix_seconds) {
  auto t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::int64_t now_unix() { return static_cast<std::int64_t>(std::time(nullptr)); }

// ---------------------------------------------------------------------------------------------
// URLs

struct ParsedUrl {
  bool ok = false;
  std::string scheme, host, path;  // scheme and host lower-cased; path "/" at least
  std::string password;            // kept only to scrub it from messages
  bool has_credentials = false;
  std::string redacted;  // the URL without user info
};

std::string url_part(CURLU* u, CURLUPart part) {
  char* v = nullptr;
  if (libcurl().url_get(u, part, &v, 0) != CURLUE_OK || !v) return "";
  std::string s = v;
  libcurl().free(v);
  return s;
}

ParsedUrl parse_url(std::string_view url) {
  ParsedUrl p;
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> u(libcurl().url(), libcurl().url_cleanup);
  if (!u) return p;
  std::string s(url);
  // No CURLU_GUESS_SCHEME: a citation without a scheme is not a link we will guess at.
  if (libcurl().url_set(u.get(), CURLUPART_URL, s.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return p;
  }
  p.scheme = lower(url_part(u.get(), CURLUPART_SCHEME));
  p.host = lower(url_part(u.get(), CURLUPART_HOST));
  p.path = url_part(u.get(), CURLUPART_PATH);
  if (p.path.empty()) p.path = "/";
  std::string user = url_part(u.get(), CURLUPART_USER);
  p.password = url_part(u.get(), CURLUPART_PASSWORD);
  p.has_credentials = !user.empty() || !p.password.empty();
  libcurl().url_set(u.get(), CURLUPART_USER, nullptr, 0);
  libcurl().url_set(u.get(), CURLUPART_PASSWORD, nullptr, 0);
  libcurl().url_set(u.get(), CURLUPART_OPTIONS, nullptr, 0);
  p.redacted = url_part(u.get(), CURLUPART_URL);
  p.ok = !p.redacted.empty();
  return p;
}

// Host compared for "same site": lower case without a leading "www.".
std::string site_of(std::string_view host) {
  std::string h = lower(host);
  if (h.rfind("www.", 0) == 0) h.erase(0, 4);
  return h;
}

// Removes the password (and the user info around it) from a message from curl.
std::string scrub(std::string message, const ParsedUrl& url) {
  if (!url.password.empty()) {
    for (std::size_t at; (at = message.find(url.password)) != std::string::npos;) {
      message.replace(at, url.password.size(), "***");
    }
  }
  return message;
}

// ---------------------------------------------------------------------------------------------
// Address policy

bool v4_private(std::uint32_t a, std::string& why) {
  auto in = [&](std::uint32_t net, int bits) {
    std::uint32_t mask = bits == 0 ? 0 : ~std::uint32_t{0} << (32 - bits);
    return (a & mask) == net;
  };
  if (in(0x7F000000, 8))
    why = "loopback";
  else if (in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16))
    why = "private";
  else if (in(0xA9FE0000, 16))
    why = "link-local";
  else if (in(0x64400000, 10))
    why = "shared (carrier-grade NAT)";
  else if (in(0x00000000, 8))
    why = "unspecified";
  else if (in(0xE0000000, 4))
    why = "multicast";
  else if (in(0xF0000000, 4))
    why = "reserved";
  return !why.empty();
}

// "" for a public address, else what kind of non-public address it is.
std::string non_public_kind(const sockaddr* sa) {
  std::string why;
  if (sa->sa_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(sa);
    v4_private(ntohl(in->sin_addr.s_addr), why);
    return why;
  }
  if (sa->sa_family != AF_INET6) return "non-IP";
  const auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
  const unsigned char* b = in6->sin6_addr.s6_addr;
  auto v4_at = [&](int off) {
    return (std::uint32_t{b[off]} << 24) | (std::uint32_t{b[off + 1]} << 16) |
           (std::uint32_t{b[off + 2]} << 8) | std::uint32_t{b[off + 3]};
  };
  static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
  static constexpr unsigned char kNat64[12] = {0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0};
  static constexpr unsigned char kZero[15] = {};
  if (std::memcmp(b, kZero, 15) == 0 && (b[15] == 0 || b[15] == 1)) {
    return b[15] == 1 ? "loopback" : "unspecified";
  }
  // IPv4-compatible addresses (::/96, deprecated by RFC 4291) are never public: the loopback
  // [::127.0.0.1] must not slip through as an ordinary IPv6 address.
  if (std::memcmp(b, kZero, 12) == 0) {
    v4_private(v4_at(12), why);
    return why.empty() ? "IPv4-compatible (deprecated)" : why;
  }
  // Addresses that embed an IPv4 address are judged by it, so ::ffff:127.0.0.1 is loopback.
  if (std::memcmp(b, kMapped, 12) == 0 || std::memcmp(b, kNat64, 12) == 0) {
    v4_private(v4_at(12), why);
    return why;
  }
  if (b[0] == 0x20 && b[1] == 0x02) {  // 6to4
    v4_private(v4_at(2), why);
    return why;
  }
  if ((b[0] & 0xFE) == 0xFC) return "private (unique local)";
  if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local";
  if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "private (site-local)";
  if (b[0] == 0xFF) return "multicast";
  return "";
}

std::string address_text(const sockaddr* sa) {
  char buf[INET6_ADDRSTRLEN] = "?";
  if (sa->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, buf, sizeof buf);
  } else if (sa->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, buf, sizeof buf);
  }
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Cache

// One row of fetch_cache: the last 2xx fetch of a URL (key: the URL without credentials).
struct CacheRow {
  std::string url, final_url, status, content_type, etag, last_modified, body_hash, fetched_at;
  std::string title, published, text;
  long http_status = 0;
  std::int64_t fetched_unix = 0;
  bool truncated = false;
  // Fetched from a private, loopback or link-local address (with allow_private): answered
  // from the cache only where such addresses are allowed, as a fetch would be.
  bool private_address = false;
};

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS fetch_cache (
  url           TEXT PRIMARY KEY,   -- requested URL without credentials
  final_url     TEXT NOT NULL,      -- after redirects
  status        TEXT NOT NULL,      -- ok | redirected | not-text
  http_status   INTEGER NOT NULL,
  content_type  TEXT NOT NULL DEFAULT '',
  etag          TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  body_hash     TEXT NOT NULL DEFAULT '',  -- SHA-256 of the readable text (raw body if not text)
  fetched_at    TEXT NOT NULL,      -- UTC ISO 8601: last download or 304 revalidation
  fetched_unix  INTEGER NOT NULL,
  truncated     INTEGER NOT NULL DEFAULT 0,
  title         TEXT NOT NULL DEFAULT '',
  published     TEXT NOT NULL DEFAULT '',
  text          TEXT NOT NULL DEFAULT '',
  private_address INTEGER NOT NULL DEFAULT 0  -- fetched from a non-public address
))sql";

class Cache {
 public:
  explicit Cache(const std::filesystem::path& path) {
    std::string where = path.empty() ? ":memory:" : path.string();
    if (!path.empty() && path.has_parent_path()) {
      std::error_code ec;
      std::filesystem::create_directories(path.parent_path(), ec);
    }
    if (sqlite3_open_v2(where.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      throw CorpusError("fetch: cannot open cache at '" + where + "': " + msg);
    }
    sqlite3_busy_timeout(db_, locking::lock_timeout_ms());
    exec("PRAGMA journal_mode=WAL", where);
    // WAL with NORMAL sync is durable across process crashes; one commit per fetched URL.
    exec("PRAGMA synchronous=NORMAL", where);
    exec(kSchema, where);
    // Caches written before the address was kept lack its column. Their rows count as public
    // until fetched again: the address they came from was not recorded.
    if (sqlite3_exec(db_, "SELECT private_address FROM fetch_cache LIMIT 0", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
      exec("ALTER TABLE fetch_cache ADD COLUMN private_address INTEGER NOT NULL DEFAULT 0", where);
    }
    where_ = where;
  }
  ~Cache() {
    sqlite3_finalize(get_);
    sqlite3_finalize(put_);
    sqlite3_close(db_);
  }
  Cache(const Cache&) = delete;
  Cache& operator=(const Cache&) = delete;

  // Empties the table in one statement (one transaction); returns the rows it held.
  std::size_t clear() {
    if (sqlite3_exec(db_, "DELETE FROM fetch_cache", nullptr, nullptr, nullptr) != SQLITE_OK) {
      fail("clear");
    }
    return static_cast<std::size_t>(sqlite3_changes(db_));
  }

  std::optional<CacheRow> get(const std::string& url) {
    prepare(get_,
            "SELECT final_url, status, http_status, content_type, etag, last_modified, "
            "body_hash, fetched_at, fetched_unix, truncated, title, published, text, "
            "private_address FROM fetch_cache WHERE url = ?1");
    sqlite3_reset(get_);
    sqlite3_bind_text(get_, 1, url.data(), static_cast<int>(url.size()), SQLITE_TRANSIENT);
    int rc = sqlite3_step(get_);
    if (rc == SQLITE_DONE) return std::nullopt;
    if (rc != SQLITE_ROW) fail("read");
    auto col = [&](int i) {
      const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(get_, i));
      return std::string(t ? t : "", static_cast<std::size_t>(sqlite3_column_bytes(get_, i)));
    };
    CacheRow r;
    r.url = url;
    r.final_url = col(0);
    r.status = col(1);
    r.http_status = static_cast<long>(sqlite3_column_int64(get_, 2));
    r.content_type = col(3);
    r.etag = col(4);
    r.last_modified = col(5);
    r.body_hash = col(6);
    r.fetched_at = col(7);
    r.fetched_unix = sqlite3_column_int64(get_, 8);
    r.truncated = sqlite3_column_int(get_, 9) != 0;
    r.title = col(10);
    r.published = col(11);
    r.text = col(12);
    r.private_address = sqlite3_column_int(get_, 13) != 0;
    sqlite3_reset(get_);
    return r;
  }

  void put(const CacheRow& r) {
    prepare(put_,
            "INSERT OR REPLACE INTO fetch_cache (url, final_url, status, http_status, "
            "content_type, etag, last_modified, body_hash, fetched_at, fetched_unix, truncated, "
            "title, published, text, private_address) "
            "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)");
    sqlite3_reset(put_);
    int i = 1;
    for (const std::string* s : {&r.url, &r.final_url, &r.status}) bind(i++, *s);
    sqlite3_bind_int64(put_, i++, r.http_status);
    for (const std::string* s :
         {&r.content_type, &r.etag, &r.last_modified, &r.body_hash, &r.fetched_at}) {
      bind(i++, *s);
    }
    sqlite3_bind_int64(put_, i++, r.fetched_unix);
    sqlite3_bind_int(put_, i++, r.truncated ? 1 : 0);
    for (const std::string* s : {&r.title, &r.published, &r.text}) bind(i++, *s);
    sqlite3_bind_int(put_, i++, r.private_address ? 1 : 0);
    if (sqlite3_step(put_) != SQLITE_DONE) fail("write");
    sqlite3_reset(put_);
  }

 private:
  void exec(const char* sql, const std::string& where) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      throw CorpusError("fetch: cannot prepare cache at '" + where + "': " + msg);
    }
  }
  void prepare(sqlite3_stmt*& stmt, const char* sql) {
    if (stmt) return;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK) fail("prepare");
  }
  void bind(int i, const std::string& s) {
    sqlite3_bind_text(put_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  [[noreturn]] void fail(const char* what) {
    std::string msg = sqlite3_errmsg(db_);
    if (get_) sqlite3_reset(get_);
    if (put_) sqlite3_reset(put_);
    throw CorpusError(std::string("fetch: cannot ") + what + " cache at '" + where_ + "': " + msg);
  }

  sqlite3* db_ = nullptr;
  sqlite3_stmt* get_ = nullptr;
  sqlite3_stmt* put_ = nullptr;
  std::string where_;
};

std::optional<LinkStatus> status_from_string(std::string_view s) {
  for (LinkStatus st : {LinkStatus::kOk, LinkStatus::kRedirected, LinkStatus::kNotText}) {
    if (to_string(st) == s) return st;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Transfers

// Everything one in-flight URL needs; owned by the run, pointed to by curl callbacks.
struct Transfer {
  std::size_t unique_index = 0;
  std::string target;  // the URL as given, credentials included: handed to curl, never shown
  ParsedUrl url;
  std::string site;  // politeness key
  std::optional<CacheRow> cached;
  bool allow_private = false;
  std::size_t max_body = 0;

  CURL* easy = nullptr;
  curl_slist* headers_out = nullptr;
  char errbuf[CURL_ERROR_SIZE] = {};
  std::string body;
  bool truncated = false;
  std::string blocked;              // why a connection was refused by the address policy
  bool reached_private = false;     // connected to a non-public address (allowed)
  std::string etag, last_modified;  // of the latest response in the redirect chain
  long redirects = 0;               // hops taken by earlier legs (HTTP and meta refresh)
  bool refreshed = false;           // this leg follows a meta refresh, not the cited URL
  bool too_many_redirects = false;  // a meta refresh beyond the redirect limit

  ~Transfer() {
    if (easy) libcurl().easy_cleanup(easy);
    libcurl().slist_free_all(headers_out);
  }
};

size_t on_body(char* data, size_t size, size_t nmemb, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * nmemb;
  size_t room = t->max_body - t->body.size();
  if (n > room) {
    // Stop downloading: the cap also bounds what a decompression bomb can expand to.
    t->body.append(data, room);
    t->truncated = true;
    return 0;
  }
  t->body.append(data, n);
  return n;
}

size_t on_header(char* data, size_t size, size_t nmemb, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * nmemb;
  std::string_view line(data, n);
  if (line.rfind("HTTP/", 0) == 0) {
    // A new response (after a redirect): validators belong to the final one only.
    t->etag.clear();
    t->last_modified.clear();
    return n;
  }
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return n;
  std::string name = lower(line.substr(0, colon));
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) {
    value.remove_suffix(1);
  }
  if (name == "etag") t->etag = value;
  if (name == "last-modified") t->last_modified = value;
  return n;
}

// Checks the address curl is about to connect to, for the first request and every redirect,
// so a name that resolves (or re-resolves) to an internal address is caught at connect time.
curl_socket_t on_open_socket(void* user, curlsocktype, curl_sockaddr* address) {
  auto* t = static_cast<Transfer*>(user);
  if (std::string kind = non_public_kind(&address->addr); !kind.empty()) {
    if (!t->allow_private) {
      t->blocked = address_text(&address->addr) + " is a " + kind + " address";
      return CURL_SOCKET_BAD;
    }
    t->reached_private = true;
  }
  return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && lower(s.substr(0, prefix.size())) == prefix;
}

enum class BodyKind { kHtml, kText, kBinary };

BodyKind body_kind(std::string_view content_type, std::string_view body) {
  std::string mime = lower(content_type.substr(0, content_type.find(';')));
  while (!mime.empty() && mime.back() == ' ') mime.pop_back();
  if (body.substr(0, 5) == "%PDF-") return BodyKind::kBinary;
  if (mime == "text/html" || mime == "application/xhtml+xml") return BodyKind::kHtml;
  if (mime.rfind("text/", 0) == 0) return BodyKind::kText;
  if (!mime.empty() && mime != "application/octet-stream") return BodyKind::kBinary;
  // No useful type: sniff.
  std::string_view head = body.substr(0, 512);
  while (!head.empty() && std::isspace(static_cast<unsigned char>(head.front()))) {
    head.remove_prefix(1);
  }
  if (starts_with_ci(head, "<!doctype html") || starts_with_ci(head, "<html")) {
    return BodyKind::kHtml;
  }
  if (body.substr(0, 4096).find('\0') != std::string_view::npos) return BodyKind::kBinary;
  return BodyKind::kText;
}

// The target of a `<meta http-equiv="refresh" content="N; url=...">` that sends a reader on
// at once (N at most 5 seconds, as browsers do for "moved" pages), or "" when there is none.
// A page that only reloads itself (no url, or a long delay) is a page, not a redirect.
std::string meta_refresh_target(std::string_view body) {
  std::string head = lower(body.substr(0, 16384));
  for (std::size_t at = 0; (at = head.find("<meta", at)) != std::string::npos; at += 5) {
    std::size_t close = head.find('>', at);
    if (close == std::string::npos) break;
    std::string_view tag(head.data() + at, close - at);
    std::size_t equiv = tag.find("http-equiv");
    if (equiv == std::string_view::npos || tag.find("refresh", equiv) == std::string_view::npos) {
      continue;
    }
    std::size_t content = tag.find("content");
    if (content == std::string_view::npos) return "";
    std::size_t q = tag.find_first_of("\"'", content);
    if (q == std::string_view::npos) return "";
    std::size_t q_end = tag.find(tag[q], q + 1);
    if (q_end == std::string_view::npos) return "";
    // Cut from the original bytes: the URL keeps its case.
    std::string_view value = body.substr(at + q + 1, q_end - q - 1);
    std::size_t i = 0;
    long delay = 0;
    while (i < value.size() && std::isdigit(static_cast<unsigned char>(value[i]))) {
      delay = std::min(delay * 10 + (value[i] - '0'), 100000L);
      ++i;
    }
    if (i == 0 || delay > 5) return "";
    while (i < value.size() && value[i] != ';' && value[i] != ',') ++i;
    while (i < value.size() && (value[i] == ';' || value[i] == ',' || value[i] == ' ')) ++i;
    std::string_view rest = value.substr(i);
    if (rest.size() >= 4 && lower(rest.substr(0, 3)) == "url") {
      std::size_t eq = rest.find('=');
      if (eq == std::string_view::npos) return "";
      rest.remove_prefix(eq + 1);
    }
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\'' || rest.front() == '"'))
      rest.remove_prefix(1);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\'' || rest.back() == '"'))
      rest.remove_suffix(1);
    return std::string(rest);
  }
  return "";
}

// `target` made absolute against `base` (curl's URL parser), or "" when it cannot be.
std::string resolve_against(const std::string& base, const std::string& target) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> u(libcurl().url(), libcurl().url_cleanup);
  if (!u || libcurl().url_set(u.get(), CURLUPART_URL, base.c_str(), 0) != CURLUE_OK ||
      libcurl().url_set(u.get(), CURLUPART_URL, target.c_str(), CURLU_NON_SUPPORT_SCHEME) !=
          CURLUE_OK) {
    return "";
  }
  return url_part(u.get(), CURLUPART_URL);
}

// Why a successful fetch no longer points at what was cited, or "" when it still does.
std::string redirect_problem(const ParsedUrl& from, const ParsedUrl& to) {
  if (!to.ok) return "";
  if (site_of(from.host) != site_of(to.host)) return "redirected to another site (" + to.host + ")";
  static constexpr std::array<std::string_view, 5> kFront = {"/", "/index.html", "/index.htm",
                                                             "/index.php", "/home"};
  bool from_front = std::find(kFront.begin(), kFront.end(), from.path) != kFront.end();
  bool to_front = std::find(kFront.begin(), kFront.end(), to.path) != kFront.end();
  if (!from_front && to_front) return "redirected to the site's front page (soft 404)";
  return "";
}

FetchResult from_row(const CacheRow& row, const std::string& requested) {
  FetchResult r;
  r.url = requested;
  r.final_url = row.final_url;
  r.status = status_from_string(row.status).value_or(LinkStatus::kOk);
  r.http_status = row.http_status;
  r.content_type = row.content_type;
  r.etag = row.etag;
  r.last_modified = row.last_modified;
  r.fetched_at = row.fetched_at;
  r.body_hash = row.body_hash;
  r.truncated = row.truncated;
  r.from_cache = true;
  r.page.id = row.url;
  r.page.url = row.final_url;
  r.page.source = site_of(parse_url(row.final_url).host);
  r.page.title = row.title;
  r.page.published = row.published;
  r.page.text = row.text;
  if (r.status == LinkStatus::kRedirected) {
    r.error = redirect_problem(parse_url(row.url), parse_url(row.final_url));
  }
  return r;
}

}  // namespace

std::string_view to_string(LinkStatus status) {
  switch (status) {
    case LinkStatus::kOk:
      return "ok";
    case LinkStatus::kDead:
      return "dead";
    case LinkStatus::kTimeout:
      return "timeout";
    case LinkStatus::kRedirected:
      return "redirected";
    case LinkStatus::kNotText:
      return "not-text";
    case LinkStatus::kRefused:
      return "refused";
    case LinkStatus::kNotCached:
      return "not-cached";
    case LinkStatus::kUnresolved:
      return "unresolved";
  }
  return "unknown";
}

std::string redact_url(std::string_view url) {
  // Without libcurl (not loadable), the cut below still removes any credentials.
  ParsedUrl p;
  try {
    p = parse_url(url);
  } catch (const CorpusError&) {
  }
  if (p.ok) return p.redacted;
  std::string s(url);
  std::size_t scheme = s.find("://");
  // The "@" of "mailto:desk@example.org" or of a bare e-mail address is the address itself,
  // not credentials: only "user:password@" (with or without "scheme://") is user info.
  if (scheme == std::string::npos) {
    std::string head = lower(s.substr(0, 7));
    for (std::string_view addr : {"mailto:", "tel:", "sms:", "sip:", "xmpp:"}) {
      if (head.rfind(addr, 0) == 0) return s;
    }
    std::size_t at = s.find('@');
    if (at == std::string::npos || s.substr(0, at).find(':') == std::string::npos) return s;
  }
  std::size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  std::size_t end = s.find_first_of("/?#", start);
  std::size_t at = s.rfind('@', end == std::string::npos ? s.size() : end);
  if (at != std::string::npos && at >= start) s.erase(start, at + 1 - start);
  return s;
}

struct Fetcher::Impl {
  FetchOptions options;
  Cache cache;

  Impl(const std::filesystem::path& path, FetchOptions o) : options(std::move(o)), cache(path) {
    options.max_concurrent = std::max<std::size_t>(1, options.max_concurrent);
    options.per_host = std::max<std::size_t>(1, options.per_host);
  }

  // Sets up the easy handle: limits, policy callbacks and conditional-request headers.
  void configure(Transfer& t) {
    CURL* e = t.easy;
    libcurl().easy_setopt(e, CURLOPT_URL, t.target.c_str());
    libcurl().easy_setopt(e, CURLOPT_PRIVATE, &t);
    libcurl().easy_setopt(e, CURLOPT_ERRORBUFFER, t.errbuf);
    libcurl().easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    libcurl().easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    libcurl().easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    libcurl().easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    libcurl().easy_setopt(e, CURLOPT_MAXREDIRS, options.max_redirects - t.redirects);
    libcurl().easy_setopt(e, CURLOPT_AUTOREFERER, 1L);
    libcurl().easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
    libcurl().easy_setopt(e, CURLOPT_TIMEOUT_MS, options.total_timeout_ms);
    libcurl().easy_setopt(e, CURLOPT_USERAGENT, options.user_agent.c_str());
    // "" offers every encoding this libcurl decodes (gzip, deflate, and br/zstd when built in).
    libcurl().easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    // A proxy would make the address check judge the proxy, not the site: no proxies.
    libcurl().easy_setopt(e, CURLOPT_PROXY, "");
    // Sites that set a cookie and redirect to themselves would otherwise look like loops.
    // The cookies live only as long as this transfer.
    libcurl().easy_setopt(e, CURLOPT_COOKIEFILE, "");
    libcurl().easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
    libcurl().easy_setopt(e, CURLOPT_OPENSOCKETDATA, &t);
    libcurl().easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    libcurl().easy_setopt(e, CURLOPT_WRITEDATA, &t);
    libcurl().easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
    libcurl().easy_setopt(e, CURLOPT_HEADERDATA, &t);
    // Some sites answer 403 or 406 to a request without an Accept header.
    t.headers_out = libcurl().slist_append(
        t.headers_out, "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
    // Validators belong to the cited URL, not to the page a meta refresh sent us to.
    if (t.cached && !t.refreshed) {
      if (!t.cached->etag.empty()) {
        t.headers_out =
            libcurl().slist_append(t.headers_out, ("If-None-Match: " + t.cached->etag).c_str());
      }
      if (!t.cached->last_modified.empty()) {
        t.headers_out = libcurl().slist_append(
            t.headers_out, ("If-Modified-Since: " + t.cached->last_modified).c_str());
      }
    }
    libcurl().easy_setopt(e, CURLOPT_HTTPHEADER, t.headers_out);
  }

  // Turns a finished transfer into a result and updates the cache.
  FetchResult finish(Transfer& t, CURLcode rc, const std::string& requested) {
    FetchResult r;
    r.url = requested;
    r.page.id = t.url.redacted;
    char* effective = nullptr;
    libcurl().easy_getinfo(t.easy, CURLINFO_EFFECTIVE_URL, &effective);
    ParsedUrl final_url = parse_url(effective ? effective : "");
    r.final_url = final_url.ok ? final_url.redacted : t.url.redacted;
    libcurl().easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &r.http_status);
    char* ct = nullptr;
    libcurl().easy_getinfo(t.easy, CURLINFO_CONTENT_TYPE, &ct);
    r.content_type = ct ? ct : "";
    r.etag = t.etag;
    r.last_modified = t.last_modified;
    std::int64_t now = now_unix();
    r.fetched_at = utc_iso(now);

    // The body cap aborts the transfer with a write error; what arrived is still the page.
    if (rc == CURLE_WRITE_ERROR && t.truncated) rc = CURLE_OK;
    if (rc != CURLE_OK) {
      fail(r, t, rc);
      return r;
    }
    if (r.http_status == 304 && t.cached) {
      FetchResult c = from_row(*t.cached, requested);
      c.http_status = 304;
      c.fetched_at = r.fetched_at;
      if (!r.etag.empty()) c.etag = r.etag;
      if (!r.last_modified.empty()) c.last_modified = r.last_modified;
      CacheRow row = *t.cached;
      row.etag = c.etag;
      row.last_modified = c.last_modified;
      row.fetched_at = c.fetched_at;
      row.fetched_unix = now;
      row.private_address = t.reached_private;
      cache.put(row);
      return c;
    }
    if (r.http_status >= 400) {
      r.status = LinkStatus::kDead;
      r.error = "HTTP " + std::to_string(r.http_status);
      return r;
    }
    if (r.http_status < 200 || r.http_status >= 300) {
      r.status = LinkStatus::kDead;
      r.error = "unexpected HTTP status " + std::to_string(r.http_status);
      return r;
    }

    r.truncated = t.truncated;
    if (t.truncated) {
      r.error = "body cut at " + std::to_string(options.max_body_bytes) + " bytes";
    }
    r.page.url = r.final_url;
    r.page.source = site_of(final_url.ok ? final_url.host : t.url.host);
    BodyKind kind = body_kind(r.content_type, t.body);
    if (kind == BodyKind::kBinary) {
      r.status = LinkStatus::kNotText;
      r.error = "not text (" + (r.content_type.empty() ? "binary" : r.content_type) + ")";
      r.body_hash = content_hash(t.body);
    } else {
      std::string charset = charset_from_content_type(r.content_type);
      if (charset.empty() && kind == BodyKind::kHtml) charset = charset_from_meta(t.body);
      std::string utf8 = to_utf8(t.body, charset);
      // Free the raw bytes before parsing: only one big copy at a time.
      std::string().swap(t.body);
      if (kind == BodyKind::kHtml) {
        fetch_detail::html_to_document(utf8, r.page);
      } else {
        fetch_detail::text_to_document(utf8, r.page);
      }
      r.status = LinkStatus::kOk;
      r.body_hash = content_hash(r.page.text);
    }
    if (std::string why = redirect_problem(t.url, final_url); !why.empty()) {
      r.status = LinkStatus::kRedirected;
      r.error = why;
    }
    r.changed = t.cached && !t.cached->body_hash.empty() && t.cached->body_hash != r.body_hash;

    CacheRow row;
    row.url = t.url.redacted;
    row.final_url = r.final_url;
    row.status = std::string(to_string(r.status));
    row.http_status = r.http_status;
    row.content_type = r.content_type;
    row.etag = r.etag;
    row.last_modified = r.last_modified;
    row.body_hash = r.body_hash;
    row.fetched_at = r.fetched_at;
    row.fetched_unix = now;
    row.truncated = r.truncated;
    row.title = r.page.title;
    row.published = r.page.published;
    row.text = r.page.text;
    row.private_address = t.reached_private;
    cache.put(row);
    return r;
  }

  void fail(FetchResult& r, const Transfer& t, CURLcode rc) {
    std::string detail = t.errbuf[0] ? t.errbuf : libcurl().easy_strerror(rc);
    const std::string& host = t.url.host;
    switch (rc) {
      case CURLE_COULDNT_CONNECT:
        if (!t.blocked.empty()) {
          r.status = LinkStatus::kRefused;
          r.error = "refused: " + t.blocked +
                    " (private addresses are not fetched unless allowed: --allow-private)";
        } else {
          r.status = LinkStatus::kDead;
          r.error = "cannot connect to " + host + ": " + detail;
        }
        break;
      case CURLE_COULDNT_RESOLVE_HOST:
        // Not "dead": a name that does not resolve says nothing about the page, and the same
        // link may work from a machine with DNS.
        r.status = LinkStatus::kUnresolved;
        r.error = "cannot resolve host " + host;
        break;
      case CURLE_OPERATION_TIMEDOUT:
        r.status = LinkStatus::kTimeout;
        r.error = "timed out: " + detail;
        break;
      case CURLE_TOO_MANY_REDIRECTS:
        r.status = LinkStatus::kDead;
        r.error =
            "more than " + std::to_string(options.max_redirects) + " redirects (a redirect loop?)";
        break;
      case CURLE_UNSUPPORTED_PROTOCOL:
        r.status = LinkStatus::kRefused;
        r.error = "refused: redirected to a scheme other than http or https";
        break;
      default:
        r.status = LinkStatus::kDead;
        r.error = std::string(libcurl().easy_strerror(rc)) + ": " + detail;
        break;
    }
    r.error = scrub(r.error, t.url);
  }

  // A page that is only a meta refresh is a redirect a browser follows by itself: the
  // transfer starts again at its target, with the hops counted against the same redirect
  // limit and the same scheme and address checks (a new leg of the same transfer). Returns
  // whether the transfer was reset for another leg.
  bool follow_meta_refresh(Transfer& t, CURLcode rc) {
    if (rc != CURLE_OK || t.truncated) return false;
    long http = 0;
    libcurl().easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &http);
    if (http < 200 || http >= 300) return false;
    char* ct = nullptr;
    libcurl().easy_getinfo(t.easy, CURLINFO_CONTENT_TYPE, &ct);
    if (body_kind(ct ? ct : "", t.body) != BodyKind::kHtml) return false;
    std::string target = meta_refresh_target(t.body);
    if (target.empty()) return false;
    char* effective = nullptr;
    libcurl().easy_getinfo(t.easy, CURLINFO_EFFECTIVE_URL, &effective);
    std::string here = effective ? effective : t.target;
    std::string next = resolve_against(here, target);
    if (next.empty() || next == here) return false;
    long hops = 0;
    libcurl().easy_getinfo(t.easy, CURLINFO_REDIRECT_COUNT, &hops);
    if (t.redirects + hops + 1 > options.max_redirects) {
      t.too_many_redirects = true;
      return false;
    }
    t.redirects += hops + 1;
    libcurl().easy_cleanup(t.easy);
    t.easy = nullptr;
    libcurl().slist_free_all(t.headers_out);
    t.headers_out = nullptr;
    t.errbuf[0] = '\0';
    t.body.clear();
    t.blocked.clear();
    t.etag.clear();
    t.last_modified.clear();
    t.target = next;
    t.refreshed = true;
    return true;
  }

  std::vector<FetchResult> run(const std::vector<std::string>& urls,
                               const std::function<void(std::size_t, std::size_t)>& progress) {
    std::vector<FetchResult> results(urls.size());
    // Duplicates share one fetch: unique_of[i] is the first index with the same string.
    std::unordered_map<std::string, std::size_t> first;
    std::vector<std::vector<std::size_t>> copies(urls.size());
    for (std::size_t i = 0; i < urls.size(); ++i) {
      auto [it, fresh] = first.emplace(urls[i], i);
      copies[it->second].push_back(i);
    }
    std::size_t done = 0;
    auto settle = [&](std::size_t i, FetchResult r) {
      for (std::size_t k : copies[i]) results[k] = r;
      done += copies[i].size();
      if (progress) progress(done, urls.size());
    };

    // Waiting transfers queue per site, so a long list from one site cannot starve the others
    // and choosing the next transfer costs at most one look per site at its limit.
    std::map<std::string, std::deque<std::unique_ptr<Transfer>>> waiting;
    bool any_waiting = false;
    std::int64_t now = now_unix();
    for (std::size_t i = 0; i < urls.size(); ++i) {
      if (copies[i].empty()) continue;
      auto t = std::make_unique<Transfer>();
      t->unique_index = i;
      t->target = urls[i];
      t->url = parse_url(urls[i]);
      if (!t->url.ok || (t->url.scheme != "http" && t->url.scheme != "https") ||
          t->url.host.empty()) {
        FetchResult r;
        r.url = urls[i];
        r.status = LinkStatus::kRefused;
        r.error = t->url.ok
                      ? "refused: only http and https URLs are fetched (" + t->url.scheme + ")"
                      : "refused: not an absolute http(s) URL";
        settle(i, std::move(r));
        continue;
      }
      t->cached = cache.get(t->url.redacted);
      // A page fetched from a private or loopback address while they were allowed is not
      // answered from the cache when they are not: the cache is no way around the policy.
      if (t->cached && t->cached->private_address && !options.allow_private) {
        FetchResult r;
        r.url = urls[i];
        r.status = LinkStatus::kRefused;
        r.error =
            "refused: the cached copy came from a private, loopback or link-local address; "
            "pass --allow-private to check links to local servers";
        settle(i, std::move(r));
        continue;
      }
      if (options.offline ||
          (t->cached && now - t->cached->fetched_unix < options.max_age_seconds &&
           t->cached->fetched_unix <= now)) {
        FetchResult r;
        if (t->cached) {
          r = from_row(*t->cached, urls[i]);
        } else {
          r.url = urls[i];
          r.status = LinkStatus::kNotCached;
          r.error = "not in the fetch cache (offline)";
        }
        settle(i, std::move(r));
        continue;
      }
      t->site = site_of(t->url.host);
      t->allow_private = options.allow_private;
      t->max_body = options.max_body_bytes;
      waiting[t->site].push_back(std::move(t));
      any_waiting = true;
    }
    if (!any_waiting) return results;

    std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> multi(libcurl().multi_init(),
                                                                libcurl().multi_cleanup);
    if (!multi) throw CorpusError("fetch: cannot start libcurl");
    std::map<CURL*, std::unique_ptr<Transfer>> active;
    std::map<std::string, std::size_t> per_site;
    // Handles leave the multi before it is cleaned up, whatever way this function exits.
    struct Detach {
      CURLM* m;
      std::map<CURL*, std::unique_ptr<Transfer>>& a;
      ~Detach() {
        for (auto& [easy, t] : a) libcurl().multi_remove_handle(m, easy);
      }
    } detach{multi.get(), active};

    auto start_more = [&] {
      for (auto it = waiting.begin();
           it != waiting.end() && active.size() < options.max_concurrent;) {
        auto& [site, queue] = *it;
        while (!queue.empty() && per_site[site] < options.per_host &&
               active.size() < options.max_concurrent) {
          Transfer& t = *queue.front();
          t.easy = libcurl().easy_init();
          if (!t.easy) throw CorpusError("fetch: cannot start libcurl");
          configure(t);
          if (libcurl().multi_add_handle(multi.get(), t.easy) != CURLM_OK) {
            throw CorpusError("fetch: cannot start libcurl transfer");
          }
          ++per_site[site];
          active.emplace(t.easy, std::move(queue.front()));
          queue.pop_front();
        }
        it = queue.empty() ? waiting.erase(it) : std::next(it);
      }
    };

    start_more();
    while (!active.empty()) {
      int running = 0;
      CURLMcode mc = libcurl().multi_perform(multi.get(), &running);
      if (mc != CURLM_OK) throw CorpusError(std::string("fetch: ") + libcurl().multi_strerror(mc));
      int queued = 0;
      while (CURLMsg* msg = libcurl().multi_info_read(multi.get(), &queued)) {
        if (msg->msg != CURLMSG_DONE) continue;
        CURL* easy = msg->easy_handle;
        CURLcode rc = msg->data.result;
        auto it = active.find(easy);
        std::unique_ptr<Transfer> t = std::move(it->second);
        active.erase(it);
        libcurl().multi_remove_handle(multi.get(), easy);
        --per_site[t->site];
        std::size_t i = t->unique_index;
        if (follow_meta_refresh(*t, rc)) {
          waiting[t->site].push_back(std::move(t));
        } else {
          settle(i, finish(*t, t->too_many_redirects ? CURLE_TOO_MANY_REDIRECTS : rc, urls[i]));
        }
      }
      start_more();
      if (!active.empty()) {
        mc = libcurl().multi_poll(multi.get(), nullptr, 0, 1000, nullptr);
        if (mc != CURLM_OK)
          throw CorpusError(std::string("fetch: ") + libcurl().multi_strerror(mc));
      }
    }
    return results;
  }
};

Fetcher::Fetcher(const std::filesystem::path& cache_db, FetchOptions options) {
  libcurl();  // loaded here, so that a missing libcurl is this constructor's error
  impl_ = std::make_unique<Impl>(cache_db, std::move(options));
}

Fetcher::~Fetcher() = default;

std::size_t Fetcher::clear_cache() { return impl_->cache.clear(); }

std::vector<FetchResult> Fetcher::fetch(
    const std::vector<std::string>& urls,
    const std::function<void(std::size_t, std::size_t)>& progress) {
  return impl_->run(urls, progress);
}

}  // namespace verify::corpus

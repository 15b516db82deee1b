// libcurl, loaded the first time a link is parsed or fetched rather than when `verify` starts.
//
// Why: linked normally, libcurl and the libraries it pulls in (TLS, Kerberos, LDAP, SSH, IDN,
// about thirty in all) are mapped and relocated by every run of `verify`, whether or not it
// touches a link: on the reference machine that was about 12 of the 21 ms a run takes before
// main() (docs/performance.md, "Starting without libcurl"). Loading optional libraries on first
// use is what systemd does for its own optional dependencies (its `dlopen_many_sym_or_warn`).
// The types and constants still come from <curl/curl.h>; only the calls go through this table.
#pragma once

#include <curl/curl.h>

namespace verify::corpus::fetch_detail {

// The libcurl entry points fetch.cpp uses, with libcurl's own signatures (variadic ones
// included: curl_easy_setopt and curl_easy_getinfo take their argument as libcurl documents).
struct CurlApi {
  decltype(&::curl_global_init) global_init;
  decltype(&::curl_easy_init) easy_init;
  decltype(&::curl_easy_cleanup) easy_cleanup;
  decltype(&::curl_easy_setopt) easy_setopt;
  decltype(&::curl_easy_getinfo) easy_getinfo;
  decltype(&::curl_easy_strerror) easy_strerror;
  decltype(&::curl_multi_init) multi_init;
  decltype(&::curl_multi_cleanup) multi_cleanup;
  decltype(&::curl_multi_add_handle) multi_add_handle;
  decltype(&::curl_multi_remove_handle) multi_remove_handle;
  decltype(&::curl_multi_perform) multi_perform;
  decltype(&::curl_multi_poll) multi_poll;
  decltype(&::curl_multi_info_read) multi_info_read;
  decltype(&::curl_multi_strerror) multi_strerror;
  decltype(&::curl_slist_append) slist_append;
  decltype(&::curl_slist_free_all) slist_free_all;
  decltype(&::curl_url) url;
  decltype(&::curl_url_cleanup) url_cleanup;
  decltype(&::curl_url_get) url_get;
  decltype(&::curl_url_set) url_set;
  decltype(&::curl_free) free;
};

// The table, loaded (and curl_global_init run) once per process, thread-safe. Throws
// CorpusError naming the library and what to install when libcurl cannot be loaded or lacks
// one of the entry points (fetch.cpp needs libcurl 7.85 or later); every later
// call throws the same error again.
const CurlApi& libcurl();

}  // namespace verify::corpus::fetch_detail

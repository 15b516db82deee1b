#include "curl_api.h"

#include <dlfcn.h>

#include <string>

#include "verify/corpus.h"

// The library's run-time name (its soname, "libcurl.so.4" on Debian), found by CMake from the
// libcurl it would have linked.
#ifndef VERIFY_LIBCURL_SONAME
#error "VERIFY_LIBCURL_SONAME must name libcurl's soname (set by corpus/CMakeLists.txt)"
#endif

namespace verify::corpus::fetch_detail {
namespace {

struct Loaded {
  CurlApi api{};
  std::string error;  // empty when every entry point was found
};

template <class F>
void bind(void* handle, F& slot, const char* name, std::string& error) {
  slot = reinterpret_cast<F>(::dlsym(handle, name));
  if (!slot && error.empty()) {
    error = std::string("libcurl (") + VERIFY_LIBCURL_SONAME + ") has no " + name +
            "; links need libcurl 7.85 or later (Debian: apt-get install libcurl4)";
  }
}

Loaded load() {
  Loaded l;
  // RTLD_LOCAL: libcurl's symbols serve this table only. The handle is never closed: libcurl
  // keeps global state (curl_global_init) for the life of the process.
  void* handle = ::dlopen(VERIFY_LIBCURL_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = ::dlerror();
    l.error = std::string("cannot load libcurl (") + (why ? why : VERIFY_LIBCURL_SONAME) +
              "); links cannot be checked without it (Debian: apt-get install libcurl4)";
    return l;
  }
  auto& a = l.api;
  auto& e = l.error;
  bind(handle, a.global_init, "curl_global_init", e);
  bind(handle, a.easy_init, "curl_easy_init", e);
  bind(handle, a.easy_cleanup, "curl_easy_cleanup", e);
  bind(handle, a.easy_setopt, "curl_easy_setopt", e);
  bind(handle, a.easy_getinfo, "curl_easy_getinfo", e);
  bind(handle, a.easy_strerror, "curl_easy_strerror", e);
  bind(handle, a.multi_init, "curl_multi_init", e);
  bind(handle, a.multi_cleanup, "curl_multi_cleanup", e);
  bind(handle, a.multi_add_handle, "curl_multi_add_handle", e);
  bind(handle, a.multi_remove_handle, "curl_multi_remove_handle", e);
  bind(handle, a.multi_perform, "curl_multi_perform", e);
  bind(handle, a.multi_poll, "curl_multi_poll", e);
  bind(handle, a.multi_info_read, "curl_multi_info_read", e);
  bind(handle, a.multi_strerror, "curl_multi_strerror", e);
  bind(handle, a.slist_append, "curl_slist_append", e);
  bind(handle, a.slist_free_all, "curl_slist_free_all", e);
  bind(handle, a.url, "curl_url", e);
  bind(handle, a.url_cleanup, "curl_url_cleanup", e);
  bind(handle, a.url_get, "curl_url_get", e);
  bind(handle, a.url_set, "curl_url_set", e);
  bind(handle, a.free, "curl_free", e);
  if (e.empty()) {
    CURLcode rc = a.global_init(CURL_GLOBAL_DEFAULT);
    if (rc != CURLE_OK) {
      e = std::string("libcurl could not start: ") + a.easy_strerror(rc);
    }
  }
  return l;
}

}  // namespace

const CurlApi& libcurl() {
  static const Loaded loaded = load();  // C++ guarantees one thread-safe initialisation
  if (!loaded.error.empty()) throw CorpusError("fetch: " + loaded.error);
  return loaded.api;
}

}  // namespace verify::corpus::fetch_detail

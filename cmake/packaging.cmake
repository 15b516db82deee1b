# The Debian package (`make deb`, or `cpack -G DEB` in the build directory). Its dependencies
# are the Debian packages of the libraries the binary links, found by dpkg-shlibdeps, so they
# follow whatever the build really links instead of a list kept by hand (libcurl, loaded on
# first use, is the one named below).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "verify")
set(CPACK_PACKAGE_VENDOR "verify")
set(CPACK_PACKAGE_CONTACT "verify maintainers <verify@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "fact-check engine: checks an article's claims against an indexed corpus of sources")
set(CPACK_PACKAGE_DESCRIPTION
    "verify extracts the checkable claims of a news article (dates, counts, quotes, roles, \
figures, cited links), looks each one up in a Xapian index of sources and reports whether the \
sources support it, contradict it, disagree, or say nothing, with the passages that decided.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libcurl is loaded on first use, not linked (corpus/src/curl_api.h), so dpkg-shlibdeps cannot
# see it: its package is named here, the one that owns the file CMake found (e.g. "libcurl4"),
# at the oldest version with what fetch.cpp uses (CURLOPT_PROTOCOLS_STR, 7.85).
execute_process(COMMAND dpkg-query --search "${VERIFY_LIBCURL_FILE}"
                OUTPUT_VARIABLE _verify_curl_owner ERROR_QUIET RESULT_VARIABLE _verify_curl_rc)
if(_verify_curl_rc EQUAL 0 AND _verify_curl_owner MATCHES "^([a-z0-9.+-]+)")
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${CMAKE_MATCH_1} (>= 7.85.0)")
else()
  message(STATUS "libcurl's Debian package not found: the package will not declare it")
endif()
# xapian-tcpsrv serves remote shards (docs/deployment.md); not needed on a single machine.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xapian-tools")
set(CPACK_STRIP_FILES ON)
include(CPack)

# The Debian package (`make deb`, or `cpack -G DEB` in the build directory). Its dependencies
# are the Debian packages of the libraries the binary links, found by dpkg-shlibdeps, so they
# follow whatever the build really links instead of a list kept by hand.
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
# xapian-tcpsrv serves remote shards (docs/deployment.md); not needed on a single machine.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xapian-tools")
set(CPACK_STRIP_FILES ON)
include(CPack)

// Install and packaging: `cmake --install` into a scratch prefix and the CPack .deb, each run
// from where it was put, with the rules it carries and nothing from the source tree.
#include <simdjson.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::read_file;
using verify::test::run;
using verify::test::RunResult;
using verify::test::shell_quote;
using verify::test::TempDir;

namespace {

const fs::path kExamples = VERIFY_EXAMPLES_DIR;

// Runs an installed binary with a clean environment as to rules: no $VERIFY_RULES, so the rules
// must come from where the binary was installed.
RunResult run_installed(const fs::path& binary, const std::string& args, const fs::path& cwd) {
  return run("cd " + shell_quote(cwd.string()) + " && env -u VERIFY_RULES -u VERIFY_HOME " +
                 shell_quote(binary.string()) + " " + args,
             cwd);
}

// `corpus add` of the bundled corpus, then a JSON check of the bundled article; checks that the
// report has claims and finds the example's contradictions (exit status 1).
void check_example(const fs::path& binary, const fs::path& scratch) {
  fs::path home = scratch / "home";
  auto add = run_installed(binary,
                           "--home " + shell_quote(home.string()) + " corpus add " +
                               shell_quote((kExamples / "corpus.jsonl").string()),
                           scratch);
  INFO(add.err);
  REQUIRE(add.status == 0);
  auto r = run_installed(binary,
                         "--home " + shell_quote(home.string()) + " " +
                             shell_quote((kExamples / "article.txt").string()) + " --format json",
                         scratch);
  INFO(r.err);
  CHECK(r.status == 1);
  simdjson::dom::parser parser;
  simdjson::dom::element report = parser.parse(r.out);
  CHECK(int64_t(report["summary"]["contradicted"]) > 0);
  CHECK(report["claims"].get_array().size() > 5);
}

}  // namespace

TEST_CASE("an installed verify checks an article with its own rules after the prefix is moved",
          "[cli][install]") {
  TempDir tmp;
  fs::path prefix = tmp.path() / "prefix";
  auto install = run(shell_quote(CMAKE_COMMAND) + " --install " + shell_quote(VERIFY_BUILD_DIR) +
                         " --prefix " + shell_quote(prefix.string()),
                     tmp.path());
  INFO(install.out << install.err);
  REQUIRE(install.status == 0);
  CHECK(fs::exists(prefix / "bin/verify"));
  CHECK(fs::exists(prefix / "share/verify/rules/count.json"));
  CHECK(fs::exists(prefix / "share/bash-completion/completions/verify"));
  CHECK(fs::exists(prefix / "share/zsh/vendor-completions/_verify"));
  CHECK(fs::exists(prefix / "share/fish/vendor_completions.d/verify.fish"));
  CHECK(fs::exists(prefix / "share/man/man1/verify.1"));
  // The examples name the binary where it was installed.
  CHECK(read_file(prefix / "share/doc/verify/examples/systemd/verify-recheck.service")
            .find("ExecStart=" + (prefix / "bin/verify").string() + " ") != std::string::npos);
  CHECK(read_file(prefix / "share/doc/verify/examples/cron/verify-recheck")
            .find((prefix / "bin/verify").string()) != std::string::npos);

  // The rules are found relative to the binary, so the whole tree may move.
  fs::path moved = tmp.path() / "moved";
  fs::rename(prefix, moved);
  auto version = run_installed(moved / "bin/verify", "--version", tmp.path());
  CHECK(version.status == 0);
  CHECK(version.out == "verify " VERIFY_VERSION "\n");
  auto home = run_installed(moved / "bin/verify", "--home h home", tmp.path());
  CHECK(home.out.find("rules:     " + (moved / "share/verify/rules").string()) !=
        std::string::npos);
  check_example(moved / "bin/verify", tmp.path());

  SECTION("without its rules an installed verify says where it looked, not the source tree") {
    fs::remove_all(moved / "share/verify/rules");
    auto r = run_installed(moved / "bin/verify",
                           "--home " + shell_quote((tmp.path() / "home").string()) + " " +
                               shell_quote((kExamples / "article.txt").string()),
                           tmp.path());
    CHECK(r.status == 2);
    CHECK(r.err.find((moved / "share/verify/rules").string()) != std::string::npos);
    CHECK(r.err.find("--rules") != std::string::npos);
  }
}

TEST_CASE("the Debian package lists the binary and rules, declares its libraries, and runs",
          "[cli][install][deb]") {
  TempDir tmp;
  auto pack = run("cd " + shell_quote(VERIFY_BUILD_DIR) + " && " + shell_quote(CPACK_COMMAND) +
                      " -G DEB -B " + shell_quote(tmp.path().string()),
                  tmp.path());
  INFO(pack.out << pack.err);
  REQUIRE(pack.status == 0);
  fs::path deb;
  for (const auto& e : fs::directory_iterator(tmp.path())) {
    if (e.path().extension() == ".deb") deb = e.path();
  }
  REQUIRE(!deb.empty());

  auto contents = run("dpkg-deb -c " + shell_quote(deb.string()), tmp.path());
  REQUIRE(contents.status == 0);
  for (const char* path : {"./usr/bin/verify", "./usr/share/verify/rules/count.json",
                           "./usr/share/verify/rules/lexicon.json", "./usr/share/man/man1/verify.1",
                           "./usr/share/bash-completion/completions/verify",
                           "./usr/share/doc/verify/examples/systemd/verify-recheck.service"}) {
    INFO(path);
    CHECK(contents.out.find(path) != std::string::npos);
  }
  auto depends = run("dpkg-deb -f " + shell_quote(deb.string()) + " Depends", tmp.path());
  for (const char* package : {"libxapian30", "libsqlite3-0", "libcurl4", "libicu72"}) {
    INFO(depends.out);
    CHECK(depends.out.find(package) != std::string::npos);
  }

  // A scratch root stands in for the machine: the package's tree unpacked as dpkg would.
  fs::path root = tmp.path() / "root";
  REQUIRE(
      run("dpkg-deb -x " + shell_quote(deb.string()) + " " + shell_quote(root.string()), tmp.path())
          .status == 0);
  CHECK(read_file(root / "usr/share/doc/verify/examples/systemd/verify-recheck.service")
            .find("ExecStart=/usr/bin/verify ") != std::string::npos);
  auto version = run_installed(root / "usr/bin/verify", "--version", tmp.path());
  CHECK(version.status == 0);
  check_example(root / "usr/bin/verify", tmp.path());

  SECTION("dpkg installs it and /usr/bin/verify runs a check") {
    if (geteuid() != 0) {
      WARN("not installing with dpkg -i: that needs root, and this test runs as uid " << geteuid());
      return;
    }
    // Never disturb a verify the machine already has.
    if (fs::exists("/usr/bin/verify") || run("dpkg-query -W verify", tmp.path()).status == 0) {
      WARN("not installing with dpkg -i: /usr/bin/verify or a verify package already exists");
      return;
    }
    auto install = run("dpkg -i " + shell_quote(deb.string()), tmp.path());
    INFO(install.out << install.err);
    REQUIRE(install.status == 0);
    auto installed = run_installed("/usr/bin/verify", "--version", tmp.path());
    CHECK(installed.status == 0);
    fs::path scratch = tmp.path() / "dpkg";
    fs::create_directories(scratch);
    check_example("/usr/bin/verify", scratch);
    auto remove = run("dpkg --purge verify", tmp.path());
    CHECK(remove.status == 0);
    CHECK_FALSE(fs::exists("/usr/bin/verify"));
  }
}

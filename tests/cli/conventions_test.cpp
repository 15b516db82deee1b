// Command-line conventions through the real binary: typos are errors with a suggestion and no
// side effects, bad values exit 2, help, colour, one --format spelling, the config file,
// `verify home`, and completions and the man page generated from the command line.
#include <simdjson.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <string>

#include "cli/cli_test_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::read_file;
using verify::test::run;
using verify::test::RunResult;
using verify::test::shell_quote;
using verify::test::TempDir;
using verify::test::write_file;

namespace {

const fs::path kExamples = VERIFY_EXAMPLES_DIR;
const std::string kArticle = shell_quote((kExamples / "article.txt").string());

// The binary with the scratch home, run in the scratch directory; `env` goes before it.
RunResult run_verify(const TempDir& tmp, const std::string& args, const std::string& env = "") {
  return run("cd " + shell_quote(tmp.path().string()) + " && " + env + " " +
                 verify::test::verify_cmd(tmp.path() / "home", args),
             tmp.path());
}

// A home holding the example corpus.
void add_corpus(const TempDir& tmp) {
  auto r = run_verify(tmp, "corpus add " + shell_quote((kExamples / "corpus.jsonl").string()));
  REQUIRE(r.status == 0);
}

// How many runs the store holds, read through the binary's own JSON list.
std::size_t stored_runs(const TempDir& tmp) {
  auto r = run_verify(tmp, "show --format json");
  REQUIRE(r.status == 0);
  simdjson::dom::parser parser;
  return parser.parse(r.out).get_array().size();
}

bool parses_as_json(const std::string& text) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  return !parser.parse(text).get(doc);
}

}  // namespace

TEST_CASE("a mistyped command is an error with a suggestion, and checks and stores nothing",
          "[cli][conventions]") {
  TempDir tmp;
  add_corpus(tmp);
  auto r = run_verify(tmp, "chek " + kArticle);
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown command 'chek'; did you mean 'check'?") != std::string::npos);
  CHECK(r.out.empty());
  CHECK(stored_runs(tmp) == 0);

  auto far = run_verify(tmp, "frobnicate");
  CHECK(far.status == 2);
  CHECK(far.err.find("unknown command 'frobnicate'") != std::string::npos);
  CHECK(far.err.find("verify help") != std::string::npos);
}

TEST_CASE("an unknown option is an error with a suggestion, and runs nothing",
          "[cli][conventions]") {
  TempDir tmp;
  add_corpus(tmp);
  auto r = run_verify(tmp, "check " + kArticle + " --fromat json");
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown option '--fromat'; did you mean '--format'?") != std::string::npos);
  CHECK(r.out.empty());
  CHECK(stored_runs(tmp) == 0);

  auto sub = run_verify(tmp, "corpus ad x.jsonl");
  CHECK(sub.status == 2);
  CHECK(sub.err.find("unknown command 'corpus ad'; did you mean 'corpus add'?") !=
        std::string::npos);
}

TEST_CASE("a command's option written before the command says where it goes",
          "[cli][conventions]") {
  // "unknown option '--no-fetch'; did you mean '--no-fetch'?" only puzzled (a new user's
  // report): the option is right, its place is not.
  TempDir tmp;
  add_corpus(tmp);
  auto r = run_verify(tmp, "--no-fetch recheck --all");
  CHECK(r.status == 2);
  CHECK(r.err.find("option '--no-fetch' belongs to 'recheck': write it after the command") !=
        std::string::npos);
  CHECK(r.err.find("did you mean '--no-fetch'") == std::string::npos);
}

TEST_CASE("an existing file is still checked without the word check, whatever its name",
          "[cli][conventions]") {
  TempDir tmp;
  add_corpus(tmp);
  fs::copy_file(kExamples / "article.txt", tmp.path() / "story");
  auto r = run_verify(tmp, "story --no-fetch");
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(stored_runs(tmp) == 1);
}

TEST_CASE("verify help names the program, examples, the exit codes and each command's options",
          "[cli][conventions]") {
  TempDir tmp;
  auto top = run_verify(tmp, "help");
  CHECK(top.status == 0);
  CHECK(top.out.find("Usage: verify") != std::string::npos);
  CHECK(top.out.find("Exit status: 0") != std::string::npos);
  // The program's help with its commands, as `verify --help` gives it, not the usage of the
  // `help` command itself (a new user's report: "Usage: verify help [OPTIONS] [command...]").
  CHECK(top.out.find("Usage: verify help") == std::string::npos);
  CHECK(top.out.find("Subcommands:") != std::string::npos);
  CHECK(top.out == run_verify(tmp, "--help").out);

  auto add = run_verify(tmp, "help corpus add");
  CHECK(add.status == 0);
  CHECK(add.out.find("Usage: verify corpus add") != std::string::npos);
  CHECK(add.out.find("--urls") != std::string::npos);
  CHECK(run_verify(tmp, "corpus add --help").out == add.out);

  for (const char* command : {"check", "corpus add", "recheck"}) {
    INFO(command);
    auto help = run_verify(tmp, std::string("help ") + command);
    CHECK(help.out.find("Examples:\n  verify ") != std::string::npos);
    CHECK(help.out.find("Exit status: 0") != std::string::npos);
  }

  auto typo = run_verify(tmp, "help chek");
  CHECK(typo.status == 2);
  CHECK(typo.err.find("did you mean 'check'?") != std::string::npos);
}

TEST_CASE("a date that is not a calendar YYYY-MM-DD is refused with exit 2 before anything runs",
          "[cli][conventions]") {
  TempDir tmp;
  add_corpus(tmp);
  auto date = GENERATE(as<std::string>{}, "tomorrow", "2026-02-30", "2026-13-01", "26-02-01");
  auto command = GENERATE(as<std::string>{}, "check " + kArticle + " --date ",
                          "claims " + kArticle + " --date ", "recheck --since ");
  INFO(command << date);
  auto r = run_verify(tmp, command + date);
  CHECK(r.status == 2);
  CHECK(r.err.find("expected YYYY-MM-DD") != std::string::npos);
  CHECK(r.out.empty());
  CHECK(stored_runs(tmp) == 0);
}

TEST_CASE("verify show with something that is not a run id says what a run id is",
          "[cli][conventions]") {
  TempDir tmp;
  auto r = run_verify(tmp, "show abc");
  CHECK(r.status == 2);
  CHECK(r.err.find("'abc' is not a run id: a run id is the number in the first column of "
                   "`verify show`") != std::string::npos);
}

TEST_CASE("colour follows --color, then the config, then NO_COLOR and the terminal",
          "[cli][conventions]") {
  TempDir tmp;
  add_corpus(tmp);
  REQUIRE(run_verify(tmp, kArticle + " --no-fetch").status == 1);
  const std::string escape = "\033[";
  // Piped output is plain by default, coloured when asked, and NO_COLOR does not overrule
  // an explicit --color always.
  CHECK(run_verify(tmp, "show 1").out.find(escape) == std::string::npos);
  CHECK(run_verify(tmp, "show 1 --color always").out.find(escape) != std::string::npos);
  CHECK(run_verify(tmp, "show 1 --color always", "NO_COLOR=1").out.find(escape) !=
        std::string::npos);
  CHECK(run_verify(tmp, "--color never show 1").out.find(escape) == std::string::npos);
  write_file(tmp.path() / "home" / "config.json", "{\"color\": \"always\"}\n");
  CHECK(run_verify(tmp, "show 1").out.find(escape) != std::string::npos);
  CHECK(run_verify(tmp, "show 1 --color never").out.find(escape) == std::string::npos);
  // On a terminal, auto colours unless NO_COLOR is set; script(1) gives the binary a terminal.
  if (run("command -v script", tmp.path()).status == 0) {
    fs::remove(tmp.path() / "home" / "config.json");
    auto in_terminal = [&](const std::string& env) {
      std::string inner =
          env + " " + verify::test::verify_cmd(tmp.path() / "home", "show 1 --color auto");
      return run("script -qec " + shell_quote(inner) + " /dev/null", tmp.path()).out;
    };
    CHECK(in_terminal("").find(escape) != std::string::npos);
    CHECK(in_terminal("NO_COLOR=1").find(escape) == std::string::npos);
  }
  auto bad = run_verify(tmp, "show 1 --color sometimes");
  CHECK(bad.status == 2);
}

TEST_CASE("lists and reports take --format text, json or md with one spelling",
          "[cli][conventions]") {
  TempDir tmp;
  add_corpus(tmp);
  REQUIRE(run_verify(tmp, kArticle + " --no-fetch").status == 1);
  for (const std::string& command :
       {std::string("show"), std::string("show 1"), std::string("stories"), "history " + kArticle,
        std::string("corpus stats"), std::string("recheck --all"), std::string("home")}) {
    INFO(command);
    auto json = run_verify(tmp, command + " --format json");
    CHECK(json.status <= 1);
    CHECK(parses_as_json(json.out));
    if (command != "home") {
      auto md = run_verify(tmp, command + " --format md");
      CHECK(md.status <= 1);
      CHECK((md.out.starts_with("|") || md.out.starts_with("#")));
    }
  }
  CHECK(run_verify(tmp, "corpus stats --json").out ==
        run_verify(tmp, "corpus stats --format json").out);
  auto bad = run_verify(tmp, "stories --format xml");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("xml") != std::string::npos);
}

TEST_CASE("every JSON document a command prints carries schema_version", "[cli][conventions]") {
  // Kind (a new user's report): history, stories, the list of runs, corpus stats and home
  // printed JSON without it, though formats.md says every JSON document carries it. A list
  // printed as an array carries it in each element, as several reports do.
  TempDir tmp;
  add_corpus(tmp);
  REQUIRE(run_verify(tmp, kArticle + " --no-fetch").status == 1);
  for (const std::string& command :
       {std::string("show"), std::string("show 1"), std::string("stories"), "history " + kArticle,
        std::string("corpus stats"), std::string("recheck --all"), std::string("home"),
        "claims " + kArticle}) {
    INFO(command);
    auto r = run_verify(tmp, command + " --format json");
    REQUIRE(r.status <= 1);
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.parse(r.out);
    simdjson::dom::array list;
    if (!doc.get_array().get(list)) {
      REQUIRE(list.size() > 0);
      for (auto element : list) CHECK(int64_t(element["schema_version"]) == 1);
    } else {
      CHECK(int64_t(doc["schema_version"]) == 1);
    }
  }
}

TEST_CASE("history and recheck find a story by the relative path it was checked with",
          "[cli][conventions]") {
  TempDir tmp;
  add_corpus(tmp);
  fs::copy_file(kExamples / "article.txt", tmp.path() / "story.txt");
  REQUIRE(run_verify(tmp, "story.txt --no-fetch").status == 1);
  auto history = run_verify(tmp, "history story.txt --format json");
  INFO(history.err);
  REQUIRE(history.status == 0);
  simdjson::dom::parser parser;
  auto doc = parser.parse(history.out);
  CHECK(std::string(doc["story"].get_string().value()) == (tmp.path() / "story.txt").string());
  CHECK(doc["runs"].get_array().size() == 1);
  CHECK(run_verify(tmp, "history ./story.txt").status == 0);
  CHECK(run_verify(tmp, "recheck --story story.txt --no-fetch").status <= 1);
}

TEST_CASE("the config file sets defaults that flags override", "[cli][conventions][config]") {
  TempDir tmp;
  add_corpus(tmp);
  write_file(tmp.path() / "home" / "config.json",
             "{\n  \"format\": \"json\",\n  \"fetch\": false,\n  \"max_age\": 60\n}\n");
  auto json = run_verify(tmp, kArticle);
  INFO(json.err);
  CHECK(json.status == 1);
  CHECK(parses_as_json(json.out));
  CHECK(run_verify(tmp, kArticle + " --format text").out.starts_with("verify: "));
  // The list of runs has no html: a config format a command lacks leaves it at text.
  write_file(tmp.path() / "home" / "config.json", "{\"format\": \"html\"}\n");
  CHECK(run_verify(tmp, "stories").out.find("<html") == std::string::npos);

  SECTION("--config names another file") {
    write_file(tmp.path() / "desk.json", "{\"format\": \"md\"}\n");
    auto md =
        run_verify(tmp, "--config " + shell_quote((tmp.path() / "desk.json").string()) + " show 1");
    CHECK(md.out.starts_with("#"));
    auto missing = run_verify(tmp, "--config nowhere.json show 1");
    CHECK(missing.status == 2);
    CHECK(missing.err.find("nowhere.json") != std::string::npos);
  }
}

TEST_CASE("a bad config file is an error naming the file, the line and the field",
          "[cli][conventions][config]") {
  TempDir tmp;
  add_corpus(tmp);
  fs::path config = tmp.path() / "home" / "config.json";
  struct Case {
    std::string text, expected;
  };
  auto c = GENERATE(Case{"{\n  \"fetch\": true,\n  \"format\": \"xml\"\n}\n",
                         ":3: field 'format': expected one of text, json, md, html"},
                    Case{"{\n  \"colour\": \"never\"\n}\n", ":2: field 'colour': unknown setting"},
                    Case{"{\"max_age\": -5}", ":1: field 'max_age': expected a number of seconds"},
                    Case{"{\"shards\": \"a\"}", ":1: field 'shards': expected a list of strings"},
                    Case{"{\"format\": ", ": malformed JSON"});
  write_file(config, c.text);
  auto r = run_verify(tmp, kArticle);
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK(r.err.find(config.string() + c.expected) != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("verify home tells where the home, config and rules are and how large the home is",
          "[cli][conventions]") {
  TempDir tmp;
  auto empty = run_verify(tmp, "home");
  CHECK(empty.status == 0);
  CHECK(empty.out.find("does not exist yet") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "home"));
  add_corpus(tmp);
  auto r = run_verify(tmp, "home --format json");
  REQUIRE(r.status == 0);
  simdjson::dom::parser parser;
  auto doc = parser.parse(r.out);
  CHECK(std::string(doc["home"].get_string().value()) == (tmp.path() / "home").string());
  CHECK(int64_t(doc["documents"]) == 13);
  CHECK(uint64_t(doc["bytes"]) > 0);
  CHECK(std::string(doc["rules"].get_string().value()) == VERIFY_RULES_DIR);
  // A small home's size is told in kB, not as "0.1 MB" (a new user's report: the progress
  // line of a small corpus file read "0.0 of 0.0 MB"; sizes share one formatter).
  auto text = run_verify(tmp, "home");
  REQUIRE(text.status == 0);
  CAPTURE(text.out);
  CHECK(text.out.find(" kB") != std::string::npos);
  CHECK(text.out.find(" MB") == std::string::npos);
}

TEST_CASE("the bash completion generated from the command line completes commands and values",
          "[cli][conventions][completion]") {
  TempDir tmp;
  auto script = run(shell_quote(VERIFY_BINARY) + " completion bash", tmp.path());
  REQUIRE(script.status == 0);
  write_file(tmp.path() / "verify.bash", script.out);
  // Completes as bash would: COMP_WORDS and COMP_CWORD set, then the function called.
  auto complete = [&](const std::string& words, int cword) {
    return run("bash -c " + shell_quote("source " + (tmp.path() / "verify.bash").string() +
                                        " && COMP_WORDS=(" + words +
                                        ") && COMP_CWORD=" + std::to_string(cword) +
                                        " && _verify && echo \"${COMPREPLY[*]}\""),
               tmp.path())
        .out;
  };
  CHECK(complete("verify ch ''", 1).find("check") != std::string::npos);
  CHECK(complete("verify corpus ''", 2) == "add stats reindex compact rm\n");
  CHECK(complete("verify check --format ''", 3) == "text json md html\n");
  CHECK(complete("verify show --for", 2) == "--format\n");
  CHECK(complete("verify --color ''", 2) == "auto always never\n");

  for (const char* shell : {"zsh", "fish"}) {
    auto other = run(shell_quote(VERIFY_BINARY) + " completion " + shell, tmp.path());
    CHECK(other.status == 0);
    CHECK(other.out.find("--format") != std::string::npos);
    if (run(std::string("command -v ") + shell, tmp.path()).status == 0) {
      write_file(tmp.path() / "script", other.out);
      CHECK(
          run(std::string(shell) + " -n " + (tmp.path() / "script").string(), tmp.path()).status ==
          0);
    }
  }
  CHECK(run(shell_quote(VERIFY_BINARY) + " completion tcsh", tmp.path()).status == 2);
}

TEST_CASE("the man page generated from the command line is valid roff naming every command",
          "[cli][conventions][completion]") {
  TempDir tmp;
  auto man = run(shell_quote(VERIFY_BINARY) + " man", tmp.path());
  REQUIRE(man.status == 0);
  for (const char* text : {".TH VERIFY 1", "verify corpus add", "verify recheck", "verify home",
                           "\\-\\-format", "EXIT STATUS", "NO_COLOR"}) {
    INFO(text);
    CHECK(man.out.find(text) != std::string::npos);
  }
  write_file(tmp.path() / "verify.1", man.out);
  if (run("command -v groff", tmp.path()).status == 0) {
    auto rendered =
        run("groff -man -Tutf8 -ww -z " + (tmp.path() / "verify.1").string(), tmp.path());
    CHECK(rendered.status == 0);
    CHECK(rendered.err.empty());
  }
}

TEST_CASE("the config's exclude patterns are not fetched and its accepted statuses count as live",
          "[cli][conventions][config]") {
  httplib::Server server;
  std::atomic<int> skipped_hits = 0;
  server.Get("/forbidden", [](const httplib::Request&, httplib::Response& res) {
    res.status = 403;
    res.set_content("robots go away", "text/plain");
  });
  server.Get("/skip/page", [&](const httplib::Request&, httplib::Response& res) {
    ++skipped_hits;
    res.set_content("<html><body><p>Nothing.</p></body></html>", "text/html");
  });
  std::thread thread;
  int port = verify::test::start_loopback(server, thread);
  std::string base = "http://127.0.0.1:" + std::to_string(port);
  TempDir tmp;
  add_corpus(tmp);
  write_file(tmp.path() / "a.md", "# Links\n\nThe council voted, as [reported](" + base +
                                      "/forbidden) and [noted](" + base + "/skip/page).\n");
  write_file(tmp.path() / "home" / "config.json",
             "{\n  \"exclude\": [\"/skip/\"],\n  \"accept\": [403]\n}\n");
  auto r = run_verify(tmp, "a.md --allow-private --no-store --format json");
  INFO(r.err);
  REQUIRE(r.status <= 1);
  simdjson::dom::parser parser;
  std::map<std::string, std::pair<std::string, int64_t>> links;  // url -> status, http status
  for (auto c : parser.parse(r.out)["claims"].get_array()) {
    if (std::string_view(c["kind"].get_string().value()) != "citation") continue;
    auto link = c["link"];
    links[std::string(link["url"].get_string().value())] = {
        std::string(link["status"].get_string().value()), int64_t(link["http_status"])};
  }
  CHECK(links[base + "/skip/page"].first == "excluded");
  CHECK(links[base + "/forbidden"] == std::make_pair(std::string("ok"), int64_t(403)));
  CHECK(skipped_hits == 0);

  // Without the config the 403 is a dead link; a flag adds a pattern of its own.
  fs::remove(tmp.path() / "home" / "config.json");
  auto plain = run_verify(tmp,
                          "a.md --allow-private --no-store --format json --exclude "
                          "'/forbidden$'");
  CHECK(plain.out.find("\"status\": \"excluded\"") != std::string::npos);
  CHECK(skipped_hits == 1);
  server.stop();
  thread.join();

  write_file(tmp.path() / "home" / "config.json", "{\n  \"exclude\": [\"(unclosed\"]\n}\n");
  auto bad = run_verify(tmp, "a.md");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("config.json:2: field 'exclude': '(unclosed' is not a regular expression") !=
        std::string::npos);
}

TEST_CASE("text and Markdown reports give confidence as a word with a legend, and line numbers",
          "[cli][conventions][report]") {
  TempDir tmp;
  add_corpus(tmp);
  auto text = run_verify(tmp, kArticle + " --no-fetch --no-store");
  auto md = run_verify(tmp, kArticle + " --no-fetch --no-store --format md");
  for (const auto* r : {&text, &md}) {
    CHECK(r->out.find("confidence: how sure the deciding rule is; high 0.75 and above") !=
          std::string::npos);
    CHECK((r->out.find("(confidence high, ") != std::string::npos ||
           r->out.find("(confidence medium, ") != std::string::npos ||
           r->out.find("(confidence low, ") != std::string::npos));
  }
  // The March 3 of line 5 is named by its line in both.
  CHECK(text.out.find("[date] line 5: \"March 3\"") != std::string::npos);
  CHECK(md.out.find("- **date** line 5: “March 3”") != std::string::npos);
}

TEST_CASE("a report with nothing to check says so instead of explaining confidences",
          "[cli][conventions][report]") {
  // Kind (a new-user trial): a text with no claim printed "0 claims" and then the confidence
  // legend, as if something had been judged. Text, Markdown and HTML alike (the HTML report
  // said nothing at all: a later new user's report).
  TempDir tmp;
  add_corpus(tmp);
  write_file(tmp.path() / "empty.txt",
             "A note\n\nThis text states nothing a fact-checker could check against a source.\n");
  for (const char* format : {"text", "md", "html"}) {
    auto r = run_verify(tmp, std::string("empty.txt --no-fetch --no-store --format ") + format);
    CAPTURE(format, r.out);
    CHECK(r.status == 0);
    CHECK(r.out.find("No date, count, quote, role, percentage or amount to check was found") !=
          std::string::npos);
    CHECK(r.out.find("confidence: how sure") == std::string::npos);
  }
}

TEST_CASE("the HTML report marks the article's title and text with the article's language",
          "[cli][conventions][report]") {
  // Kind (a new user's report): a French story's HTML report said lang="en" throughout, so a
  // screen reader, hyphenation and spell-checking read the French text as English. The
  // report's own words stay English.
  TempDir tmp;
  write_file(tmp.path() / "fr.txt",
             "La grève continue\n\nLes éboueurs de la ville sont en grève depuis le lundi 4 mai "
             "2026, et 85 agents ont cessé le travail selon le syndicat.\n");
  write_file(tmp.path() / "en.txt",
             "The strike goes on\n\nThe city's refuse collectors have been on strike since "
             "Monday, May 4, 2026, and 85 of them stopped work, the union said.\n");
  auto fr = run_verify(tmp, "fr.txt --no-fetch --no-store --format html");
  auto en = run_verify(tmp, "en.txt --no-fetch --no-store --format html");
  CHECK(fr.out.find("<html lang=\"en\">") != std::string::npos);
  CHECK(fr.out.find("<article lang=\"fr\">") != std::string::npos);
  CHECK(fr.out.find("<h1 lang=\"fr\">") != std::string::npos);
  CHECK(en.out.find("<article lang=\"en\">") != std::string::npos);
}

TEST_CASE("a check against a home with no sources warns that nothing could be confirmed",
          "[cli][conventions]") {
  // Kind (a new user's report): a mistyped --home or a forgotten `corpus add` gave a report of
  // unverified claims and exit 0, with nothing saying the corpus was empty. --quiet silences
  // the warning; a home with sources never warns.
  TempDir tmp;
  write_file(tmp.path() / "a.txt", "A note\n\nThe council approved 12 new buses on May 3, 2026.\n");
  auto empty = run_verify(tmp, "a.txt --no-fetch --no-store");
  CAPTURE(empty.err);
  CHECK(empty.status == 0);
  CHECK(empty.err.find("has no sources") != std::string::npos);
  CHECK(empty.err.find("verify corpus add") != std::string::npos);
  CHECK(run_verify(tmp, "a.txt --no-fetch --no-store -q").err.empty());
  add_corpus(tmp);
  CHECK(run_verify(tmp, "a.txt --no-fetch --no-store").err.find("has no sources") ==
        std::string::npos);
}

TEST_CASE("an article without a date of its own warns that its relative dates are left out",
          "[cli][conventions]") {
  // Kind: "The train derailed on Sunday" in an article with no dateline: the relative date
  // was silently left out of the claims (a new-user trial). English and French; --date and
  // --quiet silence it, and a dated article never warns.
  TempDir tmp;
  write_file(tmp.path() / "en.md",
             "# Brief\n\nThe train derailed on Sunday, and 19 people "
             "were hurt yesterday.\n");
  write_file(tmp.path() / "fr.txt",
             "Le train a déraillé dimanche, et 19 personnes ont été "
             "blessées.\n");
  write_file(tmp.path() / "dated.md",
             "# Brief\n\n*Published June 18, 2026*\n\nThe train "
             "derailed on Sunday.\n");
  auto en = run_verify(tmp, "en.md --no-fetch --no-store");
  CHECK(en.err.find("en.md: the article gives no date of its own") != std::string::npos);
  CHECK(en.err.find("\"Sunday\" and 1 other relative date cannot be placed") != std::string::npos);
  CHECK(en.err.find("give --date YYYY-MM-DD") != std::string::npos);
  auto fr = run_verify(tmp, "claims fr.txt");
  CHECK(fr.err.find("\"dimanche\" cannot be placed and is left out") != std::string::npos);
  CHECK(run_verify(tmp, "en.md --no-fetch --no-store --date 2026-06-18")
            .err.find("no date of its own") == std::string::npos);
  CHECK(run_verify(tmp, "-q en.md --no-fetch --no-store").err.find("no date of its own") ==
        std::string::npos);
  CHECK(run_verify(tmp, "dated.md --no-fetch --no-store").err.find("no date of its own") ==
        std::string::npos);
}

TEST_CASE("the Markdown report shows a finding's status as the text report does",
          "[cli][conventions][report]") {
  // Kind: the text report tags a misattributed quote and an outdated figure; the Markdown
  // report dropped the tags, so a pasted report read as a plain contradiction (a new-user
  // trial).
  TempDir tmp;
  add_corpus(tmp);
  auto text = run_verify(tmp, kArticle + " --no-fetch --no-store");
  auto md = run_verify(tmp, kArticle + " --no-fetch --no-store --format md");
  for (const std::string status : {"misattributed", "outdated"}) {
    CAPTURE(status);
    CHECK(text.out.find(" [" + status + "] (confidence") != std::string::npos);
    CHECK(md.out.find(" \\[" + status + "\\] (confidence") != std::string::npos);
  }
}

TEST_CASE("the article's own date is shown apart as not checked and not counted as unverified",
          "[cli][conventions][report]") {
  TempDir tmp;
  add_corpus(tmp);
  auto json = run_verify(tmp, kArticle + " --no-fetch --no-store --format json");
  simdjson::dom::parser parser;
  auto report = parser.parse(json.out);
  const int64_t claims = int64_t(report["claims"].get_array().size());
  const int64_t unverified = int64_t(report["summary"]["unverified"]);
  // The JSON says how many of its claims the text report leaves out of its counts.
  CHECK(int64_t(report["summary"]["not_checked"]) == 1);
  auto text = run_verify(tmp, kArticle + " --no-fetch --no-store");
  CHECK(text.out.find(std::to_string(claims - 1) + " claims: ") != std::string::npos);
  CHECK(text.out.find(std::to_string(unverified - 1) +
                      " unverified; not checked: the article's date") != std::string::npos);
  CHECK(text.out.find("NOT CHECKED: THE ARTICLE'S DATE\n  [date] line 3: \"March 12, 2026\"") !=
        std::string::npos);
  CHECK(text.out.find("own dateline") == std::string::npos);
  auto md = run_verify(tmp, kArticle + " --no-fetch --no-store --format md");
  CHECK(md.out.find("## NOT CHECKED: THE ARTICLE'S DATE\n\n- **date** line 3") !=
        std::string::npos);
  // The HTML report's header counts the same way (a new-user trial: it said one more
  // unverified than the text report).
  auto html = run_verify(tmp, kArticle + " --no-fetch --no-store --format html");
  CHECK(html.out.find(">" + std::to_string(unverified - 1) + " unverified</span>") !=
        std::string::npos);
  CHECK(html.out.find("not checked: the article's date") != std::string::npos);
}

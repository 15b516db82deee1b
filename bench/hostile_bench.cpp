// hostile_bench: time and peak memory of `verify` on generated hostile articles (issue 12), each
// pattern at 1x, 2x and 4x its base size, to show the cost grows linearly.
//
// Patterns (--patterns, comma separated; base size in brackets):
//   between   "between March 3 and 5" repeated with no spaces [1,000 copies]
//   guil      nested unbalanced French quotes "Varela a dit : «" [4,000]
//   dates     one sentence of dates "March 1, 1900, March 2, 1901, ..." [4,000]
//   quote     one quote of random words [10,000 words]
//   numbers   one sentence of numbers [25,000]
//   percents  one sentence of percentages [25,000]
//   quotes    one sentence of short quotes [25,000]
//   paras     one-word paragraphs [75,000]
//   attrs     one HTML tag with many attributes [25,000]
//   divs      nested <div>s around the text [1,000; deeper than 2048 is an input error]
//   sentences one-claim sentences [5,000]
//   story_numbers, story_dates  one sentence of counts [25,000] or dates [4,000] in the story of
//             the bundled example (examples/corpus.jsonl), so a home holding it answers them
//   quotes_top   short quotes from the article's first byte, no speech verb [10,000]
//   guil_top     unclosed « from the first byte [50,000]
//   para_figures one-line paragraphs with a count and a percentage [15,000]
//   cr_lines     lines ended by a bare CR, each with a percentage and a date [15,000]
// Each file is checked with `verify --home HOME check --no-fetch --no-store FILE` (HOME: --home,
// else an empty one) and listed with `verify claims FILE`, each run in a child process: wall
// seconds, CPU seconds of the check (user + system, all threads) and peak RSS (wait4); with
// --runs N, the median seconds and the largest peak of N.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Pattern {
  std::string ext;
  std::function<std::string(std::size_t)> make;  // article text at a scale factor
};

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string joined(std::size_t n, const std::function<std::string(std::size_t)>& item) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? ", " : "") + item(i);
  return out;
}

const std::map<std::string, Pattern>& patterns() {
  static const std::map<std::string, Pattern> kPatterns = {
      {"between",
       {"txt",
        [](std::size_t k) {
          return "Title\n\nThe strike ran " + repeat("between March 3 and 5", 1000 * k) + "\n";
        }}},
      {"guil",
       {"md",
        [](std::size_t k) {
          return "# T\n\n" + repeat("Varela a dit : \xC2\xAB ", 4000 * k) + "fin.\n";
        }}},
      {"dates",
       {"txt",
        [](std::size_t k) {
          return "Title\n\nThe strike ran on " +
                 joined(4000 * k,
                        [](std::size_t i) {
                          return "March " + std::to_string(i % 28 + 1) + ", " +
                                 std::to_string(1900 + i % 200);
                        }) +
                 ".\n";
        }}},
      {"quote",
       {"txt",
        [](std::size_t k) {
          static const char* kWords[] = {"paper", "container", "will",  "is",    "strike",
                                         "the",   "single",    "port",  "a",     "we",
                                         "offer", "not",       "until", "union", "on"};
          std::mt19937 rng(1);
          std::string q;
          for (std::size_t i = 0; i < 10000 * k; ++i) {
            q += (i ? " " : "") + std::string(kWords[rng() % 15]);
          }
          return "Title\n\n\"" + q + ",\" the union said.\n";
        }}},
      {"numbers",
       {"txt",
        [](std::size_t k) {
          return "Title\n\nThe counts were " +
                 joined(25000 * k, [](std::size_t i) { return std::to_string(10000 + i); }) +
                 " workers.\n";
        }}},
      {"percents",
       {"txt",
        [](std::size_t k) {
          return "Title\n\nThe shares were " +
                 joined(25000 * k, [](std::size_t i) { return std::to_string(i % 90 + 1) + "%"; }) +
                 " of the vote.\n";
        }}},
      {"quotes",
       {"txt",
        [](std::size_t k) {
          return "Title\n\nThey said " +
                 joined(25000 * k,
                        [](std::size_t i) { return "\"word" + std::to_string(i) + " here\""; }) +
                 " and left.\n";
        }}},
      {"paras", {"txt", [](std::size_t k) { return "Title\n\n" + repeat("word\n\n", 75000 * k); }}},
      // Found by a fresh tester (2026-12-01): quotes from the very top of the article (no
      // speech verb before them), unclosed « from the top, one-line paragraphs with figures
      // past the claims limit, and lines ended by a bare CR.
      {"quotes_top",
       {"txt",
        [](std::size_t k) {
          return joined(10000 * k,
                        [](std::size_t i) { return "\"word" + std::to_string(i) + " here\""; }) +
                 "\n";
        }}},
      {"guil_top",
       {"txt", [](std::size_t k) { return repeat("\xC2\xAB word ", 50000 * k) + "\n"; }}},
      {"para_figures",
       {"txt",
        [](std::size_t k) {
          std::string out = "Title\n\n";
          for (std::size_t i = 0; i < 15000 * k; ++i) {
            out += "Para " + std::to_string(i) + " rose 5%.\n\n";
          }
          return out;
        }}},
      {"cr_lines",
       {"txt",
        [](std::size_t k) {
          std::string out = "Title\r\r";
          for (std::size_t i = 0; i < 15000 * k; ++i) {
            out += "Prices rose " + std::to_string(i % 100) + "% on March " +
                   std::to_string(i % 28 + 1) + ".\r";
          }
          return out;
        }}},
      {"attrs",
       {"html",
        [](std::size_t k) {
          std::string tag;
          for (std::size_t i = 0; i < 25000 * k; ++i) tag += " a" + std::to_string(i) + "=\"x\"";
          return "<html><body><p" + tag +
                 ">The union said 85 workers were hired.</p></body></html>\n";
        }}},
      {"sentences",
       {"txt",
        [](std::size_t k) {
          std::string out = "Title\n\n";
          for (std::size_t i = 0; i < 5000 * k; ++i) {
            out += (i ? " " : "") + std::string("The union said ") + std::to_string(4000 + i) +
                   " dockworkers walked off the job at the Port of Calvera.";
          }
          return out + "\n";
        }}},
      {"story_numbers",
       {"txt",
        [](std::size_t k) {
          return "Calvera strike\n\nCALVERA, March 12, 2026 - The union said " +
                 joined(25000 * k, [](std::size_t i) { return std::to_string(4000 + i); }) +
                 " dockworkers walked off the job at the Port of Calvera on March 5.\n";
        }}},
      {"story_dates",
       {"txt",
        [](std::size_t k) {
          return "Calvera strike\n\nCALVERA, March 12, 2026 - The dockworkers' strike at the Port "
                 "of Calvera began on " +
                 joined(4000 * k,
                        [](std::size_t i) {
                          return "March " + std::to_string(i % 28 + 1) + ", " +
                                 std::to_string(1900 + i % 200);
                        }) +
                 ".\n";
        }}},
      {"divs",
       {"html",
        [](std::size_t k) {
          return "<html><body>" + repeat("<div>", 1000 * k) +
                 "<p>The union said 85 workers were hired on March 3, 2024.</p>" +
                 repeat("</div>", 1000 * k) + "</body></html>\n";
        }}},
  };
  return kPatterns;
}

struct Measure {
  double seconds = 0;
  double cpu_seconds = 0;  // user + system, all threads: what a busy neighbour does not inflate
  long peak_mb = 0;
  int status = -1;
};

// Runs argv in a child with stdout and stderr to /dev/null; wall time and the child's peak RSS.
Measure run_child(const std::vector<std::string>& argv) {
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  Measure m;
  int raw = 0;
  rusage usage{};
  if (pid > 0 && wait4(pid, &raw, 0, &usage) == pid) {
    m.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    m.peak_mb = usage.ru_maxrss / 1024;
    auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    m.cpu_seconds = secs(usage.ru_utime) + secs(usage.ru_stime);
  }
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return m;
}

// Runs argv `runs` times: the median wall and CPU seconds and the largest peak RSS.
Measure run_median(const std::vector<std::string>& argv, int runs) {
  std::vector<Measure> all;
  for (int r = 0; r < runs; ++r) all.push_back(run_child(argv));
  std::vector<double> cpu;
  for (const auto& x : all) cpu.push_back(x.cpu_seconds);
  std::sort(cpu.begin(), cpu.end());
  std::sort(all.begin(), all.end(),
            [](const Measure& a, const Measure& b) { return a.seconds < b.seconds; });
  Measure m = all[all.size() / 2];
  m.cpu_seconds = cpu[cpu.size() / 2];
  for (const auto& x : all) {
    m.peak_mb = std::max(m.peak_mb, x.peak_mb);
    m.status = std::max(m.status, x.status);
  }
  return m;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"hostile_bench: verify on generated hostile articles at 1x, 2x, 4x"};
  std::string verify = VERIFY_BINARY;
  std::string names =
      "between,guil,dates,quote,numbers,percents,quotes,paras,attrs,divs,sentences,story_numbers,"
      "quotes_top,guil_top,para_figures,cr_lines,"
      "story_dates";
  std::string scales = "1,2,4";
  std::string work = (fs::temp_directory_path() / "verify-hostile-bench").string();
  std::string home;
  int runs = 1;
  app.add_option("--verify", verify, "The verify binary to measure");
  app.add_option("--patterns", names, "Patterns, comma separated");
  app.add_option("--scales", scales, "Scale factors, comma separated");
  app.add_option("--work", work, "Scratch directory (articles and an empty home)");
  app.add_option("--home", home, "Home to check against (default: an empty one in --work)");
  app.add_option("--runs", runs, "Runs of each measurement: the median seconds are shown")
      ->check(CLI::Range(1, 99));
  CLI11_PARSE(app, argc, argv);

  fs::create_directories(work);
  if (home.empty()) home = (fs::path(work) / "home").string();
  std::printf("%-13s %5s %9s %10s %8s %8s %10s %8s\n", "pattern", "scale", "KB", "check s", "cpu s",
              "MB", "claims s", "MB");
  std::fflush(stdout);  // or every forked child would print the buffered header again
  for (const auto& name : split_list(names)) {
    auto it = patterns().find(name);
    if (it == patterns().end()) {
      std::fprintf(stderr, "hostile_bench: unknown pattern '%s'\n", name.c_str());
      return 2;
    }
    for (const auto& scale : split_list(scales)) {
      std::size_t k = std::stoul(scale);
      fs::path file = fs::path(work) / (name + "_" + scale + "." + it->second.ext);
      {
        std::ofstream out(file, std::ios::binary);
        out << it->second.make(k);
      }
      Measure check = run_median(
          {verify, "--home", home, "-q", "check", "--no-fetch", "--no-store", file}, runs);
      Measure claims = run_median({verify, "claims", file}, runs);
      std::printf("%-13s %4zux %9ju %10.2f %8.2f %8ld %10.2f %8ld%s\n", name.c_str(), k,
                  static_cast<std::uintmax_t>(fs::file_size(file) / 1024), check.seconds,
                  check.cpu_seconds, check.peak_mb, claims.seconds, claims.peak_mb,
                  check.status > 1 || claims.status != 0 ? "  (exit status > 1: input error)" : "");
      std::fflush(stdout);
    }
  }
  return 0;
}

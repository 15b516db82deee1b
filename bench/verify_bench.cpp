// verify_bench: ingest, verify, re-check and memory benchmarks over Reuters-21578 scaled to
// N documents, each workload measured against a bare-Xapian baseline in the same invocation.
//
// Workloads (--workloads, comma separated):
//   ingest   Corpus::add_path(JSONL) with the sources read by the extractor (what `verify corpus
//            add` runs) vs a minimal single-thread
//            TermGenerator + WritableDatabase::add_document loop: docs/s, MB/s, peak RSS, disk.
//   verify   Engine construction + check of ~1,000-word articles with planted wrong counts,
//            dates and quotes (page cache warm) vs the same searches through Corpus::search:
//            p50/p99 per article and per claim, Xapian queries per claim; and the same
//            articles checked by the verify binary, one process per article (p50/p99).
//   recheck  --stories archived stories, 1% new sources added, Engine::recheck: stories/s,
//            how many were skipped as unaffected; each run on fresh copies of the home (a
//            re-check changes it), incremental and --full alternated, medians of --runs.
//   memory   peak RSS of one `verify ARTICLE`-equivalent check on the largest corpus.
//   accuracy the measure a retrieval change is judged by (issue 14): the dev gold articles
//            checked against the dev corpus alone ("baseline" column) and mixed into the N
//            generated documents ("ours"), by the verify binary's `eval verdicts`: accuracy,
//            planted errors caught, gold-contradicted claims judged supported. Needs
//            ../shared/data/news-dev; skipped, saying so, without it.
// Every measured step runs in a forked child (peak RSS from wait4 is per step); ours and the
// baseline alternate order across --runs; the table shows medians.
#include <fcntl.h>
#include <simdjson.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "plans.h"
#include "reuters.h"
#include "verify/claims.h"
#include "verify/corpus.h"
#include "verify/engine.h"
#include "verify/rules.h"

namespace fs = std::filesystem;
using verify::bench::Generator;
using verify::bench::load_plans;
using verify::bench::Plans;
using verify::bench::save_plans;
using Clock = std::chrono::steady_clock;
using Values = std::map<std::string, double>;

namespace {

struct Options {
  std::string workloads = "ingest,verify,recheck,memory,accuracy";
  std::vector<std::size_t> docs = {200000};
  int runs = 3;
  std::string workdir = "/tmp/verify-bench";
  std::string reuters = VERIFY_SOURCE_DIR "/../shared/data/reuters21578";
  std::string rules = VERIFY_RULES_DIR;
  std::size_t articles = 40;
  std::size_t stories = 10000;
  std::uint64_t seed = 21578;
  bool keep_homes = false;
  bool compact = false;       // compact the home before verify/recheck/memory (`corpus compact`)
  std::string dump;           // verify: every finding of the unmeasured pass, to compare builds
  std::string save_articles;  // verify: write the generated articles here (to profile one)
};

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

struct ChildResult {
  Values values;
  double wall = 0;
  double peak_rss_mb = 0;
  double cpu = 0;  // user + system seconds: cpu / wall is the number of cores kept busy
};

// Runs `fn` in a forked child so that its peak RSS is its own; values come back over a pipe.
ChildResult in_child(const std::function<Values()>& fn) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  std::cout.flush();
  auto start = Clock::now();
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    close(fds[0]);
    int status = 0;
    std::string out;
    try {
      for (auto& [k, v] : fn()) out += k + " " + std::to_string(v) + "\n";
    } catch (const std::exception& e) {
      std::fprintf(stderr, "verify_bench: %s\n", e.what());
      status = 1;
    }
    for (std::size_t done = 0; done < out.size();) {
      auto n = write(fds[1], out.data() + done, out.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    close(fds[1]);
    _exit(status);
  }
  close(fds[1]);
  std::string text;
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
    text.append(buf, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  ChildResult r;
  r.wall = seconds_since(start);
  r.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
  auto secs = [](timeval t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  r.cpu = secs(usage.ru_utime) + secs(usage.ru_stime);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("a child failed");
  std::istringstream in(text);
  std::string key;
  double value = 0;
  while (in >> key >> value) r.values[key] = value;
  return r;
}

double median(std::vector<double> v) {
  if (v.empty()) return NAN;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return NAN;
  std::sort(v.begin(), v.end());
  auto i = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size()))) - 1;
  return v[std::min(i, v.size() - 1)];
}

std::uint64_t disk_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code fe;
    if (it->is_regular_file(fe)) total += it->file_size(fe);
  }
  return total;
}

// The table: one row per figure, medians over runs, with the baseline and ratio when there is one.
struct Row {
  std::string workload, docs, metric;
  double ours = NAN, baseline = NAN;
  std::string target;
};
std::vector<Row> table;

void add_row(std::string workload, std::size_t docs, std::string metric, double ours,
             double baseline = NAN, std::string target = "") {
  table.push_back({std::move(workload), std::to_string(docs), std::move(metric), ours, baseline,
                   std::move(target)});
}

std::string fmt(double v) {
  if (std::isnan(v)) return "-";
  char buf[32];
  // Whole numbers (counts) without decimals; fractions (accuracies, ratios) to three places.
  const char* f = std::fabs(v) >= 100 || v == std::floor(v) ? "%.0f" : "%.3f";
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

void print_table() {
  std::printf("\n| workload | docs | metric | ours | baseline | ours/baseline | target |\n");
  std::printf("| --- | ---: | --- | ---: | ---: | ---: | --- |\n");
  for (const auto& r : table) {
    double ratio = (std::isnan(r.baseline) || r.baseline == 0) ? NAN : r.ours / r.baseline;
    std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", r.workload.c_str(), r.docs.c_str(),
                r.metric.c_str(), fmt(r.ours).c_str(), fmt(r.baseline).c_str(), fmt(ratio).c_str(),
                r.target.c_str());
  }
  std::fflush(stdout);
}

// ---- ingest ----

// The baseline: what a bare Xapian program does with the same texts, one thread, the same
// stemming and positions, committing every 1,000 documents (PERF-NOTES' fastest batch).
Values baseline_ingest(const fs::path& jsonl, const fs::path& dir) {
  Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  simdjson::ondemand::parser parser;
  std::ifstream in(jsonl, std::ios::binary);
  std::string line;
  std::size_t docs = 0;
  while (std::getline(in, line)) {
    simdjson::padded_string padded(line);
    auto obj = parser.iterate(padded);
    std::string_view title = obj["title"].get_string().value();
    std::string_view text = obj["text"].get_string().value();
    Xapian::Document doc;
    doc.set_data(std::string(text));
    tg.set_document(doc);
    tg.index_text(std::string(title));
    tg.increase_termpos();
    tg.index_text(std::string(text));
    db.add_document(doc);
    if (++docs % 1000 == 0) db.commit();
  }
  db.commit();
  return {{"docs", static_cast<double>(docs)}};
}

Values ours_ingest(const fs::path& jsonl, const fs::path& home) {
  auto corpus = verify::corpus::Corpus::open(home, verify::corpus::Corpus::Mode::kWrite);
  // As `verify corpus add` does: every source is read by the extractor at ingest.
  verify::engine::read_sources_at_ingest(*corpus);
  auto report = corpus->add_path(jsonl);
  if (report.rejected) throw std::runtime_error(report.problems.front());
  return {{"docs", static_cast<double>(report.added + report.updated + report.skipped)}};
}

// As `verify corpus reindex` does: re-reads the sources whose mentions an older extractor made.
Values ours_reindex(const fs::path& home) {
  auto corpus = verify::corpus::Corpus::open(home, verify::corpus::Corpus::Mode::kWrite);
  verify::engine::read_sources_at_ingest(*corpus);
  return {{"reread", static_cast<double>(corpus->reannotate())}};
}

// `verify corpus compact` on a home (Corpus::compact): its sizes and time.
Values ours_compact(const fs::path& home) {
  auto corpus = verify::corpus::Corpus::open(home, verify::corpus::Corpus::Mode::kWrite);
  auto r = corpus->compact();
  return {{"before", static_cast<double>(r.bytes_before)},
          {"after", static_cast<double>(r.bytes_after)},
          {"seconds", r.seconds}};
}

struct EvalFigures {
  double accuracy = NAN, caught = 0, planted = 0, contr_sup = NAN;
};

// Runs `verify eval verdicts` on the dev gold with the given corpora and reads its summary.
EvalFigures run_eval(const std::vector<fs::path>& corpora) {
  fs::path dev = fs::path(VERIFY_SOURCE_DIR) / ".." / "shared" / "data" / "news-dev";
  std::string cmd = std::string("'") + VERIFY_BINARY + "' -q eval verdicts";
  for (const auto& c : corpora) cmd += " --corpus '" + c.string() + "'";
  for (const auto& e : fs::directory_iterator(dev / "articles")) {
    if (e.path().string().ends_with(".gold.json")) cmd += " '" + e.path().string() + "'";
  }
  cmd += " 2>/dev/null";
  EvalFigures f;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) throw std::runtime_error("cannot run " + cmd);
  char buf[4096];
  bool rows = false;
  while (std::fgets(buf, sizeof buf, p)) {
    std::string line(buf);
    std::istringstream in(line);
    std::string first;
    in >> first;
    if (first == "overall") in >> f.accuracy;
    if (line.rfind("gold-contradicted claims judged supported:", 0) == 0)
      f.contr_sup = std::stod(line.substr(line.find(':') + 1));
    if (first == "article") {
      rows = true;
      continue;
    }
    if (rows && line.find("false alarms") == 0) rows = false;
    if (rows) {
      // "... all caught contr->sup": the caught column is "x/y", second to last.
      std::vector<std::string> tok;
      for (std::string t; in >> t;) tok.push_back(t);
      if (tok.size() >= 2) {
        const auto& caught = tok[tok.size() - 2];
        auto slash = caught.find('/');
        if (slash != std::string::npos) {
          f.caught += std::stod(caught.substr(0, slash));
          f.planted += std::stod(caught.substr(slash + 1));
        }
      }
    }
  }
  if (pclose(p) != 0 || std::isnan(f.accuracy)) throw std::runtime_error("eval failed: " + cmd);
  return f;
}

void run_accuracy(std::size_t n, const fs::path& jsonl) {
  fs::path dev = fs::path(VERIFY_SOURCE_DIR) / ".." / "shared" / "data" / "news-dev";
  if (!fs::exists(dev / "corpus.jsonl")) {
    std::printf("accuracy: skipped, %s is absent\n", dev.string().c_str());
    return;
  }
  auto t = Clock::now();
  auto alone = run_eval({dev / "corpus.jsonl"});
  auto mixed = run_eval({dev / "corpus.jsonl", jsonl});
  std::printf("accuracy %zu: %.3f alone, %.3f with distractors (%.0f s)\n", n, alone.accuracy,
              mixed.accuracy, seconds_since(t));
  add_row("accuracy", n, "dev verdict accuracy (baseline: dev corpus alone)", mixed.accuracy,
          alone.accuracy, "ratio 1.00");
  add_row("accuracy", n, "planted errors caught", mixed.caught, alone.caught,
          "all " + fmt(alone.planted));
  add_row("accuracy", n, "gold-contradicted judged supported", mixed.contr_sup, alone.contr_sup,
          "0");
}

fs::path home_for(const Options& o, std::size_t n) {
  return fs::path(o.workdir) / ("home-" + std::to_string(n));
}

void run_ingest(const Options& o, std::size_t n, const fs::path& jsonl) {
  double mb = static_cast<double>(fs::file_size(jsonl)) / 1e6;
  std::vector<double> ours_s, base_s, ours_rss, base_rss, ours_disk, base_disk;
  for (int r = 0; r < o.runs; ++r) {
    fs::path home = fs::path(o.workdir) / ("ingest-ours-" + std::to_string(n));
    fs::path base = fs::path(o.workdir) / ("ingest-base-" + std::to_string(n));
    auto ours = [&] {
      fs::remove_all(home);
      auto c = in_child([&] { return ours_ingest(jsonl, home); });
      ours_s.push_back(c.wall);
      ours_rss.push_back(c.peak_rss_mb);
      ours_disk.push_back(static_cast<double>(disk_bytes(home)) / 1e6);
      std::printf("ingest %zu run %d ours: %.1f s (cpu %.1f s), %.0f MB RSS\n", n, r + 1, c.wall,
                  c.cpu, c.peak_rss_mb);
    };
    auto baseline = [&] {
      fs::remove_all(base);
      auto c = in_child([&] { return baseline_ingest(jsonl, base); });
      base_s.push_back(c.wall);
      base_rss.push_back(c.peak_rss_mb);
      base_disk.push_back(static_cast<double>(disk_bytes(base)) / 1e6);
      fs::remove_all(base);
      std::printf("ingest %zu run %d baseline: %.1f s (cpu %.1f s), %.0f MB RSS\n", n, r + 1,
                  c.wall, c.cpu, c.peak_rss_mb);
    };
    // Alternating which side goes first spreads page-cache and neighbour noise evenly.
    if (r % 2 == 0) {
      ours();
      baseline();
    } else {
      baseline();
      ours();
    }
    std::fflush(stdout);
    fs::path kept = home_for(o, n);
    fs::remove_all(kept);
    fs::rename(home, kept);
  }
  double ours_dps = static_cast<double>(n) / median(ours_s);
  double base_dps = static_cast<double>(n) / median(base_s);
  add_row("ingest", n, "docs/s", ours_dps, base_dps, ">= 1.6x baseline");
  add_row("ingest", n, "MB/s (JSONL)", mb / median(ours_s), mb / median(base_s));
  add_row("ingest", n, "seconds", median(ours_s), median(base_s));
  add_row("ingest", n, "peak RSS MB", median(ours_rss), median(base_rss),
          n >= 1000000 ? "< 1024" : "");
  add_row("ingest", n, "disk MB (ours: index+sqlite)", median(ours_disk), median(base_disk));
}

// ---- articles ----

struct BenchArticle {
  std::string text, published;
};

// Replaces the first multi-digit number at or after `from` with a different one (a wrong count).
void plant_count(std::string& text, std::size_t from, std::mt19937_64& rng) {
  for (std::size_t i = from; i + 1 < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
        (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))))
      continue;
    std::size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    if (j - i < 2 || j - i == 4) continue;  // skip single digits and years
    long v = std::stol(text.substr(i, j - i));
    text.replace(i, j - i, std::to_string(v + 1 + static_cast<long>(rng() % 9)));
    return;
  }
}

// A wire story rendered as an article: headline, dated dateline, body.
std::string as_article(const verify::bench::GeneratedDoc& d) {
  return d.title + "\n\n" + (d.published.empty() ? "" : "Published " + d.published + ".\n\n") +
         d.text + "\n";
}

std::size_t word_count(const std::string& s) {
  std::size_t words = 0;
  bool in = false;
  for (unsigned char c : s) {
    bool w = !std::isspace(c);
    if (w && !in) ++words;
    in = w;
  }
  return words;
}

// ~1,000 words: a corpus story and its neighbours (other corpus documents), with a changed
// count, a shifted date and a quote whose words were altered.
BenchArticle make_article(const Generator& gen, std::size_t n_docs, std::mt19937_64& rng,
                          std::size_t min_words) {
  std::size_t first = rng() % n_docs;
  auto lead = gen.make(first);
  std::string text = as_article(lead);
  plant_count(text, lead.title.size(), rng);
  if (lead.published.size() == 10) {
    // A date one year off, stated as a claim in the lead's own words.
    int year = std::stoi(lead.published.substr(0, 4)) + 1;
    text += "\nThe figures were first reported on " + std::to_string(year) +
            lead.published.substr(4) + ".\n";
  }
  for (std::size_t k = 1; word_count(text) < min_words && k < 50; ++k) {
    auto d = gen.make((first + k * 7919) % n_docs);
    text += "\n" + d.text + "\n";
    if (k == 1) {
      // A quote from that neighbour with a word changed, given to a named speaker.
      auto dot = d.text.find(". ");
      std::string sentence = d.text.substr(0, std::min<std::size_t>(dot, 160));
      auto space = sentence.find(' ', sentence.size() / 2);
      if (space != std::string::npos) sentence.insert(space, " never");
      text += "\n\"" + sentence + ",\" said spokesman John Baker.\n";
    }
    plant_count(text, text.size() - d.text.size() - 2, rng);
  }
  return {text, lead.published};
}

verify::claims::Article to_article(const BenchArticle& a) {
  auto article = verify::claims::parse_article(a.text, "txt");
  if (article.published.empty()) article.published = a.published;
  return article;
}

// ---- verify ----

// Each article as a JSON article file the CLI reads (`verify --home HOME DIR/article-N.json`),
// so one can be profiled on its own. The text is the one the bench checks; the bench reads it as
// plain text, which a JSON article's "text" field reads the same way apart from a title line.
void save_articles(const fs::path& dir, const std::vector<BenchArticle>& arts) {
  fs::create_directories(dir);
  for (std::size_t i = 0; i < arts.size(); ++i) {
    std::ofstream out(dir / ("article-" + std::to_string(i + 1) + ".json"));
    std::string record = "{\"published\": ";
    verify::bench::json_string(record, arts[i].published);
    record += ", \"text\": ";
    verify::bench::json_string(record, arts[i].text);
    out << record << "}\n";
  }
}

// Every finding in full, one line per field, so two builds can be diffed: verdicts, rules,
// confidences, explanations and evidence must not change with optimizations.
void dump_report(const std::string& file, const verify::engine::Report& report) {
  std::ofstream out(file, std::ios::app);
  out << "ARTICLE " << report.article_hash << "\n";
  for (const auto& r : report.results) {
    const auto& f = r.finding;
    char conf[32];
    std::snprintf(conf, sizeof conf, "%.9f", f.confidence);
    out << "CLAIM " << r.claim.id << " " << verify::claims::to_string(r.claim.kind) << " ["
        << verify::engine::one_line(r.claim.text) << "] " << verify::rules::to_string(f.verdict)
        << " " << f.rule << " " << f.status << " " << conf << "\n  " << f.explanation << "\n";
    for (const auto& e : f.evidence) {
      out << "  EV " << e.passage.doc_id << " " << e.passage.start << "-" << e.passage.end << " "
          << verify::rules::to_string(e.stance) << " " << e.value << " " << e.value_start << "-"
          << e.value_end << " [" << e.snippet << "]\n";
    }
  }
}

Values ours_verify(const Options& o, const fs::path& home, const std::vector<BenchArticle>& arts,
                   const fs::path& plans_file) {
  std::vector<double> article_ms, claim_ms, queries, claims;
  Plans plans;
  for (int pass = 0; pass < 2; ++pass) {  // pass 0 warms the page cache
    for (const auto& a : arts) {
      auto t = Clock::now();
      // Startup counted: rules loaded and the engine opened per article, as `verify` does.
      verify::engine::Engine engine(home, verify::rules::RuleSet::load(o.rules));
      verify::engine::CheckOptions opts;
      opts.store = false;
      auto report = engine.check(to_article(a), opts);
      double ms = seconds_since(t) * 1000;
      if (pass == 0) {
        if (!o.dump.empty()) dump_report(o.dump, report);
        auto& p = plans.emplace_back();
        for (const auto& r : report.results) p.insert(p.end(), r.plans.begin(), r.plans.end());
        continue;
      }
      article_ms.push_back(ms);
      std::size_t q = 0;
      for (const auto& r : report.results) q += r.plans.size();
      std::size_t nc = std::max<std::size_t>(report.results.size(), 1);
      claims.push_back(static_cast<double>(report.results.size()));
      claim_ms.push_back(ms / static_cast<double>(nc));
      queries.push_back(static_cast<double>(q) / static_cast<double>(nc));
    }
  }
  if (!fs::exists(plans_file)) save_plans(plans_file, plans);
  return {{"p50", percentile(article_ms, 50)},     {"p99", percentile(article_ms, 99)},
          {"claim_p50", percentile(claim_ms, 50)}, {"claim_p99", percentile(claim_ms, 99)},
          {"queries_per_claim", median(queries)},  {"claims", median(claims)}};
}

Values baseline_verify(const fs::path& home, const Plans& plans) {
  std::vector<double> article_ms, claim_ms;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& article : plans) {
      auto t = Clock::now();
      auto corpus = verify::corpus::Corpus::open(home, verify::corpus::Corpus::Mode::kRead);
      for (const auto& p : article) corpus->search(verify::engine::to_query(p));
      double ms = seconds_since(t) * 1000;
      if (pass == 1) article_ms.push_back(ms);
    }
  }
  return {{"p50", percentile(article_ms, 50)}, {"p99", percentile(article_ms, 99)}};
}

// The same articles checked by the verify binary, one process per article as an editor runs it
// (`verify --home HOME --no-store --no-fetch ARTICLE.json`): wall time from fork to exit, which
// counts loading the program and its libraries and touching its memory afresh, as the in-process
// figure does not. `dir` holds the articles as save_articles wrote them. Pass 0 warms the page
// cache.
Values cli_verify(const Options& o, const fs::path& home, const std::vector<BenchArticle>& arts,
                  const fs::path& dir) {
  std::vector<double> article_ms;
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < arts.size(); ++i) {
      const std::string file = (dir / ("article-" + std::to_string(i + 1) + ".json")).string();
      auto t = Clock::now();
      pid_t pid = fork();
      if (pid < 0) throw std::runtime_error("fork failed");
      if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execl(VERIFY_BINARY, VERIFY_BINARY, "--home", home.c_str(), "--rules", o.rules.c_str(),
              "--quiet", "--no-store", "--no-fetch", "--format", "json", file.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
      }
      int status = 0;
      waitpid(pid, &status, 0);
      double ms = seconds_since(t) * 1000;
      // 0: nothing contradicted, 1: something contradicted; anything else is a failed check.
      if (!WIFEXITED(status) || WEXITSTATUS(status) > 1)
        throw std::runtime_error(std::string(VERIFY_BINARY) + " failed on " + file);
      if (pass == 1) article_ms.push_back(ms);
    }
  }
  return {{"p50", percentile(article_ms, 50)}, {"p99", percentile(article_ms, 99)}};
}

void run_verify(const Options& o, std::size_t n, const Generator& gen) {
  fs::path home = home_for(o, n);
  std::mt19937_64 rng(o.seed + n);
  std::vector<BenchArticle> arts;
  for (std::size_t i = 0; i < o.articles; ++i) arts.push_back(make_article(gen, n, rng, 1000));
  if (!o.save_articles.empty()) save_articles(o.save_articles, arts);
  const fs::path cli_articles = fs::path(o.workdir) / "cli-articles";  // for cli_verify
  save_articles(cli_articles, arts);
  fs::path plans_file = fs::path(o.workdir) / ("plans-" + std::to_string(n) + ".txt");
  fs::remove(plans_file);
  std::vector<Values> ours, base, cli;
  for (int r = 0; r < o.runs; ++r) {
    auto run_ours = [&] {
      ours.push_back(in_child([&] { return ours_verify(o, home, arts, plans_file); }).values);
      cli.push_back(in_child([&] { return cli_verify(o, home, arts, cli_articles); }).values);
    };
    auto run_base = [&] {
      Plans plans = load_plans(plans_file);
      base.push_back(in_child([&] { return baseline_verify(home, plans); }).values);
    };
    // The baseline needs the plans the engine ran, so the first run starts with ours.
    if (r % 2 == 0) {
      run_ours();
      run_base();
    } else {
      run_base();
      run_ours();
    }
    std::printf(
        "verify %zu run %d: ours p50 %.1f ms, baseline p50 %.1f ms, verify binary p50 %.1f ms\n", n,
        r + 1, ours.back()["p50"], base.back()["p50"], cli.back()["p50"]);
    std::fflush(stdout);
  }
  auto med = [](const std::vector<Values>& v, const char* key) {
    std::vector<double> x;
    for (const auto& m : v) x.push_back(m.at(key));
    return median(x);
  };
  const char* target = n >= 1000000 ? "<= 250 ms; <= 2x baseline" : "<= 100 ms; <= 2x baseline";
  add_row("verify", n, "article p50 ms (incl. startup)", med(ours, "p50"), med(base, "p50"),
          target);
  add_row("verify", n, "article p99 ms", med(ours, "p99"), med(base, "p99"));
  add_row("verify", n, "article p50 ms, verify binary (one process per article)", med(cli, "p50"));
  add_row("verify", n, "article p99 ms, verify binary", med(cli, "p99"));
  add_row("verify", n, "per-claim p50 ms", med(ours, "claim_p50"));
  add_row("verify", n, "per-claim p99 ms", med(ours, "claim_p99"));
  add_row("verify", n, "claims per article", med(ours, "claims"));
  add_row("verify", n, "Xapian queries per claim", med(ours, "queries_per_claim"));
}

// ---- recheck ----

void run_recheck(const Options& o, std::size_t n, const Generator& gen) {
  fs::path home = fs::path(o.workdir) / ("recheck-" + std::to_string(n));
  fs::remove_all(home);
  fs::copy(home_for(o, n), home, fs::copy_options::recursive);
  std::mt19937_64 rng(o.seed * 3 + n);
  std::vector<BenchArticle> stories;
  for (std::size_t i = 0; i < o.stories; ++i) stories.push_back(make_article(gen, n, rng, 0));
  auto archive = in_child([&] {
    verify::engine::Engine engine(home, verify::rules::RuleSet::load(o.rules));
    for (std::size_t i = 0; i < stories.size(); ++i) {
      verify::engine::CheckOptions opts;
      opts.story = "bench-story-" + std::to_string(i);
      engine.check(to_article(stories[i]), opts);
    }
    return Values{};
  });
  std::printf("recheck %zu: archived %zu stories in %.1f s\n", n, stories.size(), archive.wall);
  std::size_t added = std::max<std::size_t>(n / 100, 1);
  fs::path extra =
      fs::path(o.workdir) / ("reuters-" + std::to_string(n) + "+" + std::to_string(added) + "-" +
                             std::to_string(o.seed) + ".jsonl");
  verify::bench::write_corpus(gen, n, added, extra);
  auto add = in_child([&] { return ours_ingest(extra, home); });
  // The same re-check twice on copies of the home: ranking new sources against each search's
  // stored hits (what `verify recheck` does), and searching the whole corpus again (--full).
  // Each run takes fresh copies of the home as it is now (a re-check changes its home), the
  // two modes alternated; times are medians over the runs, counts and changes the first run's
  // (the runs must agree on them: a re-check is deterministic).
  fs::path inc_home = fs::path(o.workdir) / ("recheck-incremental-" + std::to_string(n));
  fs::path full_home = fs::path(o.workdir) / ("recheck-full-" + std::to_string(n));
  // Each re-check lists its reported changes (story, claim, kind, verdict) in a file, so the
  // two can be compared: a re-check must report what --full reports.
  auto changes_file = [&](bool incremental) {
    return fs::path(o.workdir) /
           ("recheck-changes-" + std::string(incremental ? "incremental" : "full") + ".txt");
  };
  auto recheck = [&](const fs::path& h, bool incremental) {
    return in_child([&, h, incremental] {
      verify::engine::Engine engine(h, verify::rules::RuleSet::load(o.rules));
      verify::engine::RecheckOptions options;
      options.incremental = incremental;
      auto r = engine.recheck(options);
      std::size_t alarms = 0;
      std::ofstream list(changes_file(incremental), std::ios::trunc);
      for (const auto& story : r.changed) {
        for (const auto& c : story.changes) {
          alarms += c.kind == verify::engine::ClaimChange::Kind::kNewContradiction;
          list << story.story << '\t' << c.now.claim.id << '\t' << to_string(c.kind) << '\t'
               << verify::rules::to_string(c.now.finding.verdict) << '\t' << c.now.claim.text
               << '\t';
          for (const auto& id : c.new_sources) list << id << ' ';
          list << '\n';
        }
      }
      return Values{{"stories", static_cast<double>(r.stories)},
                    {"checked", static_cast<double>(r.checked)},
                    {"skipped", static_cast<double>(r.skipped)},
                    {"changed", static_cast<double>(r.changed.size())},
                    {"alarms", static_cast<double>(alarms)}};
    });
  };
  auto lines = [](const fs::path& file) {
    std::multiset<std::string> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) out.insert(line);
    return out;
  };
  std::optional<ChildResult> re, full;
  std::multiset<std::string> re_changes, full_changes;
  std::vector<double> re_s, full_s, re_rss, full_rss;
  for (int r = 0; r < std::max(o.runs, 1); ++r) {
    for (const auto* h : {&inc_home, &full_home}) {
      fs::remove_all(*h);
      fs::copy(home, *h, fs::copy_options::recursive);
    }
    auto a = recheck(inc_home, true);
    auto b = recheck(full_home, false);
    std::printf("recheck %zu run %d: recheck %.1f s (full search %.1f s)\n", n, r + 1, a.wall,
                b.wall);
    re_s.push_back(a.wall);
    full_s.push_back(b.wall);
    re_rss.push_back(a.peak_rss_mb);
    full_rss.push_back(b.peak_rss_mb);
    if (!re) {
      re = a;
      full = b;
      re_changes = lines(changes_file(true));
      full_changes = lines(changes_file(false));
    } else if (a.values != re->values || b.values != full->values ||
               lines(changes_file(true)) != re_changes ||
               lines(changes_file(false)) != full_changes) {
      std::printf("recheck %zu run %d: WARNING: counts or changes differ from run 1\n", n, r + 1);
    }
  }
  std::printf(
      "recheck %zu: added %zu sources in %.1f s; recheck %.1f s (full search %.1f s), "
      "medians of %zu\n",
      n, added, add.wall, median(re_s), median(full_s), re_s.size());
  add_row("recheck", n, "stories archived", re->values["stories"]);
  add_row("recheck", n, "recheck seconds (median; baseline: --full)", median(re_s), median(full_s),
          "<= 60 s for 10,000 stories");
  add_row("recheck", n, "stories/s", re->values["stories"] / median(re_s),
          full->values["stories"] / median(full_s));
  add_row("recheck", n, "skipped as unaffected", re->values["skipped"], full->values["skipped"]);
  add_row("recheck", n, "re-run", re->values["checked"], full->values["checked"]);
  add_row("recheck", n, "stories with changes", re->values["changed"], full->values["changed"]);
  add_row("recheck", n, "new contradictions", re->values["alarms"], full->values["alarms"]);
  {
    std::vector<std::string> only_a, only_b;
    std::set_difference(re_changes.begin(), re_changes.end(), full_changes.begin(),
                        full_changes.end(), std::back_inserter(only_a));
    std::set_difference(full_changes.begin(), full_changes.end(), re_changes.begin(),
                        re_changes.end(), std::back_inserter(only_b));
    add_row("recheck", n, "reported changes (baseline: --full)",
            static_cast<double>(re_changes.size()), static_cast<double>(full_changes.size()));
    add_row("recheck", n, "changes not as --full reports them (target 0)",
            static_cast<double>(only_a.size() + only_b.size()));
  }
  add_row("recheck", n, "peak RSS MB", median(re_rss), median(full_rss));
  if (!o.keep_homes) {
    fs::remove_all(full_home);
    fs::remove_all(inc_home);
    fs::remove_all(home);
  }
}

// ---- memory ----

void run_memory(const Options& o, std::size_t n, const Generator& gen) {
  std::mt19937_64 rng(o.seed * 7 + n);
  auto article = make_article(gen, n, rng, 1000);
  std::vector<double> rss;
  for (int r = 0; r < o.runs; ++r) {
    rss.push_back(in_child([&] {
                    verify::engine::Engine engine(home_for(o, n),
                                                  verify::rules::RuleSet::load(o.rules));
                    verify::engine::CheckOptions opts;
                    opts.store = false;
                    engine.check(to_article(article), opts);
                    return Values{};
                  }).peak_rss_mb);
  }
  add_row("memory", n, "peak RSS MB of one check", median(rss));
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"verify_bench: ingest, verify, re-check and memory benchmarks"};
  app.add_option("--workloads", o.workloads, "ingest,verify,recheck,memory,accuracy")
      ->capture_default_str();
  app.add_option("--docs", o.docs, "corpus sizes, e.g. 200000 1000000")
      ->delimiter(',')
      ->capture_default_str();
  app.add_option("--runs", o.runs, "runs per measurement (medians are reported)")
      ->capture_default_str();
  app.add_option("--workdir", o.workdir, "generated corpora and indexes")->capture_default_str();
  app.add_option("--reuters", o.reuters, "Reuters-21578 directory")->capture_default_str();
  app.add_option("--rules", o.rules, "rules directory")->capture_default_str();
  app.add_option("--articles", o.articles, "articles per verify run")->capture_default_str();
  app.add_option("--stories", o.stories, "archived stories for recheck")->capture_default_str();
  app.add_option("--seed", o.seed, "generator seed")->capture_default_str();
  app.add_flag("--keep-homes", o.keep_homes, "keep the recheck homes (before, incremental, full)");
  app.add_flag("--compact", o.compact,
               "compact the home (verify corpus compact) before verify, recheck and memory");
  app.add_option("--dump", o.dump, "verify: append every finding to this file (for diffs)");
  app.add_option("--save-articles", o.save_articles,
                 "verify: write each generated article to DIR/article-N.json, to profile one "
                 "with the CLI");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);
  auto has = [&](const char* w) {
    return ("," + o.workloads + ",").find(std::string(",") + w + ",") != std::string::npos;
  };
  try {
    fs::create_directories(o.workdir);
    auto t = Clock::now();
    Generator gen(verify::bench::read_reuters(o.reuters), o.reuters, o.seed);
    std::printf("read %zu Reuters stories in %.1f s\n", gen.stories(), seconds_since(t));
    std::sort(o.docs.begin(), o.docs.end());
    for (std::size_t n : o.docs) {
      fs::path jsonl = fs::path(o.workdir) /
                       ("reuters-" + std::to_string(n) + "-" + std::to_string(o.seed) + ".jsonl");
      t = Clock::now();
      auto bytes = verify::bench::write_corpus(gen, 0, n, jsonl);
      std::printf("corpus %zu docs: %.0f MB JSONL (%.1f s)\n", n, static_cast<double>(bytes) / 1e6,
                  seconds_since(t));
      std::fflush(stdout);
      if (has("ingest")) {
        run_ingest(o, n, jsonl);
      } else if ((has("verify") || has("recheck") || has("memory")) &&
                 !fs::exists(home_for(o, n) / "verify.db")) {
        // Other workloads need an index; build one unmeasured.
        in_child([&] { return ours_ingest(jsonl, home_for(o, n)); });
      } else if (has("verify") || has("recheck") || has("memory")) {
        // A home kept from an earlier run holds the mentions of the extractor that built it; a
        // changed extractor makes them stale, and a check would then read every hit's text at
        // query time, which is not what a user's up-to-date home does.
        t = Clock::now();
        auto c = in_child([&] { return ours_reindex(home_for(o, n)); });
        std::printf("home %zu kept: %.0f stale sources re-read (%.1f s, not measured)\n", n,
                    c.values.at("reread"), seconds_since(t));
        std::fflush(stdout);
      }
      if (o.compact && (has("verify") || has("recheck") || has("memory"))) {
        t = Clock::now();
        auto c = in_child([&] { return ours_compact(home_for(o, n)); });
        std::printf("home %zu compacted: %.0f MB -> %.0f MB (%.1f s, not measured)\n", n,
                    c.values.at("before") / 1e6, c.values.at("after") / 1e6, seconds_since(t));
        std::fflush(stdout);
      }
      if (has("verify")) run_verify(o, n, gen);
      if (has("recheck")) run_recheck(o, n, gen);
      if (has("memory") && n == o.docs.back()) run_memory(o, n, gen);
      if (has("accuracy")) run_accuracy(n, jsonl);
      print_table();
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "verify_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}

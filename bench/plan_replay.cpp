// plan_replay: replays the searches verify_bench's verify workload saved (WORKDIR/plans-N.txt)
// against its home, each search as planned and as changed by VARIANT, alternately, after one
// unmeasured pass; prints the total, median and tail times of each, how many searches keep
// the same top-5 and top-20 documents, the share of planned hits the variant still finds, and
// the planned searches' time by shape. It is how a retrieval change is priced before it is
// judged by the accuracy workload (docs/performance.md, "Where the time goes").
//
//   plan_replay HOME PLANS VARIANT [N]
//   VARIANT: none | nophrase (no multi-word optional words) | optcap N (first N optional words)
//            | nonames (without the article's names) | namesreq (the names required)
//            | limit N (N hits) | save (none, and print every hit: "H id" lines, "Q" after each
//            search, to compare two builds) | fallback (a looser plan runs only when the plan
//            before it filled fewer hits than its limit: time saved, hits it would lose)
//            | scores (each search's hits scored again one by one, by the same search confined
//            to that document, Query::only_ids: how many weigh otherwise in the whole index;
//            docs/performance.md, "Optional phrases")
// Searches slower than 60 ms are printed ("SLOW") with their words.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "plans.h"
#include "verify/corpus.h"
#include "verify/engine.h"
#include "verify/rules.h"

using verify::bench::load_plans;

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: plan_replay HOME PLANS VARIANT [ARG]\n");
    return 2;
  }
  std::string variant = argv[3];
  int arg = argc > 4 ? std::atoi(argv[4]) : 0;
  auto plans = load_plans(argv[2]);
  auto corpus = verify::corpus::Corpus::open(argv[1], verify::corpus::Corpus::Mode::kRead);
  using Clock = std::chrono::steady_clock;
  std::vector<double> t0, t1;
  std::size_t same20 = 0, same5 = 0, n = 0, recall_num = 0, recall_den = 0;
  std::map<std::string, std::pair<double, int>> by_type;
  if (variant == "scores") {
    std::size_t searches = 0, differing = 0, hits = 0, otherwise = 0;
    for (auto& article : plans) {
      for (auto& p : article) {
        const auto q = verify::engine::to_query(p);
        bool any = false;
        for (const auto& h : corpus->search(q)) {
          auto alone = q;
          alone.only_ids = std::vector<std::string>{h.document.id};
          const auto one = corpus->search(alone);
          const double w = one.empty() ? -1 : one[0].score;
          ++hits;
          if (std::fabs(w - h.score) > 1e-9 * std::max(1.0, std::fabs(h.score))) {
            ++otherwise;
            any = true;
            std::printf("OTHERWISE %s: %.9f in the whole index, %.9f alone\n",
                        h.document.id.c_str(), h.score, w);
          }
        }
        ++searches;
        differing += any;
      }
    }
    std::printf("%zu searches, %zu with a hit weighed otherwise than alone; %zu hits, %zu so\n",
                searches, differing, hits, otherwise);
    return 0;
  }
  if (variant == "fallback") {
    // A looser plan (the previous plan's first required group and optional words, without its
    // other required groups) runs only when the previous plan filled fewer hits than its limit.
    std::vector<double> t_all, t_fb;
    std::size_t skipped = 0, total = 0, lost = 0, union_all = 0;
    for (auto& article : plans) {
      std::vector<std::set<std::string>> prev_hits;
      for (std::size_t i = 0; i < article.size(); ++i) {
        auto& p = article[i];
        auto a = Clock::now();
        auto h = corpus->search(verify::engine::to_query(p));
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - a).count();
        ++total;
        t_all.push_back(ms);
        bool loose = i > 0 && article[i - 1].required.size() == p.required.size() + 1 &&
                     article[i - 1].required.front() == p.required.front() &&
                     article[i - 1].optional == p.optional;
        std::set<std::string> ids;
        for (auto& x : h) ids.insert(x.document.id);
        if (loose && prev_hits.back().size() >= p.limit) {
          ++skipped;
          union_all += ids.size();
          for (auto& d : ids) lost += !prev_hits.back().count(d);
        } else {
          t_fb.push_back(ms);
        }
        prev_hits.push_back(ids);
      }
    }
    double a = 0, b = 0;
    for (double x : t_all) a += x;
    for (double x : t_fb) b += x;
    std::printf(
        "searches %zu, loose ones skipped %zu; time %.0f -> %.0f ms; hits of skipped "
        "searches not in the narrow plan's: %zu of %zu\n",
        total, skipped, a, b, lost, union_all);
    return 0;
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& article : plans) {
      // article names: optional words common to every plan of the article
      std::map<std::string, int> in_all;
      for (auto& p : article) {
        std::set<std::string> s(p.optional.begin(), p.optional.end());
        for (auto& w : s) in_all[w]++;
      }
      for (auto& p : article) {
        auto q0 = verify::engine::to_query(p);
        verify::rules::SearchPlan v = p;
        if (variant == "optcap") {
          if (v.optional.size() > (size_t)arg) v.optional.resize(arg);
        } else if (variant == "nonames") {
          std::vector<std::string> keep;
          for (auto& w : v.optional)
            if (in_all[w] != (int)article.size()) keep.push_back(w);
          v.optional = keep;
        } else if (variant == "limit")
          v.limit = arg;
        else if (variant == "namesreq") {
          std::vector<std::string> names;
          for (auto& w : v.optional)
            if (in_all[w] == (int)article.size()) names.push_back(w);
          if (!names.empty()) v.required.push_back(names);
        } else if (variant == "nophrase") {
          std::vector<std::string> keep;
          for (auto& w : v.optional)
            if (w.find(' ') == std::string::npos) keep.push_back(w);
          v.optional = keep;
        }
        auto q1 = verify::engine::to_query(v);
        auto a = Clock::now();
        auto h0 = corpus->search(q0);
        if (variant == "save") {
          for (auto& h : h0) std::printf("H %s\n", h.document.id.c_str());
          std::printf("Q\n");
        }
        auto b = Clock::now();
        auto h1 = corpus->search(q1);
        auto c = Clock::now();
        if (pass == 0) continue;
        double ms0 = std::chrono::duration<double, std::milli>(b - a).count();
        double ms1 = std::chrono::duration<double, std::milli>(c - b).count();
        t0.push_back(ms0);
        t1.push_back(ms1);
        std::string type = std::to_string(p.required.size()) + "req" +
                           (p.published_from.empty() ? "" : "+date") + " opt" +
                           std::to_string(p.optional.size() / 10 * 10);
        by_type[type].first += ms0;
        by_type[type].second++;
        if (ms0 > 60 && variant == "none") {
          std::printf("SLOW %.0f ms from=%s req:", ms0, p.published_from.c_str());
          for (auto& g : p.required) {
            std::printf(" [");
            for (auto& w : g) std::printf("%s|", w.c_str());
            std::printf("]");
          }
          std::printf(" opt:");
          for (auto& w : p.optional) std::printf("%s|", w.c_str());
          std::printf(" hits %zu\n", h0.size());
        }
        std::set<std::string> s0, s1, s05, s15;
        for (size_t i = 0; i < h0.size(); ++i) {
          s0.insert(h0[i].document.id);
          if (i < 5) s05.insert(h0[i].document.id);
        }
        for (size_t i = 0; i < h1.size(); ++i) {
          s1.insert(h1[i].document.id);
          if (i < 5) s15.insert(h1[i].document.id);
        }
        same20 += s0 == s1;
        same5 += s05 == s15;
        ++n;
        for (auto& d : s0) {
          recall_den++;
          recall_num += s1.count(d);
        }
      }
    }
  }
  auto stats = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (double x : v) sum += x;
    std::printf("total %.0f ms  p50 %.2f  p90 %.2f  p99 %.1f  max %.1f\n", sum, v[v.size() / 2],
                v[v.size() * 9 / 10], v[v.size() * 99 / 100], v.back());
  };
  std::printf("queries %zu\nplanned: ", n);
  stats(t0);
  std::printf("variant: ");
  stats(t1);
  std::printf("top-20 set same %.3f, top-5 same %.3f, recall of planned hits %.3f\n",
              double(same20) / n, double(same5) / n, double(recall_num) / recall_den);
  for (auto& [t, x] : by_type)
    std::printf("  %-22s %5d queries %8.0f ms  mean %.1f\n", t.c_str(), x.second, x.first,
                x.first / x.second);
}

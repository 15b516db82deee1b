// `verify recheck`, `verify history STORY`, `verify stories`: the archive of checked stories.
#include <chrono>
#include <cstdio>
#include <iostream>

#include "commands.h"

namespace verify::cli {
namespace {

struct RecheckCliOptions {
  bool all = false;
  std::string story;
  std::string since;
  int stale_days = -1;
  std::size_t limit = 0;
  bool wait = false;
  bool no_fetch = false;
  bool allow_private = false;
  bool full = false;
  std::string format = "text";
  std::string out;
};

int run_recheck(const GlobalOptions& global, const RecheckCliOptions& options) {
  if (!options.all && options.story.empty() && options.since.empty() && options.stale_days < 0) {
    throw std::invalid_argument(
        "recheck: say which stories: --all, --story ID, --since DATE or --stale DAYS");
  }
  engine::Format format = parse_format(options.format);
  auto engine_ptr = open_engine(global);
  engine::Engine& eng = *engine_ptr;
  engine::RecheckOptions recheck_options;
  recheck_options.story = options.story;
  recheck_options.since = options.since;
  recheck_options.stale_days = options.stale_days;
  recheck_options.limit = options.limit;
  recheck_options.wait = options.wait;
  recheck_options.fetch = !options.no_fetch;
  recheck_options.allow_private = options.allow_private;
  recheck_options.incremental = !options.full;
  bool progress = show_progress(global);
  if (progress) {
    auto start = std::chrono::steady_clock::now();
    recheck_options.progress = [start](std::size_t done, std::size_t total) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
      if (rate > 0 && done < total) {
        std::fprintf(stderr, "\rre-checking: %zu of %zu stories, %.1f/s, about %.0f s left   ",
                     done, total, rate, static_cast<double>(total - done) / rate);
      } else {
        std::fprintf(stderr, "\rre-checking: %zu of %zu stories   ", done, total);
      }
      std::fflush(stderr);
    };
  }
  auto result = eng.recheck(recheck_options);
  if (progress) std::fprintf(stderr, "\r\033[K");
  write_output(engine::render(result, format, options.out.empty() && stdout_is_terminal()),
               options.out);
  return result.alarming() ? kExitFindings : kExitOk;
}

int run_history(const GlobalOptions& global, const std::string& story) {
  auto engine_ptr = open_engine(global);
  engine::Engine& eng = *engine_ptr;
  auto runs = eng.history(story);
  std::printf("%s\n", story.c_str());
  const engine::Engine::RunInfo* previous = nullptr;
  for (const auto& r : runs) {
    std::printf(
        "  run %-6lld %s  %-7s v%lld  %zu contradicted, %zu disputed, %zu supported, "
        "%zu unverified",
        static_cast<long long>(r.id), r.created_at.c_str(), r.kind.c_str(),
        static_cast<long long>(r.version), r.summary.contradicted, r.summary.disputed,
        r.summary.supported, r.summary.unverified);
    if (previous) {
      auto delta = [](std::size_t now, std::size_t before) {
        return static_cast<long long>(now) - static_cast<long long>(before);
      };
      long long dc = delta(r.summary.contradicted, previous->summary.contradicted);
      long long ds = delta(r.summary.supported, previous->summary.supported);
      if (dc || ds) std::printf("  (%+lld contradicted, %+lld supported)", dc, ds);
    }
    std::printf("\n");
    previous = &r;
  }
  return kExitOk;
}

int run_stories(const GlobalOptions& global) {
  auto engine_ptr = open_engine(global);
  engine::Engine& eng = *engine_ptr;
  auto stories = eng.stories();
  if (stories.empty()) std::printf("no stories checked yet\n");
  for (const auto& s : stories) {
    std::printf("%s\n  %s; %lld version(s), %lld run(s), last checked %s\n", s.story.c_str(),
                s.title.c_str(), static_cast<long long>(s.versions), static_cast<long long>(s.runs),
                s.last_checked.empty() ? "never" : s.last_checked.c_str());
  }
  return kExitOk;
}

}  // namespace

void register_recheck(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<RecheckCliOptions>();
  auto* cmd = app.add_subcommand(
      "recheck", "Re-check archived stories against the current corpus; print what changed");
  cmd->add_flag("--all", options->all, "Every archived story");
  cmd->add_option("--story", options->story, "Only this story (its path or --story key)");
  cmd->add_option("--since", options->since, "Only stories published on or after YYYY-MM-DD");
  cmd->add_option("--stale", options->stale_days,
                  "Only stories not re-checked for at least DAYS days");
  cmd->add_option("--limit", options->limit, "At most N stories (the stalest first)");
  cmd->add_flag("--wait", options->wait, "Wait for a running re-check instead of failing");
  cmd->add_flag("--no-fetch", options->no_fetch,
                "Do not re-fetch cited links (stories are then skipped when the corpus did not "
                "change for them)");
  cmd->add_flag("--allow-private", options->allow_private,
                "Allow links to loopback and private-network addresses");
  cmd->add_flag("--full", options->full,
                "Search the whole corpus again for every affected story, instead of ranking the "
                "new sources against each search's stored hits");
  cmd->add_option("-f,--format", options->format, "Output format: text, json or md");
  cmd->add_option("-o,--out", options->out, "Write the report to FILE instead of stdout");
  cmd->callback([&global, &exit_code, options] { exit_code = run_recheck(global, *options); });

  auto story = std::make_shared<std::string>();
  auto* history = app.add_subcommand("history", "List a story's runs and how its verdicts moved");
  history->add_option("story", *story, "Story key (see verify stories)")->required();
  history->callback([&global, &exit_code, story] { exit_code = run_history(global, *story); });

  auto* stories = app.add_subcommand("stories", "List the archived stories");
  stories->callback([&global, &exit_code] { exit_code = run_stories(global); });
}

}  // namespace verify::cli

// `verify recheck`, `verify history STORY`, `verify stories`: the archive of checked stories.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

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
  std::optional<long> max_age;  // unset: the config's max_age, else a day
  bool allow_private = false;
  bool full = false;
  std::size_t jobs = 0;  // 0: RecheckOptions::workers decides
  std::vector<std::string> exclude;
  std::vector<long> accept;
  std::optional<std::string> format;
  std::string out;
};

struct ListOptions {
  std::string story;  // history only
  std::optional<std::string> format;
};

const std::vector<std::string> kListFormats = {"text", "json", "md"};

std::string summary_json(const engine::Summary& s) {
  return "{\"contradicted\": " + std::to_string(s.contradicted) +
         ", \"disputed\": " + std::to_string(s.disputed) +
         ", \"supported\": " + std::to_string(s.supported) +
         ", \"unverified\": " + std::to_string(s.unverified) + "}";
}

int run_recheck(const GlobalOptions& global, const RecheckCliOptions& options) {
  if (!options.all && options.story.empty() && options.since.empty() && options.stale_days < 0) {
    throw std::invalid_argument(
        "recheck: say which stories: --all, --story ID, --since DATE or --stale DAYS");
  }
  const Config config = load_config(global);
  engine::Format format = parse_format(resolve_format(options.format, config, kListFormats));
  require_writable_output(options.out);
  auto engine_ptr = open_engine(global);
  engine::Engine& eng = *engine_ptr;
  engine::RecheckOptions recheck_options;
  recheck_options.story = find_story(eng, options.story);
  recheck_options.since = options.since;
  recheck_options.stale_days = options.stale_days;
  recheck_options.limit = options.limit;
  recheck_options.wait = options.wait;
  recheck_options.fetch = !options.no_fetch && config.fetch.value_or(true);
  recheck_options.max_age_seconds = options.max_age.value_or(config.max_age.value_or(86400));
  recheck_options.allow_private = options.allow_private;
  recheck_options.exclude_links = config.exclude;
  recheck_options.exclude_links.insert(recheck_options.exclude_links.end(), options.exclude.begin(),
                                       options.exclude.end());
  recheck_options.accept_status = config.accept;
  recheck_options.accept_status.insert(recheck_options.accept_status.end(), options.accept.begin(),
                                       options.accept.end());
  recheck_options.incremental = !options.full;
  recheck_options.workers = options.jobs;
  bool progress = show_progress(global);
  if (progress) {
    auto start = std::chrono::steady_clock::now();
    // A resumed batch starts with the stories an interrupted run finished: the rate counts only
    // this run's.
    recheck_options.progress = [start, first = std::optional<std::size_t>()](
                                   std::size_t done, std::size_t total) mutable {
      if (!first) first = done - 1;
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      double rate = secs > 0 ? static_cast<double>(done - *first) / secs : 0;
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
  const bool alarming = result.alarming();
  // An editor reading the text or Markdown wants verdicts that moved; "new evidence, same
  // verdict" is listed with -v, and always in the JSON.
  std::size_t quiet_changes = 0;
  if (format != engine::Format::kJson && global.verbose == 0) {
    for (auto& story : result.changed) {
      auto& changes = story.changes;
      auto same_verdict = [](const engine::ClaimChange& c) {
        return c.kind == engine::ClaimChange::Kind::kNewEvidence;
      };
      quiet_changes +=
          static_cast<std::size_t>(std::count_if(changes.begin(), changes.end(), same_verdict));
      changes.erase(std::remove_if(changes.begin(), changes.end(), same_verdict), changes.end());
    }
    std::erase_if(result.changed, [](const engine::StoryChanges& s) { return s.changes.empty(); });
  }
  std::string out = engine::render(result, format,
                                   use_color(global, options.out.empty() && stdout_is_terminal()));
  if (quiet_changes > 0) {
    out += "\n" + std::to_string(quiet_changes) + " claim" + (quiet_changes == 1 ? "" : "s") +
           " gained new evidence without a change of verdict (-v lists them)\n";
  }
  write_output(out, options.out);
  return alarming ? kExitFindings : kExitOk;
}

int run_history(const GlobalOptions& global, const ListOptions& options) {
  std::string format = resolve_format(options.format, load_config(global), kListFormats);
  auto engine_ptr = open_engine(global);
  const std::string story = find_story(*engine_ptr, options.story);
  auto runs = engine_ptr->history(story);
  std::string out;
  if (format == "json") {
    out = "{" + json_schema_field() + "\"story\": " + json_quote(story) + ", \"runs\": [";
    for (size_t i = 0; i < runs.size(); ++i) {
      const auto& r = runs[i];
      out += std::string(i ? ",\n  " : "\n  ") + "{\"run\": " + std::to_string(r.id) +
             ", \"created_at\": " + json_quote(r.created_at) + ", \"kind\": " + json_quote(r.kind) +
             ", \"version\": " + std::to_string(r.version) +
             ", \"summary\": " + summary_json(r.summary) + "}";
    }
    out += runs.empty() ? "]}\n" : "\n]}\n";
    write_output(out, "");
    return kExitOk;
  }
  if (format == "md") {
    out = "### " + story + "\n\n";
    out +=
        "| run | checked | kind | version | contradicted | disputed | supported | unverified |\n";
    out += "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
    for (const auto& r : runs) {
      out += "| " + std::to_string(r.id) + " | " + r.created_at + " | " + r.kind + " | " +
             std::to_string(r.version) + " | " + std::to_string(r.summary.contradicted) + " | " +
             std::to_string(r.summary.disputed) + " | " + std::to_string(r.summary.supported) +
             " | " + std::to_string(r.summary.unverified) + " |\n";
    }
    write_output(out, "");
    return kExitOk;
  }
  out = story + "\n";
  const engine::Engine::RunInfo* previous = nullptr;
  for (const auto& r : runs) {
    char line[512];
    std::snprintf(line, sizeof line,
                  "  run %-6lld %s  %-7s v%lld  %zu contradicted, %zu disputed, %zu supported, "
                  "%zu unverified",
                  static_cast<long long>(r.id), r.created_at.c_str(), r.kind.c_str(),
                  static_cast<long long>(r.version), r.summary.contradicted, r.summary.disputed,
                  r.summary.supported, r.summary.unverified);
    out += line;
    if (previous) {
      auto delta = [](std::size_t now, std::size_t before) {
        return static_cast<long long>(now) - static_cast<long long>(before);
      };
      // Every verdict that moved: a claim gone from supported to disputed is -1 supported and
      // +1 disputed, not only the former.
      const std::pair<long long, const char*> moves[] = {
          {delta(r.summary.contradicted, previous->summary.contradicted), "contradicted"},
          {delta(r.summary.disputed, previous->summary.disputed), "disputed"},
          {delta(r.summary.supported, previous->summary.supported), "supported"},
          {delta(r.summary.unverified, previous->summary.unverified), "unverified"}};
      std::string moved;
      for (const auto& [n, verdict] : moves) {
        if (n == 0) continue;
        std::snprintf(line, sizeof line, "%s%+lld %s", moved.empty() ? "" : ", ", n, verdict);
        moved += line;
      }
      if (!moved.empty()) out += "  (" + moved + ")";
    }
    out += "\n";
    previous = &r;
  }
  write_output(out, "");
  return kExitOk;
}

int run_stories(const GlobalOptions& global, const ListOptions& options) {
  std::string format = resolve_format(options.format, load_config(global), kListFormats);
  auto engine_ptr = open_engine(global);
  auto stories = engine_ptr->stories();
  std::string out;
  if (format == "json") {
    out = "[";
    for (size_t i = 0; i < stories.size(); ++i) {
      const auto& s = stories[i];
      out += std::string(i ? ",\n " : "\n ") + "{" + json_schema_field() +
             "\"story\": " + json_quote(s.story) + ", \"title\": " + json_quote(s.title) +
             ", \"published\": " + json_quote(s.published) +
             ", \"versions\": " + std::to_string(s.versions) +
             ", \"runs\": " + std::to_string(s.runs) +
             ", \"last_checked\": " + json_quote(s.last_checked) + "}";
    }
    out += stories.empty() ? "]\n" : "\n]\n";
  } else if (format == "md") {
    out = "| story | title | versions | runs | last checked |\n| --- | --- | ---: | ---: | --- |\n";
    for (const auto& s : stories) {
      out += "| `" + s.story + "` | " + s.title + " | " + std::to_string(s.versions) + " | " +
             std::to_string(s.runs) + " | " + (s.last_checked.empty() ? "never" : s.last_checked) +
             " |\n";
    }
  } else {
    if (stories.empty()) out = "no stories checked yet\n";
    for (const auto& s : stories) {
      out += s.story + "\n  " + s.title + "; " + std::to_string(s.versions) + " version(s), " +
             std::to_string(s.runs) + " run(s), last checked " +
             (s.last_checked.empty() ? "never" : s.last_checked) + "\n";
    }
  }
  write_output(out, "");
  return kExitOk;
}

}  // namespace

void register_recheck(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto options = std::make_shared<RecheckCliOptions>();
  auto* cmd = app.add_subcommand(
      "recheck", "Re-check archived stories against the current corpus; print what changed");
  cmd->footer(
      "Examples:\n"
      "  verify recheck --stale 1 --format md -o recheck.md   nightly (docs/scheduling.md)\n"
      "  verify recheck --story story.txt                     one story\n"
      "\n"
      "Exit status: 0 nothing newly contradicted, 1 a claim newly contradicted or disputed, or\n"
      "a cited link died, 2 a usage or input error.");
  cmd->add_flag("--all", options->all, "Every archived story");
  cmd->add_option("--story", options->story, "Only this story (its path or --story key)");
  cmd->add_option("--since", options->since, "Only stories published on or after YYYY-MM-DD")
      ->check(iso_date_validator());
  cmd->add_option("--stale", options->stale_days,
                  "Only stories not re-checked for at least DAYS days");
  cmd->add_option("--limit", options->limit, "At most N stories (the stalest first)");
  cmd->add_flag("--wait", options->wait, "Wait for a running re-check instead of failing");
  cmd->add_flag("--no-fetch", options->no_fetch,
                "Do not re-fetch cited links: a story re-run for its sources keeps its links' "
                "stored verdicts, and one whose sources did not change is skipped");
  cmd->add_option("--max-age", options->max_age,
                  "Seconds a cached page stays fresh before it is re-fetched (default: the "
                  "config's max_age, else 86400)")
      ->check(seconds_validator());
  cmd->add_flag("--allow-private", options->allow_private,
                "Allow links to loopback and private-network addresses");
  add_link_filter_options(cmd, options->exclude, options->accept);
  cmd->add_flag("--full", options->full,
                "Search the whole corpus again for every affected story, instead of ranking the "
                "new sources against each search's stored hits");
  cmd->add_option("-j,--jobs", options->jobs,
                  "Stories re-run at once, each on its own index handles (default: 2 with two "
                  "cores or more, else 1; more than 2 is not faster on two cores)")
      ->check(
          [](const std::string& value) -> std::string {
            // CLI11's Range said "Value abc not in range 1 to 16" for a word.
            std::size_t n = 0;
            auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (ec != std::errc() || end != value.data() + value.size() || n < 1 || n > 16)
              return "expected a whole number of stories from 1 to 16, got '" + value + "'";
            return "";
          },
          "1..16");
  add_format_option(cmd, options->format, kListFormats);
  cmd->add_option("-o,--out", options->out, "Write the report to FILE instead of stdout")
      ->type_name("FILE");
  cmd->callback([&global, &action, options] {
    action = [&global, options] { return run_recheck(global, *options); };
  });

  auto history_options = std::make_shared<ListOptions>();
  auto* history = app.add_subcommand("history", "List a story's runs and how its verdicts moved");
  history->add_option("story", history_options->story, "Story key (see verify stories)")
      ->type_name("STORY")
      ->required();
  add_format_option(history, history_options->format, kListFormats);
  history->callback([&global, &action, history_options] {
    action = [&global, history_options] { return run_history(global, *history_options); };
  });

  auto stories_options = std::make_shared<ListOptions>();
  auto* stories = app.add_subcommand("stories", "List the archived stories");
  add_format_option(stories, stories_options->format, kListFormats);
  stories->callback([&global, &action, stories, stories_options] {
    if (!stories->get_subcommands().empty()) return;  // `stories rm` chose its own action
    action = [&global, stories_options] { return run_stories(global, *stories_options); };
  });
}

}  // namespace verify::cli

// Housekeeping: `verify runs rm`, `verify stories rm`, `verify cache clear` and
// `verify corpus rm --source/--from/--to`. Each removal is one transaction: all or nothing.
#include <iostream>

#include "commands.h"
#include "verify/fetch.h"

namespace verify::cli {
namespace {

int run_runs_rm(const GlobalOptions& global, const std::vector<std::int64_t>& ids) {
  auto engine_ptr = open_engine(global);
  engine_ptr->remove_runs(ids);
  for (auto id : ids) std::cout << "removed run " << id << "\n";
  return kExitOk;
}

int run_stories_rm(const GlobalOptions& global, const std::vector<std::string>& keys) {
  auto engine_ptr = open_engine(global);
  std::vector<std::string> stories;
  for (const auto& k : keys) stories.push_back(find_story(*engine_ptr, k));
  engine_ptr->remove_stories(stories);
  for (const auto& s : stories) std::cout << "removed story " << s << "\n";
  return kExitOk;
}

int run_cache_clear(const GlobalOptions& global) {
  corpus::Fetcher fetcher(engine::store_path(resolve_home(global)));
  std::size_t pages = fetcher.clear_cache();
  std::cout << "cleared the fetch cache: " << pages << " page" << (pages == 1 ? "" : "s")
            << " forgotten\n";
  return kExitOk;
}

struct CorpusRmOptions {
  std::vector<std::string> ids;
  corpus::Corpus::RemoveFilter filter;
};

int run_corpus_rm(const GlobalOptions& global, const CorpusRmOptions& options) {
  bool by_filter = !options.filter.source.empty() || !options.filter.published_from.empty() ||
                   !options.filter.published_to.empty();
  if (by_filter == !options.ids.empty()) {
    throw std::invalid_argument(
        "corpus rm: give document ids, or --source/--from/--to to remove by outlet or date");
  }
  auto corpus = corpus::Corpus::open(resolve_home(global), corpus::Corpus::Mode::kWrite);
  if (by_filter) {
    auto removed = corpus->remove_where(options.filter);
    for (const auto& id : removed) std::cout << "removed " << id << "\n";
    std::cout << "removed " << removed.size() << " document" << (removed.size() == 1 ? "" : "s")
              << "; corpus has " << corpus->size()
              << (corpus->size() == 1 ? " document\n" : " documents\n");
    return kExitOk;
  }
  int status = kExitOk;
  for (const auto& id : options.ids) {
    if (corpus->remove(id)) {
      std::cout << "removed " << id << "\n";
    } else {
      std::cerr << "verify: no document with id '" << id << "'\n";
      status = kExitError;
    }
  }
  return status;
}

}  // namespace

void register_housekeeping(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto* runs = app.add_subcommand("runs", "Remove stored runs (verify show lists them)");
  runs->require_subcommand(1);
  auto run_ids = std::make_shared<std::vector<std::int64_t>>();
  auto* runs_rm =
      runs->add_subcommand("rm", "Remove runs by id, with their claims, findings and evidence");
  runs_rm->add_option("run", *run_ids, "Run ids")->type_name("RUN_ID")->required();
  runs_rm->callback([&global, &action, run_ids] {
    action = [&global, run_ids] { return run_runs_rm(global, *run_ids); };
  });

  auto keys = std::make_shared<std::vector<std::string>>();
  auto* stories_rm = app.get_subcommand("stories")->add_subcommand(
      "rm", "Remove stories with every version and run (verify stories lists them)");
  stories_rm->add_option("story", *keys, "Story keys, or the article paths they were checked as")
      ->type_name("STORY")
      ->required();
  stories_rm->callback([&global, &action, keys] {
    action = [&global, keys] { return run_stories_rm(global, *keys); };
  });

  auto* cache = app.add_subcommand("cache", "Manage the fetch cache of cited links");
  cache->require_subcommand(1);
  auto* clear = cache->add_subcommand(
      "clear", "Forget every cached page; the next check fetches cited links again");
  clear->callback([&global, &action] { action = [&global] { return run_cache_clear(global); }; });

  auto rm = std::make_shared<CorpusRmOptions>();
  auto* corpus_rm = app.get_subcommand("corpus")->add_subcommand(
      "rm", "Remove sources by id, or all of an outlet or a published-date range");
  corpus_rm->add_option("ids", rm->ids, "Document ids");
  corpus_rm
      ->add_option("--source", rm->filter.source,
                   "Every source of this outlet (as `corpus stats` counts them)")
      ->type_name("OUTLET");
  corpus_rm
      ->add_option("--from", rm->filter.published_from, "Sources published on or after YYYY-MM-DD")
      ->check(iso_date_validator());
  corpus_rm
      ->add_option("--to", rm->filter.published_to, "Sources published on or before YYYY-MM-DD")
      ->check(iso_date_validator());
  corpus_rm->callback(
      [&global, &action, rm] { action = [&global, rm] { return run_corpus_rm(global, *rm); }; });
}

}  // namespace verify::cli

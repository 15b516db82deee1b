// `verify corpus add|stats|rm`: manage the indexed sources.
#include <cstdio>
#include <iostream>

#include "commands.h"

namespace verify::cli {
namespace {

struct AddOptions {
  std::vector<std::string> paths;
};

struct RmOptions {
  std::vector<std::string> ids;
};

// Draws "indexed N records (X of Y MB)" on one terminal line; nothing when piped or quiet.
corpus::Progress progress_printer(const GlobalOptions& global, const std::string& label) {
  if (!show_progress(global)) return {};
  return [label](std::size_t records, std::uint64_t bytes, std::uint64_t total) {
    if (total > 0) {
      std::fprintf(stderr, "\r%s: %zu records, %.1f of %.1f MB (%.0f%%)   ", label.c_str(), records,
                   bytes / 1e6, total / 1e6,
                   100.0 * static_cast<double>(bytes) / static_cast<double>(total));
    } else {
      std::fprintf(stderr, "\r%s: %zu records   ", label.c_str(), records);
    }
    std::fflush(stderr);
  };
}

void end_progress(const GlobalOptions& global) {
  if (show_progress(global)) std::fprintf(stderr, "\r\033[K");
}

int run_add(const GlobalOptions& global, const AddOptions& options) {
  auto corpus = corpus::Corpus::open(resolve_home(global), corpus::Corpus::Mode::kWrite);
  corpus::IngestReport total;
  for (const auto& path : options.paths) {
    corpus::IngestReport r;
    auto progress = progress_printer(global, path == "-" ? "<stdin>" : path);
    if (path == "-") {
      r = corpus->add_jsonl(std::cin, "<stdin>", progress);
    } else if (!std::filesystem::exists(path)) {
      r.rejected = 1;
      r.problems.push_back(path + ": no such file or directory");
    } else {
      r = corpus->add_path(path, progress);
    }
    end_progress(global);
    total.added += r.added;
    total.updated += r.updated;
    total.skipped += r.skipped;
    total.rejected += r.rejected;
    total.problems.insert(total.problems.end(), r.problems.begin(), r.problems.end());
  }
  for (const auto& p : total.problems) std::cerr << "verify: rejected: " << p << "\n";
  std::cout << "added " << total.added << ", updated " << total.updated << ", skipped "
            << total.skipped << " (unchanged), rejected " << total.rejected << "; corpus has "
            << corpus->size() << " documents\n";
  return total.rejected > 0 ? kExitError : kExitOk;
}

int run_stats(const GlobalOptions& global, bool json) {
  auto corpus = corpus::Corpus::open(resolve_home(global), corpus::Corpus::Mode::kRead);
  auto s = corpus->stats();
  if (json) {
    std::printf(
        "{\"documents\": %zu, \"dated\": %zu, \"sources\": %zu, \"oldest\": \"%s\", "
        "\"newest\": \"%s\", \"index_bytes\": %llu, \"last_change\": \"%s\"}\n",
        s.documents, s.dated, s.sources, s.oldest.c_str(), s.newest.c_str(),
        static_cast<unsigned long long>(s.index_bytes), s.last_change.c_str());
    return kExitOk;
  }
  std::printf("home:        %s\n", resolve_home(global).string().c_str());
  std::printf("documents:   %zu (%zu with a published date)\n", s.documents, s.dated);
  std::printf("sources:     %zu distinct outlets\n", s.sources);
  if (!s.oldest.empty()) std::printf("published:   %s .. %s\n", s.oldest.c_str(), s.newest.c_str());
  std::printf("index size:  %.1f MB\n", static_cast<double>(s.index_bytes) / 1e6);
  if (!s.last_change.empty()) std::printf("last change: %s\n", s.last_change.c_str());
  return kExitOk;
}

int run_rm(const GlobalOptions& global, const RmOptions& options) {
  auto corpus = corpus::Corpus::open(resolve_home(global), corpus::Corpus::Mode::kWrite);
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

void register_corpus(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto* cmd = app.add_subcommand("corpus", "Manage the indexed sources");
  cmd->require_subcommand(1);

  auto add = std::make_shared<AddOptions>();
  auto* add_cmd = cmd->add_subcommand(
      "add",
      "Index sources: directories (.txt .md .html .jsonl), .jsonl files, or - for JSON "
      "Lines on stdin");
  add_cmd->add_option("paths", add->paths, "Sources to index")->required();
  add_cmd->callback([&global, &exit_code, add] { exit_code = run_add(global, *add); });

  auto json = std::make_shared<bool>(false);
  auto* stats_cmd = cmd->add_subcommand("stats", "Show what the corpus holds");
  stats_cmd->add_flag("--json", *json, "Print the figures as JSON");
  stats_cmd->callback([&global, &exit_code, json] { exit_code = run_stats(global, *json); });

  auto rm = std::make_shared<RmOptions>();
  auto* rm_cmd = cmd->add_subcommand("rm", "Remove sources by id");
  rm_cmd->add_option("ids", rm->ids, "Document ids")->required();
  rm_cmd->callback([&global, &exit_code, rm] { exit_code = run_rm(global, *rm); });
}

}  // namespace verify::cli

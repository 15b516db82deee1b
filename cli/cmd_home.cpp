// `verify home`: where the home, its config and the rules in use are, and how large the home is.
#include <cstdio>

#include "commands.h"

namespace verify::cli {
namespace {
namespace fs = std::filesystem;

struct HomeOptions {
  std::optional<std::string> format;
};

// Bytes under `p` (a file or a directory tree); 0 when it does not exist.
std::uint64_t size_of(const fs::path& p) {
  std::error_code ec;
  if (fs::is_regular_file(p, ec)) return fs::file_size(p, ec);
  std::uint64_t total = 0;
  for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

int run_home(const GlobalOptions& global, const HomeOptions& options) {
  std::string format = resolve_format(options.format, Config{}, {"text", "json"});
  const fs::path home = resolve_home(global);
  const fs::path index = engine::index_path(home), store = engine::store_path(home);
  // SQLite's write-ahead log and shared memory are part of the store's size on disk.
  std::uint64_t store_bytes =
      size_of(store) + size_of(store.string() + "-wal") + size_of(store.string() + "-shm");
  std::uint64_t index_bytes = size_of(index), home_bytes = size_of(home);
  fs::path config = global.config.empty() ? home / "config.json" : fs::path(global.config);
  bool config_exists = fs::exists(config);
  fs::path rules = resolve_rules_dir(global);
  bool home_exists = fs::exists(home);
  std::size_t documents = 0;
  if (home_exists) {
    documents = corpus::Corpus::open(home, corpus::Corpus::Mode::kRead)->size();
  }
  std::string out;
  if (format == "json") {
    out = "{" + json_schema_field() + "\"home\": " + json_quote(home.string()) +
          ", \"exists\": " + (home_exists ? "true" : "false") +
          ", \"bytes\": " + std::to_string(home_bytes) +
          ", \"index\": " + json_quote(index.string()) +
          ", \"index_bytes\": " + std::to_string(index_bytes) +
          ", \"store\": " + json_quote(store.string()) +
          ", \"store_bytes\": " + std::to_string(store_bytes) +
          ", \"documents\": " + std::to_string(documents) +
          ", \"config\": " + (config_exists ? json_quote(config.string()) : "null") +
          ", \"rules\": " + json_quote(rules.string()) + "}\n";
  } else {
    out = "home:      " + home.string() +
          (home_exists ? " (" + byte_size(home_bytes) + ")" : " (does not exist yet)") + "\n";
    out += "index:     " + index.string() + " (" + byte_size(index_bytes) + ", " +
           std::to_string(documents) + (documents == 1 ? " document)\n" : " documents)\n");
    out += "store:     " + store.string() + " (" + byte_size(store_bytes) +
           "; runs, stories and the fetch cache)\n";
    out += "config:    " + config.string() + (config_exists ? "" : " (none)") + "\n";
    out += "rules:     " + rules.string() + "\n";
  }
  write_output(out, "");
  return kExitOk;
}

}  // namespace

void register_home(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto options = std::make_shared<HomeOptions>();
  auto* cmd = app.add_subcommand(
      "home", "Show where the home, its config and the rules in use are, and the home's size");
  add_format_option(cmd, options->format, {"text", "json"});
  cmd->callback([&global, &action, options] {
    action = [&global, options] { return run_home(global, *options); };
  });
}

}  // namespace verify::cli

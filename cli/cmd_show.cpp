// `verify show [RUN_ID]`: re-print a stored report, or list recent runs, without re-running.
#include <cstdio>

#include "commands.h"

namespace verify::cli {
namespace {

struct ShowOptions {
  std::int64_t run_id = 0;
  std::string format = "text";
  std::string out;
  std::size_t limit = 20;
};

int run_show(const GlobalOptions& global, const ShowOptions& options) {
  engine::Format format = parse_format(options.format);
  auto engine_ptr = open_engine(global);
  engine::Engine& eng = *engine_ptr;
  if (options.run_id == 0) {
    auto runs = eng.list_runs(options.limit);
    if (runs.empty()) std::printf("no runs stored yet\n");
    for (const auto& r : runs) {
      std::printf("%6lld  %s  %zu contradicted, %zu disputed, %zu supported, %zu unverified  %s\n",
                  static_cast<long long>(r.id), r.created_at.c_str(), r.summary.contradicted,
                  r.summary.disputed, r.summary.supported, r.summary.unverified,
                  r.article_path.c_str());
    }
    return kExitOk;
  }
  engine::Report report = eng.load_run(options.run_id);
  write_output(engine::render(report, format, options.out.empty() && stdout_is_terminal()),
               options.out);
  return report.summary.contradicted + report.summary.disputed > 0 ? kExitFindings : kExitOk;
}

}  // namespace

void register_show(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto options = std::make_shared<ShowOptions>();
  auto* cmd = app.add_subcommand("show", "Re-print a stored run, or list recent runs");
  cmd->add_option("run", options->run_id, "Run id (omit to list recent runs)");
  cmd->add_option("-f,--format", options->format, "Output format: text, json, md or html");
  cmd->add_option("-o,--out", options->out, "Write the report to FILE instead of stdout");
  cmd->add_option("-n,--limit", options->limit, "How many runs to list");
  cmd->callback([&global, &exit_code, options] { exit_code = run_show(global, *options); });
}

}  // namespace verify::cli

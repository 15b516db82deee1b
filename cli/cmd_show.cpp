// `verify show [RUN_ID]`: re-print a stored report, or list recent runs, without re-running.
#include <cstdio>

#include "commands.h"

namespace verify::cli {
namespace {

struct ShowOptions {
  std::string run;  // a run id as typed; "" lists the recent runs
  std::optional<std::string> format;
  std::string out;
  std::size_t limit = 20;
};

const std::vector<std::string> kReportFormats = {"text", "json", "md", "html"};

// The runs as one line each, a JSON array, or a Markdown table.
std::string runs_listing(const std::vector<engine::Engine::RunInfo>& runs,
                         const std::string& format) {
  std::string out;
  if (format == "json") {
    out = "[";
    for (size_t i = 0; i < runs.size(); ++i) {
      const auto& r = runs[i];
      out += std::string(i ? ",\n " : "\n ") + "{" + json_schema_field() +
             "\"run\": " + std::to_string(r.id) + ", \"created_at\": " + json_quote(r.created_at) +
             ", \"article\": " + json_quote(r.article_path) +
             ", \"title\": " + json_quote(r.title) + ", \"kind\": " + json_quote(r.kind) +
             ", \"version\": " + std::to_string(r.version) +
             ", \"summary\": {\"contradicted\": " + std::to_string(r.summary.contradicted) +
             ", \"disputed\": " + std::to_string(r.summary.disputed) +
             ", \"supported\": " + std::to_string(r.summary.supported) +
             ", \"unverified\": " + std::to_string(r.summary.unverified) + "}}";
    }
    return out + (runs.empty() ? "]\n" : "\n]\n");
  }
  if (format == "md") {
    out = "| run | checked | contradicted | disputed | supported | unverified | article |\n";
    out += "| ---: | --- | ---: | ---: | ---: | ---: | --- |\n";
    for (const auto& r : runs) {
      out += "| " + std::to_string(r.id) + " | " + r.created_at + " | " +
             std::to_string(r.summary.contradicted) + " | " + std::to_string(r.summary.disputed) +
             " | " + std::to_string(r.summary.supported) + " | " +
             std::to_string(r.summary.unverified) + " | `" + r.article_path + "` |\n";
    }
    return out;
  }
  if (runs.empty()) return "no runs stored yet\n";
  for (const auto& r : runs) {
    char line[256];
    std::snprintf(line, sizeof line,
                  "%6lld  %s  %zu contradicted, %zu disputed, %zu supported, %zu unverified  ",
                  static_cast<long long>(r.id), r.created_at.c_str(), r.summary.contradicted,
                  r.summary.disputed, r.summary.supported, r.summary.unverified);
    out += line + r.article_path + "\n";
  }
  return out;
}

int run_show(const GlobalOptions& global, const ShowOptions& options) {
  const Config config = load_config(global);
  if (options.run.empty()) {
    if (options.format == "html") {
      throw std::invalid_argument("show: the list of runs has no html format (text, json or md)");
    }
    std::string format = resolve_format(options.format, config, {"text", "json", "md"});
    auto engine_ptr = open_engine(global);
    write_output(runs_listing(engine_ptr->list_runs(options.limit), format), options.out);
    return kExitOk;
  }
  engine::Format format = parse_format(resolve_format(options.format, config, kReportFormats));
  auto engine_ptr = open_engine(global);
  engine::Report report = engine_ptr->load_run(std::stoll(options.run));
  write_output(engine::render(report, format,
                              use_color(global, options.out.empty() && stdout_is_terminal())),
               options.out);
  return report.summary.contradicted + report.summary.disputed > 0 ? kExitFindings : kExitOk;
}

}  // namespace

void register_show(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto options = std::make_shared<ShowOptions>();
  auto* cmd = app.add_subcommand("show", "Re-print a stored run, or list recent runs");
  cmd->add_option("run", options->run, "Run id: the number `verify show` lists (omit to list)")
      ->type_name("RUN_ID")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            bool digits = !value.empty() && value.size() < 19 &&
                          value.find_first_not_of("0123456789") == std::string::npos;
            if (digits && std::stoll(value) > 0) return {};
            return "'" + value +
                   "' is not a run id: a run id is the number in the first column of "
                   "`verify show` (and `verify history STORY`), such as 12";
          },
          "RUN_ID", "run id"));
  add_format_option(cmd, options->format, kReportFormats)
      ->description("Output format: text, json, md or html (the list of runs: text, json or md)");
  cmd->add_option("-o,--out", options->out, "Write the report to FILE instead of stdout")
      ->type_name("FILE");
  cmd->add_option("-n,--limit", options->limit, "How many runs to list");
  cmd->callback([&global, &action, options] {
    action = [&global, options] { return run_show(global, *options); };
  });
}

}  // namespace verify::cli

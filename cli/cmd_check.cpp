// `verify check ARTICLE...` (also plain `verify ARTICLE...`): judge articles and report.
#include <spdlog/spdlog.h>

#include <iostream>
#include <optional>

#include "commands.h"

namespace verify::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> articles;
  std::optional<std::string> format;  // unset: the config's, else text
  std::string out;
  std::string date;
  bool no_store = false;
  std::string story;
  bool fetch = false;  // --fetch: fetch cited links even when the config says not to
  bool no_fetch = false;
  bool offline = false;
  std::optional<long> max_age;
  std::vector<std::string> exclude;
  std::vector<long> accept;
  bool allow_private = false;
};

int run_check(const GlobalOptions& global, const CheckOptions& options) {
  const Config config = load_config(global);
  engine::Format format =
      parse_format(resolve_format(options.format, config, {"text", "json", "md", "html"}));
  require_writable_output(options.out);
  auto engine_ptr = open_engine(global);
  engine::Engine& eng = *engine_ptr;
  engine::CheckOptions check_options;
  check_options.reference_date = options.date;
  check_options.store = !options.no_store;
  if (!options.story.empty() && options.articles.size() > 1) {
    throw std::invalid_argument("--story names one story: give one article with it");
  }
  check_options.story = options.story;
  check_options.fetch = options.fetch || (!options.no_fetch && config.fetch.value_or(true));
  check_options.offline = options.offline;
  check_options.max_age_seconds = options.max_age.value_or(config.max_age.value_or(86400));
  check_options.allow_private = options.allow_private;
  // Patterns and codes from the command line add to the config's.
  check_options.exclude_links = config.exclude;
  check_options.exclude_links.insert(check_options.exclude_links.end(), options.exclude.begin(),
                                     options.exclude.end());
  check_options.accept_status = config.accept;
  check_options.accept_status.insert(check_options.accept_status.end(), options.accept.begin(),
                                     options.accept.end());

  bool failed = false, findings = false, warned_empty = false;
  std::string output;
  // With --format json, one entry per article in the order given: its report, or for an
  // article that could not be read an object with its path and the error. With --format html
  // and several articles, the same entries make one page (a section each).
  std::vector<std::string> json_entries;
  const bool one_page = format == engine::Format::kHtml && options.articles.size() > 1;
  std::vector<engine::ArticleEntry> html_entries;
  for (const auto& path : options.articles) {
    claims::Article article;
    try {
      article = claims::load_article(path);
    } catch (const claims::InputError& e) {
      std::cerr << "verify: " << e.what() << "\n";
      failed = true;
      if (format == engine::Format::kJson) {
        json_entries.push_back(
            "{\n  \"schema_version\": " + std::to_string(engine::kSchemaVersion) +
            ",\n  \"article\": {\"path\": " + json_quote(path) +
            "},\n  \"error\": " + json_quote(e.what()) + "\n}\n");
      }
      if (one_page) html_entries.push_back(engine::ArticleEntry{path, std::nullopt, e.what()});
      continue;
    }
    warn_undated_relative_dates(article, options.date, path);
    engine::Report report = eng.check(article, check_options);
    // A mistyped --home or a forgotten `corpus add` would otherwise pass as a clean report of
    // unverified claims with exit 0 (a new user's report).
    if (report.corpus_size == 0 && !warned_empty) {
      warned_empty = true;
      spdlog::warn(
          "the corpus at '{}' has no sources, so no claim can be confirmed or "
          "contradicted; add sources with `verify corpus add FILE` (or give the right "
          "--home)",
          resolve_home(global).string());
    }
    if (report.summary.contradicted + report.summary.disputed > 0) findings = true;
    if (format == engine::Format::kJson) {
      json_entries.push_back(engine::render(report, format));
    } else if (one_page) {
      html_entries.push_back(engine::ArticleEntry{path, std::move(report), ""});
    } else {
      if (!output.empty()) output += "\n";
      output += engine::render(report, format,
                               use_color(global, options.out.empty() && stdout_is_terminal()));
    }
  }
  if (format == engine::Format::kJson) {
    // One article gives its report object; several always give an array, failed ones
    // included, so a script finds every article it named (docs/formats.md).
    if (options.articles.size() == 1) {
      if (!json_entries.empty() && !failed) output = json_entries[0];
    } else {
      output = "[\n";
      for (size_t i = 0; i < json_entries.size(); ++i) {
        if (i) output += ",\n";
        std::string r = json_entries[i];
        while (!r.empty() && r.back() == '\n') r.pop_back();
        output += r;
      }
      output += "\n]\n";
    }
  }
  if (one_page) output = engine::render_html(html_entries);
  // An error wins the exit status, so a script never takes a failed article for a checked
  // one; what the other articles found is said rather than lost (docs/formats.md).
  if (failed && findings) {
    spdlog::warn(
        "exit status 2 because an article could not be checked; the other articles' reports "
        "have contradicted or disputed claims");
  }
  const int status = failed ? kExitError : findings ? kExitFindings : kExitOk;
  if (!output.empty()) write_output(output, options.out);
  return status;
}

}  // namespace

void register_check(CLI::App& app, const GlobalOptions& global, Action& action) {
  auto options = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand("check", "Check articles against the corpus and report");
  cmd->footer(
      "Examples:\n"
      "  verify article.txt                         the text report\n"
      "  verify article.md --format html -o r.html  the article with its claims highlighted\n"
      "  verify draft.txt --no-store --no-fetch     a quick look, nothing kept or fetched\n"
      "\n"
      "Exit status: 0 nothing contradicted or disputed, 1 something contradicted or disputed,\n"
      "2 a usage or input error (also when another article has contradictions).");
  cmd->add_option("articles", options->articles, "Article files (.txt .md .html .json)")
      ->required();
  add_format_option(cmd, options->format, {"text", "json", "md", "html"});
  cmd->add_option("-o,--out", options->out, "Write the report to FILE instead of stdout")
      ->type_name("FILE");
  cmd->add_option("--date", options->date,
                  "Reference date YYYY-MM-DD for relative dates (default: the article's own)")
      ->check(iso_date_validator());
  cmd->add_flag("--no-store", options->no_store, "Do not record the run in the store");
  cmd->add_option("--story", options->story,
                  "Story this article is a version of (default: its absolute path)");
  auto* no_fetch =
      cmd->add_flag("--no-fetch", options->no_fetch, "Do not fetch the article's cited links");
  cmd->add_flag("--fetch", options->fetch,
                "Fetch cited links even when the config says \"fetch\": false")
      ->excludes(no_fetch);
  cmd->add_flag("--offline", options->offline,
                "Check cited links against the fetch cache only, without the network");
  cmd->add_option("--max-age", options->max_age,
                  "Seconds a cached page stays fresh before it is re-fetched (default: the "
                  "config's max_age, else 86400)")
      ->check(seconds_validator());
  add_link_filter_options(cmd, options->exclude, options->accept);
  cmd->add_flag("--allow-private", options->allow_private,
                "Allow links to loopback and private-network addresses (refused by default)");
  cmd->callback([&global, &action, options] {
    action = [&global, options] { return run_check(global, *options); };
  });
}

}  // namespace verify::cli

// `verify claims ARTICLE`: only the extracted claims (the claims JSON contract), no judging.
#include <iostream>

#include "commands.h"

namespace verify::cli {
namespace {

struct ClaimsOptions {
  std::string article;
  std::string format = "text";
  std::string out;
  std::string date;
};

std::string claims_text(const claims::Article& article, const claims::Extraction& extraction) {
  const auto& list = extraction.claims;
  std::string out = (article.path.empty() ? std::string("article") : article.path) + ": " +
                    std::to_string(list.size()) + (list.size() == 1 ? " claim" : " claims");
  if (!article.published.empty()) out += " (article dated " + article.published + ")";
  out += "\n";
  if (extraction.unread_from) {
    out += "  " + engine::unread_note(article.text, *extraction.unread_from) + "\n";
  }
  for (const auto& c : list) {
    out += "  " + c.id + " [" + std::string(claims::to_string(c.kind)) + "] \"" +
           engine::one_line(c.text) + "\" = " + c.value;
    if (!c.date_end.empty()) out += " .. " + c.date_end;
    if (!c.unit.empty() && c.kind != claims::Kind::kPercent) out += " " + c.unit;
    if (!c.noun.empty()) out += " (" + c.noun + ")";
    if (!c.hedge.empty()) out += " hedge: " + c.hedge;
    if (!c.speaker.empty()) out += " — " + c.speaker;
    if (!c.flags.empty()) {
      out += " {";
      for (size_t i = 0; i < c.flags.size(); ++i) out += (i ? ", " : "") + c.flags[i];
      out += "}";
    }
    out += "\n";
  }
  return out;
}

int run_claims(const ClaimsOptions& options) {
  auto article = claims::load_article(options.article);
  warn_undated_relative_dates(article, options.date, options.article);
  claims::Options extract_options;
  extract_options.reference_date = options.date;
  auto list = claims::extract_claims(article, extract_options);
  if (options.format == "json") {
    write_output(engine::claims_json(article, list), options.out);
  } else if (options.format == "text") {
    write_output(claims_text(article, list), options.out);
  } else {
    throw std::invalid_argument("unknown format '" + options.format + "' (use text or json)");
  }
  return kExitOk;
}

}  // namespace

void register_claims(CLI::App& app, const GlobalOptions&, Action& action) {
  auto options = std::make_shared<ClaimsOptions>();
  auto* cmd = app.add_subcommand("claims", "List the claims extracted from an article");
  cmd->add_option("article", options->article, "Article file (.txt .md .html .json)")->required();
  cmd->add_option("-f,--format", options->format, "Output format: text or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("-o,--out", options->out, "Write to FILE instead of stdout")->type_name("FILE");
  cmd->add_option("--date", options->date,
                  "Reference date YYYY-MM-DD for relative dates (default: the article's own)")
      ->check(iso_date_validator());
  cmd->callback([&action, options] { action = [options] { return run_claims(*options); }; });
}

}  // namespace verify::cli

// Search plans as the engine ran them, saved by verify_bench's verify workload so its baseline
// (and plan_replay) issue exactly the same searches. One file per corpus size: "A" opens an
// article; "P\x1eFROM\x1eTO\x1eLIMIT" a plan, then "R\x1e" lines (a required group) and one
// "O\x1e" line (optional words), words separated by \x1f.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "verify/rules.h"

namespace verify::bench {

using Plans = std::vector<std::vector<verify::rules::SearchPlan>>;  // per article

inline void save_plans(const std::filesystem::path& file, const Plans& plans) {
  std::ofstream out(file, std::ios::trunc);
  auto list = [&](const std::vector<std::string>& v) {
    for (const auto& s : v) out << s << '\x1f';
  };
  for (const auto& article : plans) {
    out << "A\n";
    for (const auto& p : article) {
      out << "P\x1e" << p.published_from << "\x1e" << p.published_to << "\x1e" << p.limit << "\n";
      for (const auto& g : p.required) {
        out << "R\x1e";
        list(g);
        out << "\n";
      }
      out << "O\x1e";
      list(p.optional);
      out << "\n";
    }
  }
}

inline Plans load_plans(const std::filesystem::path& file) {
  Plans out;
  std::ifstream in(file);
  std::string line;
  auto split = [](const std::string& s, char sep) {
    std::vector<std::string> parts;
    std::size_t a = 0, b;
    while ((b = s.find(sep, a)) != std::string::npos) {
      parts.push_back(s.substr(a, b - a));
      a = b + 1;
    }
    if (a < s.size()) parts.push_back(s.substr(a));
    return parts;
  };
  while (std::getline(in, line)) {
    if (line == "A") {
      out.emplace_back();
      continue;
    }
    auto f = split(line, '\x1e');
    if (f.empty() || out.empty()) continue;
    if (f[0] == "P") {
      verify::rules::SearchPlan p;
      p.published_from = f.size() > 1 ? f[1] : "";
      p.published_to = f.size() > 2 ? f[2] : "";
      p.limit = f.size() > 3 ? std::stoul(f[3]) : 20;
      out.back().push_back(p);
    } else if (f[0] == "R" && !out.back().empty()) {
      out.back().back().required.push_back(split(f.size() > 1 ? f[1] : "", '\x1f'));
    } else if (f[0] == "O" && !out.back().empty()) {
      out.back().back().optional = split(f.size() > 1 ? f[1] : "", '\x1f');
    }
  }
  return out;
}

}  // namespace verify::bench

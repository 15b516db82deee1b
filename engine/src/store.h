// The run store: articles, runs, claims, findings and evidence in SQLite (HOME/verify.db).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "verify/engine.h"

namespace verify::engine {

// Owns one SQLite connection to the store. Every write is one transaction; a failed write
// rolls back and throws StoreError, leaving earlier runs untouched.
class Store {
 public:
  explicit Store(const std::filesystem::path& db_path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Records the report (article, run, claims, findings, evidence); sets report.run_id.
  void save(Report& report);
  Report load(std::int64_t run_id) const;
  std::vector<Engine::RunInfo> list(std::size_t limit) const;

 private:
  void exec(const char* sql) const;
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace verify::engine

#pragma once
// Helpers shared by the commands that use the event store (ingest, dyad, events):
// opening the store with the CLI's messages and exit codes, and table/CSV output.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "parley/reader.h"
#include "parley/store.h"

namespace parley::cli {

inline constexpr const char* kDbHelp =
    "SQLite database file (default parley.db) or a PostgreSQL URI (postgresql://user@host:port/db)";

// Opens the store at `db`; on failure prints why, sets `*rc` to 1 and returns nullptr.
// Query commands pass `read_only`: the store is opened read-only, and a mistyped file
// path is reported instead of created empty.
inline std::unique_ptr<EventStore> OpenStoreOrReport(const std::string& db, const char* cmd, int* rc,
                                                     bool read_only = false) {
  if (read_only && !IsPostgresLocation(db) && !std::filesystem::exists(db)) {
    std::cerr << "parley " << cmd << ": no database " << db << " (create it with `parley ingest --db " << db << "`)\n";
    *rc = 1;
    return nullptr;
  }
  auto store = EventStore::Open(db, read_only);
  if (!store.ok()) {
    std::cerr << "parley " << cmd << ": " << store.status().message() << "\n";
    *rc = 1;
    return nullptr;
  }
  return std::move(store).value();
}

// Returns an error message for a bad --from/--to date, else "".
inline std::string CheckDates(const std::string& from, const std::string& to) {
  for (const std::string* d : {&from, &to})
    if (!d->empty() && !IsValidDate(*d)) return "'" + *d + "' is not a date (want YYYY-MM-DD)";
  return "";
}

inline std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Writes `rows` under `header` as CSV or as a space-aligned table.
inline void WriteRows(std::ostream& out, const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows, bool csv) {
  if (csv) {
    auto line = [&](const std::vector<std::string>& r) {
      for (std::size_t i = 0; i < r.size(); ++i) out << (i ? "," : "") << CsvField(r[i]);
      out << "\n";
    };
    line(header);
    for (const auto& r : rows) line(r);
    return;
  }
  std::vector<std::size_t> width(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) width[i] = header[i].size();
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size() && i < width.size(); ++i) width[i] = std::max(width[i], r[i].size());
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (std::size_t i = 0; i < r.size(); ++i) {
      s += r[i];
      if (i + 1 < r.size()) s += std::string(width[i] - std::min(width[i], r[i].size()) + 2, ' ');
    }
    out << s << "\n";
  };
  line(header);
  for (const auto& r : rows) line(r);
}

}  // namespace parley::cli

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
#include "terminal_text.h"

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
    std::cerr << "parley " << cmd << ": " << TerminalSafe(store.status().message()) << "\n";
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

inline std::string CsvField(const std::string& raw) {
  std::string s = TerminalSafe(raw);  // line breaks stay (quoted); escape sequences do not
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Code points in `s` (its width on a terminal for most news text).
inline std::size_t TextWidth(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Writes `rows` under `header` as CSV or as a space-aligned table. Table cells are made
// terminal-safe; with `max_width`, the last column is cut so that lines fit it.
inline void WriteRows(std::ostream& out, const std::vector<std::string>& header,
                      std::vector<std::vector<std::string>> rows, bool csv, std::size_t max_width = 0) {
  if (csv) {
    auto line = [&](const std::vector<std::string>& r) {
      for (std::size_t i = 0; i < r.size(); ++i) out << (i ? "," : "") << CsvField(r[i]);
      out << "\n";
    };
    line(header);
    for (const auto& r : rows) line(r);
    return;
  }
  for (auto& r : rows)
    for (std::string& cell : r) cell = TerminalSafe(cell, /*spaces_for_breaks=*/true);
  std::vector<std::size_t> width(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) width[i] = TextWidth(header[i]);
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size() && i < width.size(); ++i) width[i] = std::max(width[i], TextWidth(r[i]));
  if (max_width && !rows.empty()) {
    std::size_t before_last = 0;
    for (std::size_t i = 0; i + 1 < width.size(); ++i) before_last += width[i] + 2;
    std::size_t room = max_width > before_last + 20 ? max_width - before_last : 20;
    for (auto& r : rows)
      if (!r.empty()) r.back() = CutToWidth(r.back(), room);
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (std::size_t i = 0; i < r.size(); ++i) {
      s += r[i];
      if (i + 1 < r.size()) s += std::string(width[i] - std::min(width[i], TextWidth(r[i])) + 2, ' ');
    }
    out << s << "\n";
  };
  line(header);
  for (const auto& r : rows) line(r);
}

}  // namespace parley::cli

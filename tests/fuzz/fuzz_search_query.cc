// libFuzzer target: the `q` of GET /api/search as the store reads it. Every query that
// ParseTextQuery accepts must be a valid FTS5 query (run against a small in-memory FTS5
// table: a syntax error there would be a 500), and the matched ranges read back from a
// highlighted text must lie inside it. The input is the query; its bytes after a NUL,
// if any, are a "highlighted text" for MarkedRanges.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parley/store.h"
#include "store/search_sql.h"

namespace {

sqlite3_stmt* MatchStatement() {
  static sqlite3_stmt* stmt = [] {
    sqlite3* db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) std::abort();
    const char* setup =
        "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61 remove_diacritics 2');"
        "INSERT INTO t VALUES('Armenia and Azerbaijan held peace talks'), ('Troops attacked near the border');";
    if (sqlite3_exec(db, setup, nullptr, nullptr, nullptr) != SQLITE_OK) std::abort();
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT highlight(t, 0, char(2), char(3)) FROM t WHERE t MATCH ?1", -1, &s,
                           nullptr) != SQLITE_OK)
      std::abort();
    return s;
  }();
  return stmt;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::string q = input.substr(0, input.find('\0'));
  if (input.size() > q.size()) {
    std::string marked = input.substr(q.size() + 1), text;
    for (char c : marked)
      if (c != parley::store::kMarkOpen && c != parley::store::kMarkClose) text += c;
    for (const parley::TextMatch& m : parley::store::MarkedRanges(text, marked))
      if (m.start >= m.end || m.end > text.size()) std::abort();
  }
  auto parsed = parley::ParseTextQuery(q);
  if (!parsed.ok()) return 0;
  const std::string match = parley::store::Fts5Match(parsed.value());
  sqlite3_stmt* s = MatchStatement();
  sqlite3_bind_text(s, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
  }
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) std::abort();  // an FTS5 syntax error: a query the parser let through
  int params = 0;
  std::string pg = parley::store::PgTsQuery(parsed.value(), [&](std::string) { return "?" + std::to_string(++params); });
  if (pg.empty() || params == 0) std::abort();
  return 0;
}

#pragma once
// The SQL layer under the event store: a connection and prepared statements, with one
// implementation per database (SQLite, PostgreSQL). The store writes its SQL once, with
// `?N` parameters; a connection translates what its database needs. Errors throw
// SqlError; the store catches it at its public API and returns a Status.
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace parley::store {

class SqlError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Dialect { kSqlite, kPostgres };

// A prepared statement; parameters and columns are 1-based and 0-based respectively.
// Step() runs the statement on its first call and returns true while rows come.
class SqlStatement {
 public:
  virtual ~SqlStatement() = default;
  virtual SqlStatement& Bind(int i, std::string_view v) = 0;
  virtual SqlStatement& Bind(int i, std::int64_t v) = 0;
  virtual SqlStatement& Bind(int i, double v) = 0;
  virtual SqlStatement& BindNull(int i) = 0;
  SqlStatement& BindTextOrNull(int i, std::string_view v) { return v.empty() ? BindNull(i) : Bind(i, v); }
  virtual bool Step() = 0;
  virtual void Reset() = 0;  // ready to bind and run again
  void Run() {               // executes a statement that returns no rows
    Step();
    Reset();
  }
  virtual std::string Text(int col) const = 0;
  virtual std::int64_t Int(int col) const = 0;
  virtual double Real(int col) const = 0;
  virtual bool IsNull(int col) const = 0;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Dialect dialect() const = 0;
  // One or more statements without parameters.
  virtual void Exec(const std::string& sql) = 0;
  virtual std::unique_ptr<SqlStatement> Prepare(std::string_view sql) = 0;
  // Starts a write transaction that holds the write lock from its start.
  virtual void BeginWrite() = 0;
};

// Opens a SQLite file (created unless read-only), WAL mode, 10 s busy timeout.
std::unique_ptr<SqlConnection> OpenSqlite(const std::string& path, bool read_only);
// Connects to PostgreSQL with a libpq connection URI (postgresql://...).
std::unique_ptr<SqlConnection> OpenPostgres(const std::string& uri, bool read_only);

}  // namespace parley::store

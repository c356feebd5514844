// SqlConnection on PostgreSQL through libpq: statements are prepared once per
// connection (`?N` parameters become `$N`), parameters are sent as text, results are
// read row by row from the PGresult.
#include <fmt/format.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <vector>

#include "store/sql_connection.h"

namespace parley::store {
namespace {

// `?N` -> `$N`, leaving string literals alone.
std::string ToDollarParams(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  bool quoted = false;
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    out += (c == '?' && !quoted) ? '$' : c;
  }
  return out;
}

std::string Message(PGconn* conn) {
  std::string m = PQerrorMessage(conn);
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

class PgStatement : public SqlStatement {
 public:
  PgStatement(PGconn* conn, std::string name, std::string_view sql) : conn_(conn), name_(std::move(name)) {
    PGresult* r = PQprepare(conn_, name_.c_str(), ToDollarParams(sql).c_str(), 0, nullptr);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) throw SqlError("cannot prepare SQL: " + Message(conn_));
    PGresult* d = PQdescribePrepared(conn_, name_.c_str());
    params_.resize(static_cast<std::size_t>(PQnparams(d)));
    set_.resize(params_.size());
    PQclear(d);
  }
  ~PgStatement() override {
    PQclear(result_);
    PGresult* r = PQexec(conn_, ("DEALLOCATE " + name_).c_str());
    PQclear(r);
  }
  SqlStatement& Bind(int i, std::string_view v) override { return Set(i, std::string(v)); }
  SqlStatement& Bind(int i, std::int64_t v) override { return Set(i, std::to_string(v)); }
  SqlStatement& Bind(int i, double v) override { return Set(i, fmt::format("{}", v)); }
  SqlStatement& BindNull(int i) override {
    Check(i);
    set_[static_cast<std::size_t>(i - 1)] = false;
    return *this;
  }
  bool Step() override {
    if (!result_) {
      std::vector<const char*> values(params_.size());
      for (std::size_t i = 0; i < params_.size(); ++i) values[i] = set_[i] ? params_[i].c_str() : nullptr;
      result_ =
          PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
      ExecStatusType st = PQresultStatus(result_);
      if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        std::string msg = PQresultErrorMessage(result_);
        while (!msg.empty() && msg.back() == '\n') msg.pop_back();
        PQclear(result_);
        result_ = nullptr;
        throw SqlError("SQL step failed: " + msg);
      }
      row_ = -1;
    }
    return ++row_ < PQntuples(result_);
  }
  void Reset() override {
    PQclear(result_);
    result_ = nullptr;
    std::fill(set_.begin(), set_.end(), false);
  }
  std::string Text(int col) const override {
    return std::string(PQgetvalue(result_, row_, col), static_cast<std::size_t>(PQgetlength(result_, row_, col)));
  }
  std::int64_t Int(int col) const override { return std::strtoll(PQgetvalue(result_, row_, col), nullptr, 10); }
  double Real(int col) const override { return std::strtod(PQgetvalue(result_, row_, col), nullptr); }
  bool IsNull(int col) const override { return PQgetisnull(result_, row_, col) != 0; }

 private:
  void Check(int i) const {
    if (i < 1 || static_cast<std::size_t>(i) > params_.size())
      throw SqlError(fmt::format("cannot bind parameter {} of {}", i, params_.size()));
  }
  SqlStatement& Set(int i, std::string v) {
    Check(i);
    params_[static_cast<std::size_t>(i - 1)] = std::move(v);
    set_[static_cast<std::size_t>(i - 1)] = true;
    return *this;
  }
  PGconn* conn_;
  std::string name_;
  std::vector<std::string> params_;
  std::vector<bool> set_;
  PGresult* result_ = nullptr;
  int row_ = -1;
};

class PgConnection : public SqlConnection {
 public:
  PgConnection(const std::string& uri, bool read_only) {
    conn_ = PQconnectdb(uri.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = Message(conn_);
      PQfinish(conn_);
      throw SqlError("cannot connect to PostgreSQL: " + msg);
    }
    Exec("SET client_min_messages = warning");
    if (read_only) Exec("SET default_transaction_read_only = on");
  }
  ~PgConnection() override { PQfinish(conn_); }
  Dialect dialect() const override { return Dialect::kPostgres; }
  void Exec(const std::string& sql) override {
    PGresult* r = PQexec(conn_, sql.c_str());
    ExecStatusType st = PQresultStatus(r);
    std::string msg = PQresultErrorMessage(r);
    PQclear(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      while (!msg.empty() && msg.back() == '\n') msg.pop_back();
      throw SqlError(msg);
    }
  }
  std::unique_ptr<SqlStatement> Prepare(std::string_view sql) override {
    return std::make_unique<PgStatement>(conn_, fmt::format("parley_{}", ++statements_), sql);
  }
  void BeginWrite() override { Exec("BEGIN"); }

 private:
  PGconn* conn_ = nullptr;
  int statements_ = 0;
};

}  // namespace

std::unique_ptr<SqlConnection> OpenPostgres(const std::string& uri, bool read_only) {
  return std::make_unique<PgConnection>(uri, read_only);
}

}  // namespace parley::store

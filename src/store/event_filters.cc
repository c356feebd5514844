#include "store/event_filters.h"

#include <fmt/format.h>

#include <cmath>

#include "store/dyad_summary.h"

namespace parley::store {
namespace {

// "col IN (?1, ?2)" for the values.
template <typename T, typename ToText>
std::string InList(const std::string& column, const std::vector<T>& values, const ParamFn& param, ToText to_text) {
  std::string sql = column + " IN (";
  for (std::size_t i = 0; i < values.size(); ++i) sql += (i ? ", " : "") + param(to_text(values[i]));
  return sql + ")";
}

}  // namespace

std::string FilterSql(const EventFilters& f, const std::string& table, const ParamFn& param) {
  std::string sql;
  const std::string t = table + ".";
  auto text = [](const std::string& s) { return s; };
  if (!f.roots.empty()) sql += " AND " + InList("substr(" + t + "code, 1, 2)", f.roots, param, text);
  if (!f.quad_classes.empty())
    sql += " AND " + InList(t + "quad_class", f.quad_classes, param, [](int q) { return std::to_string(q); });
  // Goldstein weights have one decimal: comparing whole tenths binds no float as text
  // and means the same in SQLite and PostgreSQL (a bound of 2.55 keeps 2.6 and up).
  auto tenths = [](double g, bool up) {
    return std::to_string(static_cast<long long>(up ? std::ceil(g * 10 - 1e-9) : std::floor(g * 10 + 1e-9)));
  };
  if (f.goldstein_min)
    sql += fmt::format(" AND CAST(round({}goldstein * 10) AS BIGINT) >= CAST({} AS BIGINT)", t,
                       param(tenths(*f.goldstein_min, true)));
  if (f.goldstein_max)
    sql += fmt::format(" AND CAST(round({}goldstein * 10) AS BIGINT) <= CAST({} AS BIGINT)", t,
                       param(tenths(*f.goldstein_max, false)));
  if (!f.modalities.empty())
    sql += fmt::format(" AND EXISTS (SELECT 1 FROM mentions fm WHERE fm.event_id = {}event_id AND {})", t,
                       InList("fm.modality", f.modalities, param, text));
  return sql;
}

std::string EventWhere(const EventQuery& q, const std::string& table, const ParamFn& param) {
  const std::string t = table + ".";
  auto range = [&](const std::string& column, const std::string& prefix) {
    std::string lo = param(prefix);
    return fmt::format("({0} >= {1} AND {0} < {2})", t + column, lo, param(PrefixEnd(prefix)));
  };
  std::string where;
  if (!q.actor.empty()) where += " AND (" + range("source", q.actor) + " OR " + range("target", q.actor) + ")";
  if (!q.dyad_a.empty() && !q.dyad_b.empty()) {
    std::string ab = range("source", q.dyad_a) + " AND " + range("target", q.dyad_b);
    std::string ba = range("source", q.dyad_b) + " AND " + range("target", q.dyad_a);
    where += " AND ((" + ab + ") OR (" + ba + "))";
  }
  if (!q.code.empty()) where += " AND " + range("code", q.code);
  if (!q.story_id.empty())
    where += " AND " + t + "event_id IN (SELECT event_id FROM mentions WHERE story_id = " + param(q.story_id) + ")";
  if (q.event_id) where += " AND " + t + "event_id = " + param(std::to_string(q.event_id));
  if (!q.root.empty()) where += " AND " + t + "root = " + param(q.root);
  if (q.quad_class) where += " AND " + t + "quad_class = " + param(std::to_string(q.quad_class));
  if (!q.modality.empty())
    where += " AND " + t + "event_id IN (SELECT event_id FROM mentions WHERE modality = " + param(q.modality) + ")";
  if (!q.from.empty()) where += " AND " + t + "date >= " + param(q.from);
  if (!q.to.empty()) where += " AND " + t + "date <= " + param(q.to);
  if (!q.include_historical) where += " AND " + t + "historical = 0";
  return where + FilterSql(q.filters, table, param);
}

}  // namespace parley::store

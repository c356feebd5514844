#pragma once
// The WHERE terms of EventFilters, shared by the events and the dyad queries so that
// both read the same selection. Every term reads a column of the covering dyad index
// (code, quad_class, goldstein) except modality, a per-row lookup in mentions_event.
#include <functional>
#include <string>

#include "parley/store.h"

namespace parley::store {

// Binds a value and returns its placeholder ("?7").
using ParamFn = std::function<std::string(std::string)>;

// " AND ..." terms for `f` on the events table written `table` ("e" or "events"), or ""
// when `f` is empty. Roots read the code's first two digits.
std::string FilterSql(const EventFilters& f, const std::string& table, const ParamFn& param);

// " AND ..." terms selecting the events of `q` from the events table written `table`:
// actor, dyad, code, story_id, event_id, root, quad_class, modality, from, to,
// include_historical and q.filters (not its order, paging or limit). Actor and code
// prefixes are index range scans (source >= 'ARM' AND source < 'ARN').
std::string EventWhere(const EventQuery& q, const std::string& table, const ParamFn& param);

}  // namespace parley::store

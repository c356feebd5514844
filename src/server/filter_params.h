#pragma once
// The filters every dashboard view shares (docs/API.md, "Filters"): CAMEO roots,
// QuadClasses, modalities, a Goldstein range and whether historical events count,
// read from query parameters into EventFilters. Used by GET /api/events and
// GET /api/dyads; an endpoint that lists or counts events takes them the same way.
#include <httplib.h>

#include <string>

#include "parley/store.h"

namespace parley::server {

// root=18,19 · quad_class=3,4 · modality=asserted,intended · goldstein_min=-10 ·
// goldstein_max=-5. Throws HttpError 400 naming the parameter on a bad value (a root
// outside 01..20, a QuadClass outside 1..4, an unknown modality, a Goldstein bound that
// is no number from -10 to 10, a minimum above the maximum, a list of more than 20).
EventFilters ParseFilters(const httplib::Request& req);

// include_historical: absent or 0 -> false, 1 -> true; anything else is 400.
bool ParseIncludeHistorical(const httplib::Request& req);

// The filters as one string for cache keys (normalised: sorted, no duplicates).
std::string FilterKey(const EventFilters& f);

}  // namespace parley::server

#pragma once
// The JSON answers of the summary endpoints (docs/API.md: /api/overview,
// /api/actors/{code}, /api/network, /api/compare), built from the store's summaries,
// and the ranking of the overview's dyads. Store failures throw HttpError 500.
#include <cstddef>
#include <vector>

#include "parley/lexicon.h"
#include "parley/store.h"
#include "server/analysis_params.h"
#include "server/json_views.h"

namespace parley::server {

// The overview's dyad lists. kBusiest: most events in the window. kVolumeChange: the
// largest change in events from the previous window (either way). kGoldsteinChange:
// the largest change of the Goldstein mean, among dyads with at least `min_events` in
// both windows. Ties: more events in the window, then (a, b).
enum class DyadRanking { kBusiest, kVolumeChange, kGoldsteinChange };
std::vector<DyadActivity> RankDyads(const std::vector<DyadActivity>& dyads, DyadRanking ranking, std::size_t limit,
                                    int min_events);

Json OverviewAnswer(const OverviewParams& p, EventStore& store, const Lexicon& lexicon);
Json ActorProfileAnswer(const ActorProfileParams& p, EventStore& store, const Lexicon& lexicon);
Json NetworkAnswer(const NetworkParams& p, EventStore& store, const Lexicon& lexicon);
Json CompareAnswer(const CompareParams& p, EventStore& store, const Lexicon& lexicon);

}  // namespace parley::server

#pragma once
// GET /api/search (docs/API.md): its parameters, checked, and its JSON answer, which
// `parley search --format json` prints too.
#include <httplib.h>

#include <string>

#include "parley/store.h"
#include "server/json_views.h"

namespace parley::server {

struct SearchParams {
  SearchQuery query;
};

// q (ParseTextQuery; 400 with its message), limit 1..100 (default 20; more is 413),
// offset 0..10000, in=all|sentences|titles, sort=relevance|date, and the events'
// selection (ParseEventSelection). Throws HttpError.
SearchParams ParseSearchParams(const httplib::Request& req);
std::string CacheKey(const SearchParams& p);

// {q, sort, in, limit, offset, sentences: [event record + matches, its one mention's
// parts split at the matches with `match` flags], titles: [{story_id, title, url,
// date, events, matches, parts}], next_offset}.
Json SearchJson(const SearchQuery& q, const SearchResult& r, const CodeNameFn& name);

}  // namespace parley::server

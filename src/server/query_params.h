#pragma once
// The query parameters of the read endpoints, checked and normalised into plain
// structs. The response cache is keyed by these structs (CacheKey), never by the raw
// query: `?actor%3DUSA%26limit=4` decodes to one odd parameter name, which is ignored
// here, so it cannot fill the entry that `?actor=USA&limit=4` reads (issue 20, D4).
#include <httplib.h>

#include <string>

#include "parley/store.h"

namespace parley::server {

// A failed request: the HTTP status and the message of the JSON error body.
struct HttpError {
  int status;
  std::string message;
};

// GET /api/events: the store query and the page sizes.
struct EventsParams {
  EventQuery query;                 // query.limit is one more than `limit` (next-page probe)
  std::size_t limit = 100;          // events per page
  std::size_t mentions_limit = 10;  // mentions per event in the reply
  std::string format = "json";      // json, or an export: csv, jsonl, gdelt
};

// GET /api/dyads/{A}/{B}.
struct DyadParams {
  DyadQuery query;
};

// GET /api/actors.
struct ActorsParams {
  std::string q;
  std::size_t limit = 20;
};

// Each throws HttpError (400, or 413 for a limit above its cap) on a bad parameter.
EventsParams ParseEventsParams(const httplib::Request& req);
DyadParams ParseDyadParams(const httplib::Request& req);
ActorsParams ParseActorsParams(const httplib::Request& req);

// One string per distinct answer: the endpoint and every normalised field, in a fixed
// order, separated by a byte no checked value contains.
std::string CacheKey(const EventsParams& p);
std::string CacheKey(const DyadParams& p);
std::string CacheKey(const ActorsParams& p);

// "day", "week" or "month".
const char* PeriodName(Period p);

}  // namespace parley::server

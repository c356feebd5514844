#pragma once
// The query parameters of the read endpoints, checked and normalised into plain
// structs. The response cache is keyed by these structs (CacheKey), never by the raw
// query: `?actor%3DUSA%26limit=4` decodes to one odd parameter name, which is ignored
// here, so it cannot fill the entry that `?actor=USA&limit=4` reads (issue 20, D4).
#include <fmt/format.h>
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
// The selection of events that GET /api/events and GET /api/search share: actor, dyad,
// code, the filters (filter_params.h), include_historical, from, to.
EventQuery ParseEventSelection(const httplib::Request& req);
// ParseEventSelection's fields as a part of a cache key.
std::string SelectionKey(const EventQuery& q);
DyadParams ParseDyadParams(const httplib::Request& req);
ActorsParams ParseActorsParams(const httplib::Request& req);

// One string per distinct answer: the endpoint and every normalised field, in a fixed
// order, separated by a byte no checked value contains.
std::string CacheKey(const EventsParams& p);
std::string CacheKey(const DyadParams& p);
std::string CacheKey(const ActorsParams& p);

// "day", "week" or "month".
const char* PeriodName(Period p);

// The checks the parsers share (each throws HttpError with the parameter's name).
// The value of a query parameter, "" when absent.
std::string Param(const httplib::Request& req, const char* name);
// An actor code prefix, upper-cased: capitals, digits and '-', up to 15 characters.
std::string ActorParam(const std::string& name, std::string v);
// "" or a valid YYYY-MM-DD.
std::string DateParam(const httplib::Request& req, const char* name);
// A whole number in [lo, hi]; above `hi` is 413 when `too_large_is_413`.
long NumberParam(const std::string& name, const std::string& v, long lo, long hi, bool too_large_is_413 = false);
// `by`: day (default), week or month.
Period PeriodParam(const httplib::Request& req);

// Joins the fields with the unit separator, which no checked value contains.
template <typename... T>
std::string Join(const char* endpoint, const T&... fields) {
  std::string key = endpoint;
  ((key += '\x1f', key += fmt::format("{}", fields)), ...);
  return key;
}

}  // namespace parley::server

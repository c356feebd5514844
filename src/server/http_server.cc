// The HTTP API (docs/API.md) on cpp-httplib: parameter checking, one read-only store
// per worker from a pool, JSON errors, static dashboard files.
#include <fmt/format.h>
#include <httplib.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <vector>

#include "parley/coder.h"
#include "parley/reader.h"
#include "parley/server.h"
#include "lexicon/lexicon_data.h"
#include "parley/store.h"
#include "server/analysis_views.h"
#include "server/code_request.h"
#include "server/correction_request.h"
#include "server/dense_range.h"
#include "server/event_export.h"
#include "server/gate.h"
#include "server/json_views.h"
#include "server/query_params.h"
#include "server/request_stream.h"
#include "server/response_cache.h"
#include "server/search_view.h"
#include "server/static_files.h"
#include "server/store_pool.h"
#include "server/store_writer.h"

namespace parley {
namespace {

using server::HttpError;
using server::Json;

void Reply(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(server::Dump(body), "application/json; charset=utf-8");
}

void ReplyError(httplib::Response& res, int status, const std::string& message) {
  Reply(res, status, Json{{"code", status}, {"message", message}});
}

// cpp-httplib's parser and router, fed one complete request at a time by the Gate
// (process_request is protected; this is the one place that reaches it).
class Router : public httplib::Server {
 public:
  // Answers the request on `stream`; true when the connection may stay open.
  bool Handle(httplib::Stream& stream, bool must_close) {
    bool closed = false;
    bool ok = process_request(stream, must_close, closed, [](httplib::Request&) {});
    return ok && !closed;
  }
};

// The Host names served by default: loopback, the listening address when it is not a
// wildcard, and those added with --allow-host (DNS rebinding, issue 20 D14).
std::vector<std::string> AllowedHosts(const ServerOptions& o) {
  std::vector<std::string> hosts = {"localhost", "127.0.0.1", "::1"};
  if (o.host != "0.0.0.0" && o.host != "::" && !o.host.empty()) hosts.push_back(o.host);
  for (std::string h : o.allowed_hosts) {
    for (char& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    hosts.push_back(h);
  }
  return hosts;
}

server::GateOptions GateOptionsFor(const ServerOptions& o) {
  server::GateOptions g;
  g.host = o.host;
  g.port = o.port;
  g.workers = std::max<std::size_t>(o.threads, 2);
  g.framing.max_body_bytes = o.max_body_bytes;
  g.framing.allowed_hosts = AllowedHosts(o);
  g.max_connections_per_client = o.max_client_connections;
  return g;
}

}  // namespace

struct HttpServer::Impl {
  ServerOptions opt;
  std::shared_ptr<const Lexicon> lexicon;
  server::StorePool pool;
  server::ResponseCache cache;
  Router http;
  server::StaticFiles files;
  server::Gate gate;
  std::atomic<std::size_t> coding{0};  // POST /api/code requests in progress
  std::size_t max_coding;
  server::StoreWriter writer;  // POST /api/stories and corrections (only with opt.writable)

  Impl(ServerOptions o, std::shared_ptr<const Lexicon> lex)
      : opt(std::move(o)),
        lexicon(std::move(lex)),
        pool(opt.db),
        files(opt.web_dir),
        gate(GateOptionsFor(opt),
             [this](server::RequestStream& s, bool must_close) { return http.Handle(s, must_close); }),
        max_coding(opt.max_coding_requests ? opt.max_coding_requests
                                           : std::max(1u, std::thread::hardware_concurrency())),
        writer(opt.db) {}

  // Adds the CAMEO name of the record's code (and of its correction's).
  Json WithName(Json j) const {
    server::AddCodeNames(&j, [this](const std::string& c) { return lexicon->CodeName(c); });
    return j;
  }

  // Runs `f` with a store; turns HttpError and store failures into JSON errors. With a
  // `cache_key`, a 200 answer is kept under it and served again while the store's change
  // mark is the same.
  template <typename F>
  void WithStore(httplib::Response& res, F&& f, const std::string* cache_key = nullptr) {
    try {
      auto lease = pool.Acquire();
      if (!lease.ok()) return ReplyError(res, 500, lease.status().message());
      std::int64_t mark = 0;
      if (cache_key) {
        mark = ValueOr500(lease.value()->ChangeMark());
        std::string body;
        if (cache.Find(*cache_key, mark, &body)) {
          res.status = 200;
          res.set_content(std::move(body), "application/json; charset=utf-8");
          return;
        }
      }
      f(lease.value(), res);
      if (cache_key && res.status == 200) cache.Put(*cache_key, mark, res.body);
    } catch (const HttpError& e) {
      ReplyError(res, e.status, e.message);
    }
  }

  // Parses the request's parameters with `parse`, then answers with `run(params, store,
  // res)` through the cache, keyed by the parsed parameters (server::CacheKey).
  template <typename Parse, typename Run>
  void Cached(httplib::Response& res, Parse&& parse, Run&& run) {
    try {
      auto params = parse();
      const std::string key = server::CacheKey(params);
      WithStore(
          res, [&](server::StorePool::Lease& s, httplib::Response& out) { run(params, s, out); }, &key);
    } catch (const HttpError& e) {
      ReplyError(res, e.status, e.message);
    }
  }

  template <typename T>
  static T ValueOr500(Result<T> r) {
    if (!r.ok()) throw HttpError{500, r.status().message()};
    return std::move(r).value();
  }

  void Health(httplib::Response& res) {
    WithStore(res, [&](server::StorePool::Lease& s, httplib::Response& out) {
      StoreCounts c = ValueOr500(s->Counts());
      Reply(out, 200,
            Json{{"status", "ok"},
                 {"schema_version", ValueOr500(s->SchemaVersion())},
                 {"events", c.events},
                 {"stories", c.stories},
                 {"mentions", c.mentions},
                 {"corrections", c.corrections},
                 {"writable", opt.writable}});
    });
  }

  void Events(const httplib::Request& req, httplib::Response& res) {
    if (req.has_param("format") && req.get_param_value("format") != "json") return Export(req, res);
    Cached(
        res, [&] { return server::ParseEventsParams(req); },
        [&](const server::EventsParams& p, server::StorePool::Lease& s, httplib::Response& out) {
          auto events = ValueOr500(s->Events(p.query));
          Json next = nullptr;
          if (events.size() > p.limit) {
            events.resize(p.limit);
            next = events.back().date + "/" + std::to_string(events.back().event_id);
          }
          Json list = Json::array();
          for (const StoredEvent& e : events)
            list.push_back(LimitMentions(server::StoredEventJson(e), p.mentions_limit));
          Reply(out, 200, Json{{"events", std::move(list)}, {"next_cursor", next}});
        });
  }

  // GET /api/events?format=csv|jsonl|gdelt: the selection as a file, not cached (one
  // big answer); `X-Next-Cursor` pages on as next_cursor does.
  void Export(const httplib::Request& req, httplib::Response& res) {
    try {
      server::EventsParams p = server::ParseEventsParams(req);
      WithStore(res, [&](server::StorePool::Lease& s, httplib::Response& out) {
        auto events = ValueOr500(s->Events(p.query));
        if (events.size() > p.limit) {
          events.resize(p.limit);
          out.set_header("X-Next-Cursor", events.back().date + "/" + std::to_string(events.back().event_id));
        }
        std::string body, type, ext = p.format == "gdelt" ? "tsv" : p.format;
        if (p.format == "csv") {
          body = server::EventsCsv(events, [&](const std::string& c) { return lexicon->CodeName(c); });
          type = "text/csv; charset=utf-8";
        } else if (p.format == "gdelt") {
          body = server::EventsGdelt(events);
          type = "text/tab-separated-values; charset=utf-8";
        } else {
          for (const StoredEvent& e : events)
            body += server::Dump(LimitMentions(server::StoredEventJson(e), p.mentions_limit)) + "\n";
          type = "application/x-ndjson; charset=utf-8";
        }
        out.status = 200;
        out.set_header("Content-Disposition", fmt::format("attachment; filename=\"parley-events.{}\"", ext));
        out.set_content(std::move(body), type.c_str());
      });
    } catch (const HttpError& e) {
      ReplyError(res, e.status, e.message);
    }
  }

  // Keeps the first `limit` mentions of an event record; `mentions_total` keeps the count.
  Json LimitMentions(Json j, std::size_t limit) const {
    // No reference into `j` outlives an insertion: ordered_json keeps its fields in a vector.
    const std::size_t total = j["mentions"].size();
    Json& ms = j["mentions"];
    if (ms.size() > limit) ms.erase(ms.begin() + static_cast<std::ptrdiff_t>(limit), ms.end());
    j["mentions_total"] = total;
    return WithName(std::move(j));
  }

  void Dyad(const httplib::Request& req, httplib::Response& res) {
    Cached(
        res, [&] { return server::ParseDyadParams(req); },
        [&](const server::DyadParams& p, server::StorePool::Lease& s, httplib::Response& out) {
          Json rows = Json::array();
          std::vector<std::pair<std::string, int>> both;
          for (const DyadRow& r : ValueOr500(s->Dyad(p.query))) {
            rows.push_back(server::DyadRowJson(r));
            if (r.direction == "both") both.emplace_back(r.period, r.events);
          }
          server::DenseRange d = server::FindDenseRange(both, p.query.by);
          Reply(out, 200,
                Json{{"a", p.query.a},
                     {"b", p.query.b},
                     {"by", server::PeriodName(p.query.by)},
                     {"rows", std::move(rows)},
                     {"dense",
                      {{"from", d.from.empty() ? Json(nullptr) : Json(d.from)},
                       {"to", d.to.empty() ? Json(nullptr) : Json(d.to)},
                       {"events", d.events},
                       {"total", d.total},
                       {"narrowed", d.narrowed}}}});
        });
  }

  void Actors(const httplib::Request& req, httplib::Response& res) {
    Cached(
        res, [&] { return server::ParseActorsParams(req); },
        [&](const server::ActorsParams& p, server::StorePool::Lease& s, httplib::Response& out) {
          Json list = Json::array();
          for (const ActorMatch& a : ValueOr500(s->Actors(p.q, p.limit)))
            list.push_back({{"code", a.code}, {"name", a.name}, {"events", a.events}});
          Reply(out, 200, Json{{"actors", std::move(list)}});
        });
  }

  // A summary endpoint (analysis_views.h): `parse` the request, then `answer` from the
  // store, through the cache.
  template <typename Parse, typename Answer>
  void Summary(const httplib::Request& req, httplib::Response& res, Parse&& parse, Answer&& answer) {
    Cached(
        res, [&] { return parse(req); },
        [&](const auto& p, server::StorePool::Lease& s, httplib::Response& out) {
          Reply(out, 200, answer(p, *s.operator->(), *lexicon));
        });
  }

  void StoryById(const httplib::Request& req, httplib::Response& res) {
    WithStore(res, [&](server::StorePool::Lease& s, httplib::Response& out) {
      std::string id = req.matches[1].str();
      auto story = ValueOr500(s->Story(id));
      if (!story) throw HttpError{404, fmt::format("no story with id '{}'", id)};
      Json events = Json::array();
      // The events read from this story, with this story's mentions of them.
      EventQuery q;
      q.story_id = story->id;
      for (const StoredEvent& e : ValueOr500(s->Events(q))) {
        Json j = server::StoredEventJson(e);
        for (auto& m : j["mentions"]) {
          if (m["story_id"] != story->id) continue;
          events.push_back({{"event_id", e.event_id},
                            {"code", e.code},
                            {"name", lexicon->CodeName(e.code)},
                            {"source", e.source},
                            {"target", e.target},
                            {"goldstein", e.goldstein},
                            {"quad_class", e.quad_class},
                            {"sentence", m["sentence"]},
                            {"modality", m["modality"]},
                            {"evidence", m["evidence"]},
                            {"event_words", m["event_words"]},
                            {"parts", m["parts"]},
                            {"corrected", j["corrected"]},
                            {"correction", j["correction"]}});
          server::AddCodeNames(&events.back(), [this](const std::string& c) { return lexicon->CodeName(c); });
        }
      }
      Reply(out, 200,
            Json{{"id", story->id},
                 {"url", story->url.empty() ? Json(nullptr) : Json(story->url)},
                 {"title", story->title.empty() ? Json(nullptr) : Json(story->title)},
                 {"date", story->date},
                 {"text", story->text},
                 {"events", std::move(events)}});
    });
  }

  // Coding is the one expensive request: at most `max_coding` at once, the others get
  // 503 with Retry-After rather than queueing behind them (issue 20, D16). With
  // `store`, POST /api/stories: the story is also stored (--writable only).
  void Code(const httplib::Request& req, httplib::Response& res, bool store = false) {
    if (store && !opt.writable)
      return ReplyError(res, 403,
                        "storing stories is off: this server is read-only (start it with `parley serve --writable`)");
    if (coding.fetch_add(1) >= max_coding) {
      coding.fetch_sub(1);
      res.set_header("Retry-After", "1");
      return ReplyError(res, 503, fmt::format("busy: {} stories are being coded; retry later", max_coding));
    }
    struct Release {
      std::atomic<std::size_t>& n;
      ~Release() { n.fetch_sub(1); }
    } release{coding};
    auto story = server::ParseCodeRequest(req.body, req.get_header_value("Content-Type"),
                                          req.has_param("date") ? req.get_param_value("date") : std::string());
    if (!story.ok()) return ReplyError(res, 400, story.status().message());
    if (store && story.value().id == "pasted") story.value().id = server::PastedStoryId(story.value().text);
    CodeOptions code_options;
    code_options.story_deadline = std::chrono::milliseconds(static_cast<int64_t>(opt.max_coding_seconds * 1000));
    Coder coder(lexicon, code_options);
    CodeStats stats;
    std::vector<Event> coded = coder.Code(story.value(), &stats);
    if (stats.timed_out_stories)
      return ReplyError(res, 503,
                        fmt::format("coding took longer than {} s (--max-coding-seconds); send a shorter text",
                                    opt.max_coding_seconds));
    Json events = Json::array();
    for (const Event& e : coded) events.push_back(WithName(server::CodedEventJson(e)));
    const std::string& date = story.value().date;
    Json body{{"id", story.value().id},
              {"date", date.empty() ? Json(nullptr) : Json(date)},
              {"sentences", stats.sentences},
              {"events", std::move(events)}};
    if (!store) return Reply(res, 200, body);
    IngestStats ingest;
    auto added = writer.Store(story.value(), coded, &ingest);
    if (!added.ok()) return ReplyError(res, 500, added.status().message());
    if (!added.value())
      return ReplyError(
          res, 409,
          fmt::format("already stored: a story with id '{}', the same URL or the same text exists", story.value().id));
    body["stored"] = true;
    Reply(res, 201, body);
  }

  std::string CodeName(const std::string& code) const { return lexicon->CodeName(code); }

  void Search(const httplib::Request& req, httplib::Response& res) {
    Cached(
        res, [&] { return server::ParseSearchParams(req); },
        [&](const server::SearchParams& p, server::StorePool::Lease& s, httplib::Response& out) {
          SearchResult r = ValueOr500(s->Search(p.query));
          Reply(out, 200, server::SearchJson(p.query, r, [this](const std::string& c) { return CodeName(c); }));
        });
  }

  // The event `id` with up to `mentions_limit` mentions (historical or not); 404 if none.
  Json EventRecord(server::StorePool::Lease& s, std::int64_t id, std::size_t mentions_limit = 1000) {
    EventQuery q;
    q.event_id = id;
    auto events = ValueOr500(s->Events(q));
    if (events.empty()) throw HttpError{404, fmt::format("no event with id {}", id)};
    return LimitMentions(server::StoredEventJson(events.front()), mentions_limit);
  }

  void EventById(const httplib::Request& req, httplib::Response& res) {
    WithStore(res, [&](server::StorePool::Lease& s, httplib::Response& out) {
      Reply(out, 200, EventRecord(s, server::EventIdParam(req.matches[1].str())));
    });
  }

  Json CorrectionRecord(const Correction& c) const {
    Json j = server::CorrectionJson(c);
    j["name"] = c.code ? Json(CodeName(*c.code)) : Json(nullptr);
    return j;
  }

  // GET /api/events/{id}/corrections: every correction of the event, newest first.
  void EventCorrections(const httplib::Request& req, httplib::Response& res) {
    WithStore(res, [&](server::StorePool::Lease& s, httplib::Response& out) {
      std::int64_t id = server::EventIdParam(req.matches[1].str());
      EventRecord(s, id, 1);  // 404 for an unknown event
      Json list = Json::array();
      for (const Correction& c : ValueOr500(s->Corrections(id))) list.push_back(CorrectionRecord(c));
      Reply(out, 200, Json{{"event_id", id}, {"corrections", std::move(list)}});
    });
  }

  // POST /api/events/{id}/corrections (--writable only): stores an analyst's correction.
  void Correct(const httplib::Request& req, httplib::Response& res) {
    if (!opt.writable)
      return ReplyError(res, 403,
                        "corrections are off: this server is read-only (start it with `parley serve --writable`)");
    // A page of another site can post a form or text/plain to a loopback server, but not
    // application/json without a CORS preflight, which this server never answers.
    if (!req.get_header_value("Content-Type").starts_with("application/json"))
      return ReplyError(res, 415, "a correction is a JSON body: send Content-Type: application/json");
    try {
      std::int64_t id = server::EventIdParam(req.matches[1].str());
      Correction c = server::ParseCorrectionRequest(
          req.body, id, [this](const std::string& code) { return lexicon->data().cameo.Contains(code); });
      auto stored = writer.Correct(c);
      if (!stored.ok()) {
        StatusCode code = stored.status().code();
        return ReplyError(res, code == StatusCode::kNotFound ? 404 : code == StatusCode::kInvalidArgument ? 400 : 500,
                          stored.status().message());
      }
      WithStore(res, [&](server::StorePool::Lease& s, httplib::Response& out) {
        Reply(out, 201, Json{{"correction", CorrectionRecord(stored.value())}, {"event", EventRecord(s, id)}});
      });
    } catch (const HttpError& e) {
      ReplyError(res, e.status, e.message);
    }
  }

  // A file of the dashboard (StaticFiles' list), or the JSON 404 of an unknown path.
  void Static(const httplib::Request& req, httplib::Response& res) {
    const server::StaticFiles::File* f = files.Find(req.path);
    std::ifstream in;
    if (f) in.open(f->path, std::ios::binary);
    if (!f || !in.is_open()) return ReplyError(res, 404, "no such resource: " + req.path);
    std::ostringstream body;
    body << in.rdbuf();
    res.status = 200;
    res.set_content(body.str(), f->content_type.c_str());
  }

  void Routes() {
    http.Get("/api/health", [this](const httplib::Request&, httplib::Response& res) { Health(res); });
    http.Get("/api/events", [this](const httplib::Request& req, httplib::Response& res) { Events(req, res); });
    http.Get(R"(/api/events/([^/]+)/corrections)",
             [this](const httplib::Request& req, httplib::Response& res) { EventCorrections(req, res); });
    http.Post(R"(/api/events/([^/]+)/corrections)",
              [this](const httplib::Request& req, httplib::Response& res) { Correct(req, res); });
    http.Get(R"(/api/events/([^/]+))",
             [this](const httplib::Request& req, httplib::Response& res) { EventById(req, res); });
    http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) { Search(req, res); });
    http.Get(R"(/api/dyads/([^/]+)/([^/]+))",
             [this](const httplib::Request& req, httplib::Response& res) { Dyad(req, res); });
    http.Get("/api/actors", [this](const httplib::Request& req, httplib::Response& res) { Actors(req, res); });
    http.Get(R"(/api/stories/(.+))",
             [this](const httplib::Request& req, httplib::Response& res) { StoryById(req, res); });
    http.Post("/api/code", [this](const httplib::Request& req, httplib::Response& res) { Code(req, res); });
    http.Post("/api/stories", [this](const httplib::Request& req, httplib::Response& res) { Code(req, res, true); });
    http.Get("/api/overview", [this](const httplib::Request& req, httplib::Response& res) {
      Summary(req, res, server::ParseOverviewParams, server::OverviewAnswer);
    });
    http.Get(R"(/api/actors/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      Summary(req, res, server::ParseActorProfileParams, server::ActorProfileAnswer);
    });
    http.Get("/api/network", [this](const httplib::Request& req, httplib::Response& res) {
      Summary(req, res, server::ParseNetworkParams, server::NetworkAnswer);
    });
    http.Get("/api/compare", [this](const httplib::Request& req, httplib::Response& res) {
      Summary(req, res, server::ParseCompareParams, server::CompareAnswer);
    });
    http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { Static(req, res); });
    // Every error is JSON: unknown routes, 413 from the body cap, exceptions.
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      std::string msg = res.status == 404   ? "no such resource: " + req.path
                        : res.status == 413 ? "request body too large"
                                            : fmt::format("HTTP {}", res.status);
      ReplyError(res, res.status, msg);
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string msg = "internal error";
      try {
        std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        msg = e.what();
      } catch (...) {
      }
      ReplyError(res, 500, msg);
    });
    http.set_default_headers(
        {{"X-Content-Type-Options", "nosniff"},
         {"Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"}});
    http.set_payload_max_length(opt.max_body_bytes);  // the Gate enforces it first
    // Only for the Keep-Alive header cpp-httplib writes: the Gate applies these limits.
    http.set_keep_alive_max_count(1000);
    http.set_keep_alive_timeout(5);
  }
};

HttpServer::HttpServer(ServerOptions options, std::shared_ptr<const Lexicon> lexicon)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(lexicon))) {
  impl_->Routes();
}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::Bind() {
  auto store = impl_->pool.Acquire();  // fail early on a missing or unreadable database
  if (!store.ok()) return store.status();
  return impl_->gate.Bind();
}

bool HttpServer::Listen() {
  impl_->gate.Run();
  return true;
}

void HttpServer::Stop() { impl_->gate.Stop(); }

Status CheckDashboardAssets(const std::string& web_dir) { return server::CheckVendorFiles(web_dir); }

}  // namespace parley

#include "server/search_view.h"

#include "server/query_params.h"

namespace parley::server {
namespace {

Json MatchesJson(const std::vector<TextMatch>& matches) {
  Json out = Json::array();
  for (const TextMatch& m : matches) out.push_back({{"start", m.start}, {"end", m.end}});
  return out;
}

// `parts` (consecutive pieces of a text, each {text, ...}) split where a match begins
// or ends; each piece gets `match`. The pieces still join to the text.
Json SplitAtMatches(const Json& parts, const std::vector<TextMatch>& matches) {
  Json out = Json::array();
  std::size_t at = 0;  // byte offset of the current piece in the text
  for (const Json& part : parts) {
    const std::string text = part["text"].get<std::string>();
    std::size_t begin = 0;
    while (begin < text.size()) {
      const std::size_t pos = at + begin;
      bool in = false;
      std::size_t end = at + text.size();  // the next boundary within this part
      for (const TextMatch& m : matches) {
        if (m.start <= pos && pos < m.end) in = true, end = std::min(end, m.end);
        if (m.start > pos) end = std::min(end, m.start);
      }
      Json piece = part;
      piece["text"] = text.substr(begin, end - pos);
      piece["match"] = in;
      out.push_back(std::move(piece));
      begin = end - at;
    }
    at += text.size();
  }
  return out;
}

Json SentenceJson(const SentenceHit& h, const CodeNameFn& name) {
  Json j = StoredEventJson(h.event);
  AddCodeNames(&j, name);
  j["matches"] = MatchesJson(h.matches);
  for (Json& m : j["mentions"]) m["parts"] = SplitAtMatches(m["parts"], h.matches);
  return j;
}

Json TitleJson(const TitleHit& h) {
  Json whole = Json::array();
  whole.push_back(Json{{"text", h.title}});
  return {{"story_id", h.story_id},
          {"title", h.title},
          {"url", h.url.empty() ? Json(nullptr) : Json(h.url)},
          {"date", h.date},
          {"events", h.events},
          {"matches", MatchesJson(h.matches)},
          {"parts", SplitAtMatches(whole, h.matches)}};
}

const char* InName(const SearchQuery& q) { return q.sentences && q.titles ? "all" : q.sentences ? "sentences" : "titles"; }

}  // namespace

SearchParams ParseSearchParams(const httplib::Request& req) {
  SearchParams p;
  SearchQuery& q = p.query;
  q.q = Param(req, "q");
  auto parsed = ParseTextQuery(q.q);
  if (!parsed.ok()) throw HttpError{400, parsed.status().message()};
  q.events = ParseEventSelection(req);
  if (req.has_param("limit")) q.limit = NumberParam("limit", Param(req, "limit"), 1, 100, true);
  if (req.has_param("offset")) q.offset = NumberParam("offset", Param(req, "offset"), 0, 10000);
  std::string in = Param(req, "in");
  if (in == "sentences" || in == "titles")
    q.sentences = in == "sentences", q.titles = in == "titles";
  else if (!in.empty() && in != "all")
    throw HttpError{400, "in: want all, sentences or titles"};
  std::string sort = Param(req, "sort");
  if (!sort.empty() && sort != "relevance" && sort != "date") throw HttpError{400, "sort: want relevance or date"};
  q.newest_first = sort == "date";
  return p;
}

std::string CacheKey(const SearchParams& p) {
  const SearchQuery& q = p.query;
  // `q` is free text: its length goes first so that nothing inside it can shift fields.
  return Join("search", q.q.size(), q.q, SelectionKey(q.events), q.limit, q.offset, InName(q),
              q.newest_first ? 1 : 0);
}

Json SearchJson(const SearchQuery& q, const SearchResult& r, const CodeNameFn& name) {
  Json sentences = Json::array(), titles = Json::array();
  for (const SentenceHit& h : r.sentences) sentences.push_back(SentenceJson(h, name));
  for (const TitleHit& h : r.titles) titles.push_back(TitleJson(h));
  const bool more = r.more_sentences || r.more_titles;
  return {{"q", q.q},
          {"sort", q.newest_first ? "date" : "relevance"},
          {"in", InName(q)},
          {"limit", q.limit},
          {"offset", q.offset},
          {"sentences", std::move(sentences)},
          {"titles", std::move(titles)},
          {"next_offset", more ? Json(q.offset + q.limit) : Json(nullptr)}};
}

}  // namespace parley::server

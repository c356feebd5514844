#pragma once
// Full-text search over the stored evidence sentences and story titles
// (EventStore::Search; GET /api/search and `parley search`, docs/API.md). SQLite reads
// FTS5 tables, PostgreSQL GIN indexes of tsvectors (docs/STORAGE.md); both stem English
// words, so "talks" finds "talk" and "talking". The query syntax is parley's own and
// parsed once here, so that both databases get the same query:
//
//   ceasefire talks        both words (in any order)
//   "peace talks"          the phrase
//   negot*                 a word whose stem starts with "negot" (words are stemmed)
//   truce OR ceasefire     either (OR binds before the implicit AND)
//   talks -Hamas           talks, but not Hamas
//
//   auto q = parley::ParseTextQuery("\"peace talks\" -Hamas");
//   if (!q.ok()) { ... q.status().message() ... }   // names what is wrong with it
//
// Plain structs: no ownership, no threads. Include parley/store.h, not this file: it
// includes this one after EventQuery and StoredEvent.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

// A word, a quoted phrase or a word* prefix, as typed (the database tokenises it).
struct SearchTerm {
  std::string text;
  bool phrase = false;  // "quoted words"
  bool prefix = false;  // word* (only after a single word of letters and digits)
  bool operator==(const SearchTerm&) const = default;
};

// Every group must match (AND); a group matches when one of its terms does (OR); no
// excluded term may match.
struct TextQuery {
  std::vector<std::vector<SearchTerm>> groups;
  std::vector<SearchTerm> excluded;
};

inline constexpr std::size_t kMaxSearchQueryBytes = 256;
inline constexpr std::size_t kMaxSearchTerms = 16;

// InvalidArgument naming the problem for: an empty query, one over 256 bytes, an
// unbalanced quote, a '*' not right after a word of letters or digits, OR at either
// end or twice in a row, more than 16 terms, control characters, and a query with
// nothing to find (only -excluded terms, or no letter or digit at all).
Result<TextQuery> ParseTextQuery(std::string_view q);

struct SearchQuery {
  std::string q;  // the search box text (ParseTextQuery's syntax)
  // Selects the events whose sentences may match: actor, dyad, code, root, quad_class,
  // modality, filters, from, to, include_historical (its limit, order and paging are
  // not used). Titles: their story's date must be within from..to, and with any other
  // of these filters the story must have an event they select.
  EventQuery events;
  bool sentences = true, titles = true;  // which lists to fill
  bool newest_first = false;             // by date (newest first) instead of relevance
  std::size_t limit = 20, offset = 0;    // per list
};

// A byte range [start, end) of a hit's text that matched the query.
struct TextMatch {
  std::size_t start = 0, end = 0;
  bool operator==(const TextMatch&) const = default;
};

// An event whose evidence sentence matched: `event.mentions` holds exactly the
// matching mention; `matches` are ranges of its evidence_text.
struct SentenceHit {
  StoredEvent event;
  std::vector<TextMatch> matches;
};

// A story whose title matched; `matches` are ranges of `title`.
struct TitleHit {
  std::string story_id, title, url, date;
  int events = 0;  // events coded from the story
  std::vector<TextMatch> matches;
};

// Best first (relevance: the database's ranking, then newest) or newest first; ties
// by the later stored. `more_*` when the list goes on past offset + limit.
struct SearchResult {
  std::vector<SentenceHit> sentences;
  std::vector<TitleHit> titles;
  bool more_sentences = false, more_titles = false;
};

}  // namespace parley

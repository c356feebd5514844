#pragma once
// A parsed search query (parley::TextQuery) as each database's full-text query, and
// the matched ranges read back from the databases' highlighted text. Used by
// sql_search.cc; the schema behind it is migration 6 (sql_store.cc).
#include <string>
#include <vector>

#include "parley/store.h"
#include "store/event_filters.h"

namespace parley::store {

// Marks around matched words in the highlighted text the databases return (FTS5's
// highlight(), PostgreSQL's ts_headline): STX and ETX, which news text does not hold.
inline constexpr char kMarkOpen = '\x02', kMarkClose = '\x03';

// The FTS5 MATCH expression: every term a quoted string (so that no word is read as
// an operator), a prefix `"negot" *`, groups joined by AND, excluded terms by NOT:
// ((("peace talks") AND ("truce" OR "ceasefire")) NOT "hamas").
std::string Fts5Match(const TextQuery& q);

// A PostgreSQL tsquery expression with the terms bound through `param`:
// phraseto_tsquery('english', ?1) for words and phrases, to_tsquery of the quoted
// word and ':*' for prefixes, && for AND, || for OR, !! for NOT.
std::string PgTsQuery(const TextQuery& q, const ParamFn& param);

// The ranges of `text` that `marked` (the same text with kMarkOpen/kMarkClose around
// matches) marks, as byte offsets of `text`; ranges separated only by spaces or
// hyphens are joined ("peace talks" is one range in both databases). Empty when
// `marked` is not `text` with marks.
std::vector<TextMatch> MarkedRanges(const std::string& text, const std::string& marked);

}  // namespace parley::store

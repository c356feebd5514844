#pragma once
// One stored event joined with one of its mentions and that mention's story: the
// column list and the readers that EventStore::Events and Search share.
//   SELECT <kEventMentionColumns> FROM events e JOIN mentions m ... JOIN stories s ...
#include "parley/store.h"
#include "store/sql_connection.h"

namespace parley::store {

// e.* (the event), m.* (the mention) and s.url, s.title, s.date, in ReadEvent's and
// ReadMention's order; the last column is the mention's id.
extern const char* const kEventMentionColumns;

// The event's own fields (no mentions, no correction).
StoredEvent ReadEvent(const SqlStatement& s);
StoredMention ReadMention(const SqlStatement& s);
// m.mention_id.
std::int64_t ReadMentionId(const SqlStatement& s);

}  // namespace parley::store

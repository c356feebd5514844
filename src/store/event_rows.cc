#include "store/event_rows.h"

namespace parley::store {
namespace {

std::optional<TextSpan> ReadRef(const SqlStatement& s, int first) {
  if (s.IsNull(first)) return std::nullopt;
  return TextSpan{static_cast<std::size_t>(s.Int(first)), static_cast<std::size_t>(s.Int(first + 1)),
                  s.Text(first + 2)};
}

std::size_t Size(const SqlStatement& s, int col) { return static_cast<std::size_t>(s.Int(col)); }

}  // namespace

const char* const kEventMentionColumns =
    "e.event_id, e.date, e.source, e.target, e.code, e.root, e.plover, e.quad_class, e.goldstein, "
    "e.num_mentions, e.num_sources, e.num_articles, m.story_id, s.url, s.title, m.sentence, m.modality, "
    "m.quantity_value, m.quantity_unit, m.evidence_start, m.evidence_end, m.evidence_text, "
    "m.source_text, m.target_text, m.mentions, m.event_start, m.event_end, s.date, "
    "m.source_ref_start, m.source_ref_end, m.source_ref_text, "
    "m.target_ref_start, m.target_ref_end, m.target_ref_text, e.historical, m.mention_id";

StoredEvent ReadEvent(const SqlStatement& s) {
  StoredEvent e;
  e.event_id = s.Int(0);
  e.date = s.Text(1), e.source = s.Text(2), e.target = s.Text(3), e.code = s.Text(4);
  e.root = s.Text(5), e.plover = s.Text(6);
  e.quad_class = static_cast<int>(s.Int(7));
  e.goldstein = s.Real(8);
  e.num_mentions = static_cast<int>(s.Int(9));
  e.num_sources = static_cast<int>(s.Int(10));
  e.num_articles = static_cast<int>(s.Int(11));
  e.historical = s.Int(34) != 0;
  return e;
}

StoredMention ReadMention(const SqlStatement& s) {
  StoredMention m;
  m.story_id = s.Text(12), m.url = s.Text(13), m.title = s.Text(14);
  m.sentence = static_cast<int>(s.Int(15));
  m.modality = s.Text(16);
  m.has_quantity = !s.IsNull(17);
  m.quantity_value = s.Real(17);
  m.quantity_unit = s.Text(18);
  m.evidence_start = Size(s, 19), m.evidence_end = Size(s, 20);
  m.evidence_text = s.Text(21), m.source_text = s.Text(22), m.target_text = s.Text(23);
  m.mentions = static_cast<int>(s.Int(24));
  m.event_start = Size(s, 25), m.event_end = Size(s, 26);
  m.date = s.Text(27);
  m.source_ref = ReadRef(s, 28);
  m.target_ref = ReadRef(s, 31);
  return m;
}

std::int64_t ReadMentionId(const SqlStatement& s) { return s.Int(35); }

}  // namespace parley::store

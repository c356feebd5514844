#include "events/event_finish.h"

#include <string_view>
#include <utility>

#include "events/actor_codes.h"
#include "text/utf8.h"

namespace parley::events {

void FinishEvents(const match::SentenceView& v, const std::string& story_id, const std::string& date_text, int sentence,
                  std::vector<Event>* events, std::vector<Event>* out) {
  if (events->empty()) return;
  const int date = v.story_date;
  std::size_t sb = v.tt.tokens[v.span.tok_begin].byte_begin, se = v.tt.tokens[v.span.tok_end - 1].byte_end;
  std::string evidence = text::ToValidUtf8(v.story_text.substr(sb, se - sb));
  for (Event& e : *events) {
    e.story_id = story_id;
    e.sentence = sentence;
    e.story_date = date ? date_text : "";
    if (e.date.empty()) {
      e.date = e.story_date;
      if (date) e.date_precision = "day";
    }
    SplitActorCode(e.source.code, &e.source);
    SplitActorCode(e.target.code, &e.target);
    e.root = e.code.substr(0, 2);
    if (const lexicon::CameoCode* c = v.lex.cameo.Find(e.code)) {
      e.quad_class = c->quad_class;
      e.goldstein = c->goldstein;
      e.plover = c->plover;
    }
    e.evidence_begin = sb;
    e.evidence_end = se;
    e.evidence_text = evidence;
    out->push_back(std::move(e));
  }
}

}  // namespace parley::events

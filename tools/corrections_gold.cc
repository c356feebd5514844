#include "corrections_gold.h"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;
using Triple = std::tuple<std::string, std::string, std::string>;
using SentenceKey = std::pair<std::string, int>;  // story id, sentence

// What the gold suites count as a prediction (tools/gold_suite.cc).
bool Counted(const StoredMention& m) { return m.modality == "asserted" || m.modality == "intended"; }

// One sentence of the store with the events coded from it.
struct Sentence {
  std::string text, date;
  std::set<Triple> expected;
  std::vector<std::string> notes;
  bool corrected = false;
};

// The event as the gold record expects it: corrected, or nothing when it is wrong.
std::optional<Triple> Expected(const StoredEvent& e) {
  std::string source = e.source, target = e.target, code = e.code;
  if (const auto& c = e.correction) {
    if (c->wrong) return std::nullopt;
    if (c->code) code = *c->code;
    if (c->source) source = *c->source;
    if (c->target) target = *c->target;
  }
  return Triple{source, target.empty() ? "---" : target, code};
}

std::string Note(const StoredEvent& e) {
  const Correction& c = *e.correction;
  std::string what = c.wrong ? "wrong" : "corrected";
  return fmt::format("event {} {}->{} {} {} by {} at {}{}", e.event_id, e.source, e.target.empty() ? "---" : e.target,
                     e.code, what, c.author, c.created_at, c.reason.empty() ? "" : ": " + c.reason);
}

// Adds every counted mention of `events` (all read from one story) to its sentence,
// for the sentences already in `sentences`.
void AddStoryEvents(const std::vector<StoredEvent>& events, const std::string& story_id,
                    std::map<SentenceKey, Sentence>* sentences) {
  for (const StoredEvent& e : events)
    for (const StoredMention& m : e.mentions) {
      auto it = sentences->find({story_id, m.sentence});
      if (m.story_id != story_id || it == sentences->end()) continue;
      Sentence& s = it->second;
      if (s.text.empty()) s.text = m.evidence_text, s.date = m.date;
      if (e.correction) s.notes.push_back(Note(e));
      if (!Counted(m)) continue;
      if (auto t = Expected(e)) s.expected.insert(*t);
    }
}

std::string Record(const SentenceKey& key, const Sentence& s) {
  Json expected = Json::array();
  for (const auto& [source, target, code] : s.expected)
    expected.push_back({{"source", source}, {"target", target}, {"code", code}});
  std::set<std::string> unique(s.notes.begin(), s.notes.end());
  std::string notes;
  for (const std::string& n : unique) notes += (notes.empty() ? "" : "; ") + n;
  Json j{{"id", fmt::format("correction/{}/{}", key.first, key.second)},
         {"date", s.date.empty() ? Json(nullptr) : Json(s.date)},
         {"text", s.text},
         {"expected", std::move(expected)},
         {"parse", nullptr},
         {"parse_conllu", nullptr},
         {"suite", "corrections"},
         {"lang", "en"},
         {"category", "corrections"},
         {"notes", notes},
         {"evaluate", true},
         {"expect_no_events", s.expected.empty()},
         {"expect_error", nullptr},
         {"config", Json::object()}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Result<CorrectionsGold> GoldFromCorrections(EventStore& store) {
  auto latest = store.Corrections(0);
  if (!latest.ok()) return latest.status();
  CorrectionsGold out;
  std::map<SentenceKey, Sentence> sentences;
  std::set<std::string> stories;
  for (const Correction& c : latest.value()) {
    EventQuery q;
    q.event_id = c.event_id;
    auto events = store.Events(q);
    if (!events.ok()) return events.status();
    if (events.value().empty()) continue;
    ++out.corrected_events;
    if (c.wrong) ++out.wrong_events;
    for (const StoredMention& m : events.value().front().mentions) {
      sentences[{m.story_id, m.sentence}];
      stories.insert(m.story_id);
    }
  }
  for (const std::string& id : stories) {
    EventQuery q;
    q.story_id = id;
    auto events = store.Events(q);
    if (!events.ok()) return events.status();
    AddStoryEvents(events.value(), id, &sentences);
  }
  for (const auto& [key, s] : sentences) out.records.push_back(Record(key, s));
  return out;
}

}  // namespace parley::cli

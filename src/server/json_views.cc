#include "server/json_views.h"

#include "parley/sink.h"
#include "server/evidence_parts.h"

namespace parley::server {
namespace {

Json PartsJson(const std::vector<TextPart>& parts) {
  Json out = Json::array();
  for (const TextPart& p : parts) out.push_back({{"text", p.text}, {"role", p.role ? Json(p.role) : Json(nullptr)}});
  return out;
}

Json TextOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json RefJson(const std::optional<TextSpan>& r) {
  if (!r) return Json(nullptr);
  return Json{{"start", r->start}, {"end", r->end}, {"text", r->text}};
}

}  // namespace

Json StoredEventJson(const StoredEvent& e) {
  Json j{{"event_id", e.event_id},
         {"date", e.date},
         {"source", e.source},
         {"target", e.target},
         {"code", e.code},
         {"root", e.root},
         {"quad_class", e.quad_class},
         {"goldstein", e.goldstein},
         {"plover", e.plover},
         {"num_mentions", e.num_mentions},
         {"num_sources", e.num_sources},
         {"num_articles", e.num_articles},
         {"historical", e.historical}};
  Json ms = Json::array();
  for (const StoredMention& m : e.mentions) {
    Json q = nullptr;
    if (m.has_quantity) q = {{"value", m.quantity_value}, {"unit", m.quantity_unit}};
    ms.push_back({{"story_id", m.story_id},
                  {"url", TextOrNull(m.url)},
                  {"title", TextOrNull(m.title)},
                  {"date", m.date},
                  {"sentence", m.sentence},
                  {"modality", m.modality},
                  {"quantity", q},
                  {"source_text", m.source_text},
                  {"target_text", m.target_text},
                  {"source_ref", RefJson(m.source_ref)},
                  {"target_ref", RefJson(m.target_ref)},
                  {"evidence", {{"start", m.evidence_start}, {"end", m.evidence_end}, {"text", m.evidence_text}}},
                  {"event_words", {{"start", m.event_start}, {"end", m.event_end}}},
                  {"parts", PartsJson(SplitEvidence(m.evidence_text, m.evidence_start, m.event_start, m.event_end,
                                                    m.source_text, m.target_text))},
                  {"mentions", m.mentions}});
  }
  j["mentions"] = std::move(ms);
  j["corrected"] = e.correction.has_value();
  j["correction"] = e.correction ? CorrectionJson(*e.correction) : Json(nullptr);
  return j;
}

Json CorrectionJson(const Correction& c) {
  auto value = [](const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); };
  return {{"correction_id", c.correction_id},
          {"event_id", c.event_id},
          {"created_at", c.created_at},
          {"author", c.author},
          {"reason", c.reason},
          {"wrong", c.wrong},
          {"code", value(c.code)},
          {"source", value(c.source)},
          {"target", value(c.target)}};
}

void AddCodeNames(Json* event, const CodeNameFn& name) {
  Json& j = *event;
  if (j.contains("code") && j["code"].is_string()) j["name"] = name(j["code"].get<std::string>());
  if (j.contains("correction") && j["correction"].is_object()) {
    Json& c = j["correction"];
    c["name"] = c["code"].is_string() ? Json(name(c["code"].get<std::string>())) : Json(nullptr);
  }
}

Json DyadRowJson(const DyadRow& r) {
  Json top = Json::array();
  for (const auto& [code, n] : r.top_codes) top.push_back({{"code", code}, {"count", n}});
  return {{"period", r.period},
          {"direction", r.direction},
          {"events", r.events},
          {"quad", {r.quad[0], r.quad[1], r.quad[2], r.quad[3]}},
          // The same counts by name, as the table and CSV columns call them.
          {"quad1", r.quad[0]},
          {"quad2", r.quad[1]},
          {"quad3", r.quad[2]},
          {"quad4", r.quad[3]},
          {"goldstein_sum", r.goldstein_sum},
          {"goldstein_mean", r.goldstein_mean},
          {"top_codes", std::move(top)},
          // News volume: stories of the period, and events per 1,000 of them.
          {"stories", r.stories},
          {"events_per_1000_stories", r.events_per_1000_stories}};
}

Json CodedEventJson(const Event& e) {
  Json j = Json::parse(EventToJson(e));
  j["parts"] = PartsJson(
      SplitEvidence(e.evidence_text, e.evidence_begin, e.event_begin, e.event_end, e.source.text, e.target.text));
  return j;
}

std::string Dump(const Json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace parley::server

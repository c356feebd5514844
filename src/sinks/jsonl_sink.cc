#include <nlohmann/json.hpp>

#include "parley/sink.h"
#include "sinks/stream_status.h"

namespace parley {

std::string EventToJson(const Event& e) {
  nlohmann::ordered_json j;
  j["story_id"] = e.story_id;
  j["sentence"] = e.sentence;
  auto text_or_null = [](const std::string& s) {
    return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
  };
  j["date"] = text_or_null(e.date);
  j["story_date"] = text_or_null(e.story_date);
  j["date_precision"] = text_or_null(e.date_precision);
  j["historical"] = e.historical;
  auto actor = [&](const char* prefix, const Actor& a) {
    std::string p(prefix);
    j[p] = text_or_null(a.code);  // null: no target named (GDELT leaves Actor2 blank)
    j[p + "_country"] = a.country.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.country);
    j[p + "_agent"] = a.agent.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.agent);
    j[p + "_text"] = a.text;
  };
  actor("source", e.source);
  actor("target", e.target);
  auto ref = [](const std::optional<TextSpan>& r) {
    if (!r) return nlohmann::ordered_json(nullptr);
    return nlohmann::ordered_json{{"start", r->start}, {"end", r->end}, {"text", r->text}};
  };
  j["source_ref"] = ref(e.source.ref);
  j["target_ref"] = ref(e.target.ref);
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover;
  j["modality"] = ModalityName(e.modality);
  if (e.quantity) {
    j["quantity"] = {{"value", e.quantity->value}, {"unit", e.quantity->unit}, {"text", e.quantity->text}};
  } else {
    j["quantity"] = nullptr;
  }
  j["evidence"] = {{"start", e.evidence_begin}, {"end", e.evidence_end}, {"text", e.evidence_text}};
  j["mentions"] = e.mentions;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

class JsonlSink : public Sink {
 public:
  explicit JsonlSink(std::ostream* out) : out_(out) {}
  Status Write(const Story&, const std::vector<Event>& events) override {
    for (const Event& e : events) *out_ << EventToJson(e) << '\n';
    return sinks::StreamStatus(*out_);
  }
  Status End() override { return sinks::FlushStatus(*out_); }

 private:
  std::ostream* out_;
};

}  // namespace

std::unique_ptr<Sink> MakeJsonlSink(std::ostream* out) { return std::make_unique<JsonlSink>(out); }

}  // namespace parley

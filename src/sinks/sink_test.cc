#include "parley/sink.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <streambuf>

namespace parley {
namespace {

// The JSON object as nlohmann::ordered_json built and dumped it: the reference that
// EventToJson's direct writer must reproduce byte for byte.
std::string ReferenceEventToJson(const Event& e) {
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
  auto actor = [&](const std::string& p, const Actor& a) {
    j[p] = text_or_null(a.code);
    j[p + "_country"] = text_or_null(a.country);
    j[p + "_agent"] = text_or_null(a.agent);
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
  if (e.quantity)
    j["quantity"] = {{"value", e.quantity->value}, {"unit", e.quantity->unit}, {"text", e.quantity->text}};
  else
    j["quantity"] = nullptr;
  j["evidence"] = {{"start", e.evidence_begin}, {"end", e.evidence_end}, {"text", e.evidence_text}};
  j["mentions"] = e.mentions;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(SinkTest, EventToJsonMatchesTheReference) {
  const std::vector<std::string> texts = {
      "",
      "Iran criticized Israel.",
      "quotes \" and \\ backslash / slash",
      "controls \b\f\n\r\t \x01 \x1f \x7f end",
      "caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80 \xEF\xBF\xBD",
      "lone \xC3 lead",
      "surrogate \xED\xA0\x80 x",
      "past U+10FFFF \xF4\x90\x80\x80 x",
      "overlong \xC0\xAF \xE0\x80\xAF x",
      "cut at the end \xE2\x82",
      "stray tail \x80\xBF x",
      std::string("nul \0 inside", 13),
  };
  const std::vector<double> numbers = {0, -10, 3.4, -0.1, 7, 1e21, 1.5e-7, 1000, 2.5e9};
  std::size_t k = 0;
  for (const std::string& t : texts) {
    for (std::size_t v = 0; v < 3; ++v, ++k) {
      Event e;
      e.story_id = t;
      e.sentence = static_cast<int>(k);
      e.date = v == 0 ? "" : "2024-01-0" + std::to_string(v);
      e.story_date = v == 1 ? "" : "2024-01-05";
      e.date_precision = v == 2 ? "month" : "";
      e.historical = v == 1;
      e.source = {.code = "ARMGOV", .country = "ARM", .agent = "GOV", .text = t, .ref = std::nullopt};
      e.target = {.code = v == 0 ? "" : "AZE", .country = v == 0 ? "" : "AZE", .agent = "", .text = t, .ref = {}};
      if (v != 0) e.source.ref = TextSpan{k, k + 7, t};
      if (v == 2) e.target.ref = TextSpan{0, 3, "he"};
      e.code = "0841";
      e.root = "08";
      e.quad_class = static_cast<int>(v) + 1;
      e.goldstein = numbers[k % numbers.size()];
      e.plover = t;
      e.modality = static_cast<Modality>(v);
      if (v != 1) e.quantity = Quantity{numbers[(k + 3) % numbers.size()], v ? "persons" : "", t};
      e.evidence_begin = k * 100;
      e.evidence_end = k * 100 + t.size();
      e.evidence_text = t;
      e.mentions = static_cast<int>(v) + 1;
      EXPECT_EQ(EventToJson(e), ReferenceEventToJson(e)) << "text #" << k / 3 << " variant " << v;
    }
  }
}

// A stream buffer that accepts `room` bytes and then fails every write, like a full disk.
class FullBuf : public std::streambuf {
 public:
  explicit FullBuf(std::size_t room) : room_(room) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (room_ == 0) return traits_type::eof();
    --room_;
    return c;
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    std::streamsize k = std::min<std::streamsize>(n, static_cast<std::streamsize>(room_));
    room_ -= static_cast<std::size_t>(k);
    return k;
  }

 private:
  std::size_t room_;
};

std::vector<Event> OneEvent() {
  Event e;
  e.story_id = "s1";
  e.source.code = "IRN";
  e.target.code = "ISR";
  e.code = "111";
  e.evidence_text = "Iran criticized Israel.";
  return {e};
}

TEST(SinkTest, JsonlReportsAShortWrite) {
  FullBuf buf(10);
  std::ostream out(&buf);
  auto sink = MakeJsonlSink(&out);
  ASSERT_TRUE(sink->Begin().ok());
  Story story;
  Status st = sink->Write(story, OneEvent());
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kIoError);
}

TEST(SinkTest, TsvReportsAFailedHeader) {
  FullBuf buf(0);
  std::ostream out(&buf);
  auto sink = MakeTsvSink(&out);
  EXPECT_FALSE(sink->Begin().ok());
}

TEST(SinkTest, WritesAndEndsOk) {
  std::ostringstream out;
  auto sink = MakeJsonlSink(&out);
  Story story;
  ASSERT_TRUE(sink->Begin().ok());
  ASSERT_TRUE(sink->Write(story, OneEvent()).ok());
  ASSERT_TRUE(sink->End().ok());
  EXPECT_NE(out.str().find("\"story_id\":\"s1\""), std::string::npos);
}

}  // namespace
}  // namespace parley

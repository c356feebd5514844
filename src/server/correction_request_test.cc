// The body of POST /api/events/{id}/corrections: fields, types, codes, sizes.
#include "server/correction_request.h"

#include <gtest/gtest.h>

namespace parley::server {
namespace {

bool KnownCode(const std::string& code) { return code == "190" || code == "0841" || code == "042"; }

HttpError Refused(const std::string& body) {
  try {
    ParseCorrectionRequest(body, 7, KnownCode);
  } catch (const HttpError& e) {
    return e;
  }
  return {0, "(accepted)"};
}

TEST(CorrectionRequest, ReadsAFixAndUpperCasesActorCodes) {
  Correction c = ParseCorrectionRequest(
      R"({"author": "ana", "reason": "the army", "code": "190", "source": "azemil", "target": ""})", 7, KnownCode);
  EXPECT_EQ(c.event_id, 7);
  EXPECT_EQ(c.author, "ana");
  EXPECT_EQ(c.reason, "the army");
  EXPECT_FALSE(c.wrong);
  EXPECT_EQ(c.code, std::optional<std::string>("190"));
  EXPECT_EQ(c.source, std::optional<std::string>("AZEMIL"));
  EXPECT_EQ(c.target, std::optional<std::string>(""));  // no target
  c = ParseCorrectionRequest(R"({"author": "ben", "wrong": true, "code": null, "reason": null})", 8, KnownCode);
  EXPECT_TRUE(c.wrong);
  EXPECT_FALSE(c.code.has_value());
}

TEST(CorrectionRequest, RefusesWithA400NamingTheField) {
  struct Case {
    const char* body;
    const char* message;
  };
  const Case cases[] = {
      {"", "correction body: want a JSON object"},
      {"[1]", "correction body: want a JSON object"},
      {R"({"author": "ana", "wrong": true, "colour": "red"})", "unknown field 'colour'"},
      {R"({"author": 5, "wrong": true})", "author: want a string"},
      {R"({"author": "ana", "wrong": "yes"})", "wrong: want true or false"},
      {R"({"wrong": true})", "author: required"},
      {R"({"author": "ana"})", "nothing to correct"},
      {R"({"author": "ana", "wrong": true, "code": "190"})", "wrong: an event marked wrong"},
      {R"({"author": "ana", "code": "abc"})", "code: 'abc' is not a CAMEO code"},
      {R"({"author": "ana", "code": "0849"})", "code: 0849 is not in the CAMEO table"},
      {R"({"author": "ana", "source": "A$B"})", "source: 'A$B' is not an actor code"},
      {R"({"author": "ana", "target": ["ARM"]})", "target: want a string"},
  };
  for (const Case& c : cases) {
    HttpError e = Refused(c.body);
    EXPECT_EQ(e.status, 400) << c.body;
    EXPECT_EQ(e.message.rfind(c.message, 0), 0u) << c.body << " -> " << e.message;
  }
  std::string big = R"({"author": "ana", "wrong": true, "reason": ")" + std::string(20000, 'x') + "\"}";
  EXPECT_EQ(Refused(big).status, 413);
}

TEST(CorrectionRequest, EventIds) {
  EXPECT_EQ(EventIdParam("42"), 42);
  for (const char* bad : {"", "0", "-1", "4a", "1234567890123456789"}) {
    bool refused = false;
    try {
      EventIdParam(bad);
    } catch (const HttpError& e) {
      refused = e.status == 400;
    }
    EXPECT_TRUE(refused) << bad;
  }
}

}  // namespace
}  // namespace parley::server

// Golden tests: tests/golden/<case>.txt is a story the project wrote; <case>.expected.jsonl
// lists its events, one JSON object a line:
//   {source, target, code, modality[, quantity]}                        always compared
//   [date, date_precision, historical, source_ref, target_ref]          compared when present
//   [note]                                                              a comment, ignored
// `target` may be null (an event with no target). `source_ref`/`target_ref` are the text of
// the mention the actor was resolved from (a string), or null when the words name the actor
// themselves. An optional field is part of the compared key only for the line that carries it:
// {"date":"2019-03-04",...} checks that event's date, a line without "date" accepts any date.
// The coded events must match the expected lines one to one (no missing, no extra event).
//
// PARLEY_UPDATE_GOLDEN=1 rewrites the expectations from what parley codes: base fields for
// every event, and for an event that corresponds to an existing line (same base fields) the
// optional fields and note that line carried, with parley's values. Hand-written checks thus
// keep their fields (and show up in the diff when parley's value differs); review the diff
// before committing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_util.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::string SourceDirGolden() { return testing::SourceDir() + "/tests/golden"; }

// The fields a line may carry beyond the base ones, in the order they are written.
const std::vector<std::string>& OptionalFields() {
  static const std::vector<std::string> f = {"date", "date_precision", "historical", "source_ref", "target_ref"};
  return f;
}

std::string Key(const std::string& s, const std::string& t, const std::string& c, const std::string& m,
                const std::string& q) {
  return s + " " + (t.empty() ? "-" : t) + " " + c + " " + m + (q.empty() ? "" : " q=" + q);
}

std::string QuantityText(const std::optional<Quantity>& q) {
  if (!q) return "";
  std::ostringstream s;
  s << q->value;
  return s.str();
}

// One coded event: its base key and every optional field as comparable text.
struct Got {
  const Event* event;
  std::string base;
  std::map<std::string, std::string> fields;
};

std::string NullOr(const std::string& s) { return s.empty() ? "null" : s; }

Got Describe(const Event& e) {
  Got g{&e, Key(e.source.code, e.target.code, e.code, ModalityName(e.modality), QuantityText(e.quantity)), {}};
  g.fields["date"] = NullOr(e.date);
  g.fields["date_precision"] = NullOr(e.date_precision);
  g.fields["historical"] = e.historical ? "true" : "false";
  g.fields["source_ref"] = e.source.ref ? e.source.ref->text : "null";
  g.fields["target_ref"] = e.target.ref ? e.target.ref->text : "null";
  return g;
}

Json FieldJson(const Event& e, const std::string& f) {
  auto text = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  if (f == "date") return text(e.date);
  if (f == "date_precision") return text(e.date_precision);
  if (f == "historical") return Json(e.historical);
  if (f == "source_ref") return e.source.ref ? Json(e.source.ref->text) : Json(nullptr);
  if (f == "target_ref") return e.target.ref ? Json(e.target.ref->text) : Json(nullptr);
  return Json(nullptr);
}

std::string Describe(const Got& g) {
  std::string s = g.base;
  for (const auto& f : OptionalFields()) s += " " + f + "=" + g.fields.at(f);
  return s;
}

// One expected line.
struct Want {
  int line_no;
  std::string text;  // the line as written
  Json json;
  std::string base;
  std::map<std::string, std::string> fields;  // only the optional fields the line carries
};

// Parses one expected line; "" on success, else what is wrong with it.
std::string ParseWant(const std::string& line, int line_no, Want* w) {
  w->line_no = line_no;
  w->text = line;
  try {
    w->json = Json::parse(line);
  } catch (const std::exception& e) {
    return e.what();
  }
  const Json& j = w->json;
  if (!j.is_object()) return "not an object";
  static const std::set<std::string> known = {"source", "target",         "code",       "modality",   "quantity",
                                              "date",   "date_precision", "historical", "source_ref", "target_ref",
                                              "note"};
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!known.count(it.key())) return "unknown field \"" + it.key() + "\"";
  for (const char* f : {"source", "code", "modality"})
    if (!j.contains(f) || !j[f].is_string()) return std::string("\"") + f + "\" must be a string";
  if (!j.contains("target") || !(j["target"].is_string() || j["target"].is_null()))
    return "\"target\" must be a string or null";
  std::string q;
  if (j.contains("quantity")) {
    if (!j["quantity"].is_number()) return "\"quantity\" must be a number";
    std::ostringstream s;
    s << j["quantity"].get<double>();
    q = s.str();
  }
  w->base = Key(j["source"].get<std::string>(), j["target"].is_null() ? "" : j["target"].get<std::string>(),
                j["code"].get<std::string>(), j["modality"].get<std::string>(), q);
  for (const auto& f : OptionalFields()) {
    if (!j.contains(f)) continue;
    const Json& v = j[f];
    if (f == "historical") {
      if (!v.is_boolean()) return "\"historical\" must be true or false";
      w->fields[f] = v.get<bool>() ? "true" : "false";
    } else {
      if (!(v.is_string() || v.is_null())) return "\"" + f + "\" must be a string or null";
      w->fields[f] = v.is_null() ? "null" : v.get<std::string>();
    }
  }
  return "";
}

bool Matches(const Want& w, const Got& g, bool base_only = false) {
  if (w.base != g.base) return false;
  if (base_only) return true;
  for (const auto& [f, v] : w.fields)
    if (g.fields.at(f) != v) return false;
  return true;
}

// Maximum one-to-one matching of expected lines to coded events (Kuhn's augmenting paths;
// a line without optional fields must not take the event that a more specific line needs).
std::vector<int> MatchAll(const std::vector<Want>& want, const std::vector<Got>& got, bool base_only) {
  std::vector<int> got_to_want(got.size(), -1);
  std::vector<int> want_to_got(want.size(), -1);
  std::function<bool(int, std::vector<char>&)> augment = [&](int wi, std::vector<char>& seen) {
    for (std::size_t gi = 0; gi < got.size(); ++gi) {
      if (seen[gi] || !Matches(want[wi], got[gi], base_only)) continue;
      seen[gi] = 1;
      if (got_to_want[gi] < 0 || augment(got_to_want[gi], seen)) {
        got_to_want[gi] = wi;
        want_to_got[wi] = static_cast<int>(gi);
        return true;
      }
    }
    return false;
  };
  for (std::size_t wi = 0; wi < want.size(); ++wi) {
    std::vector<char> seen(got.size(), 0);
    augment(static_cast<int>(wi), seen);
  }
  return want_to_got;
}

// The expected line parley's output would give, keeping the optional fields (and note) of
// `like` when there is one.
Json UpdatedLine(const Event& e, const Want* like) {
  Json j = {{"source", e.source.code},
            {"target", e.target.code.empty() ? Json(nullptr) : Json(e.target.code)},
            {"code", e.code},
            {"modality", ModalityName(e.modality)}};
  if (e.quantity) j["quantity"] = e.quantity->value;
  if (like) {
    for (const auto& f : OptionalFields())
      if (like->json.contains(f)) j[f] = FieldJson(e, f);
    if (like->json.contains("note")) j["note"] = like->json["note"];
  }
  return j;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedEvents) {
  std::string base = SourceDirGolden() + "/" + GetParam();
  auto story = ParseTextStory(testing::ReadFile(base + ".txt"), base + ".txt");
  ASSERT_TRUE(story.ok()) << story.status().message();
  Coder coder(testing::ProjectLexicon());
  CodeStats stats;
  auto events = coder.Code(story.value(), &stats);
  std::vector<Got> got;
  for (const Event& e : events) got.push_back(Describe(e));

  std::vector<Want> want;
  {
    std::ifstream in(base + ".expected.jsonl");
    ASSERT_TRUE(in) << "missing " << base << ".expected.jsonl";
    int n = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Want w;
      std::string err = ParseWant(line, n, &w);
      ASSERT_TRUE(err.empty()) << base << ".expected.jsonl:" << n << ": " << err;
      want.push_back(std::move(w));
    }
  }

  if (std::getenv("PARLEY_UPDATE_GOLDEN")) {
    // Pair events with existing lines: exact matches first, then same base fields.
    std::vector<int> exact = MatchAll(want, got, false);
    std::vector<const Want*> like(got.size(), nullptr);
    std::vector<char> used(want.size(), 0);
    for (std::size_t wi = 0; wi < want.size(); ++wi)
      if (exact[wi] >= 0) like[exact[wi]] = &want[wi], used[wi] = 1;
    for (std::size_t gi = 0; gi < got.size(); ++gi) {
      if (like[gi]) continue;
      for (std::size_t wi = 0; wi < want.size(); ++wi)
        if (!used[wi] && Matches(want[wi], got[gi], true)) {
          like[gi] = &want[wi], used[wi] = 1;
          break;
        }
    }
    std::ofstream out(base + ".expected.jsonl");
    for (std::size_t gi = 0; gi < got.size(); ++gi) out << UpdatedLine(events[gi], like[gi]).dump() << "\n";
    GTEST_SKIP() << "rewrote " << base << ".expected.jsonl";
  }

  std::vector<int> match = MatchAll(want, got, false);
  std::vector<char> got_used(got.size(), 0);
  std::string missing, extra;
  for (std::size_t wi = 0; wi < want.size(); ++wi) {
    if (match[wi] >= 0) {
      got_used[match[wi]] = 1;
    } else {
      missing += "  line " + std::to_string(want[wi].line_no) + ": " + want[wi].text + "\n";
    }
  }
  for (std::size_t gi = 0; gi < got.size(); ++gi)
    if (!got_used[gi])
      extra += "  sentence " + std::to_string(got[gi].event->sentence) + ": " + Describe(got[gi]) + "\n";
  EXPECT_TRUE(missing.empty() && extra.empty())
      << GetParam() << ": coded events differ from " << GetParam() << ".expected.jsonl\n"
      << (missing.empty() ? "" : "expected but not coded (or with other field values):\n" + missing)
      << (extra.empty() ? "" : "coded but not expected:\n" + extra);
}

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(SourceDirGolden()))
    if (e.path().extension() == ".txt") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

INSTANTIATE_TEST_SUITE_P(Stories, Golden, ::testing::ValuesIn(Cases()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace parley

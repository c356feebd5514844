#include "gold_suite.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace parley::eval {

std::vector<GoldRecord> ReadSuite(const std::string& path, std::vector<std::string>* problems) {
  std::vector<GoldRecord> out;
  std::ifstream in(path);
  if (!in) {
    problems->push_back(path + ": cannot open");
    return out;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = path + ":" + std::to_string(number);
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      problems->push_back(where + ": not a JSON object");
      continue;
    }
    if (!j.contains("text") || !j["text"].is_string()) {
      problems->push_back(where + ": no \"text\"");
      continue;
    }
    GoldRecord r;
    r.line = number;
    r.text = j["text"].get<std::string>();
    r.id = j.value("id", where);
    if (j.contains("date") && j["date"].is_string()) r.date = j["date"].get<std::string>();
    r.evaluate = j.value("evaluate", true);
    r.expect_no_events = j.value("expect_no_events", false);
    if (j.contains("expected") && j["expected"].is_array())
      for (const auto& e : j["expected"])
        if (e.is_object() && e.contains("source") && e.contains("target") && e.contains("code") &&
            e["source"].is_string() && e["target"].is_string() && e["code"].is_string())
          r.expected.emplace_back(e["source"].get<std::string>(), e["target"].get<std::string>(),
                                  e["code"].get<std::string>());
    out.push_back(std::move(r));
  }
  return out;
}

Score ScoreSuite(const std::vector<GoldRecord>& records, Coder* coder) {
  Score s;
  CodeStats stats;
  for (const GoldRecord& r : records) {
    if (!r.evaluate) continue;
    Story story;
    story.id = r.id;
    story.date = r.date;
    story.text = r.text;
    story.body_end = r.text.size();
    std::set<Triple> got;
    for (const Event& e : coder->Code(story, &stats))
      // Gold suites code what happened or was announced: asserted and intended events.
      if (e.modality == Modality::kAsserted || e.modality == Modality::kIntended)
        // An event with no target is written "---" in the PETRARCH suites.
        got.emplace(e.source.code, e.target.code.empty() ? "---" : e.target.code, e.code);
    std::set<Triple> want(r.expected.begin(), r.expected.end());
    if (r.expect_no_events) want.clear();
    ++s.records;
    if (got == want)
      ++s.passed;
    else
      s.failures.push_back({r.id, r.text, {want.begin(), want.end()}, {got.begin(), got.end()}});
    s.expected += want.size();
    s.predicted += got.size();
    for (const Triple& w : want) {
      const std::string root = std::get<2>(w).substr(0, 2);
      auto& pr = s.per_root[root];
      ++pr.first;
      if (got.count(w)) {
        ++s.correct;
        ++pr.second;
      }
      bool root_ok = false, dyad = false;
      for (const Triple& g : got) {
        if (std::get<0>(g) != std::get<0>(w) || std::get<1>(g) != std::get<1>(w)) continue;
        dyad = true;
        if (std::get<2>(g).substr(0, 2) == root) root_ok = true;
      }
      if (root_ok) ++s.root_correct;
      if (dyad) {
        ++s.dyad_found;
        if (got.count(w)) ++s.code_correct_on_dyad;
      }
    }
  }
  return s;
}

}  // namespace parley::eval

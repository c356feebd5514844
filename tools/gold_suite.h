#pragma once
// Gold suites (../shared/gold format) and their scoring, with the definitions used for
// the PETRARCH-2 baseline: exact pass per record, event P/R/F1 over (source, target,
// code) triples, root recall (same source and target, same 2-digit root). Negated and
// hypothetical events are not counted as predictions.
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "parley/coder.h"

namespace parley::eval {

using Triple = std::tuple<std::string, std::string, std::string>;

struct GoldRecord {
  std::string id, date, text;
  std::vector<Triple> expected;
  bool evaluate = true;
  bool expect_no_events = false;
  int line = 0;
};

struct Failure {
  std::string id, text;
  std::vector<Triple> expected, got;
};

struct Score {
  std::size_t records = 0, passed = 0;
  std::size_t expected = 0, predicted = 0, correct = 0;
  std::size_t root_correct = 0, dyad_found = 0, code_correct_on_dyad = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> per_root;  // root -> expected, found
  std::vector<Failure> failures;
  double PassRate() const { return records ? double(passed) / records : 0; }
  double Precision() const { return predicted ? double(correct) / predicted : 0; }
  double Recall() const { return expected ? double(correct) / expected : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double RootRecall() const { return expected ? double(root_correct) / expected : 0; }
  double CodeAccuracy() const { return dyad_found ? double(code_correct_on_dyad) / dyad_found : 0; }
};

// Reads a suite; bad lines are reported in *problems as "file:line: reason".
std::vector<GoldRecord> ReadSuite(const std::string& path, std::vector<std::string>* problems);

// Codes every evaluated record with `coder` and scores it.
Score ScoreSuite(const std::vector<GoldRecord>& records, Coder* coder);

}  // namespace parley::eval

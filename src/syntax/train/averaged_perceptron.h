#pragma once
// AveragedPerceptron: the training-time weights of one classifier over hashed
// features (Collins 2002, with lazy averaging). Rows are sparse: a feature only holds
// the classes it was ever updated for. Freeze() writes the averaged, int16-quantised
// and pruned weights into a WeightTable for the runtime. Single-threaded.
#include <cstdint>
#include <vector>

#include "syntax/weight_table.h"

namespace parley::syntax {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes);

  // Adds the current (not averaged) weights of the features to scores[0, num_classes).
  void Score(const uint64_t* features, int n, float* scores) const;
  // One training instance: +1 to `truth`, -1 to `guess` for every feature (when they
  // differ). Call Tick() once per instance whether or not it updated.
  void Update(const uint64_t* features, int n, int truth, int guess);
  void Tick() { ++now_; }

  // Averaged weights; entries with |weight| < prune are dropped, the rest quantised to
  // int16 with one scale per table (argmax is scale-invariant).
  void Freeze(float prune, WeightTable* out) const;
  std::size_t num_features() const { return order_keys_.size(); }

 private:
  struct Entry {
    uint32_t next;  // index + 1 of the next entry of the row; 0 = end
    uint32_t ts;    // time of the last change
    float w;
    uint32_t cls;
    double total;  // sum of w over time up to ts
  };
  uint32_t* FindOrAdd(uint64_t feature);  // -> row head
  const uint32_t* Find(uint64_t feature) const;
  void Add(uint32_t* head, int cls, float delta);
  void Grow();

  int num_classes_;
  uint32_t now_ = 1;
  std::vector<uint64_t> keys_;   // open addressing; 0 = empty (feature 0 is mapped to 1)
  std::vector<uint32_t> heads_;  // row head per slot (entry index + 1)
  std::vector<Entry> entries_;
  std::vector<uint64_t> order_keys_;
};

}  // namespace parley::syntax

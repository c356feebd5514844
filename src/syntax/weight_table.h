#pragma once
// WeightTable: the frozen, quantised weights of one averaged-perceptron classifier.
// Features are 64-bit hashes. An open-addressing table maps a feature to a sparse row
// of (class, int16 weight) pairs; only features that kept a non-zero weight are stored.
// Only the upper 32 bits of a feature hash are kept (they pick the slot and are checked
// there), so a table can be rebuilt at any size from its own contents (Pruned()).
// Immutable after building; Score() is safe from any number of threads.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace parley::syntax {

// A slot: the upper 32 bits of the feature hash and 1 + the row's offset (0 = empty).
// The slot index is fingerprint & (size - 1), then linear probing.
struct WeightSlot {
  uint32_t fingerprint = 0;
  uint32_t row = 0;
};

class WeightTable {
 public:
  // Adds `count` (class, weight) pairs for `feature`. Call Reserve() first; used by
  // the trainer when freezing a model. Features must be distinct.
  void Reserve(std::size_t features, int num_classes);
  // (Reserve and Add drop the Prepare() layout; Pruned() returns a table without one.)
  void Add(uint64_t feature, const uint8_t* classes, const int16_t* weights, int count);

  // A copy without the entries whose |weight| < min_weight (and without features left
  // empty), in a table sized for what remains. Deterministic.
  WeightTable Pruned(int min_weight) const;

  // Adds the weights of every feature found to scores[0, num_classes).
  void Score(const uint64_t* features, int n, int32_t* scores) const;

  // Builds the lookup layout Score() uses (call once the table is complete and
  // valid; Model loading does): long rows become dense int16 vectors added with SIMD,
  // short rows stay sparse, all in one huge-page-backed block. Scores are the same
  // with or without it (integer sums do not depend on order). Any non-const access to
  // slots() or rows() drops it.
  void Prepare();

  int num_classes() const { return num_classes_; }
  std::size_t num_features() const { return num_features_; }

  // Raw access for model IO. Validate() checks what a reader loaded: slot count a
  // power of two, rows in bounds, classes < num_classes. Returns an empty string or
  // a description of the first problem.
  std::vector<WeightSlot>& slots() {
    runtime_.reset();
    return slots_;
  }
  std::vector<uint32_t>& rows() {
    runtime_.reset();
    return rows_;
  }
  const std::vector<WeightSlot>& slots() const { return slots_; }
  const std::vector<uint32_t>& rows() const { return rows_; }
  void set_num_classes(int n) {
    runtime_.reset();
    num_classes_ = n;
  }
  const char* Validate();

  // Row entry packing: class in the low 8 bits, weight in the high 16 bits.
  static uint32_t Pack(uint8_t cls, int16_t w) { return static_cast<uint32_t>(static_cast<uint16_t>(w)) << 16 | cls; }

 private:
  std::vector<WeightSlot> slots_;  // size is a power of two
  std::vector<uint32_t> rows_;     // per row: count, then count packed entries
  int num_classes_ = 0;
  std::size_t num_features_ = 0;
  void ScorePrepared(const uint64_t* features, int n, int32_t* scores) const;
  struct Runtime;                           // weight_table.cc
  std::shared_ptr<const Runtime> runtime_;  // Prepare(); shared by copies (immutable)
};

// 64-bit mixing for feature hashes (splitmix64 finaliser).
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace parley::syntax

// WeightTable: see weight_table.h.
#include "syntax/weight_table.h"

namespace parley::syntax {

void WeightTable::Reserve(std::size_t features, int num_classes) {
  std::size_t size = 16;
  while (size * 3 < features * 4) size <<= 1;  // load factor <= 0.75
  slots_.assign(size, WeightSlot());
  rows_.clear();
  num_classes_ = num_classes;
  num_features_ = 0;
}

void WeightTable::Add(uint64_t feature, const uint8_t* classes, const int16_t* weights, int count) {
  const std::size_t mask = slots_.size() - 1;
  const uint32_t fp = static_cast<uint32_t>(feature >> 32);
  std::size_t i = fp & mask;
  while (slots_[i].row != 0) {
    if (slots_[i].fingerprint == fp) return;  // a 64-bit collision in practice: keep the first
    i = (i + 1) & mask;
  }
  slots_[i].fingerprint = fp;
  slots_[i].row = static_cast<uint32_t>(rows_.size() + 1);
  rows_.push_back(static_cast<uint32_t>(count));
  for (int k = 0; k < count; ++k) rows_.push_back(Pack(classes[k], weights[k]));
  ++num_features_;
}

WeightTable WeightTable::Pruned(int min_weight) const {
  std::vector<uint8_t> classes;
  std::vector<int16_t> weights;
  WeightTable out;
  std::size_t kept = 0;
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) out.Reserve(kept, num_classes_);
    for (std::size_t i = 0; i < slots_.size(); ++i) {  // slot order: deterministic
      if (slots_[i].row == 0) continue;
      const uint32_t* row = rows_.data() + slots_[i].row - 1;
      classes.clear();
      weights.clear();
      for (uint32_t k = 1; k <= row[0]; ++k) {
        const int16_t w = static_cast<int16_t>(row[k] >> 16);
        if (w >= min_weight || w <= -min_weight) {
          classes.push_back(static_cast<uint8_t>(row[k] & 0xff));
          weights.push_back(w);
        }
      }
      if (classes.empty()) continue;
      if (pass == 0) {
        ++kept;
      } else {
        const uint64_t feature = static_cast<uint64_t>(slots_[i].fingerprint) << 32;
        out.Add(feature, classes.data(), weights.data(), static_cast<int>(classes.size()));
      }
    }
  }
  return out;
}

void WeightTable::Score(const uint64_t* features, int n, int32_t* scores) const {
  if (slots_.empty()) return;
  const std::size_t mask = slots_.size() - 1;
  const WeightSlot* slots = slots_.data();
  const uint32_t* rows = rows_.data();
  // Three passes so that the cache misses of a call overlap instead of queueing: prefetch
  // every slot, then find every row and prefetch it, then add the rows. Integer sums do
  // not depend on the order, so the scores are the same as a one-pass loop's.
  constexpr int kBatch = 128;
  const uint32_t* found[kBatch];
  for (int base = 0; base < n; base += kBatch) {
    const int end = n - base < kBatch ? n : base + kBatch;
    for (int f = base; f < end; ++f) __builtin_prefetch(&slots[(features[f] >> 32) & mask]);
    int m = 0;
    for (int f = base; f < end; ++f) {
      const uint32_t fp = static_cast<uint32_t>(features[f] >> 32);
      std::size_t i = fp & mask;
      while (slots[i].row != 0) {
        if (slots[i].fingerprint == fp) {
          const uint32_t* row = rows + slots[i].row - 1;
          __builtin_prefetch(row);
          found[m++] = row;
          break;
        }
        i = (i + 1) & mask;
      }
    }
    for (int r = 0; r < m; ++r) {
      const uint32_t* row = found[r];
      const uint32_t count = row[0];
      for (uint32_t k = 1; k <= count; ++k) {
        scores[row[k] & 0xff] += static_cast<int16_t>(row[k] >> 16);
      }
    }
  }
}

const char* WeightTable::Validate() {
  if (num_classes_ <= 0 || num_classes_ > 256) return "bad class count";
  if (slots_.empty() || (slots_.size() & (slots_.size() - 1)) != 0) return "slot count not a power of two";
  std::size_t used = 0;
  for (const WeightSlot& s : slots_) {
    if (s.row == 0) continue;
    ++used;
    std::size_t off = s.row - 1;
    if (off >= rows_.size()) return "row offset out of bounds";
    std::size_t count = rows_[off];
    if (count > static_cast<std::size_t>(num_classes_) || count > rows_.size() - off - 1) {
      return "row length out of bounds";
    }
    for (std::size_t k = 1; k <= count; ++k) {
      if ((rows_[off + k] & 0xff) >= static_cast<uint32_t>(num_classes_)) return "class out of range";
      if ((rows_[off + k] & 0xff00) != 0) return "bad row entry";
    }
  }
  if (used == slots_.size()) return "table has no empty slot";
  num_features_ = used;
  return "";
}

}  // namespace parley::syntax

// AveragedPerceptron: see averaged_perceptron.h.
#include "syntax/train/averaged_perceptron.h"

#include <algorithm>
#include <cmath>

namespace parley::syntax {

AveragedPerceptron::AveragedPerceptron(int num_classes) : num_classes_(num_classes) {
  keys_.assign(1 << 16, 0);
  heads_.assign(1 << 16, 0);
}

const uint32_t* AveragedPerceptron::Find(uint64_t f) const {
  if (f == 0) f = 1;
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t i = f & mask;; i = (i + 1) & mask) {
    if (keys_[i] == f) return &heads_[i];
    if (keys_[i] == 0) return nullptr;
  }
}

void AveragedPerceptron::Grow() {
  std::vector<uint64_t> keys(keys_.size() * 2, 0);
  std::vector<uint32_t> heads(keys.size(), 0);
  const std::size_t mask = keys.size() - 1;
  for (uint64_t k : order_keys_) {
    const uint32_t* h = Find(k);
    std::size_t i = k & mask;
    while (keys[i] != 0) i = (i + 1) & mask;
    keys[i] = k;
    heads[i] = *h;
  }
  keys_.swap(keys);
  heads_.swap(heads);
}

uint32_t* AveragedPerceptron::FindOrAdd(uint64_t f) {
  if (f == 0) f = 1;
  if ((order_keys_.size() + 1) * 2 > keys_.size()) Grow();
  const std::size_t mask = keys_.size() - 1;
  std::size_t i = f & mask;
  for (; keys_[i] != 0; i = (i + 1) & mask) {
    if (keys_[i] == f) return &heads_[i];
  }
  keys_[i] = f;
  order_keys_.push_back(f);
  return &heads_[i];
}

void AveragedPerceptron::Score(const uint64_t* features, int n, float* scores) const {
  for (int k = 0; k < n; ++k) {
    const uint32_t* head = Find(features[k]);
    if (!head) continue;
    for (uint32_t e = *head; e != 0; e = entries_[e - 1].next) scores[entries_[e - 1].cls] += entries_[e - 1].w;
  }
}

void AveragedPerceptron::Add(uint32_t* head, int cls, float delta) {
  for (uint32_t e = *head; e != 0; e = entries_[e - 1].next) {
    Entry& en = entries_[e - 1];
    if (en.cls == static_cast<uint32_t>(cls)) {
      en.total += static_cast<double>(now_ - en.ts) * en.w;
      en.ts = now_;
      en.w += delta;
      return;
    }
  }
  entries_.push_back(Entry{*head, now_, delta, static_cast<uint32_t>(cls), 0.0});
  *head = static_cast<uint32_t>(entries_.size());
}

void AveragedPerceptron::Update(const uint64_t* features, int n, int truth, int guess) {
  if (truth == guess) return;
  for (int k = 0; k < n; ++k) {
    uint32_t* head = FindOrAdd(features[k]);
    Add(head, truth, 1.0f);
    head = FindOrAdd(features[k]);  // FindOrAdd never grows twice for the same key
    Add(head, guess, -1.0f);
  }
}

void AveragedPerceptron::Freeze(float prune, WeightTable* out) const {
  std::vector<float> avg(entries_.size());
  float max_abs = 1e-6f;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    avg[i] = static_cast<float>((e.total + static_cast<double>(now_ - e.ts) * e.w) / now_);
    max_abs = std::max(max_abs, std::fabs(avg[i]));
  }
  const float scale = 32767.0f / max_abs;
  std::vector<uint8_t> classes;
  std::vector<int16_t> weights;
  std::size_t kept_features = 0;
  // Two passes: count the features that keep a weight, then fill a table sized for them.
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) out->Reserve(kept_features, num_classes_);
    for (uint64_t key : order_keys_) {
      classes.clear();
      weights.clear();
      for (uint32_t e = *Find(key); e != 0; e = entries_[e - 1].next) {
        const float a = avg[e - 1];
        const long q = std::lround(a * scale);
        if (std::fabs(a) < prune || q == 0) continue;
        classes.push_back(static_cast<uint8_t>(entries_[e - 1].cls));
        weights.push_back(static_cast<int16_t>(std::clamp(q, -32767L, 32767L)));
      }
      if (classes.empty()) continue;
      if (pass == 0) {
        ++kept_features;
      } else {
        out->Add(key, classes.data(), weights.data(), static_cast<int>(classes.size()));
      }
    }
  }
}

}  // namespace parley::syntax

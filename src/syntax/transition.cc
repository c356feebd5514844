// Arc-hybrid transitions and dynamic oracle: see transition.h.
#include "syntax/transition.h"

namespace parley::syntax {

void ParseState::Init(int num_words) {
  n = num_words;
  b0 = 0;
  stack.clear();
  const std::size_t size = static_cast<std::size_t>(n) + 1;
  head.assign(size, -1);
  label.assign(size, 0);
  l1.assign(size, -1);
  l2.assign(size, -1);
  r1.assign(size, -1);
  r2.assign(size, -1);
  lval.assign(size, 0);
  rval.assign(size, 0);
  lset.assign(size, 0);
  rset.assign(size, 0);
}

bool ParseState::Valid(int cls) const {
  const int depth = static_cast<int>(stack.size());
  if (cls == kShift) return b0 < n;
  if (IsLeft(cls)) return depth >= 1 && (b0 < n || depth == 1);
  return depth >= 2;
}

void ParseState::AddArc(int h, int d, int lab) {
  head[d] = h;
  label[d] = static_cast<uint8_t>(lab);
  if (d < h) {
    if (l1[h] == -1 || d < l1[h]) {
      l2[h] = l1[h];
      l1[h] = d;
    } else if (l2[h] == -1 || d < l2[h]) {
      l2[h] = d;
    }
    if (lval[h] < 255) ++lval[h];
    lset[h] |= uint64_t{1} << (lab & 63);
  } else {
    if (r1[h] == -1 || d > r1[h]) {
      r2[h] = r1[h];
      r1[h] = d;
    } else if (r2[h] == -1 || d > r2[h]) {
      r2[h] = d;
    }
    if (rval[h] < 255) ++rval[h];
    rset[h] |= uint64_t{1} << (lab & 63);
  }
}

void ParseState::Apply(int cls) {
  if (cls == kShift) {
    stack.push_back(b0++);
    return;
  }
  const int s0 = stack.back();
  stack.pop_back();
  if (IsLeft(cls)) {
    AddArc(b0, s0, ClassLabel(cls));
  } else {
    AddArc(stack.back(), s0, ClassLabel(cls));
  }
}

void OracleCosts(const ParseState& s, const std::vector<int32_t>& gold_head, const std::vector<uint8_t>& gold_label,
                 int num_labels, std::vector<int>* costs) {
  const int num_classes = 1 + 2 * num_labels;
  costs->assign(num_classes, 1 << 20);
  const int s0 = s.S(0), s1 = s.S(1), b0 = s.b0, n = s.n;
  if (s.Valid(kShift)) {
    // Shifting b0 loses arcs between b0 and the stack, except b0's head being s0.
    int c = 0;
    for (int k : s.stack) {
      if (gold_head[k] == b0) ++c;
      if (gold_head[b0] == k && k != s0) ++c;
    }
    (*costs)[kShift] = c;
  }
  if (s0 < 0) return;
  // Popping s0 loses its dependents still in the buffer.
  int lost_deps = 0;
  for (int d = b0; d < n; ++d) {
    if (gold_head[d] == s0) ++lost_deps;
  }
  const int gh = gold_head[s0];
  const bool head_reachable = gh >= b0 || (s1 >= 0 && gh == s1);  // buffer (incl. ROOT) or s1
  const int gl = gold_label[s0];
  if (s.Valid(LeftClass(0))) {
    int base = lost_deps + ((gh != b0 && head_reachable) ? 1 : 0);
    for (int l = 0; l < num_labels; ++l) {
      (*costs)[LeftClass(l)] = base + ((gh == b0 && l != gl) ? 1 : 0);
    }
  }
  if (s.Valid(RightClass(0))) {
    int base = lost_deps + ((gh != s1 && head_reachable) ? 1 : 0);
    for (int l = 0; l < num_labels; ++l) {
      (*costs)[RightClass(l)] = base + ((gh == s1 && l != gl) ? 1 : 0);
    }
  }
}

}  // namespace parley::syntax

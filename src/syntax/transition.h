#pragma once
// The arc-hybrid transition system (Kuhlmann et al. 2011) with a single-root
// constraint, and its dynamic oracle (Goldberg & Nivre 2013).
//
// Words are 0..n-1; ROOT is index n and sits at the end of the buffer, never shifted.
//   SHIFT      push b0 onto the stack                     (b0 != ROOT)
//   LEFT(l)    pop s0; arc b0 -> s0 labelled l            (stack non-empty; when b0 is
//                                                          ROOT only if s0 is alone)
//   RIGHT(l)   pop s0; arc s1 -> s0 labelled l            (stack has >= 2 words)
// Classes: 0 = SHIFT, 1 + 2k = LEFT(label k), 2 + 2k = RIGHT(label k).
#include <cstdint>
#include <vector>

namespace parley::syntax {

inline constexpr int kShift = 0;
inline int LeftClass(int label) { return 1 + 2 * label; }
inline int RightClass(int label) { return 2 + 2 * label; }
inline bool IsLeft(int cls) { return cls > 0 && (cls & 1) == 1; }
inline bool IsRight(int cls) { return cls > 0 && (cls & 1) == 0; }
inline int ClassLabel(int cls) { return (cls - 1) / 2; }

// Parser configuration. Per word (and ROOT): head, label, two leftmost and two
// rightmost children, valencies and the label sets of left and right children.
struct ParseState {
  int n = 0;
  int b0 = 0;
  std::vector<int32_t> stack;
  std::vector<int32_t> head;   // -1 unassigned
  std::vector<uint8_t> label;  // label index (model's)
  std::vector<int32_t> l1, l2, r1, r2;
  std::vector<uint8_t> lval, rval;
  std::vector<uint64_t> lset, rset;

  void Init(int num_words);
  bool Terminal() const { return stack.empty() && b0 == n; }
  int S(int k) const {  // k-th stack item from the top, or -1
    return k < static_cast<int>(stack.size()) ? stack[stack.size() - 1 - k] : -1;
  }
  bool Valid(int cls) const;
  void Apply(int cls);
  void AddArc(int h, int d, int lab);
};

// Cost of each class (number of gold arcs made unreachable; labels count) in the
// current state. gold_head uses n for ROOT. costs has 1 + 2 * num_labels entries;
// invalid classes get a large cost.
void OracleCosts(const ParseState& s, const std::vector<int32_t>& gold_head, const std::vector<uint8_t>& gold_label,
                 int num_labels, std::vector<int>* costs);

}  // namespace parley::syntax

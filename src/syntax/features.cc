// Tagger and parser feature templates: see features.h.
#include "syntax/features.h"

#include "syntax/weight_table.h"

namespace parley::syntax {
namespace {

constexpr uint64_t kK1 = 0x9e3779b97f4a7c15ULL;
constexpr uint64_t kK2 = 0xc2b2ae3d27d4eb4fULL;

inline uint64_t F(uint64_t t, uint64_t a) { return Mix64(a * kK1 + t); }
inline uint64_t F(uint64_t t, uint64_t a, uint64_t b) { return Mix64((a * kK1) ^ (b * kK2) ^ (t << 56) ^ t); }
inline uint64_t F(uint64_t t, uint64_t a, uint64_t b, uint64_t c) { return F(t, a, Mix64(b + c * kK1 + 1)); }

uint64_t HashBytes(const char* p, std::size_t n, bool lower) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (lower && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    h = (h ^ c) * 0x100000001b3ULL;
  }
  return Mix64(h + n);
}

constexpr uint64_t kNone = 0x5bd1e9955bd1e995ULL;  // atom for "no word here"
constexpr uint64_t kRootAtom = 0x27d4eb2f165667c5ULL;

}  // namespace

void ComputeAtoms(const std::vector<std::string_view>& forms, std::vector<WordAtoms>* out) {
  out->resize(forms.size());
  for (std::size_t w = 0; w < forms.size(); ++w) {
    std::string_view f = forms[w];
    WordAtoms& a = (*out)[w];
    a.form = HashBytes(f.data(), f.size(), false);
    a.lower = HashBytes(f.data(), f.size(), true);
    for (int k = 0; k < 3; ++k) a.pre[k] = HashBytes(f.data(), std::min<std::size_t>(f.size(), k + 1), true) + k;
    for (int k = 0; k < 4; ++k) {
      std::size_t len = std::min<std::size_t>(f.size(), k + 1);
      a.suf[k] = HashBytes(f.data() + f.size() - len, len, true) + 7 + k;
    }
    uint64_t shape = 0xcbf29ce484222325ULL;
    char last = 0;
    int run = 0;
    bool upper = false, lower = false, digit = false, hyphen = false;
    for (char ch : f) {
      unsigned char c = static_cast<unsigned char>(ch);
      char s = c >= 'A' && c <= 'Z'   ? 'X'
               : c >= 'a' && c <= 'z' ? 'x'
               : c >= '0' && c <= '9' ? 'd'
               : c >= 0x80            ? 'u'
                                      : ch;
      upper |= s == 'X';
      lower |= s == 'x';
      digit |= s == 'd';
      hyphen |= ch == '-';
      run = s == last ? run + 1 : 1;
      last = s;
      if (run <= 3) shape = (shape ^ static_cast<unsigned char>(s)) * 0x100000001b3ULL;
    }
    a.shape = Mix64(shape);
    const unsigned char c0 = f.empty() ? 0 : static_cast<unsigned char>(f[0]);
    a.flags = (c0 >= 'A' && c0 <= 'Z' ? 1u : 0u) | (upper && !lower ? 2u : 0u) | (digit ? 4u : 0u) |
              (hyphen ? 8u : 0u) | (upper || lower ? 16u : 0u);
  }
}

int TaggerFeatures(const std::vector<WordAtoms>& words, const int8_t* dict_tags, int i, int prev1, int prev2,
                   uint64_t* out) {
  const int n = static_cast<int>(words.size());
  auto lower = [&](int j) { return j < 0 ? kNone : j >= n ? kNone + 1 : words[j].lower; };
  auto suf3 = [&](int j) { return j < 0 || j >= n ? kNone : words[j].suf[2]; };
  auto shape = [&](int j) { return j < 0 || j >= n ? kNone : words[j].shape; };
  const WordAtoms& w = words[i];
  const uint64_t p1 = static_cast<uint64_t>(prev1 + 1), p2 = static_cast<uint64_t>(prev2 + 1);
  int k = 0;
  out[k++] = F(1, 0);
  out[k++] = F(2, w.lower);
  out[k++] = F(3, w.form);
  for (int s = 0; s < 4; ++s) out[k++] = F(4 + s, w.suf[s]);
  for (int s = 0; s < 3; ++s) out[k++] = F(8 + s, w.pre[s]);
  out[k++] = F(11, w.shape);
  out[k++] = F(12, w.flags, i == 0);
  out[k++] = F(13, p1);
  out[k++] = F(14, p2);
  out[k++] = F(15, p1, p2);
  out[k++] = F(16, p1, w.lower);
  out[k++] = F(17, p1, w.suf[2]);
  out[k++] = F(18, lower(i - 1));
  out[k++] = F(19, suf3(i - 1));
  out[k++] = F(20, lower(i - 2));
  out[k++] = F(21, lower(i + 1));
  out[k++] = F(22, suf3(i + 1));
  out[k++] = F(23, lower(i + 2));
  out[k++] = F(24, lower(i - 1), w.lower);
  out[k++] = F(25, w.lower, lower(i + 1));
  out[k++] = F(26, shape(i - 1));
  out[k++] = F(27, shape(i + 1));
  out[k++] = F(28, p1, lower(i + 1));
  out[k++] = F(29, w.suf[2], lower(i + 1));
  out[k++] = F(30, suf3(i + 2));
  const uint64_t d1 = i + 1 < n ? static_cast<uint64_t>(dict_tags[i + 1] + 2) : 0;
  const uint64_t d2 = i + 2 < n ? static_cast<uint64_t>(dict_tags[i + 2] + 2) : 0;
  out[k++] = F(31, d1);
  out[k++] = F(32, d1, d2);
  out[k++] = F(33, p1, d1);
  out[k++] = F(34, w.lower, d1);
  return k;
}

namespace {

// Per-position atoms for the parser: word, tag, label of the arc into it.
struct Pos {
  uint64_t w, p, l;
};

inline Pos At(const std::vector<WordAtoms>& words, const uint8_t* tags, const ParseState& s, int i) {
  if (i < 0) return {kNone, 100, 100};
  if (i >= s.n) return {kRootAtom, 101, 101};
  return {words[i].lower, tags[i], s.head[i] >= 0 ? s.label[i] : 100u};
}

}  // namespace

int ParserFeatures(const std::vector<WordAtoms>& words, const uint8_t* tags, const ParseState& s, uint64_t* out) {
  const int is0 = s.S(0), is1 = s.S(1), is2 = s.S(2);
  const int ib0 = s.b0, ib1 = s.b0 + 1 <= s.n ? s.b0 + 1 : -1, ib2 = s.b0 + 2 <= s.n ? s.b0 + 2 : -1;
  auto at = [&](int i) { return At(words, tags, s, i); };
  auto ch = [&](const std::vector<int32_t>& v, int i) { return i >= 0 ? v[i] : -1; };
  const Pos s0 = at(is0), s1 = at(is1), s2 = at(is2), b0 = at(ib0), b1 = at(ib1), b2 = at(ib2);
  const Pos s0l = at(ch(s.l1, is0)), s0l2 = at(ch(s.l2, is0)), s0r = at(ch(s.r1, is0)), s0r2 = at(ch(s.r2, is0));
  const Pos s1l = at(ch(s.l1, is1)), s1r = at(ch(s.r1, is1)), s1r2 = at(ch(s.r2, is1));
  const Pos b0l = at(ch(s.l1, ib0)), b0l2 = at(ch(s.l2, ib0));
  const uint64_t dist = is0 < 0 ? 0 : std::min(ib0 - is0, 6);
  const uint64_t dist01 = is1 < 0 ? 0 : std::min(is0 - is1, 6);
  const uint64_t s0vl = is0 < 0 ? 0 : s.lval[is0], s0vr = is0 < 0 ? 0 : s.rval[is0];
  const uint64_t b0vl = s.lval[ib0], s1vr = is1 < 0 ? 0 : s.rval[is1];
  const uint64_t s0ls = is0 < 0 ? 0 : s.lset[is0], s0rs = is0 < 0 ? 0 : s.rset[is0];
  const uint64_t b0ls = s.lset[ib0], s1rs = is1 < 0 ? 0 : s.rset[is1];
  int k = 0;
  out[k++] = F(100, 0);
  // Single words.
  out[k++] = F(101, s0.w, s0.p);
  out[k++] = F(102, s0.w);
  out[k++] = F(103, s0.p);
  out[k++] = F(104, s1.w, s1.p);
  out[k++] = F(105, s1.w);
  out[k++] = F(106, s1.p);
  out[k++] = F(107, b0.w, b0.p);
  out[k++] = F(108, b0.w);
  out[k++] = F(109, b0.p);
  out[k++] = F(111, b1.w);
  out[k++] = F(112, b1.p);
  out[k++] = F(115, b2.p);
  out[k++] = F(117, s2.p);
  // Pairs.
  out[k++] = F(120, s0.w, s0.p, b0.w * 31 + b0.p);
  out[k++] = F(121, s0.w, s0.p, b0.w);
  out[k++] = F(122, s0.w, b0.w, b0.p);
  out[k++] = F(123, s0.w, s0.p, b0.p);
  out[k++] = F(124, s0.p, b0.w, b0.p);
  out[k++] = F(125, s0.w, b0.w);
  out[k++] = F(126, s0.p, b0.p);
  out[k++] = F(127, b0.p, b1.p);
  out[k++] = F(128, s1.w, s1.p, s0.w * 31 + s0.p);
  out[k++] = F(129, s1.w, s0.w);
  out[k++] = F(130, s1.p, s0.p);
  out[k++] = F(131, s1.w, s0.p);
  out[k++] = F(132, s1.p, s0.w);
  out[k++] = F(133, s1.p, b0.p);
  // Triples of tags.
  out[k++] = F(140, b0.p, b1.p, b2.p);
  out[k++] = F(141, s0.p, b0.p, b1.p);
  out[k++] = F(142, s1.p, s0.p, b0.p);
  out[k++] = F(143, s0.p, s0l.p, b0.p);
  out[k++] = F(144, s0.p, s0r.p, b0.p);
  out[k++] = F(145, s0.p, b0.p, b0l.p);
  out[k++] = F(146, s2.p, s1.p, s0.p);
  out[k++] = F(147, s1.p, s1r.p, s0.p);
  out[k++] = F(148, s1.p, s0.p, s0l.p);
  out[k++] = F(149, s1.p, s0.p, s0r.p);
  // Distance.
  out[k++] = F(150, s0.w, dist);
  out[k++] = F(151, s0.p, dist);
  out[k++] = F(152, b0.w, dist);
  out[k++] = F(153, b0.p, dist);
  out[k++] = F(154, s0.w, b0.w, dist);
  out[k++] = F(155, s0.p, b0.p, dist);
  out[k++] = F(156, s1.p, s0.p, dist01);
  // Valency.
  out[k++] = F(160, s0.w, s0vr);
  out[k++] = F(161, s0.p, s0vr);
  out[k++] = F(163, s0.p, s0vl);
  out[k++] = F(164, b0.w, b0vl);
  out[k++] = F(165, b0.p, b0vl);
  out[k++] = F(166, s1.p, s1vr);
  // Children: words, tags, labels.
  out[k++] = F(170, s0l.w);
  out[k++] = F(171, s0l.p);
  out[k++] = F(172, s0l.l);
  out[k++] = F(173, s0r.w);
  out[k++] = F(174, s0r.p);
  out[k++] = F(175, s0r.l);
  out[k++] = F(176, b0l.w);
  out[k++] = F(177, b0l.p);
  out[k++] = F(178, b0l.l);
  out[k++] = F(179, s1l.p, s1l.l);
  out[k++] = F(180, s1r.w);
  out[k++] = F(181, s1r.p);
  out[k++] = F(182, s1r.l);
  out[k++] = F(192, s0.p, s0l.l, s0l2.l);
  out[k++] = F(193, s0.p, s0r.l, s0r2.l);
  out[k++] = F(194, b0.p, b0l.l, b0l2.l);
  out[k++] = F(195, s1.p, s1r.l, s1r2.l);
  // Label sets.
  out[k++] = F(200, s0.w, s0rs);
  out[k++] = F(201, s0.p, s0rs);
  out[k++] = F(203, s0.p, s0ls);
  out[k++] = F(205, b0.p, b0ls);
  out[k++] = F(206, s1.p, s1rs);
  return k;
}

}  // namespace parley::syntax

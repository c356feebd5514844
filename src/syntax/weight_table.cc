// WeightTable: see weight_table.h.
#include "syntax/weight_table.h"

#include <immintrin.h>
#include <sys/mman.h>

#include <cstring>

namespace parley::syntax {

// The layout Score() uses after Prepare(): one anonymous mapping, 2 MB aligned and
// advised for transparent huge pages (the tables are read at random, so with 4 KB pages
// nearly every lookup also misses the TLB), holding two open-addressing tables that
// split the features between them (each feature is in exactly one, so a lookup finds
// what the file layout finds):
//   hot     the features with long rows (the frequent ones: about 70% of the parser's
//           lookups hit one), small enough to stay in cache; row = 1 + dense row index
//   cold    the others; row = 1 + the offset of a sparse row in `sparse`
//   sparse  the short rows, as in rows_ (count, then packed entries)
//   dense   the long rows as int16[width], width = classes rounded up to 32 (zeros
//           for the classes a row lacks), 64-byte aligned
// Slots are found as in the file layout: fingerprint & mask, then linear probing.
struct WeightTable::Runtime {
  void* map = nullptr;
  std::size_t map_bytes = 0;
  const WeightSlot* hot = nullptr;
  const WeightSlot* cold = nullptr;
  const uint32_t* sparse = nullptr;
  const int16_t* dense = nullptr;
  std::size_t hot_mask = 0, cold_mask = 0;
  int width = 0;
  ~Runtime() {
    if (map != nullptr) munmap(map, map_bytes);
  }
};

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Sums n dense rows of `width` int16 (a multiple of 32, rows 64-byte aligned) into
// acc[0, width). Column blocks outside, rows inside, so a block's sums stay in registers.
void AddDenseRowsScalar(const int16_t* const* rows, int n, int width, int32_t* acc) {
  for (int c = 0; c < width; c += 32) {
    int32_t a[32] = {};
    for (int r = 0; r < n; ++r) {
      for (int k = 0; k < 32; ++k) a[k] += rows[r][c + k];
    }
    std::memcpy(acc + c, a, sizeof(a));
  }
}

// 32 columns starting at c: four accumulators of 8 int32.
__attribute__((target("avx2"))) inline void AddBlock32(const int16_t* const* rows, int n, int c, int32_t* acc) {
  __m256i a0 = _mm256_setzero_si256(), a1 = a0, a2 = a0, a3 = a0;
  for (int r = 0; r < n; ++r) {
    const __m256i x = _mm256_load_si256(reinterpret_cast<const __m256i*>(rows[r] + c));
    const __m256i y = _mm256_load_si256(reinterpret_cast<const __m256i*>(rows[r] + c + 16));
    a0 = _mm256_add_epi32(a0, _mm256_cvtepi16_epi32(_mm256_castsi256_si128(x)));
    a1 = _mm256_add_epi32(a1, _mm256_cvtepi16_epi32(_mm256_extracti128_si256(x, 1)));
    a2 = _mm256_add_epi32(a2, _mm256_cvtepi16_epi32(_mm256_castsi256_si128(y)));
    a3 = _mm256_add_epi32(a3, _mm256_cvtepi16_epi32(_mm256_extracti128_si256(y, 1)));
  }
  _mm256_store_si256(reinterpret_cast<__m256i*>(acc + c), a0);
  _mm256_store_si256(reinterpret_cast<__m256i*>(acc + c + 8), a1);
  _mm256_store_si256(reinterpret_cast<__m256i*>(acc + c + 16), a2);
  _mm256_store_si256(reinterpret_cast<__m256i*>(acc + c + 24), a3);
}

// 64 columns starting at c: eight accumulators.
__attribute__((target("avx2"))) inline void AddBlock64(const int16_t* const* rows, int n, int c, int32_t* acc) {
  __m256i a[8];
  for (__m256i& v : a) v = _mm256_setzero_si256();
  for (int r = 0; r < n; ++r) {
    const int16_t* row = rows[r] + c;
    for (int q = 0; q < 4; ++q) {
      const __m256i x = _mm256_load_si256(reinterpret_cast<const __m256i*>(row + 16 * q));
      a[2 * q] = _mm256_add_epi32(a[2 * q], _mm256_cvtepi16_epi32(_mm256_castsi256_si128(x)));
      a[2 * q + 1] = _mm256_add_epi32(a[2 * q + 1], _mm256_cvtepi16_epi32(_mm256_extracti128_si256(x, 1)));
    }
  }
  for (int q = 0; q < 8; ++q) _mm256_store_si256(reinterpret_cast<__m256i*>(acc + c + 8 * q), a[q]);
}

__attribute__((target("avx2"))) void AddDenseRowsAvx2(const int16_t* const* rows, int n, int width, int32_t* acc) {
  int c = 0;
  for (; c + 64 <= width; c += 64) AddBlock64(rows, n, c, acc);
  if (c < width) AddBlock32(rows, n, c, acc);
}

// AVX-512: 16 columns per register, so the parser's 128 columns take one pass with
// eight accumulators (half the instructions of AVX2).
template <int kRegs>
__attribute__((target("avx512f"))) inline void AddBlockAvx512(const int16_t* const* rows, int n, int c, int32_t* acc) {
  __m512i a[kRegs];
  for (__m512i& v : a) v = _mm512_setzero_si512();
  for (int r = 0; r < n; ++r) {
    const int16_t* row = rows[r] + c;
    for (int q = 0; q < kRegs; ++q) {
      const __m256i x = _mm256_load_si256(reinterpret_cast<const __m256i*>(row + 16 * q));
      a[q] = _mm512_add_epi32(a[q], _mm512_maskz_cvtepi16_epi32(0xffff, x));  // (maskz: GCC 12 warns on the plain form)
    }
  }
  for (int q = 0; q < kRegs; ++q) _mm512_store_si512(reinterpret_cast<__m512i*>(acc + c + 16 * q), a[q]);
}

__attribute__((target("avx512f"))) void AddDenseRowsAvx512(const int16_t* const* rows, int n, int width, int32_t* acc) {
  int c = 0;
  for (; c + 128 <= width; c += 128) AddBlockAvx512<8>(rows, n, c, acc);
  for (; c < width; c += 32) AddBlockAvx512<2>(rows, n, c, acc);
}

// (Static initialisers: __builtin_cpu_init() must run first.)
const bool kHaveAvx2 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}();
const bool kHaveAvx512 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") != 0;
}();

void AddDenseRows(const int16_t* const* rows, int n, int width, int32_t* acc) {
  if (kHaveAvx512) {
    AddDenseRowsAvx512(rows, n, width, acc);
  } else if (kHaveAvx2) {
    AddDenseRowsAvx2(rows, n, width, acc);
  } else {
    AddDenseRowsScalar(rows, n, width, acc);
  }
}

// Probes the open-addressing table `slots` (`mask`) for the fingerprints fp(0) ..
// fp(n - 1) and stores the sparse row of each one found (rows + slot.row - 1), after
// prefetching it, in found[]; returns how many it found. Used by both layouts.
template <class Fingerprint>
inline int FindSparseRows(const WeightSlot* slots, std::size_t mask, const uint32_t* rows, int n, Fingerprint fp,
                          const uint32_t** found) {
  int m = 0;
  for (int f = 0; f < n; ++f) {
    const uint32_t key = fp(f);
    for (std::size_t i = key & mask; slots[i].row != 0; i = (i + 1) & mask) {
      if (slots[i].fingerprint == key) {
        const uint32_t* row = rows + slots[i].row - 1;
        __builtin_prefetch(row);
        found[m++] = row;
        break;
      }
    }
  }
  return m;
}

// Adds sparse rows (a count, then entries: the class in the low byte, the int16 weight
// in the high half) to scores, one entry at a time.
inline void AddSparseRows(const uint32_t* const* found, int m, int32_t* scores) {
  for (int r = 0; r < m; ++r) {
    const uint32_t* row = found[r];
    const uint32_t count = row[0];
    for (uint32_t k = 1; k <= count; ++k) scores[row[k] & 0xff] += static_cast<int16_t>(row[k] >> 16);
  }
}

}  // namespace

void WeightTable::Prepare() {
  runtime_.reset();
  if (slots_.empty() || num_classes_ <= 0) return;
  auto rt = std::make_shared<Runtime>();
  rt->width = (num_classes_ + 31) / 32 * 32;
  // A row is dense when its int16 vector is at most 4x the bytes of its sparse form
  // (at least 4 entries): long rows are the frequent features.
  const uint32_t dense_min = static_cast<uint32_t>(rt->width / 16 < 4 ? 4 : rt->width / 16);
  std::size_t num_dense = 0, num_sparse = 0, sparse_words = 0;
  for (const WeightSlot& s : slots_) {
    if (s.row == 0) continue;
    const uint32_t count = rows_[s.row - 1];
    if (count >= dense_min) {
      ++num_dense;
    } else {
      ++num_sparse;
      sparse_words += 1 + count;
    }
  }
  auto table_size = [](std::size_t n) {  // a power of two, load <= 0.75 (as Reserve)
    std::size_t size = 16;
    while (size * 3 < n * 4) size <<= 1;
    return size;
  };
  const std::size_t hot_size = table_size(num_dense), cold_size = table_size(num_sparse);
  auto round64 = [](std::size_t b) { return (b + 63) / 64 * 64; };
  const std::size_t hot_bytes = round64(hot_size * sizeof(WeightSlot));
  const std::size_t cold_bytes = round64(cold_size * sizeof(WeightSlot));
  const std::size_t sparse_bytes = round64(sparse_words * sizeof(uint32_t));
  const std::size_t dense_bytes = num_dense * static_cast<std::size_t>(rt->width) * sizeof(int16_t);
  const std::size_t bytes = hot_bytes + cold_bytes + sparse_bytes + dense_bytes;
  rt->map_bytes = bytes + kHugePage;
  void* map = mmap(nullptr, rt->map_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (map == MAP_FAILED) return;  // Score() keeps using the file layout
  rt->map = map;
  char* base = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(map) + kHugePage - 1) & ~(kHugePage - 1));
  madvise(base, bytes, MADV_HUGEPAGE);  // advice only: without huge pages it still works
  // Zero-filled by mmap: empty slots, zero weights.
  auto* hot = reinterpret_cast<WeightSlot*>(base);
  auto* cold = reinterpret_cast<WeightSlot*>(base + hot_bytes);
  auto* sparse = reinterpret_cast<uint32_t*>(base + hot_bytes + cold_bytes);
  auto* dense = reinterpret_cast<int16_t*>(base + hot_bytes + cold_bytes + sparse_bytes);
  auto insert = [](WeightSlot* table, std::size_t mask, uint32_t fp, uint32_t row) {
    std::size_t i = fp & mask;
    while (table[i].row != 0) i = (i + 1) & mask;
    table[i].fingerprint = fp;
    table[i].row = row;
  };
  std::size_t next_sparse = 0, next_dense = 0;
  for (const WeightSlot& s : slots_) {  // slot order: deterministic
    if (s.row == 0) continue;
    const uint32_t* row = rows_.data() + s.row - 1;
    const uint32_t count = row[0];
    if (count >= dense_min) {
      int16_t* d = dense + next_dense * static_cast<std::size_t>(rt->width);
      for (uint32_t k = 1; k <= count; ++k) d[row[k] & 0xff] = static_cast<int16_t>(row[k] >> 16);
      insert(hot, hot_size - 1, s.fingerprint, static_cast<uint32_t>(++next_dense));
    } else {
      std::memcpy(sparse + next_sparse, row, (1 + count) * sizeof(uint32_t));
      insert(cold, cold_size - 1, s.fingerprint, static_cast<uint32_t>(next_sparse + 1));
      next_sparse += 1 + count;
    }
  }
  rt->hot = hot;
  rt->cold = cold;
  rt->sparse = sparse;
  rt->dense = dense;
  rt->hot_mask = hot_size - 1;
  rt->cold_mask = cold_size - 1;
  runtime_ = std::move(rt);
}

void WeightTable::Reserve(std::size_t features, int num_classes) {
  std::size_t size = 16;
  while (size * 3 < features * 4) size <<= 1;  // load factor <= 0.75
  slots_.assign(size, WeightSlot());
  rows_.clear();
  num_classes_ = num_classes;
  num_features_ = 0;
  runtime_.reset();
}

void WeightTable::Add(uint64_t feature, const uint8_t* classes, const int16_t* weights, int count) {
  const std::size_t mask = slots_.size() - 1;
  const uint32_t fp = static_cast<uint32_t>(feature >> 32);
  std::size_t i = fp & mask;
  runtime_.reset();
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
  if (runtime_) {
    ScorePrepared(features, n, scores);
    return;
  }
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
    const uint64_t* batch = features + base;
    const int m = FindSparseRows(
        slots, mask, rows, end - base, [batch](int f) { return static_cast<uint32_t>(batch[f] >> 32); }, found);
    AddSparseRows(found, m, scores);
  }
}

void WeightTable::ScorePrepared(const uint64_t* features, int n, int32_t* scores) const {
  const Runtime& rt = *runtime_;
  const WeightSlot* hot = rt.hot;
  const WeightSlot* cold = rt.cold;
  const std::size_t hot_mask = rt.hot_mask, cold_mask = rt.cold_mask;
  const int width = rt.width;
  const std::size_t row_bytes = static_cast<std::size_t>(width) * sizeof(int16_t);
  // Passes, so that the cache misses of a call overlap instead of queueing: prefetch
  // every hot slot; probe the hot table, prefetching the dense rows found and the cold
  // slots of the features not found; probe the cold table, prefetching the sparse rows;
  // then add the sparse rows one entry at a time and the dense rows with SIMD.
  constexpr int kBatch = 128;
  uint32_t cold_fp[kBatch];
  const uint32_t* sparse[kBatch];
  const int16_t* dense[kBatch];
  alignas(64) int32_t acc[256];
  for (int base = 0; base < n; base += kBatch) {
    const int end = n - base < kBatch ? n : base + kBatch;
    for (int f = base; f < end; ++f) __builtin_prefetch(&hot[(features[f] >> 32) & hot_mask]);
    int nc = 0, nd = 0;
    for (int f = base; f < end; ++f) {
      const uint32_t fp = static_cast<uint32_t>(features[f] >> 32);
      std::size_t i = fp & hot_mask;
      for (;;) {
        const WeightSlot slot = hot[i];
        if (slot.row == 0) {
          __builtin_prefetch(&cold[fp & cold_mask]);
          cold_fp[nc++] = fp;
          break;
        }
        if (slot.fingerprint == fp) {
          const int16_t* d = rt.dense + static_cast<std::size_t>(slot.row - 1) * width;
          for (std::size_t b = 0; b < row_bytes; b += 64) __builtin_prefetch(reinterpret_cast<const char*>(d) + b);
          dense[nd++] = d;
          break;
        }
        i = (i + 1) & hot_mask;
      }
    }
    const int ns = FindSparseRows(
        cold, cold_mask, rt.sparse, nc, [&cold_fp](int c) { return cold_fp[c]; }, sparse);
    AddSparseRows(sparse, ns, scores);
    if (nd > 0) {
      AddDenseRows(dense, nd, width, acc);
      for (int c = 0; c < num_classes_; ++c) scores[c] += acc[c];
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

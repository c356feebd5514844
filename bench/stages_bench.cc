// Per-stage benchmarks (Google Benchmark) on sentences of the shared newswire corpus:
// dictionary load, tokenizing, sentence splitting, and the whole coder.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "parley/parley.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

std::vector<std::string> CorpusTexts() {
  static std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    const char* env = std::getenv("PARLEY_SHARED");
    std::string path =
        std::string(env && *env ? env : PARLEY_SOURCE_DIR "/../shared") + "/corpus/wikinews_2019_2020.jsonl";
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_discarded() && j.contains("text") && j["text"].is_string()) out.push_back(j["text"]);
    }
    return out;
  }();
  return texts;
}

std::size_t TotalBytes(const std::vector<std::string>& texts) {
  std::size_t n = 0;
  for (const auto& t : texts) n += t.size();
  return n;
}

void BM_DictionaryLoad(benchmark::State& state) {
  for (auto _ : state) {
    std::vector<parley::Diagnostic> diags;
    auto lex = parley::Lexicon::Load(PARLEY_SOURCE_DIR "/data", &diags);
    benchmark::DoNotOptimize(lex.ok());
  }
}
BENCHMARK(BM_DictionaryLoad)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const auto& texts = CorpusTexts();
  if (texts.empty()) {
    state.SkipWithError("../shared/corpus absent");
    return;
  }
  parley::text::TokenizedText tt;
  for (auto _ : state)
    for (const auto& t : texts) {
      tt.Clear();
      parley::text::Tokenize(t, 0, t.size(), &tt, nullptr);
      benchmark::DoNotOptimize(tt.tokens.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(texts)));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_TokenizeAndSplit(benchmark::State& state) {
  const auto& texts = CorpusTexts();
  if (texts.empty()) {
    state.SkipWithError("../shared/corpus absent");
    return;
  }
  parley::text::TokenizedText tt;
  std::vector<parley::text::SentenceSpan> spans;
  std::size_t sentences = 0;
  for (auto _ : state)
    for (const auto& t : texts) {
      tt.Clear();
      spans.clear();
      parley::text::Tokenize(t, 0, t.size(), &tt, nullptr);
      parley::text::SplitSentences(tt, 200, &spans);
      sentences += spans.size();
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(texts)));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond);

void BM_CodeStories(benchmark::State& state) {
  const auto& texts = CorpusTexts();
  if (texts.empty()) {
    state.SkipWithError("../shared/corpus absent");
    return;
  }
  std::vector<parley::Diagnostic> diags;
  auto lex = parley::Lexicon::Load(PARLEY_SOURCE_DIR "/data", &diags);
  parley::Coder coder(lex.value());
  parley::CodeStats stats;
  for (auto _ : state)
    for (const auto& t : texts) {
      parley::Story s;
      s.text = t;
      s.body_end = t.size();
      benchmark::DoNotOptimize(coder.Code(s, &stats));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(texts)));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(stats.sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CodeStories)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

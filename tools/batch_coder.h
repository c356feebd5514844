#pragma once
// Codes batches of stories on N threads, each thread with its own Coder; results come
// back in input order. Used by `parley code` and `parley ingest`.
#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "parley/parley.h"

namespace parley::cli {

class BatchCoder {
 public:
  BatchCoder(std::shared_ptr<const Lexicon> lex, const CodeOptions& options, int jobs) {
    for (int i = 0; i < std::max(1, jobs); ++i) coders_.push_back(std::make_unique<Coder>(lex, options));
    stats_.resize(coders_.size());
  }
  void Code(const std::vector<Story>& stories, std::vector<std::vector<Event>>* out) {
    out->assign(stories.size(), {});
    std::size_t n = coders_.size();
    if (n == 1 || stories.size() < 2) {
      for (std::size_t i = 0; i < stories.size(); ++i) (*out)[i] = coders_[0]->Code(stories[i], &stats_[0]);
      return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < n; ++t)
      threads.emplace_back([&, t]() {
        for (std::size_t i; (i = next.fetch_add(1)) < stories.size();)
          (*out)[i] = coders_[t]->Code(stories[i], &stats_[t]);
      });
    for (auto& th : threads) th.join();
  }
  CodeStats Totals() const {
    CodeStats s;
    for (const auto& x : stats_) s += x;
    return s;
  }

 private:
  std::vector<std::unique_ptr<Coder>> coders_;
  std::vector<CodeStats> stats_;
};

}  // namespace parley::cli

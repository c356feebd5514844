#pragma once
// BatchCoder: codes batches of stories on N threads, each thread with its own Coder,
// all sharing one Lexicon; results come back in input order. The threads start once
// and wait for work between batches. Used by `parley code` and `parley ingest`.
//
//   parley::BatchCoder coder(lexicon, options, /*jobs=*/4);
//   std::vector<std::vector<parley::Event>> events;
//   coder.Code(stories, &events);            // events[i] belong to stories[i]
//
// One thread drives a BatchCoder: Code(), Start()/Wait() and Totals() must not be
// called from several threads at once.
#include <memory>
#include <vector>

#include "parley/coder.h"

namespace parley {

class BatchCoderPool;

class BatchCoder {
 public:
  // `jobs` coding threads (at least 1). With 1 job everything runs on the caller's
  // thread and no thread is started.
  BatchCoder(std::shared_ptr<const Lexicon> lexicon, const CodeOptions& options, int jobs);
  ~BatchCoder();
  BatchCoder(const BatchCoder&) = delete;
  BatchCoder& operator=(const BatchCoder&) = delete;

  // Codes `stories` into (*results)[i] and returns when all are done.
  void Code(const std::vector<Story>& stories, std::vector<std::vector<Event>>* results);
  // Starts coding `stories` and returns at once when there are worker threads (with
  // one job it codes before returning). `stories` and `results` must stay untouched
  // until Wait() returns.
  void Start(const std::vector<Story>& stories, std::vector<std::vector<Event>>* results);
  // Waits for the batch Start() began, if any.
  void Wait();
  // The counters of all threads added up. Call it while no batch is in flight.
  CodeStats Totals() const;

 private:
  std::vector<std::unique_ptr<Coder>> coders_;
  std::vector<CodeStats> stats_;          // one per coder
  std::unique_ptr<BatchCoderPool> pool_;  // null with one job
};

}  // namespace parley

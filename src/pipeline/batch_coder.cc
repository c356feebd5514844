#include "parley/batch_coder.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace parley {

// Worker threads that run one job at a time: every worker calls job(t) with its own
// index t, and Wait() returns when all of them have returned.
class BatchCoderPool {
 public:
  explicit BatchCoderPool(std::size_t threads) {
    for (std::size_t t = 0; t < threads; ++t) threads_.emplace_back([this, t]() { Loop(t); });
  }
  ~BatchCoderPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      quit_ = true;
    }
    start_cv_.notify_all();
    for (std::thread& th : threads_) th.join();
  }
  void Start(std::function<void(std::size_t)> job) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      job_ = std::move(job);
      running_ = threads_.size();
      ++generation_;
    }
    start_cv_.notify_all();
  }
  void Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    done_cv_.wait(lock, [this]() { return running_ == 0; });
  }

 private:
  void Loop(std::size_t t) {
    std::uint64_t seen = 0;
    for (;;) {
      std::function<void(std::size_t)>* job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        start_cv_.wait(lock, [&]() { return quit_ || generation_ != seen; });
        if (quit_) return;
        seen = generation_;
        job = &job_;
      }
      (*job)(t);
      std::lock_guard<std::mutex> lock(mu_);
      if (--running_ == 0) done_cv_.notify_all();
    }
  }

  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable start_cv_, done_cv_;
  std::function<void(std::size_t)> job_;  // guarded by mu_; read by workers while running_ > 0
  std::size_t running_ = 0;
  std::uint64_t generation_ = 0;
  bool quit_ = false;
};

BatchCoder::BatchCoder(std::shared_ptr<const Lexicon> lexicon, const CodeOptions& options, int jobs) {
  for (int i = 0; i < std::max(1, jobs); ++i) coders_.push_back(std::make_unique<Coder>(lexicon, options));
  stats_.resize(coders_.size());
  if (coders_.size() > 1) pool_ = std::make_unique<BatchCoderPool>(coders_.size());
}

BatchCoder::~BatchCoder() = default;

void BatchCoder::Start(const std::vector<Story>& stories, std::vector<std::vector<Event>>* results) {
  results->assign(stories.size(), {});
  if (!pool_) {
    for (std::size_t i = 0; i < stories.size(); ++i) (*results)[i] = coders_[0]->Code(stories[i], &stats_[0]);
    return;
  }
  auto next = std::make_shared<std::atomic<std::size_t>>(0);
  pool_->Start([this, next, &stories, results](std::size_t t) {
    for (std::size_t i; (i = next->fetch_add(1)) < stories.size();)
      (*results)[i] = coders_[t]->Code(stories[i], &stats_[t]);
  });
}

void BatchCoder::Wait() {
  if (pool_) pool_->Wait();
}

void BatchCoder::Code(const std::vector<Story>& stories, std::vector<std::vector<Event>>* results) {
  Start(stories, results);
  Wait();
}

CodeStats BatchCoder::Totals() const {
  CodeStats s;
  for (const CodeStats& x : stats_) s += x;
  return s;
}

}  // namespace parley

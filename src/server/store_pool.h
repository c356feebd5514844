#pragma once
// Read-only event stores for the HTTP API's workers: leased per request, reused.
// Thread-safe.
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "parley/store.h"

namespace parley::server {

// Read-only stores, one per concurrent request, created when needed and reused.
class StorePool {
 public:
  explicit StorePool(std::string location) : location_(std::move(location)) {}
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<EventStore> s) : pool_(pool), store_(std::move(s)) {}
    ~Lease() {
      if (store_) pool_->Return(std::move(store_));
    }
    Lease(Lease&&) = default;
    EventStore* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<EventStore> store_;
  };
  Result<Lease> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        auto s = std::move(free_.back());
        free_.pop_back();
        return Lease(this, std::move(s));
      }
    }
    auto s = EventStore::Open(location_, /*read_only=*/true);
    if (!s.ok()) return s.status();
    return Lease(this, std::move(s).value());
  }

 private:
  void Return(std::unique_ptr<EventStore> s) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(s));
  }
  std::string location_;
  std::mutex mu_;
  std::vector<std::unique_ptr<EventStore>> free_;
};

}  // namespace parley::server

#pragma once
// The HTTP API's response cache, keyed by server::CacheKey (query_params.h). Thread-safe.
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace parley::server {

// Responses of the read endpoints, valid while the store's change mark stays the same
// (EventStore::ChangeMark): exact, never stale. Bounded: cleared when full.
class ResponseCache {
 public:
  bool Find(const std::string& key, std::int64_t mark, std::string* body) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = map_.find(key);
    if (it == map_.end() || it->second.first != mark) return false;
    *body = it->second.second;
    return true;
  }
  void Put(const std::string& key, std::int64_t mark, std::string body) {
    std::lock_guard<std::mutex> lock(mu_);
    if (map_.size() >= kMaxEntries || bytes_ > kMaxBytes) map_.clear(), bytes_ = 0;
    bytes_ += body.size();
    map_[key] = {mark, std::move(body)};
  }

 private:
  static constexpr std::size_t kMaxEntries = 4096, kMaxBytes = 64u << 20;
  std::mutex mu_;
  std::unordered_map<std::string, std::pair<std::int64_t, std::string>> map_;
  std::size_t bytes_ = 0;
};

}  // namespace parley::server

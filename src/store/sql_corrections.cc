#include "store/sql_corrections.h"

#include <fmt/format.h>

#include <unordered_map>

#include "store/sql_store.h"

namespace parley::store {
namespace {

constexpr std::size_t kChunk = 500;

// The latest correction of each of `ids` that has one.
std::unordered_map<std::int64_t, Correction> Latest(SqlConnection& db, const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, Correction> out;
  if (ids.empty() || !db.Prepare("SELECT 1 FROM corrections LIMIT 1")->Step()) return out;
  for (std::size_t begin = 0; begin < ids.size(); begin += kChunk) {
    std::size_t end = std::min(ids.size(), begin + kChunk);
    std::string list;
    for (std::size_t i = begin; i < end; ++i) list += fmt::format("{}?{}", i == begin ? "" : ", ", i - begin + 1);
    auto s = db.Prepare(fmt::format(
        "SELECT {} FROM corrections c WHERE c.event_id IN ({}) AND c.correction_id = "
        "(SELECT MAX(correction_id) FROM corrections c2 WHERE c2.event_id = c.event_id)",
        kCorrectionColumns, list));
    for (std::size_t i = begin; i < end; ++i) s->Bind(static_cast<int>(i - begin + 1), ids[i]);
    while (s->Step()) {
      Correction c = ReadCorrection(*s);
      out[c.event_id] = std::move(c);
    }
  }
  return out;
}

template <typename T>
void Attach(SqlConnection& db, std::vector<T>* events) {
  std::vector<std::int64_t> ids;
  for (const T& e : *events) ids.push_back(e.event_id);
  auto latest = Latest(db, ids);
  for (T& e : *events)
    if (auto it = latest.find(e.event_id); it != latest.end()) e.correction = it->second;
}

std::optional<std::string> TextOrNull(const SqlStatement& s, int col) {
  if (s.IsNull(col)) return std::nullopt;
  return s.Text(col);
}

}  // namespace

const char* const kCorrectionColumns =
    "c.correction_id, c.event_id, c.created_at, c.author, c.reason, c.wrong, c.code, c.source, c.target";

Correction ReadCorrection(const SqlStatement& s, int first) {
  Correction c;
  c.correction_id = s.Int(first);
  c.event_id = s.Int(first + 1);
  c.created_at = s.Text(first + 2), c.author = s.Text(first + 3), c.reason = s.Text(first + 4);
  c.wrong = s.Int(first + 5) != 0;
  c.code = TextOrNull(s, first + 6), c.source = TextOrNull(s, first + 7), c.target = TextOrNull(s, first + 8);
  return c;
}

void AttachCorrections(SqlConnection& db, std::vector<StoredEvent>* events) { Attach(db, events); }
void AttachCorrections(SqlConnection& db, std::vector<EventBrief>* events) { Attach(db, events); }

Result<Correction> SqlStore::AddCorrection(const Correction& in) {
  return Guard([&]() -> Result<Correction> {
    if (read_only_) return Status::InvalidArgument("the event store is open read-only");
    if (std::string bad = CheckCorrection(in); !bad.empty()) return Status::InvalidArgument(bad);
    auto exists = db_->Prepare("SELECT 1 FROM events WHERE event_id = ?1");
    exists->Bind(1, in.event_id);
    if (!exists->Step()) return Status::NotFound(fmt::format("no event with id {}", in.event_id));
    exists->Reset();
    auto s = db_->Prepare(
        "INSERT INTO corrections(event_id, author, reason, wrong, code, source, target) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING correction_id, created_at");
    s->Bind(1, in.event_id).Bind(2, in.author).Bind(3, in.reason).Bind(4, std::int64_t{in.wrong ? 1 : 0});
    int col = 5;
    for (const auto* v : {&in.code, &in.source, &in.target}) {
      if (*v)
        s->Bind(col, std::string_view(**v));
      else
        s->BindNull(col);
      ++col;
    }
    if (!s->Step()) throw SqlError("correction not stored");
    Correction out = in;
    out.correction_id = s->Int(0);
    out.created_at = s->Text(1);
    s->Reset();
    return out;
  });
}

Result<std::vector<Correction>> SqlStore::Corrections(std::int64_t event_id) {
  return Guard([&]() -> Result<std::vector<Correction>> {
    auto s = db_->Prepare(
        event_id ? fmt::format("SELECT {} FROM corrections c WHERE c.event_id = ?1 ORDER BY c.correction_id DESC",
                               kCorrectionColumns)
                 : fmt::format("SELECT {} FROM corrections c WHERE c.correction_id = (SELECT MAX(correction_id) "
                               "FROM corrections c2 WHERE c2.event_id = c.event_id) ORDER BY c.event_id",
                               kCorrectionColumns));
    if (event_id) s->Bind(1, event_id);
    std::vector<Correction> out;
    while (s->Step()) out.push_back(ReadCorrection(*s));
    return out;
  });
}

}  // namespace parley::store

#include <charconv>
#include <nlohmann/json.hpp>

#include "parley/sink.h"
#include "sinks/stream_status.h"

namespace parley {
namespace {

// The length of the well-formed UTF-8 sequence at s[i] (Unicode, Table 3-7), or 0.
std::size_t Utf8Sequence(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned b0 = at(i), b1 = at(i + 1);
  auto tail = [](unsigned b) { return b >= 0x80 && b <= 0xBF; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return tail(b1) ? 2 : 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (b0 == 0xE0) lo = 0xA0;
  if (b0 == 0xED) hi = 0x9F;
  if (b0 == 0xF0) lo = 0x90;
  if (b0 == 0xF4) hi = 0x8F;
  if (b1 < lo || b1 > hi) return 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) return tail(at(i + 2)) ? 3 : 0;
  if (b0 >= 0xF0 && b0 <= 0xF4) return tail(at(i + 2)) && tail(at(i + 3)) ? 4 : 0;
  return 0;
}

// Appends JSON values as nlohmann::json's dump(-1, ' ', false, replace) writes them, to
// one string, without building a JSON object first (the sink writes every event).
class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(*out) {}
  JsonWriter& Key(std::string_view k) {
    out_ += first_ ? "\"" : ",\"";
    first_ = false;
    out_ += k;  // the keys below need no escapes
    out_ += "\":";
    return *this;
  }
  void Open() {
    out_ += '{';
    first_ = true;
  }
  void Close() {
    out_ += '}';
    first_ = false;
  }
  void Null() { out_ += "null"; }
  void Bool(bool b) { out_ += b ? "true" : "false"; }
  template <class Int>
  void Integer(Int v) {
    char buf[24];
    out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  }
  void Double(double v) { out_ += nlohmann::json(v).dump(); }  // nlohmann's own number format
  void String(std::string_view s);
  void TextOrNull(std::string_view s) { s.empty() ? Null() : String(s); }

 private:
  std::string& out_;
  bool first_ = true;
};

void JsonWriter::String(std::string_view s) {
  const std::size_t at = out_.size();
  out_ += '"';
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = Utf8Sequence(s, i);
      if (n == 0) {  // ill-formed: nlohmann's replacement rules decide
        out_.resize(at);
        out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      out_.append(s.substr(i, n));
      i += n;
      continue;
    }
    ++i;
    switch (c) {
      case '"':
        out_ += "\\\"";
        continue;
      case '\\':
        out_ += "\\\\";
        continue;
      case '\b':
        out_ += "\\b";
        continue;
      case '\f':
        out_ += "\\f";
        continue;
      case '\n':
        out_ += "\\n";
        continue;
      case '\r':
        out_ += "\\r";
        continue;
      case '\t':
        out_ += "\\t";
        continue;
      default:
        break;
    }
    if (c <= 0x1F) {
      static constexpr char kHex[] = "0123456789abcdef";
      const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out_.append(esc, sizeof esc);
    } else {
      out_ += static_cast<char>(c);
    }
  }
  out_ += '"';
}

void WriteSpan(JsonWriter& w, std::size_t start, std::size_t end, const std::string& text) {
  w.Open();
  w.Key("start").Integer(start);
  w.Key("end").Integer(end);
  w.Key("text").String(text);
  w.Close();
}

void WriteActor(JsonWriter& w, const std::string& prefix, const Actor& a) {
  w.Key(prefix).TextOrNull(a.code);  // null: no target named (GDELT leaves Actor2 blank)
  w.Key(prefix + "_country").TextOrNull(a.country);
  w.Key(prefix + "_agent").TextOrNull(a.agent);
  w.Key(prefix + "_text").String(a.text);
}

void WriteRef(JsonWriter& w, const std::optional<TextSpan>& r) {
  if (r)
    WriteSpan(w, r->start, r->end, r->text);
  else
    w.Null();
}

}  // namespace

// The fields in the order docs/OUTPUT.md gives them (and nlohmann::ordered_json kept).
std::string EventToJson(const Event& e) {
  std::string out;
  out.reserve(512 + e.evidence_text.size());
  JsonWriter w(&out);
  w.Open();
  w.Key("story_id").String(e.story_id);
  w.Key("sentence").Integer(e.sentence);
  w.Key("date").TextOrNull(e.date);
  w.Key("story_date").TextOrNull(e.story_date);
  w.Key("date_precision").TextOrNull(e.date_precision);
  w.Key("historical").Bool(e.historical);
  WriteActor(w, "source", e.source);
  WriteActor(w, "target", e.target);
  WriteRef(w.Key("source_ref"), e.source.ref);
  WriteRef(w.Key("target_ref"), e.target.ref);
  w.Key("code").String(e.code);
  w.Key("root").String(e.root);
  w.Key("quad_class").Integer(e.quad_class);
  w.Key("goldstein").Double(e.goldstein);
  w.Key("plover").String(e.plover);
  w.Key("modality").String(ModalityName(e.modality));
  w.Key("quantity");
  if (e.quantity) {
    w.Open();
    w.Key("value").Double(e.quantity->value);
    w.Key("unit").String(e.quantity->unit);
    w.Key("text").String(e.quantity->text);
    w.Close();
  } else {
    w.Null();
  }
  WriteSpan(w.Key("evidence"), e.evidence_begin, e.evidence_end, e.evidence_text);
  w.Key("mentions").Integer(e.mentions);
  w.Close();
  return out;
}

namespace {

class JsonlSink : public Sink {
 public:
  explicit JsonlSink(std::ostream* out) : out_(out) {}
  Status Write(const Story&, const std::vector<Event>& events) override {
    for (const Event& e : events) *out_ << EventToJson(e) << '\n';
    return sinks::StreamStatus(*out_);
  }
  Status End() override { return sinks::FlushStatus(*out_); }

 private:
  std::ostream* out_;
};

}  // namespace

std::unique_ptr<Sink> MakeJsonlSink(std::ostream* out) { return std::make_unique<JsonlSink>(out); }

}  // namespace parley

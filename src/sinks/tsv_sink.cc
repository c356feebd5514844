#include <fmt/format.h>

#include "parley/sink.h"
#include "sinks/stream_status.h"

namespace parley {
namespace {

// Tabs and line breaks inside a field become spaces so that columns stay aligned, and
// other control characters (ESC, DEL, the C1 range) too, so that an escape sequence in
// the news never reaches a terminal that shows the TSV (issue 20, D20). One space per
// byte: byte offsets into the evidence stay true.
std::string Field(const std::string& s) {
  std::string out = s;
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c < 0x20 || c == 0x7f) {
      out[i] = ' ';
    } else if (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(out[i + 1]) <= 0x9F) {
      out[i] = out[i + 1] = ' ';
    }
  }
  return out;
}

// "start\tend\ttext" of a resolved reference, or three empty fields.
std::string RefColumns(const std::optional<TextSpan>& r) {
  return r ? fmt::format("{}\t{}\t{}", r->start, r->end, Field(r->text)) : std::string("\t\t");
}

class TsvSink : public Sink {
 public:
  explicit TsvSink(std::ostream* out) : out_(out) {}
  Status Begin() override {
    *out_ << "story_id\tsentence\tdate\tsource\tsource_country\tsource_agent\ttarget\t"
             "target_country\ttarget_agent\tcode\troot\tquad_class\tgoldstein\tplover\tmodality\t"
             "quantity\tquantity_unit\tmentions\tevidence_start\tevidence_end\turl\tevidence\t"
             "story_date\tdate_precision\thistorical\tsource_ref_start\tsource_ref_end\tsource_ref\t"
             "target_ref_start\ttarget_ref_end\ttarget_ref\n";
    return sinks::StreamStatus(*out_);
  }
  Status Write(const Story& story, const std::vector<Event>& events) override {
    for (const Event& e : events) {
      *out_ << fmt::format(
          "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}"
          "\n",
          Field(e.story_id), e.sentence, e.date, e.source.code, e.source.country, e.source.agent, e.target.code,
          e.target.country, e.target.agent, e.code, e.root, e.quad_class, e.goldstein, Field(e.plover),
          ModalityName(e.modality), e.quantity ? fmt::format("{}", e.quantity->value) : "",
          e.quantity ? Field(e.quantity->unit) : "", e.mentions, e.evidence_begin, e.evidence_end, Field(story.url),
          Field(e.evidence_text), e.story_date, e.date_precision, e.historical ? "true" : "false",
          RefColumns(e.source.ref), RefColumns(e.target.ref));
    }
    return sinks::StreamStatus(*out_);
  }
  Status End() override { return sinks::FlushStatus(*out_); }

 private:
  std::ostream* out_;
};

}  // namespace

std::unique_ptr<Sink> MakeTsvSink(std::ostream* out) { return std::make_unique<TsvSink>(out); }

}  // namespace parley

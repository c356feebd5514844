#include "server/code_request.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "parley/reader.h"

namespace parley::server {

namespace {

// The text as `parley code` reads a plain-text story (ParseTextStory): a leading
// `date YYYY-MM-DD` line gives the date, a trailing `Source: [title](url)` line the
// title and URL, and neither is coded (nor part of any evidence). A date, title or URL
// given beside the text wins over the one in it.
Status ReadText(Story* story) {
  auto parsed = ParseTextStory(std::move(story->text), "pasted");
  if (!parsed.ok()) {
    std::string msg = parsed.status().message();  // "pasted:1: unknown date ..." or "pasted: binary ..."
    if (msg.starts_with("pasted:")) msg.erase(0, 7);
    return Status::InvalidArgument((msg[0] == ' ' ? "text:" : "text line ") + msg);
  }
  Story& p = parsed.value();
  story->text = std::move(p.text);
  story->body_begin = p.body_begin;
  story->body_end = p.body_end;
  if (story->date.empty()) story->date = p.date;
  if (story->title.empty()) story->title = p.title;
  if (story->url.empty()) story->url = p.url;
  return Status::Ok();
}

}  // namespace

Result<Story> ParseCodeRequest(const std::string& body, const std::string& content_type,
                               const std::string& date_param) {
  Story story;
  story.id = "pasted";
  if (content_type.starts_with("text/plain")) {
    story.text = body;
    story.date = date_param;
  } else {
    nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return Status::InvalidArgument("body: want a JSON object {\"text\": ..., \"date\": ...} or text/plain");
    if (!j.contains("text") || !j["text"].is_string())
      return Status::InvalidArgument("body: \"text\" (a string) is required");
    for (const char* k : {"text", "date", "id", "title", "url"}) {
      if (!j.contains(k) || j[k].is_null()) continue;
      if (!j[k].is_string()) return Status::InvalidArgument(fmt::format("body: \"{}\" must be a string", k));
      std::string v = j[k].get<std::string>();
      std::string k_str = k;
      if (k_str == "text") story.text = std::move(v);
      if (k_str == "date") story.date = std::move(v);
      if (k_str == "id" && !v.empty()) story.id = std::move(v);
      if (k_str == "title") story.title = std::move(v);
      if (k_str == "url") story.url = std::move(v);
    }
  }
  if (!story.date.empty() && !IsValidDate(story.date))
    return Status::InvalidArgument(fmt::format("date: '{}' is not a date (YYYY-MM-DD)", story.date));
  if (Status st = ReadText(&story); !st.ok()) return st;
  return story;
}

}  // namespace parley::server

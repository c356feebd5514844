#pragma once
// parley: news text in, political event data (CAMEO / PLOVER) out.
//
// The pipeline: bytes -> Story -> sentences -> tokens -> actor mentions -> event
// patterns -> events -> Sink. Typical use:
//
//   std::vector<parley::Diagnostic> diags;
//   auto lex = parley::Lexicon::Load(parley::DefaultDataDir(), &diags);
//   parley::Coder coder(lex.value());
//   auto story = parley::ParseTextStory(bytes, "story.txt");
//   parley::CodeStats stats;
//   for (const parley::Event& e : coder.Code(story.value(), &stats))
//     std::cout << parley::EventToJson(e) << "\n";
#include "parley/batch_coder.h"
#include "parley/coder.h"
#include "parley/event.h"
#include "parley/lexicon.h"
#include "parley/options.h"
#include "parley/reader.h"
#include "parley/sink.h"
#include "parley/status.h"
#include "parley/story.h"

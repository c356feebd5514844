#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace parley::text {
namespace {

// Words whose trailing dot belongs to them (lower case, without the dot).
constexpr std::array<std::string_view, 56> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
    "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr", "sec", "amb", "pres", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "corp", "inc", "ltd", "co", "bros", "dept", "est", "vs", "etc", "approx", "fig",
    "mt", "ft", "cmdr", "brig", "pvt", "hon", "messrs", "mme", "mlle"};

bool IsAbbreviation(std::string_view lower) {
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

// Folds typographic variants to their ASCII form.
int32_t Fold(int32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0x0060: case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    default:
      return c;
  }
}

// Character classes with an ASCII fast path; ICU for everything else.
inline bool IsAlpha(int32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(c);
}
inline bool IsUpper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c);
}
inline bool IsDigit(int32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(c);
}

bool IsWordChar(int32_t c) {
  if (c < 0) return false;
  if (c < 0x80) return IsAlpha(c) || IsDigit(c);
  return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t end) : text_(text), end_(end) {}
  // Code point at byte i (folded), its byte length in *len; -1 when invalid or at end.
  int32_t At(std::size_t i, std::size_t* len) const {
    if (i >= end_) { *len = 0; return -2; }
    unsigned char b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80) {
      *len = 1;
      return b == '`' ? '\'' : b;
    }
    std::size_t j = i;
    int32_t c = NextCodePoint(text_.substr(0, end_), &j);
    *len = j - i;
    return c < 0 ? -1 : Fold(c);
  }
  int32_t Peek(std::size_t i) const { std::size_t l; return At(i, &l); }
  std::size_t Next(std::size_t i) const { std::size_t l; At(i, &l); return i + l; }

 private:
  std::string_view text_;
  std::size_t end_;
};

void AppendLower(TokenizedText* out, int32_t c) {
  if (c < 0x80) {
    out->norm.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  c = u_tolower(c);
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out->norm.append(buf, static_cast<std::size_t>(n));
}

}  // namespace

void Tokenize(std::string_view text, std::size_t begin, std::size_t end, TokenizedText* out,
              std::size_t* invalid_utf8) {
  Scanner sc(text, end);
  std::size_t i = begin;
  int newlines = 0;
  bool pending_break = false;
  while (i < end) {
    std::size_t len;
    int32_t c = sc.At(i, &len);
    if (c == -1) {  // invalid sequence: a separator
      if (invalid_utf8) ++*invalid_utf8;
      i += len ? len : 1;
      pending_break = true;
      continue;
    }
    if (c == '\n') { ++newlines; i += len; continue; }
    bool space = c < 0x80 ? (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c < 0x20 || c == 0x7F)
                          : (u_isUWhiteSpace(c) || c == 0xFEFF || u_charType(c) == U_CONTROL_CHAR ||
                             u_charType(c) == U_FORMAT_CHAR);
    if (space) {
      i += len;
      continue;
    }
    Token tok;
    tok.byte_begin = static_cast<uint32_t>(i);
    tok.norm_begin = static_cast<uint32_t>(out->norm.size());
    if (newlines >= 2) tok.flags |= kParagraphBefore | kNewlineBefore;
    else if (newlines == 1) tok.flags |= kNewlineBefore;
    (void)pending_break;
    pending_break = false;
    newlines = 0;

    if (IsWordChar(c)) {
      bool any_letter = false, all_upper = true, first_upper = IsUpper(c);
      bool all_digits = true;
      std::size_t j = i;
      std::size_t letters = 0;
      auto consume_run = [&]() {
        std::size_t l;
        int32_t d;
        while ((d = sc.At(j, &l)) >= 0 && IsWordChar(d)) {
          if (IsAlpha(d)) {
            any_letter = true;
            ++letters;
            if (!IsUpper(d)) all_upper = false;
          }
          if (!IsDigit(d)) all_digits = false;
          AppendLower(out, d);
          j += l;
        }
      };
      consume_run();
      for (;;) {
        std::size_t l;
        int32_t d = sc.At(j, &l);
        if (d == '.' ) {
          std::size_t k = j + l;
          int32_t after = sc.Peek(k);
          std::string_view word(out->norm.data() + tok.norm_begin, out->norm.size() - tok.norm_begin);
          if (all_digits && after >= 0 && IsDigit(after)) {  // 3.5
            out->norm.push_back('.');
            j = k;
            consume_run();
            continue;
          }
          // Acronyms: single letters separated by dots (U.S., U.N., e.g.).
          if (letters == 1 || (word.find('.') != std::string_view::npos &&
                               word.size() - word.rfind('.') == 2)) {
            std::size_t after_len;
            sc.At(k, &after_len);
            if (after >= 0 && IsAlpha(after) && !IsWordChar(sc.Peek(k + after_len))) {
              out->norm.push_back('.');
              j = k;
              letters = 0;
              consume_run();
              letters = 1;
              continue;
            }
            if (word.find('.') != std::string_view::npos ||
                (letters == 1 && any_letter && all_upper)) {
              out->norm.push_back('.');
              j = k;
              tok.flags |= kAbbreviation;
              break;
            }
          }
          if (IsAbbreviation(word)) {
            out->norm.push_back('.');
            j = k;
            tok.flags |= kAbbreviation;
          }
          break;
        }
        if ((d == ',') && all_digits) {  // 1,000
          std::size_t k = j + l;
          int32_t after = sc.Peek(k);
          if (after >= 0 && IsDigit(after)) {
            j = k;  // drop the separator in the normalized form
            consume_run();
            continue;
          }
          break;
        }
        if (d == '\'') {
          std::size_t k = j + l;
          std::size_t l2;
          int32_t a = sc.At(k, &l2);
          if (a < 0 || !IsAlpha(a)) break;
          int32_t b = sc.Peek(k + l2);
          bool single = b < 0 || !IsWordChar(b);
          if (single && (a == 's' || a == 'S')) break;  // 's split off
          if (single && (a == 't' || a == 'T') && out->norm.size() > tok.norm_begin &&
              out->norm.back() == 'n') {
            // n't: give back the n (handled below)
            break;
          }
          out->norm.push_back('\'');
          j = k;
          consume_run();
          continue;
        }
        break;
      }
      // Split "didn't" -> "did" "n't".
      std::size_t jn;
      if (sc.Peek(j) == '\'' && out->norm.size() > tok.norm_begin + 1 && out->norm.back() == 'n') {
        std::size_t l1;
        sc.At(j, &l1);
        int32_t t = sc.Peek(j + l1);
        if ((t == 't' || t == 'T')) {
          std::size_t l2;
          sc.At(j + l1, &l2);
          int32_t after = sc.Peek(j + l1 + l2);
          if (after < 0 || !IsWordChar(after)) {
            out->norm.pop_back();
            jn = j - 1;  // the 'n' is one ASCII byte
            tok.byte_end = static_cast<uint32_t>(jn);
            tok.norm_size = static_cast<uint32_t>(out->norm.size() - tok.norm_begin);
            tok.flags |= kWord;
            if (first_upper) tok.flags |= kCapitalized;
            out->tokens.push_back(tok);
            Token nt;
            nt.byte_begin = static_cast<uint32_t>(jn);
            nt.byte_end = static_cast<uint32_t>(j + l1 + l2);
            nt.norm_begin = static_cast<uint32_t>(out->norm.size());
            out->norm.append("n't");
            nt.norm_size = 3;
            nt.flags = kWord;
            out->tokens.push_back(nt);
            i = j + l1 + l2;
            continue;
          }
        }
      }
      tok.byte_end = static_cast<uint32_t>(j);
      tok.norm_size = static_cast<uint32_t>(out->norm.size() - tok.norm_begin);
      tok.flags |= all_digits ? kNumber : kWord;
      if (first_upper) tok.flags |= kCapitalized;
      if (any_letter && all_upper) tok.flags |= kAllCaps;
      out->tokens.push_back(tok);
      i = j;
      continue;
    }
    // 's as its own token.
    if (c == '\'') {
      std::size_t l2;
      int32_t a = sc.At(i + len, &l2);
      if (a == 's' || a == 'S') {
        int32_t b = sc.Peek(i + len + l2);
        if (b < 0 || !IsWordChar(b)) {
          out->norm.append("'s");
          tok.byte_end = static_cast<uint32_t>(i + len + l2);
          tok.norm_size = 2;
          tok.flags |= kWord;
          out->tokens.push_back(tok);
          i += len + l2;
          continue;
        }
      }
    }
    // Any other character is a one-character punctuation token.
    AppendLower(out, c);
    tok.byte_end = static_cast<uint32_t>(i + len);
    tok.norm_size = static_cast<uint32_t>(out->norm.size() - tok.norm_begin);
    tok.flags |= kPunct;
    out->tokens.push_back(tok);
    i += len;
  }
}

std::vector<std::string> TokenizePhrase(std::string_view phrase) {
  TokenizedText t;
  Tokenize(phrase, 0, phrase.size(), &t, nullptr);
  std::vector<std::string> out;
  out.reserve(t.tokens.size());
  for (const Token& tok : t.tokens) out.emplace_back(t.Norm(tok));
  return out;
}

}  // namespace parley::text

#include "io/line_fields.h"

#include <cstring>

namespace chiso {

LineFields::LineFields(size_t width, char delimiter)
    : delimiter_(delimiter),
      fields_(width),
      quoted_(width),
      starts_(width),
      ends_(width),
      unescaped_(width) {}

bool LineFields::split(const char* p, const char* end, size_t count) {
  begin_line(count == 0);
  while (true) {
    p = field_at(p, end, count++);
    if (p == nullptr) return false;
    if (p >= end) break;
    ++p;  // the separator
  }
  return blank_ || count == fields_.size();
}

const char* LineFields::field_at(const char* p, const char* end, size_t index) {
  const char delimiter = delimiter_;
  auto is_space = [delimiter](char c) { return (c == ' ' || c == '\t') && c != delimiter; };
  while (p < end && is_space(*p)) ++p;
  const char* start = p;
  std::string_view field;
  const bool quoted = p < end && *p == '"';
  if (quoted) {
    const char* piece = ++p;
    std::string* unescaped = nullptr;
    while (true) {
      const char* quote =
          static_cast<const char*>(std::memchr(p, '"', static_cast<size_t>(end - p)));
      if (quote == nullptr) return nullptr;
      if (quote + 1 < end && quote[1] == '"') {  // a doubled quote stands for one
        if (index >= fields_.size()) return nullptr;
        if (unescaped == nullptr) {
          unescaped = &unescaped_[index];
          unescaped->clear();
        }
        unescaped->append(piece, quote + 1);
        p = piece = quote + 2;
        continue;
      }
      if (unescaped != nullptr) {
        unescaped->append(piece, quote);
        field = *unescaped;
      } else {
        field = std::string_view(piece, static_cast<size_t>(quote - piece));
      }
      p = quote + 1;
      break;
    }
    while (p < end && is_space(*p)) ++p;
    if (p < end && *p != delimiter) return nullptr;
  } else {
    const char* stop = p;
    while (stop < end && *stop != delimiter) {
      if (*stop == '"') return nullptr;
      ++stop;
    }
    p = stop;
    while (stop > start && is_space(stop[-1])) --stop;  // the spaces before it are skipped above
    field = std::string_view(start, static_cast<size_t>(stop - start));
  }
  blank_ = blank_ && !quoted && field.empty();
  if (index < fields_.size()) {
    fields_[index] = field;
    quoted_[index] = quoted;
    starts_[index] = start;
    ends_[index] = p;
  }
  return p;
}

}  // namespace chiso

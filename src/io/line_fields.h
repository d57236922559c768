// The fields of one line of a scores file, split as CsvReader splits them, for the fast
// reader's parts (scores_part.cpp): views into the line, or into a copy of a field whose
// doubled quotes were undone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chiso {

class LineFields {
 public:
  /// For lines of `width` fields (the header's) separated by `delimiter`.
  LineFields(size_t width, char delimiter);

  /// Splits a line into fields, from field number `count` on (the earlier ones being those of
  /// the last line): spaces around a field are dropped, a quoted field may hold separators and
  /// doubled quotes. False for a quote left open (a quoted line break or an error), text after
  /// a closing quote, a quote inside an unquoted field, and a field count other than `width`.
  bool split(const char* p, const char* end, size_t count);
  /// Reads the field at `p` as field number `index` (kept when the line has that many) and
  /// returns where it ends: at its separator or at `end`; nullptr as split() declines.
  const char* field_at(const char* p, const char* end, size_t index);
  /// Starts a line read field by field with field_at(); `may_be_blank`: blank() tells whether
  /// every field read was empty and unquoted.
  void begin_line(bool may_be_blank) { blank_ = may_be_blank; }

  size_t width() const { return fields_.size(); }
  /// Whether the line split is separators only, as spreadsheets leave below the data.
  bool blank() const { return blank_; }
  std::string_view field(size_t index) const { return fields_[index]; }
  bool quoted(size_t index) const { return quoted_[index] != 0; }
  /// Where the field starts, after spaces, and where it ends: at its separator or the line's end.
  const char* start(size_t index) const { return starts_[index]; }
  const char* end(size_t index) const { return ends_[index]; }

 private:
  char delimiter_;
  std::vector<std::string_view> fields_;
  std::vector<char> quoted_;
  std::vector<const char*> starts_;
  std::vector<const char*> ends_;
  std::vector<std::string> unescaped_;
  bool blank_ = false;
};

}  // namespace chiso

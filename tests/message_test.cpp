#include "chiso/message.h"

#include <doctest/doctest.h>

#include <cstring>

namespace chiso {
namespace {

const char* to_vietnamese(const char* english) {
  if (std::strcmp(english, "unit '{}' is scored twice") == 0) return "đơn vị '{}' có điểm hai lần";
  if (std::strcmp(english, "{} errors") == 0) return "{} lỗi {}";  // a translation that misfits
  return english;
}

TEST_CASE("tr gives the English text until a translator is installed, then its translation") {
  CHECK(tr("unit '{}' is scored twice", "Sở Y tế") == "unit 'Sở Y tế' is scored twice");
  set_translator(to_vietnamese);
  CHECK(tr("unit '{}' is scored twice", "Sở Y tế") == "đơn vị 'Sở Y tế' có điểm hai lần");
  CHECK(tr("row {} of {}", 2, 5) == "row 2 of 5");
  CHECK(tr("{} errors", 3) == "3 errors");  // a broken translation falls back to English
  set_translator(nullptr);
  CHECK(tr("unit '{}' is scored twice", "X") == "unit 'X' is scored twice");
}

}  // namespace
}  // namespace chiso

// Tests of number: decimal numbers as spreadsheets write them, and the refusals.
#include "chiso/io/number.h"

#include <doctest/doctest.h>

#include <string>

namespace chiso {
namespace {

// The value parsed from `text`, or "refused: <why>" so that a failure shows both sides.
std::string parsed(std::string_view text, bool comma_is_decimal) {
  std::string why;
  std::optional<double> value = parse_number(text, comma_is_decimal, why);
  if (!value) return "refused: " + why;
  return "value " + std::to_string(*value);
}

const std::string kBoth =
    "refused: has both '.' and ','; write the number without a thousands separator";
const std::string kSpace =
    "refused: has a space inside; write the number without a thousands separator";
const std::string kPoints =
    "refused: has more than one '.'; write the number without a thousands separator";
const std::string kCommas =
    "refused: has more than one ','; write the number without a thousands separator";

}  // namespace

TEST_CASE("number: a decimal point is read in every file") {
  std::string why;
  CHECK(parse_number("92.18", false, why) == 92.18);
  CHECK(parse_number("92.18", true, why) == 92.18);
  CHECK(parse_number("0", false, why) == 0.0);
  CHECK(parse_number("7", false, why) == 7.0);
  CHECK(parse_number(".5", false, why) == 0.5);
  CHECK(parse_number("+3.25", false, why) == 3.25);
  CHECK(parse_number("-1.5", false, why) == -1.5);
  CHECK(parse_number(" 92.18\t", false, why) == 92.18);  // spaces inside quotes
  CHECK(why.empty());
}

TEST_CASE("number: a decimal comma is read when the file allows it") {
  std::string why;
  CHECK(parse_number("92,18", true, why) == 92.18);
  CHECK(parse_number(",75", true, why) == 0.75);
  CHECK(parse_number("-0,5", true, why) == -0.5);
  CHECK(why.empty());
}

TEST_CASE(
    "number: 'n/a' in any case, spaces around ignored, marks a criterion that does not apply") {
  CHECK(is_not_applicable("n/a"));
  CHECK(is_not_applicable("N/A"));
  CHECK(is_not_applicable("N/a"));
  CHECK_FALSE(is_not_applicable("na"));
  CHECK_FALSE(is_not_applicable("NA"));
  CHECK(is_not_applicable(" n/a "));
  CHECK_FALSE(is_not_applicable("n/ab"));
  CHECK_FALSE(is_not_applicable(""));
  CHECK(parsed("n/a", false) == "refused: is not a number");
}

TEST_CASE("number: text that is not a decimal number is refused with the reason") {
  CHECK(parsed("", false) == "refused: is empty");
  CHECK(parsed("abc", false) == "refused: is not a number");
  CHECK(parsed("NaN", false) == "refused: is not a number");
  CHECK(parsed("nan", true) == "refused: is not a number");
  CHECK(parsed("inf", false) == "refused: is not a number");
  CHECK(parsed("-inf", false) == "refused: is not a number");
  CHECK(parsed("1e3", false) == "refused: is not a number");
  CHECK(parsed("0x10", false) == "refused: is not a number");
  CHECK(parsed("12abc", false) == "refused: is not a number");
  CHECK(parsed("-", false) == "refused: is not a number");
  CHECK(parsed("+", false) == "refused: is not a number");
  CHECK(parsed(".", false) == "refused: is not a number");
}

TEST_CASE("number: a sign is accepted once, before the digits") {
  CHECK(parsed("++5", false) == "refused: is not a number");
  CHECK(parsed("+-5", false) == "refused: is not a number");
  CHECK(parsed("-+5", false) == "refused: is not a number");
}

TEST_CASE("number: grouped thousands are refused rather than misread") {
  CHECK(parsed("1,234.5", false) == kBoth);
  CHECK(parsed("1,234.5", true) == kBoth);
  CHECK(parsed("1.234,5", true) == kBoth);
  CHECK(parsed("1.234,5", false) == kBoth);
  CHECK(parsed("1 234", false) == kSpace);
  CHECK(parsed("1 234,5", true) == kSpace);
  CHECK(parsed("1.2.3", false) == kPoints);
  CHECK(parsed("1.234.567", true) == kPoints);
  CHECK(parsed("1,234,567", true) == kCommas);
  CHECK(parsed("1,234,567", false) == kCommas);
}

// Excel's "#,##0" writes 1234 as "1.234" in a Vietnamese locale and as "1,234" in an English one.
TEST_CASE("number: the other mark before exactly three digits is refused, naming both readings") {
  auto read = [](std::string_view text, bool comma_file, bool quoted) {
    std::string why;
    std::optional<double> value = parse_number(text, comma_file, quoted, why);
    return value ? "value " + std::to_string(*value) : "refused: " + why;
  };
  const std::string kPointInCommaFile =
      "refused: has a '.' before three digits, which may be a thousands separator in a file with "
      "decimal "
      "commas; write '1234' for the whole number, or '1,234' for a decimal, or give --no-thousands "
      "if the files never group thousands";
  const std::string kCommaInPointFile =
      "refused: has a ',' before three digits, which may be a thousands separator in a "
      "file with decimal points; write '1234' for the whole number, or '1.234' for a decimal, or "
      "give --no-thousands "
      "if the files never group thousands";
  CHECK(read("1.234", true, false) == kPointInCommaFile);
  CHECK(read("1.234", true, true) == kPointInCommaFile);
  CHECK(read(" 1.234 ", true, false) == kPointInCommaFile);
  CHECK(read("-12.500", true, false) ==
        "refused: has a '.' before three digits, which may be a thousands separator in a file with "
        "decimal "
        "commas; write '-12500' for the whole number, or '-12,500' for a decimal, or give "
        "--no-thousands if the files never group thousands");
  CHECK(read("1,234", false, true) == kCommaInPointFile);
  CHECK(read("976,500", false, true) ==
        "refused: has a ',' before three digits, which may be a thousands separator in a "
        "file with decimal points; write '976500' for the whole number, or '976.500' for a "
        "decimal, or give "
        "--no-thousands if the files never group thousands");
  // The file's own mark is never a thousands separator: three decimals are read (Huế's 97,685).
  CHECK(read("1,234", true, false) == "value 1.234000");
  CHECK(read("97,685", true, false) == "value 97.685000");
  CHECK(read("1.234", false, false) == "value 1.234000");
  CHECK(read("1.234", false, true) == "value 1.234000");
  // The other mark where it cannot group thousands is a decimal mark, as before.
  CHECK(read("2.5", true, false) == "value 2.500000");
  CHECK(read("92.18", true, false) == "value 92.180000");
  CHECK(read("0.125", true, false) == "value 0.125000");
  CHECK(read("1234.567", true, false) == "value 1234.567000");
  CHECK(read("1.2345", true, false) == "value 1.234500");
  CHECK(read("92,18", false, true) == "value 92.180000");
  CHECK(read("0,125", false, true) == "value 0.125000");
  // --no-thousands: the files have no thousands separators, so the other mark is a decimal mark.
  auto read_without_grouping = [](std::string_view text, bool comma_file, bool quoted) {
    std::string why;
    std::optional<double> value = parse_number(text, comma_file, quoted, why, true);
    return value ? "value " + std::to_string(*value) : "refused: " + why;
  };
  CHECK(read_without_grouping("1.234", true, false) == "value 1.234000");
  CHECK(read_without_grouping("1,234", false, true) == "value 1.234000");
  CHECK(read_without_grouping("1.234,5", true, false) ==
        "refused: has both '.' and ','; write the number without a thousands separator");
  // The three-argument form is the form for a `;` or tab file.
  CHECK(parsed("1.234", true) == kPointInCommaFile);
}

TEST_CASE("number: a comma in a comma-separated file is refused with a hint") {
  CHECK(parsed("1,5", false) ==
        "refused: has a ',' in a comma-separated file; write a decimal point, or quote the cell");
  CHECK(parsed("92,18", false) ==
        "refused: has a ',' in a comma-separated file; write a decimal point, or quote the cell");
}

}  // namespace chiso

namespace chiso {

TEST_CASE(
    "number: the spellings of 'does not apply' clerks use are known, in any case and without "
    "diacritics") {
  for (const char* text : {"-", "x", "X", " x ", "KĐG", "kđg", "KDG", "Không áp dụng",
                           "KHÔNG ÁP DỤNG", "khong ap dung", "không đánh giá", "–", "—"}) {
    CAPTURE(text);
    CHECK(looks_not_applicable(text));
  }
  for (const char* text : {"n/a", "0", "", "xx", "--", "không"}) {
    CAPTURE(text);
    CHECK_FALSE(looks_not_applicable(text));
  }
  CHECK(is_spelt_not_applicable(" kdg ", {"KĐG"}));
  CHECK(is_spelt_not_applicable("Không Áp Dụng", {"-", "khong ap dung"}));
  CHECK_FALSE(is_spelt_not_applicable("x", {}));
  CHECK_FALSE(is_spelt_not_applicable("x", {"-"}));
}

}  // namespace chiso

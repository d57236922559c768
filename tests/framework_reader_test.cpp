// Tests of framework_reader: the framework file read into the criteria tree.
#include "chiso/io/framework_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "messages.h"
#include "small_framework.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

// Named for this file's tests.
class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("framework-reader-test") {}
};

using testing::messages;

using testing::kFramework;

}  // namespace

TEST_CASE("framework_reader: the framework file gives the criteria tree with names normalised") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  SUBCASE("comma-separated, decimal point") {
    const Framework framework = read_framework(folder.write("f.csv", kFramework), {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    REQUIRE(framework.leaves().size() == 3);
    CHECK(framework.node(framework.fields()[0]).name == "Chỉ đạo, điều hành");
    CHECK(framework.node(framework.fields()[0]).max == 6.0);
    CHECK(framework.node(framework.leaves()[1]).id == "1.2");
    CHECK(framework.max() == 10.0);
  }
  SUBCASE("Vietnamese headers, semicolons, decimal commas, decomposed names and an owner") {
    const Framework framework = read_framework(
        folder.write("f.csv",
                     "Mã;Mã cha;Tên tiêu chí;Điểm tối đa;Cơ quan chủ trì\n1;;Cải cách;;\n"
                     "1.1;1;Kế  hoạch;2,5;So\xCC\x9B\xCC\x89 No\xCC\xA3\xCC\x82i vu\xCC\xA3\n"),
        {}, diagnostics);
    CHECK(messages(diagnostics.all()) == "");
    REQUIRE(framework.leaves().size() == 1);
    const Criterion& leaf = framework.node(framework.leaves()[0]);
    CHECK(leaf.name == "Kế hoạch");
    CHECK(leaf.owner == "Sở Nội vụ");
    CHECK(leaf.max == 2.5);
  }
}

TEST_CASE("framework_reader: problems in a framework file are all reported at their cells") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const std::string path =
      folder.write("f.csv", "id,parent,name,max\n1,,A,abc\n2,,B,0\n,,C,1\n3,,D,-1\n");
  read_framework(path, {}, diagnostics);
  CHECK(messages(diagnostics.all()) == path + ":2:6: error: maximum 'abc' is not a number\n" +
                                           path +
                                           ":3:6: error: maximum '0' must be greater than 0\n" +
                                           path + ":4:1: error: criterion id is empty\n" + path +
                                           ":5:6: error: maximum '-1' must be greater than 0\n");
}

}  // namespace chiso

namespace chiso {

TEST_CASE("framework_reader: a framework sheet's header is found below its title") {
  TemporaryFolder folder;
  Diagnostics diagnostics;
  const std::string path =
      folder.write("framework.csv",
                   "BỘ TIÊU CHÍ CHỈ SỐ CCHC\n\n"
                   "STT,Mã_tiêu_chí,Mã cha,Tên tiêu chí,\"Điểm\ntối đa\"\n"
                   "1,1,,Chỉ đạo,\n2,1.1,1,Kế hoạch,2.5\n3,1.2,1,Báo cáo,xx\n");
  const Framework framework = read_framework(path, {}, diagnostics);
  CHECK(messages(diagnostics) == path + ":7:17: error: maximum 'xx' is not a number\n");
}

}  // namespace chiso

// Tests of output_set: output files appear whole or not at all.
#include "chiso/output_set.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "temporary_folder.h"

namespace chiso {
namespace {

namespace fs = std::filesystem;

// Named for this file's tests.
class TemporaryFolder : public chiso::testing::TemporaryFolder {
 public:
  TemporaryFolder() : chiso::testing::TemporaryFolder("output-test") {}
};

void write(const std::string& path, const std::string& content) { std::ofstream(path, std::ios::binary) << content; }

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "(cannot read)";
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The names in `folder`, folders marked with a trailing '/'.
std::set<std::string> names_in(const std::string& folder) {
  std::set<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    names.insert(entry.path().filename().string() + (entry.is_directory() ? "/" : ""));
  }
  return names;
}

// The message of the OutputError `commit` throws, or "no error".
std::string commit_error(OutputSet& outputs) {
  try {
    outputs.commit();
  } catch (const OutputError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("output_set: a file is written under a temporary name in the same folder first") {
  CHECK(OutputSet::temporary_name("ranking.csv") == ".chiso-ranking.csv.tmp");
}

TEST_CASE("output_set: commit writes every file byte for byte and leaves no temporary file") {
  TemporaryFolder folder;
  std::string out = folder.path("out");
  SUBCASE("into a folder that exists, replacing old files and keeping others") {
    fs::create_directory(out);
    write(out + "/ranking.csv", "old ranking\n");
    write(out + "/notes.txt", "mine\n");
  }
  SUBCASE("into a folder that does not exist yet") {}
  SUBCASE("into a folder whose parents do not exist yet") { out = folder.path("reports/2022/out"); }
  {
    OutputSet outputs(out);
    outputs.add("ranking.csv", "\xEF\xBB\xBFyear;group\r\n");
    outputs.add("report.md", "# Báo cáo\n");
    outputs.add("empty.csv", "");
    CHECK(commit_error(outputs) == "no error");
  }
  CHECK(read(out + "/ranking.csv") == "\xEF\xBB\xBFyear;group\r\n");
  CHECK(read(out + "/report.md") == "# Báo cáo\n");
  CHECK(read(out + "/empty.csv") == "");
  std::set<std::string> names = names_in(out);
  names.erase("notes.txt");
  CHECK(names == std::set<std::string>{"empty.csv", "ranking.csv", "report.md"});
}

TEST_CASE("output_set: a file written piece by piece appears whole at commit, beside the others") {
  TemporaryFolder folder;
  const std::string out = folder.path("reports/2022");
  {
    OutputSet outputs(out);
    const size_t ranking = outputs.start("ranking.csv");
    outputs.add("report.md", "# Báo cáo\n");
    outputs.append(ranking, "year,unit\n");
    outputs.append(ranking, "2022,Sở A\n");
    outputs.append(ranking, "");
    // Before commit the pieces are only in the temporary file.
    CHECK(names_in(out) == std::set<std::string>{".chiso-ranking.csv.tmp"});
    CHECK(read(out + "/.chiso-ranking.csv.tmp") == "year,unit\n2022,Sở A\n");
    outputs.append(ranking, "2023,Sở A\n");
    CHECK(commit_error(outputs) == "no error");
  }
  CHECK(read(out + "/ranking.csv") == "year,unit\n2022,Sở A\n2023,Sở A\n");
  CHECK(read(out + "/report.md") == "# Báo cáo\n");
  CHECK(names_in(out) == std::set<std::string>{"ranking.csv", "report.md"});
}

TEST_CASE("output_set: without commit, a file started leaves nothing behind, nor the folders made for it") {
  TemporaryFolder folder;
  SUBCASE("folders made for it") {
    {
      OutputSet outputs(folder.path("reports/2022"));
      outputs.append(outputs.start("ranking.csv"), "year,unit\n");
      CHECK(names_in(folder.path("reports/2022")) == std::set<std::string>{".chiso-ranking.csv.tmp"});
    }
    CHECK(names_in(folder.path("")) == std::set<std::string>{});
  }
  SUBCASE("a folder that was there, with an old file") {
    const std::string out = folder.path("out");
    fs::create_directory(out);
    write(out + "/ranking.csv", "old ranking\n");
    {
      OutputSet outputs(out);
      outputs.append(outputs.start("ranking.csv"), "year,unit\n");
    }
    CHECK(names_in(out) == std::set<std::string>{"ranking.csv"});
    CHECK(read(out + "/ranking.csv") == "old ranking\n");
  }
}

TEST_CASE("output_set: a failed write leaves every old file as it was and no temporary file") {
  TemporaryFolder folder;
  const std::string out = folder.path("out");
  fs::create_directory(out);
  write(out + "/ranking.csv", "old ranking\n");
  write(out + "/report.md", "old report\n");
  // The second file cannot be created: a folder stands at its temporary name.
  fs::create_directory(out + "/" + OutputSet::temporary_name("report.md"));
  {
    OutputSet outputs(out);
    outputs.add("ranking.csv", "new ranking\n");
    outputs.add("report.md", "new report\n");
    outputs.add("fields.csv", "new fields\n");
    CHECK(commit_error(outputs) == "cannot create '" + out + "/.chiso-report.md.tmp': Is a directory");
    CHECK(read(out + "/ranking.csv") == "old ranking\n");
    CHECK(read(out + "/report.md") == "old report\n");
  }
  CHECK(read(out + "/ranking.csv") == "old ranking\n");
  CHECK(read(out + "/report.md") == "old report\n");
  CHECK(names_in(out) == std::set<std::string>{"ranking.csv", "report.md", ".chiso-report.md.tmp/"});
}

TEST_CASE("output_set: a failed rename leaves every old file as it was") {
  TemporaryFolder folder;
  const std::string out = folder.path("out");
  fs::create_directories(out + "/report.md");  // a folder where the report should go
  write(out + "/report.md/inside.txt", "x");
  write(out + "/ranking.csv", "old ranking\n");
  {
    OutputSet outputs(out);
    outputs.add("ranking.csv", "new ranking\n");
    outputs.add("report.md", "new report\n");
    CHECK(commit_error(outputs) == "cannot replace '" + out + "/report.md': Is a directory");
  }
  CHECK(names_in(out) == std::set<std::string>{"ranking.csv", "report.md/"});
  CHECK(read(out + "/ranking.csv") == "old ranking\n");
}

TEST_CASE("output_set: an output path that is a regular file is refused and left alone") {
  TemporaryFolder folder;
  const std::string out = folder.path("ranking.csv");
  write(out, "data\n");
  OutputSet outputs(out);
  outputs.add("report.md", "# x\n");
  CHECK(commit_error(outputs) == "cannot write into '" + out + "': it is not a folder");
  CHECK(read(out) == "data\n");
}

}  // namespace chiso

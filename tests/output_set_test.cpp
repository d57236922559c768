// Tests of output_set: output files appear whole or not at all.
#include "chiso/io/output_set.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdlib>
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

void write(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

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
    // Before commit the pieces are only in the private folder beside the output folder.
    CHECK(!fs::exists(out));
    std::set<std::string> beside = names_in(folder.path("reports"));
    REQUIRE(beside.size() == 2);
    CHECK(beside.erase(".2022.chiso-lock") == 1);
    const std::string private_folder = *beside.begin();
    CHECK(private_folder.size() == std::string(".2022.chiso-XXXXXX/").size());
    CHECK(private_folder.rfind(".2022.chiso-", 0) == 0);
    CHECK(read(folder.path("reports/" + private_folder + "ranking.csv")) ==
          "year,unit\n2022,Sở A\n");
    outputs.append(ranking, "2023,Sở A\n");
    CHECK(commit_error(outputs) == "no error");
  }
  CHECK(read(out + "/ranking.csv") == "year,unit\n2022,Sở A\n2023,Sở A\n");
  CHECK(read(out + "/report.md") == "# Báo cáo\n");
  CHECK(names_in(out) == std::set<std::string>{"ranking.csv", "report.md"});
}

TEST_CASE(
    "output_set: without commit, a file started leaves nothing behind, nor the folders made for "
    "it") {
  TemporaryFolder folder;
  SUBCASE("folders made for it") {
    {
      OutputSet outputs(folder.path("reports/2022"));
      outputs.append(outputs.start("ranking.csv"), "year,unit\n");
      CHECK(names_in(folder.path("reports")).size() == 2);  // the lock and the private folder
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
    // The lock file stays: removing it could let two runs hold two locks.
    CHECK(names_in(folder.path("")) == std::set<std::string>{".out.chiso-lock", "out/"});
  }
}

TEST_CASE(
    "output_set: a failed step leaves every old file as it was and nothing beside the folder") {
  TemporaryFolder folder;
  const std::string out = folder.path("out");
  fs::create_directory(out);
  write(out + "/ranking.csv", "old ranking\n");
  write(out + "/report.md", "old report\n");
  write(out + "/notes.txt", "mine\n");
  std::string expected;
  SUBCASE("a folder at an output's name is refused, not removed") {
    fs::create_directory(out + "/fields.csv");
    write(out + "/fields.csv/inside.txt", "x");
    expected = "cannot replace '" + out + "/fields.csv': it is a folder; move or rename it";
  }
  SUBCASE("the disk is full while flushing a file (the test hook)") {
    ::setenv("CHISO_TEST_OUTPUT_STEP", "2:enospc", 1);
    expected = "cannot write '" + out + "/report.md': No space left on device";
  }
  SUBCASE("the filesystem cannot swap two folders (the test hook)") {
    ::setenv("CHISO_TEST_OUTPUT_STEP", "5:einval", 1);
    expected = "cannot replace '" + out +
               "': Invalid argument (its filesystem cannot swap two folders in one step, "
               "renameat2 RENAME_EXCHANGE, which chiso needs to replace every file at once; write "
               "to a folder on a "
               "local filesystem such as ext4, xfs, btrfs or tmpfs)";
  }
  const std::set<std::string> before = names_in(out);
  {
    OutputSet outputs(out);
    outputs.add("ranking.csv", "new ranking\n");
    outputs.add("report.md", "new report\n");
    outputs.add("fields.csv", "new fields\n");
    CHECK(commit_error(outputs) == expected);
  }
  ::unsetenv("CHISO_TEST_OUTPUT_STEP");
  CHECK(names_in(out) == before);
  CHECK(read(out + "/ranking.csv") == "old ranking\n");
  CHECK(read(out + "/report.md") == "old report\n");
  CHECK(names_in(folder.path("")) == std::set<std::string>{".out.chiso-lock", "out/"});
}

TEST_CASE("output_set: an old output's permissions are kept; a new output follows the umask") {
  TemporaryFolder folder;
  const std::string out = folder.path("out");
  fs::create_directory(out);
  fs::permissions(out, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
  write(out + "/ranking.csv", "embargoed\n");
  fs::permissions(out + "/ranking.csv", fs::perms::owner_read | fs::perms::owner_write);
  const mode_t mask = ::umask(027);
  {
    OutputSet outputs(out);
    outputs.add("ranking.csv", "new ranking\n");
    outputs.add("report.md", "new report\n");
    CHECK(commit_error(outputs) == "no error");
  }
  ::umask(mask);
  CHECK(read(out + "/ranking.csv") == "new ranking\n");
  CHECK(fs::status(out + "/ranking.csv").permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(fs::status(out + "/report.md").permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  CHECK(fs::status(out).permissions() ==
        (fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec));
}

TEST_CASE(
    "output_set: the folder's other entries are carried over; files left out and old temporaries "
    "are not") {
  TemporaryFolder folder;
  const std::string out = folder.path("out");
  const std::string outside = folder.write("outside.txt", "not chiso's\n");
  fs::create_directories(out + "/notes/2021");
  write(out + "/notes/2021/a.txt", "a\n");
  write(out + "/notes.txt", "mine\n");
  fs::create_symlink("notes.txt", out + "/notes-link");
  REQUIRE(::mkfifo((out + "/pipe").c_str(), 0644) == 0);
  write(out + "/self-assessment.csv", "last run's\n");
  write(out + "/lost-points.csv", "kept: not asked for\n");
  // Planted at the old design's fixed temporary names and at an output's name.
  fs::create_symlink(outside, out + "/.chiso-ranking.csv.tmp");
  REQUIRE(::mkfifo((out + "/.chiso-report.md.tmp").c_str(), 0644) == 0);
  fs::create_symlink(outside, out + "/ranking.csv");
  REQUIRE(::mkfifo((out + "/report.md").c_str(), 0644) == 0);
  write(out + "/.chiso-fields.csv.old", "16 MB of last year\n");
  {
    OutputSet outputs(out);
    outputs.leave_out("self-assessment.csv");
    outputs.leave_out("ranking.csv");  // also added: written
    outputs.add("ranking.csv", "new ranking\n");
    outputs.add("report.md", "new report\n");
    CHECK(commit_error(outputs) == "no error");
  }
  CHECK(names_in(out) == std::set<std::string>{"lost-points.csv", "notes-link", "notes.txt",
                                               "notes/", "pipe", "ranking.csv", "report.md"});
  CHECK(read(outside) == "not chiso's\n");
  CHECK(fs::is_regular_file(fs::symlink_status(out + "/ranking.csv")));
  CHECK(read(out + "/ranking.csv") == "new ranking\n");
  CHECK(read(out + "/report.md") == "new report\n");
  CHECK(read(out + "/lost-points.csv") == "kept: not asked for\n");
  CHECK(fs::read_symlink(out + "/notes-link") == "notes.txt");
  CHECK(fs::is_fifo(fs::symlink_status(out + "/pipe")));
  CHECK(read(out + "/notes/2021/a.txt") == "a\n");
  CHECK(names_in(folder.path("")) ==
        std::set<std::string>{".out.chiso-lock", "out/", "outside.txt"});
}

TEST_CASE("output_set: a scratch file is written in the private folder and never in the set") {
  TemporaryFolder folder;
  const std::string out = folder.path("out");
  {
    OutputSet outputs(out);
    const std::string scratch = outputs.scratch_file("ranking.xlsx");
    CHECK(fs::path(scratch).filename() == "ranking.xlsx");
    CHECK(fs::path(scratch).parent_path().filename() == ".chiso-scratch");
    const std::string private_folder = fs::path(scratch).parent_path().parent_path().string();
    CHECK(fs::path(private_folder).parent_path() == fs::path(folder.path("")).parent_path());
    CHECK(fs::path(private_folder).filename().string().rfind(".out.chiso-", 0) == 0);
    write(scratch, "a workbook on its way\n");
    write(fs::path(scratch).parent_path() / "tmp.Abc123", "libxlsxwriter's\n");
    outputs.add("ranking.xlsx", read(scratch));
    CHECK(commit_error(outputs) == "no error");
  }
  CHECK(names_in(out) == std::set<std::string>{"ranking.xlsx"});
  CHECK(read(out + "/ranking.xlsx") == "a workbook on its way\n");
  CHECK(names_in(folder.path("")) == std::set<std::string>{".out.chiso-lock", "out/"});
  {
    OutputSet failed(folder.path("failed"));
    write(failed.scratch_file("ranking.xlsx"), "never committed\n");
    CHECK_THROWS_AS(failed.scratch_file("a/b"), OutputError);
  }
  CHECK(names_in(folder.path("")) ==
        std::set<std::string>{".failed.chiso-lock", ".out.chiso-lock", "out/"});
}

TEST_CASE("output_set: the next run removes what a killed run left beside the folder") {
  TemporaryFolder folder;
  const std::string out = folder.path("out");
  fs::create_directories(out);
  fs::create_directories(folder.path(".out.chiso-AbC123/inner"));
  write(folder.path(".out.chiso-AbC123/inner/ranking.csv"), "killed\n");
  fs::create_directories(folder.path(".out.chiso-keep"));      // not a private folder's name
  fs::create_directories(folder.path(".other.chiso-AbC123"));  // another folder's
  {
    OutputSet outputs(out);
    outputs.add("ranking.csv", "new ranking\n");
    CHECK(commit_error(outputs) == "no error");
  }
  CHECK(names_in(folder.path("")) == std::set<std::string>{".other.chiso-AbC123/",
                                                           ".out.chiso-keep/", ".out.chiso-lock",
                                                           "out/"});
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

TEST_CASE("output_set: a symlink or FIFO planted at the lock's name is refused, not followed") {
  TemporaryFolder folder;
  const std::string out = folder.path("out");
  const std::string victim = folder.write("victim", "not chiso's\n");
  std::string expected;
  SUBCASE("a symlink") {
    fs::create_symlink(victim, folder.path(".out.chiso-lock"));
    expected = "cannot lock '" + out + "' for writing: cannot open '" +
               folder.path(".out.chiso-lock") + "': Too many levels of symbolic links";
  }
  SUBCASE("a FIFO") {
    REQUIRE(::mkfifo(folder.path(".out.chiso-lock").c_str(), 0644) == 0);
    expected = "cannot lock '" + out + "' for writing: '" + folder.path(".out.chiso-lock") +
               "' is not a regular file; remove it";
  }
  {
    OutputSet outputs(out);
    outputs.add("ranking.csv", "new ranking\n");
    CHECK(commit_error(outputs) == expected);
  }
  CHECK(read(victim) == "not chiso's\n");
  CHECK(!fs::exists(out));
}

}  // namespace chiso

// Tests of report: written in the next commits.
#include <doctest/doctest.h>

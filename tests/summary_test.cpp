// Tests of summary: written in the next commits.
#include <doctest/doctest.h>

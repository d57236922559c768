// Tests of rank: written in the next commits.
#include <doctest/doctest.h>

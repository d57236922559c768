// Tests of framework: written in the next commits.
#include <doctest/doctest.h>

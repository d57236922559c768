// Tests of number: written in the next commits.
#include <doctest/doctest.h>

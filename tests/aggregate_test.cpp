// Tests of aggregate: written in the next commits.
#include <doctest/doctest.h>

// Tests of band: written in the next commits.
#include <doctest/doctest.h>

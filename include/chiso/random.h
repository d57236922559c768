// The random numbers of chiso robustness, made by chiso itself so that the same seed gives the
// same bytes on every machine: the standard library's distributions differ between
// implementations, its engines do not, but a generator written out here is easier to document.
//
// Run r of a seed S draws from xoshiro256** (Blackman and Vigna, 2018, prng.di.unimi.it), whose
// four words of state are outputs 4r + 1 to 4r + 4 of SplitMix64 (Steele, Lea and Flood, 2014)
// started at S. A uniform number in [0, 1) is the generator's top 53 bits times 2^-53.
#pragma once

#include <cstdint>

namespace chiso {

/// SplitMix64: a 64-bit state that steps by a fixed odd constant, each output a mix of it.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += kGamma);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
  }

  /// Moves on by `steps` outputs at once (the state only adds kGamma each step).
  void skip(std::uint64_t steps) { state_ += steps * kGamma; }

 private:
  static constexpr std::uint64_t kGamma = 0x9E3779B97F4A7C15u;
  std::uint64_t state_;
};

/// xoshiro256**, the generator of one run.
class RunRandom {
 public:
  /// The generator of run `run` of seed `seed`: SplitMix64 from `seed`, moved on by 4 × `run`
  /// outputs, gives the four words of state.
  RunRandom(std::uint64_t seed, std::uint64_t run) {
    SplitMix64 words(seed);
    words.skip(4 * run);
    for (std::uint64_t& word : state_) word = words.next();
  }

  std::uint64_t next() {
    const std::uint64_t result = rotate(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotate(state_[3], 45);
    return result;
  }

  /// A number uniform in [0, 1): the top 53 bits of next() times 2^-53.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  /// A number uniform in [low, high): low + (high − low) × uniform().
  double uniform(double low, double high) { return low + (high - low) * uniform(); }

 private:
  static std::uint64_t rotate(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t state_[4];
};

}  // namespace chiso

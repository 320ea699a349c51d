#include "CSHA256Accel.h"

// The round constants (FIPS 180-4, 4.2.2), for both paths: aligned so the SHA loop loads them four to a
// vector, in the order _mm_sha256rnds2_epu32 consumes them; the Swift rounds read the same table.
const uint32_t csha256_round_constants[64] __attribute__((aligned(16))) = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>

int csha256_accel_available(void) {
  unsigned int eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  // SSSE3 (ECX bit 9) for the byte shuffle, SSE4.1 (ECX bit 19) for the blend.
  if (!(ecx & (1u << 9)) || !(ecx & (1u << 19))) return 0;
  if (__get_cpuid_max(0, 0) < 7) return 0;
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
  // SHA extensions: leaf 7 subleaf 0, EBX bit 29.
  return (ebx & (1u << 29)) != 0;
}


// The target attribute keeps the SHA instructions to this function, so the package builds without
// special flags and the code still loads on CPUs that lack them (the caller checks first).
__attribute__((target("sha,sse4.1,ssse3")))
void csha256_accel_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
  // Message words are big-endian; this mask reverses the bytes of each 32-bit lane.
  const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);

  // The instructions want the state as ABEF and CDGH (high lane to low lane).
  __m128i tmp = _mm_loadu_si128((const __m128i *)&state[0]);     // D C B A
  __m128i state1 = _mm_loadu_si128((const __m128i *)&state[4]);  // H G F E
  tmp = _mm_shuffle_epi32(tmp, 0xB1);                            // C D A B
  state1 = _mm_shuffle_epi32(state1, 0x1B);                      // E F G H
  __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);              // A B E F
  state1 = _mm_blend_epi16(state1, tmp, 0xF0);                   // C D G H

  while (blockCount > 0) {
    const __m128i savedState0 = state0;
    const __m128i savedState1 = state1;
    __m128i msg, msg0, msg1, msg2, msg3;

    // Rounds 0-3
    msg0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 0)), byteSwap);
    msg = _mm_add_epi32(msg0, _mm_load_si128((const __m128i *)&csha256_round_constants[0]));
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
    state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));

    // Rounds 4-7
    msg1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16)), byteSwap);
    msg = _mm_add_epi32(msg1, _mm_load_si128((const __m128i *)&csha256_round_constants[4]));
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
    state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));
    msg0 = _mm_sha256msg1_epu32(msg0, msg1);

    // Rounds 8-11
    msg2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 32)), byteSwap);
    msg = _mm_add_epi32(msg2, _mm_load_si128((const __m128i *)&csha256_round_constants[8]));
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
    state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));
    msg1 = _mm_sha256msg1_epu32(msg1, msg2);

    // Rounds 12-15
    msg3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 48)), byteSwap);
    msg = _mm_add_epi32(msg3, _mm_load_si128((const __m128i *)&csha256_round_constants[12]));
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
    msg0 = _mm_add_epi32(msg0, _mm_alignr_epi8(msg3, msg2, 4));
    msg0 = _mm_sha256msg2_epu32(msg0, msg3);
    state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));
    msg2 = _mm_sha256msg1_epu32(msg2, msg3);

    // Rounds 16-51: twelve groups of four in the same rotating pattern over msg0..msg3.
#define CSHA256_ROUNDS(m0, m1, m2, m3, k)                                        \
  msg = _mm_add_epi32(m0, _mm_load_si128((const __m128i *)&csha256_round_constants[k]));              \
  state1 = _mm_sha256rnds2_epu32(state1, state0, msg);                          \
  m1 = _mm_add_epi32(m1, _mm_alignr_epi8(m0, m3, 4));                           \
  m1 = _mm_sha256msg2_epu32(m1, m0);                                            \
  state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E)); \
  m3 = _mm_sha256msg1_epu32(m3, m0);

    CSHA256_ROUNDS(msg0, msg1, msg2, msg3, 16)
    CSHA256_ROUNDS(msg1, msg2, msg3, msg0, 20)
    CSHA256_ROUNDS(msg2, msg3, msg0, msg1, 24)
    CSHA256_ROUNDS(msg3, msg0, msg1, msg2, 28)
    CSHA256_ROUNDS(msg0, msg1, msg2, msg3, 32)
    CSHA256_ROUNDS(msg1, msg2, msg3, msg0, 36)
    CSHA256_ROUNDS(msg2, msg3, msg0, msg1, 40)
    CSHA256_ROUNDS(msg3, msg0, msg1, msg2, 44)
    CSHA256_ROUNDS(msg0, msg1, msg2, msg3, 48)
#undef CSHA256_ROUNDS

    // Rounds 52-55
    msg = _mm_add_epi32(msg1, _mm_load_si128((const __m128i *)&csha256_round_constants[52]));
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
    msg2 = _mm_add_epi32(msg2, _mm_alignr_epi8(msg1, msg0, 4));
    msg2 = _mm_sha256msg2_epu32(msg2, msg1);
    state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));

    // Rounds 56-59
    msg = _mm_add_epi32(msg2, _mm_load_si128((const __m128i *)&csha256_round_constants[56]));
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
    msg3 = _mm_add_epi32(msg3, _mm_alignr_epi8(msg2, msg1, 4));
    msg3 = _mm_sha256msg2_epu32(msg3, msg2);
    state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));

    // Rounds 60-63
    msg = _mm_add_epi32(msg3, _mm_load_si128((const __m128i *)&csha256_round_constants[60]));
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
    state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));

    state0 = _mm_add_epi32(state0, savedState0);
    state1 = _mm_add_epi32(state1, savedState1);
    blocks += 64;
    blockCount -= 1;
  }

  // Back from ABEF / CDGH to A..H in memory order.
  tmp = _mm_shuffle_epi32(state0, 0x1B);        // F E B A
  state1 = _mm_shuffle_epi32(state1, 0xB1);     // D C H G
  state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // D C B A
  state1 = _mm_alignr_epi8(state1, tmp, 8);     // H G F E
  _mm_storeu_si128((__m128i *)&state[0], state0);
  _mm_storeu_si128((__m128i *)&state[4], state1);
}

#else

int csha256_accel_available(void) { return 0; }

void csha256_accel_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
  (void)state;
  (void)blocks;
  (void)blockCount;
}

#endif

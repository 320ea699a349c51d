#ifndef CSHA256ACCEL_H
#define CSHA256ACCEL_H

#include <stddef.h>
#include <stdint.h>

/// The 64 SHA-256 round constants, on every architecture (the Swift rounds use them too).
extern const uint32_t csha256_round_constants[64];

/// Whether this CPU has the x86 SHA extensions (and the SSSE3/SSE4.1 the block loop also uses).
/// Always 0 on other architectures.
int csha256_accel_available(void);

/// Runs the SHA-256 compression function over `blockCount` consecutive 64-byte blocks.
/// `state` holds the eight working words in the order a, b, c, d, e, f, g, h.
/// Call only when `csha256_accel_available()` returned non-zero.
void csha256_accel_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount);

#endif

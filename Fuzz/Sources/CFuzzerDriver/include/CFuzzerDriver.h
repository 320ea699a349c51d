#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's own driver (LLVM 12 and later), called from a Swift `@main`: SwiftPM links Linux
/// executables with `--defsym main=<Target>_main`, so libFuzzer's `main` is never used.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

/// Runs libFuzzer on `callback` with the process's arguments.
int containerfit_fuzz_main(int argc, char **argv, int (*callback)(const uint8_t *Data, size_t Size));
#endif

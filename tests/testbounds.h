#pragma once

#include <QtGlobal>

namespace TestBounds {

/**
 * The factor by which tests multiply a bound on measured memory or time: 1, or the
 * environment's GTM_TEST_BOUND_SCALE when it is larger. The sanitized suite sets it (5): code
 * instrumented by AddressSanitizer is slower, and its shadow memory and quarantine count in a
 * process's peak memory. The bound is still checked, never skipped.
 */
inline int scale()
{
    bool ok = false;
    const int factor = qEnvironmentVariableIntValue("GTM_TEST_BOUND_SCALE", &ok);
    return ok && factor > 1 ? factor : 1;
}

} // namespace TestBounds

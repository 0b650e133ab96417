//go:build linux && cgo

package cli

/*
#include <stdlib.h> // defines __GLIBC__ where it is glibc
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>
static int vigil_malloc_free(size_t *free) {
	struct mallinfo2 m = mallinfo2();
	*free = m.fordblks;
	return 1;
}
static void vigil_malloc_trim(void) { malloc_trim(0); }
#else
static int vigil_malloc_free(size_t *free) { *free = 0; return 0; }
static void vigil_malloc_trim(void) {}
#endif
*/
import "C"

// cMallocFree is the memory C's malloc holds free (glibc's mallinfo2
// fordblks, which counts free chunks whether or not their pages were
// returned); ok is false where that cannot be known (another C library).
func cMallocFree() (free uint64, ok bool) {
	var n C.size_t
	if C.vigil_malloc_free(&n) == 0 {
		return 0, false
	}
	return uint64(n), true
}

// cMallocTrim returns the pages of C's free memory to the system
// (glibc's malloc_trim(0)); a no-op elsewhere.
func cMallocTrim() { C.vigil_malloc_trim() }

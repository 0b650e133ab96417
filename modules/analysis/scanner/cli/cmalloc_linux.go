//go:build linux && cgo

package cli

/*
#include <stdlib.h> // defines __GLIBC__ where it is glibc
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>
static int vigil_malloc_info(size_t *used, size_t *free) {
	struct mallinfo2 m = mallinfo2();
	*used = m.uordblks + m.hblkhd;
	*free = m.fordblks;
	return 1;
}
static void vigil_malloc_trim(void) { malloc_trim(0); }
#else
static int vigil_malloc_info(size_t *used, size_t *free) { *used = 0; *free = 0; return 0; }
static void vigil_malloc_trim(void) {}
#endif
*/
import "C"

// cMallocInfo is the memory C's malloc has given out (used) and holds
// free (glibc's mallinfo2 uordblks+hblkhd and fordblks; free chunks count
// whether or not their pages were returned); ok is false where that cannot
// be known (another C library).
func cMallocInfo() (used, free uint64, ok bool) {
	var u, f C.size_t
	if C.vigil_malloc_info(&u, &f) == 0 {
		return 0, 0, false
	}
	return uint64(u), uint64(f), true
}

// cMallocTrim returns the pages of C's free memory to the system
// (glibc's malloc_trim(0)); a no-op elsewhere.
func cMallocTrim() { C.vigil_malloc_trim() }

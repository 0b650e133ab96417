#include <stdio.h>
#include <stdlib.h>

FILE *list_dir(void) {
    const char *dir = getenv("TARGET_DIR");
    return popen(dir, "r"); // vigil:expect VGL-C-CMDI-001
}

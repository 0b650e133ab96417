#include <stdio.h>
#include <stdlib.h>

FILE *scratch(void) {
    char tmpl[] = "/tmp/app-XXXXXX";
    char *dir = tempnam("/var/tmp", "app"); // vigil:expect VGL-C-TMP-001
    free(dir);
    return fopen(mktemp(tmpl), "w"); // vigil:expect VGL-C-TMP-001
}

#include <stdio.h>
#include <stdlib.h>

FILE *scratch(void) {
    char dir[] = "/tmp/app-XXXXXX";
    if (mkdtemp(dir) == NULL) return NULL;
    return tmpfile();
}

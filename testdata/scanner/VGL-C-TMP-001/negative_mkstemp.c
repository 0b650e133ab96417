#include <stdio.h>
#include <stdlib.h>

FILE *scratch(void) {
    char tmpl[] = "/tmp/app-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0) return NULL;
    return fdopen(fd, "w+");
}

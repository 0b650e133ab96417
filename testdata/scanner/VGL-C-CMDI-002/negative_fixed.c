#include <unistd.h>

#define GZIP_PATH "/usr/bin/gzip"

void compress(char *file) {
    char *args[] = {"gzip", "-9", file, NULL};
    execv("/usr/bin/gzip", args);
    execl(GZIP_PATH, "gzip", "-9", file, (char *)NULL);
}

#include <string.h>

void reset(char *status, size_t n) {
    char tmp[8];
    strcpy(tmp, "idle");
    strcat(tmp, "!");
    strncpy(status, tmp, n - 1);
    status[n - 1] = '\0';
}

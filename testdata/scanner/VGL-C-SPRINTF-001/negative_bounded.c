#include <stdio.h>

void greet(const char *name) {
    char msg[64];
    snprintf(msg, sizeof msg, "hello %s", name);
    char shortname[16];
    sprintf(shortname, "%.15s", name);
    puts(msg);
}

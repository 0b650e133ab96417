#include <stdio.h>

void greet(const char *name) {
    char msg[64];
    sprintf(msg, "hello %s, welcome back", name); /* vigil:expect VGL-C-SPRINTF-001 */
    puts(msg);
}

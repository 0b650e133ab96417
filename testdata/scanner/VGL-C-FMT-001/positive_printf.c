#include <stdio.h>

void show(const char *msg) {
    printf(msg); /* vigil:expect VGL-C-FMT-001 */
}

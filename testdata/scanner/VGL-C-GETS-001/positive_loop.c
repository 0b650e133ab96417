#include <stdio.h>
#include <string.h>

int count_lines(void) {
    char line[128];
    int n = 0;
    while (gets(line) != NULL) { // vigil:expect VGL-C-GETS-001
        if (strlen(line) > 0) n++;
    }
    return n;
}

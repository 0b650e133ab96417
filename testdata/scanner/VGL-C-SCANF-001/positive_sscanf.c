#include <stdio.h>

int parse(const char *line, FILE *f) {
    char key[16], value[64];
    int n = sscanf(line, "%[^=]=%63s", key, value); // vigil:expect VGL-C-SCANF-001
    char word[8];
    fscanf(f, "%d %ls", &n, word); // vigil:expect VGL-C-SCANF-001
    return n;
}

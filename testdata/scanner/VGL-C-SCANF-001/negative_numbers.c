#include <stdio.h>

int parse(const char *line) {
    int a, b;
    char key[16];
    sscanf(line, "%d,%d", &a, &b);
    sscanf(line, "%15[^=]", key);
    return a + b;
}

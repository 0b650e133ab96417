#include <stdio.h>
#include <stdlib.h>

int count_lines(FILE *f) {
    char *line = NULL;
    size_t cap = 0;
    int n = 0;
    while (getline(&line, &cap, f) != -1) n++;
    free(line);
    return n;
}

#include <stdlib.h>
#include <string.h>

char *dup_arg(int argc, char **argv) {
    char *copy = malloc(strlen(argv[1]) + 1);
    int *table = malloc(64 * sizeof(int));
    free(table);
    return copy ? strcpy(copy, argv[1]) : NULL;
}

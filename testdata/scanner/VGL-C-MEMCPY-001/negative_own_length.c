#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc < 2) return 1;
    size_t n = strlen(argv[1]) + 1;
    char *copy = malloc(n);
    if (copy == NULL) return 1;
    memcpy(copy, argv[1], strlen(argv[1]) + 1);
    free(copy);
    return 0;
}

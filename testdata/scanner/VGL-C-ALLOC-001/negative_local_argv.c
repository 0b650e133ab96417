#include <stdlib.h>

int run(size_t n) {
    char **argv = malloc(sizeof(*argv) * (2 + n));
    size_t *argvlen = malloc(sizeof(*argvlen) * (2 + n));
    free(argv);
    free(argvlen);
    return 0;
}

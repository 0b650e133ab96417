#include <string.h>

typedef struct { char *ptr; size_t len; } arg_t;

/* A library's own argument vector (not main's) is not untrusted input. */
size_t join_args(char *out, const char **argv, const size_t *argvlen, int argc) {
    size_t pos = 0;
    for (int j = 0; j < argc; j++) {
        memcpy(out + pos, argv[j], argvlen[j]);
        pos += argvlen[j];
    }
    return pos;
}

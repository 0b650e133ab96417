#include <stdio.h>

int print_value(char *out, size_t n, int digits, double v, int verbose) {
    char fmt[16];
    snprintf(fmt, sizeof fmt, "%%.%df", digits);
    printf(verbose ? "verbose\n" : "quiet\n");
    return snprintf(out, n, fmt, v);
}

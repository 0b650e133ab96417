#include <stdlib.h>

int main(int argc, char *argv[]) {
    size_t rows = strtoul(argv[1], NULL, 10);
    double *m = malloc(rows * rows * sizeof(double)); /* vigil:expect VGL-C-ALLOC-001 */
    free(m);
    return 0;
}

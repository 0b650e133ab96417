#include <alloca.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    size_t n = strtoul(argv[1], NULL, 10);
    char *tmp = alloca(n); // vigil:expect VGL-C-ALLOC-001
    int *grid = NULL;
    grid = realloc(grid, n * n * sizeof *grid); // vigil:expect VGL-C-ALLOC-001
    memset(tmp, 0, 1);
    return grid == NULL;
}

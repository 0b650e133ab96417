#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    char name[32];
    size_t n = strtoul(argv[2], NULL, 10);
    strncpy(name, argv[1], n); // vigil:expect VGL-C-MEMCPY-001
    memset(name, 0, atoi(getenv("CLEAR_LEN"))); // vigil:expect VGL-C-MEMCPY-001
    return 0;
}

#include <string.h>

void build_path(char *out, const char *dir, const char *file) {
    char buf[256];
    strcpy(buf, dir); // vigil:expect VGL-C-STRCPY-001
    strcat(buf, "/");
    strcat(buf, file); // vigil:expect VGL-C-STRCPY-001
    strcpy(out, buf); // vigil:expect VGL-C-STRCPY-001
}

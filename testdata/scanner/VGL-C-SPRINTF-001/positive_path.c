#include <stdio.h>

FILE *open_user_file(const char *home, const char *file) {
    char path[256];
    sprintf(path, "%s/%-20s", home, file); // vigil:expect VGL-C-SPRINTF-001
    return fopen(path, "r");
}

#include <stdio.h>

FILE *scratch(void) {
    char name[L_tmpnam];
    tmpnam(name); /* vigil:expect VGL-C-TMP-001 */
    return fopen(name, "w");
}

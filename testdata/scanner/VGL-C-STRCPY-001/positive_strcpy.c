#include <string.h>

struct user { char name[16]; };

void set_name(struct user *u, const char *name) {
    strcpy(u->name, name); /* vigil:expect VGL-C-STRCPY-001 */
}

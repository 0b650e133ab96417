#include <stdio.h>

struct user { char name[16]; };

void set_name(struct user *u, const char *name) {
    snprintf(u->name, sizeof u->name, "%s", name);
}

#include <stdio.h>
#include <syslog.h>

#define BANNER "service %s ready\n"

void show(const char *msg, const char *name) {
    printf("%s\n", msg);
    syslog(LOG_INFO, "%s", msg);
    fprintf(stderr, BANNER, name);
    printf("a" "b\n");
}

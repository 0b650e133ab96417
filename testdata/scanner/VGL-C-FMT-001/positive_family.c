#include <stdio.h>
#include <syslog.h>

void log_request(const char *line, char *out, size_t n) {
    syslog(LOG_INFO, line); // vigil:expect VGL-C-FMT-001
    fprintf(stderr, line); // vigil:expect VGL-C-FMT-001
    snprintf(out, n, line); // vigil:expect VGL-C-FMT-001
}

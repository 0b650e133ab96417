#include <stdio.h>
#include <unistd.h>

void run(const char *user_file) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "gzip %s", user_file);
    execl("/bin/sh", "sh", "-c", cmd, (char *)NULL); /* vigil:expect VGL-C-CMDI-002 */
}

#include <unistd.h>

void rotate(void) {
    execl("/bin/sh", "sh", "-c", "logrotate /etc/logrotate.conf", (char *)NULL);
}

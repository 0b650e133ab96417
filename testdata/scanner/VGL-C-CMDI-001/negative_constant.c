#include <stdio.h>
#include <stdlib.h>

int main(void) {
    if (system(NULL) == 0) return 1;
    system("clear");
    FILE *p = popen("uptime", "r");
    return pclose(p);
}

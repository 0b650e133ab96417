#include <stdio.h>

int main(void) {
    char name[32];
    printf("name: ");
    gets(name); /* vigil:expect VGL-C-GETS-001 */
    printf("hello %s\n", name);
    return 0;
}

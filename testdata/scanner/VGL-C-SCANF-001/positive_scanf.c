#include <stdio.h>

int main(void) {
    char user[32];
    scanf("%s", user); /* vigil:expect VGL-C-SCANF-001 */
    return 0;
}

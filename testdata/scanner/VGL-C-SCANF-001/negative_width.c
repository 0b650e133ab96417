#include <stdio.h>

int main(void) {
    char user[32];
    int age;
    scanf("%31s %d", user, &age);
    return 0;
}

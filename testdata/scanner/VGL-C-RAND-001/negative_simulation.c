#include <stdlib.h>

int roll_dice(void) {
    int face = rand() % 6 + 1;
    int key_count = rand() % 10;
    return face + key_count;
}

#include <stdlib.h>
#include <time.h>

void make_key(unsigned char aes_key[32]) {
    srand((unsigned) time(NULL));
    for (int i = 0; i < 32; i++) {
        aes_key[i] = rand() % 256; /* vigil:expect VGL-C-RAND-001 */
    }
}

#include <sys/random.h>
#include <openssl/rand.h>

int make_key(unsigned char key[32], unsigned char iv[12]) {
    if (getrandom(key, 32, 0) != 32) return -1;
    return RAND_bytes(iv, 12);
}

#include <openssl/md5.h>

void hash_password(const char *password, size_t n, unsigned char out[16]) {
    MD5((const unsigned char *)password, n, out); /* vigil:expect VGL-C-HASH-001 */
}

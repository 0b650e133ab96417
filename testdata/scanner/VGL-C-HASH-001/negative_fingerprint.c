#include <openssl/md5.h>

void fingerprint(const unsigned char *data, size_t n, unsigned char out[MD5_DIGEST_LENGTH]) {
    MD5(data, n, out);
}

#include <openssl/sha.h>

/* MD5 was used by older releases; see MIGRATION. */
static const char *algo = "MD5";

void fingerprint(const unsigned char *data, size_t n, unsigned char out[SHA256_DIGEST_LENGTH]) {
    SHA256(data, n, out);
}

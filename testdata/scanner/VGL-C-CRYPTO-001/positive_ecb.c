#include <openssl/evp.h>
#include <openssl/rc4.h>

int seal(EVP_CIPHER_CTX *ctx, const unsigned char *key) {
    return EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL); // vigil:expect VGL-C-CRYPTO-001
}

void stream(RC4_KEY *k, const unsigned char *key, int n) {
    RC4_set_key(k, n, key); // vigil:expect VGL-C-CRYPTO-001
}

#include <openssl/evp.h>

int seal(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *nonce) {
    const EVP_CIPHER *c = EVP_chacha20_poly1305();
    return EVP_EncryptInit_ex(ctx, c, NULL, key, nonce);
}

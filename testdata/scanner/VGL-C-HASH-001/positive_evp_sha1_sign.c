#include <openssl/evp.h>

int sign_message(const void *data, size_t n, unsigned char *out, unsigned int *len) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha1(), NULL); // vigil:expect VGL-C-HASH-001
    EVP_DigestUpdate(ctx, data, n);
    EVP_DigestFinal_ex(ctx, out, len);
    EVP_MD_CTX_free(ctx);
    return 1;
}

#include <openssl/evp.h>

int seal(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
    return EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv); /* vigil:expect VGL-C-CRYPTO-001 */
}

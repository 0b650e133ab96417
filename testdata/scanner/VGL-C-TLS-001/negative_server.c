#include <openssl/ssl.h>

/* Server side: SSL_VERIFY_NONE means no client certificate is requested. */
SSL *accept_client(SSL_CTX *ctx, int fd, int require_client_cert) {
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (!require_client_cert) {
        SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
    }
    if (SSL_accept(ssl) <= 0) return NULL;
    return ssl;
}

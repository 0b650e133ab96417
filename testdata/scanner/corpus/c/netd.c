/* A tiny network daemon with a few deliberate flaws (labelled). */
#include <arpa/inet.h>
#include <openssl/md5.h>
#include <openssl/ssl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/param.h>
#include <syslog.h>

struct msg_hdr { uint16_t len; uint16_t count; };

static void log_peer(const char *peer) {
    syslog(LOG_INFO, "peer %s", peer);
    syslog(LOG_INFO, peer); /* LABEL: CWE-134 */
}

static void handle(const struct msg_hdr *h, const unsigned char *body) {
    unsigned char buf[256];
    uint16_t len = ntohs(h->len);
    memcpy(buf, body, len); /* LABEL: CWE-120 */
    size_t safe = MIN(ntohs(h->len), sizeof buf);
    memcpy(buf, body, safe);
    uint16_t count = ntohs(h->count);
    uint32_t *ids = malloc(count * sizeof(uint32_t)); /* LABEL: CWE-190 */
    uint32_t *ids2 = calloc(count, sizeof(uint32_t));
    free(ids);
    free(ids2);
}

static void set_user(char *dst, const char *name) {
    char greeting[64];
    strcpy(dst, name); /* LABEL: CWE-120 */
    snprintf(greeting, sizeof greeting, "hello %s", name);
    sprintf(greeting, "hello %s", name); /* LABEL: CWE-120 */
    puts(greeting);
}

static int archive(const char *dir) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "tar czf /tmp/backup.tgz %s", dir);
    system("sync");
    return system(cmd); /* LABEL: CWE-78 */
}

static void checksum(const unsigned char *data, size_t n, unsigned char *out) {
    MD5(data, n, out); /* LABEL: CWE-328 */
}

static SSL_CTX *client_ctx(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL); /* LABEL: CWE-295 */
    return ctx;
}

int main(int argc, char **argv) {
    char user[32];
    if (argc < 2) return 1;
    if (scanf("%31s", user) != 1) return 1;
    set_user(user, argv[1]);
    log_peer(argv[1]);
    archive(argv[1]);
    unsigned long session_token = (unsigned long) random(); /* LABEL: CWE-338 */
    printf("%lu\n", session_token);
    (void) handle;
    (void) checksum;
    (void) client_ctx;
    return 0;
}

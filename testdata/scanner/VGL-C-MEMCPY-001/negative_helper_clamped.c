#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>
#include <sys/param.h>

struct record { char name[64]; };

static void set_name(struct record *r, const unsigned char *src, size_t n) {
    memcpy(r->name, src, MIN(n, sizeof r->name - 1));
    r->name[sizeof r->name - 1] = '\0';
}

void on_message(struct record *r, const unsigned char *msg) {
    set_name(r, msg + 2, ntohs(*(const uint16_t *) msg));
    set_name(r, (const unsigned char *) "anonymous", 9);
}

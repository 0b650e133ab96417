#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>

struct record { char name[64]; };

static void set_name(struct record *r, const unsigned char *src, size_t n) {
    memcpy(r->name, src, n); // vigil:expect VGL-C-MEMCPY-001
}

void on_message(struct record *r, const unsigned char *msg) {
    uint16_t name_len = ntohs(*(const uint16_t *) msg);
    set_name(r, msg + 2, name_len);
}

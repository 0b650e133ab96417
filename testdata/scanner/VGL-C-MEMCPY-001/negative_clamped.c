#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>
#include <sys/param.h>

struct hdr { uint16_t len; uint16_t type; };

void handle(const struct hdr *h, const unsigned char *payload) {
    unsigned char buf[512];
    size_t len = MIN(ntohs(h->len), sizeof buf);
    memcpy(buf, payload, len);
}

#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>

struct hdr { uint16_t len; uint16_t type; };

void handle(const struct hdr *h, const unsigned char *payload) {
    unsigned char buf[512];
    uint16_t len = ntohs(h->len);
    memcpy(buf, payload, len); /* vigil:expect VGL-C-MEMCPY-001 */
}

#include <arpa/inet.h>
#include <stdint.h>
#include <stdlib.h>

struct item { uint32_t id; uint32_t qty; };

struct item *read_items(const uint32_t *wire) {
    uint32_t count = ntohl(wire[0]);
    struct item *items = malloc(count * sizeof(struct item)); /* vigil:expect VGL-C-ALLOC-001 */
    return items;
}

#include <stdlib.h>

struct dict;
char *format_key(long n);
void dict_add(struct dict *d, char *k);

void fill_random(struct dict *d, long count) {
    for (long i = 0; i < count; i++) {
        char *key = format_key(rand() % count);
        dict_add(d, key);
    }
}

#include <stdio.h>

void label(char out[32], int id, double price) {
    sprintf(out, "#%05d %.2f", id, price);
}

#include <stdlib.h>

long new_session(void) {
    long session_id = random(); // vigil:expect VGL-C-RAND-001
    unsigned int nonce;
    nonce = (unsigned int) lrand48(); // vigil:expect VGL-C-RAND-001
    return session_id ^ nonce;
}

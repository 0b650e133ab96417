#include <stdlib.h>

#define DB_PASSWORD_ENV "DB_PASSWORD"

const char *db_password(void) {
    const char *password = getenv(DB_PASSWORD_ENV);
    return password ? password : "";
}

#include <mysql.h>

#define DB_PASSWORD "s3cr3t-Pa55" /* vigil:expect VGL-C-CRED-001 */

int connect_db(MYSQL *m) {
    return mysql_real_connect(m, "db", "app", DB_PASSWORD, "app", 0, NULL, 0) != NULL;
}

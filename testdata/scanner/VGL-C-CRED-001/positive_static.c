static const char *api_key = "AKx9-live-2f8a7c"; // vigil:expect VGL-C-CRED-001
static char admin_password[] = "hunter2hunter2"; // vigil:expect VGL-C-CRED-001

const char *key(void) { return api_key; }

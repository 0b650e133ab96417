static const char *password_prompt = "Enter password: ";
static const char *secret = "changeme";
static const char *api_key_file = "/etc/app/api.key";
#define PASSWORD_LEN "64"

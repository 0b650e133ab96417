#include <unistd.h>

int launch(char *const argv[], const char *tool) {
    return execvp(tool, argv); /* vigil:expect VGL-C-CMDI-002 */
}

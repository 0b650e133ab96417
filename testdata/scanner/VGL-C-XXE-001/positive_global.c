#include <libxml/parser.h>

xmlDocPtr load(const char *path) {
    xmlSubstituteEntitiesDefault(1); /* vigil:expect VGL-C-XXE-001 */
    return xmlParseFile(path);
}

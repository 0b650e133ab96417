#include <libxml/parser.h>

xmlDocPtr load(const char *path, int opts) {
    xmlSubstituteEntitiesDefault(0);
    return xmlReadFile(path, NULL, opts & ~XML_PARSE_NOENT);
}

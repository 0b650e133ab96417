#include <libxml/parser.h>

xmlDocPtr load(const char *buf, int len) {
    return xmlReadMemory(buf, len, "in.xml", NULL, XML_PARSE_NOENT | XML_PARSE_NONET); /* vigil:expect VGL-C-XXE-001 */
}

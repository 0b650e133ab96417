#include <libxml/parser.h>

xmlDocPtr load(const char *buf, int len) {
    return xmlReadMemory(buf, len, "in.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
}

xmlDocPtr one(const char *buf) {
    return xmlReadMemory(buf, 1, "in.xml", NULL, XML_PARSE_NONET);
}

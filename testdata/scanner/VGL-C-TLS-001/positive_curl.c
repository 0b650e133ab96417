#include <curl/curl.h>

CURLcode fetch(CURL *c, const char *url) {
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L); // vigil:expect VGL-C-TLS-001
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0); // vigil:expect VGL-C-TLS-001
    return curl_easy_perform(c);
}

#include <cstdio>
#include <string>

void show(const std::string &msg) {
    std::printf("%s\n", msg.c_str());
    printf(msg.c_str()); // vigil:expect VGL-C-FMT-001
}

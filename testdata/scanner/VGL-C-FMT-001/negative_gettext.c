#include <stdio.h>
#include <libintl.h>
#define _(s) gettext(s)

void hello(const char *name) {
    printf(_("Hello, %s!\n"), name);
    printf(gettext("Bye\n"));
}

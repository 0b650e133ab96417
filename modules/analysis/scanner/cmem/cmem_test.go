package cmem

import (
	"strconv"
	"strings"
	"testing"
)

// Each case is a small C file; want lists "RULE@line" for every finding.
func TestScan(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"use after free", `
void f(struct conn *c) {
    char *buf = malloc(64);
    if (!buf) return;
    free(buf);
    buf[0] = 0;
}`, []string{"VGL-C-UAF-001@6"}},
		{"field used after free", `
void close_conn(struct conn *c) {
    free(c->buf);
    log_msg("closing");
    memcpy(c->buf, "x", 1);
}`, []string{"VGL-C-UAF-001@5"}},
		{"double free", `
int g(char *p) {
    free(p);
    cleanup();
    free(p);
    return 0;
}`, []string{"VGL-C-DFREE-001@5"}},
		{"unchecked malloc", `
char *dup(const char *s, size_t n) {
    char *out = malloc(n + 1);
    memcpy(out, s, n);
    out[n] = 0;
    return out;
}`, []string{"VGL-C-NULL-001@4"}},
		{"freed then reassigned", `
void h(void) {
    char *p = malloc(8);
    if (p == NULL) return;
    free(p);
    p = malloc(16);
    if (!p) return;
    p[0] = 1;
    free(p);
    p = NULL;
}`, nil},
		{"conditional free", `
void k(char *p, int done) {
    if (done) free(p);
    else p[0] = 0;
    if (done) {
        free(p);
        return;
    }
    p[1] = 0;
}`, nil},
		{"free then return", `
int m(char *p) {
    if (p[0] == 0) {
        free(p);
        return -1;
    }
    return p[1];
}`, nil},
		{"checked allocations", `
int n(size_t len) {
    char *a = malloc(len);
    if (a == NULL)
        return -1;
    a[0] = 0;
    int *b = calloc(4, sizeof *b);
    if (!b) { free(a); return -1; }
    b[0] = 1;
    struct s *c = malloc(sizeof(*c));
    assert(c);
    c->x = 1;
    free(a); free(b); free(c);
    return 0;
}`, nil},
		{"comments and strings ignored", `
void q(char *p) {
    free(p);
    /* p[0] = 0; */
    puts("p[0] after free(p)");
}`, nil},
		{"loop over list frees each node", `
void free_list(struct node *head) {
    struct node *n = head;
    while (n) {
        struct node *next = n->next;
        free(n);
        n = next;
    }
}`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range Scan("x.c", []byte(tc.src)) {
				got = append(got, f.RuleID+"@"+strconv.Itoa(f.Location.StartLine))
				if len(f.Trace) != 2 || f.Trace[0].Location.StartLine >= f.Location.StartLine {
					t.Errorf("trace %+v", f.Trace)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

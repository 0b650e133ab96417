package scanner

import (
	"regexp"
	"testing"
)

// TestOwnFile: a pickle loaded from a path the same file pickles to (a
// module-level name or a path helper the file defines) is the program's
// own file; a path from a parameter, or one the file never writes, is not.
func TestOwnFile(t *testing.T) {
	writer := regexp.MustCompile(`\bpickle\.dump\(`)
	cases := []struct {
		name, src, call, fn string
		want                bool
	}{
		{"module-level path written and read", `STATE = "state.pkl"
def save(s):
    with open(STATE, "wb") as f:
        pickle.dump(s, f)
def load():
    with open(STATE, "rb") as f:
        return pickle.load(f)
`, "pickle.load(f)", "def load():\n    with open(STATE, \"rb\") as f:\n        return pickle.load(f)", true},
		{"path helper through a local, file opened in place", `def _path(k):
    return os.path.join(DIR, sha(k) + ".pkl")
def put(k, v):
    p = _path(k)
    pickle.dump(v, open(p, "wb"))
def get(k):
    p = _path(k)
    return pickle.load(open(p, "rb"))
`, "pickle.load(open(p, \"rb\"))", "def get(k):\n    p = _path(k)\n    return pickle.load(open(p, \"rb\"))", true},
		{"a parameter's path", `def save(m, path):
    with open(path, "wb") as fh:
        pickle.dump(m, fh)
def load(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)
`, "pickle.load(fh)", "def load(path):\n    with open(path, \"rb\") as fh:\n        return pickle.load(fh)", false},
		{"a fixed path the file never writes", `MODEL = "model.pkl"
def save(m):
    with open("other.pkl", "wb") as f:
        pickle.dump(m, f)
def load():
    with open(MODEL, "rb") as f:
        return pickle.load(f)
`, "pickle.load(f)", "def load():\n    with open(MODEL, \"rb\") as f:\n        return pickle.load(f)", false},
		{"no writer in the file", `STATE = "state.pkl"
def load():
    with open(STATE, "rb") as f:
        return pickle.load(f)
`, "pickle.load(f)", "def load():\n    with open(STATE, \"rb\") as f:\n        return pickle.load(f)", false},
		{"a helper the file does not define", `def put(k, v):
    pickle.dump(v, open(lookup(k), "wb"))
def get(k):
    return pickle.load(open(lookup(k), "rb"))
`, "pickle.load(open(lookup(k), \"rb\"))", "def get(k):\n    return pickle.load(open(lookup(k), \"rb\"))", false},
		{"bytes, not a file", `STATE = "s.pkl"
def save(s):
    pickle.dump(s, open(STATE, "wb"))
def load(blob):
    return pickle.loads(blob)
`, "pickle.loads(blob)", "def load(blob):\n    return pickle.loads(blob)", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ownFile(c.call, c.fn, []byte(c.src), writer); got != c.want {
				t.Errorf("ownFile = %v, want %v", got, c.want)
			}
		})
	}
}

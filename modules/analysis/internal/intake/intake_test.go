package intake

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vigil/platform/errs"
)

type entry struct {
	name     string
	body     string
	symlink  string // zip/tar: make a symlink to this target
	hardlink string // tar: make a hard link to this target
	dir      bool
	size     int // overrides body with this many zero bytes
}

func (e entry) data() []byte {
	if e.size > 0 {
		return make([]byte, e.size)
	}
	return []byte(e.body)
}

func makeZip(t *testing.T, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		switch {
		case e.symlink != "":
			h.SetMode(os.ModeSymlink | 0o777)
		case e.dir:
			h.Name = strings.TrimSuffix(e.name, "/") + "/"
			h.SetMode(os.ModeDir | 0o755)
		default:
			h.SetMode(0o644)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if e.symlink != "" {
			_, err = w.Write([]byte(e.symlink))
		} else if !e.dir {
			_, err = w.Write(e.data())
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func makeTarGz(t *testing.T, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: 0o644}
		switch {
		case e.symlink != "":
			h.Typeflag, h.Linkname = tar.TypeSymlink, e.symlink
		case e.hardlink != "":
			h.Typeflag, h.Linkname = tar.TypeLink, e.hardlink
		case e.dir:
			h.Typeflag = tar.TypeDir
		default:
			h.Typeflag, h.Size = tar.TypeReg, int64(len(e.data()))
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := tw.Write(e.data()); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// zipLyingSize is a zip whose central directory declares a tiny
// uncompressed size for a large entry: only counting bytes read catches it.
func zipLyingSize(t *testing.T, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "small.txt", Method: zip.Store, CompressedSize64: uint64(n), UncompressedSize64: 10, CRC32: 0})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(bytes.Repeat([]byte("a"), n)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func limits() Limits {
	return Limits{MaxUploadBytes: 1 << 20, MaxUncompressedBytes: 8 << 20, MaxFiles: 10, MaxFileBytes: 4 << 20}
}

func TestBundle(t *testing.T) {
	src := entry{name: "app/main.py", body: "import os\nos.system(input())\n"}
	tests := []struct {
		name    string
		parts   func(t *testing.T) []Part
		limits  func(l Limits) Limits
		wantErr string   // substring of the field message; "" = accepted
		files   []string // accepted paths
		nested  int
		lines   int
	}{
		{name: "zip", parts: func(t *testing.T) []Part {
			return []Part{{Name: "src.zip", Data: makeZip(t, entry{name: "app", dir: true}, src, entry{name: "lib/x.go", body: "package x\n"})}}
		}, files: []string{"app/main.py", "lib/x.go"}, lines: 3},
		{name: "tar.gz", parts: func(t *testing.T) []Part {
			return []Part{{Name: "src.tar.gz", Data: makeTarGz(t, entry{name: "app/", dir: true}, src)}}
		}, files: []string{"app/main.py"}, lines: 2},
		{name: "macOS archive bookkeeping dropped", parts: func(t *testing.T) []Part {
			return []Part{{Name: "shop.zip", Data: makeZip(t, src, entry{name: "__MACOSX", dir: true},
				entry{name: "__MACOSX/app/._main.py", body: "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X"},
				entry{name: "app/.DS_Store", body: "\x00\x00\x00\x01Bud1\x00"}, entry{name: "app/._main.py", body: "\x00\x05\x16\x07\x00\x02"},
				entry{name: "Thumbs.db", body: "\x00"})}}
		}, files: []string{"app/main.py"}, lines: 2},
		{name: "a ._ file that is not AppleDouble is kept", parts: func(t *testing.T) []Part {
			return []Part{{Name: "dots.tgz", Data: makeTarGz(t, src, entry{name: "app/._config.py", body: "DEBUG = True\n"})}}
		}, files: []string{"app/._config.py", "app/main.py"}, lines: 3},
		{name: "tgz", parts: func(t *testing.T) []Part { return []Part{{Name: "src.TGZ", Data: makeTarGz(t, src)}} }, files: []string{"app/main.py"}, lines: 2},
		{name: "several plain files", parts: func(t *testing.T) []Part {
			return []Part{{Name: "a.js", Data: []byte("eval(x)")}, {Name: "b.rb", Data: []byte("puts 1\nputs 2\n")}}
		}, files: []string{"a.js", "b.rb"}, lines: 3},
		{name: "nested archive kept, not expanded", parts: func(t *testing.T) []Part {
			inner := makeZip(t, entry{name: "evil/../../x", body: "x"})
			return []Part{{Name: "outer.zip", Data: makeZip(t, src, entry{name: "vendor/inner.zip", body: string(inner)})}}
		}, files: []string{"app/main.py", "vendor/inner.zip"}, nested: 1, lines: 2},
		{name: "zip slip", parts: func(t *testing.T) []Part {
			return []Part{{Name: "s.zip", Data: makeZip(t, entry{name: "../../etc/passwd", body: "x"})}}
		}, wantErr: "escapes"},
		{name: "zip slip inside a directory", parts: func(t *testing.T) []Part {
			return []Part{{Name: "s.zip", Data: makeZip(t, entry{name: "a/../../b", body: "x"})}}
		}, wantErr: "escapes"},
		{name: "tar slip", parts: func(t *testing.T) []Part {
			return []Part{{Name: "s.tgz", Data: makeTarGz(t, entry{name: "../x", body: "x"})}}
		}, wantErr: "escapes"},
		{name: "absolute path", parts: func(t *testing.T) []Part {
			return []Part{{Name: "a.tar.gz", Data: makeTarGz(t, entry{name: "/etc/cron.d/x", body: "x"})}}
		}, wantErr: "absolute"},
		{name: "windows absolute path", parts: func(t *testing.T) []Part {
			return []Part{{Name: "a.zip", Data: makeZip(t, entry{name: `C:\windows\x`, body: "x"})}}
		}, wantErr: "absolute"},
		{name: "zip symlink", parts: func(t *testing.T) []Part {
			return []Part{{Name: "l.zip", Data: makeZip(t, entry{name: "link", symlink: "/etc/passwd"})}}
		}, wantErr: "symbolic link"},
		{name: "tar symlink", parts: func(t *testing.T) []Part {
			return []Part{{Name: "l.tgz", Data: makeTarGz(t, entry{name: "link", symlink: "../.."})}}
		}, wantErr: "symbolic link"},
		{name: "tar hard link", parts: func(t *testing.T) []Part {
			return []Part{{Name: "l.tgz", Data: makeTarGz(t, src, entry{name: "h", hardlink: "/etc/shadow"})}}
		}, wantErr: "hard link"},
		{name: "zip bomb by ratio", parts: func(t *testing.T) []Part {
			return []Part{{Name: "b.zip", Data: makeZip(t, entry{name: "zeros", size: 3 << 20})}}
		}, wantErr: "zip bomb"},
		{name: "tar.gz bomb by ratio", parts: func(t *testing.T) []Part {
			return []Part{{Name: "b.tgz", Data: makeTarGz(t, entry{name: "zeros", size: 3 << 20})}}
		}, wantErr: "zip bomb"},
		{name: "declared size lies", parts: func(t *testing.T) []Part { return []Part{{Name: "l.zip", Data: zipLyingSize(t, 5000)}} },
			limits: func(l Limits) Limits { l.MaxFileBytes = 1000; return l }, wantErr: "cannot be read"},
		{name: "compressed size", parts: func(t *testing.T) []Part { return []Part{{Name: "big.txt", Data: make([]byte, 2<<20)}} }, wantErr: "upload is larger"},
		{name: "uncompressed size", parts: func(t *testing.T) []Part {
			return []Part{{Name: "a.tgz", Data: makeTarGz(t, entry{name: "a", body: strings.Repeat("abc\n", 300)}, entry{name: "b", body: strings.Repeat("abc\n", 300)})}}
		}, limits: func(l Limits) Limits { l.MaxUncompressedBytes = 2000; return l }, wantErr: "uncompressed"},
		{name: "per-file size", parts: func(t *testing.T) []Part {
			return []Part{{Name: "a.zip", Data: makeZip(t, entry{name: "a", body: strings.Repeat("x", 2000)})}}
		},
			limits: func(l Limits) Limits { l.MaxFileBytes = 1000; return l }, wantErr: "larger than 1000"},
		{name: "file count", parts: func(t *testing.T) []Part {
			var es []entry
			for i := range 11 {
				es = append(es, entry{name: strings.Repeat("d", i+1), body: "x"})
			}
			return []Part{{Name: "many.zip", Data: makeZip(t, es...)}}
		}, wantErr: "more than 10 files"},
		{name: "duplicate path", parts: func(t *testing.T) []Part {
			return []Part{{Name: "a.py", Data: []byte("1")}, {Name: "./a.py", Data: []byte("2")}}
		}, wantErr: "twice"},
		{name: "unsupported archive", parts: func(t *testing.T) []Part { return []Part{{Name: "code.rar", Data: []byte("Rar!")}} }, wantErr: "unsupported"},
		{name: "not really a zip", parts: func(t *testing.T) []Part { return []Part{{Name: "code.zip", Data: []byte("hello")}} }, wantErr: "not a valid zip"},
		{name: "empty zip", parts: func(t *testing.T) []Part { return []Part{{Name: "e.zip", Data: makeZip(t)}} }, wantErr: "no files"},
		{name: "only directories", parts: func(t *testing.T) []Part {
			return []Part{{Name: "e.tgz", Data: makeTarGz(t, entry{name: "d/", dir: true})}}
		}, wantErr: "no files"},
		{name: "nothing uploaded", parts: func(t *testing.T) []Part { return nil }, wantErr: "no files"},
	}
	// Every case runs on parts in memory (pastes) and on parts spooled to
	// disk (uploads): the checks must be exactly as strict on both.
	for _, tc := range tests {
		for _, spooled := range []bool{false, true} {
			name := tc.name + "/memory"
			if spooled {
				name = tc.name + "/spooled"
			}
			t.Run(name, func(t *testing.T) {
				l := limits()
				if tc.limits != nil {
					l = tc.limits(l)
				}
				parts := tc.parts(t)
				if spooled {
					parts = spool(t, parts)
				}
				bundle, man, err := Bundle(parts, l, "files")
				if tc.wantErr != "" {
					var e *errs.Error
					if !errors.As(err, &e) || e.Kind != errs.KindInvalid || len(e.Fields) != 1 || e.Fields[0].Field != "files" {
						t.Fatalf("want a 422 problem on field files, got %v", err)
					}
					if !strings.Contains(e.Fields[0].Message, tc.wantErr) {
						t.Fatalf("message %q does not mention %q", e.Fields[0].Message, tc.wantErr)
					}
					if bundle != nil || man != nil {
						t.Fatal("a rejected upload produced a bundle")
					}
					return
				}
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				var got []string
				for _, f := range man.Files {
					got = append(got, f.Path)
				}
				if strings.Join(got, ",") != strings.Join(tc.files, ",") || man.Nested != tc.nested || man.TotalLines != tc.lines {
					t.Fatalf("manifest files=%v nested=%d lines=%d, want %v %d %d", got, man.Nested, man.TotalLines, tc.files, tc.nested, tc.lines)
				}
				// The bundle unpacks to exactly the accepted files.
				dir := t.TempDir()
				man2, err := Unpack(bundle, dir, l)
				if err != nil {
					t.Fatalf("unpack: %v", err)
				}
				if len(man2.Files) != len(man.Files) {
					t.Fatalf("unpacked %d files, bundled %d", len(man2.Files), len(man.Files))
				}
				for _, f := range man.Files {
					st, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(f.Path)))
					if err != nil || !st.Mode().IsRegular() || st.Size() != f.Size {
						t.Fatalf("%s not unpacked as a regular file of %d bytes: %v", f.Path, f.Size, err)
					}
				}
			})
		}
	}
}

// spool writes each part to a file and returns file-backed parts, as the
// upload handler makes them.
func spool(t *testing.T, parts []Part) []Part {
	t.Helper()
	out := make([]Part, len(parts))
	for i, p := range parts {
		f, err := os.CreateTemp(t.TempDir(), "part-*")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = f.Close() })
		if _, err := f.Write(p.Data); err != nil {
			t.Fatal(err)
		}
		out[i] = Part{Name: p.Name, File: f, Size: int64(len(p.Data))}
	}
	return out
}

// TestUnpackRefusesHostileBundle shows that Unpack re-checks what comes
// from storage: a tampered bundle cannot write outside the directory.
func TestUnpackRefusesHostileBundle(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "work")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		entry entry
	}{
		{"dot dot", entry{name: "../escaped", body: "x"}},
		{"absolute", entry{name: "/tmp/escaped", body: "x"}},
		{"symlink", entry{name: "ln", symlink: ".."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Unpack(makeTarGz(t, tc.entry), dir, limits()); err == nil {
				t.Fatal("hostile bundle unpacked")
			}
			if _, err := os.Lstat(filepath.Join(parent, "escaped")); err == nil {
				t.Fatal("a file was written outside the directory")
			}
		})
	}
}

// TestBundleToAndUnpackFrom runs the streaming forms through files, as
// the service does: the bundle written to disk equals Bundle's and
// unpacks from disk to the same files.
func TestBundleToAndUnpackFrom(t *testing.T) {
	src := []entry{{name: "app/main.py", body: "print(1)\nprint(2)\n"}, {name: "lib/x.go", body: "package x\n"}}
	parts := []Part{{Name: "src.zip", Data: makeZip(t, src...)}}
	want, wantMan, err := Bundle(parts, limits(), "files")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.CreateTemp(t.TempDir(), "bundle-*")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	man, err := BundleTo(f, spool(t, parts), limits(), "files")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) || man.TotalBytes != wantMan.TotalBytes || len(man.Files) != 2 {
		t.Fatalf("streamed bundle differs: %d bytes, %+v; want %d bytes, %+v", len(got), man, len(want), wantMan)
	}
	dir := t.TempDir()
	if _, err := UnpackFrom(f, int64(len(got)), dir, limits()); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "app", "main.py")); err != nil || string(b) != "print(1)\nprint(2)\n" {
		t.Fatalf("unpacked app/main.py = %q, %v", b, err)
	}
}

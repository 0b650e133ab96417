package deps

import (
	"strings"
)

// parsePNPMLock reads the "packages" section of a pnpm-lock.yaml, whose
// keys name each resolved package: "/name/1.2.3_peer@x" (lockfile v5),
// "/name@1.2.3(peer@x)" (v6) or "name@1.2.3" (v9), scoped names included.
// It reads the keys line by line: the rest of the file is not needed.
func parsePNPMLock(file string, data []byte) ([]Package, error) {
	var out []Package
	v5 := false
	inPackages := false
	for n, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimRight(raw, "\r")
		if line == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if line[0] != ' ' {
			key := strings.TrimSpace(line)
			if v, ok := strings.CutPrefix(key, "lockfileVersion:"); ok {
				v5 = strings.HasPrefix(strings.Trim(strings.TrimSpace(v), `'"`), "5")
			}
			inPackages = key == "packages:"
			continue
		}
		if !inPackages || !strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "   ") || !strings.HasSuffix(line, ":") {
			continue
		}
		key := strings.Trim(strings.TrimSuffix(strings.TrimSpace(line), ":"), `'"`)
		name, version := pnpmKey(key, v5)
		if name == "" || !isPlainVersion(version) {
			continue
		}
		out = append(out, Package{Ecosystem: EcosystemNPM, Name: name, Version: version, Path: file, Line: n + 1})
	}
	return out, nil
}

// pnpmKey splits a packages key into name and version.
func pnpmKey(key string, v5 bool) (name, version string) {
	key = strings.TrimPrefix(key, "/")
	if v5 {
		i := strings.LastIndexByte(key, '/')
		if i <= 0 {
			return "", ""
		}
		name, version = key[:i], key[i+1:]
		if j := strings.IndexByte(version, '_'); j >= 0 {
			version = version[:j] // peer-dependency suffix
		}
		return name, version
	}
	if i := strings.IndexByte(key, '('); i >= 0 {
		key = key[:i] // peer-dependency suffix
	}
	i := strings.LastIndexByte(key, '@')
	if i <= 0 {
		return "", ""
	}
	return key[:i], key[i+1:]
}

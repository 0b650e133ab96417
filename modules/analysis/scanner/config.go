package scanner

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is the project's .vigil.yml (format in rules/README.md).
type Config struct {
	Include           []string            `yaml:"include" json:"include,omitempty"`
	Exclude           []string            `yaml:"exclude" json:"exclude,omitempty"`
	DisabledRules     []string            `yaml:"disabled_rules" json:"disabled_rules,omitempty"`
	SeverityThreshold Severity            `yaml:"severity_threshold" json:"severity_threshold,omitempty"`
	MaxFileSize       int64               `yaml:"max_file_size" json:"max_file_size,omitempty"`
	Suppressions      []ConfigSuppression `yaml:"suppressions" json:"suppressions,omitempty"`
	// Quality also runs the code-quality rules (category quality), which
	// are off by default: they are not security findings.
	Quality bool `yaml:"quality" json:"quality,omitempty"`
	// LocalSources also reports data flows whose only source is the
	// process's environment, command line or standard input.
	LocalSources bool `yaml:"local_sources" json:"local_sources,omitempty"`
	// Models are directories of model packs (models/packs/README.md),
	// relative to the repository root, that add to the built-in packs.
	Models []string `yaml:"models" json:"models,omitempty"`

	include, exclude []*regexp.Regexp
}

// ConfigSuppression silences a rule (or "*") under a path glob, with a
// mandatory reason and an optional expiry date (YYYY-MM-DD, inclusive).
type ConfigSuppression struct {
	Rule    string `yaml:"rule" json:"rule"`
	Path    string `yaml:"path" json:"path"`
	Reason  string `yaml:"reason" json:"reason"`
	Expires string `yaml:"expires" json:"expires,omitempty"`

	pathRe  *regexp.Regexp
	expires time.Time
}

// LoadConfig reads a .vigil.yml file. Unknown keys are errors so a typo never
// silently disables a setting.
func LoadConfig(file string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return ParseConfig(data)
}

// ParseConfig parses .vigil.yml content.
func ParseConfig(data []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && err.Error() != "EOF" {
		return nil, fmt.Errorf("config: %w", err)
	}
	if err := c.compile(); err != nil {
		return nil, err
	}
	return &c, nil
}

func (c *Config) compile() error {
	for _, g := range c.Include {
		re, err := globToRegexp(g)
		if err != nil {
			return fmt.Errorf("config: include %q: %w", g, err)
		}
		c.include = append(c.include, re)
	}
	for _, g := range c.Exclude {
		re, err := globToRegexp(g)
		if err != nil {
			return fmt.Errorf("config: exclude %q: %w", g, err)
		}
		c.exclude = append(c.exclude, re)
	}
	for i, d := range c.Models {
		if err := checkModelsDir(d); err != nil {
			return fmt.Errorf("config: models[%d] %q: %w", i, d, err)
		}
	}
	if c.SeverityThreshold != "" && c.SeverityThreshold.Rank() < 0 {
		return fmt.Errorf("config: severity_threshold %q", c.SeverityThreshold)
	}
	for i := range c.Suppressions {
		s := &c.Suppressions[i]
		if s.Rule == "" || strings.TrimSpace(s.Reason) == "" {
			return fmt.Errorf("config: suppressions[%d]: rule and reason are required", i)
		}
		p := s.Path
		if p == "" {
			p = "**"
		}
		re, err := globToRegexp(p)
		if err != nil {
			return fmt.Errorf("config: suppressions[%d]: %w", i, err)
		}
		s.pathRe = re
		if s.Expires != "" {
			t, err := time.Parse("2006-01-02", s.Expires)
			if err != nil {
				return fmt.Errorf("config: suppressions[%d]: expires: want YYYY-MM-DD", i)
			}
			s.expires = t.Add(24 * time.Hour)
		}
	}
	return nil
}

// pathAllowed applies include/exclude globs to a slash-separated relative path.
func (c *Config) pathAllowed(rel string) bool {
	if c == nil {
		return true
	}
	for _, re := range c.exclude {
		if re.MatchString(rel) {
			return false
		}
	}
	if len(c.include) == 0 {
		return true
	}
	for _, re := range c.include {
		if re.MatchString(rel) {
			return true
		}
	}
	return false
}

// dirExcluded reports whether a whole directory is excluded (so the walk can prune it).
func (c *Config) dirExcluded(rel string) bool {
	if c == nil {
		return false
	}
	for _, re := range c.exclude {
		if re.MatchString(rel) || re.MatchString(rel+"/") {
			return true
		}
	}
	return false
}

// suppression returns the config suppression matching a finding, if any and not expired.
func (c *Config) suppression(ruleID, rel string, now time.Time) *ConfigSuppression {
	if c == nil {
		return nil
	}
	for i := range c.Suppressions {
		s := &c.Suppressions[i]
		if s.Rule != "*" && s.Rule != ruleID {
			continue
		}
		if !s.pathRe.MatchString(rel) {
			continue
		}
		if !s.expires.IsZero() && !now.Before(s.expires) {
			continue
		}
		return s
	}
	return nil
}

// globToRegexp converts a glob (`*` within a segment, `**` across segments,
// `?` one character) into an anchored regexp. A glob without a slash matches
// the base name at any depth; a trailing slash matches everything below.
func globToRegexp(g string) (*regexp.Regexp, error) {
	g = strings.TrimPrefix(g, "./")
	anyDepth := !strings.Contains(strings.TrimSuffix(g, "/"), "/")
	g = strings.TrimPrefix(g, "/")
	var sb strings.Builder
	sb.WriteString("^")
	if anyDepth {
		sb.WriteString("(?:.*/)?")
	}
	for i := 0; i < len(g); i++ {
		ch := g[i]
		switch {
		case ch == '*' && i+1 < len(g) && g[i+1] == '*':
			i++
			if i+1 < len(g) && g[i+1] == '/' {
				i++
				sb.WriteString("(?:.*/)?")
			} else {
				sb.WriteString(".*")
			}
		case ch == '*':
			sb.WriteString("[^/]*")
		case ch == '?':
			sb.WriteString("[^/]")
		default:
			sb.WriteString(regexp.QuoteMeta(string(ch)))
		}
	}
	if strings.HasSuffix(g, "/") {
		sb.WriteString(".*")
	} else {
		sb.WriteString("(?:/.*)?")
	}
	sb.WriteString("$")
	return regexp.Compile(sb.String())
}

// gitignore is one .gitignore file's rules, relative to its directory.
type gitignore struct {
	dir   string // slash-separated, "" for the root
	rules []ignoreRule
}

type ignoreRule struct {
	re      *regexp.Regexp
	m       literalMatcher // re, trying first for a string every match holds
	negate  bool
	dirOnly bool
}

func parseGitignore(dir string, data []byte) *gitignore {
	gi := &gitignore{dir: dir}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimRight(line, " ")
		r := ignoreRule{}
		if strings.HasPrefix(line, "!") {
			r.negate = true
			line = line[1:]
		}
		line = strings.TrimPrefix(line, `\`)
		if strings.HasSuffix(line, "/") {
			r.dirOnly = true
			line = strings.TrimSuffix(line, "/")
		}
		if line == "" {
			continue
		}
		re, err := globToRegexp(strings.TrimSuffix(line, "/**"))
		if err != nil {
			continue
		}
		if strings.HasSuffix(line, "/**") {
			r.dirOnly = false
		}
		r.re, r.m = re, newLiteralMatcher(re)
		gi.rules = append(gi.rules, r)
	}
	return gi
}

// match returns (ignored, decided) for a path relative to the scanned root.
func (g *gitignore) match(rel string, isDir bool) (bool, bool) {
	sub := rel
	if g.dir != "" {
		if !strings.HasPrefix(rel, g.dir+"/") {
			return false, false
		}
		sub = strings.TrimPrefix(rel, g.dir+"/")
	}
	ignored, decided := false, false
	for _, r := range g.rules {
		if r.dirOnly && !isDir {
			// a dir-only rule still matches files below a matching directory
			parent := path.Dir(sub)
			if parent == "." || !r.m.MatchString(parent) {
				continue
			}
		}
		if r.m.MatchString(sub) {
			ignored, decided = !r.negate, true
		}
	}
	return ignored, decided
}

// RepoModels returns the models: list of the .vigil.yml at the root of a
// repository (nil when it has none), for a scan whose configuration is
// not that file (a server analysis): the repository's own model packs
// still apply. Only that key is read; a list that is not valid is an error.
func RepoModels(root string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(root, ".vigil.yml"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf(".vigil.yml: %w", err)
	}
	var c struct {
		Models []string `yaml:"models"`
	}
	if err := yaml.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf(".vigil.yml: %w", err)
	}
	for i, d := range c.Models {
		if err := checkModelsDir(d); err != nil {
			return nil, fmt.Errorf(".vigil.yml: models[%d] %q: %w", i, d, err)
		}
	}
	return c.Models, nil
}

// checkModelsDir accepts a directory of the configuration's models: list:
// relative to the repository root and inside it.
func checkModelsDir(d string) error {
	switch {
	case strings.TrimSpace(d) == "":
		return fmt.Errorf("empty directory")
	case strings.HasPrefix(d, "/") || strings.Contains(d, `\`) || len(d) > 1 && d[1] == ':':
		return fmt.Errorf("must be relative to the repository root")
	}
	if c := path.Clean(d); c == ".." || strings.HasPrefix(c, "../") {
		return fmt.Errorf("must stay inside the repository")
	}
	return nil
}

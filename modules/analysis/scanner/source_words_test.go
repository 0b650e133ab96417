package scanner

import (
	"slices"
	"testing"
)

func TestSourceWords(t *testing.T) {
	tests := []struct {
		pat  string
		want []string // nil: no word
	}{
		{"flask.request.args*", []string{"args"}},
		{"request.get_json", []string{"get_json"}},
		{"*.params", nil},
		{`re:(req|request)\.nextUrl\.searchParams\.(get|getAll)`, []string{"get"}},
		{`re:(::)?(Rack::Request|ActionDispatch::Request|Sinatra::Request)\.new`, []string{"new"}},
		{`re:github\.com/gin-gonic/gin\.Context\.(ShouldBind|Bind|MustBindWith)\w*`, []string{"ShouldBind", "Bind", "MustBindWith"}},
		{`re:net/http\.Request\.(FormValue|Cookie)`, []string{"FormValue", "Cookie"}},
		{`re:foo\.(bar|baz\.)`, nil},
		{`re:foo\.[a-z]+`, nil},
		{`re:(?i)foo\.bar`, nil},
		{`re:.*\.route`, []string{"route"}},
		{`re:foo\.bar\?`, nil},
	}
	for _, tt := range tests {
		got, _, ok := sourceWords(tt.pat)
		if ok != (tt.want != nil) || !slices.Equal(got, tt.want) {
			t.Errorf("sourceWords(%q) = %q, %v; want %q", tt.pat, got, ok, tt.want)
		}
	}
}

// TestPackSourceWordsKnown: every source of the built-in packs but
// decorators yields words, so the packs keep the source prefilter useful
// (PHP's files are prefiltered by superglobals instead, phpMayHaveSource).
func TestPackSourceWordsKnown(t *testing.T) {
	set, err := builtinModels()
	if err != nil {
		t.Fatal(err)
	}
	for _, pk := range set.Packs() {
		if pk.Language == "php" {
			continue
		}
		for _, s := range pk.Sources {
			if s.IsDecorator() {
				continue
			}
			if _, _, ok := sourceWords(s.Expr + s.Call); !ok {
				t.Errorf("pack %s: no word for source %q", pk.Name, s.Expr+s.Call)
			}
		}
	}
}

func TestOwnKeywordCovers(t *testing.T) {
	own := []string{"request.args", "req.query"}
	tests := []struct {
		pat  string
		want bool
	}{
		{"flask.request.args*", true},
		{"req.query*", true},
		{"request.argsx", false},
		{"req.hostname*", false},
		{`re:request\.args`, false},
		{"*", false},
	}
	for _, tt := range tests {
		if got := ownKeywordCovers(own, tt.pat); got != tt.want {
			t.Errorf("ownKeywordCovers(%q) = %v, want %v", tt.pat, got, tt.want)
		}
	}
}

func TestOwnerWords(t *testing.T) {
	tests := []struct {
		pat  string
		want []string
	}{
		{"flask.request.path*", []string{"request"}},
		{"req.hostname*", []string{"req"}},
		{"params*", nil},
		{"Rack::Request.new", []string{"Request"}},
		{`re:(::)?(Rack::Request|ActionDispatch::Request|Sinatra::Request)\.new`, []string{"Request"}},
		{`re:(req|request)\.nextUrl\.searchParams\.(get|getAll)`, []string{"searchParams"}},
		{`re:github\.com/gin-gonic/gin\.Context\.(Query|Param)`, []string{"Context"}},
		{`re:(res|response)\.json`, []string{"res"}}, // res(?:ponse)?
		{`re:json`, nil},
		{`re:foo(Bar|Baz)`, nil},
	}
	for _, tt := range tests {
		if got := ownerWords(tt.pat); !slices.Equal(got, tt.want) {
			t.Errorf("ownerWords(%q) = %q, want %q", tt.pat, got, tt.want)
		}
	}
}

// TestSourceWordsNameStart: a word that begins the last name of every
// match is looked for where no word character comes before it ("ENV" of
// ENV* is not in RAILS_ENV); one that may continue a name is looked for
// anywhere.
func TestSourceWordsNameStart(t *testing.T) {
	starts := []struct {
		pat   string
		start bool
	}{
		{"ENV*", true},
		{"flask.request.args*", true},
		{"$_GET*", false}, // "$_GET" also stands in "a$_GET" (PHP strings)
		{`re:(::)?(Rack::Request|ActionDispatch::Request|Sinatra::Request)\.new`, true},
		// the separator stands in another part than the word: not seen
		{`re:(req|request)\.nextUrl\.searchParams\.(get|getAll)`, false},
		{`re:github\.com/gin-gonic/gin\.Context\.(ShouldBind|Bind|MustBindWith)\w*`, false},
		{`re:\w*Params`, false},
	}
	for _, tt := range starts {
		if _, start, _ := sourceWords(tt.pat); start != tt.start {
			t.Errorf("sourceWords(%q): start %v, want %v", tt.pat, start, tt.start)
		}
	}
	words, start, _ := sourceWords("ENV*")
	c := srcCond{words: words, start: start}
	for src, want := range map[string]bool{
		"x = ENV['HOME']":            true,
		"ENV.fetch('A')":             true,
		"RAILS_ENV = 'production'":   false,
		"RAILS_ENV; ::ENV['A']":      true,
		"config.env = RACK_ENVENV":   false,
		"# the ENVIRONMENT variable": true, // ENV* matches ENVIRONMENT too
	} {
		if got := c.holds(&taintFile{src: []byte(src)}); got != want {
			t.Errorf("%q: holds %v, want %v", src, got, want)
		}
	}
}

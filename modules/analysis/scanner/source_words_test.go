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
		got, ok := sourceWords(tt.pat)
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
			if _, ok := sourceWords(s.Expr + s.Call); !ok {
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

package logging

import (
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
)

// Redacted replaces a secret value in logs.
const Redacted = "[REDACTED]"

// secretKeyParts are substrings of attribute keys whose values are secrets.
// Matching is on the lower-cased key split at word boundaries ('_', '-', '.'),
// so "api_key", "X-Api-Key" and "db.password" match while "monkey" does not.
var secretKeyWords = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "pass": true,
	"secret": true, "token": true, "tokens": true,
	"authorization": true, "auth": true, "cookie": true, "cookies": true, "set-cookie": true,
	"key": true, "apikey": true, "dsn": true, "credential": true, "credentials": true,
	"session": true, "signature": true, "private": true, "otp": true, "csrf": true,
}

// secretKeySubstrings catch keys written without separators (accessToken,
// clientsecret, setcookie).
var secretKeySubstrings = []string{
	"password", "passwd", "secret", "token", "authorization", "cookie", "apikey", "api_key", "dsn", "credential", "privatekey", "private_key",
}

// IsSecretKey reports whether an attribute key names a secret. Results are
// cached: log keys come from code, so the set is small and every request
// would otherwise lower-case and split the same keys again.
func IsSecretKey(key string) bool {
	if v, ok := keyCache.Load(key); ok {
		return v.(bool)
	}
	secret := isSecretKey(key)
	if keyCacheSize.Add(1) <= maxKeyCache {
		keyCache.Store(key, secret)
	}
	return secret
}

const maxKeyCache = 4096

var (
	keyCache     sync.Map
	keyCacheSize atomic.Int64
)

func isSecretKey(key string) bool {
	k := strings.ToLower(key)
	for _, s := range secretKeySubstrings {
		if strings.Contains(k, s) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(k, func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == ' ' }) {
		if secretKeyWords[w] {
			return true
		}
	}
	return false
}

var (
	bearerRe = regexp.MustCompile(`(?i)\b(bearer|basic|token)\s+[A-Za-z0-9._~+/=-]{8,}`)
	jwtRe    = regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`)
	apiKeyRe = regexp.MustCompile(`\bvigil_[A-Za-z0-9_]{8,}`)
	// userinfoRe finds "scheme://user:password@" in free text.
	userinfoRe = regexp.MustCompile(`([A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*):[^\s@/]+@`)
	// secretParamRe masks query parameters that carry secrets.
	secretParamRe = regexp.MustCompile(`(?i)([?&](?:password|passwd|token|access_token|refresh_token|api_key|apikey|secret|client_secret|code|state|key|sig|signature)=)[^&\s#"]+`)
	// secretPairRe masks "password=..." / "secret: ..." pairs in free text
	// such as key=value DSNs and driver error messages.
	secretPairRe = regexp.MustCompile(`(?i)\b((?:password|passwd|pwd|secret|client_secret|api_key|apikey|access_token|refresh_token|sslpassword)\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&,;"']+)`)
	// providerTokenRe finds credentials by their provider's format, where
	// no key name says what they are: AWS access key ids (an SDK error
	// names the key it refused), GitHub, Slack and Stripe tokens, Google
	// API keys.
	providerTokenRe = regexp.MustCompile(`\b(?:(?:AKIA|ASIA)[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|xox[abposr]-[A-Za-z0-9-]{10,}|[rs]k_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35})`)
	// privateKeyRe masks a PEM private key block, or what is left of one
	// in a truncated message.
	privateKeyRe = regexp.MustCompile(`-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----[^-]*(?:-----END[A-Z0-9 ]*PRIVATE KEY-----)?`)
)

// minProviderToken is the length of the shortest provider token.
const minProviderToken = 20

// hasProviderPrefix reports whether s may hold a provider token: one
// vectorised search per prefix, run only on strings long enough.
func hasProviderPrefix(s string, f uint8) bool {
	if len(s) < minProviderToken {
		return false
	}
	if f&tUnderscore != 0 {
		// gh?_, github_pat_, sk_ / rk_: a look before each underscore
		for i := 0; i < len(s); i++ {
			j := strings.IndexByte(s[i:], '_')
			if j < 0 {
				break
			}
			i += j
			if i >= 3 && s[i-3] == 'g' && s[i-2] == 'h' && strings.IndexByte("pousr", s[i-1]) >= 0 ||
				i >= 6 && s[i-6:i] == "github" ||
				i >= 2 && s[i-1] == 'k' && (s[i-2] == 's' || s[i-2] == 'r') {
				return true
			}
		}
	}
	if f&tDash != 0 && strings.Contains(s, "xox") {
		return true
	}
	// AKIA, ASIA, AIza: one search for 'A', then a look at what follows
	for i := 0; i+4 <= len(s); i++ {
		j := strings.IndexByte(s[i:], 'A')
		if j < 0 {
			return false
		}
		i += j
		if i+4 <= len(s) {
			switch s[i+1 : i+4] {
			case "KIA", "SIA", "Iza":
				return true
			}
		}
	}
	return false
}

// RedactString masks secret-looking substrings of s: bearer credentials,
// JWTs, Vigil API keys, provider tokens (AWS, GitHub, Slack, Stripe,
// Google), private key blocks, passwords in URLs and secret key=value pairs. Each
// pattern runs only when s holds the bytes it cannot match without (one
// pass over s finds them), so ordinary values such as paths, ids and user
// agents cost a byte scan and no search at all.
func RedactString(s string) string {
	if len(s) < 8 {
		return s
	}
	f := scanTriggers(s)
	if f == 0 && !hasProviderPrefix(s, f) { // AWS and Google keys need no trigger byte
		return s
	}
	redact := func(re *regexp.Regexp, repl string) {
		if out := re.ReplaceAllString(s, repl); out != s {
			s = out
			f = scanTriggers(s)
		}
	}
	// bearer/basic/token need whitespace before the credential.
	if f&tSpace != 0 && (containsFold(s, wBearer) || containsFold(s, wBasic) || containsFold(s, wToken)) {
		redact(bearerRe, "${1} "+Redacted)
	}
	if f&tJ != 0 && strings.Contains(s, "eyJ") {
		redact(jwtRe, Redacted)
	}
	if f&tUnderscore != 0 && strings.Contains(s, "vigil_") {
		redact(apiKeyRe, Redacted)
	}
	if f&tColon != 0 && f&tAt != 0 && strings.Contains(s, "://") {
		redact(userinfoRe, "${1}:"+Redacted+"@")
	}
	if f&tEquals != 0 && f&tQuery != 0 {
		redact(secretParamRe, "${1}"+Redacted)
	}
	if hasProviderPrefix(s, f) {
		redact(providerTokenRe, Redacted)
	}
	if f&tDash != 0 && strings.Contains(s, "PRIVATE KEY-----") {
		redact(privateKeyRe, Redacted)
	}
	if f&(tEquals|tColon) != 0 && (containsFold(s, wPass) || containsFold(s, wPwd) || containsFold(s, wSecret) ||
		containsFold(s, wKey) || containsFold(s, wToken)) {
		redact(secretPairRe, "${1}"+Redacted)
	}
	return s
}

// Bytes at least one redaction pattern needs (scanTriggers).
const (
	tSpace      = 1 << iota // bearer: the credential follows whitespace (RE2 \s)
	tJ                      // JWT: "eyJ"
	tUnderscore             // API key: "vigil_"
	tColon                  // userinfo "://", "secret: value"
	tAt                     // userinfo "user:pass@"
	tEquals                 // query parameters, "password=value"
	tQuery                  // '?' or '&' before a query parameter
	tDash                   // '-': Slack tokens, PEM armour
)

var triggerOf = func() (t [256]uint8) {
	for _, c := range " \t\n\f\r" {
		t[c] = tSpace
	}
	t['J'], t['_'], t[':'], t['@'], t['='], t['?'], t['&'], t['-'] = tJ, tUnderscore, tColon, tAt, tEquals, tQuery, tQuery, tDash
	return t
}()

// scanTriggers returns the set of trigger bytes s holds.
func scanTriggers(s string) uint8 {
	var f uint8
	for i := 0; i < len(s); i++ {
		f |= triggerOf[s[i]]
	}
	return f
}

// word is a trigger word in its lower, Title and UPPER spellings.
type word [3]string

func newWord(w string) word {
	return word{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)}
}

// Trigger words for the case-insensitive patterns.
var (
	wBearer = newWord("bearer")
	wBasic  = newWord("basic")
	wToken  = newWord("token")
	wPass   = newWord("pass")
	wPwd    = newWord("pwd")
	wSecret = newWord("secret")
	wKey    = newWord("key")
)

// containsFold reports whether s contains w in one of its spellings.
// strings.Contains is vectorised, which makes three searches much cheaper
// than one byte-by-byte case-folding scan; mixed case like "bEaReR" is not
// a shape real credentials take.
func containsFold(s string, w word) bool {
	return strings.Contains(s, w[0]) || strings.Contains(s, w[1]) || strings.Contains(s, w[2])
}

// plainKeys are attributes whose values the HTTP and job layers build
// themselves from non-secret data (ids, methods, route templates,
// addresses); scanning them on every request would only cost time.
var plainKeys = map[string]bool{
	"request_id": true, "method": true, "route": true, "status": true, "ip": true,
	"duration_ms": true, "bytes_out": true, "level": true, "role": true,
}

// Redact is a slog ReplaceAttr function: secret keys lose their value,
// string values are scrubbed of secret-looking content, errors and
// Stringers are formatted and scrubbed, and *url.URL passwords are masked.
func Redact(_ []string, a slog.Attr) slog.Attr {
	switch a.Key {
	case slog.LevelKey:
		// As a string: the handler would otherwise marshal slog.Level
		// through encoding/json on every record.
		if lv, ok := a.Value.Any().(slog.Level); ok {
			return slog.String(a.Key, lv.String())
		}
		return a
	case slog.TimeKey, slog.SourceKey:
		return a
	}
	if a.Value.Kind() == slog.KindGroup {
		// Groups are walked by the handler, which calls Redact for each member.
		if IsSecretKey(a.Key) {
			return slog.String(a.Key, Redacted)
		}
		return a
	}
	if IsSecretKey(a.Key) {
		return slog.String(a.Key, Redacted)
	}
	if plainKeys[a.Key] {
		return a
	}
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, RedactString(v.String()))
	case slog.KindAny:
		switch x := v.Any().(type) {
		case *url.URL:
			if x == nil {
				return a
			}
			return slog.String(a.Key, RedactString(x.Redacted()))
		case error:
			return slog.String(a.Key, RedactString(x.Error()))
		case fmt.Stringer:
			return slog.String(a.Key, RedactString(x.String()))
		case []string:
			out := make([]string, len(x))
			for i, s := range x {
				out[i] = RedactString(s)
			}
			return slog.Any(a.Key, out)
		case []byte:
			return slog.String(a.Key, RedactString(string(x)))
		}
	}
	return a
}

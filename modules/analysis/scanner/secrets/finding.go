package secrets

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"regexp"
	"strings"

	"vigil/modules/analysis/scanner"
)

// Mask returns s with all but a short prefix hidden behind a fixed run of
// asterisks (scanner.MaskSecret), so neither the value nor its length can
// be read back.
func Mask(s string) string { return scanner.MaskSecret(s) }

// criticalRules are credentials that give direct access to infrastructure,
// code or money.
var criticalRules = map[string]bool{
	"private-key": true, "aws-access-token": true,
	"github-pat": true, "github-fine-grained-pat": true, "github-app-token": true, "github-oauth": true,
	"gitlab-pat": true, "gitlab-pat-routable": true, "stripe-access-token": true,
	"azure-ad-client-secret": true, "digitalocean-pat": true, "npm-access-token": true,
	"pypi-upload-token": true, "rubygems-api-token": true, "hashicorp-tf-api-token": true,
	"vault-service-token": true, "vault-batch-token": true,
}

func severity(ruleID string) (scanner.Severity, scanner.Confidence) {
	switch {
	case criticalRules[ruleID]:
		return scanner.SeverityCritical, scanner.ConfidenceHigh
	case ruleID == "generic-api-key":
		// a keyword next to a high-entropy string: often a real secret,
		// sometimes a hash or an identifier
		return scanner.SeverityMedium, scanner.ConfidenceMedium
	case ruleID == "jwt" || ruleID == "jwt-base64":
		return scanner.SeverityMedium, scanner.ConfidenceMedium
	}
	return scanner.SeverityHigh, scanner.ConfidenceHigh
}

func toFinding(file string, h hit, snip string, loc scanner.Location, seen map[string]int) scanner.Finding {
	r := h.f
	sev, conf := severity(r.RuleID)
	masked := Mask(r.Secret)
	desc := strings.TrimSpace(r.Description)
	if desc == "" {
		desc = "A hard-coded secret (" + r.RuleID + ")"
	}
	title := "Hard-coded secret (" + r.RuleID + ")"
	f := scanner.Finding{
		RuleID:     RulePrefix + strings.ToUpper(r.RuleID),
		Kind:       scanner.KindSecret,
		Title:      title,
		Message:    fmt.Sprintf("%s. The value (%s, masked here) is committed in the source.", strings.TrimSuffix(firstSentence(desc), "."), masked),
		Severity:   sev,
		Confidence: conf,
		CWE:        []string{"CWE-798"},
		OWASP:      []string{scanner.OWASPName("A07")},
		Location:   loc,
		Snippet:    snip,
		Remediation: "Revoke and rotate this credential now: anyone with read access to the repository or its history has it. " +
			"Then remove it from the code and load it at run time from the environment or a secrets manager; " +
			"rewriting git history alone does not make a leaked secret safe again.",
		References: []string{"https://cwe.mitre.org/data/definitions/798.html"},
		Extra: map[string]string{
			"secret_rule":   r.RuleID,
			"secret_masked": masked,
			"entropy":       fmt.Sprintf("%.2f", r.Entropy),
		},
	}
	f.Fingerprint = fingerprint(f.RuleID, file, r.Secret, seen)
	// the engine masks the value wherever else it shows (a rule finding's
	// snippet on the same line)
	f.Redact = []scanner.Redaction{{Value: r.Secret, Mask: masked, At: loc}}
	return f
}

// fingerprint identifies a secret by rule, file and a hash of its value
// plus an occurrence index: moving it to another line keeps the fingerprint,
// rotating it to a new value makes a new finding.
func fingerprint(ruleID, file, secret string, seen map[string]int) string {
	vh := sha256.Sum256([]byte(secret))
	key := "secret\x00" + ruleID + "\x00" + file + "\x00" + hex.EncodeToString(vh[:])
	n := seen[key]
	seen[key] = n + 1
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
	return hex.EncodeToString(sum[:16])
}

func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i]
	}
	return s
}

// exampleSuffixes mark a file as a sample when they appear as a dot
// segment after the first: .env.example, config.sample.yml,
// settings.py.dist, app.template.json.
var exampleSuffixes = map[string]bool{"example": true, "sample": true, "template": true, "tmpl": true, "tpl": true, "dist": true}

// exampleStemRe marks a file as a sample by its first name segment:
// example.env, sample-config.yml, settings_example.py.
var exampleStemRe = regexp.MustCompile(`(?i)^(?:(?:example|sample)(?:[-_].*)?|.*[-_](?:example|sample))$`)

// IsExampleFile reports whether the file's base name marks it as an
// example, sample or template (placeholders by design). Code files whose
// name merely is "template" (template.go) are not samples.
func IsExampleFile(p string) bool {
	segs := strings.Split(strings.ToLower(path.Base(p)), ".")
	for i, s := range segs {
		if i > 0 && exampleSuffixes[s] {
			return true
		}
	}
	return exampleStemRe.MatchString(segs[0])
}

// placeholderWords appear in values written to be replaced, never in a
// real credential.
var placeholderWords = []string{
	"example", "placeholder", "changeme", "change_me", "change-me", "your_", "your-", "yourkey", "yourtoken",
	"replace_me", "replaceme", "redacted", "dummy", "xxxxxx", "******", "<", ">", "${", "{{", "%s",
	"insert_", "notreal", "not_real", "not-a-real",
	// keyboard and counting runs that no generator produces
	"123456789", "987654321", "abcdefgh", "fedcba98", "qwerty",
}

// Values the generic keyword rule captures when the "key" it saw is a
// parameter name, not a credential: a name assigned to a name
// (`ignore_unpopulated_attribute=ignore_unpopulated_attribute`,
// `passive=attributes.PASSIVE_NO_INITIALIZE`), a dotted attribute path
// (`settings.SECRET_KEY`), snake_case words (`api_key_header_name`) or a
// MIME type in a table of them (`application/mdb`).
// Generated credentials mix digits and letters without word separators.
var (
	nameAssignRe = regexp.MustCompile(`^([A-Za-z_][\w.]*)\s*=\s*([A-Za-z_][\w.]*)$`)
	dottedPathRe = regexp.MustCompile(`^[A-Za-z_]+(?:\.[A-Za-z_]+)+$`)
	snakeWordsRe = regexp.MustCompile(`^[A-Za-z]+(?:_[A-Za-z]+)+$`)
	mimeTypeRe   = regexp.MustCompile(`^(?:application|text|image|audio|video|font|model|multipart|message)/[\w.+-]+$`)
	// an error or status code constant (Symfony's validator errors are
	// UUIDs: `INVALID_PASSWORD_ERROR = '2d2a4bf3-...'`): the keyword is part
	// of a name that says the value is a code
	errorCodeNameRe = regexp.MustCompile(`^\W*[\w.$>-]*(?i:_error|_code|error_code|_err)['"]?\s*(?::=|=>|=|:)`)
)

// LooksLikeCode reports whether a value the generic API key rule matched
// is code (identifiers, keyword arguments) rather than a credential.
func LooksLikeCode(secret string) bool {
	if m := nameAssignRe.FindStringSubmatch(secret); m != nil {
		// keyword argument: the value is the same name, a path or words
		return m[2] == m[1] || LooksLikeCode(m[2])
	}
	return dottedPathRe.MatchString(secret) || snakeWordsRe.MatchString(secret) || mimeTypeRe.MatchString(secret)
}

// NamesACode reports whether the text the generic rule matched assigns the
// value to a name that says it is an error or status code.
func NamesACode(match string) bool { return errorCodeNameRe.MatchString(match) }

// IsPlaceholder reports whether a matched value is an obvious stand-in:
// it names itself as such, is a template reference, or repeats too few
// distinct characters to be a generated credential.
func IsPlaceholder(secret string) bool {
	low := strings.ToLower(secret)
	for _, w := range placeholderWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	if strings.Contains(secret, "-----BEGIN") {
		return false // key blocks have long runs of base64 only
	}
	distinct := map[rune]bool{}
	for _, r := range secret {
		distinct[r] = true
	}
	return len(distinct) < 6
}

// ciConfigRe matches the paths of CI pipeline definitions: their jobs run on
// throwaway runners, and the services a job starts there live only as long
// as the job.
var ciConfigRe = regexp.MustCompile(`(?i)(?:^|/)(?:\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci/[^/]+\.ya?ml|azure-pipelines\.ya?ml|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.buildkite/[^/]+\.ya?ml)$`)

// urlHostRe finds the host of each URL on a line.
var urlHostRe = regexp.MustCompile(`(?i)\b[a-z][a-z0-9+.-]*://(?:[^/\s@'"]*@)?(\[[^\]]*\]|[^/:\s'"?#]+)`)

// loopbackHostRe is a host name or address that never leaves the machine.
var loopbackHostRe = regexp.MustCompile(`(?i)^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$`)

// LocalCIServiceCredential reports whether a command-line credential (curl
// -u user:pass) on this line of a CI pipeline file is sent only to a service
// on the runner's own loopback address: a container the job started and
// configured with a password it chose itself, not an account anyone could
// reach. A credential sent to any other host, or outside CI files, is kept.
func LocalCIServiceCredential(file, line string) bool {
	if !ciConfigRe.MatchString(file) {
		return false
	}
	hosts := urlHostRe.FindAllStringSubmatch(line, -1)
	if len(hosts) == 0 {
		return false
	}
	for _, h := range hosts {
		if !loopbackHostRe.MatchString(h[1]) {
			return false
		}
	}
	return true
}

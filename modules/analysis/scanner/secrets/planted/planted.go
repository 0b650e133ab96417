// Package planted builds a small source tree with made-up credentials of
// many kinds (AWS, GitHub, Slack, Stripe, a GCP API key and service
// account key file, a JWT, a private key, plain passwords) for tests that check no output of Vigil ever shows one in
// clear: scanner exports, the server's pages and exports, its database,
// AI prompts and logs. The values are generated from a fixed seed in the
// providers' formats, so the repository holds no string a secret scanner
// would flag and every run plants the same keys.
package planted

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"html"
	"math/rand/v2"
	"sort"
	"strings"
)

// Kit is a planted tree and the secrets in it.
type Kit struct {
	// Files maps slash-separated paths to contents.
	Files map[string]string
	// Values maps a name ("aws-secret-access-key") to the planted value.
	// Multi-line values (the private key) are also listed line by line
	// under "<name>#<n>", since a single line of a key block is a leak too.
	Values map[string]string
}

const (
	upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits = "0123456789"
	alnum  = upper + "abcdefghijklmnopqrstuvwxyz" + digits
	b64    = alnum + "+/"
)

// New plants the kit. The same seed gives the same values.
func New(seed uint64) *Kit {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	pick := func(alphabet string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	v := map[string]string{
		"aws-access-key-id":     "AKIA" + pick(upper+"234567", 16),
		"aws-secret-access-key": pick(b64, 40),
		// the shape of AWS's documentation key: a word inside the value
		// makes gitleaks call it a placeholder, the credential rule does not
		"aws-secret-docs-shape": pick(alnum, 8) + "/K7MDENG/" + pick(alnum, 13) + "EXAMPLEKEY",
		"github-token":          "ghp_" + pick(alnum, 36),
		"slack-token":           "xoxb-" + pick(digits, 12) + "-" + pick(digits, 13) + "-" + pick(alnum, 24),
		"stripe-key":            "sk_" + "live_" + pick(alnum, 24),
		"gcp-api-key":           "AIza" + pick(alnum+"_-", 35),
		// punctuation gitleaks' generic rule does not accept: only the
		// credential rules find it
		"db-password": pick(alnum, 6) + "&" + pick(alnum, 5) + "!" + pick(digits, 3),
		"js-api-key":  pick(alnum, 10) + "%" + pick(alnum, 10),
	}
	v["jwt"] = jwt(pick)
	key := ecKey(r, false)
	v["private-key"] = strings.TrimRight(key, "\n")
	for i, l := range strings.Split(key, "\n") {
		if len(l) >= 16 && !strings.HasPrefix(l, "-----") {
			v[fmt.Sprintf("private-key#%d", i)] = l
		}
	}
	// a GCP service account key file: a PKCS#8 key inside a JSON string
	saKey := ecKey(r, true)
	for i, l := range strings.Split(saKey, "\n") {
		if len(l) >= 16 && !strings.HasPrefix(l, "-----") {
			v[fmt.Sprintf("gcp-service-account-key#%d", i)] = l
		}
	}
	saJSON, _ := json.MarshalIndent(map[string]string{
		"type": "service_account", "project_id": "shop-prod-" + pick(digits, 6), "private_key": saKey,
		"client_email": "deployer@shop-prod.iam.gserviceaccount.com", "client_id": pick(digits, 21),
		"token_uri": "https://oauth2.googleapis.com/token",
	}, "", "  ")

	settings := `"""Deployment settings."""
import os
import subprocess

AWS_ACCESS_KEY_ID = "` + v["aws-access-key-id"] + `"
aws_secret_access_key = "` + v["aws-secret-access-key"] + `"
backup_access_key = "` + v["aws-secret-docs-shape"] + `"
GITHUB_TOKEN = "` + v["github-token"] + `"
SLACK_BOT_TOKEN = "` + v["slack-token"] + `"
STRIPE_API_KEY = "` + v["stripe-key"] + `"
GCP_API_KEY = "` + v["gcp-api-key"] + `"
db_password = "` + v["db-password"] + `"
SESSION_JWT = "` + v["jwt"] + `"


def connect(request):
    # the database password is ` + v["db-password"] + ` until rotation
    subprocess.call("psql --password=` + v["db-password"] + ` " + request.args.get("db"), shell=True)
    os.system(request.args.get("cmd"))
`
	js := `const express = require("express");
const app = express();
const apiKey = "` + v["js-api-key"] + `";

app.get("/run", (req, res) => {
  // aws key ` + v["aws-secret-access-key"] + ` for uploads
  eval(req.query.code);
  res.send(apiKey);
});
`
	env := "STRIPE_KEY=" + v["stripe-key"] + "\nSLACK=" + v["slack-token"] + "\nAWS_SECRET=" + v["aws-secret-access-key"] + "\n"
	return &Kit{
		Files: map[string]string{
			"app/settings.py":    settings,
			"web/server.js":      js,
			"deploy/prod.env":    env,
			"deploy/ssh/id_ec":   key,
			"deploy/gcp-sa.json": string(saJSON) + "\n",
		},
		Values: v,
	}
}

// Leaks returns the names of the planted values found in out, sorted. A
// value also counts as found in its JSON-escaped and HTML-escaped spellings
// (a password with "&" is "\u0026" in JSON and "&amp;" in HTML).
func (k *Kit) Leaks(out string) []string {
	var names []string
	for name, val := range k.Values {
		for _, form := range spellings(val) {
			if strings.Contains(out, form) {
				names = append(names, name)
				break
			}
		}
	}
	sort.Strings(names)
	return names
}

// spellings are the forms a value takes in the output formats.
func spellings(v string) []string {
	forms := []string{v, html.EscapeString(v)}
	if b, err := json.Marshal(v); err == nil {
		forms = append(forms, strings.Trim(string(b), `"`))
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(v) == nil {
		forms = append(forms, strings.Trim(strings.TrimSpace(b.String()), `"`))
	}
	return forms
}

// jwt builds an HS256-shaped token with a random payload and signature.
func jwt(pick func(string, int) string) string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	payload := enc.EncodeToString([]byte(`{"sub":"` + pick(digits, 10) + `","name":"` + pick(alnum, 12) + `","iat":1516239022}`))
	return header + "." + payload + "." + pick(alnum+"_-", 43)
}

// ecKey returns a PEM-encoded P-256 private key drawn from r (a test key:
// deterministic, never used for anything), in PKCS#8 ("PRIVATE KEY") or
// SEC 1 ("EC PRIVATE KEY") form.
func ecKey(r *rand.Rand, pkcs8 bool) string {
	d := make([]byte, 32)
	for i := range d {
		d[i] = byte(r.IntN(256))
	}
	d[0] &= 0x7f // below the curve order
	d[0] |= 0x01
	k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), d)
	if err != nil {
		panic(err)
	}
	if pkcs8 {
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			panic(err)
		}
		return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
	}
	der, err := x509.MarshalECPrivateKey(k)
	if err != nil {
		panic(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der}))
}

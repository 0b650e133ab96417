package scanner

import "slices"

// cweParents maps a specific CWE to the common parent that users' tools
// (code scanning dashboards, compliance reports) group it under, so a
// report tags both: an eval is CWE-95 and CWE-94, MD5 is CWE-328 and
// CWE-327. Parents follow MITRE's research view (CWE-1000), stopping at the
// class a reader recognises rather than at the pillar.
var cweParents = map[string]string{
	"CWE-95":   "CWE-94",  // eval injection -> code injection
	"CWE-1336": "CWE-94",  // template injection -> code injection
	"CWE-328":  "CWE-327", // weak hash -> broken or risky crypto
	"CWE-916":  "CWE-328", // fast password hash -> weak hash
	"CWE-759":  "CWE-916", // unsalted password hash
	"CWE-760":  "CWE-916", // predictable salt
	"CWE-338":  "CWE-330", // weak PRNG -> insufficiently random values
	"CWE-89":   "CWE-943", // SQL -> data query logic
	"CWE-90":   "CWE-943", // LDAP -> data query logic
	"CWE-643":  "CWE-943", // XPath -> data query logic
	"CWE-78":   "CWE-77",  // OS command -> command injection
	"CWE-80":   "CWE-79",  // basic XSS -> XSS
	"CWE-83":   "CWE-79",
	"CWE-23":   "CWE-22", // relative path traversal -> path traversal
	"CWE-36":   "CWE-22",
	"CWE-611":  "CWE-610", // XXE -> externally controlled reference
	"CWE-601":  "CWE-610", // open redirect -> externally controlled reference
	"CWE-321":  "CWE-798", // hard-coded crypto key -> hard-coded credentials
	"CWE-259":  "CWE-798",
	"CWE-614":  "CWE-319", // cookie without Secure -> cleartext transmission
	"CWE-1004": "CWE-732", // cookie without HttpOnly
	"CWE-346":  "CWE-345", // origin validation -> data authenticity
	"CWE-347":  "CWE-345",
	"CWE-918":  "CWE-441", // SSRF -> unintended proxy
	"CWE-502":  "CWE-913", // deserialisation -> dynamically managed code resources
	"CWE-120":  "CWE-119", // classic overflow -> memory buffer bounds
	"CWE-121":  "CWE-787",
	"CWE-122":  "CWE-787",
	"CWE-787":  "CWE-119",
	"CWE-125":  "CWE-119",
	"CWE-416":  "CWE-825", // use after free -> expired pointer dereference
	"CWE-415":  "CWE-825", // double free
	"CWE-1333": "CWE-400", // ReDoS -> uncontrolled resource consumption
}

// CWEParent is the common parent of a CWE id ("CWE-95" -> "CWE-94"), or
// "" when it has none in the table.
func CWEParent(id string) string { return cweParents[id] }

// WithCWEParents returns ids followed by their parents (transitively, each
// once), most specific first: [CWE-916] -> [CWE-916 CWE-328 CWE-327].
func WithCWEParents(ids []string) []string {
	out := slices.Clone(ids)
	for i := 0; i < len(out); i++ {
		if p := cweParents[out[i]]; p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

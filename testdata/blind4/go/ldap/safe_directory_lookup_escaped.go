package directory

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

type Directory struct {
	conn   *ldap.Conn
	baseDN string
}

func (d *Directory) FindPerson(w http.ResponseWriter, r *http.Request) {
	uid := r.URL.Query().Get("uid")
	filter := fmt.Sprintf("(&(objectClass=inetOrgPerson)(uid=%s))", ldap.EscapeFilter(uid))
	res, err := d.conn.Search(ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 5, false, filter, []string{"cn", "mail"}, nil))
	if err != nil || len(res.Entries) == 0 {
		http.NotFound(w, r)
		return
	}
	e := res.Entries[0]
	json.NewEncoder(w).Encode(map[string]string{"cn": e.GetAttributeValue("cn"), "mail": e.GetAttributeValue("mail")})
}

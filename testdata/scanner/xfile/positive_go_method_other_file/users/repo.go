package users

import "database/sql"

type Repo struct{ db *sql.DB }

type Service struct{ repo *Repo }

func (p *Repo) byName(name string) {
	p.db.Query("SELECT id FROM users WHERE name = '" + name + "'") // vigil:expect VGL-GO-SQLI-001
}

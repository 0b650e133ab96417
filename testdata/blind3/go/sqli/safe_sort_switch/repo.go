package main

import "gorm.io/gorm"

type Lead struct {
	ID      uint
	Company string
	Score   int
}

type LeadRepo struct {
	db *gorm.DB
}

func orderClause(sort string) string {
	switch sort {
	case "score":
		return "score DESC"
	case "company":
		return "company ASC"
	default:
		return "id DESC"
	}
}

func (r *LeadRepo) Sorted(sort string) ([]Lead, error) {
	var leads []Lead
	err := r.db.Raw("SELECT id, company, score FROM leads ORDER BY " + orderClause(sort)).Scan(&leads).Error
	return leads, err
}

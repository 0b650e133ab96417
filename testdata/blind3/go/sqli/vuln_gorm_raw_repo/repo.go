package main

import "gorm.io/gorm"

type Shipment struct {
	ID      uint
	Carrier string
	Status  string
}

type ShipmentRepo struct {
	db *gorm.DB
}

func (r *ShipmentRepo) ByCarrier(carrier string) ([]Shipment, error) {
	var out []Shipment
	query := "SELECT id, carrier, status FROM shipments WHERE carrier = '" + carrier + "' ORDER BY id DESC"
	err := r.db.Raw(query).Scan(&out).Error // LABEL: CWE-89
	return out, err
}

func (r *ShipmentRepo) Count() (int64, error) {
	var n int64
	err := r.db.Model(&Shipment{}).Count(&n).Error
	return n, err
}

package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Customer struct {
	ID    uint   `json:"id"`
	Email string `json:"email"`
}

type CustomerService struct {
	DB *gorm.DB
}

func (s *CustomerService) FindByEmail(email string) (*Customer, error) {
	var c Customer
	if err := s.DB.Where("email = ?", email).First(&c).Error; err != nil {
		return nil, err
	}
	return &c, nil
}

func main() {
	db, _ := gorm.Open(postgres.Open("host=db dbname=shop"), &gorm.Config{})
	svc := &CustomerService{DB: db}
	e := echo.New()
	e.GET("/customers/lookup", func(c echo.Context) error {
		cust, err := svc.FindByEmail(c.QueryParam("email"))
		if err != nil {
			return c.NoContent(http.StatusNotFound)
		}
		return c.JSON(http.StatusOK, cust)
	})
	e.Logger.Fatal(e.Start(":8080"))
}

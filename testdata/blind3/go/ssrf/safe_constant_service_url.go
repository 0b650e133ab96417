package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
)

const pricingService = "http://pricing.internal:9000/v1"

func price(w http.ResponseWriter, r *http.Request) {
	sku, err := strconv.ParseUint(r.PathValue("sku"), 10, 64)
	if err != nil {
		http.Error(w, "bad sku", http.StatusBadRequest)
		return
	}
	resp, err := http.Get(fmt.Sprintf("%s/prices/%d", pricingService, sku))
	if err != nil {
		http.Error(w, "pricing unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	json.NewEncoder(w).Encode(out)
}

func main() {
	http.HandleFunc("GET /prices/{sku}", price)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

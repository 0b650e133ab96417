package com.example.coupons.web;

import com.example.coupons.data.CouponRepository;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CouponController {
    private final CouponRepository coupons;

    public CouponController(CouponRepository coupons) {
        this.coupons = coupons;
    }

    @GetMapping("/api/coupons/check")
    public Map<String, Object> check(@RequestParam("code") String code) {
        return Map.of("valid", coupons.isActive(code.trim()));
    }
}

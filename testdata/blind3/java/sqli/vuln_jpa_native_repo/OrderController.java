package com.example.shop.orders;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderQueries queries;

    OrderController(OrderQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    List<Object[]> list(@RequestParam(required = false) String status) {
        if (status == null) {
            status = "OPEN";
        }
        return queries.byStatus(status);
    }
}

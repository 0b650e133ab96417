package com.example.catalog;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProductController {

    private final ProductQueries queries;

    ProductController(ProductQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/products")
    List<Map<String, Object>> list(@RequestParam(defaultValue = "name") String sort) {
        return queries.sorted(SortKey.parse(sort));
    }
}

package com.example.billing.web;

import com.example.billing.repo.InvoiceQueries;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

    private final InvoiceQueries queries;

    public InvoiceController(InvoiceQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    public List<Map<String, Object>> search(@RequestParam(required = false) String customer,
                                            @RequestParam(defaultValue = "issued_at") String orderBy) {
        return queries.search(customer, orderBy);
    }
}

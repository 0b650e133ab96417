package com.example.shop.orders;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Repository;

@Repository
class OrderQueries {

    @PersistenceContext
    private EntityManager em;

    @SuppressWarnings("unchecked")
    List<Object[]> byStatus(String status) {
        String sql = "SELECT o.id, o.total, o.status FROM orders o WHERE o.status = '" + status + "' ORDER BY o.created_at DESC";
        return em.createNativeQuery(sql).getResultList(); // LABEL: CWE-89
    }

    long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM orders").getSingleResult()).longValue();
    }
}

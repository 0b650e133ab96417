package com.example.tickets;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.stereotype.Repository;

@Repository
class TicketSearch {
    private final EntityManager em;

    TicketSearch(EntityManager em) {
        this.em = em;
    }

    List<Ticket> search(String status, String assignee) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ticket> q = cb.createQuery(Ticket.class);
        Root<Ticket> t = q.from(Ticket.class);
        List<Predicate> where = new ArrayList<>();
        if (status != null) {
            where.add(cb.equal(t.get("status"), status));
        }
        if (assignee != null) {
            where.add(cb.like(t.get("assignee"), "%" + assignee + "%"));
        }
        q.select(t).where(where.toArray(new Predicate[0]));
        return em.createQuery(q).getResultList();
    }
}
